"""Integrity under faults: purges racing ingests and scans, full disks, signals.

Real processes (the installed ``qa``), a real SQLite file and PostgreSQL server, and a
real full disk (a small tmpfs, where the machine lets the tests mount one). Each test
reproduces a defect an outside test found; the promise under test is in its name.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from qa_cli import QA, QAResult, run_in_process

from qa_core.model import Interaction
from qa_core.store.envelope import DecryptionError
from qa_core.store.keyring import KeysDestroyedMeanwhile
from qa_core.store.purge import purge_customer
from qa_core.store.store import INGEST_CHUNK, Store
from qa_core.testing import plugin_manager_with

pytestmark = pytest.mark.slow

CUSTOMER = "cust-gone"
SECRET = "Zyxwvut Qqplonk"


def line(id_: str, customer: str, day: int = 1) -> str:
    return json.dumps(
        {
            "id": id_,
            "channel": "chat",
            "started_at": f"2026-10-{day:02d}T09:00:00Z",
            "customer_id": customer,
            "agent_id": "a-1",
            "team": "billing",
            "turns": [
                {"speaker": "agent", "text": "Thanks for contacting us, how can I help?"},
                {"speaker": "customer", "text": f"my name is {SECRET}, a question on my bill"},
            ],
        }
    )


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(text + "\n" for text in lines))
    return path


class QAHome:
    """One store, driven through the real ``qa`` command."""

    def __init__(self, home: Path, db_url: str | None = None) -> None:
        self.home = home
        self.db_url = db_url
        self.env = {**os.environ, "QA_HOME": str(home)}
        self.env.pop("QA_DB_URL", None)
        if db_url:
            self.env["QA_DB_URL"] = db_url

    def run(self, *args: str) -> QAResult:
        """A command run to its end in this process; ``start`` is the real process."""
        return run_in_process(*args, env={"QA_HOME": str(self.home), "QA_DB_URL": self.db_url})

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [str(QA), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
        )

    def ok(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def readable(self, id_: str) -> bool:
        done = self.run("show", id_, "--unredacted", "--reason", "integrity test")
        return done.returncode == 0 and SECRET in done.stdout

    def audit(self) -> list[dict]:
        done = self.run("audit", "export", "--json")
        if done.returncode != 0:  # older CLIs: read the table
            return []
        return [json.loads(text) for text in done.stdout.splitlines() if text.strip()]


@pytest.fixture
def sqlite_home(tmp_path):
    store = QAHome(tmp_path / "home")
    store.ok("init")
    return store


@pytest.fixture
def pg_home(tmp_path, pg_url):
    store = QAHome(tmp_path / "home", pg_url)
    store.ok("init")
    return store


def wait_for(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def calls_of(customer: str, prefix: str, count: int) -> list[Interaction]:
    return [
        Interaction.model_validate(json.loads(line(f"{prefix}-{n}", customer)))
        for n in range(count)
    ]


def fresh_reader(home: Path, url: str | None) -> Store:
    return Store.open(home, url, plugin_manager_with("keys"))


def readable_ids(home: Path, url: str | None = None) -> dict[str, bool]:
    """What a process opening the store now can read, id by id."""
    store = fresh_reader(home, url)
    out = {}
    try:
        for row in store.rows():
            try:
                out[row.id] = store.decrypt(row).id == row.id
            except DecryptionError:
                out[row.id] = False
    finally:
        store.engine.dispose()
    return out


# --- 1. a purge landing during an ingest ---------------------------------------------
# Two Store objects stand for two processes: each has its own copy of the keyring.


def test_a_purge_between_two_files_of_one_ingest_loses_nothing(tmp_path):
    """The ingest's keyring copy predates the purge: the late file must not use it."""
    home = tmp_path / "home"
    ingesting, _ = Store.init(home, None, plugin_manager_with("keys"))
    ingesting.ingest(calls_of(CUSTOMER, "big", 50), source="big.jsonl")
    purging = fresh_reader(home, None)
    assert purge_customer(purging, CUSTOMER).keys_destroyed == 1
    counts = ingesting.ingest(calls_of(CUSTOMER, "late", 2), source="late.jsonl")
    assert counts.stored == 2
    assert readable_ids(home) == {"late-0": True, "late-1": True}


