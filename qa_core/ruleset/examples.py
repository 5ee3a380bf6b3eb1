"""Run a ruleset's ``tests:`` block, as ``semgrep --test`` runs annotated examples."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..evaluation import Evaluator, RuleFailed
from ..plugins import QAPluginManager
from ..reading import read_interactions
from .compiled import Example, Ruleset


@dataclass
class ExampleOutcome:
    example: Example
    interaction_id: str
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def run_examples(ruleset: Ruleset, pm: QAPluginManager) -> list[ExampleOutcome]:
    """Evaluate every example interaction and compare with what the test expects."""
    evaluator = Evaluator(ruleset, pm)
    outcomes = []
    for example in ruleset.examples:
        for interaction in read_interactions(example.interaction):
            outcome = ExampleOutcome(example, interaction.id)
            try:
                evaluation = evaluator.evaluate(interaction)
            except RuleFailed as failed:
                outcome.failures.append(str(failed))
                outcomes.append(outcome)
                continue
            for criterion_id, wanted in example.expect.items():
                got = evaluation.result_of(criterion_id)
                if got != wanted:
                    outcome.failures.append(f"{criterion_id}: expected {wanted}, got {got}")
            checks = (
                ("score", example.score, evaluation.score.score),
                ("passed", example.passed, evaluation.score.passed),
                ("auto_failed", example.auto_failed, evaluation.score.auto_failed),
            )
            for name, wanted_value, got_value in checks:
                if wanted_value is not None and wanted_value != got_value:
                    outcome.failures.append(f"{name}: expected {wanted_value}, got {got_value}")
            outcomes.append(outcome)
    return outcomes
