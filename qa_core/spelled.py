"""Spelled-out values → the characters a person would have typed, with the way back.

Three rewrites over a turn whose numbers are already digits (``spoken.py``):
- digits corrected as they are said: "4112, sorry, 111" → "4111";
- letters said one by one, as NATO words or as "b as in boy" (the word must start with
  the letter), with digits among them: "a as in apple b as in boy 7 2 9" → "AB729";
- the words between the parts of an address: "j dot smith at gmail dot com" →
  "j.smith@gmail.com", "www dot clinic dot org slash forms" → "www.clinic.org/forms",
  "ten point zero point zero point one" → "10.0.0.1".
The words themselves come from the language's table (``lexicon/<lang>.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Spelling, fold, phrase_alternation

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
Span = tuple[int, int]
Run = tuple[int, int, str, list[Span]]


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int
    alone: bool  # white space or a separator on both sides (not the "s" of "it's")

    @property
    def word(self) -> str:
        return self.text.lower()


def _tokens(text: str) -> list[_Tok]:
    return [
        _Tok(
            m.group(),
            m.start(),
            m.end(),
            (m.start() == 0 or text[m.start() - 1] not in "'’")
            and (m.end() == len(text) or text[m.end()] not in "'’"),
        )
        for m in _TOKEN.finditer(text)
    ]


# --- letters said one by one ----------------------------------------------------------


def _letter_at(toks: list[_Tok], i: int, table: Spelling) -> tuple[str, int, bool] | None:
    """(letter, tokens used, strong) of the letter said at ``toks[i]``, if one is."""
    tok = toks[i]
    named = _letter_name(toks, i, table)
    if named is not None:  # "jota", "doble ve": a letter, but words too, not proof
        letter, used = named
    else:
        nato, used = _hyphenated(toks, i)
        nato = nato if nato in table.nato else fold(nato)  # "óscar" is "oscar"
        if nato in table.nato:  # "november", "victor" are words too: a letter, not proof
            return table.nato[nato], used, False
        if len(tok.text) != 1 or not tok.text.isalpha() or not tok.alone:
            return None
        letter, used = tok.word, 1
    for phrase in table.as_in:
        end = i + used + len(phrase)
        if end < len(toks) and tuple(t.word for t in toks[i + used : end]) == phrase:
            example, more = _hyphenated(toks, end)
            if len(example) > 1 and fold(example[0]) == fold(letter):  # "a de ávila"
                return letter, end - i + more, True
    return letter, used, False


def _letter_name(toks: list[_Tok], i: int, table: Spelling) -> tuple[str, int] | None:
    """The letter a name says at ``toks[i]`` (two words first: "doble ve" is W)."""
    if not table.letter_names:
        return None
    if i + 1 < len(toks):
        pair = f"{toks[i].word} {toks[i + 1].word}"
        if pair in table.letter_names:
            return table.letter_names[pair], 2
    if toks[i].word in table.letter_names and toks[i].alone:
        return table.letter_names[toks[i].word], 1
    return None


def _hyphenated(toks: list[_Tok], i: int) -> tuple[str, int]:
    """The word at ``toks[i]`` and how many tokens it takes: "x-ray" is one word."""
    if (
        i + 2 < len(toks)
        and toks[i + 1].text == "-"
        and toks[i].end == toks[i + 1].start
        and toks[i + 1].end == toks[i + 2].start
        and toks[i + 2].text.isalpha()
    ):
        return toks[i].word + toks[i + 2].word, 3
    return toks[i].word, 1


def _unit_at(toks: list[_Tok], i: int, table: Spelling) -> tuple[str, int, int, bool] | None:
    """(characters, tokens used, letters, strong) of one spelled unit at ``toks[i]``."""
    tok = toks[i]
    if tok.text.isdigit():
        return tok.text, 1, 0, False
    times = table.repeat.get(tok.word)
    named = _letter_name(toks, i, table)
    if times and named is not None and named[1] == 2:
        times = None  # "doble ve" is the letter W, not "v" twice
    if times and i + 1 < len(toks):
        inner = _unit_at(toks, i + 1, table)
        if inner is not None and len(inner[0]) == 1:
            return inner[0] * times, inner[1] + 1, inner[2] * times, True
        return None
    letter = _letter_at(toks, i, table)
    if letter is None:
        return None
    return letter[0], letter[1], 1, letter[2]


def spelled_runs(text: str, table: Spelling) -> Iterator[Run]:
    """Runs of spelled letters (with digits among them) rendered as one token."""
    toks = _tokens(text)
    i = 0
    while i < len(toks):
        units: list[tuple[str, int, int]] = []  # chars, first token, last token
        bare: list[bool] = []  # a letter said as itself (not NATO, not "as in")
        letters = strong = 0
        j = i
        while j < len(toks):
            if units and (phrase := _filler_phrase_at(toks, j, table)):
                j += phrase
                continue
            if units and (
                toks[j].text in ",-."
                or toks[j].word in table.fillers
                or table.symbols.get(toks[j].word) == "-"  # "... four dash t e five"
            ):
                j += 1
                continue
            unit = _unit_at(toks, j, table)
            if unit is None:
                break
            chars, used, n_letters, is_strong = unit
            units.append((chars, j, j + used - 1))
            bare.append(not is_strong and len(toks[j].text) == 1)  # "w", not "whiskey"
            letters += n_letters
            strong += is_strong
            j += used
        acronym = _acronym(units, bare, table)
        if acronym and _web_prefix_without_dot(toks, units[:acronym], table):
            acronym = 0
        if acronym and _runs_into_digits(units[acronym:]):
            acronym = 0  # "d l (b) one one one one" is an id's letters, not the word "dl"
        if acronym:
            yield _render(toks, units[:acronym], word=True)
            i = units[acronym - 1][2] + 1
        elif _is_spelled(units, letters, strong):
            yield _restated(text, _render(toks, units), table)
            i = j
        else:
            i += 1


def _restated(text: str, run: Run, table: Spelling) -> Run:
    """The run, from the word it spells out when that word is said just before it
    ("mreid, that's M R E I D": one value, said, then spelled)."""
    start, end, rendered, spans = run
    said = _restatement(table.restatements).search(text, 0, start)
    if said is None or said.group("word").lower() != rendered.lower():
        return run
    return said.start(), end, rendered, [(said.start(), spans[0][1]), *spans[1:]]


@lru_cache(maxsize=8)
def _restatement(words: frozenset[str]) -> re.Pattern[str]:
    said = phrase_alternation(words).replace("'", "['’]")
    return re.compile(rf"(?P<word>[A-Za-z]+)\s*,?\s*(?:{said})\s*,?\s*$" if said else r"(?!)", re.I)


def _runs_into_digits(rest: list[tuple[str, int, int]]) -> bool:
    """Digits next, or one more letter and then digits ("i d x y z" keeps its "id")."""
    return bool(rest) and (
        rest[0][0].isdigit() or (len(rest) > 1 and rest[0][0].isalpha() and rest[1][0].isdigit())
    )


def _acronym(units: list[tuple[str, int, int]], bare: list[bool], table: Spelling) -> int:
    """How many leading letters said as themselves spell a word of the table ("i d" is
    "id"; "delta lima" is a value)."""
    for size in range(min(4, len(units)), 1, -1):
        head = units[:size]
        single = all(
            b and len(u[0]) == 1 and u[0].isalpha() for u, b in zip(head, bare[:size], strict=True)
        )
        if single and "".join(u[0] for u in head) in table.acronyms:
            return size
    return 0


def _web_prefix_without_dot(
    toks: list[_Tok], head: list[tuple[str, int, int]], table: Spelling
) -> bool:
    """ "w w w" is the word "www" only before "dot": before digits it is an id's letters."""
    if "".join(u[0] for u in head) not in table.web_prefixes:
        return False
    after = head[-1][2] + 1
    return after >= len(toks) or table.symbols.get(toks[after].word, toks[after].text) != "."