def test_a_purge_inside_one_files_ingest_refuses_the_file_clearly(tmp_path, pg_url):
    """On PostgreSQL a purge can land mid-file: the file is refused whole, in one line."""
    home = tmp_path / "home"
    ingesting, _ = Store.init(home, pg_url, plugin_manager_with("keys"))
    ingesting.ingest(calls_of(CUSTOMER, "seed", 1), source="seed.jsonl")
    purging = fresh_reader(home, pg_url)

    def late_file():
        yield from calls_of(CUSTOMER, "late", INGEST_CHUNK)  # one chunk sealed already
        assert purge_customer(purging, CUSTOMER).keys_destroyed == 1
        yield from calls_of(CUSTOMER, "later", 3)

    with pytest.raises(KeysDestroyedMeanwhile) as refused:
        ingesting.ingest(late_file(), source="late.jsonl")
    assert str(refused.value).startswith("late.jsonl: a purge destroyed")
    assert readable_ids(home, pg_url) == {}  # nothing unreadable was kept
    again = ingesting.ingest(calls_of(CUSTOMER, "late", 3), source="late.jsonl")
    assert again.stored == 3
    assert set(readable_ids(home, pg_url).values()) == {True}
    ingesting.engine.dispose()
    purging.engine.dispose()


# --- 2. a full disk ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs, or a skip (saying why) where this machine cannot mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()[:80]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; the filler's path, to free it later."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler


