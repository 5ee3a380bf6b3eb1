"""The machine as one more rater: a ruleset's results beside the people's ratings.

Per criterion: how often the machine agrees with each evaluator and with the consensus
(the people's majority; a tie is no consensus), whether it says ``met`` more or less
often than they do (bias), a confusion table against the consensus, every item where
it disagrees with the evidence it used (as redacted text), and, for a criterion with a
``match.threshold``, the threshold that would agree best with the consensus (a
suggestion: the ruleset is not changed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..analysis.redaction import redact_interaction
from ..evaluation import Evaluation, EvaluationFailure, Evaluator
from ..model import Interaction
from ..plugins import QAPluginManager
from ..reporting.snippets import snippet
from ..rules import RuleContext
from ..ruleset.compiled import Criterion, Ruleset
from .agreement import BOOTSTRAP, cohen_kappa, criterion_agreement
from .ratings import CriterionRatings, Ratings

MACHINE = "qa"
VALUE = {"met": 1.0, "not_met": 0.0}
WORD = {1.0: "met", 0.0: "not_met"}
SWEEP = [round(0.5 + 0.05 * n, 2) for n in range(11)]  # 0.50 .. 1.00


@dataclass(frozen=True)
class Scored:
    interaction: Interaction
    evaluation: Evaluation


def score_items(
    ruleset: Ruleset, pm: QAPluginManager, interactions: Iterable[Interaction], items: set[str]
) -> tuple[dict[str, Scored], list[str]]:
    """Evaluate the rated interactions; (scored by id, ids a plugin failed on)."""
    wanted = [i for i in interactions if i.id in items]
    scored, failed = {}, []
    for interaction, outcome in zip(
        wanted, Evaluator(ruleset, pm).evaluate_all(wanted), strict=True
    ):
        if isinstance(outcome, EvaluationFailure):
            failed.append(interaction.id)
        else:
            scored[interaction.id] = Scored(interaction, outcome)
    return scored, failed


def consensus(by_rater: dict[str, Any]) -> Any | None:
    """The people's majority value; None on a tie or with no ratings."""
    counts = Counter(by_rater.values()).most_common()
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def compare(
    ratings: Ratings, ruleset: Ruleset, scored: dict[str, Scored], bootstrap: int = BOOTSTRAP
) -> dict[str, Any]:
    criteria = {c.id: c for c in ruleset.criteria}
    out: dict[str, Any] = {}
    for criterion_id in sorted(ratings.criteria):
        people = ratings.criteria[criterion_id]
        out[criterion_id] = _criterion(people, criteria[criterion_id], scored, bootstrap)
    return {
        "ruleset": ruleset.identity(),
        "machine_rater": MACHINE,
        "items_rated": len({i for c in ratings.criteria.values() for i in c.values}),
        "items_scored": len(scored),
        "criteria": out,
    }


def _machine(scored: dict[str, Scored], criterion_id: str) -> dict[str, float]:
    """item → 1/0 for met/not_met (na is no rating)."""
    out = {}
    for item, s in scored.items():
        result = s.evaluation.result_of(criterion_id)
        if result in VALUE:
            out[item] = VALUE[result]
    return out


def _criterion(
    people: CriterionRatings, criterion: Criterion, scored: dict[str, Scored], bootstrap: int
) -> dict[str, Any]:
    machine = _machine(scored, criterion.id)
    items = [i for i in people.items if i in scored]
    agreed = {}
    for rater in people.raters:
        pairs = [
            (machine[i], people.values[i][rater])
            for i in items
            if i in machine and rater in people.values[i]
        ]
        agreed[rater] = _pair_figures(pairs)
    agreed_consensus = {i: consensus(people.values[i]) for i in items}
    pairs = [(machine[i], c) for i, c in agreed_consensus.items() if c is not None and i in machine]
    with_machine = CriterionRatings(
        {i: {**people.values[i], **({MACHINE: machine[i]} if i in machine else {})} for i in items},
        numeric=people.numeric,
    )
    return {
        "n_items": len(items),
        "machine_vs_evaluators": agreed,
        "machine_vs_consensus": _pair_figures(pairs),
        "bias": _bias(machine, people, items),
        "confusion": _confusion(pairs),
        "disagreements": [
            _disagreement(scored[i], criterion, machine.get(i), c)
            for i, c in sorted(agreed_consensus.items())
            if c is not None and machine.get(i) != c
        ],
        "threshold_sweep": _sweep(criterion, scored, agreed_consensus),
        "by_confidence": by_confidence(
            [
                (_confidence(scored[i], criterion.id), machine[i] == c)
                for i, c in agreed_consensus.items()
                if c is not None and i in machine
            ]
        ),
        "agreement_with_machine": criterion_agreement(with_machine, bootstrap),
    }


BANDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
REVIEW_TARGET = 0.9  # the agreement with people a verdict left to the machine should have


