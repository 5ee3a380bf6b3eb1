"""Report rendering at scale: time and peak memory for 10k and 100k stored interactions.

Builds a store of generated calls (as ``scan.py`` does), scores it with a script-only
ruleset, then renders each report (scorecards: a page per interaction plus the paged
index; coaching; audit) in a fresh process, so each peak RSS is that report's own.
Bounded memory means the 100k store's peaks stay close to the 10k store's. There is no
plain-Presidio baseline for this: nothing in Presidio renders reports.

    .venv/bin/python benchmarks/report_scale.py [--sizes 10000,100000]
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

REPORTS = ("scorecards", "coaching", "audit")


def render(kind: str, home: Path, out: Path) -> dict:
    from qa_core.plugins import make_plugin_manager
    from qa_core.reporting.audit import write_audit
    from qa_core.reporting.coaching import write_coaching
    from qa_core.reporting.render import Renderer
    from qa_core.reporting.rulesets import RulesetCatalog
    from qa_core.reporting.scorecards import write_scorecards
    from qa_core.reporting.source import Filters
    from qa_core.store.store import Store

    pm = make_plugin_manager(disabled=())
    store = Store.open(home, None, pm)
    renderer, catalog = Renderer(pm), RulesetCatalog(pm)
    start = time.perf_counter()
    if kind == "scorecards":
        write_scorecards(store, renderer, catalog, Filters(), out)
    elif kind == "coaching":
        write_coaching(store, renderer, catalog, Filters(), out)
    else:
        write_audit(store, renderer, catalog, pm, Filters(), out)
    return {"seconds": time.perf_counter() - start}


def worker(kind: str, home: str, out: str) -> None:
    result = render(kind, Path(home), Path(out))
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def run(kind: str, home: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(home), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    from scan import SCRIPT_ONLY, build
    from scan import run as scan_run

    sizes = [int(n) for n in args.sizes.split(",") if n]
    peaks: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ruleset = tmp / "script-only.yaml"
        ruleset.write_text(SCRIPT_ONLY)
        print("reports: a store of generated 10-turn calls (40 agents), script-only ruleset")
        for size in sizes:
            home = tmp / f"store-{size}"
            build(home, size, 1000)
            scan_run("scan", home, 1, str(ruleset))
            for kind in REPORTS:
                out = tmp / f"out-{size}" / kind
                result = run(kind, home, out)
                peaks[(kind, size)] = result["peak_mb"]
                files = sum(1 for p in out.rglob("*") if p.is_file())
                print(
                    f"  {size:>7} interactions, {kind:<10}: {result['seconds']:7.1f} s "
                    f"({size / result['seconds']:7.0f} interactions/s), {files:>7} files, "
                    f"peak RSS {result['peak_mb']:.0f} MB"
                )
            shutil.rmtree(home)
            shutil.rmtree(tmp / f"out-{size}")
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        for kind in REPORTS:
            ratio = peaks[(kind, large)] / peaks[(kind, small)]
            print(f"  {kind} memory, {large} vs {small}: {ratio:.2f}x (bounded: close to 1x)")


if __name__ == "__main__":
    main()