def test_a_purge_on_a_full_disk_claims_nothing_and_a_rerun_completes(small_disk, tmp_path):
    """The keyring cannot be written: no rows go, no audit entry claims keys destroyed."""
    db = tmp_path / "db" / "store.db"
    db.parent.mkdir()
    store = QAHome(small_disk / "home", f"sqlite:///{db}")
    store.ok("init")
    calls = [line(f"c-{n}", CUSTOMER) for n in range(5)] + [line("other-1", "someone-else")]
    store.ok("ingest", str(write_lines(tmp_path / "calls.jsonl", calls)))
    filler = fill(small_disk)
    failed = store.run("purge", "--customer", CUSTOMER, "--json")
    assert failed.returncode == 2, failed.stderr
    assert failed.stderr.count("\n") == 1 and "no space left" in failed.stderr
    assert store.readable("c-0")  # nothing deleted, nothing claimed
    actions = _audit_actions(db)
    assert "purge_customer" not in actions
    assert store.run("audit", "verify").returncode == 0
    copy = tmp_path / "before.db"
    _snapshot(db, copy)
    filler.unlink()
    again = store.run("purge", "--customer", CUSTOMER, "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {"purged": 5, "held": 0, "keys_destroyed": 1}
    assert _audit_actions(db).count("purge_customer") == 1
    old = QAHome(small_disk / "home", f"sqlite:///{copy}")
    assert not old.readable("c-0")  # the key is gone: the old copy does not decrypt
    assert old.readable("other-1")


@pytest.mark.parametrize("command", ["ingest", "scan"])
def test_a_full_disk_is_one_clear_line_and_nothing_half_written(small_disk, tmp_path, command):
    store = QAHome(small_disk / "home")
    store.ok("init")
    first = write_lines(tmp_path / "first.jsonl", [line("first-1", "c-1")])
    store.ok("ingest", str(first))
    more = write_lines(tmp_path / "more.jsonl", [line(f"more-{n}", f"c-{n}") for n in range(120)])
    if command == "scan":
        store.ok("ingest", str(more))
    filler = fill(small_disk)
    done = store.run(command, *([str(more)] if command == "ingest" else []))
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and "no space left" in done.stderr
    assert "Traceback" not in done.stderr
    filler.unlink()
    assert store.readable("first-1")
    assert store.run("audit", "verify").returncode == 0
    # and the command completes once there is room
    store.ok(command, *([str(more)] if command == "ingest" else []))
    assert store.readable("more-119")


def _stored_ids(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {row[0] for row in conn.execute("select id from interactions")}


def _audit_actions(db: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return [row[0] for row in conn.execute("select action from audit_log order by seq")]


def _snapshot(db: Path, copy: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db, copy)


# --- 3. signals ----------------------------------------------------------------------


def test_sigterm_stops_a_scan_between_batches_and_the_rest_scans_later(sqlite_home, tmp_path):
    calls = [line(f"s-{n}", f"c-{n % 7}", 1 + n % 20) for n in range(150)]
    sqlite_home.ok("ingest", str(write_lines(tmp_path / "calls.jsonl", calls)))
    scan = sqlite_home.start("scan", "--json")
    wait_for(lambda: "scan_batch" in _audit_actions(sqlite_home.home / "store.db"), 120)
    scan.send_signal(signal.SIGTERM)
    _, err = scan.communicate(timeout=120)
    assert scan.returncode in (0, 1, 130, 143), err
    assert "Traceback" not in err
    assert sqlite_home.run("audit", "verify").returncode == 0
    rest = json.loads(sqlite_home.ok("scan", "--json"))
    assert rest["failed"] == 0
    results = [json.loads(t) for t in sqlite_home.ok("results", "--json").splitlines()]
    assert sorted(r["id"] for r in results) == sorted(f"s-{n}" for n in range(150))


def test_sigkill_at_random_points_of_an_ingest_leaves_whole_files(sqlite_home, tmp_path):
    files = [
        write_lines(tmp_path / f"f{k}.jsonl", [line(f"k{k}-{n}", f"c-{n}") for n in range(200)])
        for k in range(4)
    ]
    for delay in (0.4, 1.4):
        ingest = sqlite_home.start("ingest", *map(str, files))
        time.sleep(delay)
        ingest.send_signal(signal.SIGKILL)
        ingest.communicate(timeout=30)
        ids = _stored_ids(sqlite_home.home / "store.db")
        for k in range(4):  # a file is wholly there or wholly absent
            assert all(f"k{k}-{n}" in ids for n in range(200)) or not any(
                f"k{k}-{n}" in ids for n in range(200)
            )
        assert sqlite_home.run("audit", "verify").returncode == 0
    sqlite_home.ok("ingest", *map(str, files))
    assert all(sqlite_home.readable(f"k{k}-199") for k in range(4))


# --- 4. a purge racing a scan ---------------------------------------------------------


def test_a_purge_during_a_scan_leaves_no_result_rows(sqlite_home, tmp_path):
    calls = [line(f"p-{n}", CUSTOMER if n % 2 else "keep", 1 + n % 20) for n in range(150)]
    sqlite_home.ok("ingest", str(write_lines(tmp_path / "calls.jsonl", calls)))
    scan = sqlite_home.start("scan", "--json")
    wait_for(lambda: "scan_batch" in _audit_actions(sqlite_home.home / "store.db"), 120)
    purge = sqlite_home.run("purge", "--customer", CUSTOMER, "--json")
    assert purge.returncode == 0, purge.stderr
    scan.communicate(timeout=300)
    assert _orphan_results(sqlite_home.home / "store.db") == 0


def test_a_second_purge_sweeps_result_rows_left_by_an_older_version(sqlite_home, tmp_path):
    calls = [line(f"o-{n}", CUSTOMER) for n in range(3)] + [line("o-keep", "keep")]
    sqlite_home.ok("ingest", str(write_lines(tmp_path / "calls.jsonl", calls)))
    sqlite_home.ok("scan")
    db = sqlite_home.home / "store.db"
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("delete from interactions where id = 'o-0'")  # as the old race left it
    assert _orphan_results(db) == 1
    first = json.loads(sqlite_home.ok("purge", "--customer", CUSTOMER, "--json"))
    assert first["purged"] == 2 and _orphan_results(db) == 0


def test_concurrent_scans_audit_what_they_wrote(sqlite_home, tmp_path):
    calls = [line(f"k-{n}", f"c-{n % 9}", 1 + n % 20) for n in range(150)]
    sqlite_home.ok("ingest", str(write_lines(tmp_path / "calls.jsonl", calls)))
    scans = [sqlite_home.start("scan", "--json") for _ in range(2)]
    for scan in scans:
        _, err = scan.communicate(timeout=600)
        assert scan.returncode == 0, err
    db = sqlite_home.home / "store.db"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        written = conn.execute("select count(*) from results").fetchone()[0]
        claimed = sum(
            json.loads(details)["results"]
            for (details,) in conn.execute(
                "select details from audit_log where action = 'scan_batch'"
            )
        )
    assert written == 150 and claimed == written


def _orphan_results(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "select count(*) from results where interaction_id not in (select id from interactions)"
        ).fetchone()[0]


def test_a_purge_that_could_not_write_the_keyring_is_not_finished_later_unaudited(
    small_disk, tmp_path
):
    """A long-lived process (the scheduler) keeps its keyring: a failed purge must not
    destroy the key with that process's next, unrelated save."""
    db = tmp_path / "db" / "store.db"
    db.parent.mkdir()
    store, _ = Store.init(small_disk / "home", f"sqlite:///{db}", plugin_manager_with("keys"))
    store.ingest(calls_of(CUSTOMER, "c", 3), source="calls.jsonl")
    filler = fill(small_disk)
    with pytest.raises(OSError):
        purge_customer(store, CUSTOMER)
    filler.unlink()
    store.ingest(calls_of("someone-else", "other", 1), source="more.jsonl")  # saves
    assert readable_ids(small_disk / "home", f"sqlite:///{db}") == {
        "c-0": True,
        "c-1": True,
        "c-2": True,
        "other-0": True,
    }
    store.engine.dispose()
