"""The arithmetic of reports, in one place so tests can check it against the store."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field


def median(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.median(values) if values else None


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.fmean(values) if values else None


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class Tally:
    """Counts of a criterion's results (or an interaction's verdicts)."""

    met: int = 0
    not_met: int = 0
    na: int = 0

    def add(self, result: str) -> None:
        setattr(self, result, getattr(self, result) + 1)

    @property
    def rated(self) -> int:
        return self.met + self.not_met

    @property
    def met_rate(self) -> float | None:
        """Share met among the interactions where the criterion applied."""
        return rate(self.met, self.rated)


@dataclass
class ScoreTally:
    """Scores and verdicts of a set of results."""

    scores: list[float] = field(default_factory=list)
    verdicts: dict[str, int] = field(default_factory=dict)

    def add(self, score: float | None, verdict: str) -> None:
        if score is not None:
            self.scores.append(score)
        self.verdicts[verdict] = self.verdicts.get(verdict, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.verdicts.values())

    @property
    def pass_rate(self) -> float | None:
        """Passed among those with a verdict (auto-fail counts as failed; n/a and errors don't)."""
        judged = sum(self.verdicts.get(v, 0) for v in ("pass", "fail", "auto-fail"))
        return rate(self.verdicts.get("pass", 0), judged)

    @property
    def median(self) -> float | None:
        return median(self.scores)

    @property
    def mean(self) -> float | None:
        return mean(self.scores)
