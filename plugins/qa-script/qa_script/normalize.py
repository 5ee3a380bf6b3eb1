"""Normalise what people (and speech recognisers) write, keeping a map back.

Matching ignores case, punctuation and fillers ("um", "uh"), and treats "we're" as
"were"; evidence must still point at the ORIGINAL text, so every normalised word
remembers where it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = re.compile(r"['’]")
FILLERS = frozenset(
    {"um", "umm", "uh", "uhh", "uhm", "erm", "er", "ah", "hmm", "hm", "mm", "mhm", "eh"}
)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised words joined by single spaces, with each word's original span."""

    text: str
    norm_starts: tuple[int, ...]
    norm_ends: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_ends: tuple[int, ...]

    @property
    def words(self) -> list[str]:
        return [self.text[s:e] for s, e in zip(self.norm_starts, self.norm_ends, strict=True)]

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the words overlapping normalised chars [start, end)."""
        first = bisect_right(self.norm_ends, start)
        last = bisect_left(self.norm_starts, end)
        return first, max(last, first)

    def span(self, first: int, last: int) -> str:
        """Normalised text of words [first, last)."""
        return self.text[self.norm_starts[first] : self.norm_ends[last - 1]]

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        """Original character offsets of words [first, last), end exclusive."""
        return self.orig_starts[first], self.orig_ends[last - 1]


def normalize(text: str) -> NormalizedText:
    words: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    cursor = 0
    for match in _WORD.finditer(text):
        word = _APOSTROPHES.sub("", match.group()).lower()
        if word in FILLERS:
            continue
        if words:
            cursor += 1
        words.append(word)
        norm_starts.append(cursor)
        cursor += len(word)
        norm_ends.append(cursor)
        orig_starts.append(match.start())
        orig_ends.append(match.end())
    return NormalizedText(
        " ".join(words), tuple(norm_starts), tuple(norm_ends), tuple(orig_starts), tuple(orig_ends)
    )


@lru_cache(maxsize=4096)
def normalize_phrase(phrase: str) -> str:
    """A ruleset phrase in the same normal form as turn text (cached: phrases repeat)."""
    return normalize(phrase).text