def _is_spelled(units: list[tuple[str, int, int]], letters: int, strong: int) -> bool:
    """Spelling, not words that happen to be short: three letters or more, or two with
    a digit, or any "as in" letter beside another unit."""
    digits = len(units) - sum(1 for chars, *_ in units if chars.isalpha())
    return letters >= 3 or (letters >= 2 and digits >= 1) or (strong >= 1 and len(units) >= 2)


def _render(toks: list[_Tok], units: list[tuple[str, int, int]], word: bool = False) -> Run:
    """The units as one token (letters in capitals, as ids are printed; a spelled word
    in lower case)."""
    chars: list[str] = []
    spans: list[Span] = []
    for text, first, last in units:
        span = (toks[first].start, toks[last].end)
        for ch in text:
            chars.append(ch.lower() if word else ch.upper() if ch.isalpha() else ch)
            spans.append(span)
    return toks[units[0][1]].start, toks[units[-1][2]].end, "".join(chars), spans


# --- digits corrected as they are said ---------------------------------------------


@lru_cache(maxsize=8)
def _correction_pattern(corrections: tuple[str, ...], fillers: frozenset[str]) -> re.Pattern[str]:
    """Digits, a correction cue ("sorry", "I mean"), digits: built once per language."""
    cues = "|".join(
        r"[\s,]+".join(map(re.escape, cue.split()))
        for cue in sorted(corrections, key=len, reverse=True)
    )
    filler_words = "|".join(map(re.escape, sorted(fillers)))
    glue = rf"(?:[\s,.;:…\-]|\b(?:{filler_words})\b)*"
    return re.compile(
        rf"(?<!\d)(?P<said>\d+){glue}\b(?P<cue>{cues})\b{glue}(?P<meant>\d+)(?!\d)",
        re.IGNORECASE,
    )


