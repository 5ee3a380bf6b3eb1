"""Schedules: add, list and remove them from any process, running scheduler or not.

A schedule is an APScheduler job in the store's ``scheduled_jobs`` table whose
function is ``jobs.scheduled_scan``; its id is the schedule's name. Schedules are
written to the job store directly, through a scheduler object that is never
started: a started one, even paused, runs due jobs in the moment it shuts down.
A running scheduler sees the change at its next poll (every ten seconds by default).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import UserError

JOBS_TABLE = "scheduled_jobs"
SCAN_FUNCTION = "qa_core.scheduling.jobs:scheduled_scan"
# Missed runs coalesce into one, however late; never two runs of a schedule at once.
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": None}
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
EVERY = re.compile(r"^(\d+)\s*(s|m|h|d)$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class Schedule:
    name: str
    ruleset: str
    when: str  # what the user wrote: "--every 15m" or "--cron '0 2 * * *'"
    next_run: datetime | None
    workers: int
    executor: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ruleset": self.ruleset,
            "when": self.when,
            "next_run": self.next_run.isoformat() if self.next_run else None,
            "workers": self.workers,
            "executor": self.executor,
        }


def make_trigger(cron: str | None, every: str | None) -> tuple[Any, str]:
    """The APScheduler trigger for ``--cron`` or ``--every``, and how to show it."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if bool(cron) == bool(every):
        raise UserError("give exactly one of --cron EXPR and --every N(s|m|h|d)", where="schedule")
    if every:
        match = EVERY.match(every.strip())
        if not match or int(match[1]) == 0:
            raise UserError(
                f"{every!r} is not an interval like 30s, 15m, 2h or 1d", where="--every"
            )
        seconds = timedelta(**{UNITS[match[2]]: int(match[1])}).total_seconds()
        return IntervalTrigger(seconds=seconds), f"every {match[1]}{match[2]}"
    try:
        trigger = CronTrigger.from_crontab(cron)
    except ValueError as exc:
        raise UserError(f"not a crontab expression ({exc})", where="--cron") from None
    return trigger, f"cron {cron}"


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise UserError("a schedule name is lowercase letters, digits and '-'", where="--name")
    return name


def job_store(engine: Any) -> Any:
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    return SQLAlchemyJobStore(engine=engine, tablename=JOBS_TABLE)


def opened_job_store(engine: Any) -> Any:
    """The job store, bound to an idle scheduler (for its time zone and job defaults)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    store = job_store(engine)
    store.start(BackgroundScheduler(job_defaults=JOB_DEFAULTS), "default")
    return store


def add_schedule(
    engine: Any,
    name: str,
    ruleset: str,
    trigger: Any,
    when: str,
    workers: int,
    executor: str | None,
    batch_size: int,
) -> Schedule:
    from apscheduler.job import Job
    from apscheduler.jobstores.base import ConflictingIdError

    kwargs = {
        "schedule": name,
        "ruleset": ruleset,
        "workers": workers,
        "executor": executor,
        "batch_size": batch_size,
    }
    store = opened_job_store(engine)
    job = Job(
        store._scheduler,
        id=name,
        func=SCAN_FUNCTION,
        trigger=trigger,
        executor="default",
        args=(),
        kwargs=kwargs,
        name=when,
        next_run_time=trigger.get_next_fire_time(None, datetime.now(UTC)),
        **JOB_DEFAULTS,
    )
    try:
        store.add_job(job)
    except ConflictingIdError:
        raise UserError(
            f"a schedule named {name!r} exists; remove it first", where="--name"
        ) from None
    return _schedule(job)


def list_schedules(engine: Any) -> list[Schedule]:
    return [_schedule(job) for job in opened_job_store(engine).get_all_jobs()]


def remove_schedule(engine: Any, name: str) -> None:
    from apscheduler.jobstores.base import JobLookupError

    try:
        job_store(engine).remove_job(name)
    except JobLookupError:
        raise UserError(f"no schedule named {name!r}", where="schedule remove") from None


def _schedule(job: Any) -> Schedule:
    kwargs = job.kwargs
    return Schedule(
        name=job.id,
        ruleset=kwargs["ruleset"],
        when=job.name,
        next_run=getattr(job, "next_run_time", None),
        workers=kwargs.get("workers", 1),
        executor=kwargs.get("executor"),
    )
