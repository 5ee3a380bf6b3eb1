"""Open the database: SQLite in WAL mode under QA_HOME, or PostgreSQL by URL.

Every write transaction on SQLite starts with BEGIN IMMEDIATE, so writers are
serialised (the audit chain never forks); on PostgreSQL the audit append takes an
advisory lock for the same reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from ..errors import UserError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(home: Path, url: str | None) -> str:
    return url or os.environ.get("QA_DB_URL") or f"sqlite:///{home / 'store.db'}"


def make_engine(url: str, *, for_reading: bool = False) -> Engine:
    """The store's engine. SQLite writers begin IMMEDIATE (a reader that later writes
    would otherwise fail to upgrade its lock); ``for_reading`` leaves that out, so
    readers share WAL snapshots instead of queueing behind each other."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    try:
        if url.startswith("sqlite"):
            engine = create_engine(
                url, connect_args={"isolation_level": None, "check_same_thread": False}
            )
            _sqlite_pragmas(engine, immediate=not for_reading)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # a malformed URL or a missing driver
        raise UserError(
            f"cannot use this database URL ({type(exc).__name__})", where="--db"
        ) from None
    return engine


def _sqlite_pragmas(engine: Engine, immediate: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "secure_delete=ON",
            "foreign_keys=ON",
            "busy_timeout=10000",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    if not immediate:
        return

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
