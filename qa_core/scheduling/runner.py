"""``qa scheduler run``: run the schedules while holding the lease, else stand by.

Every ``poll`` seconds the runner renews (or tries to take) the lease and wakes the
scheduler up, so schedules added or removed by other processes take effect within
one poll. On stop (SIGTERM) or a lost lease, the running scan finishes the batches
in flight and the scheduler shuts down before the lease is handed back.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update

from ..store.schema import ScheduledRun
from ..store.store import Store
from . import jobs
from .lease import Lease, current_holder, holder_name
from .schedules import JOB_DEFAULTS, job_store

log = logging.getLogger("qa_core.scheduler")


def _resilient_scheduler_class() -> type:
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.base import STATE_STOPPED

    class ResilientScheduler(BackgroundScheduler):
        """Two holes of APScheduler 3.x's loop, closed.

        On shutdown its thread wakes and processes due jobs once more, with the
        executor already closed: the run fails and the job's next run time moves on,
        so it would be skipped. And a job removed by ``qa schedule remove`` between
        APScheduler reading it and writing its next run time raises JobLookupError,
        which would end the scheduler's thread; here it means: look again shortly.
        """

        def _process_jobs(self) -> float | None:
            if self.state == STATE_STOPPED:
                return None
            try:
                return super()._process_jobs()
            except JobLookupError:
                return 1.0

    return ResilientScheduler


class SchedulerRunner:
    def __init__(self, store: Store, pm: Any, url: str | None, poll: float = 10.0) -> None:
        self.store = store
        self.poll = poll
        self.holder = holder_name()
        self.lease = Lease(store.engine, self.holder, ttl=max(3 * poll, 5.0))
        self.job_stop = threading.Event()
        self.context = jobs.RunnerContext(store, pm, url, self.holder, self.job_stop)
        self._scheduler: Any = None

    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: hold the lease and run schedules, or stand by."""
        standing_by = False
        try:
            while not stop.is_set():
                if self.lease.acquire():
                    standing_by = False
                    if self._scheduler is None:
                        self._start()
                    else:
                        self._scheduler.wakeup()  # reread the job table: changes show up
                elif self._scheduler is not None:
                    log.error("lost the scheduler lease; stopping after the batches in flight")
                    self._shutdown()
                elif not standing_by:
                    holder, _ = current_holder(self.store.engine)
                    log.info("standing by: the scheduler lease is held by %s", holder)
                    standing_by = True
                stop.wait(self.poll)
        finally:
            if self._scheduler is not None:
                log.info("stopping: finishing the batches in flight")
                self._shutdown()
            self.lease.release()
            log.info("scheduler stopped")

    def _start(self) -> None:
        self._close_interrupted_runs()
        self.job_stop.clear()
        jobs.bind(self.context)
        scheduler = _resilient_scheduler_class()(
            jobstores={"default": job_store(self.store.engine)},
            executors={"default": {"type": "threadpool", "max_workers": 1}},
            job_defaults=JOB_DEFAULTS,
        )
        scheduler.start()
        self._scheduler = scheduler
        schedules = scheduler.get_jobs()
        log.info(
            "holding the scheduler lease as %s; %d schedule(s): %s",
            self.holder,
            len(schedules),
            ", ".join(job.id for job in schedules) or "none yet",
        )

    def _shutdown(self) -> None:
        self.job_stop.set()
        self._scheduler.shutdown(wait=True)
        self._scheduler = None
        jobs.bind(None)

    def _close_interrupted_runs(self) -> None:
        """Runs left 'running' by a scheduler that died: they ended, unfinished."""
        statement = (
            update(ScheduledRun)
            .where(ScheduledRun.status == "running", ScheduledRun.holder != self.holder)
            .values(status="interrupted", finished_at=datetime.now(UTC))
        )
        with self.store.engine.begin() as connection:
            connection.execute(statement)
