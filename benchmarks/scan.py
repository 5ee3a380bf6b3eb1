"""Scan throughput, no-op rescan time and memory, against plain Presidio's analysis.

Part 1 builds a store of generated calls (10 turns each), scans it with the ``default``
ruleset (PCI + HIPAA analysis and script rules) with 1 and 2 workers, and times plain
Presidio's analysis of the same turns, in the same run.

Part 2 builds stores of 10k and 100k calls, scans each fully with a script-only
ruleset that redacts nothing (the scan engine's own cost: read, decrypt, score, seal,
write; the NLP cost is part 1's) and compares their peak memory, then times a no-op
rescan of each (every interaction already scored: the pending query alone). Each
measurement runs in a fresh process so peak RSS is its own.

    .venv/bin/python benchmarks/scan.py [--calls 3000] [--sizes 10000,100000] [--customers 1000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peak import peak_mb


def build(home: Path, calls: int, customers: int | None = None) -> None:
    """A store of ``calls`` generated calls from ``customers`` customers (calls // 3)."""
    from bench_ingest import interactions

    from qa_core.iterating import batched
    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    store, _ = Store.init(home, None, make_plugin_manager(disabled=()))
    for chunk in batched(interactions(calls, customers or max(calls // 3, 1)), 5000):
        store.ingest(chunk, source="bench")


SCRIPT_ONLY = """id: bench-script-only
version: 1
redaction: {presets: []}
sections:
  - id: script
    criteria:
      - id: greeting
        rule: script.phrase
        params: {phrases: ["thank you for calling", "welcome to"], within: {turns: 3}}
      - id: help
        rule: script.phrase
        params: {phrases: ["how can i help", "what can i do for you"]}
      - id: civil
        rule: script.forbidden
        params: {phrases: ["calm down", "not my problem"]}
"""


def scan(home: Path, workers: int, ruleset_ref: str) -> dict:
    from qa_core.plugins import make_plugin_manager
    from qa_core.ruleset.catalog import resolve_ruleset
    from qa_core.scanning import run_scan
    from qa_core.store.store import Store
    from qa_core.timing import rounded

    pm = make_plugin_manager(disabled=())
    store = Store.open(home, None, pm)
    ruleset = resolve_ruleset(ruleset_ref, pm)
    start = time.perf_counter()
    counts = run_scan(store, ruleset, pm, url=None, workers=workers, batch_size=100)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, **counts.to_json(), "timings": rounded(counts.timer.to_json())}


def presidio(home: Path) -> dict:
    from redaction_speed import run_presidio

    from qa_core.plugins import make_plugin_manager
    from qa_core.store.store import Store

    store = Store.open(home, None, make_plugin_manager(disabled=()))
    docs = [store.decrypt(row).to_json_dict() for row in store.rows()]
    return {**run_presidio(docs), "turns": sum(len(d["turns"]) for d in docs)}


def worker(kind: str, home: str, workers: int, ruleset_ref: str) -> None:
    path = Path(home)
    result = scan(path, workers, ruleset_ref) if kind == "scan" else presidio(path)
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def run(kind: str, home: Path, workers: int = 1, ruleset_ref: str = "default") -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(home), str(workers), ruleset_ref],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument(
        "--sizes",
        default="10000,100000",
        help="store sizes for the memory and no-op rescan figures ('' to skip)",
    )
    parser.add_argument("--customers", type=int, default=1000, help="customers per scale store")
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], int(args.worker[2]), args.worker[3])
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.calls:
            throughput(Path(tmp), args.calls)
        sizes = [int(n) for n in args.sizes.split(",") if n]
        if sizes:
            scale(Path(tmp), sizes, args.customers)


def throughput(tmp: Path, calls: int) -> None:
    one, two = tmp / "one", tmp / "two"
    build(one, calls)
    build(two, calls)
    turns = calls * 10
    single, double = run("scan", one, 1), run("scan", two, 2)
    plain = run("presidio", one)
    print(f"scan: {calls} calls, {turns} turns, ruleset default (pci + hipaa + script)")
    for label, r in (("1 worker ", single), ("2 workers", double)):
        print(
            f"  {label}: {calls / r['seconds']:7.1f} interactions/s "
            f"{turns / r['seconds']:8.1f} turns/s, peak RSS {r['peak_mb']:.0f} MB (parent)"
        )
    plain_rate = plain["turns"] / plain["seconds"]
    print(f"  plain Presidio analysis alone: {plain_rate:8.1f} turns/s")
    print(
        f"  full scan vs plain Presidio (1 worker): "
        f"{(turns / single['seconds']) / plain_rate:.2f}x (target >= 2x); "
        f"2 workers vs 1: {single['seconds'] / double['seconds']:.2f}x (target >= 1.7x)"
    )
    print(
        "  where 1 worker's time went (s): "
        + ", ".join(
            f"{plugin} {entry['seconds']:.1f}" for plugin, entry in single["timings"].items()
        )
    )


def scale(tmp: Path, sizes: list[int], customers: int) -> None:
    ruleset = tmp / "script-only.yaml"
    ruleset.write_text(SCRIPT_ONLY)
    print(
        f"scale: full scan (script-only ruleset, 1 worker), then a no-op rescan; {customers} "
        "customers in every store (each customer's key stays in memory: ~1 KB each)"
    )
    peaks = {}
    for size in sizes:
        home = tmp / f"size-{size}"
        build(home, size, customers)
        full = run("scan", home, 1, str(ruleset))
        noop = run("scan", home, 1, str(ruleset))
        peaks[size] = full["peak_mb"]
        print(
            f"  {size:>7} calls: full scan {size / full['seconds']:7.1f} interactions/s, "
            f"peak RSS {full['peak_mb']:.0f} MB; no-op rescan {noop['seconds']:.2f} s "
            f"(target < 3 s), skipped {noop['skipped']}"
        )
        shutil.rmtree(home)
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        print(f"  memory {large} vs {small}: {peaks[large] / peaks[small]:.2f}x (target <= 1.2x)")


if __name__ == "__main__":
    main()
