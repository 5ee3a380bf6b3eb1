"""``qa demo``: the main job end to end on the embedded default, on sample data.

Today that is: every bundled ruleset scores the sample interactions its tests name,
and the scorecards are printed and written as JSON lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager


@click.command()
@click.option(
    "--out",
    "out_dir",
    default="qa-reports/demo",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for the evaluation JSON lines.",
)
@click.pass_context
def demo(ctx: click.Context, out_dir: Path) -> None:
    """Score the bundled sample interactions with every bundled ruleset."""
    from ..atomic import atomic_text_writer
    from ..evaluation import Evaluator
    from ..reading import read_interactions
    from ..ruleset.catalog import bundled_rulesets
    from ..ruleset.loader import load_ruleset
    from ..templates import make_environment

    pm = plugin_manager(ctx)
    template = make_environment().get_template("console/scorecards.txt.j2")
    out_dir.mkdir(parents=True, exist_ok=True)
    for bundled in bundled_rulesets(pm).values():
        ruleset = load_ruleset(bundled.path, pm)
        evaluator = Evaluator(ruleset, pm)
        interactions = {}
        for example in ruleset.examples:
            for interaction in read_interactions(example.interaction):
                interactions[interaction.id] = interaction
        cards = []
        with atomic_text_writer(out_dir / f"{ruleset.id}.jsonl") as out:
            for interaction in interactions.values():
                evaluation = evaluator.evaluate(interaction)
                out.write(json.dumps(evaluation.to_json(), ensure_ascii=False) + "\n")
                cards.append(_card(interaction, evaluation))
        click.echo(template.render(ruleset=ruleset, cards=cards))
    click.echo(f"evaluation lines written to {out_dir}/")


def _card(interaction, evaluation) -> dict:
    score = evaluation.score
    verdict = (
        "AUTO-FAIL"
        if score.auto_failed
        else "N/A"
        if score.passed is None
        else "PASS"
        if score.passed
        else "FAIL"
    )
    return {
        "id": interaction.id,
        "agent": interaction.agent_id,
        "team": interaction.team,
        "score_text": "-" if score.score is None else f"{score.score:.2f}",
        "verdict": verdict,
        "missed": [c.criterion.id for c in evaluation.criteria if c.outcome.result == "not_met"],
    }
