"""Which language an interaction, and each of its turns, is really in.

An interaction declared ``en`` but spoken in Spanish would pass through English
recognisers and come out looking clean; it is routed to the Spanish ones instead, or,
when no plugin reads its language, flagged. Detection uses py3langid (its model ships
in the package), restricted to languages contact centres commonly serve, on the
interaction's text; short texts are left undetermined. A turn long enough to tell is
classified among the languages recognisers are loaded for, so a call that switches
language between turns is read in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import primary
from ..model import Interaction

CANDIDATES = [
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "ar",
    "hi",
    "zh",
    "ja",
    "ko",
    "vi",
    "tl",
    "ro",
    "sv",
]
MIN_LETTERS = 30
MIN_PROBABILITY = 0.8
SAMPLE_CHARS = 4_000
# a turn this long, this clearly in another loaded language, is read in that language
MIN_TURN_LETTERS = 15
MIN_TURN_PROBABILITY = 0.9
LONG_TURN_LETTERS = 60


@dataclass(frozen=True)
class LanguageCheck:
    declared: str
    detected: str | None  # None when the text is too short to tell
    supported: bool

    def to_json(self) -> dict[str, Any]:
        return {"declared": self.declared, "detected": self.detected, "supported": self.supported}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, loaded once per process (it is the larger part of the memory
    language checks take)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def detection_available() -> bool:
    """Whether languages can be detected here: py3langid and spaCy (for stop words) come
    with the redaction extra, which a scoring-only install may leave out."""
    from importlib.util import find_spec

    return find_spec("py3langid") is not None and find_spec("spacy") is not None


def detect(interaction: Interaction) -> str | None:
    """The interaction's language from its text, or None when too short or unclear."""
    return _detected(" ".join(turn.text for turn in interaction.turns)[:SAMPLE_CHARS])


@lru_cache(maxsize=256)
def _detected(text: str) -> str | None:
    """Once per text: the analysis routes by it and the language check reports it."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(text)
    return language if probability >= MIN_PROBABILITY else None


@lru_cache(maxsize=4096)
def _turn_language(text: str, among: tuple[str, ...]) -> str | None:
    """The most likely of ``among`` when it is clearly so: the one model's probabilities,
    renormalised over those languages (what restricting the model to them gives)."""
    if sum(ch.isalpha() for ch in text) < MIN_TURN_LETTERS:
        return None
    scores = {language: p for language, p in _identifier().rank(text) if language in among}
    total = sum(scores.values())
    if not scores or total <= 0:
        return None
    language = max(scores, key=scores.__getitem__)
    return language if scores[language] / total >= MIN_TURN_PROBABILITY else None


def turn_languages(
    interaction: Interaction, loaded: frozenset[str], detected: str | None = None
) -> list[str]:
    """Each turn's language: the declared (else detected, else English) one, or
    another loaded language the turn is clearly in."""
    base = primary(interaction.language) or detected or "en"
    among = tuple(sorted(loaded | {base})) if base in CANDIDATES else tuple(sorted(loaded))
    if len(among) < 2:
        return [base] * len(interaction.turns)
    others = _telling_words(base, among)
    neutral = _borrowed_numbers(among)
    told = [_told(_without(turn.text, neutral), among, base, others) for turn in interaction.turns]
    # a turn too short to tell ("muy bien") is in the language its speaker talks in
    # (an English-speaking agent and a Spanish-speaking caller each keep to theirs), else
    # in the language of the talk around it
    speakers = [turn.speaker for turn in interaction.turns]
    before = _last_told(told, speakers)
    after = _last_told(told[::-1], speakers[::-1])[::-1]
    out = []
    for k, language in enumerate(told):
        out.append(
            language
            or before[k][0]  # the same speaker, earlier
            or after[k][0]  # the same speaker, later
            or before[k][1]  # anyone, earlier
            or after[k][1]  # anyone, later
            or base
        )
    return out


def _last_told(told: list[str | None], speakers: list[str]) -> list[tuple[str | None, str | None]]:
    """For each turn, the language last told before it by its own speaker and by anyone
    (one pass, so a long call costs no more per turn than a short one)."""
    by_speaker: dict[str, str] = {}
    anyone: str | None = None
    out = []
    for language, speaker in zip(told, speakers, strict=True):
        out.append((by_speaker.get(speaker), anyone))
        if language:
            by_speaker[speaker], anyone = language, language
    return out


@lru_cache(maxsize=16)
def _borrowed_numbers(among: tuple[str, ...]) -> frozenset[str]:
    """Number words one loaded language borrows from another ("three", "oh" in a Spanish
    turn): a caller reads digits in either, so they tell no language."""
    from ..lexicon import lexicon

    tables = [lexicon(language).numbers for language in among]
    numbers = [n for n in tables if n is not None]
    borrowed = {w for n in numbers for w in n.borrowed}
    for n in numbers:  # and a zero one says as another does ("oh")
        others = {w for m in numbers if m is not n for w in (*m.zero_words, *m.ambiguous)}
        borrowed |= {w for w in n.zero_words if w in others}
    return frozenset(borrowed)


def _without(text: str, words: frozenset[str]) -> str:
    """``text`` less ``words`` (as the classifier should see it); unchanged when it has none."""
    from ..lexicon import fold

    found = _WORD.findall(text)
    if not any(fold(w) in words for w in found):
        return text
    return " ".join(w for w in found if fold(w) not in words)


def _told(text: str, among: tuple[str, ...], base: str, others: frozenset[str]) -> str | None:
    """A turn's language, or None when too short to tell ("Ajá."): a turn with no word
    only another loaded language uses is in the base language, without classifying it
    (which costs); one with such words is classified."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_TURN_LETTERS:
        return None
    words = _words(text)
    telling = len(others & words)
    if telling == 0 or (telling == 1 and letters > LONG_TURN_LETTERS):
        return base  # one foreign word in a long text (a place, a name) is no language
    return _turn_language(text, among) or _by_words(words, among)


