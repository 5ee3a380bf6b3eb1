"""Spoken numbers → digits, with an exact map back to the original characters.

Speech recognisers write "four one one one, uh, forty one eleven" where a person
typed 41114111. Recognisers run on a *view* of each turn in which such runs are
digits; every finding is mapped back through this view to the ORIGINAL offsets.

Rules: digit words and "zero"/"oh"; teens and tens ("forty one" → 41, "eleven" → 11);
"double"/"triple"; "hundred"/"thousand" for amounts and years ("two thousand and
five"); fillers and stray punctuation inside a run are dropped. The words are the
language's table (``qa_core/lexicon/<language>.toml``, ``[numbers]``): Spanish says
"cuarenta y uno", "doscientos", "mil novecientos setenta y cinco" with the same rules.
Ambiguous words ("oh", "for", "to", "won", "ate") count only between number words, so "oh, okay" and
"thanks for one more thing" stay text. Runs of plain digits with no words keep their
original form ("11/03/1988", "555-123-4567"), so format-based recognisers still see it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .lexicon import Numbers, fold, lexicon

JOINERS = frozenset({",", ".", "-", "…", "–"})
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_MIN_DIGITS_FOR_AMBIGUOUS = 7  # "for", "to" … join a run only inside long numbers


def fillers(language: str = "en") -> frozenset[str]:
    """The language's filler words ("uh", "eh", "este"), compared folded."""
    return _numbers(language).fillers


def _numbers(language: str) -> Numbers:
    numbers = lexicon(language).numbers
    assert numbers is not None, f"the {language} table has no [numbers]"
    return numbers


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    word: str  # folded: lower-case, no accents
    kind: str  # digits | number | ambiguous | glue | text
    after_and: bool = False  # "y"/"and" just before it ("treinta y uno")
    after_pause: bool = False  # a comma or a filler just before it: a new group


def _kind(text: str, word: str, n: Numbers) -> str:
    if text.isdigit():
        return "digits"
    if (
        word in n.units
        or word in n.teens
        or word in n.tens
        or word in n.hundreds
        or word in n.scales
        or word in n.repeat
    ):
        return "number"
    if word in n.ambiguous:
        return "ambiguous"
    if word in n.fillers or word in JOINERS or word in n.group_words or word in n.and_words:
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
    """A turn's text with spoken numbers turned into digits, and the way back; the
    number words are the ``language`` table's (English when it has none)."""

    __slots__ = ()

    def __init__(self, original: str, language: str = "en") -> None:
        super().__init__(original, _runs(original, _numbers(language)))


def _runs(text: str, n: Numbers):
    """Find each run of number words (with glue inside) and render it as digits."""
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text):
        word = fold(m.group())
        before = tokens[-1].word if tokens else ""
        tokens.append(
            _Token(
                m.group(),
                m.start(),
                m.end(),
                word,
                _kind(m.group(), word, n),
                before in n.and_words,
                before in JOINERS or before in n.fillers,
            )
        )
    _glue_filler_phrases(tokens, n)
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in ("number", "digits", "ambiguous"):
            i += 1
            continue
        if _counts_digits(tokens, i, n):
            i += 1  # "the last four, 6342": the count stays a word, apart from the digits
            continue
        if _zero_after_a_dash(tokens, i, n):
            tokens[i] = replace(tokens[i], kind="number")  # "528 guion o 7": 07
        j = i
        members: list[_Token] = []
        while j < len(tokens) and tokens[j].kind in ("number", "digits", "ambiguous", "glue"):
            if tokens[j].word in n.and_words and not _joins(tokens, j, members, n):
                break
            if j > i and tokens[j].word in n.count_leads and _counts_digits(tokens, j + 1, n):
                break  # "... setenta y cuatro, los últimos cuatro": a count closes it
            members.append(tokens[j])
            j += 1
        yield from _render_run(members, n)
        i = j if j > i else i + 1


