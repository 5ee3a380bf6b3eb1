"""The pipeline ``qa evaluate`` runs per interaction: rules, then the scorer.

A rule that raises fails its interaction (recorded with plugin and criterion), never
the whole run; the exception's message is not kept, since it may quote the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .analysis.analyzer import InteractionAnalyzer
from .analysis.findings import Finding
from .iterating import batched
from .model import Interaction
from .rules import RESULTS, Evidence, Outcome, RuleContext
from .ruleset.compiled import Criterion, Ruleset
from .scorer import Score, ScoredItem, ScoredSection, compute_score
from .timing import PluginTimer

if TYPE_CHECKING:
    from .plugins import QAPluginManager

ANALYSIS_BATCH = 32


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    outcome: Outcome

    @property
    def points(self) -> float:
        return self.criterion.points if self.outcome.result == "met" else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.criterion.id,
            "section": self.criterion.section,
            "result": self.outcome.result,
            "points": _number(self.points),
            "max_points": _number(self.criterion.points),
            "critical": self.criterion.critical,
            "plugin": self.criterion.rule.plugin,
            "evidence": [e.to_json() for e in sorted(self.outcome.evidence)],
            "confidence": self.confidence,
        }

    @property
    def confidence(self) -> float:
        """The rule's confidence in its result; 1 for a rule that decides exactly."""
        given = self.outcome.confidence
        return 1.0 if given is None else round(given, 4)


@dataclass(frozen=True)
class Evaluation:
    """One interaction scored against one ruleset."""

    interaction_id: str
    ruleset: Ruleset
    criteria: tuple[CriterionResult, ...]
    score: Score
    findings: tuple[Finding, ...] = ()  # within the ruleset's redaction policy
    language: dict[str, Any] | None = None

    def result_of(self, criterion_id: str) -> str:
        return next(c.outcome.result for c in self.criteria if c.criterion.id == criterion_id)

    def to_json(self) -> dict[str, Any]:
        """The line ``qa evaluate`` prints (contract section 2)."""
        return {
            "id": self.interaction_id,
            "ruleset": self.ruleset.identity(),
            "score": self.score.score,
            "passed": self.score.passed,
            "auto_failed": self.score.auto_failed,
            "criteria": [c.to_json() for c in self.criteria],
            "findings": [f.to_json() for f in self.findings],
            **({"language": self.language} if self.language is not None else {}),
        }


@dataclass(frozen=True)
class EvaluationFailure:
    """An interaction a plugin failed on; the rest of the run goes on."""

    interaction_id: str
    plugin: str
    criterion: str
    error: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.interaction_id,
            "error": {"plugin": self.plugin, "criterion": self.criterion, "type": self.error},
        }


class RuleFailed(Exception):
    def __init__(self, failure: EvaluationFailure) -> None:
        super().__init__(
            f"plugin {failure.plugin!r} failed on criterion {failure.criterion!r} ({failure.error})"
        )
        self.failure = failure


def evaluate(
    interaction: Interaction,
    ruleset: Ruleset,
    findings: Sequence[Finding] = (),
    timer: PluginTimer | None = None,
) -> Evaluation:
    """Run every criterion (dependencies first) and score; raises ``RuleFailed``.

    ``findings`` are the analysis pass's findings for ``ruleset.analysis_entities``;
    ``timer``, when given, adds up the time each plugin's rule types take.
    """
    outcomes: dict[str, Outcome] = {}
    ctx = RuleContext(interaction, outcomes, findings, ruleset.languages)
    for criterion in ruleset.evaluation_order:
        ctx.entities = criterion.entities
        if timer is None:
            outcomes[criterion.id] = _run(criterion, ctx)
        else:
            with timer.measure(criterion.rule.plugin, criterion.rule.rule_type.name):
                outcomes[criterion.id] = _run(criterion, ctx)
    results = tuple(CriterionResult(c, outcomes[c.id]) for c in ruleset.criteria)
    sections = [
        ScoredSection(
            s.weight, [ScoredItem(outcomes[c.id].result, c.points, c.critical) for c in s.criteria]
        )
        for s in ruleset.sections
    ]
    policy = ruleset.redaction.entities
    return Evaluation(
        interaction.id,
        ruleset,
        results,
        compute_score(sections, ruleset.pass_mark),
        tuple(f for f in findings if f.entity in policy),
    )


class Evaluator:
    """Scores interactions against one ruleset, analysing them in batches first."""

    def __init__(
        self, ruleset: Ruleset, pm: QAPluginManager, timer: PluginTimer | None = None
    ) -> None:
        self.ruleset = ruleset
        self.timer = timer
        self.analyzer = InteractionAnalyzer(pm, ruleset.analysis_entities, timer)

    def use_timer(self, timer: PluginTimer | None) -> None:
        """Time what follows with ``timer`` (a scan starts one per batch)."""
        self.timer = self.analyzer.timer = timer

    def evaluate_all(
        self, interactions: Iterable[Interaction]
    ) -> Iterator[Evaluation | EvaluationFailure]:
        for batch in batched(interactions, ANALYSIS_BATCH):
            for interaction, findings in zip(batch, self.analyzer.analyze_many(batch), strict=True):
                try:
                    yield self._with_language(
                        evaluate(interaction, self.ruleset, findings, self.timer), interaction
                    )
                except RuleFailed as failed:
                    yield failed.failure

    def evaluate(self, interaction: Interaction) -> Evaluation:
        findings = self.analyzer.analyze(interaction)
        evaluation = evaluate(interaction, self.ruleset, findings, self.timer)
        return self._with_language(evaluation, interaction)

    def _with_language(self, evaluation: Evaluation, interaction: Interaction) -> Evaluation:
        """Flag a language the recognisers do not cover, once there are recognisers."""
        if not self.analyzer.active:
            return evaluation
        return replace(evaluation, language=self.analyzer.check_language(interaction).to_json())


def _run(criterion: Criterion, ctx: RuleContext) -> Outcome:
    interaction = ctx.interaction
    try:
        outcome = criterion.rule.rule_type.evaluate(ctx, criterion.params)
        _check_outcome(outcome, interaction)
    except Exception as exc:
        raise RuleFailed(
            EvaluationFailure(
                interaction.id, criterion.rule.plugin, criterion.id, type(exc).__name__
            )
        ) from exc
    return outcome


def _check_outcome(outcome: object, interaction: Interaction) -> None:
    """A plugin's outcome must be well-formed: evidence inside the original text."""
    if not isinstance(outcome, Outcome) or outcome.result not in RESULTS:
        raise TypeError("rule returned something other than an Outcome")
    for ev in outcome.evidence:
        if not isinstance(ev, Evidence) or not 0 <= ev.turn < len(interaction.turns):
            raise ValueError("evidence points at no turn")
        if not 0 <= ev.start <= ev.end <= len(interaction.turns[ev.turn].text):
            raise ValueError("evidence offsets lie outside the turn's text")


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
