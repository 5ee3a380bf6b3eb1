"""Independent, labeled, seeded generator of contact-centre interactions.

It measures redaction recall and precision on surface forms the recognisers' authors never
looked at.  ``generate(seed, count, split)`` returns a list of
``{"interaction", "spans", "lookalike_only", "preset", "decoys"}`` dicts (see README.md);
``FAMILIES`` maps each entity to its family names (all splits), ``HELD_OUT`` holds the
held-out split's family names (negatives included), ``NEGATIVES`` maps a split to its
look-alike families, ``SPLIT_OF`` maps every family name to its split, and
``check(items)`` is the structural self-check.  The splits are "dev", "heldout", "dev2"
(a second development split, forms_dev2.py) and "dev3" (a third, forms_dev3.py, whose axis is
the context a value comes in).

Standard library only; deterministic for a given (seed, count, split).
"""

import itertools
import random

from . import compose, forms_dev, forms_dev2, forms_dev3, forms_heldout
from .compose import ENTITIES, PCI, aba_ok, iban_ok, luhn_ok, ssn_ok

SPLITS = {"dev": forms_dev, "heldout": forms_heldout, "dev2": forms_dev2, "dev3": forms_dev3}
FAMILIES = {e: [f.name for m in SPLITS.values() for f in m.FAMILIES[e]] for e in ENTITIES}
NEGATIVES = {s: [f.name for f in m.NEGATIVES] for s, m in SPLITS.items()}
HELD_OUT = frozenset(
    [f.name for fs in forms_heldout.FAMILIES.values() for f in fs] + NEGATIVES["heldout"]
)
_ALL = [n for names in FAMILIES.values() for n in names]
_ALL += [n for ns in NEGATIVES.values() for n in ns]
assert len(_ALL) == len(set(_ALL)), "family names must be unique across splits"
SPLIT_OF = {
    f.name: s
    for s, m in SPLITS.items()
    for f in [*m.NEGATIVES, *(g for fs in m.FAMILIES.values() for g in fs)]
}


def _stream(seed, split):
    """The seed of a split's stream: dev and heldout keep their original 2*seed (+1) streams;
    dev2 and dev3 (and any later split) get a string-seeded stream of their own, never one of
    theirs."""
    if split in ("dev", "heldout"):
        return seed * 2 + (split == "heldout")
    return f"{split}:{seed}"


def generate(seed: int, count: int, split: str) -> list[dict]:
    """`count` interactions of `split` ("dev", "heldout", "dev2" or "dev3"); the same arguments
    give the same list, and a larger count extends a smaller one."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(map(repr, SPLITS))}, not {split!r}")
    r = random.Random(_stream(seed, split))
    forms = SPLITS[split]
    return [
        compose.build(random.Random(r.getrandbits(64)), forms, split, f"{split}-s{seed}-{i:05d}")
        for i in range(count)
    ]


def check(items):
    """Assert every span (and decoy) is in range, non-empty, trimmed and non-overlapping within
    its turn, and that every labeled value is well formed for its entity and split."""
    for it in items:
        iid, turns, spans = it["interaction"]["id"], it["interaction"]["turns"], it["spans"]
        assert it["interaction"]["channel"] in ("voice", "chat", "email") and turns, iid
        assert it["lookalike_only"] == (not spans and bool(it["decoys"])), iid
        split = it["interaction"]["metadata"]["split"]
        by_turn = {}
        for s in spans + it["decoys"]:
            text = turns[s["turn"]]["text"]
            piece = text[s["start"] : s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(text), (iid, s)
            assert piece.strip() and piece == piece.strip(), (iid, s, piece)
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for d in it["decoys"]:
            assert SPLIT_OF.get(d["category"]) == split, (iid, d)
        for ranges in by_turn.values():
            ranges.sort()
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(ranges)), (iid, ranges)
        for s in spans:
            v = s["value"]
            assert s["entity"] in ENTITIES and v and v.isalnum(), (iid, s)
            assert (s["category"] in HELD_OUT) == (split == "heldout"), (iid, s)
            assert SPLIT_OF.get(s["category"]) == split, (iid, s)
            assert it["preset"] == "hipaa" or s["entity"] in PCI, (iid, s)
            if s["entity"] == "CREDIT_CARD":
                assert luhn_ok(v) and 13 <= len(v) <= 19 and v[0] in "23456", (iid, s)
            if "routing" in s["category"]:
                assert aba_ok(v), (iid, s)
            if "iban" in s["category"]:
                assert iban_ok(v), (iid, s)
            if s["entity"] == "US_SSN" and len(v) == 9:
                assert ssn_ok(v), (iid, s)
    return True


check(generate(0, 8, "dev") + generate(0, 8, "heldout") + generate(0, 8, "dev2"))
check(generate(0, 8, "dev3"))
