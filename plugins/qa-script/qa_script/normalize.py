"""Normalise what people (and speech recognisers) write, keeping a map back.

Matching ignores case, accents ("informacion" is "información"), punctuation and the
hesitations of the ruleset's languages ("um", "uh"; "eh", "este"), and treats "we're"
as "were"; evidence must still point at the ORIGINAL text, so every normalised word
remembers where it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from qa_core import fold_text, phrase_words

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class NormalizedText:
    """Normalised words joined by single spaces, with each word's original span.

    The text is built at C speed for every turn a criterion reads; the map back to
    original offsets is built only for turns where something matched.
    """

    __slots__ = ("_fillers", "_kept_words", "_maps", "_source", "text")

    def __init__(self, source: str, fillers: frozenset[str]) -> None:
        self._source = fold_text(source)
        self._fillers = fillers
        # a hesitation of two words ("o sea") is found word by word, once: the map back
        # reads the same words
        self._kept_words: list[re.Match[str]] | None = None
        if any(" " in f for f in fillers):
            self._kept_words = self._kept()
            words = [m.group() for m in self._kept_words]
        else:
            words = [w for w in _WORD.findall(self._source) if w not in fillers]
        self.text = " ".join(words).replace("'", "").replace("’", "")
        self._maps: tuple[list[int], list[int], list[int], list[int]] | None = None

    def _kept(self) -> list[re.Match[str]]:
        """The words that are not hesitations, one-word ("eh") or two-word ("o sea")."""
        found = list(_WORD.finditer(self._source))
        kept, skip = [], 0
        for k, match in enumerate(found):
            if skip:
                skip -= 1
                continue
            pair = f"{match.group()} {found[k + 1].group()}" if k + 1 < len(found) else ""
            if pair in self._fillers:
                skip = 1
                continue
            if match.group() not in self._fillers:
                kept.append(match)
        return kept

    def _offset_maps(self) -> tuple[list[int], list[int], list[int], list[int]]:
        if self._maps is None:
            norm_starts: list[int] = []
            norm_ends: list[int] = []
            orig_starts: list[int] = []
            orig_ends: list[int] = []
            cursor = 0
            for match in self._kept_words if self._kept_words is not None else self._kept():
                word = match.group()
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


def normalize(text: str, languages: Sequence[str] = ("en",)) -> NormalizedText:
    """``text`` as phrases in ``languages`` (the ruleset's) are matched against."""
    return NormalizedText(text, phrase_words(languages).hesitations)


@lru_cache(maxsize=4096)
def normalize_phrase(phrase: str, languages: tuple[str, ...] = ("en",)) -> str:
    """A ruleset phrase in the same normal form as turn text (cached: phrases repeat)."""
    return normalize(phrase, languages).text
