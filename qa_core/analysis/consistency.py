"""A value found once is found wherever it recurs in the interaction, in any form.

The customer types "4111 1111 1111 1111" in a chat and the agent later says "four one
one one ..."; a member id read out once comes back in an e-mail; "the card ending in
1111" repeats its last four. Every turn is compared on its typed view with only letters
and digits kept, so the same value matches across spacing, dashes and number words.
The core names no entity: whatever a plugin found is looked for again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon
from ..lexicon import lexicon as lexicon_of
from ..model import Interaction
from ..typed_view import TypedView
from .findings import Finding

MIN_VALUE = 4  # letters and digits; a shorter value (a CVV) recurs by chance far off,
MIN_NEAR_VALUE = 3  # so it is looked for only in the next few turns (a read-back)
NEAR_TURNS = 3
MIN_NAME_WORD = 3
PARTIAL_FROM = 8  # digits; a value this long may be repeated by its last four
PARTIAL_DIGITS = 4
PARTIAL_CUE_BEFORE = 25  # characters between a partial cue and the digits
REPEAT_SCORE = 0.9  # of the first finding's score


@dataclass
class _Index:
    """A turn's typed view with only letters and digits, lower case, and their places
    (in the view, and in the original text)."""

    view: TypedView
    chars: str
    places: list[int]
    origins: list[tuple[int, int]]

    @classmethod
    def of(cls, view: TypedView, months: dict[str, str], silent: frozenset[str]) -> _Index:
        chars, places = _canonical(view.text, months, silent)
        origins = [view.original_span(p, p + 1) for p in places]
        return cls(view, chars, places, origins)

    def value_at(self, start: int, end: int) -> str:
        """The canonical characters that original [start, end) became."""
        return "".join(
            ch
            for ch, (s, e) in zip(self.chars, self.origins, strict=True)
            if start <= s and e <= end
        )

    def occurrences(self, value: str) -> list[tuple[int, int]]:
        """View spans of ``value`` that start and end at a word's edge."""
        out = []
        at = self.chars.find(value)
        text = self.view.text
        while at >= 0:
            start, end = self.places[at], self.places[at + len(value) - 1] + 1
            if (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                out.append((start, end))
            at = self.chars.find(value, at + 1)
        return out


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _canonical(
    text: str, months: dict[str, str], silent: frozenset[str] = frozenset()
) -> tuple[str, list[int]]:
    """Letters and digits only, lower case, a month's name as its number ("August 27"
    and "08/27" are one expiry), less the ``silent`` words said between a value's parts
    ("seven uh slash three one" is "7/31"), with each character's place in ``text``."""
    chars: list[str] = []
    places: list[int] = []
    for run in _ALNUM_RUN.finditer(text):
        word = run.group().lower()
        if word in silent:
            continue
        number = months.get(word)
        if number is not None:
            chars.append(number)
            places += [run.start(), run.end() - 1]
        else:
            chars.append(word)
            places += range(run.start(), run.end())
    return "".join(chars), places


@lru_cache(maxsize=8)
def silent_words(language: str) -> frozenset[str]:
    """Words said between a value's parts that are no part of it: fillers, and the
    one-word names of symbols ("slash", "dash") with the words before two-word ones
    ("forward slash")."""
    spelling = lexicon_of(language).spelling
    single = {name for name in spelling.symbols if " " not in name}
    before = {
        word
        for name in spelling.symbols
        if " " in name and name.split()[-1] in single
        for word in name.split()[:-1]
    }
    return frozenset(spelling.fillers) | (single - {"at"}) | before


@lru_cache(maxsize=8)
def month_numbers(language: str) -> dict[str, str]:
    """Each month word of the table ("august", "aug") and its number ("08"): the full
    names in order are the months; a shorter word is the month it begins."""
    months = lexicon_of(language).dates.months
    full = [w for w in months if not any(o != w and o.startswith(w) for o in months)]
    numbers = {name: f"{k:02d}" for k, name in enumerate(full[:12], 1)}
    for word in months:
        if word not in numbers:
            numbers[word] = next(n for name, n in list(numbers.items()) if name.startswith(word))
    aliases = lexicon_of(language).dates.month_aliases
    return numbers | {word: f"{n:02d}" for word, n in aliases.items()}


def _words(original: str, finding: Finding, ignore: frozenset[str]) -> list[str]:
    """The capitalised words of a value made of words (a name): each may recur alone."""
    words = re.findall(r"[^\W\d_]+", original[finding.start : finding.end])
    return [
        w.lower()
        for w in words
        if w[0].isupper() and len(w) >= MIN_NAME_WORD and w.lower() not in ignore
    ]


_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[\s'’\-.]+[^\W\d_]+)*")


def repeated_values(
    interaction: Interaction,
    views: Sequence[TypedView],
    findings: Sequence[Finding],
    lexicon: Lexicon,
    stop_words: frozenset[str],
) -> list[Finding]:
    """Findings for every other place a found value occurs (whole, or its last four
    after "ending in"); a value of capitalised words (a name) recurs word by word."""
    indexes: dict[int, _Index] = {}
    months = month_numbers(lexicon.language)
    silent = silent_words(lexicon.language)

    def index(k: int) -> _Index:
        if k not in indexes:
            indexes[k] = _Index.of(views[k], months, silent)
        return indexes[k]

    seen: set[tuple[str, str]] = set()
    out: list[Finding] = []
    for finding in sorted(findings, key=lambda f: -f.score):
        view = views[finding.turn]
        canonical = index(finding.turn).value_at(finding.start, finding.end)
        values = [canonical] if len(canonical) >= MIN_NEAR_VALUE else []
        words: list[str] = []
        if _WORDS_ONLY.fullmatch(view.original[finding.start : finding.end]):
            words = _words(view.original, finding, stop_words | lexicon.common)
        for value in values + words:
            if (finding.entity, value) in seen:
                continue
            seen.add((finding.entity, value))
            near = len(value) < MIN_VALUE
            last = min(len(views), finding.turn + NEAR_TURNS + 1) if near else len(views)
            for k in range(finding.turn if near else 0, last):
                for start, end in index(k).occurrences(value):
                    ostart, oend = views[k].original_span(start, end)
                    if value in words and not _as_a_name(views[k].original, ostart):
                        continue
                    out.append(_repeat(finding, k, ostart, oend))
        digits = "".join(ch for ch in canonical if ch.isdigit())
        if len(digits) >= PARTIAL_FROM and (finding.entity, "…" + digits[-4:]) not in seen:
            seen.add((finding.entity, "…" + digits[-4:]))
            out += _partials(finding, digits[-PARTIAL_DIGITS:], views, index, lexicon)
    return out


def _as_a_name(text: str, start: int) -> bool:
    """A name word recurs capitalised, unless the text has no capitals at all (ASR):
    "Grace" found once does not make "grace period" a name."""
    return text[start].isupper() or not any(ch.isupper() for ch in text)


def _partials(finding, last, views, index, lexicon: Lexicon) -> list[Finding]:
    out = []
    for k, view in enumerate(views):
        lowered = view.text.lower()
        for start, end in index(k).occurrences(last):
            before = lowered[max(0, start - PARTIAL_CUE_BEFORE) : start]
            if any(cue in before for cue in lexicon.partial):
                ostart, oend = view.original_span(start, end)
                out.append(_repeat(finding, k, ostart, oend))
    return out


def _repeat(finding: Finding, turn: int, start: int, end: int) -> Finding:
    return replace(
        finding, turn=turn, start=start, end=end, score=finding.score * REPEAT_SCORE, group=None
    )
