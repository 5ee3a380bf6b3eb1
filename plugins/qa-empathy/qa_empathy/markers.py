"""Find the moves in one turn: empathic ones by kind, and dismissive ones.

A move preceded closely by a negator ("I don't understand why you ...") is not one;
an apology taken back at once ("I'm sorry, but ...") is not one either. Overlapping
matches count once, the longest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from re import Match, Pattern

from .lexicon import TABLES, MoveTable, table_for
from .text import PlainText, plain

DISMISSIVE = "dismissive"
NEGATED = "negated"  # a move said with a negator before it, or taken back after it
KINDS = tuple(TABLES["en"].empathic)


@dataclass(frozen=True)
class Move:
    kind: str
    start: int  # offsets into the ORIGINAL turn text
    end: int


def find_moves(text: str, language: str = "en", *, negated: bool = False) -> list[Move]:
    """Every empathic and dismissive move in ``text`` (a turn in ``language``), in
    order, none overlapping; with ``negated``, the moves said and denied as well (kind
    ``NEGATED``: "I don't understand why you're upset")."""
    p = plain(text)
    table = table_for(language)
    candidates: list[tuple[int, int, str]] = []
    for kind, patterns in table.empathic.items():
        for m in _matches(p, patterns):
            if _holds(p, m, table):
                candidates.append((m.start(), m.end(), kind))
            elif negated:
                candidates.append((m.start(), m.end(), NEGATED))
    candidates += [(m.start(), m.end(), DISMISSIVE) for m in _matches(p, table.dismissive)]
    # dismissive first when spans tie ("sorry you feel that way" is no apology)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != DISMISSIVE, c[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    return [Move(kind, *p.original_span(s, e)) for s, e, kind in sorted(taken)]


def _matches(p: PlainText, patterns: list[Pattern[str]]) -> list[Match[str]]:
    return [m for pattern in patterns for m in pattern.finditer(p.text)]


def _holds(p: PlainText, match: Match[str], table: MoveTable) -> bool:
    """Not negated just before, not taken back just after."""
    before = p.text[: match.start()].split()[-1:]
    if any(word in table.negators for word in before):
        return False
    return not table.taken_back.match(p.text[match.end() :])
