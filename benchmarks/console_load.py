"""The review console under load: page times at 1, 10 and 50 concurrent sessions.

Builds a store of generated 10-turn calls (as ``scan.py`` does) at each size, scores it
with a script-only ruleset, adds an officer, serves it with ``qa serve --workers 2`` on
loopback,
and has N signed-in sessions (threads, each its own HTTP client and cookie) fetch pages
for a bounded count and time: the scorecards index filtered by agent and paged, an
interaction's page (random ids), and the audit page. It prints p50/p95 per page and
concurrency, against the target (p95 < 200 ms at 10 sessions on this 2-core machine),
and the large store's p95 beside the small one's (a page whose time grows with the
store's size would show here). There is no plain-Presidio baseline: Presidio serves no
pages.

    .venv/bin/python benchmarks/console_load.py [--sizes 1000,100000]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSWORD = "load test passphrase 7"
SESSIONS = (1, 10, 50)
REQUESTS = 400  # per page and concurrency, spread over the sessions
SECONDS = 60.0  # and never longer than this per page and concurrency
TARGET_P95_MS = 200.0
WORKERS = 2  # one server process per core
QA = Path(sys.executable).parent / "qa"


def prepare(home: Path, size: int) -> list[str]:
    from scan import SCRIPT_ONLY, build
    from scan import run as scan_run

    from qa_core.console.accounts import add_user
    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    build(home, size, 1000)
    ruleset = home.parent / f"script-only-{size}.yaml"
    ruleset.write_text(SCRIPT_ONLY)
    scan_run("scan", home, 1, str(ruleset))
    store = Store.open(home, None, make_plugin_manager(disabled=()))
    add_user(store, "officer", "officer", None, PASSWORD)
    rows = list(store.rows())
    return [r.id for r in rows]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def load(url: str, paths: list[str], sessions: int) -> tuple[list[float], int]:
    """Milliseconds per request, and how many failed. Every session signs in first
    (argon2 is slow on purpose), and the clock starts when all have."""
    import httpx

    times: list[float] = []
    failures = [0]
    lock = threading.Lock()
    per = max(1, REQUESTS // sessions)
    ready = threading.Barrier(sessions)
    deadline = [0.0]

    def session(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=30) as client:
            client.post("/login", data={"username": "officer", "password": PASSWORD})
            if ready.wait() == 0:
                deadline[0] = time.monotonic() + SECONDS
            ready_at = time.monotonic()
            for _ in range(per):
                if time.monotonic() > max(deadline[0], ready_at + 1) + SECONDS:
                    return
                start = time.perf_counter()
                done = client.get(rng.choice(paths))
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    times.append(elapsed)
                    failures[0] += done.status_code != 200

    threads = [threading.Thread(target=session, args=(n,)) for n in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, failures[0]


def serve(home: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "QA_HOME": str(home)}
    process = subprocess.Popen(
        [str(QA), "serve", "--port", str(port), "--workers", str(WORKERS)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("qa serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",") if n]
    p95: dict[tuple[int, str, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        for size in sizes:
            home = Path(tmp_name) / f"store-{size}"
            started = time.perf_counter()
            ids = prepare(home, size)
            print(f"store of {size} scored calls built in {time.perf_counter() - started:.0f} s")
            process, url = serve(home)
            try:
                import httpx

                first = httpx.get(f"{url}/login").status_code
                assert first == 200, first
                # the index's later pages: the ids a reader paging on would start after
                afters = [ids[k] for k in range(0, len(ids), max(1, len(ids) // 50))]
                sample = random.Random(1).sample(ids, min(200, len(ids)))
                pages = {
                    "index (agent, paged)": [
                        f"/?agent=a-{t}&after={a}" for t in range(4) for a in afters[:10]
                    ] + ["/", "/?team=billing"],
                    "interaction": [f"/interactions/{i}" for i in sample],
                    "audit": ["/audit"],
                }  # fmt: skip
                for sessions in SESSIONS:
                    for name, paths in pages.items():
                        times, failed = load(url, paths, sessions)
                        p95[(size, name, sessions)] = percentile(times, 0.95)
                        mark = ""
                        if sessions == 10:
                            ok = p95[(size, name, sessions)] < TARGET_P95_MS
                            mark = "  target met" if ok else "  TARGET MISSED"
                        print(
                            f"  {size:>7} calls, {sessions:>2} sessions, {name:<20} "
                            f"p50 {percentile(times, 0.5):7.1f} ms  p95 "
                            f"{p95[(size, name, sessions)]:7.1f} ms  ({len(times)} requests, "
                            f"{failed} failed){mark}"
                        )
            finally:
                process.terminate()
                process.wait(timeout=30)
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        for name in ("index (agent, paged)", "interaction", "audit"):
            ratio = p95[(large, name, 10)] / p95[(small, name, 10)]
            print(
                f"  {name}: p95 at 10 sessions, {large} vs {small} calls: {ratio:.2f}x (flat: ~1x)"
            )


if __name__ == "__main__":
    main()
