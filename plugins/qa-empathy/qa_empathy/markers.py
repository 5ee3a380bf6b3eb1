"""Find the moves in one turn: empathic ones by kind, and dismissive ones.

A move preceded closely by a negator ("I don't understand why you ...") is not one;
an apology taken back at once ("I'm sorry, but ...") is not one either. Overlapping
matches count once, the longest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from re import Match, Pattern

from .lexicon import DISMISSIVE_PATTERNS, EMPATHIC_PATTERNS, NEGATORS, TAKEN_BACK
from .text import PlainText, plain

DISMISSIVE = "dismissive"
KINDS = tuple(EMPATHIC_PATTERNS)


@dataclass(frozen=True)
class Move:
    kind: str
    start: int  # offsets into the ORIGINAL turn text
    end: int


def find_moves(text: str) -> list[Move]:
    """Every empathic and dismissive move in ``text``, in order, none overlapping."""
    p = plain(text)
    candidates: list[tuple[int, int, str]] = []
    for kind, patterns in EMPATHIC_PATTERNS.items():
        candidates += [(m.start(), m.end(), kind) for m in _matches(p, patterns) if _holds(p, m)]
    candidates += [(m.start(), m.end(), DISMISSIVE) for m in _matches(p, DISMISSIVE_PATTERNS)]
    # dismissive first when spans tie ("sorry you feel that way" is no apology)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != DISMISSIVE, c[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    return [Move(kind, *p.original_span(s, e)) for s, e, kind in sorted(taken)]


def _matches(p: PlainText, patterns: list[Pattern[str]]) -> list[Match[str]]:
    return [m for pattern in patterns for m in pattern.finditer(p.text)]


def _holds(p: PlainText, match: Match[str]) -> bool:
    """Not negated just before, not taken back just after."""
    before = p.text[: match.start()].split()[-1:]
    if any(word in NEGATORS for word in before):
        return False
    return not TAKEN_BACK.match(p.text[match.end() :])
