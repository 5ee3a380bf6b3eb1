"""``qa scan``, ``qa results`` and ``qa status``: score the store, read what it says."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime

import click

from .common import plugin_manager, ruleset_option
from .store import DB_OPTION, open_store


@click.command()
@ruleset_option("A ruleset file, or the id of a bundled ruleset.")
@click.option(
    "--workers",
    type=int,
    default=0,
    help="Worker processes (default: one per core; 1 scans inline).",
)
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option(
    "--executor",
    metavar="NAME",
    help="Where batches run: inline, pool, or a plugin's (default: inline for one worker).",
)
@click.option(
    "--broker",
    envvar="QA_BROKER_URL",
    metavar="URL",
    help="The message broker of a queueing executor (--executor celery).",
)
@click.option("--rescan", is_flag=True, help="Score everything again, not just what is new.")
@click.option(
    "--resume",
    is_flag=True,
    help="Forget this ruleset's parked batches first, so their interactions are scored again.",
)
@click.option(
    "--team",
    "teams",
    multiple=True,
    metavar="TEAM",
    help="Only this team's interactions (repeatable): a ruleset written for one queue.",
)
@click.option(
    "--compare",
    "compare_ref",
    metavar="OLD",
    help="With --dry-run: how results would change from ruleset OLD.",
)
@click.option("--dry-run", is_flag=True, help="Score without storing anything (a backtest).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON counts.")
@DB_OPTION
@click.pass_context
def scan(
    ctx: click.Context,
    ruleset_ref: str,
    workers: int,
    batch_size: int,
    executor: str | None,
    broker: str | None,
    rescan: bool,
    resume: bool,
    teams: tuple[str, ...],
    compare_ref: str | None,
    dry_run: bool,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Score every stored interaction not yet scored under this exact ruleset."""
    from ..errors import UserError
    from ..ruleset.catalog import resolve_ruleset
    from ..scanning import pending_count, run_scan
    from ..timing import rounded
    from .signals import StopOnSignal

    if dry_run or compare_ref:
        if not (dry_run and compare_ref):
            raise UserError("a backtest needs both --compare OLD and --dry-run", where="--dry-run")
        _backtest(ctx, ruleset_ref, compare_ref, as_json, db_url)
        return

    store = open_store(ctx, db_url)
    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref, pm)
    if resume:
        from ..scanning.parked import clear_parked

        cleared = clear_parked(store, ruleset.sha256)
        if cleared and not as_json:
            click.echo(f"resuming: {cleared} parked batch(es) will be scored again", err=True)
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    options = {
        "url": db_url,
        "workers": workers,
        "batch_size": batch_size,
        "rescan": rescan,
        "executor": executor,
        "teams": teams,
        "broker": broker,
    }
    with StopOnSignal() as stop:  # SIGTERM/SIGINT: finish the batches in flight, then stop
        if sys.stderr.isatty() and not as_json:
            pending = pending_count(store, ruleset, rescan, teams)
            with click.progressbar(length=pending[0], label="scanning", file=sys.stderr) as bar:
                counts = run_scan(
                    store,
                    ruleset,
                    pm,
                    **options,
                    pending=pending,
                    progress=bar.update,
                    should_stop=stop.requested,
                )
        else:
            counts = run_scan(store, ruleset, pm, **options, should_stop=stop.requested)
    if as_json:
        timings = rounded(counts.timer.to_json())
        click.echo(
            json.dumps({**counts.to_json(), "ruleset": ruleset.identity(), "timings": timings})
        )
    else:
        stopped = ", stopped early" if counts.stopped else ""
        click.echo(
            f"scanned {counts.scanned}, skipped {counts.skipped} already scored, "
            f"failed {counts.failed} ({ruleset.id} v{ruleset.version}, "
            f"{counts.batches} batches{stopped})"
        )
    if counts.stopped and stop.exit_code:
        ctx.exit(stop.exit_code)
    if counts.failed:
        ctx.exit(1)


