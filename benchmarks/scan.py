"""Scan throughput, no-op rescan time and memory, against plain Presidio's analysis.

Builds a store of generated calls (10 turns each), scans it with the ``default`` ruleset
(PCI + HIPAA analysis and script rules) with 1 and 2 workers, times plain Presidio's
analysis of the same turns, then times a no-op rescan (nothing left to score). Each
measurement runs in a fresh process so peak RSS is its own.

    .venv/bin/python benchmarks/scan.py [--calls 1000] [--rescan-calls 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def build(home: Path, calls: int) -> None:
    from bench_ingest import interactions

    from qa_core.iterating import batched
    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    store, _ = Store.init(home, None, make_plugin_manager(disabled=()))
    for chunk in batched(interactions(calls, max(calls // 3, 1)), 5000):
        store.ingest(chunk, source="bench")


def scan(home: Path, workers: int) -> dict:
    from qa_core.plugins import make_plugin_manager
    from qa_core.ruleset.catalog import resolve_ruleset
    from qa_core.scanning import run_scan
    from qa_core.store.store import Store

    pm = make_plugin_manager(disabled=())
    store = Store.open(home, None, pm)
    ruleset = resolve_ruleset("default", pm)
    start = time.perf_counter()
    counts = run_scan(store, ruleset, pm, url=None, workers=workers, batch_size=100)
    return {"seconds": time.perf_counter() - start, **counts.to_json()}


def presidio(home: Path) -> dict:
    from redaction_speed import run_presidio

    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    store = Store.open(home, None, make_plugin_manager(disabled=()))
    docs = [store.decrypt(row).to_json_dict() for row in store.rows()]
    return {**run_presidio(docs), "turns": sum(len(d["turns"]) for d in docs)}


def worker(kind: str, home: str, workers: int) -> None:
    path = Path(home)
    result = scan(path, workers) if kind == "scan" else presidio(path)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run(kind: str, home: Path, workers: int = 1) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(home), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument(
        "--rescan-calls",
        type=int,
        default=0,
        help="also build and fully scan a store this big, then time a no-op "
        "rescan (slow: it scans everything once first)",
    )
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], int(args.worker[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        one, two = Path(tmp) / "one", Path(tmp) / "two"
        build(one, args.calls)
        build(two, args.calls)
        turns = args.calls * 10
        single, double = run("scan", one, 1), run("scan", two, 2)
        plain = run("presidio", one)
        noop = run("scan", one, 1)
        print(f"scan: {args.calls} calls, {turns} turns, ruleset default (pci + hipaa + script)")
        for label, r in (("1 worker ", single), ("2 workers", double)):
            print(
                f"  {label}: {args.calls / r['seconds']:7.1f} interactions/s "
                f"{turns / r['seconds']:8.1f} turns/s, peak RSS {r['peak_mb']:.0f} MB"
            )
        print(f"  plain Presidio analysis alone: {plain['turns'] / plain['seconds']:8.1f} turns/s")
        print(
            f"  full scan vs plain Presidio (1 worker): "
            f"{(turns / single['seconds']) / (plain['turns'] / plain['seconds']):.2f}x "
            f"(target 2x); 2 workers vs 1: {single['seconds'] / double['seconds']:.2f}x "
            f"(target 1.7x)"
        )
        print(f"  no-op rescan of {args.calls}: {noop['seconds']:.2f} s")
        if args.rescan_calls:
            big = Path(tmp) / "big"
            build(big, args.rescan_calls)
            run("scan", big, 2)
            again = run("scan", big, 1)
            print(f"  no-op rescan of {args.rescan_calls}: {again['seconds']:.2f} s (target < 3 s)")


if __name__ == "__main__":
    main()
