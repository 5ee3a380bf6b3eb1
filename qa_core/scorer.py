"""The scoring arithmetic of contract section 2, exactly, in exact fractions.

- a criterion earns its points when ``met``, 0 when ``not_met``; ``na`` counts in
  neither sum; a section's ratio is earned / possible over its non-``na`` criteria,
  and a section whose criteria are all ``na`` is left out;
- score = 100 × Σ(weight × ratio) / Σ(weight) over the sections left in, rounded to 2
  decimals (half up); ``None`` when every criterion is ``na``;
- a ``critical`` criterion ``not_met`` auto-fails: score 0, not passed;
- passed = not auto-failed and score ≥ pass mark (``None`` when score is).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from .rules import Result


@dataclass(frozen=True)
class ScoredItem:
    """One criterion's part in the arithmetic."""

    result: Result
    points: float = 1
    critical: bool = False

    @property
    def earned(self) -> float:
        return self.points if self.result == "met" else 0


@dataclass(frozen=True)
class ScoredSection:
    weight: float
    items: Sequence[ScoredItem]


@dataclass(frozen=True)
class Score:
    score: float | None
    passed: bool | None
    auto_failed: bool


def compute_score(sections: Sequence[ScoredSection], pass_mark: float) -> Score:
    """Apply weights, points, ``na``, critical items and the pass mark."""
    weighted = Fraction(0)
    total_weight = Fraction(0)
    auto_failed = False
    for section in sections:
        counted = [item for item in section.items if item.result != "na"]
        auto_failed |= any(i.critical and i.result == "not_met" for i in counted)
        possible = sum(_exact(i.points) for i in counted)
        if not counted or possible == 0:
            continue
        earned = sum(_exact(i.earned) for i in counted)
        weighted += Fraction(section.weight) * earned / possible
        total_weight += Fraction(section.weight)
    score = None if total_weight == 0 else _round_half_up(100 * weighted / total_weight)
    if auto_failed:
        return Score(score=0.0, passed=False, auto_failed=True)
    passed = None if score is None else score >= pass_mark
    return Score(score=score, passed=passed, auto_failed=False)


def _exact(value: float) -> int | Fraction:
    """Points are usually whole numbers: keep those as ints (fast), the rest exact."""
    return int(value) if float(value).is_integer() else Fraction(value)


def _round_half_up(value: Fraction) -> float:
    return math.floor(value * 100 + Fraction(1, 2)) / 100
