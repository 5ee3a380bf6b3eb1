"""``qa worker --broker URL --db URL``: run scan batches for queueing executors.

A thin wrapper: the executor plugin (``qa-celery``) runs its engine's own worker; this
command resolves the plugin set and the store the same way every other command does.
The worker's keys come from its own QA_HOME (or key-provider plugin), never the broker.
"""

from __future__ import annotations

import click

from .common import plugin_manager
from .store import DB_OPTION


@click.command()
@click.option(
    "--broker",
    envvar="QA_BROKER_URL",
    required=True,
    metavar="URL",
    help="The message broker (redis://..., amqp://...).",
)
@click.option(
    "--executor",
    "executor_name",
    default="celery",
    show_default=True,
    help="The queueing executor whose worker to run.",
)
@click.option(
    "--visibility-timeout",
    type=click.IntRange(1),
    metavar="SECONDS",
    help="Redis only: when an unacknowledged batch is handed to another worker.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    metavar="N",
    help="Batches this worker runs at once, each in its own process.",
)
@click.option("--name", "hostname", help="This worker's name (default: the engine's).")
@click.option(
    "--preload",
    "preload_refs",
    multiple=True,
    metavar="R",
    help="Load this ruleset and its NLP models before taking work (repeatable).",
)
@DB_OPTION
@click.pass_context
def worker(
    ctx: click.Context,
    broker: str,
    executor_name: str,
    visibility_timeout: int | None,
    concurrency: int,
    hostname: str | None,
    preload_refs: tuple[str, ...],
    db_url: str | None,
) -> None:
    """Run batches that `qa scan --executor celery` queues, until stopped (SIGTERM)."""
    from ..config import qa_home
    from ..errors import UserError

    executors = plugin_manager(ctx).scan_executors
    executor = executors.get(executor_name)
    if executor is None or not hasattr(executor, "serve"):
        queueing = sorted(n for n, e in executors.items() if hasattr(e, "serve"))
        raise UserError(
            f"no queueing executor {executor_name!r} (installed: {', '.join(queueing) or 'none'}; "
            "pip install qa-celery)",
            where="--executor",
        )
    from ..ruleset.catalog import resolve_ruleset
    from ..scanning.executors import ScanJob

    pm = plugin_manager(ctx)
    preload = [
        ScanJob(str(qa_home()), db_url, str(r.path), r.sha256, False, 1)
        for r in (resolve_ruleset(ref, pm) for ref in preload_refs)
    ]
    executor.serve(
        broker,
        db_url,
        {
            "home": str(qa_home()),
            "visibility_timeout": visibility_timeout,
            "concurrency": concurrency,
            "hostname": hostname,
            "preload": preload,
        },
    )
