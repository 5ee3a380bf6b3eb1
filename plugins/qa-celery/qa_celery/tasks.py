"""The one task: score a batch of stored interactions, in the worker's own store."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from celery import Celery, Task

from qa_core import BatchScanner, ScanJob, UserError, park_batch, scanner_for

from .app import TASK

# the worker's store: set by ``serve`` from ``qa worker --db`` and QA_HOME
WORKER_STORE: dict[str, Any] = {"home": None, "url": None}
_SCANNERS: dict[str, BatchScanner] = {}
RETRIES = 3

log = logging.getLogger("qa_core.worker")


class ParkingTask(Task):
    """After the last retry, the batch is parked in the store with its error."""

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        job, ids = args
        error = exc.message if isinstance(exc, UserError) else type(exc).__name__
        try:
            park_batch(_home(), WORKER_STORE["url"], job["ruleset_sha256"], ids, error)
        except Exception:  # the store itself is unreachable: the broker keeps the failure
            log.exception("could not park a failed batch")


def _home() -> Path:
    return Path(WORKER_STORE["home"] or os.environ.get("QA_HOME") or ".qa")


def register(app: Celery) -> None:
    @app.task(
        name=TASK,
        base=ParkingTask,
        bind=True,
        acks_late=True,
        reject_on_worker_lost=True,
        autoretry_for=(Exception,),
        retry_backoff=2,
        retry_backoff_max=60,
        retry_jitter=True,
        max_retries=RETRIES,
    )
    def scan_batch(self, job: dict[str, Any], ids: list[str]) -> dict[str, Any]:
        return run_batch(job, ids)


def preload(job: ScanJob) -> None:
    """Build this ruleset's scanner and load its models before taking any work."""
    scanner = scanner_for(job, _home(), WORKER_STORE["url"])
    scanner.warm_up()
    _SCANNERS[job.ruleset_sha256] = scanner


def run_batch(job: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """Score ``ids`` under the job's ruleset; one scanner per ruleset, kept for later."""
    scan_job = ScanJob(**job)
    scanner = _SCANNERS.get(scan_job.ruleset_sha256)
    if scanner is None:
        scanner = scanner_for(scan_job, _home(), WORKER_STORE["url"])
        _SCANNERS[scan_job.ruleset_sha256] = scanner
    return scanner.run(ids, scan_job.rescan).to_json()
