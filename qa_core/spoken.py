"""Spoken numbers → digits, with an exact map back to the original characters.

Speech recognisers write "four one one one, uh, forty one eleven" where a person
typed 41114111. Recognisers run on a *view* of each turn in which such runs are
digits; every finding is mapped back through this view to the ORIGINAL offsets.

Rules: digit words and "zero"/"oh"; teens and tens ("forty one" → 41, "eleven" → 11);
"double"/"triple"; "hundred"/"thousand" for amounts and years ("two thousand and
five"); fillers and stray punctuation inside a run are dropped. Ambiguous words
("oh", "for", "to", "won", "ate") count only between number words, so "oh, okay" and
"thanks for one more thing" stay text. Runs of plain digits with no words keep their
original form ("11/03/1988", "555-123-4567"), so format-based recognisers still see it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "niner": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
REPEAT = {"double": 2, "triple": 3}
SCALES = {"hundred": 100, "thousand": 1000}
# Words that are numbers only between other number words.
AMBIGUOUS = {"oh": 0, "o": 0, "for": 4, "to": 2, "too": 2, "won": 1, "ate": 8}
FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "mm"})
# Words a caller puts between the groups of one number ("four one one one, then one
# one one one, and then ..."): glue inside a run, like a comma
GROUP_WORDS = frozenset({"then", "next"})
JOINERS = frozenset({",", ".", "-", "…", "–"})
_TOKEN = re.compile(r"\d+|[A-Za-z]+|\S")
_MIN_DIGITS_FOR_AMBIGUOUS = 7  # "for", "to" … join a run only inside long numbers


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.lower()

    @property
    def kind(self) -> str:
        w = self.word
        if self.text.isdigit():
            return "digits"
        if w in UNITS or w in TEENS or w in TENS or w in SCALES or w in REPEAT:
            return "number"
        if w in AMBIGUOUS:
            return "ambiguous"
        if w in FILLERS or w in JOINERS or w in GROUP_WORDS or (w == "and"):
            return "glue"
        return "text"


class RewrittenText:
    """A text with some runs rewritten, and the exact way back to the original.

    ``runs`` yields ``(start, end, replacement, spans)``: original ``[start, end)``
    becomes ``replacement``, whose i-th character came from original ``spans[i]``.
    """

    __slots__ = ("_seg_norm_starts", "_segments", "original", "text")

    def __init__(self, original: str, runs: Iterable[tuple[int, int, str, list]]) -> None:
        self.original = original
        pieces: list[str] = []
        # segment: (norm_start, norm_end, orig_start, per-char spans or None for identity)
        segments: list[tuple[int, int, int, list[tuple[int, int]] | None]] = []
        cursor = 0  # in original
        norm = 0
        for run_start, run_end, digits, spans in runs:
            if run_start > cursor:
                segments.append((norm, norm + run_start - cursor, cursor, None))
                pieces.append(original[cursor:run_start])
                norm += run_start - cursor
            segments.append((norm, norm + len(digits), run_start, spans))
            pieces.append(digits)
            norm += len(digits)
            cursor = run_end
        if cursor < len(original) or not segments:
            segments.append((norm, norm + len(original) - cursor, cursor, None))
            pieces.append(original[cursor:])
        self.text = "".join(pieces)
        self._segments = segments
        self._seg_norm_starts = [s[0] for s in segments]

    @property
    def changed(self) -> bool:
        """True when some run was rewritten."""
        return self.text != self.original

    def runs(self) -> list[tuple[int, int]]:
        """The view's [start, end) of each rewritten run."""
        return [(seg[0], seg[1]) for seg in self._segments if seg[3] is not None]

    def rewritten(self, start: int, end: int) -> bool:
        """True when view characters [start, end) include some that speech became."""
        first = bisect_right(self._seg_norm_starts, start) - 1
        for seg in self._segments[max(first, 0) :]:
            if seg[0] >= end:
                break
            if seg[3] is not None and seg[1] > start:
                return True
        return False

    def _char_span(self, index: int) -> tuple[int, int]:
        seg = self._segments[bisect_right(self._seg_norm_starts, index) - 1]
        norm_start, _, orig_start, spans = seg
        if spans is None:
            at = orig_start + index - norm_start
            return at, at + 1
        return spans[index - norm_start]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of view characters [start, end)."""
        if end <= start:
            at = self._char_span(min(start, len(self.text) - 1))[0] if self.text else 0
            return at, at
        return self._char_span(start)[0], self._char_span(end - 1)[1]


class SpokenView(RewrittenText):
    """A turn's text with spoken numbers turned into digits, and the way back."""

    __slots__ = ()

    def __init__(self, original: str) -> None:
        super().__init__(original, _runs(original))


def _runs(text: str):
    """Find each run of number words (with glue inside) and render it as digits."""
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in ("number", "digits", "ambiguous"):
            i += 1
            continue
        j = i
        members: list[_Token] = []
        while j < len(tokens) and tokens[j].kind in ("number", "digits", "ambiguous", "glue"):
            if (
                tokens[j].word == "and"
                and not (members and members[-1].word in SCALES)
                and not (j + 1 < len(tokens) and tokens[j + 1].word in GROUP_WORDS)
            ):
                break
            members.append(tokens[j])
            j += 1
        yield from _render_run(members)
        i = j if j > i else i + 1


