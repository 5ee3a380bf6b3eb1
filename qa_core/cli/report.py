"""``qa report scorecards|coaching|audit --out DIR``: HTML with JSON and CSV beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from .common import plugin_manager
from .store import DB_OPTION, open_store


def _report_options(command: Callable) -> Callable:
    """The options every report takes."""
    for option in reversed(
        [
            click.option(
                "--out",
                "out_dir",
                required=True,
                type=click.Path(file_okay=False, path_type=Path),
                help="Folder to write the report into (created if missing).",
            ),
            click.option("--since", help="Only interactions started on or after (ISO 8601)."),
            click.option(
                "--templates",
                "templates_dir",
                type=click.Path(exists=True, file_okay=False, path_type=Path),
                help="Your template folder: its templates override the shipped ones.",
            ),
            click.option(
                "--ruleset",
                "ruleset_refs",
                multiple=True,
                metavar="R",
                help="A ruleset file whose titles and coaching texts the report shows "
                "(bundled rulesets are known already). Repeatable.",
            ),
            DB_OPTION,
        ]
    ):
        command = option(command)
    return command


def _setup(ctx: click.Context, templates_dir: Path | None, ruleset_refs: tuple[str, ...]):
    from ..reporting.render import Renderer
    from ..reporting.rulesets import RulesetCatalog

    pm = plugin_manager(ctx)
    return Renderer(pm, templates_dir), RulesetCatalog(pm, ruleset_refs)


@click.group()
def report() -> None:
    """Write scorecards, coaching and audit reports from the store."""


def _filter_options(command: Callable) -> Callable:
    """Who and what a scorecards or coaching report covers."""
    for option in reversed(
        [
            click.option("--agent", help="Only this agent's interactions."),
            click.option("--team", help="Only this team's interactions."),
            click.option(
                "--only-ruleset",
                "ruleset_id",
                metavar="ID",
                help="Only results of this ruleset id.",
            ),
        ]
    ):
        command = option(command)
    return command


def _write_filtered(ctx: click.Context, writer: Callable, options: dict) -> dict:
    from ..reporting.source import Filters, parse_since

    filters = Filters(
        parse_since(options["since"]), options["agent"], options["team"], options["ruleset_id"]
    )
    renderer, catalog = _setup(ctx, options["templates_dir"], options["ruleset_refs"])
    store = open_store(ctx, options["db_url"])
    return writer(store, renderer, catalog, filters, options["out_dir"])


@report.command()
@_report_options
@_filter_options
@click.pass_context
def scorecards(ctx: click.Context, **options) -> None:
    """An index of every scored interaction and a scorecard page for each."""
    from ..reporting.scorecards import write_scorecards

    made = _write_filtered(ctx, write_scorecards, options)
    click.echo(
        f"scorecards: {made['results']} results, {made['pages']} index page(s): {made['index']}"
    )


@report.command()
@_report_options
@_filter_options
@click.pass_context
def coaching(ctx: click.Context, **options) -> None:
    """Per agent and team: trends, weakest criteria, examples and coaching guidance."""
    from ..reporting.coaching import write_coaching

    made = _write_filtered(ctx, write_coaching, options)
    click.echo(f"coaching: {made['agents']} agents in {made['teams']} teams: {made['index']}")


@report.command()
@_report_options
@click.option("--pdf", is_flag=True, help="Also render audit.pdf (needs qa-core[pdf]).")
@click.pass_context
def audit(
    ctx: click.Context,
    out_dir: Path,
    since: str | None,
    templates_dir: Path | None,
    ruleset_refs: tuple[str, ...],
    db_url: str | None,
    pdf: bool,
) -> None:
    """For compliance officers: coverage, findings, critical failures, views, keys, trail."""
    from ..reporting.audit import write_audit
    from ..reporting.source import Filters, parse_since

    if pdf:
        from ..reporting.pdf import check_pdf_available

        check_pdf_available()
    filters = Filters(parse_since(since))
    renderer, catalog = _setup(ctx, templates_dir, ruleset_refs)
    made = write_audit(
        open_store(ctx, db_url), renderer, catalog, plugin_manager(ctx), filters, out_dir
    )
    if pdf:
        from ..reporting.pdf import render_pdf

        render_pdf(made["index"], out_dir / "audit.pdf")
    trail = "intact" if made["ok"] else "BROKEN"
    click.echo(f"audit: audit trail {trail}: {made['index']}")
    if not made["ok"]:
        ctx.exit(1)


@report.command()
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--ruleset",
    "ruleset_ref",
    default="default",
    show_default=True,
    metavar="R",
    help="The ruleset whose arithmetic turns ratings into score points.",
)
@click.option(
    "--benchmark",
    default="consensus",
    show_default=True,
    help="An evaluator's id (a designated expert), or consensus.",
)
@click.option(
    "--tolerance",
    type=click.FloatRange(0),
    default=5.0,
    show_default=True,
    help="Flag evaluators whose mean absolute deviation exceeds this many points.",
)
@click.option(
    "--templates", "templates_dir", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@DB_OPTION
@click.pass_context
def calibration(
    ctx: click.Context,
    out_dir: Path,
    ruleset_ref: str,
    benchmark: str,
    tolerance: float,
    templates_dir: Path | None,
    db_url: str | None,
) -> None:
    """Calibration sessions: evaluators against the benchmark, ambiguity, drift, overrides."""
    from ..reporting.calibration import write_calibration
    from ..reporting.render import Renderer
    from ..ruleset.catalog import resolve_ruleset

    pm = plugin_manager(ctx)
    made = write_calibration(
        open_store(ctx, db_url),
        Renderer(pm, templates_dir),
        resolve_ruleset(ruleset_ref, pm),
        benchmark,
        tolerance,
        out_dir,
    )
    click.echo(
        f"calibration: {made['sessions']} session(s), {made['overrides']} override(s): "
        f"{made['index']}"
    )