def _by_words(words: set[str], among: tuple[str, ...]) -> str | None:
    """Where the classifier is unsure ("ah y vence siete veintiocho"), the one language
    whose own words the turn holds, when only one's are there."""
    counts = {
        language: len(words & _telling_words(other, among))
        for language in among
        for other in among
        if other != language
    }
    said = [language for language, count in counts.items() if count]
    # two of its own words at least, and none of any other's ("total" is English too)
    return said[0] if len(said) == 1 and counts[said[0]] >= 2 else None


_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    from ..lexicon import fold

    return {fold(w) for w in _WORD.findall(text)}


@lru_cache(maxsize=16)
def _telling_words(base: str, among: tuple[str, ...]) -> frozenset[str]:
    """Words only another loaded language uses ("que", "los", "para" beside English): a
    turn without one is in the base language, and is not classified (that costs)."""
    from ..lexicon import fold, lexicon
    from .engine import stop_words

    def words(language: str) -> frozenset[str]:
        table = lexicon(language)
        said = set(table.spelling.letter_names) | (
            set(table.spelling.symbols) - table.spelling.borrowed
        )
        if table.numbers is not None:  # "cuatro uno uno uno" says which language it is
            numbers = table.numbers
            said |= {*numbers.units, *numbers.teens, *numbers.tens, *numbers.hundreds}
            said -= numbers.borrowed
        return frozenset(fold(w) for w in stop_words(language) | said)

    mine = words(base) if base in CANDIDATES else frozenset()
    numbers = lexicon(base).numbers if base in CANDIDATES else None
    borrowed = numbers.borrowed if numbers is not None else frozenset()
    # a single letter ("e", "o") is as often a letter spelled out; a word the base
    # language borrows ("nine" in a Spanish call) tells nothing either
    return frozenset(
        w for other in among if other != base for w in words(other) - mine - borrowed if len(w) >= 2
    )


def routed(language: str, loaded: frozenset[str]) -> str:
    """The recognisers a turn in ``language`` is read with: its own, else English
    (digits are digits: a card number is caught in any language), never none."""
    return language if language in loaded else "en"


def check_language(interaction: Interaction, supported: frozenset[str]) -> LanguageCheck:
    """Declared and detected language, and whether recognisers for every language the
    interaction is in (each turn's too) ran over it."""
    declared = primary(interaction.language) or "en"
    detected = detect(interaction)
    languages = set(turn_languages(interaction, supported, detected))
    covered = (
        declared in supported
        and (detected is None or detected in supported)
        and languages <= supported
    )
    return LanguageCheck(declared, detected, covered)
