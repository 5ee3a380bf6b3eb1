"""``--executor celery``: batches queued on the broker, outcomes collected as they finish."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, ClassVar

from qa_core import BatchOutcome, ScanExecutor, ScanRequest, UserError

from .app import DEFAULT_VISIBILITY_TIMEOUT, QUEUE, TASK, make_app

PRELOAD_TIMEOUT = 300.0  # seconds a pool process may take to load a ruleset's models

IN_FLIGHT = 64  # batches queued at once: enough for many workers, bounded for the scan
WAIT = 1.0  # seconds to wait on the oldest batch before looking at a stop request again

log = logging.getLogger("qa_core.scan")


class CeleryExecutor(ScanExecutor):
    """Queues each batch as a Celery task; any number of ``qa worker`` processes run them."""

    name: ClassVar[str] = "celery"

    def run(self, request: ScanRequest) -> None:
        job = request.job
        if not job.broker:
            raise UserError(
                "the celery executor needs --broker URL (or QA_BROKER_URL)", where="--broker"
            )
        from celery.exceptions import TimeoutError as CeleryTimeout

        app = make_app(job.broker)
        # the broker URL stays here: workers have their own
        payload = {**dataclasses.asdict(job), "broker": None}
        pending: list[Any] = []
        batches = iter(request.batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < IN_FLIGHT and not request.should_stop():
                ids = next(batches, None)
                if ids is None:
                    exhausted = True
                    break
                pending.append(app.send_task(TASK, args=[payload, ids], queue=QUEUE))
            if not pending:
                return
            # wait on the oldest batch (the backend tells us when it is done: no polling);
            # any later one that finished meanwhile is collected with it
            try:
                pending[0].get(timeout=WAIT, propagate=False, disable_sync_subtasks=False)
            except CeleryTimeout:
                continue  # look at should_stop again
            for result in [r for r in pending if r.ready()]:
                pending.remove(result)
                request.on_batch(self._outcome(result))

    @staticmethod
    def _outcome(result: Any) -> BatchOutcome:
        try:
            return BatchOutcome.from_json(result.get(propagate=True, disable_sync_subtasks=False))
        except Exception as exc:  # retried and then parked: left for the next scan
            log.warning(
                "a batch failed on its worker after retries (%s); it stays pending",
                type(exc).__name__,
            )
            return BatchOutcome(0)
        finally:
            result.forget()

    def queue_status(self, broker: str) -> dict[str, Any]:
        """Batches waiting on the broker, batches running, and the workers answering."""
        app = make_app(broker)
        try:
            with app.connection_for_read() as connection:
                queued = connection.default_channel.queue_declare(QUEUE, passive=True).message_count
        except Exception:  # never declared: nothing was ever queued
            queued = 0
        active = app.control.inspect(timeout=1.0).active() or {}
        return {
            "queued": int(queued),
            "running": sum(len(tasks) for tasks in active.values()),
            "workers": sorted(active),
        }

    def serve(self, broker: str, db_url: str | None, options: dict[str, Any]) -> None:
        """Run one worker (``qa worker``): Celery's own.

        One batch at a time runs in this process (``solo``); with a concurrency above one,
        Celery's prefork pool runs that many, and each pool process builds its own scanner
        (models and database connections are not shared across a fork).
        """
        from .tasks import WORKER_STORE, preload

        WORKER_STORE.update(home=options.get("home"), url=db_url)
        concurrency = int(options.get("concurrency") or 1)
        jobs = list(options.get("preload") or ())
        timeout = int(options.get("visibility_timeout") or DEFAULT_VISIBILITY_TIMEOUT)
        app = make_app(broker, timeout)
        if concurrency == 1:
            for job in jobs:
                preload(job)
        elif jobs:
            from celery.signals import worker_process_init

            def warm_pool_process(**_: Any) -> None:
                for job in jobs:
                    preload(job)

            worker_process_init.connect(warm_pool_process, weak=False)
            app.conf.worker_proc_alive_timeout = PRELOAD_TIMEOUT  # Celery's 4 s is too short
        argv = [
            "worker",
            "--pool=solo" if concurrency == 1 else "--pool=prefork",
            f"--concurrency={concurrency}",
            f"--queues={QUEUE}",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ]
        if options.get("hostname"):
            argv.append(f"--hostname={options['hostname']}")
        app.worker_main(argv)
