"""Scheduled scans: schedules in the store's database, one scheduler at a time (a lease)."""

import itertools
import json
import os
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from qa_cli import QA, QAResult, run_in_process
from sqlmodel import Session, select

from qa_core.scheduling.schedules import opened_job_store
from qa_core.store.schema import ScheduledRun
from qa_core.store.store import Store
from qa_core.testing import plugin_manager_with

pytestmark = pytest.mark.slow  # schedulers waiting on real time

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "interactions"


def test_schedules_are_added_listed_and_removed_with_clear_errors(run_qa):
    assert run_qa("init").returncode == 0
    added = run_qa("schedule", "add", "--cron", "0 2 * * *", "--ruleset", "payments")
    assert added.returncode == 0, added.stderr
    assert "added schedule payments-cron-0-2-x-x-x" in added.stdout
    quick = run_qa("schedule", "add", "--every", "15m", "--name", "quick")
    assert quick.returncode == 0, quick.stderr
    listed = {s["name"]: s for s in json.loads(run_qa("schedule", "list", "--json").stdout)}
    assert set(listed) == {"payments-cron-0-2-x-x-x", "quick"}
    assert listed["quick"]["ruleset"] == "default" and listed["quick"]["when"] == "every 15m"
    assert "T02:00:00" in listed["payments-cron-0-2-x-x-x"]["next_run"]
    for args, message in [
        (("--cron", "0 2 * * *", "--every", "1h"), "give exactly one of --cron"),
        (("--cron", "61 2 * * *"), "--cron: not a crontab expression"),
        (("--every", "soon"), "--every: 'soon' is not an interval"),
        (("--every", "1h", "--ruleset", "nope"), "nope"),
        (("--every", "1h", "--name", "quick"), "a schedule named 'quick' exists"),
        (("--every", "1h", "--name", "Bad Name"), "--name: a schedule name is lowercase"),
        (("--every", "1h", "--executor", "nowhere"), "no scan executor named 'nowhere'"),
    ]:
        bad = run_qa("schedule", "add", *args)
        assert bad.returncode == 2 and message in bad.stderr, (args, bad.stderr)
        assert len(bad.stderr.strip().splitlines()) == 1
    assert run_qa("schedule", "remove", "quick").returncode == 0
    gone = run_qa("schedule", "remove", "quick")
    assert gone.returncode == 2 and "no schedule named 'quick'" in gone.stderr
    status = json.loads(run_qa("status", "--json").stdout)
    assert [s["name"] for s in status["schedules"]] == ["payments-cron-0-2-x-x-x"]
    assert status["schedules"][0]["last_run"] is None and status["scheduler"]["holder"] is None
    assert "qa_scheduler_running 0" in run_qa("status", "--prometheus").stdout
    assert run_qa("audit", "verify").returncode == 0


