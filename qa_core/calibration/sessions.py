"""Calibration sessions in the store: ratings imported once, read back for reports.

A session's ratings are written in one transaction with the audit entry that records
the import, so a failed import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from ..errors import UserError
from ..store.schema import CalibrationRating, CalibrationSession
from ..store.store import Store
from .ratings import Ratings, read_ratings_rows


def import_session(store: Store, ratings_path: Path, name: str, criteria: Iterable[str] | None):
    """Read ``ratings_path`` whole (one line on the first problem), then store it."""
    ratings, rows = read_ratings_rows(ratings_path, criteria)
    with Session(store.engine) as session:
        if session.get(CalibrationSession, name) is not None:
            raise UserError(f"session {name!r} exists; choose another name", where="--session")
        session.add(
            CalibrationSession(
                name=name, created_at=datetime.now(UTC), source=ratings_path.name, ratings=len(rows)
            )
        )
        session.add_all(
            CalibrationRating(session=name, item_id=i, rater_id=r, criterion_id=c, value=v)
            for i, r, c, v in rows
        )
        store.audit(
            session,
            "calibration_import",
            name,
            {
                "ratings": len(rows),
                "raters": len(ratings.raters),
                "criteria": len(ratings.criteria),
            },
        )
        session.commit()
    return ratings


def sessions(store: Store) -> list[CalibrationSession]:
    with Session(store.engine) as session:
        found = list(
            session.exec(select(CalibrationSession).order_by(CalibrationSession.created_at))
        )
        session.expunge_all()
    return found


def load_session(store: Store, name: str) -> Ratings:
    from .ratings import ratings_from_rows

    with Session(store.engine) as session:
        if session.get(CalibrationSession, name) is None:
            raise UserError(f"no calibration session {name!r}", where="--session")
        rows = [
            (r.item_id, r.rater_id, r.criterion_id, r.value)
            for r in session.exec(
                select(CalibrationRating)
                .where(CalibrationRating.session == name)
                .order_by(CalibrationRating.id)
            )
        ]
    return ratings_from_rows(rows, where=f"session {name}")
