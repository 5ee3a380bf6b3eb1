"""What a schedule runs: one scan of one ruleset, recorded in ``scheduled_runs``.

APScheduler persists a job as a textual reference to a module-level function plus
its arguments, so the running scheduler's store and plugin set reach the function
through ``bind`` rather than through the (pickled, stored) arguments.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from ..store.store import Store
from .history import finish_run, start_run

log = logging.getLogger("qa_core.scheduler")


@dataclass
class RunnerContext:
    store: Store
    pm: Any
    url: str | None
    holder: str
    stop: threading.Event  # set: finish the batches in flight, then end the run


_CONTEXT: RunnerContext | None = None


def bind(context: RunnerContext | None) -> None:
    global _CONTEXT
    _CONTEXT = context


def scheduled_scan(
    schedule: str,
    ruleset: str,
    workers: int = 1,
    executor: str | None = None,
    batch_size: int = 50,
) -> None:
    """Scan with the ruleset as it is now (a new version is picked up by the next run)."""
    from ..ruleset.catalog import resolve_ruleset
    from ..scanning import run_scan

    context = _CONTEXT
    if context is None:
        raise RuntimeError("scheduled_scan runs only inside 'qa scheduler run'")
    store = context.store
    run = start_run(store, schedule, ruleset, context.holder)
    started = time.perf_counter()
    try:
        resolved = resolve_ruleset(ruleset, context.pm)
        counts = run_scan(
            store,
            resolved,
            context.pm,
            url=context.url,
            workers=workers,
            batch_size=batch_size,
            executor=executor,
            should_stop=context.stop.is_set,
            # a queueing executor (celery) reaches its broker as `qa scan` does
            broker=os.environ.get("QA_BROKER_URL"),
        )
    except UserError as exc:  # our messages name places, never transcript text
        finish_run(store, run, "error", error=str(exc))
        log.error("run of %s failed: %s", schedule, exc)
        return
    except Exception as exc:
        finish_run(store, run, "error", error=type(exc).__name__)
        log.error("run of %s failed: internal error %s", schedule, type(exc).__name__)
        return
    status = "stopped" if counts.stopped else ("failed" if counts.failed else "done")
    finish_run(store, run, status, scanned=counts.scanned, failed=counts.failed)
    log.info(
        "run of %s (%s v%s): %s; scanned %d, skipped %d, failed %d in %.1f s",
        schedule,
        resolved.id,
        resolved.version,
        status,
        counts.scanned,
        counts.skipped,
        counts.failed,
        time.perf_counter() - started,
    )
