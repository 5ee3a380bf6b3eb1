"""``qa calibrate``: agreement among people, and between people and the machine."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager, read_input
from .store import DB_OPTION


@click.group()
def calibrate() -> None:
    """Agreement statistics for QA calibration sessions."""


@calibrate.command()
@click.argument("ratings_path", metavar="RATINGS.csv", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the contract's shape).")
@click.option(
    "--ruleset",
    "ruleset_ref",
    metavar="R",
    help="Check every criterion id against this ruleset (a file or a bundled id).",
)
@click.option(
    "--interval",
    "numeric_only",
    is_flag=True,
    help="Every value must be a number (for interval and ratio statistics).",
)
@click.option(
    "--bootstrap",
    type=click.IntRange(0, 100_000),
    default=1000,
    show_default=True,
    help="Bootstrap rounds for alpha's 95% intervals (0: none).",
)
@click.pass_context
def agreement(
    ctx: click.Context,
    ratings_path: Path,
    as_json: bool,
    ruleset_ref: str | None,
    numeric_only: bool,
    bootstrap: int,
) -> None:
    """Krippendorff's alpha, Fleiss' and Cohen's kappas, ICCs and percent agreement."""
    from ..calibration.agreement import agreement as compute
    from ..calibration.ratings import read_ratings

    known = None
    if ruleset_ref:
        from ..ruleset.catalog import resolve_ruleset

        known = [c.id for c in resolve_ruleset(ruleset_ref, plugin_manager(ctx)).criteria]
    ratings = read_ratings(ratings_path, known, numeric_only)
    result = compute(ratings, bootstrap)
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
        return
    for criterion, s in result["criteria"].items():
        alpha = s["krippendorff_alpha"]
        level = "interval" if alpha["interval"] is not None else "nominal"
        click.echo(
            f"{criterion}: {s['n_items']} items, {s['n_raters']} raters, "
            f"agreement {_fmt(s['percent_agreement'])}, alpha ({level}) {_fmt(alpha[level])}, "
            f"Fleiss kappa {_fmt(s['fleiss_kappa'])}"
        )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@calibrate.command("run")
@click.option("--ruleset", "ruleset_ref", required=True, metavar="R", help="A file or bundled id.")
@click.option(
    "--ratings",
    "ratings_path",
    required=True,
    type=click.Path(path_type=Path),
    help="People's ratings (item_id,rater_id,criterion_id,value).",
)
@click.option(
    "--interactions",
    "interactions_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="The rated interactions (a file or folder, any importer's format; repeatable).",
)
@click.option("--format", "input_format", default="auto", show_default=True)
@click.option(
    "--store", "from_store", is_flag=True, help="Read the rated interactions from the store."
)
@click.option(
    "--with-overrides",
    is_flag=True,
    help="With --store: evaluators' overrides join the ratings as their ratings.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--bootstrap", type=click.IntRange(0, 100_000), default=1000, show_default=True)
@DB_OPTION
@click.pass_context
def run_calibration(
    ctx: click.Context,
    ruleset_ref: str,
    ratings_path: Path,
    interactions_paths: tuple[Path, ...],
    input_format: str,
    from_store: bool,
    with_overrides: bool,
    as_json: bool,
    bootstrap: int,
    db_url: str | None,
) -> None:
    """The ruleset's results as rater 'qa' beside the people's: agreement, bias, misses."""
    from ..calibration.machine import compare, score_items
    from ..calibration.ratings import read_ratings
    from ..errors import UserError
    from ..ruleset.catalog import resolve_ruleset

    if bool(interactions_paths) == from_store:
        raise UserError("name exactly one of --interactions INPUT and --store", where="calibrate")
    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref, pm)
    ratings = read_ratings(ratings_path, [c.id for c in ruleset.criteria])
    if with_overrides:
        if not from_store:
            raise UserError("--with-overrides reads the store: add --store", where="calibrate")
        ratings = _with_overrides(ctx, db_url, ratings_path, ruleset)
    items = {i for c in ratings.criteria.values() for i in c.values}
    if from_store:
        interactions = _stored(ctx, db_url, items)
    else:
        interactions = (
            i for path in interactions_paths for i in read_input(ctx, path, input_format)
        )
    scored, failed = score_items(ruleset, pm, interactions, items)
    if not scored:
        raise UserError("no rated item is among the interactions", where=str(ratings_path))
    report = compare(ratings, ruleset, scored, bootstrap)
    report["items_failed"] = failed
    if as_json:
        click.echo(json.dumps(report, sort_keys=True))
        return
    click.echo(
        f"{ruleset.id} v{ruleset.version} as rater 'qa': {report['items_scored']} of "
        f"{report['items_rated']} rated interactions scored"
    )
    for criterion, c in report["criteria"].items():
        versus = c["machine_vs_consensus"]
        sweep = c["threshold_sweep"]
        hint = ""
        if sweep and sweep["best"] != sweep["current"]:
            hint = f"; threshold {sweep['best']:.2f} would agree best (now {sweep['current']:.2f})"
        click.echo(
            f"  {criterion}: agrees with the consensus {_fmt(versus['percent_agreement'])} "
            f"(kappa {_fmt(versus['cohen_kappa'])}), says met {c['bias']['says_met'] or 'n/a'}, "
            f"{len(c['disagreements'])} disagreement(s){hint}"
        )


