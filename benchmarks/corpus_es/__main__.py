"""python -m benchmarks.corpus_es [--split dev|dev2|...|dev7|heldout --seed N --count N]
[--jsonl|--summary]

With no option: prints a few DEV items (never held-out text), then runs the self-check on
every split (dev, heldout, dev2, dev3, dev4, dev5, dev6, dev7; seeds 0-4, 400 items each) and
prints what it checked.
"""

import argparse
import collections
import json
import sys
import time

from . import HELD_OUT, NEGATIVES, SPLIT_OF, SPLITS, check, generate, verify


def _summary(items):
    c = collections.Counter()
    for it in items:
        inter = it["interaction"]
        c["items"] += 1
        c[f"channel={inter['channel']}"] += 1
        c[f"language={inter.get('language', '(absent)')}"] += 1
        c[f"mix={inter['metadata']['mix']}"] += 1
        c[f"locale={inter['metadata']['locale']}"] += 1
        c[f"preset={it['preset']}"] += 1
        c["lookalike_only"] += it["lookalike_only"]
        for s in it["spans"]:
            c["spans"] += 1
            c[f"entity={s['entity']}"] += 1
            c[f"family={s['category']}"] += 1
            c[f"context={s['context']}"] += 1
            c[f"noise={s['noise']}"] += 1
        for d in it["decoys"]:
            c[f"decoy={d['category']}"] += 1
    return dict(sorted(c.items()))


def _self_check(seeds=range(5), count=400):
    t0 = time.time()
    for split in SPLITS:
        spans = items = 0
        for seed in seeds:
            batch = generate(seed, count, split)
            items += len(batch)
            spans += verify.check(batch, SPLITS, SPLIT_OF, HELD_OUT)
        print(f"self-check {split}: {items} items, {spans} spans read back, all OK")
    print(f"({time.time() - t0:.1f}s; negatives: {sum(map(len, NEGATIVES.values()))} families)")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus_es", description=__doc__)
    ap.add_argument("--split", choices=list(SPLITS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=3)
    ap.add_argument("--jsonl", action="store_true", help="one item a line")
    ap.add_argument("--summary", action="store_true", help="counts per axis instead of items")
    a = ap.parse_args(argv)
    if a.split is None:
        for it in generate(1, 3, "dev"):
            print(json.dumps(it, ensure_ascii=False, indent=1))
        _self_check()
        return 0
    items = generate(a.seed, a.count, a.split)
    check(items)
    if a.summary:
        print(json.dumps(_summary(items), ensure_ascii=False, indent=1))
    elif a.jsonl:
        for it in items:
            print(json.dumps(it, ensure_ascii=False))
    else:
        print(json.dumps(items, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
