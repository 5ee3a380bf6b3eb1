"""A full date decades back, in a member call, is a date of birth.

"oh three oh four nineteen eighty two" with no one saying "date of birth": a service,
admission or billing date is recent, a person's birth date is decades back. A date
found as a plain DATE whose year lies at least ``BIRTH_YEARS_BACK`` before the call is
named a date of birth; more recent dates stay dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa_core import Finding, Interaction, InteractionDetector, TurnAnalysis, TypedView, call_year

BIRTH_YEARS_BACK = 15  # a service date this old is rare; a patient this young is too
OLDEST_YEAR = 1900
_FULL_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")
_SHORT_YEAR = re.compile(r"(?:/|-|\.|['’]|\s)(\d{2})\s*$")


class BirthDateDetector(InteractionDetector):
    """Names as dates of birth the full dates the analysis found decades back."""

    name = "qa-hipaa dates of birth by age"
    entities = ("DATE_OF_BIRTH",)
    languages = ("en", "es")  # it reads dates, in the typed view of the turn's language

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        this_year = call_year(interaction)
        for turn in turns:
            for found in turn.findings:
                if found.entity != "DATE":
                    continue
                said = turn.view.original[found.start : found.end]
                year = year_of(said, this_year, turn.view.language)
                if year is not None and OLDEST_YEAR <= year <= this_year - BIRTH_YEARS_BACK:
                    yield Finding(turn.index, found.start, found.end, "DATE_OF_BIRTH", found.score)


def year_of(said: str, this_year: int, language: str = "en") -> int | None:
    """The year a date says: four digits, or two at its end ("3/4/82" → 1982)."""
    typed = TypedView(said, language).text
    full = _FULL_YEAR.findall(typed)
    if full:
        return int(full[-1])
    short = _SHORT_YEAR.search(typed)
    if short is None:
        return None
    two = int(short.group(1))
    century = this_year // 100 * 100
    return century + two if century + two <= this_year else century - 100 + two