def _with_overrides(ctx: click.Context, db_url: str | None, ratings_path: Path, ruleset):
    """The file's ratings plus every override of this ruleset's criteria as a rating."""
    from ..calibration.overrides import overrides
    from ..calibration.ratings import ratings_from_rows, read_ratings_rows
    from .store import open_store

    _, rows = read_ratings_rows(ratings_path, [c.id for c in ruleset.criteria])
    taken = {(i, r, c) for i, r, c, _ in rows}
    for o in overrides(open_store(ctx, db_url)):
        if o.ruleset_id == ruleset.id and (o.interaction_id, o.actor, o.criterion_id) not in taken:
            rows.append((o.interaction_id, o.actor, o.criterion_id, o.result))
    return ratings_from_rows(rows, where=str(ratings_path))


def _stored(ctx: click.Context, db_url: str | None, items: set[str]):
    from ..errors import UserError
    from .store import open_store

    store = open_store(ctx, db_url)
    for item in sorted(items):
        try:
            yield store.get(item)
        except UserError:
            continue  # not in the store: reported as not scored


@calibrate.command("import")
@click.argument("ratings_path", metavar="RATINGS.csv", type=click.Path(path_type=Path))
@click.option("--session", "name", required=True, help="The session's name (unique).")
@click.option("--ruleset", "ruleset_ref", metavar="R", help="Check criterion ids against it.")
@DB_OPTION
@click.pass_context
def import_ratings(
    ctx: click.Context, ratings_path: Path, name: str, ruleset_ref: str | None, db_url: str | None
) -> None:
    """Store a calibration session's ratings (audited)."""
    from ..calibration.sessions import import_session
    from .store import open_store

    known = None
    if ruleset_ref:
        from ..ruleset.catalog import resolve_ruleset

        known = [c.id for c in resolve_ruleset(ruleset_ref, plugin_manager(ctx)).criteria]
    ratings = import_session(open_store(ctx, db_url), ratings_path, name.strip(), known)
    click.echo(
        f"session {name}: {ratings.rows} ratings by {len(ratings.raters)} evaluators "
        f"on {len(ratings.criteria)} criteria"
    )


@calibrate.command("sessions")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@DB_OPTION
@click.pass_context
def list_sessions(ctx: click.Context, as_json: bool, db_url: str | None) -> None:
    """The calibration sessions in the store, oldest first."""
    from ..calibration.sessions import sessions
    from .store import open_store

    found = sessions(open_store(ctx, db_url))
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "name": s.name,
                        "created_at": s.created_at.isoformat(),
                        "source": s.source,
                        "ratings": s.ratings,
                    }
                    for s in found
                ]
            )
        )
        return
    for s in found:
        click.echo(f"{s.name}  {s.created_at:%Y-%m-%d %H:%M}  {s.ratings} ratings  ({s.source})")
