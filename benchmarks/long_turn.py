"""Analysis time of one very long turn grows linearly with its length.

A quadratic pattern (or Presidio's context enhancer, which is quadratic on long turns)
shows up here as a ratio far above 4 between a 1 MB turn and a 250 kB one.

    .venv/bin/python benchmarks/long_turn.py [--small 250000] [--big 1000000]
"""

from __future__ import annotations

import argparse
import time

from qa_core.testing import analyze, build_interaction, plugin_manager_with

UNIT = (
    "my name is Daniel and my card is four one one one one one one one one one one one "
    "one one one one, call me at 555-234-5678 please. "
)
LINEAR_LIMIT = 6.0  # a 4x longer turn may take at most this many times as long


def timed(pm, size: int) -> tuple[float, int]:
    text = UNIT * (size // len(UNIT))
    start = time.perf_counter()
    found = analyze(pm, build_interaction(("customer", text)))
    return time.perf_counter() - start, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=250_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    args = parser.parse_args()
    pm = plugin_manager_with("pci", "hipaa")
    analyze(pm, build_interaction(("customer", UNIT)))  # load the models first
    small, small_found = timed(pm, args.small)
    big, big_found = timed(pm, args.big)
    expected = args.big / args.small
    ratio = big / small
    print(f"{args.small:>9} chars: {small:6.1f} s, {small_found} findings")
    print(f"{args.big:>9} chars: {big:6.1f} s, {big_found} findings")
    limit = LINEAR_LIMIT * expected / 4
    verdict = "ok" if ratio < limit else "TOO SLOW"
    print(
        f"time ratio {ratio:.2f} for a {expected:.0f}x longer turn "
        f"(linear: {expected:.0f}; limit {limit:.1f}): {verdict}"
    )


if __name__ == "__main__":
    main()
