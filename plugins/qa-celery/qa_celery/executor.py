"""``--executor celery``: batches queued on the broker, outcomes collected as they finish."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, ClassVar

from celery.exceptions import TimeoutError

from qa_core import BatchOutcome, ScanExecutor, ScanRequest, UserError

from .app import DEFAULT_VISIBILITY_TIMEOUT, QUEUE, TASK, make_app

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
            except TimeoutError:
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
        """Run one worker (``qa worker``): Celery's own, one batch at a time."""
        from .tasks import WORKER_STORE, preload

        WORKER_STORE.update(home=options.get("home"), url=db_url)
        for job in options.get("preload") or ():
            preload(job)
        timeout = int(options.get("visibility_timeout") or DEFAULT_VISIBILITY_TIMEOUT)
        app = make_app(broker, timeout)
        argv = [
            "worker",
            "--pool=solo",
            "--concurrency=1",
            f"--queues={QUEUE}",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ]
        if options.get("hostname"):
            argv.append(f"--hostname={options['hostname']}")
        app.worker_main(argv)
