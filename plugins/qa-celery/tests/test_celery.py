"""Real brokers, real PostgreSQL, real `qa worker` processes: every result exactly once,
also when a worker is killed with SIGKILL in the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from qa_cli import QA, QAResult, run_in_process
from services import service_or_skip
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.slow  # real brokers and worker processes

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
BROKERS = {
    "redis": "redis://127.0.0.1:6379/11",
    "rabbitmq": "amqp://guest:guest@127.0.0.1:5672//",
}


@pytest.fixture(params=sorted(BROKERS))
def broker(request) -> str:
    url = BROKERS[request.param]
    service_or_skip(url, request.param)
    from qa_celery.app import make_app

    make_app(url).control.purge()  # nothing left over from an earlier run
    return url


def qa(home: Path, *args: str, db: str) -> QAResult:
    """A command that finishes by itself (no worker, no kill): run in this process."""
    return run_in_process(*args, env={"QA_HOME": str(home), "QA_DB_URL": db})


def start_worker(
    home: Path, broker: str, db: str, name: str, log: Path, *extra: str
) -> subprocess.Popen:
    env = {**os.environ, "QA_HOME": str(home), "QA_DB_URL": db}
    with log.open("w") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [
                str(QA),
                "worker",
                "--broker",
                broker,
                "--name",
                name,
                "--visibility-timeout",
                "8",
                *extra,
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def start_scan(home: Path, broker: str, db: str) -> subprocess.Popen:
    """A Celery scan in two-interaction batches, so a scan has many batches to lose."""
    env = {**os.environ, "QA_HOME": str(home), "QA_DB_URL": db}
    command = ["scan", "--executor", "celery", "--broker", broker, "--batch-size", "2", "--json"]
    return subprocess.Popen(
        [str(QA), *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def counts(db: str) -> tuple[int, int]:
    engine = create_engine(db)
    with engine.connect() as conn:
        total = conn.execute(text("select count(*) from results")).scalar_one()
        distinct = conn.execute(
            text("select count(distinct interaction_id) from results")
        ).scalar_one()
    engine.dispose()
    return total, distinct


@pytest.fixture
def store(tmp_path, pg_url) -> tuple[Path, str, int]:
    home = tmp_path / "qa-home"
    assert qa(home, "init", db=pg_url).returncode == 0
    done = qa(home, "ingest", str(EXAMPLES / "interactions"), str(EXAMPLES / "contacts"), db=pg_url)
    assert done.returncode == 0, done.stderr
    stored = int(done.stdout.split("ingested ")[1].split(" ")[0])
    return home, pg_url, stored


def test_every_result_exactly_once_even_when_a_worker_is_killed(store, broker, tmp_path):
    home, db, stored = store
    workers = [
        start_worker(home, broker, db, f"w{n}@qa-test", tmp_path / f"w{n}.log") for n in (1, 2)
    ]
    scan = start_scan(home, broker, db)
    try:
        deadline = time.monotonic() + 120
        while counts(db)[0] < 6 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers[0].send_signal(signal.SIGKILL)  # in the middle of its batch, most likely
        workers[0].wait()
        replacement = start_worker(home, broker, db, "w3@qa-test", tmp_path / "w3.log")
        workers.append(replacement)
        out, err = scan.communicate(timeout=300)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(timeout=30)
            except subprocess.TimeoutExpired:
                w.kill()
    assert scan.returncode == 0, err
    report = json.loads(out)
    assert report["failed"] == 0
    assert counts(db) == (stored, stored)  # every result exactly once
    assert qa(home, "audit", "verify", db=db).returncode == 0
    again = json.loads(qa(home, "scan", "--json", db=db).stdout)
    assert again["scanned"] == 0 and again["skipped"] == stored


def pool_processes(worker: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{worker.pid}/task/{worker.pid}/children")
    return [int(pid) for pid in children.read_text().split()]


def test_a_worker_with_a_process_pool_survives_losing_a_pool_process(store, tmp_path):
    home, db, stored = store
    broker = BROKERS["redis"]
    service_or_skip(broker, "redis")
    from qa_celery.app import make_app

    make_app(broker).control.purge()
    worker = start_worker(
        home,
        broker,
        db,
        "pool@qa-test",
        tmp_path / "pool.log",
        "--concurrency",
        "2",
        "--preload",
        "default",
    )
    try:
        deadline = time.monotonic() + 120
        while len(pool_processes(worker)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(pool_processes(worker)) == 2, (tmp_path / "pool.log").read_text()
        scan = start_scan(home, broker, db)
        while counts(db)[0] < 6 and time.monotonic() < deadline:
            time.sleep(0.2)
        os.kill(pool_processes(worker)[0], signal.SIGKILL)  # Celery starts a new one
        out, err = scan.communicate(timeout=300)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    assert scan.returncode == 0, err
    assert json.loads(out)["failed"] == 0
    assert counts(db) == (stored, stored)


def test_a_scan_without_a_broker_says_so(store, tmp_path):
    home, db, _ = store
    env_free = qa(home, "scan", "--executor", "celery", db=db)
    assert env_free.returncode == 2
    assert "the celery executor needs --broker URL" in env_free.stderr


def test_a_batch_that_keeps_failing_is_parked_then_resumed(store, tmp_path):
    home, db, _ = store
    broker = BROKERS["redis"]
    service_or_skip(broker, "redis")
    from qa_celery.app import make_app

    make_app(broker).control.purge()
    env = {**os.environ, "QA_HOME": str(home), "QA_DB_URL": db}
    # a worker without the script plugin cannot load the default ruleset: every try fails
    crippled = subprocess.Popen(
        [str(QA), "worker", "--broker", broker, "--name", "crippled@qa-test"],
        env={**env, "QA_DISABLE_PLUGINS": "script"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        done = subprocess.run(
            [
                str(QA),
                "scan",
                "--executor",
                "celery",
                "--broker",
                broker,
                "--team",
                "billing",
                "--json",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        crippled.send_signal(signal.SIGTERM)
        crippled.wait(timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scanned"] == 0 and "stays pending" in done.stderr
    status = qa(home, "status", "--json", db=db)
    assert status.returncode == 1  # parked batches are something to act on
    parked = json.loads(status.stdout)["parked_batches"]
    assert parked and all("unknown rule type 'script.phrase'" in p["error"] for p in parked)
    assert counts(db) == (0, 0)
    healthy = start_worker(home, broker, db, "healthy@qa-test", tmp_path / "healthy.log")
    try:
        resumed = subprocess.run(
            [
                str(QA),
                "scan",
                "--executor",
                "celery",
                "--broker",
                broker,
                "--team",
                "billing",
                "--resume",
                "--json",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        healthy.send_signal(signal.SIGTERM)
        healthy.wait(timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["scanned"] == counts(db)[0] > 0
    assert json.loads(qa(home, "status", "--json", db=db).stdout)["parked_batches"] == []


def test_status_shows_the_broker_queue(store, broker):
    home, db, _ = store
    done = qa(home, "status", "--json", "--broker", broker, db=db)
    assert done.returncode == 0, done.stderr
    queue = json.loads(done.stdout)["queues"]["celery"]
    assert queue["queued"] == 0 and queue["running"] == 0 and isinstance(queue["workers"], list)
    text = qa(home, "status", "--prometheus", "--broker", broker, db=db).stdout
    assert 'qa_batches_queued{executor="celery"} 0' in text


def test_a_worker_refuses_a_ruleset_it_cannot_preload(tmp_path):
    env = {**os.environ, "QA_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(QA), "worker", "--broker", BROKERS["redis"], "--preload", "no-such-ruleset"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2 and "no ruleset file or bundled ruleset named" in done.stderr
