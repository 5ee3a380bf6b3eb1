"""Shared test helpers: fake installed plugin distributions, the real qa command."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"


def write_distribution(
    folder: Path, dist: str, version: str, entry_points: dict[str, str], modules: dict[str, str]
) -> Path:
    """Write a real installed-looking distribution (dist-info + modules) into ``folder``."""
    info = folder / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    lines = ["[qa_core]", *(f"{name} = {target}" for name, target in entry_points.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(textwrap.dedent(source))
    return folder


@pytest.fixture
def fake_plugins(tmp_path, monkeypatch):
    """Install fake plugin distributions for this test only (sys.path and PYTHONPATH)."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv("PYTHONPATH", str(folder))

    def install(
        dist: str, entry_points: dict[str, str], modules: dict[str, str], version: str = "1.0"
    ) -> None:
        write_distribution(folder, dist, version, entry_points, modules)

    return install


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


@pytest.fixture
def run_qa(tmp_path):
    """Run the installed ``qa`` console script in a subprocess, in a clean QA_HOME."""

    def run(
        *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "QA_HOME": str(tmp_path / "qa-home"), **(env or {})}
        full_env.pop("QA_DISABLE_PLUGINS", None) if "QA_DISABLE_PLUGINS" not in (
            env or {}
        ) else None
        return subprocess.run(
            [str(QA), *args],
            capture_output=True,
            text=True,
            env=full_env,
            cwd=cwd or tmp_path,
            timeout=timeout,
        )

    return run
