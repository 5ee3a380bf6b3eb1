"""Backup, restore and migration: copy a store's tables whole, still encrypted.

Keys never travel with the data: the master key stays with its provider and the
keyring in QA_HOME, so a backup is only ciphertext, and a purge shreds the data in old
backups too. Every copy is verified before it counts: row counts, the audit chain and
its signatures, and one decryption per table.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, insert, inspect, select
from sqlmodel import Session

from ..errors import UserError
from .database import make_engine, migrate
from .schema import (
    AuditCheckpoint,
    AuditEntry,
    CalibrationRating,
    CalibrationSession,
    ConsoleSetting,
    ConsoleUser,
    Dispute,
    Hold,
    Override,
    ParkedBatch,
    RecordingChunk,
    ScheduledJob,
    ScheduledRun,
    StoredInteraction,
    StoredRecording,
    StoredResult,
    StoreInfo,
)

TABLES = (
    StoreInfo,
    StoredInteraction,
    StoredResult,
    Hold,
    AuditEntry,
    AuditCheckpoint,
    ScheduledJob,
    ScheduledRun,
    CalibrationSession,
    CalibrationRating,
    Override,
    ParkedBatch,
    StoredRecording,
    RecordingChunk,
    ConsoleUser,
    ConsoleSetting,
    Dispute,
)  # sign-in sessions and failed sign-ins are not copied: a restored store starts signed out
CHUNK = 1000


def copy_tables(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every table into an empty, migrated target, in one transaction."""
    migrate(target)
    with Session(target) as check:
        if check.exec(select(func.count()).select_from(StoreInfo)).one()[0]:
            raise UserError(
                "the target already holds a store; restore or migrate into an empty database",
                where="target",
            )
    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        present = inspect(src)
        for model in TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            counts[table.name] = 0
            if not present.has_table(table.name):
                continue  # a backup from before this table existed
            # a backup from an older version lacks newer columns: they take defaults
            names = {c["name"] for c in present.get_columns(table.name)}
            columns = [c for c in table.columns if c.name in names]
            result = src.execution_options(yield_per=CHUNK).execute(select(*columns))
            for rows in result.partitions(CHUNK):
                dst.execute(insert(table), [dict(row._mapping) for row in rows])
                counts[table.name] += len(rows)
    return counts


def count_rows(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        present = inspect(session.connection())
        return {
            m.__table__.name: session.exec(  # type: ignore[attr-defined]
                select(func.count()).select_from(m.__table__)  # type: ignore[attr-defined]
            ).one()[0]
            if present.has_table(m.__table__.name)  # type: ignore[attr-defined]
            else 0
            for m in TABLES
        }


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def backup_engine(path: Path) -> Engine:
    if path.exists():
        raise UserError("exists already; choose a new file", where=str(path))
    return make_engine(sqlite_url(path))
