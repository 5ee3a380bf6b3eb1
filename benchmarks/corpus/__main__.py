"""python -m benchmarks.corpus --split heldout --seed 1 --count 3 [--summary]"""

import argparse
import collections
import json

from . import FAMILIES, SPLIT_OF, SPLITS, check, generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    ap.add_argument("--split", choices=list(SPLITS), default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=3)
    ap.add_argument("--jsonl", action="store_true", help="one interaction per line")
    ap.add_argument(
        "--summary", action="store_true", help="print counts instead of the interactions"
    )
    a = ap.parse_args(argv)
    items = generate(a.seed, a.count, a.split)
    check(items)
    if a.summary:
        spans = [s for it in items for s in it["spans"]]
        fams = collections.Counter(s["category"] for s in spans)
        split_fams = {e: [f for f in fs if SPLIT_OF[f] == a.split] for e, fs in FAMILIES.items()}
        print(
            json.dumps(
                {
                    "split": a.split,
                    "seed": a.seed,
                    "interactions": len(items),
                    "spans": len(spans),
                    "lookalike_only": sum(it["lookalike_only"] for it in items),
                    "decoys": sum(len(it["decoys"]) for it in items),
                    "by_preset": collections.Counter(it["preset"] for it in items),
                    "by_channel": collections.Counter(it["interaction"]["channel"] for it in items),
                    "by_entity": collections.Counter(s["entity"] for s in spans),
                    "by_context": collections.Counter(s["context"] for s in spans),
                    "by_noise": collections.Counter(s["noise"] for s in spans),
                    "families_unseen": sorted(
                        f for fs in split_fams.values() for f in fs if f not in fams
                    ),
                },
                indent=1,
                sort_keys=True,
            )
        )
    elif a.jsonl:
        for it in items:
            print(json.dumps(it))
    else:
        print(json.dumps(items, indent=1))


if __name__ == "__main__":
    main()
