"""The run history of schedules (``scheduled_runs``): what ran, when, by whom, how it ended."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..store.schema import ScheduledRun
from ..store.store import Store


def start_run(store: Store, schedule: str, ruleset: str, holder: str) -> int:
    with Session(store.engine) as session:
        run = ScheduledRun(
            schedule=schedule,
            ruleset_ref=ruleset[:400],
            holder=holder,
            started_at=datetime.now(UTC),
            status="running",
        )
        session.add(run)
        session.commit()
        assert run.id is not None
        return run.id


def finish_run(
    store: Store,
    run_id: int,
    status: str,
    *,
    scanned: int = 0,
    failed: int = 0,
    error: str | None = None,
) -> None:
    with Session(store.engine) as session:
        run = session.get(ScheduledRun, run_id)
        assert run is not None
        run.finished_at = datetime.now(UTC)
        run.status = status
        run.scanned = scanned
        run.failed = failed
        run.error = error[:400] if error else None
        session.add(run)
        session.commit()


def last_runs(engine: object) -> dict[str, ScheduledRun]:
    """The latest run of each schedule, by schedule name."""
    latest = (
        select(ScheduledRun.schedule, func.max(ScheduledRun.id).label("id"))
        .group_by(ScheduledRun.schedule)
        .subquery()
    )
    with Session(engine) as session:
        rows = session.exec(select(ScheduledRun).join(latest, ScheduledRun.id == latest.c.id)).all()
        for row in rows:
            session.expunge(row)
    return {row.schedule: row for row in rows}