def test_missed_runs_coalesce_into_one(tmp_path, runner):
    home = tmp_path / "home"
    qa = runner({"QA_HOME": str(home)})
    qa.ok("init")
    qa.ok("ingest", str(EXAMPLES / "default"))
    qa.ok("schedule", "add", "--every", "1h", "--name", "hourly")
    store = open_store(home)
    jobs = opened_job_store(store.engine)  # as if the scheduler had been down five hours
    job = jobs.lookup_job("hourly")
    job._modify(next_run_time=datetime.now(UTC) - timedelta(hours=5))
    jobs.update_job(job)
    scheduler = qa.start("scheduler", "run", "--poll", "0.5", name="one")
    wait_for(lambda: finished_runs(store) >= 1, "a run after start")
    time.sleep(2)
    stop(scheduler)
    runs = all_runs(store)
    assert len(runs) == 1 and runs[0].status == "done" and runs[0].scanned == 10
    status = json.loads(qa.ok("status", "--json").stdout)
    hourly = status["schedules"][0]
    assert hourly["last_run"]["status"] == "done"
    assert hourly["next_run"] > hourly["last_run"]["started_at"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_one_scheduler_runs_the_others_stand_by_and_take_over(request, tmp_path, backend, runner):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    home = tmp_path / "home"
    qa = runner({"QA_HOME": str(home), **({"QA_DB_URL": url} if url else {})})
    qa.ok("init")
    qa.ok("ingest", str(EXAMPLES / "default"))
    first = qa.start("scheduler", "run", "--poll", "0.5", name="first")
    qa.wait_log("first", "holding the scheduler lease")
    second = qa.start("scheduler", "run", "--poll", "0.5", name="second")
    qa.wait_log("second", "standing by")
    store = open_store(home, url)
    # added while a scheduler runs: picked up at its next poll
    qa.ok("schedule", "add", "--every", "2s", "--name", "quick")
    wait_for(lambda: count_results(store) == 10, "the first scheduled scan")
    qa.ok("ingest", str(EXAMPLES / "payments"))
    wait_for(lambda: count_results(store) == 18, "new interactions picked up")
    status = json.loads(qa.ok("status", "--json").stdout)
    assert status["scheduler"]["holder"].split(":")[1] == str(first.pid)
    assert status["schedules"][0]["last_run"]["status"] in ("done", "running")

    stop(first)  # SIGTERM: the holder finishes its batch and hands the lease back
    handed_over = time.time()
    qa.wait_log("second", "holding the scheduler lease")
    qa.ok("ingest", str(EXAMPLES / "collections"))
    wait_for(lambda: count_results(store) == 27, "the standby took over")

    qa.ok("schedule", "remove", "quick")
    removed = time.time()
    time.sleep(4)
    stop(second)

    runs = all_runs(store)
    assert runs and all(run.status == "done" for run in runs)
    for earlier, later in itertools.pairwise(runs):  # never two runs at once
        assert earlier.finished_at <= later.started_at
    pids = {str(first.pid): "first", str(second.pid): "second"}
    holders = [pids[run.holder.split(":")[1]] for run in runs]
    handed = holders.index("second")  # first ran everything until it handed over
    assert set(holders[:handed]) == {"first"} and set(holders[handed:]) == {"second"}
    assert runs[handed - 1].finished_at.timestamp() < handed_over
    assert max(run.started_at.timestamp() for run in runs) < removed + 1.5
    total, distinct = count_results(store), distinct_results(store)
    assert (total, distinct) == (27, 27)
    assert store.verify_audit().ok
    store.engine.dispose()


# --- helpers -----------------------------------------------------------------------


@pytest.fixture
def runner(tmp_path):
    """Runs qa commands; schedulers a failed test left running are killed afterwards."""
    made = []

    def make(env: dict) -> QARunner:
        made.append(QARunner(env, tmp_path))
        return made[-1]

    yield make
    for qa in made:
        for process in qa.processes:
            if process.poll() is None:
                process.kill()
                process.wait()


class QARunner:
    def __init__(self, env: dict, folder: Path) -> None:
        self.overrides = env
        self.env = {**os.environ, **env}
        self.folder = folder
        self.logs: dict[str, Path] = {}
        self.processes: list[subprocess.Popen] = []

    def ok(self, *args: str) -> QAResult:
        """A command that ends by itself, in this process (schedulers are ``start``ed)."""
        done = run_in_process(*args, env=self.overrides)
        assert done.returncode in (0, 1), (args, done.stderr)
        return done

    def start(self, *args: str, name: str) -> subprocess.Popen:
        log = self.folder / f"{name}.log"
        self.logs[name] = log
        with log.open("w") as handle:
            process = subprocess.Popen(
                [str(QA), *args], env=self.env, stdout=handle, stderr=subprocess.STDOUT
            )
        self.processes.append(process)
        return process

    def wait_log(self, name: str, text: str) -> None:
        wait_for(lambda: text in self.logs[name].read_text(), f"{name}: {text!r}")


def wait_for(condition, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.25)


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=90) == 0


def open_store(home: Path, url: str | None = None) -> Store:
    return Store.open(home, url, plugin_manager_with("keys"))


def count_results(store: Store) -> int:
    from sqlmodel import func

    from qa_core.store.schema import StoredResult

    with Session(store.engine) as session:
        return session.exec(select(func.count()).select_from(StoredResult)).one()


def distinct_results(store: Store) -> int:
    from qa_core.store.schema import StoredResult

    with Session(store.engine) as session:
        return len(set(session.exec(select(StoredResult.interaction_id)).all()))


def all_runs(store: Store) -> list[ScheduledRun]:
    with Session(store.engine) as session:
        return list(session.exec(select(ScheduledRun).order_by(ScheduledRun.id)).all())


def finished_runs(store: Store) -> int:
    return sum(run.finished_at is not None for run in all_runs(store))
