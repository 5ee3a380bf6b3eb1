"""An address found in two parts is one address with what lies between them.

"Av. Tamaulipas #438, Col. Escandón, Miguel Hidalgo, CDMX, cp 11819": the street and
the postcode are each found, and the borough and city between them are found by
nothing, yet they are as much the caller's address. Two address findings of one turn
joined only by place names, address labels and punctuation are read as one address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from qa_core import Finding, Interaction, InteractionDetector, TurnAnalysis, fold

from .vocabulary import SPANISH_STOP_WORDS, STOP_WORDS

MAX_GAP_CHARS = 80
MAX_GAP_WORDS = 7
_GAP_WORD = re.compile(r"[^\W\d_]+\.?|[^\s\w]")
# the words of an address's own labels, and the particles of place names
_ADDRESS_WORDS = frozenset(
    """
    codigo postal cp zip code col colonia alc alcaldia mpio municipio fracc fraccionamiento
    estado edo ciudad delegacion barrio bo localidad provincia poblacion de del la las los
    san santa y city state county
    """.split()
)


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words no place is named with: the stop words of English and Spanish."""
    return frozenset(fold(w.lower()) for w in STOP_WORDS | SPANISH_STOP_WORDS) - _ADDRESS_WORDS


def _joins_parts(gap: str) -> bool:
    """Whether ``gap`` holds only place names, labels and punctuation: no digit, no end
    of a sentence ("?", "!", a full stop after a long word), no common word."""
    if len(gap) > MAX_GAP_CHARS or any(ch.isdigit() or ch in "?!¿¡" for ch in gap):
        return False
    words = [t for t in _GAP_WORD.findall(gap) if t[0].isalpha()]
    if not words or len(words) > MAX_GAP_WORDS:
        return False  # nothing between them is left to cover, or too much
    plain = _plain_words()
    for word in words:
        bare = fold(word.rstrip(".").lower())
        if word.endswith(".") and len(bare) > 5:
            return False  # "... Juárez. Mi correo ...": a sentence ended
        if bare in plain:
            return False
    return True


class AddressParts(InteractionDetector):
    """Joins a turn's address findings with the place names between them."""

    name = "qa-hipaa address parts"
    entities = ("ADDRESS",)
    languages = ("en", "es")

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        for turn in turns:
            found = sorted(
                (f for f in turn.findings if f.entity == "ADDRESS"), key=lambda f: f.start
            )
            text = turn.view.original
            for first, second in pairwise(found):
                if first.end < second.start and _joins_parts(text[first.end : second.start]):
                    score = min(first.score, second.score)
                    yield Finding(turn.index, first.start, second.end, "ADDRESS", score)
