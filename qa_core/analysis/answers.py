"""What an answer looks like, by kind, whatever its exact shape.

A question types what is said next ("what's the discharge date?"); the answer is
then taken as far as words of its kind run, not matched against one format:
``date`` takes digits, months, weekdays, ordinals and "the"/"of" in any order
("the twelfth of June, 2023", "Sunday, March 10, 2024", "10/25/2023"), or one run of
four to eight digits that are not a year (a date said as numbers, "three fourteen
seventy five").
The words come from the language's table, so another language is another table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon

F = re.IGNORECASE


def _words(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=8)
def date_answer(language: str = "en", digits_alone: bool = True) -> re.Pattern[str]:
    """A date in any order of its parts, with at least a month or two numbers; with
    ``digits_alone``, also a run of digits ("31475"), which is a date only as the answer
    to a date question."""
    dates = lexicon(language).dates
    # a part of four digits is a year ("the last four, 6342" is no date)
    unit = (
        rf"(?:\b(?:{_words(dates.month_words)})\b\.?|\b(?:{_words(dates.weekdays)})\b|"
        rf"\b(?:{_words(dates.ordinals)})\b|(?<!\d)(?:(?:1[89]|20)\d\d|\d{{1,3}})(?:st|nd|rd|th)?(?!\d))"
    )
    fillers = tuple(lexicon(language).spelling.fillers)
    glue = rf"(?:[\s,/.\-]+|\s*\b(?:{_words(dates.joiners + fillers)})\b\s*)+"
    # a dot between digits ends no sentence ("1941.12.16")
    month_or_numbers = (
        rf"(?=[^.?!]*?\b(?:{_words(dates.month_words)})\b|[^.?!]*?\d+(?:[^\d.?!]|\.(?=\d))+\d)"
    )
    lead = rf"(?:\b(?:{_words(dates.joiners)})\s+)?"  # "the twelfth of June"
    # "three fourteen seventy five" → 31475; "three three twenty four" → 3324, not a year
    # (alone: not one group of a longer number written in groups, "8538 1470 54")
    run_together = r"(?<![\d/])(?<!\d\s)(?!(?:19|20)\d\d(?![\d/]))\d{4,8}(?![\d/])(?!\s\d)"
    not_an_ip = r"(?<!\d\.)(?!\d{1,3}(?:\.\d{1,3}){3}(?!\d))"  # "192.168.1.15" is no date
    # nor the head of a longer number ("806/10" of "806/10/7322", an SSN)
    not_cut = r"(?!\s*[/\-]\s*\d)"
    shaped = rf"{not_an_ip}{month_or_numbers}{lead}{unit}(?:{glue}{unit}){{1,6}}{not_cut}"
    return re.compile(
        rf"(?P<value>{shaped}|{run_together})" if digits_alone else rf"(?P<value>{shaped})", F
    )


@lru_cache(maxsize=8)
def date_with_a_day(language: str, months: str) -> re.Pattern[str]:
    """A date that has a day (its month, by ``months``, named beside two numbers, or three
    numbers, one of them long at most): a value read from the record with no name is a
    birth date only then ("24 38" and "agosto del 27" are too little)."""
    pattern = date_answer(language)
    return re.compile(
        # a date has one long number at most (its year): "55 1234 5678" is a phone number
        r"(?![^?!\n]*\d{3}[^?!\n]*\D\d{3})"
        r"(?:(?=[^?!\n]*\b" + months + r")(?=(?:[^\d?!\n]*\d+(?!\d)){2})"
        r"|(?=(?:[^\d?!\n]*\d+(?!\d)){3}))" + pattern.pattern,
        pattern.flags,
    )
