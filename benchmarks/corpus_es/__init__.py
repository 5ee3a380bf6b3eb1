"""Independent, labeled, seeded generator of SPANISH contact-centre interactions.

Voice transcripts as an ASR writes them (lower case, numbers in words, fillers), typed chats
and e-mails, from callers in the US, Mexico and Spain, some of them switching to English. It
measures Spanish redaction recall and precision on surface forms the recognisers' authors
never looked at, with the item format of benchmarks/corpus (see README.md).

``generate(seed, count, split)`` (split "dev", "dev2", ..., "dev7" or "heldout")
returns a list of ``{"interaction", "spans", "lookalike_only", "preset", "decoys"}`` dicts;
``FAMILIES`` maps each entity to its family names (every split), ``HELD_OUT`` holds the
held-out split's family names (negatives included), ``NEGATIVES`` maps a split to its
look-alike families, ``SPLIT_OF`` maps every family name to its split, and ``check(items)`` is
the self-check, which also reads every span's text back into its value (verify.py).

Standard library only; deterministic for a given (seed, count, split).
"""

import random

from . import (
    compose,
    forms_dev,
    forms_dev2,
    forms_dev3,
    forms_dev4,
    forms_dev5,
    forms_dev6,
    forms_dev7,
    forms_heldout,
    verify,
)
from .compose import ENTITIES

# dev2, dev3, dev4, dev5, dev6 and dev7 are development splits written by other hands
# (forms_dev2.py, ..., forms_dev7.py); they come last so that FAMILIES lists dev's and
# heldout's families first, as before.
SPLITS = {
    "dev": forms_dev,
    "heldout": forms_heldout,
    "dev2": forms_dev2,
    "dev3": forms_dev3,
    "dev4": forms_dev4,
    "dev5": forms_dev5,
    "dev6": forms_dev6,
    "dev7": forms_dev7,
}
# How a split's items are built: dev2 wraps compose.build (phrasings by channel and country),
# dev3 follows its flow with scenes of its own (an address in pieces, name fields, signatures),
# dev4 too (a ZIP corrected mid-answer, an address taken down part by part), and dev5 (a ZIP
# given in pieces across turns, corrected, read back in another form), and dev6 (a card given
# block by block with the agent echoing each block, an address taken down part by part, any
# value corrected mid-answer or read back in another form), and dev7 (dev6's flow; a card block
# by block with the agent echoing every block or only saying "mjm", SSNs and ZIPs said as
# numbers, expiries with the year first).
_BUILD = {
    "dev2": forms_dev2.build,
    "dev3": forms_dev3.build,
    "dev4": forms_dev4.build,
    "dev5": forms_dev5.build,
    "dev6": forms_dev6.build,
    "dev7": forms_dev7.build,
}
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


def _wording(F):
    """Every phrasing, noun, label and noise word of a split (bare "{v}" answers aside)."""
    out = set()
    for table in (F.T, F.T_EN, *F.T_ENT.values()):
        out |= {t for ts in table.values() for t in ts}
    for table in (F.NOUNS, F.NOUNS_CS, F.NOUNS_EN, F.LABELS):
        out |= {t for ts in table.values() for t in ts}
    for f in [*(g for fs in F.FAMILIES.values() for g in fs)]:
        for k in ("nouns", "cs_nouns", "en_nouns", "labels"):
            out |= set(f.opts.get(k, []))
    out |= set(F.FILL) | set(F.CORRECTIONS)
    out |= set(getattr(F, "EXTRA_WORDING", ()))  # dev2's phrasings by channel and country
    return {t for t in out if t.strip(" .") != "{v}"}


