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

    __slots__ = ("_stages", "original", "text")

    def __init__(self, original: str, language: str = "en") -> None:
        table = lexicon(language).spelling
        numbers = SpokenView(original)
        corrected = RewrittenText(numbers.text, corrected_runs(numbers.text, table))
        letters = RewrittenText(corrected.text, spelled_runs(corrected.text, table))
        addresses = RewrittenText(letters.text, address_runs(letters.text, table))
        self._stages: tuple[RewrittenText, ...] = tuple(
            stage for stage in (addresses, letters, corrected, numbers) if stage.changed
        )  # last applied first
        self.original = original
        self.text = addresses.text

    @property
    def changed(self) -> bool:
        """True when some of the turn was said rather than typed."""
        return bool(self._stages)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of view characters [start, end)."""
        for stage in self._stages:
            start, end = stage.original_span(start, end)
        return start, end

    def rewritten(self, start: int, end: int) -> bool:
        """True when view characters [start, end) include some that speech became."""
        for stage in self._stages:
            if stage.rewritten(start, end):
                return True
            start, end = stage.original_span(start, end)
        return False
