"""``qa calibrate``: agreement among people, and between people and the machine."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager


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
