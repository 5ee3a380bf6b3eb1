"""Presidio recognisers for one turn's spoken-number view (``4111`` for "four one …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from presidio_analyzer import EntityRecognizer, RecognizerResult
from stdnum import iban

from qa_core import reading_speech

from .cards import aba_ok, could_be_card_number, digits_of, is_card_number
from .patterns import (
    ACCOUNT_IN_TURN,
    BANK_WORDS,
    CARD_CONTEXT,
    CVV_BEFORE,
    CVV_IN_TURN,
    DIGIT_RUN,
    EXPIRY_BEFORE,
    EXPIRY_IN_TURN,
    NOT_A_CARD_CONTEXT,
    ROUTING_IN_TURN,
    SLASHED_GROUPS,
)
from .presidio import presidio_recognizers

IBAN_SHAPE = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]){10,32}(?![a-z0-9])", re.I)


class _TurnRecognizer(EntityRecognizer):
    """A recogniser that reads only the text (no spaCy entities)."""

    uses_ner = False

    def __init__(self, entity: str, name: str, language: str = "en") -> None:
        super().__init__(supported_entities=[entity], name=name, supported_language=language)

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            self.supported_entities[0],
            start,
            end,
            score,
            recognition_metadata={"recognizer_name": self.name, "recognizer_identifier": self.id},
        )


def _named(name: str, language: str) -> str:
    """A recogniser's name, with its language when that is not English."""
    return name if language == "en" else f"{name} ({language})"


def card_windows(digits: str, edges: frozenset[int] | None = None) -> Iterator[tuple[int, int]]:
    """Candidate [a, b) digit windows: the whole run when it has a card's length; in a
    longer run, only a card-length piece at its start or its end (a card with its
    expiry or code run on after it, or digits before it), and when ``edges`` are given
    (where a typed run's groups meet), only a piece made of whole groups. A piece cut
    from the middle of a longer number, or across a group, is a chance of arithmetic:
    about one window in ten of any long reference passes Luhn, and a wire reference
    or an IMEI is not a card."""
    n = len(digits)
    if 12 <= n <= 19:  # 12: Maestro, said as a whole number only
        yield 0, n
        return
    for length in range(min(19, n), 12, -1):
        for a, b in ((0, length), (n - length, n)):
            if edges is None or (a in edges and b in edges):
                yield a, b


def _group_edges(run: str) -> frozenset[int]:
    """Digit counts at which a typed run's groups begin or end ("4111 1111" → 0, 4, 8)."""
    edges, count = {0}, 0
    for ch in run:
        if ch.isdigit():
            count += 1
        else:
            edges.add(count)
    return frozenset(edges | {count})


def _glued_to_letters(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


class CardNumberRecognizer(_TurnRecognizer):
    """Card numbers by brand, length and Luhn, also in digits said one by one; by
    context alone only in speech, where a misheard digit breaks the check."""

    def __init__(
        self,
        language: str = "en",
        card_context: re.Pattern[str] = CARD_CONTEXT,
        not_a_card_context: re.Pattern[str] = NOT_A_CARD_CONTEXT,
    ) -> None:
        super().__init__("CREDIT_CARD", _named("qa-pci card number", language), language)
        self.card_context = card_context
        self.not_a_card_context = not_a_card_context

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        results = []
        for match in chain(DIGIT_RUN.finditer(text), SLASHED_GROUPS.finditer(text)):
            if _glued_to_letters(text, match.start(), match.end()):
                continue  # part of an IBAN, a reference like "W2341…": not a card
            positions = [match.start() + i for i, ch in enumerate(match.group()) if ch.isdigit()]
            if len(positions) < 12:
                continue
            digits = "".join(text[p] for p in positions)
            before = text[max(0, match.start() - 80) : match.start()]
            around = before + text[match.end() : match.end() + 30]
            card_said = bool(self.card_context.search(around))
            if self.not_a_card_context.search(before[-40:]) and not card_said:
                continue
            # said aloud after the card was named, a run may hold the card and more;
            # typed, a card is whole groups of a run; otherwise a run is one number
            speech = card_said and reading_speech()
            edges = None if speech else _group_edges(match.group())
            windows = card_windows(digits, edges)
            window = next(((a, b) for a, b in windows if is_card_number(digits[a:b])), None)
            score = 1.0
            if window is None and card_said and reading_speech() and could_be_card_number(digits):
                window, score = (0, len(digits)), 0.8
            if window is not None:
                results.append(
                    self.result(positions[window[0]], positions[window[1] - 1] + 1, score)
                )
        return results


class ContextValueRecognizer(_TurnRecognizer):
    """A value that a phrase in the same turn makes sensitive ("the CVV is 737")."""

    def __init__(
        self,
        entity: str,
        name: str,
        pattern: re.Pattern[str],
        score: float,
        turn_must_match: re.Pattern[str] | None = None,
        validate=None,
        language: str = "en",
    ) -> None:
        super().__init__(entity, name, language)
        self.pattern = pattern
        self.score = score
        self.turn_must_match = turn_must_match
        self.validate = validate

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        if self.turn_must_match is not None and not self.turn_must_match.search(text):
            return []
        out = []
        for match in self.pattern.finditer(text):
            value = match.group("value")
            score = (
                self.score if self.validate is None or self.validate(value) else self.score - 0.15
            )
            out.append(self.result(match.start("value"), match.end("value"), score))
        return out


class AnyCaseIbanRecognizer(_TurnRecognizer):
    """IBANs in any case and grouping, typed or spelled ("gb87 wxrx ..."), checked by
    python-stdnum's mod-97 and country formats; Presidio's takes the upper-case ones."""

    def __init__(self, language: str = "en") -> None:
        super().__init__(
            "BANK_ACCOUNT", "qa-pci iban" + ("" if language == "en" else f" ({language})"), language
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out = []
        for match in IBAN_SHAPE.finditer(text):
            if iban.is_valid(match.group()):
                out.append(self.result(match.start(), match.end(), 0.95))
        return out


def recognizers() -> list[EntityRecognizer]:
    from .spanish import spanish_recognizers

    return [*english_recognizers(), *spanish_recognizers()]


def english_recognizers() -> list[EntityRecognizer]:
    return [
        AnyCaseIbanRecognizer(),
        *presidio_recognizers(),
        CardNumberRecognizer(),
        ContextValueRecognizer("CARD_CVV", "qa-pci security code", CVV_IN_TURN, 0.9),
        ContextValueRecognizer("CARD_CVV", "qa-pci security code before", CVV_BEFORE, 0.9),
        ContextValueRecognizer("CARD_EXPIRY", "qa-pci expiry date", EXPIRY_IN_TURN, 0.9),
        ContextValueRecognizer("CARD_EXPIRY", "qa-pci expiry date before", EXPIRY_BEFORE, 0.9),
        ContextValueRecognizer(
            "BANK_ACCOUNT",
            "qa-pci routing number",
            ROUTING_IN_TURN,
            0.95,
            validate=lambda v: aba_ok(digits_of(v)),
        ),
        ContextValueRecognizer(
            "BANK_ACCOUNT", "qa-pci bank account", ACCOUNT_IN_TURN, 0.85, turn_must_match=BANK_WORDS
        ),
    ]