def _counts_digits(tokens: list[_Token], i: int, n: Numbers) -> bool:
    """ "Four" after "last" ("the last four, 6342", "los últimos cuatro seis tres cuatro
    dos") counts the digits that follow: four of them, or none ("the last four digits").
    Not a card's last group ("y los últimos cuatro dos uno uno"): three digits follow."""
    if not 0 < i < len(tokens) or tokens[i - 1].word not in n.count_leads:
        return False
    if n.units.get(tokens[i].word) != 4:
        return False
    members: list[_Token] = []
    for j in range(i + 1, len(tokens)):
        if tokens[j].kind not in ("number", "digits", "ambiguous", "glue"):
            break
        if tokens[j].word in n.and_words and not _joins(tokens, j, members, n):
            break
        members.append(tokens[j])
    numeric = [t for t in members if t.kind != "glue"]
    if numeric and numeric[0].word in n.scales:
        return False  # "los primeros cuatro mil setecientos": four thousand
    if numeric and all(t.kind == "digits" for t in numeric):
        return sum(len(t.text) for t in numeric) == 4
    rendered = [digits for _, _, digits, _ in _render_run(members, n)]
    return not numeric or (bool(rendered) and len(rendered[0]) == 4)


def _zero_after_a_dash(tokens: list[_Token], i: int, n: Numbers) -> bool:
    """An "o" said right after a dash and before digits ("cinco dos ocho guion o siete")
    is a zero of the next group, not the letter O."""
    before = i - 1
    while before >= 0 and tokens[before].word in JOINERS:  # "raya, o cuatro"
        before -= 1
    return (
        before >= 0
        and i < len(tokens) - 1
        and n.ambiguous.get(tokens[i].word) == 0
        and tokens[before].word in n.dash_words
        and tokens[i + 1].kind in ("number", "digits")
    )


def _glue_filler_phrases(tokens: list[_Token], n: Numbers) -> None:
    """Mark the words of a hesitation of several words ("a ver") as glue, in place; the
    next word starts a new group, as after any filler."""
    for phrase in n.filler_phrases:
        size = len(phrase)
        for i in range(len(tokens) - size + 1):
            if tuple(t.word for t in tokens[i : i + size]) == phrase:
                for k in range(i, i + size):  # no longer a word of its own ("y" in it)
                    tokens[k] = replace(tokens[k], kind="glue", word="")
                if i + size < len(tokens):
                    tokens[i + size] = replace(tokens[i + size], after_pause=True)


def _joins(tokens: list[_Token], j: int, members: list[_Token], n: Numbers) -> bool:
    """Whether "and"/"y" at ``j`` is inside the number: after a scale ("two hundred
    and five"), before a group word ("and then"), or between tens and a unit where the
    language says so ("treinta y uno")."""
    before = members[-1].word if members else ""
    after = tokens[j + 1].word if j + 1 < len(tokens) else ""
    return (
        before in n.scales
        or after in n.group_words
        or (n.tens_joined and before in n.tens and after in n.units)
        or _ends_a_list_of_digits(tokens, j, members, n)
    )


def _ends_a_list_of_digits(tokens: list[_Token], j: int, members: list[_Token], n: Numbers) -> bool:
    """ "dos uno y cuatro", "tres, seis y tres": digits listed as one lists things, the
    last after "y"; a run of two digits or more before it, one digit after and no
    number word after that."""
    digits = [t for t in members if t.kind != "glue"]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    return (
        len(digits) >= 2
        and all(_is_digit_word(t, n) for t in digits[-2:])
        and j + 1 < len(tokens)
        and _is_digit_word(tokens[j + 1], n)
        and (after is None or after.kind not in ("number", "digits", "ambiguous"))
    )


def _is_digit_word(token: _Token, n: Numbers) -> bool:
    return token.word in n.units or token.word in n.zero_words


def _render_run(members: list[_Token], n: Numbers):
    """Split a candidate run at ambiguous words that are not numbers, then render."""
    # nothing after it to repeat: "cuatro, doble ve" ends at "cuatro" ("doble ve" is W)
    while members and (members[-1].kind == "glue" or members[-1].word in n.repeat):
        members = members[:-1]
    if not members:
        return
    numeric = [t for t in members if t.kind != "glue"]
    # digits with a spoken word between them ("4417 um 2527") are one number said aloud
    said_between = any(t.word in n.fillers or t.word in n.group_words for t in members)
    has_words = any(t.kind == "number" for t in numeric)
    long_run = sum(_digit_estimate(t, n) for t in numeric) >= _MIN_DIGITS_FOR_AMBIGUOUS
    # decide each ambiguous word: a number only between numbers (oh: next to one)
    keep: list[bool] = []
    for k, tok in enumerate(numeric):
        if tok.kind != "ambiguous":
            keep.append(True)
            continue
        before = k > 0 and numeric[k - 1].kind in ("number", "digits", "ambiguous")
        after = k + 1 < len(numeric) and numeric[k + 1].kind in ("number", "digits", "ambiguous")
        if tok.word in n.zero_words:
            keep.append((has_words and (before or after)) or _in_run_of_oh(numeric, k, n))
        else:  # "un millón": a number before a scale word, wherever the run starts
            before_scale = k + 1 < len(numeric) and numeric[k + 1].word in n.scales
            keep.append(
                (has_words and before and after and long_run)
                or before_scale
                or _zero_closing_digits(numeric, k, n)
                or _zero_among_digits(numeric, k, n)
            )
    group: list[_Token] = []
    for tok, kept in zip(numeric, keep, strict=True):
        if kept:
            group.append(tok)
        else:
            yield from _emit(group, n, said_between)
            group = []
    yield from _emit(group, n, said_between)


