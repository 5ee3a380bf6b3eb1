"""``redaction.clean``: ``met`` when no finding of ``entities`` lies in a turn of ``speaker``.

Entities may name presets (``pci``, the default) or entity types (``US_SSN``); the
plugins that find them are whichever are installed, so this plugin finds nothing itself.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from qa_core import (
    Evidence,
    Outcome,
    RuleContext,
    RuleType,
    SpeakerWindowParams,
    hookimpl,
    select_turns,
)


class CleanParams(SpeakerWindowParams):
    entities: Annotated[list[str], Field(min_length=1, default_factory=lambda: ["pci"])]


class CleanRule(RuleType):
    name = "redaction.clean"
    params_model = CleanParams
    description = "met when `speaker` never says data of `entities` (default: the pci preset)"

    def entities(self, params: CleanParams) -> tuple[str, ...]:
        return tuple(params.entities)

    def evaluate(self, ctx: RuleContext, params: CleanParams) -> Outcome:
        turns = set(select_turns(ctx.interaction, params.speaker, params.within))
        evidence = [Evidence(f.turn, f.start, f.end) for f in ctx.findings_of() if f.turn in turns]
        return Outcome.not_met(*evidence) if evidence else Outcome.met()


@hookimpl
def register_rule_types() -> list[RuleType]:
    return [CleanRule()]
