"""``pci.no_readback``: the agent never says a full card number back."""

from __future__ import annotations

from qa_core import Evidence, Outcome, RuleContext, RuleParams, RuleType, SpokenView

FULL_PAN_DIGITS = 13


class NoReadbackParams(RuleParams):
    """No params: the rule reads the agent's card-number findings."""


class NoReadbackRule(RuleType):
    name = "pci.no_readback"
    params_model = NoReadbackParams
    description = "met when the agent never reads a full card number back (last four is fine)"

    def entities(self, params: NoReadbackParams) -> tuple[str, ...]:
        return ("CREDIT_CARD",)

    def evaluate(self, ctx: RuleContext, params: NoReadbackParams) -> Outcome:
        turns = ctx.interaction.turns
        said: dict[str, list] = {}
        for finding in ctx.findings_of():
            if turns[finding.turn].speaker != "agent":
                continue
            key = finding.group or f"{finding.turn}:{finding.start}"
            said.setdefault(key, []).append(finding)
        evidence = []
        for pieces in said.values():
            digits = sum(
                sum(ch.isdigit() for ch in SpokenView(turns[f.turn].text[f.start : f.end]).text)
                for f in pieces
            )
            if digits >= FULL_PAN_DIGITS:
                evidence.extend(Evidence(f.turn, f.start, f.end) for f in pieces)
        return Outcome.not_met(*evidence) if evidence else Outcome.met()
