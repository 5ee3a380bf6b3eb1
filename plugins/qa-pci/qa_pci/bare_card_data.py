"""Card data said bare in a card payment: "Go ahead." … "Four one seven."

When a customer paying by card answers with nothing but a three-digit number, or a
month and a year, a reviewer reads it as the security code or the expiry even where
no one named it: the call is about the card. This detector does the same, for calls
that hold a card number or speak of a card, and only where the turn before asked for
nothing else (an amount, a time, a quantity, the last four, a ZIP).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa_core import (
    Finding,
    Interaction,
    InteractionDetector,
    TurnAnalysis,
    call_year,
    said_alone,
)

from .cards import digits_of
from .patterns import AMOUNT_WORDS, CARD_CONTEXT, FLAGS, MONTHS

BARE_SCORE = 0.6
# what the customer's side says card data in
_CARD_HOLDER = frozenset({"customer"})
_THREE_DIGITS = re.compile(r"\d(?:[ \-]?\d){2}")
_FOUR_DIGITS = re.compile(r"\d(?:[ \-]?\d){3}")
_CODE_DIGITS = re.compile(r"\d{3}|\d(?: \d){2}")  # three digits run together or spaced
# an expiry by its parts: "03/27", "3-27", "03 27", "0327", "March 27", "Mar '27", "03/2027"
_EXPIRY_SHAPE = re.compile(
    r"(?P<month>0?[1-9]|1[0-2])\s*(?:/|-|\.|\s)\s*(?:20)?(?P<year>\d{2})"
    r"|(?P<mm>0[1-9]|1[0-2])(?:20)?(?P<yy>\d{2})"
    r"|" + MONTHS + r"\.?,?[\s\-/]*(?:of\s+)?['’]?(?:20)?(?P<named_year>\d{2})",
    FLAGS,
)
# what the turn before asked for when it was not card data
_ASKED_OTHERWISE = re.compile(
    r"\b(?:how (?:many|much|old|long)|what time|zip|postal|pin|last (?:four|4|three|digits)|"
    r"ending|extension|ext|quantity|price|amount|total|balance|order|ticket|claim|"
    r"confirmation|reference|invoice|tracking|case|phone|number to reach|call ?back|"
    r"apartment|unit|suite|house|street|year|age|room|floor|version|model)\b",
    FLAGS,
)
_TIME_WORDS = re.compile(r"\b(?:a\.?m\.?|p\.?m\.?|o'clock|minutes?|hours?)\b", FLAGS)
_EXPIRY_YEARS = 12  # a card is valid for at most this many years from today


class BareCardDataDetector(InteractionDetector):
    """A customer's bare three digits (four on an Amex) or month and year, in a card call."""

    name = "qa-pci card data said bare"
    entities = ("CARD_CVV", "CARD_EXPIRY")

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        cards = [
            digits_of(turns[f.turn].view.original[f.start : f.end])
            for t in turns
            for f in t.findings
            if f.entity == "CREDIT_CARD"
        ]
        if not cards and not any(CARD_CONTEXT.search(t.view.text) for t in turns):
            return
        amex = any(card[:2] in ("34", "37") for card in cards)
        this_year = call_year(interaction)
        for index, turn in enumerate(turns):
            if interaction.turns[index].speaker not in _CARD_HOLDER:
                continue
            if self._asked_otherwise(interaction, turns, index):
                continue
            text = turn.view.text
            start, end = said_alone(text, turn.view.language)
            piece = text[start:end]
            if not piece or AMOUNT_WORDS.search(piece) or _TIME_WORDS.search(piece):
                continue
            entity = self._card_data(piece, amex, this_year)
            if entity:
                yield turn.finding(entity, start, end, BARE_SCORE)

    @staticmethod
    def _card_data(piece: str, amex: bool, this_year: int) -> str | None:
        expiry = _EXPIRY_SHAPE.fullmatch(piece)
        if expiry and _plausible_year(expiry, this_year) and not _CODE_DIGITS.fullmatch(piece):
            return "CARD_EXPIRY"  # "3-27", "03/27", "March 27", but "327" is a code
        if _THREE_DIGITS.fullmatch(piece):
            return "CARD_CVV"
        if amex and _FOUR_DIGITS.fullmatch(piece):
            return "CARD_CVV"
        return None

    @staticmethod
    def _asked_otherwise(
        interaction: Interaction, turns: Sequence[TurnAnalysis], index: int
    ) -> bool:
        """The business's last words before this turn asked for something else."""
        for earlier in range(index - 1, max(-1, index - 3), -1):
            if interaction.turns[earlier].speaker not in _CARD_HOLDER:
                return bool(_ASKED_OTHERWISE.search(turns[earlier].view.text))
        return False


def _plausible_year(expiry: re.Match[str], this_year: int) -> bool:
    """A card's expiry is a year from a few years before the call to a dozen after."""
    year = expiry.group("year") or expiry.group("yy") or expiry.group("named_year")
    now = this_year % 100
    return now - 3 <= int(year) <= now + _EXPIRY_YEARS
