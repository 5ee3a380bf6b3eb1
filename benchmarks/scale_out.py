"""Celery workers against the process pool, on the same PostgreSQL store, in one run.

Builds a PostgreSQL store of generated 10-turn calls, then scores all of it (``--rescan``,
same work every time) with: the process pool (2 workers), Celery with 1 worker, with 2
workers, and with one worker of concurrency 2 (Redis broker by default). The machine's
speed drifts over minutes (a shared VM here), so each of ``--rounds`` rounds measures
every setup in a rotated order, comparisons are made within a round, and medians are
printed. Prints wall-clock throughput and the
CPU-seconds each run spent per interaction in qa_core's own processes (the scan and its
workers; PostgreSQL and the broker are shared and not counted). Celery workers are
started and warmed up before the clock starts, as long-lived workers are; the pool's
start-up (spawning, loading spaCy) is measured on a one-batch scan and subtracted.

Targets: Celery's CPU per interaction within 10 % of the pool's; 2 Celery workers at
least 1.5x one in wall-clock time (2 cores, shared with PostgreSQL and the broker).

    .venv/bin/python benchmarks/scale_out.py [--calls 600] [--batch-size 25] [--rounds 3]
        [--broker redis://127.0.0.1:6379/12 | amqp://guest:guest@127.0.0.1:5672//]
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from statistics import median

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

QA = Path(sys.executable).parent / "qa"
ADMIN = os.environ.get("QA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def descendants(pid: int) -> list[int]:
    """``pid`` and every live process under it (a prefork worker's pool processes)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [pid, *(d for child in children for d in descendants(int(child)))]


def tree_cpu(pid: int) -> float:
    total = 0.0
    for member in descendants(pid):
        try:
            total += cpu_of(member)
        except FileNotFoundError:  # a pool process that just exited
            continue
    return total


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(home: Path, db: str, calls: int) -> None:
    from bench_ingest import interactions

    from qa_core.iterating import batched
    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    store, _ = Store.init(home, db, make_plugin_manager(disabled=()))
    for chunk in batched(interactions(calls, max(calls // 3, 1)), 2000):
        store.ingest(chunk, source="bench")
    warmup = [  # eight more calls of their own team, to warm workers up on
        i.model_copy(update={"id": f"warmup-{n}", "team": "warmup"})
        for n, i in enumerate(interactions(8, 8, seed=9))
    ]
    store.ingest(warmup, source="bench warm-up")
    store.engine.dispose()


def scan(env: dict, *args: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the scan process and its children)."""
    before_cpu, start = children_cpu(), time.perf_counter()
    done = subprocess.run(
        [str(QA), "scan", "--rescan", "--json", *args], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return time.perf_counter() - start, children_cpu() - before_cpu


def workers(env: dict, broker: str, count: int, concurrency: int = 1) -> list[subprocess.Popen]:
    """Start ``count`` workers with the default ruleset preloaded; return once all answer."""
    from qa_celery.app import make_app

    procs = [
        subprocess.Popen(
            [
                str(QA),
                "worker",
                "--broker",
                broker,
                "--name",
                f"bench{n}@%h",
                "--preload",
                "default",
                "--concurrency",
                str(concurrency),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(count)
    ]
    app = make_app(broker)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        answered = app.control.inspect(timeout=1.0).ping() or {}
        pools_up = all(len(descendants(p.pid)) > concurrency for p in procs) or concurrency == 1
        if len([n for n in answered if n.startswith("bench")]) >= count and pools_up:
            return procs
    raise SystemExit("workers did not start")


POOL = "pool, 2 workers"
CELERY = {  # label: (qa worker processes, --concurrency of each)
    "celery, 1 worker": (1, 1),
    "celery, 2 workers": (2, 1),
    "celery, 1 worker x2": (1, 2),  # one `qa worker --concurrency 2`
}


def measure_pool(env: dict, size: list[str]) -> tuple[float, float]:
    """The pool's scan, less its start-up (spawning, loading spaCy: a one-batch scan)."""
    startup_wall, startup_cpu = scan(
        env, "--workers", "2", "--executor", "pool", "--batch-size", "1", "--team", "warmup"
    )
    wall, cpu = scan(env, "--workers", "2", "--executor", "pool", "--team", "billing", *size)
    return wall - startup_wall, cpu - startup_cpu


def measure_celery(
    env: dict, broker: str, size: list[str], count: int, concurrency: int
) -> tuple[float, float, float, float]:
    """(wall, CPU, of which the scan process, largest worker MB) with warm workers."""
    procs = workers(env, broker, count, concurrency)
    try:
        # a small scan first: its scan process's own cost (start-up, plugins) is the
        # timed scan's fixed cost too, and is subtracted as the pool's start-up is
        celery = ["--executor", "celery", "--broker", broker]
        _, fixed_cpu = scan(env, *celery, "--team", "warmup", "--batch-size", "1")
        warm = sum(tree_cpu(p.pid) for p in procs)
        wall, scan_cpu = scan(env, *celery, "--team", "billing", *size)
        worker_cpu = sum(tree_cpu(p.pid) for p in procs) - warm
        rss = max(rss_mb(pid) for p in procs for pid in descendants(p.pid))
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(timeout=60)
    scan_cpu -= fixed_cpu
    return wall, scan_cpu + worker_cpu, scan_cpu, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=600)
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--batch-size", default="25", help="the same for every run")
    parser.add_argument(
        "--rounds", type=int, default=3, help="each round measures every setup once"
    )
    args = parser.parse_args()
    name = f"qa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = ADMIN.rsplit("/", 1)[0] + "/" + name
    home = Path(f"/tmp/{name}")
    try:
        build(home, db, args.calls)
        env = {**os.environ, "QA_HOME": str(home), "QA_DB_URL": db}
        calls = args.calls
        size = ["--batch-size", args.batch_size]
        rounds: list[dict[str, tuple[float, float]]] = []
        setups = [POOL, *CELERY]
        for number in range(args.rounds):
            # the machine's speed drifts over minutes: every round measures every setup,
            # in a rotated order, and comparisons are made within a round
            order = setups[number % len(setups) :] + setups[: number % len(setups)]
            measured: dict[str, tuple[float, float]] = {}
            for label in order:
                if label == POOL:
                    measured[label] = measure_pool(env, size)
                    continue
                wall, cpu, scan_cpu, rss = measure_celery(env, args.broker, size, *CELERY[label])
                measured[label] = (wall, cpu)
                print(
                    f"  round {number + 1}, {label}: {calls / wall:.1f}/s, "
                    f"{1000 * cpu / calls:.1f} ms CPU per interaction (scan process "
                    f"{1000 * scan_cpu / calls:.1f} ms); largest worker process {rss:.0f} MB"
                )
            print(
                f"  round {number + 1}, {POOL}: {calls / measured[POOL][0]:.1f}/s, "
                f"{1000 * measured[POOL][1] / calls:.1f} ms CPU per interaction"
            )
            rounds.append(measured)
        print(
            f"scale-out: {calls} calls of 10 turns, default ruleset (PCI + HIPAA + script), "
            f"PostgreSQL store, broker {args.broker.split('://')[0]}, "
            f"median of {len(rounds)} rounds"
        )
        for label in setups:
            wall = median(r[label][0] for r in rounds)
            cpu = median(r[label][1] for r in rounds)
            print(
                f"  {label:<20}: {calls / wall:6.1f} interactions/s wall-clock, "
                f"{1000 * cpu / calls:6.1f} ms CPU per interaction"
            )
        for label in ("celery, 2 workers", "celery, 1 worker x2"):
            overhead = median(100 * (r[label][1] / r[POOL][1] - 1) for r in rounds)
            speed_up = median(r["celery, 1 worker"][0] / r[label][0] for r in rounds)
            print(
                f"  {label}: CPU per interaction vs the pool {overhead:+.1f} % "
                f"(target <= 10 %); {speed_up:.2f}x one worker (target >= 1.5x)"
            )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        subprocess.run(["rm", "-rf", str(home)], check=False)


if __name__ == "__main__":
    main()
