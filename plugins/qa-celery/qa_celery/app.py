"""The Celery app: broker, result backend and the settings that make redelivery safe.

- ``task_acks_late`` + ``task_reject_on_worker_lost``: a task is acknowledged after it
  ran, so a worker killed mid-batch leaves it unacknowledged and it is delivered again.
- ``worker_prefetch_multiplier = 1``: a worker holds one batch beyond the one it runs.
- Redis has no connection-bound acknowledgement: an unacknowledged task comes back only
  after ``visibility_timeout`` seconds (an hour by Celery's default). It must exceed the
  longest batch, or a slow batch runs twice (harmless here, results are idempotent, but
  wasted); shorter means a dead worker's batch waits less. RabbitMQ requeues a dead
  worker's tasks as soon as its connection drops.
- Results travel back to the scan on the broker itself: Redis as the result backend,
  or RabbitMQ's ``rpc://`` replies.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Celery loads when an app is made, not when the plugin registers
    from celery import Celery

TASK = "qa_celery.scan_batch"
QUEUE = "qa-scan"
DEFAULT_VISIBILITY_TIMEOUT = 600  # seconds: several times a 50-interaction batch here


@cache
def make_app(broker: str, visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT) -> Celery:
    from celery import Celery

    backend = broker if broker.startswith(("redis://", "rediss://")) else "rpc://"
    app = Celery("qa_core", broker=broker, backend=backend, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE,
        result_expires=24 * 3600,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            # Redis looks for batches a lost worker held every interval x throttle seconds
            # (10 x 10 by default): sweep every tenth of the timeout (at most 10 s) instead,
            # so a lost batch runs again soon after its visibility timeout, not 100 s later
            "unacked_restore_interval": max(1, min(10, visibility_timeout // 10)),
            "unacked_restore_throttle": 1,
        },
        result_backend_transport_options={"visibility_timeout": visibility_timeout},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    from . import tasks

    tasks.register(app)
    return app
