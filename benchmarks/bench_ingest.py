"""Ingest rate and decryption cost of the encrypted store (SQLite by default).

Generates N interactions (10 turns each, every one with a customer), ingests them in
files of ``--batch`` interactions, then decrypts a sample; prints interactions/s,
microseconds per decryption and peak RSS (which must stay flat as N grows).

    .venv/bin/python benchmarks/bench_ingest.py [--count 20000] [--batch 5000] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from itertools import islice
from pathlib import Path

from qa_core.model import Interaction
from qa_core.plugins import make_plugin_manager
from qa_core.store.store import Store

WORDS = (
    "thanks for calling how can i help you my bill is wrong let me check that "
    "the payment arrived on monday i can fix that today"
).split()


def interactions(count: int, customers: int, seed: int = 5):
    rng = random.Random(seed)
    for n in range(count):
        turns = [
            {
                "speaker": "agent" if k % 2 == 0 else "customer",
                "text": " ".join(rng.choice(WORDS) for _ in range(12)),
                "start_s": k * 4.0,
                "end_s": k * 4.0 + 3.5,
            }
            for k in range(10)
        ]
        yield Interaction.model_validate(
            {
                "id": f"ing-{n:07d}",
                "channel": "voice",
                "agent_id": f"a-{n % 40}",
                "team": "billing",
                "customer_id": f"cust-{rng.randrange(customers)}",
                "started_at": f"2026-10-{1 + n % 28:02d}T10:00:00Z",
                "turns": turns,
            }
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--db", default=None)
    parser.add_argument(
        "--customers", type=int, default=0, help="distinct customers (default: a third of --count)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = Store.init(Path(tmp) / "home", args.db, make_plugin_manager(disabled=()))
        customers = args.customers or args.count // 3 + 1
        source = interactions(args.count, customers)
        start = time.perf_counter()
        done = 0
        while done < args.count:
            batch = [next(source) for _ in range(min(args.batch, args.count - done))]
            store.ingest(batch, source=f"batch-{done}")
            done += len(batch)
        ingest = time.perf_counter() - start
        rows = list(islice(store.rows(), 2000))
        start = time.perf_counter()
        for row in rows:
            store.decrypt(row)
        decrypt = (time.perf_counter() - start) / len(rows)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"ingest: {args.count} interactions (10 turns each), {customers} customers, "
            f"in files of {args.batch}, {store.engine.dialect.name}"
        )
        print(f"  {args.count / ingest:8.0f} interactions/s   (target 2,000/s)")
        print(f"  decrypt + validate: {decrypt * 1e6:6.0f} us per interaction")
        print(f"  peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
