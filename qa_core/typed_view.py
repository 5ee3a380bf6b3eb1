"""A turn as a person would have typed it, with an exact map back to what was said.

Four rewrites, each over the last one's text: spoken numbers become digits
(``spoken.py``), a correction replaces the digits it corrects, spelled letters become
one token and the words between an address's parts become its symbols
(``spelled.py``). Every recogniser for typed text runs over
this view as well as over the turn as written, and every finding maps back to the
original characters through all three.
"""

from __future__ import annotations

from .lexicon import lexicon
from .spelled import address_runs, corrected_runs, spelled_runs
from .spoken import RewrittenText, SpokenView


class TypedView:
    """``text`` is the typed form of ``original``; offsets map back exactly."""

    __slots__ = ("_id_runs", "_stages", "language", "original", "text")

    def __init__(self, original: str, language: str = "en") -> None:
        table = lexicon(language).spelling
        numbers = SpokenView(original, language)
        corrected = RewrittenText(numbers.text, corrected_runs(numbers.text, table))
        letters = RewrittenText(corrected.text, spelled_runs(corrected.text, table))
        addresses = RewrittenText(letters.text, address_runs(letters.text, table))
        self._stages: tuple[RewrittenText, ...] = tuple(
            stage for stage in (addresses, letters, corrected, numbers) if stage.changed
        )  # last applied first
        self.original = original
        self.language = language
        self.text = addresses.text
        self._id_runs = [
            numbers.original_span(*corrected.original_span(*letters.original_span(start, end)))
            for start, end in letters.runs()
            if _is_id(letters.text[start:end])
        ]

    @property
    def changed(self) -> bool:
        """True when some of the turn was said rather than typed."""
        return bool(self._stages)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of view characters [start, end)."""
        for stage in self._stages:
            start, end = stage.original_span(start, end)
        return start, end

    def inside_spelled_id(self, start: int, end: int) -> bool:
        """True when original [start, end) lies in letters and digits spelled out as one
        id ("mike romeo four five six"): its words are letters, not a name or a place."""
        return any(s <= start and end <= e for s, e in self._id_runs)

    def rewritten(self, start: int, end: int) -> bool:
        """True when view characters [start, end) include some that speech became."""
        for stage in self._stages:
            if stage.rewritten(start, end):
                return True
            start, end = stage.original_span(start, end)
        return False


def _is_id(token: str) -> bool:
    return any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token)
