"""The one task: score a batch of stored interactions, in the worker's own store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from celery import Celery

from qa_core import BatchScanner, ScanJob, scanner_for

from .app import TASK

# the worker's store: set by ``serve`` from ``qa worker --db`` and QA_HOME
WORKER_STORE: dict[str, Any] = {"home": None, "url": None}
_SCANNERS: dict[str, BatchScanner] = {}
RETRIES = 3


def register(app: Celery) -> None:
    @app.task(
        name=TASK,
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


def run_batch(job: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """Score ``ids`` under the job's ruleset; one scanner per ruleset, kept for later."""
    scan_job = ScanJob(**job)
    scanner = _SCANNERS.get(scan_job.ruleset_sha256)
    if scanner is None:
        home = WORKER_STORE["home"] or os.environ.get("QA_HOME") or ".qa"
        scanner = scanner_for(scan_job, Path(home), WORKER_STORE["url"])
        _SCANNERS[scan_job.ruleset_sha256] = scanner
    return scanner.run(ids, scan_job.rescan).to_json()