def _zero_closing_digits(numeric: list[_Token], k: int, n: Numbers, least: int = 2) -> bool:
    """A zero-valued ambiguous word ("o") that closes a number read digit by digit ("dos
    ocho dos cinco o") is a zero, as "oh" is in English: "or" needs something after it.
    Not one that opens a run: "cu o cuatro dos ..." spells the letter O of an id."""
    if n.ambiguous.get(numeric[k].word) != 0 or k == 0:
        return False
    if any(n.ambiguous.get(t.word) != 0 for t in numeric[k + 1 :]):
        return False  # not in the run's closing zeros ("cero o o")
    digits = 0
    for tok in reversed(numeric[:k]):
        if n.ambiguous.get(tok.word) == 0:
            continue
        if tok.word not in n.units:
            break
        digits += 1
    return digits >= least


def _zero_among_digits(numeric: list[_Token], k: int, n: Numbers, least: int = 5) -> bool:
    """A zero-valued ambiguous word ("o") between digits read one by one, in a run of five
    or more ("seis o seis uno o", a postcode), is a zero: "or" joins two choices ("seis o
    siete", a list's last "tres o cuatro"), not a code's digits. Tens ("cuarenta o
    cincuenta") never count."""
    if n.ambiguous.get(numeric[k].word) != 0 or not 0 < k < len(numeric) - 1:
        return False

    def digit(tok: _Token) -> bool:
        return tok.word in n.units or n.ambiguous.get(tok.word) == 0

    if not (numeric[k - 1].word in n.units or digit(numeric[k - 1])) or not digit(numeric[k + 1]):
        return False
    if n.units.get(numeric[k + 1].word) == 0:
        return True  # "dos o cero": no one offers a choice of zero
    first = last = k
    while first > 0 and digit(numeric[first - 1]):
        first -= 1
    while last + 1 < len(numeric) and digit(numeric[last + 1]):
        last += 1
    run = numeric[first : last + 1]
    zeros = sum(n.ambiguous.get(t.word) == 0 for t in run)
    if zeros == 1 and k == last - 1 and n.units.get(numeric[last].word) != 0:
        return False  # a list's last choice: "uno, dos, tres o cuatro" ("o cero" is none)
    return len(run) >= least and sum(t.word in n.units for t in run) >= 3


def _in_run_of_oh(numeric: list[_Token], k: int, n: Numbers, least: int = 3) -> bool:
    """Three "oh"s or more in a row are zeros ("b b oh oh oh oh"), with no other
    number beside them; one or two are a word ("oh, okay", "oh oh")."""
    first = last = k
    while first > 0 and numeric[first - 1].word in n.zero_words:
        first -= 1
    while last + 1 < len(numeric) and numeric[last + 1].word in n.zero_words:
        last += 1
    return last - first + 1 >= least


def _digit_estimate(tok: _Token, n: Numbers) -> int:
    if tok.kind == "digits":
        return len(tok.text)
    if tok.word in n.hundreds:
        return 3
    return 2 if tok.word in n.teens or tok.word in n.tens else 1


def _emit(group: list[_Token], n: Numbers, said_between: bool = False):
    if not group:
        return
    if not any(t.kind in ("number", "ambiguous") for t in group) and not (
        said_between and len(group) > 1
    ):
        return  # plain digits keep their original form
    if all(t.kind == "ambiguous" for t in group) and not (
        len(group) >= 3 and all(t.word in n.zero_words for t in group)
    ):
        return
    digits, spans = _to_digits(group, n)
    if digits:
        yield group[0].start, group[-1].end, digits, spans


