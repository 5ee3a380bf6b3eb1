"""Fixtures for every test folder (the core's and each plugin's): real services."""

from __future__ import annotations

import os

import pytest

PG_ADMIN_URL = os.environ.get("QA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database for one test, dropped afterwards.

    Skipped (saying why) where no server answers, unless QA_REQUIRE_POSTGRES=1 (CI).
    """
    import uuid

    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        admin.dispose()
        if os.environ.get("QA_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but not reachable: {type(exc).__name__}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL} ({type(exc).__name__})")
    name = f"qa_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def pytest_collection_modifyitems(items):
    """Slow tests first: with a file per worker (and ``--no-loadscope-reorder``, which
    keeps this order instead of xdist's most-tests-first), the long files then run
    beside the short ones instead of alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
