"""``qa schedule add|list|remove`` and ``qa scheduler run``: scans on a timetable."""

from __future__ import annotations

import json
import logging
import sys

import click

from .common import plugin_manager, ruleset_option
from .store import DB_OPTION, open_store


@click.group()
def schedule() -> None:
    """Scheduled scans, kept in the store's database (run them with 'qa scheduler run')."""


@schedule.command("add")
@click.option("--cron", metavar="EXPR", help='A crontab expression, e.g. "0 2 * * *".')
@click.option("--every", metavar="N", help="An interval: 30s, 15m, 2h, 1d.")
@ruleset_option("A ruleset file, or a bundled id (its newest version at each run).")
@click.option("--name", help="The schedule's name (default: RULESET-cron or RULESET-every-N).")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True)
@click.option("--executor", metavar="NAME", help="Where batches run (see 'qa scan --executor').")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=50, show_default=True)
@DB_OPTION
@click.pass_context
def add(
    ctx: click.Context,
    cron: str | None,
    every: str | None,
    ruleset_ref: str,
    name: str | None,
    workers: int,
    executor: str | None,
    batch_size: int,
    db_url: str | None,
) -> None:
    """Scan with RULESET on a timetable; missed runs coalesce into one."""
    from pathlib import Path

    from ..ruleset.catalog import resolve_ruleset
    from ..scanning import choose_executor
    from ..scheduling.schedules import add_schedule, check_name, make_trigger

    trigger, when = make_trigger(cron, every)
    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref, pm)  # a bad reference fails now, not at 2 a.m.
    choose_executor(pm, executor, workers)
    ref = str(Path(ruleset_ref).resolve()) if Path(ruleset_ref).is_file() else ruleset_ref
    default_name = f"{ruleset.id}-{when.replace(' ', '-').replace('*', 'x')}"
    name = check_name(name or _slug(default_name))
    store = open_store(ctx, db_url)
    added = add_schedule(store.engine, name, ref, trigger, when, workers, executor, batch_size)
    store.record("schedule_add", name, {"ruleset": ruleset.id, "when": when})
    next_run = added.next_run.isoformat() if added.next_run else "never"
    click.echo(f"added schedule {name}: {when}, ruleset {ruleset.id}; next run {next_run}")


@schedule.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@DB_OPTION
@click.pass_context
def list_(ctx: click.Context, as_json: bool, db_url: str | None) -> None:
    """The schedules, with their next run."""
    from ..scheduling.schedules import list_schedules

    schedules = list_schedules(open_store(ctx, db_url).engine)
    if as_json:
        click.echo(json.dumps([s.to_json() for s in schedules]))
        return
    if not schedules:
        click.echo("no schedules (add one with 'qa schedule add')")
    for s in schedules:
        next_run = s.next_run.isoformat(timespec="seconds") if s.next_run else "never"
        click.echo(f"{s.name}  {s.when}  ruleset {s.ruleset}  next run {next_run}")


@schedule.command("remove")
@click.argument("name")
@DB_OPTION
@click.pass_context
def remove(ctx: click.Context, name: str, db_url: str | None) -> None:
    """Remove schedule NAME (a run in progress finishes)."""
    from ..scheduling.schedules import remove_schedule

    store = open_store(ctx, db_url)
    remove_schedule(store.engine, name)
    store.record("schedule_remove", name, {})
    click.echo(f"removed schedule {name}")


@click.group()
def scheduler() -> None:
    """The process that runs the schedules."""


@scheduler.command("run")
@click.option(
    "--poll",
    type=click.FloatRange(0.2, 60),
    default=10.0,
    show_default=True,
    help="Seconds between lease renewals and looks for changed schedules.",
)
@DB_OPTION
@click.pass_context
def run(ctx: click.Context, poll: float, db_url: str | None) -> None:
    """Run scheduled scans in the foreground (one scheduler per store; others stand by).

    SIGTERM or Ctrl-C: the scan in progress finishes its batches in flight, then exit.
    """
    from ..scheduling.runner import SchedulerRunner
    from .signals import StopOnSignal

    logging.basicConfig(  # others' libraries speak up on warnings; the scheduler on each run
        stream=sys.stderr,
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("qa_core.scheduler").setLevel(logging.INFO)
    store = open_store(ctx, db_url)
    runner = SchedulerRunner(store, plugin_manager(ctx), db_url, poll)
    with StopOnSignal() as stop:
        runner.run(stop.event)


def _slug(text: str) -> str:
    import re

    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "-", text.lower())).strip("-")[:100]