def corrected_runs(text: str, table: Spelling) -> Iterator[Run]:
    """ "4112, sorry, 111" → "4111": the digits after a correction replace the digits
    before it from where the two agree ("5202 7774 8618, sorry, 8614 8305": the
    speaker says the wrong group again, right, and goes on). Corrections in a row
    ("228, no wait, 2221 9136 1502, that's wrong, 1501 7624") apply one after another."""
    if not any(ch.isdigit() for ch in text):
        return
    pattern = _correction_pattern(table.corrections + tuple(table.restarts), table.fillers)
    chain: list[re.Match[str]] = []
    at = 0
    while (match := pattern.search(text, at)) is not None:
        if chain and match.span("said") != chain[-1].span("meant"):
            yield _corrected(text, chain, table.restarts)
            chain = []
        chain.append(match)
        at = match.start("meant")  # what was meant may itself be corrected next
    if chain:
        yield _corrected(text, chain, table.restarts)


def _corrected(text: str, chain: list[re.Match[str]], restarts: frozenset[str]) -> Run:
    """One run from the first digits said to the last correction's digits."""
    first = chain[0].span("said")
    digits = [(i, (i, i + 1)) for i in range(*first)]
    for match in chain:
        meant = match.span("meant")
        cue = " ".join(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", match.group("cue").lower()))
        said = "".join(text[i] for i, _ in digits)
        kept = 0 if cue in restarts else _restart_at(said, match.group("meant"))
        digits = digits[:kept] + [(i, (i, i + 1)) for i in range(*meant)]
    spans = [span for _, span in digits]
    spans[0] = (first[0], spans[0][1])  # a value found here covers what was corrected
    last = chain[-1].end("meant")
    return first[0], last, "".join(text[i] for i, _ in digits), spans


def _restart_at(said: str, meant: str) -> int:
    """How many digits of ``said`` stand: the speaker starts again at the latest place
    where what they say next agrees longest with what they had said there ("…8618" →
    "8614…" restarts at the "8"); with no agreement, as many of the last digits as are
    said again are replaced (all of them when as many or more are). A place where what
    was said runs out still agreeing corrects nothing there, so a place whose agreement
    ends on the wrong digit comes first ("666, no, 6641…" starts again at the first 6)."""
    best, at = (False, 0), max(0, len(said) - len(meant))
    for start in range(len(said)):
        agree = 0
        while (
            start + agree < len(said) and agree < len(meant) and said[start + agree] == meant[agree]
        ):
            agree += 1
        corrects = start + agree < len(said) and agree < len(meant)
        if agree and (corrects, agree) >= best:
            best, at = (corrects, agree), start
    return at


# --- the words between the parts of an address ------------------------------------------


def address_runs(text: str, table: Spelling) -> Iterator[Run]:
    """E-mail, web and IP addresses said with "at", "dot", "slash" between parts."""
    toks = _number_after_word(_digits_said_singly(_tokens(text), text), table)
    i = 0
    while i < len(toks):
        run = _address_at(toks, i, table)
        if run is None:
            i += 1
            continue
        end_token, rendered = run
        yield rendered
        i = end_token + 1


def _number_after_word(toks: list[_Tok], table: Spelling) -> list[_Tok]:
    """A number said right after a word, just before the "at" of an e-mail, as one part:
    "yuliana cero cuatro arroba ..." is yuliana04@, "smith eighty five at ..." smith85@
    (a spoken number cannot be written joined to the word before it)."""
    out: list[_Tok] = []
    for k, tok in enumerate(toks):
        last = out[-1] if out else None
        if (
            last is not None
            and tok.text.isdigit()
            and last.text[0].isalpha()
            and last.word not in table.fillers
            and not _ends_symbol(out, table)  # "arroba", or "guion bajo 82": bajo ends "_"
            and _symbol_follows(toks, k + 1, table)
        ):
            out[-1] = _Tok(last.text + tok.text, last.start, tok.end, True)
        else:
            out.append(tok)
    return out


def _ends_symbol(toks: list[_Tok], table: Spelling) -> bool:
    """Whether the last tokens say a symbol of two or three words ("guion bajo")."""
    return any(
        " ".join(t.word for t in toks[-size:]) in table.symbols
        for size in (1, 2, 3)
        if len(toks) >= size
    )


def _attached(
    toks: list[_Tok], before: int, symbol: int, after: int, table: Spelling, in_domain: bool
) -> bool:
    """A typed mark inside an address, not the end of a sentence: a dot with a space
    after it ends one ("Okay. gracereid ..."); "gmail .com" and "juan @ gmail" do not,
    nor does a dot before a top-level domain after the "@" ("@yahoo. com", "@ yahoo .
    com")."""
    return (
        toks[symbol].text not in ".:"  # "correo: juan@..." ends a label
        or toks[symbol].end == toks[after].start
        or (
            in_domain
            and toks[symbol].text == "."
            and toks[after].text.islower()  # "... at gmail. Com" starts a sentence
            and toks[after].word in table.top_level_domains
        )
    )


def _symbol_follows(toks: list[_Tok], j: int, table: Spelling) -> bool:
    """Whether an "at" comes next: only an e-mail's local part joins a name and a
    number (an IP address's numbers never join the word before them)."""
    j = _past_fillers(toks, j, table)
    symbol = _symbol_at(toks, j, table) if j < len(toks) else None
    return symbol is not None and symbol[0] == "@"


def _digits_said_singly(toks: list[_Tok], text: str) -> list[_Tok]:
    """Single digits a space apart as one part ("1 9 2 point 1 6 8 ..."): speech
    recognisers write an address's numbers digit by digit."""
    out: list[_Tok] = []
    for tok in toks:
        last = out[-1] if out else None
        if (
            last is not None
            and len(tok.text) == 1
            and tok.text.isdigit()
            and last.text.isdigit()
            and len(last.text) == (last.end - last.start + 1) // 2  # digits said singly so far
            and text[last.end : tok.start] == " "
            and (len(last.text) == 1 or text[last.end - 2] == " ")
        ):
            out[-1] = _Tok(last.text + tok.text, last.start, tok.end, True)
        else:
            out.append(tok)
    return out


def _address_at(toks: list[_Tok], i: int, table: Spelling) -> tuple[int, Run] | None:
    """The longest "part (symbol part)+" from ``toks[i]`` that reads as an address."""
    if not _part(toks[i]):
        return None
    parts = [i]
    symbols: list[tuple[str, int, int, bool]] = []  # symbol, first, last token, said
    j = _past_fillers(toks, i + 1, table)
    while j < len(toks):
        symbol = _symbol_at(toks, j, table)
        if symbol is None and toks[j].text == "," and j + 1 < len(toks):
            said = _symbol_at(toks, j + 1, table)  # "M R E I D, at comcast dot net"
            if said is not None and said[3] and said[0] == "@":
                symbol = (said[0], j, said[2], True)
        if symbol is None:
            break
        after = _past_fillers(toks, symbol[2] + 1, table)
        if after >= len(toks) or not _part(toks[after]):
            break
        in_domain = any(found[0] == "@" for found in symbols)
        if not symbol[3] and not _attached(toks, parts[-1], j, after, table, in_domain):
            break  # "Okay. gracereid ...": a typed mark with a space beside it ends a sentence
        symbols.append(symbol)
        parts.append(after)
        j = _past_fillers(toks, after + 1, table)
    while symbols and not _reads_as_address(toks, parts, symbols, table):
        symbols.pop()
        parts.pop()
    if not symbols:
        return None
    chars: list[str] = []
    spans: list[Span] = []
    for k, part in enumerate(parts):
        if k:
            symbol, first, last, _ = symbols[k - 1]
            chars.append(symbol)
            spans.append((toks[first].start, toks[last].end))
        chars.extend(toks[part].text)
        spans.extend([(toks[part].start, toks[part].end)] * len(toks[part].text))
    return parts[-1], (toks[parts[0]].start, toks[parts[-1]].end, "".join(chars), spans)


_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _symbol_at(toks: list[_Tok], j: int, table: Spelling) -> tuple[str, int, int, bool] | None:
    """(symbol, first token, last token, said as a word) at ``toks[j]``: "at", "@", or a
    word in brackets as people write it to hide an address ("[at]", "(dot)")."""
    close = _BRACKETS.get(toks[j].text)
    if close and j + 2 < len(toks) and toks[j + 2].text == close:
        if toks[j + 1].word in table.symbols:
            return table.symbols[toks[j + 1].word], j, j + 2, True
        return None
    for size in (3, 2):  # "at sign", "at the rate", "forward slash"
        phrase = " ".join(t.word for t in toks[j : j + size])
        if j + size <= len(toks) and phrase in table.symbols:
            return table.symbols[phrase], j, j + size - 1, True
    if toks[j].word in table.symbols:
        return table.symbols[toks[j].word], j, j, True
    return (toks[j].text, j, j, False) if toks[j].text in "@._-/:" else None


def _filler_phrase_at(toks: list[_Tok], j: int, table: Spelling) -> int:
    """How many tokens from ``j`` a hesitation of several words takes ("a ver"), if any."""
    for phrase in table.filler_phrases:
        if tuple(t.word for t in toks[j : j + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _past_fillers(toks: list[_Tok], j: int, table: Spelling) -> int:
    """The first token from ``j`` that is not a filler ("at uh gmail")."""
    while j < len(toks) and toks[j].word in table.fillers:
        j += 1
    return j


def _part(tok: _Tok) -> bool:
    return tok.text[0].isalnum()


def _reads_as_address(
    toks: list[_Tok],
    parts: list[int],
    found: list[tuple[str, int, int, bool]],
    table: Spelling,
) -> bool:
    words = [toks[p].word for p in parts]
    spaced = any(
        toks[parts[k]].end != toks[first].start or toks[last].end != toks[parts[k + 1]].start
        for k, (_, first, last, _) in enumerate(found)
    )
    symbols = [symbol for symbol, *_ in found]
    if not any(said for *_, said in found) and not (spaced and "@" in symbols):
        return False  # typed already: the written pass sees it as it is (but not an
        # e-mail typed with spaces, "juan.perez @ gmail.com")
    if "@" in symbols:
        at = symbols.index("@")
        domain = words[at + 1 :]
        return (
            symbols.count("@") == 1
            and len(domain) >= 2
            and domain[0] != "www"  # "claims at www.site.com": a web address after "at"
            and set(symbols[at:]) <= {"@", "."}
        )
    if all(s == "." for s in symbols) and len(words) == 4 and all(w.isdigit() for w in words):
        return all(int(w) <= 255 for w in words)  # an IPv4 address
    dots = [k for k, s in enumerate(symbols) if s == "."]
    if not dots:
        return False
    host_end = next((k for k, s in enumerate(symbols) if s == "/"), len(symbols))
    host = words[: host_end + 1]
    return host[0] == "www" or host[-1] in table.top_level_domains
