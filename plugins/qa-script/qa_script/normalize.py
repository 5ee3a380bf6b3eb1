"""Normalise what people (and speech recognisers) write, keeping a map back.

Matching ignores case, punctuation and fillers ("um", "uh"), and treats "we're" as
"were"; evidence must still point at the ORIGINAL text, so every normalised word
remembers where it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
FILLERS = frozenset(
    {"um", "umm", "uh", "uhh", "uhm", "erm", "er", "ah", "hmm", "hm", "mm", "mhm", "eh"}
)


class NormalizedText:
    """Normalised words joined by single spaces, with each word's original span.

    The text is built at C speed for every turn a criterion reads; the map back to
    original offsets is built only for turns where something matched.
    """

    __slots__ = ("_maps", "_source", "text")

    def __init__(self, source: str) -> None:
        self._source = _lower_same_length(source)
        words = [w for w in _WORD.findall(self._source) if w not in FILLERS]
        self.text = " ".join(words).replace("'", "").replace("’", "")
        self._maps: tuple[list[int], list[int], list[int], list[int]] | None = None

    def _offset_maps(self) -> tuple[list[int], list[int], list[int], list[int]]:
        if self._maps is None:
            norm_starts: list[int] = []
            norm_ends: list[int] = []
            orig_starts: list[int] = []
            orig_ends: list[int] = []
            cursor = 0
            for match in _WORD.finditer(self._source):
                word = match.group()
                if word in FILLERS:
                    continue
                length = len(word) - word.count("'") - word.count("’")
                norm_starts.append(cursor)
                norm_ends.append(cursor + length)
                cursor += length + 1
                orig_starts.append(match.start())
                orig_ends.append(match.end())
            self._maps = (norm_starts, norm_ends, orig_starts, orig_ends)
        return self._maps

    @property
    def words(self) -> list[str]:
        return self.text.split(" ") if self.text else []

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the words overlapping normalised chars [start, end)."""
        norm_starts, norm_ends, _, _ = self._offset_maps()
        first = bisect_right(norm_ends, start)
        last = bisect_left(norm_starts, end)
        return first, max(last, first)

    def span(self, first: int, last: int) -> str:
        """Normalised text of words [first, last)."""
        norm_starts, norm_ends, _, _ = self._offset_maps()
        return self.text[norm_starts[first] : norm_ends[last - 1]]

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        """Original character offsets of words [first, last), end exclusive."""
        _, _, orig_starts, orig_ends = self._offset_maps()
        return orig_starts[first], orig_ends[last - 1]


def _lower_same_length(text: str) -> str:
    """Lower-case without moving offsets (a few characters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def normalize(text: str) -> NormalizedText:
    return NormalizedText(text)


@lru_cache(maxsize=4096)
def normalize_phrase(phrase: str) -> str:
    """A ruleset phrase in the same normal form as turn text (cached: phrases repeat)."""
    return normalize(phrase).text
