"""backup, restore and migrate: a still-encrypted copy, verified, keys left behind."""

import json
import shutil
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "interactions" / "default"


def test_backup_and_restore(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES)).returncode == 0
    snapshot = tmp_path / "snap.db"
    done = run_qa("backup", "--out", str(snapshot))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["interactions"] == 10 and summary["audit_entries"] == 2
    assert oct(snapshot.stat().st_mode & 0o777) == "0o600"
    assert b"Northwind" not in snapshot.read_bytes()
    again = run_qa("backup", "--out", str(snapshot))
    assert again.returncode == 2 and "exists already" in again.stderr

    # a new machine: the keys come from the key provider and keyring, not the backup
    fresh = tmp_path / "fresh-home"
    fresh.mkdir()
    home = tmp_path / "qa-home"
    for name in ("master.key", "keyring.json", "audit_signing.key"):
        shutil.copy(home / name, fresh / name)
    env = {"QA_HOME": str(fresh)}
    restored = run_qa("restore", str(snapshot), env=env)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["interactions"] == 10
    shown = run_qa("show", "call-d03", "--unredacted", "--reason", "restore drill", env=env)
    assert json.loads(shown.stdout)["id"] == "call-d03"
    assert run_qa("audit", "verify", env=env).returncode == 0
    twice = run_qa("restore", str(snapshot), env=env)
    assert twice.returncode == 2 and "already holds a store" in twice.stderr


def test_a_backup_from_before_column_macs_restores(run_qa, tmp_path):
    """An older version's backup lacks newer columns: they take their defaults, and
    the restored rows are vouched for against their ciphertext on first open."""
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES)).returncode == 0
    snapshot = tmp_path / "snap.db"
    assert run_qa("backup", "--out", str(snapshot)).returncode == 0
    with sqlite3.connect(snapshot) as conn:  # as schema 0007 wrote it
        conn.execute("ALTER TABLE interactions DROP COLUMN columns_mac")
        conn.execute("ALTER TABLE results DROP COLUMN columns_mac")
        conn.execute("ALTER TABLE store_info DROP COLUMN columns_authenticated")
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
    fresh = tmp_path / "fresh-home"
    fresh.mkdir()
    for name in ("master.key", "keyring.json", "audit_signing.key"):
        shutil.copy(tmp_path / "qa-home" / name, fresh / name)
    env = {"QA_HOME": str(fresh)}
    restored = run_qa("restore", str(snapshot), env=env)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["interactions"] == 10
    assert run_qa("audit", "verify", env=env).returncode == 0


def test_migrate_sqlite_to_postgresql(run_qa, pg_url):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES)).returncode == 0
    assert run_qa("hold", "add", "--id", "call-d01", "--reason", "case 4").returncode == 0
    moved = run_qa("migrate", "--to", pg_url)
    assert moved.returncode == 0, moved.stderr
    summary = json.loads(moved.stdout)
    assert summary["migrated_to"] == "postgresql" and summary["interactions"] == 10
    assert summary["holds"] == 1
    env = {"QA_DB_URL": pg_url}
    assert run_qa("audit", "verify", env=env).returncode == 0
    shown = run_qa("show", "call-d07", "--unredacted", "--reason", "migration check", env=env)
    assert json.loads(shown.stdout)["id"] == "call-d07"
    assert run_qa("migrate", "--to", pg_url).returncode == 2  # not into a store again
