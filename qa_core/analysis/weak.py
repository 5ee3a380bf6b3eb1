"""Shape-only matches: kept when the conversation says what they are, not otherwise.

Presidio's recognisers score a bare nine-digit number as a weak SSN, passport or
licence number and leave it to context to decide. A weak match with a shape of its own
(a long mix of letters and digits, an IPv6 "::") is a finding; anything else only when
a word of its recogniser's context is in its turn or in the question it answers, or
when the turn holds nothing but values (a bare answer) or the value fills a typed
field ("ip=", "SSN: "); never when a
cue of the language table (an order, a ticket, an amount) introduces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from ..model import Interaction
from ..spoken import fillers
from ..typed_view import TypedView
from .findings import Finding

MIN_SCORE = 0.45  # Presidio scores a shape it leaves to context 0.4 or less
WEAK_SCORE = 0.0
CUE_BEFORE = 40  # characters before a value in which a cue introduces it
_WORD = re.compile(r"[^\W_]+")
_SYMBOLS = re.compile(r"[:/@#+(]")  # "::", "+44 …", "(415) …"
_BARE_NUMBER = re.compile(r"[\d\s.,\-]+")
_FIELD_LABEL = re.compile(r"\w\s?[=:]\s*$")  # "src=", "SSN: ": a typed form's field
# "the billing ID?", "your guarantor number": a question that names what it asks for
_NAMED_ASK = re.compile(r"([^\W\d_]+)\W{1,2}(?:number|numbers|no|id|i d|code|#)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Weak:
    finding: Finding
    context: tuple[str, ...]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _question(interaction: Interaction, index: int) -> str:
    """The nearest earlier turn of another speaker: what this turn may be answering."""
    speaker = interaction.turns[index].speaker
    for earlier in range(index - 1, -1, -1):
        if interaction.turns[earlier].speaker != speaker:
            return interaction.turns[earlier].text
    return ""


def _value_only(text: str, spans: Sequence[Finding]) -> bool:
    covered = [False] * len(text)
    for f in spans:
        for i in range(f.start, min(f.end, len(text))):
            covered[i] = True
    return not any(ch.isalpha() and not covered[i] for i, ch in enumerate(text))


def confirmed(
    interaction: Interaction,
    index: int,
    candidates: Sequence[Weak],
    strong: Sequence[Weak],
    lexicon: Lexicon,
    stop_words: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Turn ``index``'s findings: the strong ones less bare numbers a cue introduces
    (an "order number 4111 1111 1111 1111"), and the weak ones its words confirm."""
    text = interaction.turns[index].text
    here = _words(text)
    kept = [s.finding for s in strong if not _introduced_as_other(text, s, lexicon)]
    if not candidates:
        return kept
    question = _question(interaction, index)
    asked = _words(question)
    value_only = _value_only(text, [c.finding for c in candidates] + kept)
    for candidate in candidates:
        finding = candidate.finding
        context = set(candidate.context)
        if _introduced_as_other(text, candidate, lexicon):
            continue
        if asked & lexicon.not_personal and not (asked | here) & context:
            continue
        field = bool(_FIELD_LABEL.search(text[max(0, finding.start - 20) : finding.start]))
        bare_answer = value_only and not _names_other(question, context, stop_words)
        if bare_answer or field or _distinctive(text, finding) or (here | asked) & context:
            kept.append(replace(finding, score=MIN_SCORE))
    return kept


_SENTENCE_END = re.compile(r"[.?!](?=\s)|\n")


def _names_other(question: str, context: set[str], stop_words: frozenset[str]) -> bool:
    """The question names what it asks for ("your billing ID?") with words that are
    none of this recogniser's: a bare number answering it is that thing, not this one."""
    named = {
        m.group(1).lower()
        for m in _NAMED_ASK.finditer(question)
        if m.group(1).lower() not in stop_words
    }
    return bool(named) and not named & context


def _distinctive(text: str, finding: Finding) -> bool:
    """A shape no word or plain number has: an IPv6 "::", a "+44" or "(415)" phone, a
    long mix of letters and digits ("1EG4TE5MK73")."""
    value = text[finding.start : finding.end]
    letters = sum(ch.isalpha() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    return bool(_SYMBOLS.search(value)) or (letters >= 2 and digits >= 2 and len(value) >= 7)


def _bare(text: str, finding: Finding) -> bool:
    """Digits alone, typed or said ("four uh five one"), with separators and fillers."""
    typed = TypedView(text[finding.start : finding.end]).text
    kept = " ".join(w for w in typed.split() if w.lower().strip(",.") not in fillers())
    return _BARE_NUMBER.fullmatch(kept) is not None


def _introduced_as_other(text: str, candidate: Weak, lexicon: Lexicon) -> bool:
    """A bare number right after a cue ("order", "ticket") with none of its recogniser's
    own context words in its sentence; recognisers without context words judge for
    themselves."""
    finding = candidate.finding
    if not candidate.context or not _bare(text, finding):
        return False
    # the cue and the recogniser's own words count in the value's sentence: "my recent
    # order. You asked for the PAN, it is 3528…" introduces no order number, and an
    # e-mail that names a card two lines on does not make "the IMEI is 3530…" a card
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, finding.start)), default=0)
    introduced = _words(text[max(start, finding.start - CUE_BEFORE) : finding.start])
    if not introduced & lexicon.not_personal:
        return False
    end = next((m.start() for m in _SENTENCE_END.finditer(text, finding.end)), len(text))
    return not _words(text[start:end]) & set(candidate.context)