def _render_run(members: list[_Token]):
    """Split a candidate run at ambiguous words that are not numbers, then render."""
    while members and members[-1].kind == "glue":
        members = members[:-1]
    if not members:
        return
    numeric = [t for t in members if t.kind != "glue"]
    # digits with a spoken word between them ("4417 um 2527") are one number said aloud
    said_between = any(t.word in FILLERS or t.word in GROUP_WORDS for t in members)
    has_words = any(t.kind == "number" for t in numeric)
    long_run = sum(_digit_estimate(t) for t in numeric) >= _MIN_DIGITS_FOR_AMBIGUOUS
    # decide each ambiguous word: a number only between numbers (oh: next to one)
    keep: list[bool] = []
    for k, tok in enumerate(numeric):
        if tok.kind != "ambiguous":
            keep.append(True)
            continue
        before = k > 0 and numeric[k - 1].kind in ("number", "digits", "ambiguous")
        after = k + 1 < len(numeric) and numeric[k + 1].kind in ("number", "digits", "ambiguous")
        if tok.word in ("oh", "o"):
            keep.append((has_words and (before or after)) or _in_run_of_oh(numeric, k))
        else:
            keep.append(has_words and before and after and long_run)
    group: list[_Token] = []
    for tok, kept in zip(numeric, keep, strict=True):
        if kept:
            group.append(tok)
        else:
            yield from _emit(group, said_between)
            group = []
    yield from _emit(group, said_between)


def _in_run_of_oh(numeric: list[_Token], k: int, least: int = 3) -> bool:
    """Three "oh"s or more in a row are zeros ("b b oh oh oh oh"), with no other
    number beside them; one or two are a word ("oh, okay", "oh oh")."""
    first = last = k
    while first > 0 and numeric[first - 1].word in ("oh", "o"):
        first -= 1
    while last + 1 < len(numeric) and numeric[last + 1].word in ("oh", "o"):
        last += 1
    return last - first + 1 >= least


def _digit_estimate(tok: _Token) -> int:
    if tok.kind == "digits":
        return len(tok.text)
    return 2 if tok.word in TEENS or tok.word in TENS else 1


def _emit(group: list[_Token], said_between: bool = False):
    if not group:
        return
    if not any(t.kind in ("number", "ambiguous") for t in group) and not (
        said_between and len(group) > 1
    ):
        return  # plain digits keep their original form
    if all(t.kind == "ambiguous" for t in group) and not (
        len(group) >= 3 and all(t.word in ("oh", "o") for t in group)
    ):
        return
    digits, spans = _to_digits(group)
    if digits:
        yield group[0].start, group[-1].end, digits, spans


def _to_digits(group: list[_Token]) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pending_tens: _Token | None = None
    repeat = 1
    repeat_tok: _Token | None = None
    acc: int | None = None  # hundreds/thousands accumulator
    acc_span: tuple[int, int] | None = None

    def push(text: str, span: tuple[int, int]) -> None:
        out.append(text)
        spans.extend([span] * len(text))

    def flush_tens() -> None:
        nonlocal pending_tens
        if pending_tens is not None:
            push(str(TENS[pending_tens.word]), (pending_tens.start, pending_tens.end))
            pending_tens = None

    def flush_acc() -> None:
        nonlocal acc, acc_span
        if acc is not None and acc_span is not None:
            push(str(acc), acc_span)
        acc, acc_span = None, None

    for index, tok in enumerate(group):
        w = tok.word
        span = (tok.start, tok.end)
        if acc is not None and w not in SCALES:
            value = UNITS.get(w, TEENS.get(w, TENS.get(w, AMBIGUOUS.get(w))))
            nxt = group[index + 1].word if index + 1 < len(group) else ""
            # "eight hundred five five five …" is a phone prefix, not 805
            digit_string = value is not None and value < 10 and (nxt in UNITS or nxt in AMBIGUOUS)
            if (
                value is not None
                and value < 100
                and acc_span is not None
                and not digit_string
                and (acc % 100 == 0 or (value < 10 and acc % 10 == 0 and acc % 100 >= 20))
            ):
                acc += value
                acc_span = (acc_span[0], tok.end)
                continue
            flush_acc()
        if tok.kind == "digits":
            flush_tens()
            push(tok.text, span)
        elif w in REPEAT:
            flush_tens()
            repeat, repeat_tok = REPEAT[w], tok
        elif w in SCALES:
            if pending_tens is not None:
                base, start = TENS[pending_tens.word], pending_tens.start
                pending_tens = None
            elif out and len(out[-1]) <= 2 and out[-1] != "0":
                base, start = int(out.pop()), spans[-1][0]
                del spans[len(spans) - len(str(base)) :]
            elif acc is not None:
                base, start = acc, acc_span[0]  # type: ignore[index]
            else:
                base, start = 1, tok.start
            acc, acc_span = base * SCALES[w], (start, tok.end)
        elif w in TENS:
            flush_tens()
            pending_tens = tok
        elif w in TEENS:
            flush_tens()
            push(str(TEENS[w]), span)
        else:  # unit or ambiguous digit
            value = UNITS.get(w, AMBIGUOUS.get(w, 0))
            if pending_tens is not None and value > 0 and repeat == 1:
                push(str(TENS[pending_tens.word] + value), (pending_tens.start, tok.end))
                pending_tens = None
                continue
            flush_tens()
            if repeat > 1 and repeat_tok is not None:
                push(str(value) * repeat, (repeat_tok.start, tok.end))
                repeat, repeat_tok = 1, None
            else:
                push(str(value), span)
    flush_tens()
    flush_acc()
    return "".join(out), spans
