"""``qa worker --broker URL --db URL``: a Celery worker that runs scan batches.

The plugin adds it to ``qa`` through ``register_commands``; it resolves the plugin set
and the store the same way the core's commands do. The worker's keys come from its own
QA_HOME (or key-provider plugin), never the broker.
"""

from __future__ import annotations

import click

from qa_core import DB_OPTION, ScanJob, plugin_manager, qa_home, resolve_ruleset


# --8<-- [start:worker-command]
@click.command()
@click.option(
    "--broker",
    envvar="QA_BROKER_URL",
    required=True,
    metavar="URL",
    help="The message broker (redis://..., amqp://...).",
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
    visibility_timeout: int | None,
    concurrency: int,
    hostname: str | None,
    preload_refs: tuple[str, ...],
    db_url: str | None,
) -> None:
    """Run batches that `qa scan --executor celery` queues, until stopped (SIGTERM)."""
    from .executor import CeleryExecutor

    pm = plugin_manager(ctx)
    preload = [
        ScanJob(str(qa_home()), db_url, str(r.path), r.sha256, False, 1)
        for r in (resolve_ruleset(ref, pm) for ref in preload_refs)
    ]
    CeleryExecutor().serve(
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


# --8<-- [end:worker-command]