_SHARED = _wording(forms_dev) & _wording(forms_heldout)
assert not _SHARED, f"dev and heldout must not share wording: {sorted(_SHARED)}"
_SHARED2 = _wording(forms_dev2) & _wording(forms_dev)
assert not _SHARED2, f"dev2 and dev must not share wording: {sorted(_SHARED2)}"
# (only the number: the held-out text is not shown)
_N_HELD2 = len(_wording(forms_dev2) & _wording(forms_heldout))
assert not _N_HELD2, f"dev2 shares {_N_HELD2} phrasings with heldout"
_SHARED3 = _wording(forms_dev3) & (_wording(forms_dev) | _wording(forms_dev2))
assert not _SHARED3, f"dev3 and dev/dev2 must not share wording: {sorted(_SHARED3)}"
_N_HELD3 = len(_wording(forms_dev3) & _wording(forms_heldout))
assert not _N_HELD3, f"dev3 shares {_N_HELD3} phrasings with heldout"
_SHARED4 = _wording(forms_dev4) & (
    _wording(forms_dev) | _wording(forms_dev2) | _wording(forms_dev3)
)
assert not _SHARED4, f"dev4 and dev/dev2/dev3 must not share wording: {sorted(_SHARED4)}"
_N_HELD4 = len(_wording(forms_dev4) & _wording(forms_heldout))
assert not _N_HELD4, f"dev4 shares {_N_HELD4} phrasings with heldout"
_SHARED5 = _wording(forms_dev5) & (
    _wording(forms_dev) | _wording(forms_dev2) | _wording(forms_dev3) | _wording(forms_dev4)
)
assert not _SHARED5, f"dev5 and dev/dev2/dev3/dev4 must not share wording: {sorted(_SHARED5)}"
_N_HELD5 = len(_wording(forms_dev5) & _wording(forms_heldout))
assert not _N_HELD5, f"dev5 shares {_N_HELD5} phrasings with heldout"
_SHARED6 = _wording(forms_dev6) & (
    _wording(forms_dev)
    | _wording(forms_dev2)
    | _wording(forms_dev3)
    | _wording(forms_dev4)
    | _wording(forms_dev5)
)
assert not _SHARED6, f"dev6 and dev/dev2/dev3/dev4/dev5 must not share wording: {sorted(_SHARED6)}"
_N_HELD6 = len(_wording(forms_dev6) & _wording(forms_heldout))
assert not _N_HELD6, f"dev6 shares {_N_HELD6} phrasings with heldout"
_SHARED7 = _wording(forms_dev7) & (
    _wording(forms_dev)
    | _wording(forms_dev2)
    | _wording(forms_dev3)
    | _wording(forms_dev4)
    | _wording(forms_dev5)
    | _wording(forms_dev6)
)
assert not _SHARED7, f"dev7 and dev/dev2/.../dev6 must not share wording: {sorted(_SHARED7)}"
_N_HELD7 = len(_wording(forms_dev7) & _wording(forms_heldout))
assert not _N_HELD7, f"dev7 shares {_N_HELD7} phrasings with heldout"


def _stream(seed, split):
    """A split's own stream, never one of benchmarks/corpus's."""
    return f"es-{split}:{seed}"


def generate(seed: int, count: int, split: str) -> list[dict]:
    """`count` interactions of `split` ("dev", "dev2", ..., "dev7" or "heldout");
    the same arguments give the same list, and a larger count extends a smaller one."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(map(repr, SPLITS))}, not {split!r}")
    r = random.Random(_stream(seed, split))
    forms = SPLITS[split]
    build = _BUILD.get(split, compose.build)
    return [
        build(random.Random(r.getrandbits(64)), forms, split, f"es-{split}-s{seed}-{i:05d}")
        for i in range(count)
    ]


def check(items):
    """Assert every span and decoy is in range, trimmed and non-overlapping, that every value is
    well formed for its entity and split, and that every span's text reads back as its value.
    Returns True."""
    verify.check(items, SPLITS, SPLIT_OF, HELD_OUT)
    return True


check(
    generate(0, 6, "dev")
    + generate(0, 6, "heldout")
    + generate(0, 6, "dev2")
    + generate(0, 6, "dev3")
    + generate(0, 6, "dev4")
    + generate(0, 6, "dev5")
    + generate(0, 6, "dev6")
    + generate(0, 6, "dev7")
)
