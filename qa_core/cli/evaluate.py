"""``qa evaluate``: score interaction files against a ruleset, no store needed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import FORMAT_OPTION, INPUT_ARGUMENT, OUT_OPTION, plugin_manager, read_input


@click.command()
@INPUT_ARGUMENT
@click.option(
    "--ruleset",
    "ruleset_ref",
    required=True,
    metavar="R",
    help="A ruleset file, or the id of a bundled ruleset.",
)
@OUT_OPTION
@FORMAT_OPTION
@click.pass_context
def evaluate(
    ctx: click.Context, input_path: Path, ruleset_ref: str, out_path: Path, input_format: str
) -> None:
    """Score the interactions in INPUT against a ruleset (one JSON line each)."""
    from ..atomic import atomic_text_writer
    from ..evaluation import EvaluationFailure, Evaluator
    from ..ruleset.catalog import resolve_ruleset

    pm = plugin_manager(ctx)
    ruleset = resolve_ruleset(ruleset_ref, pm)
    evaluator = Evaluator(ruleset, pm)
    counts = {"evaluated": 0, "passed": 0, "failed": 0}
    with atomic_text_writer(out_path) as out:
        for item in evaluator.evaluate_all(read_input(ctx, input_path, input_format)):
            out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            if isinstance(item, EvaluationFailure):
                counts["failed"] += 1
                click.echo(
                    f"qa: {item.interaction_id}: plugin {item.plugin!r} raised "
                    f"{item.error} on criterion {item.criterion!r}",
                    err=True,
                )
                continue
            counts["evaluated"] += 1
            counts["passed"] += bool(item.score.passed)
    click.echo(
        f"evaluated {counts['evaluated']} interactions against {ruleset.id} "
        f"v{ruleset.version}: {counts['passed']} passed, "
        f"{counts['failed']} failed to evaluate -> {out_path}",
        err=True,
    )
    if counts["failed"]:
        ctx.exit(1)
