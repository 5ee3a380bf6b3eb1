"""What ``qa status`` says about scheduling: each schedule, its last and next run, the lease."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..store.schema import ScheduledRun
from .history import last_runs
from .lease import current_holder
from .schedules import list_schedules


def schedule_status(engine: Any) -> dict[str, Any]:
    runs = last_runs(engine)
    holder, _ = current_holder(engine)
    schedules = []
    for schedule in list_schedules(engine):
        run = runs.get(schedule.name)
        schedules.append({**schedule.to_json(), "last_run": _run_json(run) if run else None})
    return {"scheduler": {"holder": holder}, "schedules": schedules}


def _run_json(run: ScheduledRun) -> dict[str, Any]:
    return {
        "started_at": _utc(run.started_at).isoformat(),
        "finished_at": _utc(run.finished_at).isoformat() if run.finished_at else None,
        "status": run.status,
        "scanned": run.scanned,
        "failed": run.failed,
        "error": run.error,
    }


def _utc(moment: datetime) -> datetime:
    """SQLite hands back the UTC times we stored without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
