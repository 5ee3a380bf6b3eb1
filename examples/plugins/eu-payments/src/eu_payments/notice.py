"""``eu_payments.notice_before_bank_details``: GDPR's duty to inform, before collection.

Article 13 GDPR: when personal data is collected from the data subject, they are told
who processes it and why *at the time it is collected*. On a call that means the
agent gives the data-processing notice before the customer reads out their IBAN.

``met`` when an agent turn before the customer's first IBAN says one of
``phrases``; ``not_met`` when none does (evidence: where the IBAN was given);
``na`` when the customer gives no IBAN.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from qa_core import Evidence, Outcome, RuleContext, RuleParams, RuleType

from .iban import ENTITY
from .rules import term_pattern

DEFAULT_NOTICE = [
    "privacy notice",
    "data protection",
    "we process your bank details",
    "we will use your bank details",
    "we'll use your bank details",
    "only to set up",
]


class NoticeParams(RuleParams):
    phrases: Annotated[list[str], Field(min_length=1, default_factory=lambda: DEFAULT_NOTICE)]


class NoticeBeforeBankDetailsRule(RuleType):
    name = "eu_payments.notice_before_bank_details"
    params_model = NoticeParams
    description = "met when the agent gives a data-processing notice before the customer's IBAN"

    def entities(self, params: NoticeParams) -> tuple[str, ...]:
        return (ENTITY,)

    def evaluate(self, ctx: RuleContext, params: NoticeParams) -> Outcome:
        turns = ctx.interaction.turns
        given = sorted(
            (f.turn, f.start, f.end)
            for f in ctx.findings_of()
            if turns[f.turn].speaker == "customer"
        )
        if not given:
            return Outcome.na()
        first_turn, start, end = given[0]
        pattern = term_pattern(tuple(params.phrases))
        for index in range(first_turn):
            if turns[index].speaker != "agent":
                continue
            match = pattern.search(turns[index].text)
            if match:
                return Outcome.met(Evidence(index, match.start(), match.end()))
        return Outcome.not_met(Evidence(first_turn, start, end))
