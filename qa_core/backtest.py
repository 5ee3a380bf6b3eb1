"""Backtest a ruleset change on stored interactions: nothing is written but an audit line.

QA evaluators run ``qa scan --ruleset NEW --compare OLD --dry-run`` before publishing a
change: how each criterion's met rate and the pass rate would move, and which
interactions would flip between pass and fail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from .evaluation import Evaluation, Evaluator
from .iterating import batched
from .ruleset.compiled import Ruleset
from .store.envelope import DecryptionError
from .store.schema import StoredInteraction
from .store.store import Store


@dataclass
class Side:
    evaluated: int = 0
    passed: int = 0
    met: Counter = field(default_factory=Counter)
    counted: Counter = field(default_factory=Counter)

    def add(self, evaluation: Evaluation) -> None:
        self.evaluated += 1
        self.passed += bool(evaluation.score.passed)
        for result in evaluation.criteria:
            if result.outcome.result != "na":
                self.counted[result.criterion.id] += 1
                self.met[result.criterion.id] += result.outcome.result == "met"

    def rate(self, criterion: str) -> float | None:
        return (
            round(self.met[criterion] / self.counted[criterion], 4)
            if self.counted[criterion]
            else None
        )


def backtest(store: Store, new: Ruleset, old: Ruleset, pm: Any) -> dict[str, Any]:
    new_eval, old_eval = Evaluator(new, pm), Evaluator(old, pm)
    sides = {"old": Side(), "new": Side()}
    flips: list[dict[str, Any]] = []
    unreadable = 0
    with Session(store.engine) as session:
        ids = list(session.exec(select(StoredInteraction.id).order_by(StoredInteraction.id)))
    for chunk in batched(ids, 100):
        with Session(store.engine) as session:
            rows = session.exec(
                select(StoredInteraction).where(StoredInteraction.id.in_(chunk))
            ).all()
        interactions = []
        for row in rows:
            try:
                interactions.append(store.decrypt(row))
            except DecryptionError:
                unreadable += 1
        for before, after in zip(
            old_eval.evaluate_all(interactions), new_eval.evaluate_all(interactions), strict=True
        ):
            if not isinstance(before, Evaluation) or not isinstance(after, Evaluation):
                continue
            sides["old"].add(before)
            sides["new"].add(after)
            if before.score.passed != after.score.passed:
                flips.append(
                    {
                        "id": after.interaction_id,
                        "old_score": before.score.score,
                        "new_score": after.score.score,
                        "now": "pass" if after.score.passed else "fail",
                    }
                )
    criteria = sorted(
        set(sides["old"].counted)
        | set(sides["new"].counted)
        | {c.id for c in new.criteria}
        | {c.id for c in old.criteria}
    )
    report = {
        "old": old.identity(),
        "new": new.identity(),
        "interactions": sides["new"].evaluated,
        "unreadable": unreadable,
        "pass_rate": {
            side: round(s.passed / s.evaluated, 4) if s.evaluated else None
            for side, s in sides.items()
        },
        "criteria": {
            c: {"old_met_rate": sides["old"].rate(c), "new_met_rate": sides["new"].rate(c)}
            for c in criteria
        },
        "flips": flips,
    }
    store.record(
        "backtest",
        new.id,
        {
            "old": f"{old.id} v{old.version}",
            "new": f"{new.id} v{new.version}",
            "interactions": report["interactions"],
            "flips": len(flips),
        },
    )
    return report
