"""``eu_payments.mentions``: how often a speaker says any of some terms.

``met`` when the number of mentions lies between ``min_count`` and ``max_count``
(``min_count`` is 1 by default, 0 when only ``max_count`` is given, so
``max_count: 0`` makes a list of words not to say), ``not_met`` otherwise, ``na`` when
the speaker has no turn inside the window. Every mention is evidence, with offsets into
the original turn text. Terms match whole words, case-insensitively, and a space in a
term matches any run of spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated

from pydantic import Field, model_validator
from qa_core import Evidence, Outcome, RuleContext, RuleType, SpeakerWindowParams, select_turns


class MentionsParams(SpeakerWindowParams):
    terms: Annotated[list[str], Field(min_length=1)]
    min_count: Annotated[int | None, Field(ge=0)] = None
    max_count: Annotated[int | None, Field(ge=0)] = None

    @model_validator(mode="after")
    def _sensible(self) -> MentionsParams:
        if any(not term.strip() for term in self.terms):
            raise ValueError("terms must not be blank")
        if self.max_count is not None and self.max_count < self.least:
            raise ValueError("max_count is below min_count")
        return self

    @property
    def least(self) -> int:
        if self.min_count is not None:
            return self.min_count
        return 0 if self.max_count is not None else 1


@lru_cache(maxsize=256)
def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all terms, longest first, so "credit card" wins over "card"."""
    escaped = sorted((r"\s+".join(map(re.escape, t.split())) for t in terms), key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(reversed(escaped)) + r")(?!\w)", re.IGNORECASE)


class MentionsRule(RuleType):
    name = "eu_payments.mentions"
    params_model = MentionsParams
    description = "met when `speaker` says `terms` between `min_count` and `max_count` times"

    def evaluate(self, ctx: RuleContext, params: MentionsParams) -> Outcome:
        turns = select_turns(ctx.interaction, params.speaker, params.within)
        if not turns:
            return Outcome.na()
        pattern = term_pattern(tuple(params.terms))
        evidence = [
            Evidence(index, match.start(), match.end())
            for index in turns
            for match in pattern.finditer(ctx.interaction.turns[index].text)
        ]
        enough = len(evidence) >= params.least
        not_too_many = params.max_count is None or len(evidence) <= params.max_count
        return Outcome("met" if enough and not_too_many else "not_met", tuple(evidence))
