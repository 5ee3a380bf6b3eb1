"""A database lease: at most one scheduler runs the shared job store at a time.

One row; a scheduler takes it when it is free or expired and renews it well before
it expires. Taking and renewing are one conditional UPDATE each, atomic on SQLite
and PostgreSQL alike, so two schedulers can never both believe they hold it. Clocks
of the machines involved must agree to well within the lease's lifetime.
"""

from __future__ import annotations

import os
import socket
import time
import uuid

from sqlalchemy import Engine, or_, update

from ..store.schema import SchedulerLease

LEASE = "scheduler"


def holder_name() -> str:
    """Who holds it, readable in ``qa status``: host, process, and a unique suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Lease:
    def __init__(self, engine: Engine, holder: str, ttl: float) -> None:
        self.engine = engine
        self.holder = holder
        self.ttl = ttl

    def acquire(self) -> bool:
        """Take the lease if it is free, expired or already ours; renew it if ours."""
        now = time.time()
        statement = (
            update(SchedulerLease)
            .where(SchedulerLease.name == LEASE)
            .where(
                or_(
                    SchedulerLease.holder == self.holder,
                    SchedulerLease.holder.is_(None),
                    SchedulerLease.expires_at < now,
                )
            )
            .values(holder=self.holder, expires_at=now + self.ttl)
        )
        with self.engine.begin() as connection:
            return connection.execute(statement).rowcount == 1

    def release(self) -> None:
        """Hand the lease back at once, so a standby need not wait for it to expire."""
        statement = (
            update(SchedulerLease)
            .where(SchedulerLease.name == LEASE, SchedulerLease.holder == self.holder)
            .values(holder=None, expires_at=0.0)
        )
        with self.engine.begin() as connection:
            connection.execute(statement)


def current_holder(engine: Engine) -> tuple[str | None, float]:
    """(holder, seconds left) of the lease; holder None when nobody holds it."""
    from sqlmodel import Session, select

    with Session(engine) as session:
        row = session.exec(select(SchedulerLease).where(SchedulerLease.name == LEASE)).first()
    if row is None or row.holder is None:
        return None, 0.0
    left = row.expires_at - time.time()
    return (row.holder, left) if left > 0 else (None, 0.0)