@click.command()
@click.option(
    "--ruleset",
    "ruleset_ref",
    default=None,
    metavar="R",
    help="Only results of this ruleset (file or bundled id).",
)
@click.option("--since", help="Only results scanned on or after this date (ISO 8601).")
@click.option("--json", "as_json", is_flag=True, default=True, help="JSON lines (default).")
@DB_OPTION
@click.pass_context
def results(
    ctx: click.Context,
    ruleset_ref: str | None,
    since: str | None,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Print stored results, one JSON line each, in the shape of ``qa evaluate``."""
    from ..errors import UserError
    from ..ruleset.catalog import resolve_ruleset
    from ..store.results import current_lines, public_line

    store = open_store(ctx, db_url)
    sha256 = resolve_ruleset(ruleset_ref, plugin_manager(ctx)).sha256 if ruleset_ref else None
    try:
        moment = datetime.fromisoformat(since) if since else None
    except ValueError:
        raise UserError("not an ISO 8601 date", where="--since") from None
    for line in current_lines(store, sha256, moment):
        click.echo(json.dumps(public_line(line), ensure_ascii=False))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--prometheus", is_flag=True, help="Print Prometheus text exposition format.")
@click.option(
    "--broker",
    envvar="QA_BROKER_URL",
    metavar="URL",
    help="Also show batches queued and running on this broker (queueing executors).",
)
@DB_OPTION
@click.pass_context
def status(
    ctx: click.Context, as_json: bool, prometheus: bool, broker: str | None, db_url: str | None
) -> None:
    """Store size, results per ruleset version, failed interactions, schedules.

    Exit 0 when all is well; 1 when an interaction failed or a schedule's last run
    ended in an error (so a cron job or a monitor can act on it).
    """
    from sqlalchemy import func
    from sqlmodel import Session, select

    from ..scanning.parked import parked_batches
    from ..scheduling.status import schedule_status
    from ..store.results import counts_by_ruleset_version, failed_results
    from ..store.schema import StoredInteraction

    store = open_store(ctx, db_url)
    with Session(store.engine) as session:
        total = session.exec(select(func.count()).select_from(StoredInteraction)).one()
    report = {
        "interactions": total,
        "rulesets": [
            {
                "id": count.ruleset_id,
                "version": count.version,
                "sha256": count.sha256,
                "results": count.interactions,
                "unscanned": total - count.interactions,
            }
            for count in counts_by_ruleset_version(store)
        ],
        "failed": [{"id": i, "ruleset": r, "error": e} for i, r, e in failed_results(store)],
        **schedule_status(store.engine),
        "parked_batches": parked_batches(store),
        "queues": _queues(ctx, broker),
    }
    unhealthy = (
        bool(report["failed"])
        or bool(report["parked_batches"])
        or any(
            (s["last_run"] or {}).get("status") in ("error", "failed") for s in report["schedules"]
        )
    )
    if as_json:
        click.echo(json.dumps(report))
    elif prometheus:
        click.echo(_prometheus(report), nl=False)
    else:
        _print_status(report)
    if unhealthy:
        ctx.exit(1)


def _queues(ctx: click.Context, broker: str | None) -> dict:
    """Each queueing executor's view of the broker, when a broker is named."""
    if not broker:
        return {}
    executors = plugin_manager(ctx).scan_executors
    statuses = {name: executor.queue_status(broker) for name, executor in sorted(executors.items())}
    return {name: status for name, status in statuses.items() if status is not None}


def _print_status(report: dict) -> None:
    click.echo(f"{report['interactions']} interactions stored")
    for r in report["rulesets"]:
        click.echo(f"  {r['id']} v{r['version']}: {r['results']} scored, {r['unscanned']} not yet")
    click.echo(f"  {len(report['failed'])} failed")
    for p in report["parked_batches"]:
        click.echo(f"  parked: a batch of {p['size']} on {p['worker']} at {p['at']}: {p['error']}")
    for name, q in report["queues"].items():
        click.echo(
            f"{name}: {q['queued']} batches queued, {q['running']} running on "
            f"{len(q['workers'])} workers"
        )
    holder = report["scheduler"]["holder"]
    click.echo(f"scheduler: {'running as ' + holder if holder else 'not running'}")
    for s in report["schedules"]:
        last = s["last_run"]
        ran = f"last run {last['started_at']} {last['status']}" if last else "never run"
        click.echo(f"  {s['name']} ({s['when']}): {ran}; next {s['next_run'] or 'never'}")


def _backtest(
    ctx: click.Context, new_ref: str, old_ref: str, as_json: bool, db_url: str | None
) -> None:
    from ..backtest import backtest
    from ..ruleset.catalog import resolve_ruleset

    pm = plugin_manager(ctx)
    report = backtest(
        open_store(ctx, db_url), resolve_ruleset(new_ref, pm), resolve_ruleset(old_ref, pm), pm
    )
    if as_json:
        click.echo(json.dumps(report))
        return
    rate = report["pass_rate"]
    click.echo(
        f"backtest over {report['interactions']} interactions: pass rate "
        f"{_pct(rate['old'])} -> {_pct(rate['new'])}"
    )
    for criterion, rates in report["criteria"].items():
        if rates["old_met_rate"] != rates["new_met_rate"]:
            click.echo(
                f"  {criterion}: met {_pct(rates['old_met_rate'])} -> {_pct(rates['new_met_rate'])}"
            )
    for flip in report["flips"]:
        click.echo(f"  {flip['id']} now {flip['now']} ({flip['old_score']} -> {flip['new_score']})")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _prometheus(report: dict) -> str:
    """The same figures for alerting (text exposition format, one sample per line)."""
    lines = _gauge(
        "qa_interactions_stored", "Interactions in the store.", [("", report["interactions"])]
    )
    per_ruleset = [
        (f'{{ruleset="{r["id"]}",version="{r["version"]}"}}', r) for r in report["rulesets"]
    ]
    lines += _gauge(
        "qa_results",
        "Stored results per ruleset version.",
        [(labels, r["results"]) for labels, r in per_ruleset],
    )
    lines += _gauge(
        "qa_unscanned",
        "Interactions not yet scored per ruleset version.",
        [(labels, r["unscanned"]) for labels, r in per_ruleset],
    )
    lines += _gauge(
        "qa_failed_interactions", "Interactions a plugin failed on.", [("", len(report["failed"]))]
    )
    lines += _gauge(
        "qa_scheduler_running",
        "1 if a scheduler holds the lease.",
        [("", int(report["scheduler"]["holder"] is not None))],
    )
    schedules = [(f'{{schedule="{s["name"]}"}}', s) for s in report["schedules"]]
    lines += _gauge(
        "qa_schedule_next_run_timestamp_seconds",
        "When each schedule runs next (Unix time).",
        [(labels, _timestamp(s["next_run"])) for labels, s in schedules if s["next_run"]],
    )
    finished = [(labels, s["last_run"]) for labels, s in schedules if s["last_run"]]
    lines += _gauge(
        "qa_schedule_last_run_timestamp_seconds",
        "When each schedule last started (Unix time).",
        [(labels, _timestamp(run["started_at"])) for labels, run in finished],
    )
    lines += _gauge(
        "qa_schedule_last_run_ok",
        "1 if the schedule's last run ended without an error or a failed interaction.",
        [
            (labels, int(run["status"] in ("done", "running", "stopped")))
            for labels, run in finished
        ],
    )
    lines += _gauge(
        "qa_parked_batches",
        "Batches a queueing executor gave up on after retries.",
        [("", len(report["parked_batches"]))],
    )
    queues = [(f'{{executor="{name}"}}', q) for name, q in report["queues"].items()]
    lines += _gauge(
        "qa_batches_queued", "Batches waiting on the broker.", [(k, q["queued"]) for k, q in queues]
    )
    lines += _gauge(
        "qa_batches_running", "Batches running on workers.", [(k, q["running"]) for k, q in queues]
    )
    return "\n".join(lines) + "\n"


def _timestamp(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp())


def _gauge(name: str, help_text: str, samples: list[tuple[str, int]]) -> list[str]:
    return [
        f"# HELP {name} {help_text}",
        f"# TYPE {name} gauge",
        *(f"{name}{labels} {value}" for labels, value in samples),
    ]