def _confidence(s: Scored, criterion_id: str) -> float:
    return next(c.confidence for c in s.evaluation.criteria if c.criterion.id == criterion_id)


def by_confidence(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    """Machine-versus-people agreement per band of the machine's confidence, and the
    confidence below which a verdict should go to a person: the lowest cut whose
    verdicts at or above it agree with people at least ``REVIEW_TARGET`` of the time
    (null when none does; 0.0 means the machine needs no review at any confidence)."""
    bands = []
    for low, high in zip((0.0, *BANDS[:-1]), BANDS, strict=True):
        inside = [ok for c, ok in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
        bands.append(
            {
                "band": [low, high],
                "n": len(inside),
                "percent_agreement": (sum(inside) / len(inside)) if inside else None,
            }
        )
    review_below = None
    for cut in (0.0, *BANDS):
        above = [ok for c, ok in pairs if c >= cut]
        if above and sum(above) / len(above) >= REVIEW_TARGET:
            review_below = cut
            break
    return {"bands": bands, "review_below": review_below, "target": REVIEW_TARGET}


def _pair_figures(pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    return {
        "n": len(pairs),
        "percent_agreement": (sum(a == b for a, b in pairs) / len(pairs)) if pairs else None,
        "cohen_kappa": cohen_kappa(pairs)["kappa"],
    }


def _bias(machine: dict[str, float], people: CriterionRatings, items: list[str]) -> dict:
    """How much more often the machine says met than the people do, on the same items."""
    both = [i for i in items if i in machine and people.values[i]]
    if not both or not people.numeric:
        return {
            "machine_met_rate": None,
            "people_met_rate": None,
            "difference": None,
            "says_met": None,
        }
    machine_rate = float(np.mean([machine[i] for i in both]))
    people_rate = float(np.mean([np.mean(list(people.values[i].values())) for i in both]))
    difference = machine_rate - people_rate
    says = (
        "as often" if abs(difference) < 0.05 else "more often" if difference > 0 else "less often"
    )
    return {
        "machine_met_rate": machine_rate,
        "people_met_rate": people_rate,
        "difference": difference,
        "says_met": says,
    }


def _confusion(pairs: list[tuple[Any, Any]]) -> dict[str, dict[str, int]]:
    """Machine (rows) against consensus (columns)."""
    table = {m: {c: 0 for c in ("met", "not_met")} for m in ("met", "not_met")}
    for machine, people in pairs:
        if machine in WORD and people in WORD:
            table[WORD[machine]][WORD[people]] += 1
    return table


def _disagreement(s: Scored, criterion: Criterion, machine: float | None, agreed: Any) -> dict:
    result = next(c for c in s.evaluation.criteria if c.criterion.id == criterion.id)
    redacted = redact_interaction(s.interaction, s.evaluation.findings, "tag", None)
    line = {
        "turns": redacted.turns,
        "redactions": [r.to_json() for r in redacted.redactions],
    }
    evidence = []
    for e in sorted(result.outcome.evidence):
        cut = snippet(line, e.turn, e.start, e.end)
        if cut is not None:
            evidence.append({"turn": e.turn, "start": e.start, "end": e.end, "text": cut.marked})
    return {
        "item": s.interaction.id,
        "machine": result.outcome.result,
        "consensus": WORD.get(agreed, agreed),
        "evidence": evidence,
    }


def _sweep(criterion: Criterion, scored: dict[str, Scored], agreed: dict[str, Any]) -> dict | None:
    """Agreement with the consensus at each ``match.threshold`` from 0.50 to 1.00."""
    match = getattr(criterion.params, "match", None)
    threshold = getattr(match, "threshold", None)
    if threshold is None or criterion.dependencies or criterion.entities:
        return None
    if getattr(match, "mode", None) == "exact":
        return None  # exact matching ignores the threshold
    targets = {i: c for i, c in agreed.items() if c is not None and i in scored}
    if not targets:
        return None
    points = []
    for value in sorted({*SWEEP, float(threshold)}):
        params = criterion.params.model_copy(
            update={"match": match.model_copy(update={"threshold": value})}
        )
        pairs = []
        for item, people in targets.items():
            evaluation = scored[item].evaluation
            ctx = RuleContext(scored[item].interaction, {}, (), evaluation.ruleset.languages)
            result = criterion.rule.rule_type.evaluate(ctx, params).result
            if result in VALUE:
                pairs.append((VALUE[result], people))
        figures = _pair_figures(pairs)
        points.append({"threshold": value, **figures})
    ranked = [p for p in points if p["cohen_kappa"] is not None] or points
    best = max(
        ranked,
        key=lambda p: (
            p["cohen_kappa"] or -2,
            p["percent_agreement"] or 0,
            -abs(p["threshold"] - threshold),
        ),
    )
    return {
        "parameter": "match.threshold",
        "current": float(threshold),
        "best": best["threshold"],
        "best_cohen_kappa": best["cohen_kappa"],
        "best_percent_agreement": best["percent_agreement"],
        "points": points,
    }
