"""What only the conversation shows: card numbers in pieces, and prompted answers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from qa_core import (
    Finding,
    Interaction,
    InteractionDetector,
    Prompt,
    PromptedValueDetector,
    TurnAnalysis,
    date_answer,
    words_besides_a_number,
)

from .cards import aba_ok, could_be_card_number, digits_of, is_card_number
from .patterns import (
    ACCOUNT_ANSWER,
    ACCOUNT_PROMPT,
    AMOUNT_WORDS,
    CARD_CONTEXT,
    CARD_PROMPT,
    CVV_ANSWER,
    CVV_ASKED,
    DIGIT_RUN,
    EXPIRY_ANSWER,
    EXPIRY_PROMPT,
    FLAGS,
    GROUP_SEPARATOR,
    NOT_A_CARD_CONTEXT,
    ROUTING_PROMPT,
    grouped_digits,
)

NINE_DIGITS = re.compile(r"(?P<value>" + grouped_digits(9, 9) + ")")
ANY_ACCOUNT_PROMPT = re.compile(r"\baccount\s*(?:number|no\.?|#)", FLAGS)
CARD_ANSWER = re.compile(r"(?<!\d)(?P<value>\d(?:" + GROUP_SEPARATOR + r"?\d){12,22})(?!\d)")
INTERJECTION_MAX_WORDS = 8
PIECE_TURN_MAX_WORDS = 5  # words besides the digits in a turn that reads out a piece


def prompted_detector() -> PromptedValueDetector:
    return PromptedValueDetector(
        "qa-pci prompted values",
        [
            Prompt("CARD_CVV", CVV_ASKED, CVV_ANSWER, score=0.85),
            Prompt("CARD_EXPIRY", EXPIRY_PROMPT, EXPIRY_ANSWER, score=0.85),
            Prompt("CARD_EXPIRY", EXPIRY_PROMPT, date_answer(), score=0.8),
            Prompt(
                "BANK_ACCOUNT",
                ROUTING_PROMPT,
                NINE_DIGITS,
                score=0.9,
                validate=lambda v: aba_ok(digits_of(v)),
            ),
            Prompt("BANK_ACCOUNT", ACCOUNT_PROMPT, ACCOUNT_ANSWER, score=0.8),
            # an account number asked in a payment call, bank words or not (lower: under
            # hipaa too, its ACCOUNT_NUMBER names it)
            Prompt("BANK_ACCOUNT", ANY_ACCOUNT_PROMPT, ACCOUNT_ANSWER, score=0.6),
            Prompt(
                "CREDIT_CARD",
                CARD_PROMPT,
                CARD_ANSWER,
                score=0.8,
                validate=lambda v: could_be_card_number(digits_of(v)),
                # only a question excuses a failed check: a written number that fails
                # Luhn beside the words "card number" is not a card (Presidio's cases)
                named=False,
            ),
        ],
    )


@dataclass(frozen=True)
class _Piece:
    turn: TurnAnalysis
    start: int  # view offsets
    end: int
    digits: str


def _first_window(run: list[_Piece], accept: Callable[[str], bool]) -> list[_Piece] | None:
    """The first run of two or more consecutive pieces whose digits ``accept`` takes
    (none that holds a whole card number by itself: that one is found on its own)."""
    for a in range(len(run)):
        if is_card_number(run[a].digits):
            continue
        joined = run[a].digits
        for b in range(a + 1, len(run)):
            joined += run[b].digits
            if len(joined) > 19 or is_card_number(run[b].digits):
                break
            if accept(joined):
                return run[a : b + 1]
    return None


class SplitCardDetector(InteractionDetector):
    """A card number read in two or three pieces, with "okay", "go ahead" in between.

    Pieces said by one speaker are joined across the other party's short interjections,
    and across the other party echoing a piece back ("cuatro tres dos seis" ... "cuatro
    tres dos seis, anotado, siga"); a window of pieces that makes a valid card number (or
    a card-length number after a card prompt, when ASR broke the check digit) is reported
    piece by piece, with the echoes of its pieces, all sharing one ``group``. The agent
    reading a number back is caught the same way.
    """

    name = "qa-pci split card numbers"
    entities = ("CREDIT_CARD",)

    def __init__(
        self,
        languages: tuple[str, ...] = ("en",),
        card_context: re.Pattern[str] = CARD_CONTEXT,
        not_a_card_context: re.Pattern[str] = NOT_A_CARD_CONTEXT,
        amount_words: re.Pattern[str] = AMOUNT_WORDS,
    ) -> None:
        self.languages = languages
        self.card_context = card_context
        self.not_a_card_context = not_a_card_context
        self.amount_words = amount_words

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        groups = 0
        for speaker in ("customer", "agent"):
            for run, echoes in self._runs(interaction, turns, speaker):
                found = self._card_in(run, interaction, turns)
                if found is None:
                    continue
                pieces, score = found
                chosen = {id(p) for p in pieces}
                pieces += [echo for echoed, echo in echoes if id(echoed) in chosen]
                groups += 1
                spans_turns = len({p.turn.index for p in pieces}) > 1
                group = f"card-{groups}" if spans_turns else None
                for piece in pieces:
                    yield piece.turn.finding("CREDIT_CARD", piece.start, piece.end, score, group)

    def _runs(
        self, interaction: Interaction, turns: Sequence[TurnAnalysis], speaker: str
    ) -> Iterable[tuple[list[_Piece], list[tuple[_Piece, _Piece]]]]:
        """Runs of ``speaker``'s pieces, each with the other party's echoes of them
        (echoed piece, echo)."""
        run: list[_Piece] = []
        echoes: list[tuple[_Piece, _Piece]] = []
        for turn in turns:
            said = interaction.turns[turn.index]
            pieces = (
                [
                    _Piece(turn, m.start(), m.end(), digits_of(m.group()))
                    for m in DIGIT_RUN.finditer(turn.view.text)
                ]
                if self._reads_out(turn.view.text, turn.view.language)
                else []
            )
            if said.speaker == speaker:
                if pieces:
                    run.extend(pieces)
                    continue
                if run:
                    yield run, echoes
                run, echoes = [], []
            elif said.speaker in ("system", "bot") or self._interjection(turn):
                continue
            elif run and pieces and "".join(p.digits for p in pieces) == run[-1].digits:
                echoes.extend((run[-1], echo) for echo in pieces)  # the piece said back
            else:
                if run:
                    yield run, echoes
                run, echoes = [], []
        if run:
            yield run, echoes

    def _reads_out(self, text: str, language: str) -> bool:
        """A turn that reads digits out, not a sentence that happens to hold a number: few
        words besides those read around a piece ("y el último bloque")."""
        if self.not_a_card_context.search(text) or self.amount_words.search(text):
            return False
        return words_besides_a_number(DIGIT_RUN.sub(" ", text), language) <= PIECE_TURN_MAX_WORDS

    @staticmethod
    def _interjection(turn: TurnAnalysis) -> bool:
        text = turn.view.text
        long_digits = any(len(digits_of(m.group())) >= 3 for m in DIGIT_RUN.finditer(text))
        return len(text.split()) <= INTERJECTION_MAX_WORDS and not long_digits

    def _card_in(
        self, run: list[_Piece], interaction: Interaction, turns: Sequence[TurnAnalysis]
    ) -> tuple[list[_Piece], float] | None:
        if sum(len(p.digits) for p in run) < 13 or len(run) < 2:
            return None
        if not self._card_context(run, interaction, turns):
            return None
        valid = _first_window(run, lambda d: len(d) >= 13 and is_card_number(d))
        if valid is not None:
            return valid, 0.95
        broken = _first_window(run, lambda d: len(d) in (15, 16) and could_be_card_number(d))
        return (broken, 0.8) if broken is not None else None

    def _card_context(
        self, run: list[_Piece], interaction: Interaction, turns: Sequence[TurnAnalysis]
    ) -> bool:
        first = run[0].turn.index
        nearby = range(max(0, first - 3), run[-1].turn.index + 1)
        return any(self.card_context.search(turns[k].view.text) for k in nearby)
