"""The review queue: interactions for evaluators to score by hand, so agreement between
people and the machine is measured all the time, on a sample nobody chose.

An interaction is in the queue when a stable hash of it falls in the sampled share
(the same share of every agent's and every team's calls, chosen by no one), when the
machine failed it on a critical criterion, or when the machine was unsure of a
criterion (confidence below the review threshold); and nobody has reviewed it yet. An
evaluator's scores land as calibration ratings, in that month's ``review-YYYY-MM``
session, beside the machine's result they can be compared with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlmodel import Session, select

from ..errors import UserError
from ..reporting.source import Filters, newest_pages, open_line
from ..store.schema import CalibrationRating, CalibrationSession
from ..store.store import Store
from .accounts import User
from .settings import get_setting, set_setting

DEFAULT_SHARE = 0.05
LOW_CONFIDENCE = 0.7  # below this, a verdict goes to a person (the calibration report's
# by_confidence.review_below suggests a better one per criterion from your own data)
VALUES = ("met", "not_met", "na")


@dataclass
class Queued:
    interaction_id: str
    agent: str | None
    team: str | None
    ruleset_id: str
    reasons: list[str] = field(default_factory=list)


def share(store: Store) -> float:
    return get_setting(store, "review_share", DEFAULT_SHARE, float)


def set_share(store: Store, value: float) -> None:
    if not 0 <= value <= 1:
        raise UserError("the review share is 0 to 1", where="review_share")
    set_setting(store, "review_share", value)


def sampled(store_id: str, interaction_id: str, fraction: float) -> bool:
    """The same answer every time, for every page and process: a hash, not a die."""
    digest = hashlib.sha256(f"{store_id}|review|{interaction_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def reviewed(store: Store) -> set[str]:
    with Session(store.engine) as session:
        query = select(CalibrationRating.item_id).where(CalibrationRating.session.like("review-%"))
        return set(session.exec(query))


def queue(store: Store, limit: int = 50, after: str = "") -> list[Queued]:
    """Up to ``limit`` interactions waiting for review, in id order after ``after``."""
    fraction, done, found = share(store), reviewed(store), []
    for page in newest_pages(store, Filters(), after=after):
        for result, row in page:
            if row.id in done or result.failed:
                continue
            reasons = []
            if sampled(store.store_id, row.id, fraction):
                reasons.append("random sample")
            if result.auto_failed:
                reasons.append("critical failure")
            line = open_line(store, row, result)
            unsure = [
                c["id"]
                for c in line.get("criteria", [])
                if c.get("confidence", 1.0) < LOW_CONFIDENCE and c["result"] != "na"
            ]
            reasons += [f"low confidence: {c}" for c in unsure]
            if reasons:
                found.append(Queued(row.id, row.agent_id, row.team, result.ruleset_id, reasons))
            if len(found) >= limit:
                return found
    return found


def criteria_of(store: Store, interaction_id: str) -> list[dict]:
    """The criteria of the interaction's newest results, to be scored by hand."""
    found = []
    for page in newest_pages(store, Filters(), only=[interaction_id]):
        for result, row in page:
            line = open_line(store, row, result)
            found += [
                {"id": c["id"], "ruleset": result.ruleset_id} for c in line.get("criteria", [])
            ]
    return found


def record(store: Store, user: User, interaction_id: str, values: dict[str, str]) -> str:
    """The evaluator's scores as calibration ratings; returns the session's name."""
    known = {c["id"] for c in criteria_of(store, interaction_id)}
    if not known:
        raise UserError("no scored interaction with that id", where="interaction")
    given = {c: v for c, v in values.items() if c in known}
    if not given or any(v not in VALUES for v in given.values()):
        raise UserError("score each criterion met, not_met or na", where="criteria")
    now = datetime.now(UTC)
    name = f"review-{now:%Y-%m}"
    with Session(store.engine) as session:
        stored = session.get(CalibrationSession, name)
        if stored is None:
            stored = CalibrationSession(name=name, created_at=now, source="review queue", ratings=0)
        stored.ratings += len(given)
        session.add(stored)
        session.add_all(
            CalibrationRating(
                session=name, item_id=interaction_id, rater_id=user.name, criterion_id=c, value=v
            )
            for c, v in sorted(given.items())
        )
        store.audit(session, "review", interaction_id, {"session": name, "criteria": len(given)})
        session.commit()
    return name
