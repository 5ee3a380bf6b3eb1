"""Evaluators against a benchmark: deviation in score points and per criterion, flags, drift.

Each person's ratings of an interaction are scored with the ruleset's own arithmetic
(criteria they did not rate count as ``na``), and so are the benchmark's: a designated
expert, or the consensus (the majority per criterion; a tie is no rating). An
evaluator whose mean absolute deviation exceeds the tolerance (5 points by default) is
flagged; a criterion whose people agree less than Krippendorff's α = 0.667 (his lowest
bar for tentative conclusions) is flagged as ambiguous.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..ruleset.compiled import Ruleset
from ..scorer import ScoredItem, ScoredSection, compute_score
from .agreement import criterion_agreement
from .machine import consensus
from .ratings import Ratings

CONSENSUS = "consensus"
AMBIGUOUS_BELOW = 0.667
WORDS = {1.0: "met", 0.0: "not_met"}


def _score(ruleset: Ruleset, rated: dict[str, Any]) -> float | None:
    """The score one person's ratings give an interaction (unrated criteria are na)."""
    sections = [
        ScoredSection(
            s.weight,
            [
                ScoredItem(WORDS.get(rated.get(c.id), "na"), c.points, c.critical)
                for c in s.criteria
            ],
        )
        for s in ruleset.sections
    ]
    return compute_score(sections, ruleset.pass_mark).score


def _benchmark(ratings: Ratings, item: str, benchmark: str) -> dict[str, Any]:
    out = {}
    for criterion, data in ratings.criteria.items():
        by_rater = data.values.get(item, {})
        if benchmark == CONSENSUS:
            people = {r: v for r, v in by_rater.items()}
            value = consensus(people)
        else:
            value = by_rater.get(benchmark)
        if value is not None:
            out[criterion] = value
    return out


def session_figures(
    ratings: Ratings, ruleset: Ruleset, benchmark: str = CONSENSUS, tolerance: float = 5.0
) -> dict[str, Any]:
    items = sorted({i for c in ratings.criteria.values() for i in c.values})
    evaluators = [r for r in ratings.raters if r != benchmark]
    bench = {item: _benchmark(ratings, item, benchmark) for item in items}
    bench_scores = {item: _score(ruleset, bench[item]) for item in items}
    people: dict[str, Any] = {}
    for rater in evaluators:
        deviations, per_criterion = [], {}
        for item in items:
            mine = {
                c: d.values[item][rater]
                for c, d in ratings.criteria.items()
                if rater in d.values.get(item, {})
            }
            if not mine:
                continue
            score, reference = _score(ruleset, mine), bench_scores[item]
            if score is not None and reference is not None:
                deviations.append(score - reference)
            for criterion, value in mine.items():
                if criterion in bench[item]:
                    tally = per_criterion.setdefault(criterion, [0, 0])
                    tally[0] += value != bench[item][criterion]
                    tally[1] += 1
        mean_abs = float(np.mean(np.abs(deviations))) if deviations else None
        people[rater] = {
            "items": len(deviations),
            "mean_deviation": float(np.mean(deviations)) if deviations else None,
            "mean_absolute_deviation": mean_abs,
            "flagged": mean_abs is not None and mean_abs > tolerance,
            "criteria": {
                c: {"disagreements": d, "rated": n, "share": d / n}
                for c, (d, n) in sorted(per_criterion.items())
            },
        }
    criteria = {}
    for criterion, data in sorted(ratings.criteria.items()):
        alpha = criterion_agreement(data, bootstrap=0)["krippendorff_alpha"]["nominal"]
        criteria[criterion] = {
            "alpha_nominal": alpha,
            "ambiguous": alpha is None or alpha < AMBIGUOUS_BELOW,
        }
    return {
        "benchmark": benchmark,
        "tolerance": tolerance,
        "items": len(items),
        "evaluators": people,
        "criteria": criteria,
    }