def _block(scale: int) -> int:
    """The span of values one scale word fills: "mil" the thousands below a million,
    "hundred" the hundreds below a thousand."""
    return scale * 1000 if scale >= 1000 else 1000


def _to_digits(group: list[_Token], n: Numbers) -> tuple[str, list[tuple[int, int]]]:
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
            push(str(n.tens[pending_tens.word]), (pending_tens.start, pending_tens.end))
            pending_tens = None

    def flush_acc() -> None:
        nonlocal acc, acc_span
        if acc is not None and acc_span is not None:
            push(str(acc), acc_span)
        acc, acc_span = None, None

    for index, tok in enumerate(group):
        w = tok.word
        span = (tok.start, tok.end)
        if acc is not None and w not in n.scales:
            if w in n.hundreds and acc_span is not None and acc % 1000 == 0:
                acc += n.hundreds[w]  # "mil novecientos": 1900
                acc_span = (acc_span[0], tok.end)
                continue
            value = n.value(w)
            following = group[index + 1] if index + 1 < len(group) else None
            # a comma between starts another group: "dos mil treinta y siete, cuatro ..."
            nxt = following.word if following is not None and not following.after_pause else ""
            # "eight hundred five five five …" is a phone prefix, not 805
            after_next = group[index + 2].word if index + 2 < len(group) else ""
            digit_string = (
                value is not None
                and value < 10
                and (nxt in n.units or nxt in n.ambiguous)
                and not (n.tens_joined and tok.after_and)  # "setenta y dos" ends at "dos"
                and after_next not in n.scales  # "ochocientos dos, seis mil ..." is 802 6...
            )
            if (
                value is not None
                and value < 100
                and acc_span is not None
                and not digit_string
                and (
                    acc % 100 == 0
                    or (
                        0 < value < 10
                        and acc % 10 == 0
                        and acc % 100 >= 20
                        # tens take their unit through "y" where they do: "novecientos
                        # cincuenta ocho" is 950 8, as "cincuenta ocho" is 50 8
                        and (not n.tens_joined or tok.after_and)
                    )
                )
            ):
                acc += value
                acc_span = (acc_span[0], tok.end)
                continue
            flush_acc()
        if tok.kind == "digits":
            flush_tens()
            push(tok.text, span)
        elif w in n.repeat:
            flush_tens()
            repeat, repeat_tok = n.repeat[w], tok
        elif w in n.hundreds:
            flush_tens()
            acc, acc_span = n.hundreds[w], span
        elif w in n.scales:
            if pending_tens is not None:
                base, start = n.tens[pending_tens.word], pending_tens.start
                pending_tens = None
            elif out and len(out[-1]) <= 2 and out[-1] != "0" and not tok.after_pause:
                # (after a pause it starts the next group: "cero seis, mil doscientos")
                base, start = int(out.pop()), spans[-1][0]
                del spans[len(spans) - len(str(base)) :]
            elif acc is not None and acc % _block(n.scales[w]) >= n.scales[w]:
                # "cuatro mil seiscientos sesenta y nueve, mil quinientos dieciséis": the
                # thousands are taken already, so this is the next group of a longer number
                flush_acc()
                acc, acc_span = n.scales[w], (tok.start, tok.end)
                continue
            elif acc is not None:
                scale = n.scales[w]
                # "sesenta y tres millones doscientos noventa y siete mil": the thousands
                # multiply only what came after the millions
                higher = acc - acc % _block(scale)
                acc = higher + max(acc - higher, 1) * scale
                acc_span = (acc_span[0], tok.end)  # type: ignore[index]
                continue
            else:
                base, start = 1, tok.start
            acc, acc_span = base * n.scales[w], (start, tok.end)
        elif w in n.tens:
            flush_tens()
            pending_tens = tok
        elif w in n.teens:
            flush_tens()
            push(str(n.teens[w]), span)
        else:  # unit or ambiguous digit
            value = n.units.get(w, n.ambiguous.get(w, 0))
            # "treinta y uno" is 31 where tens take their unit through "y"; "veinte uno" is 20 1
            joins = (
                not n.tens_joined
                or tok.after_and
                or (
                    pending_tens is not None and pending_tens.word in n.borrowed
                )  # "twenty nine" keeps English's rule
            )
            if pending_tens is not None and value > 0 and repeat == 1 and joins:
                push(str(n.tens[pending_tens.word] + value), (pending_tens.start, tok.end))
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
