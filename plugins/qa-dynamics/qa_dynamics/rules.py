"""The dynamics rule types: measured from turn (and word) times, ``na`` without them."""

from __future__ import annotations

import re
from typing import Any

from qa_core import Evidence, Interaction, Outcome, RuleContext, RuleType

from .params import HoldParams, InterruptionParams, SilenceParams, TalkShareParams
from .timeline import Gap, gaps, is_timed, speech

_WORD = re.compile(r"\S+")
_NOT_WORD = re.compile(r"[^a-z0-9' -]+")


def _plain(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower().replace("-", " ")).split())


def _first_word(interaction: Interaction, turn: int) -> Evidence:
    """Evidence pointing at where a turn begins (its first word)."""
    match = _WORD.search(interaction.turns[turn].text)
    start, end = (match.start(), match.end()) if match else (0, 0)
    return Evidence(turn, start, end)


def _whole_turn(interaction: Interaction, turn: int, score: float | None = None) -> Evidence:
    return Evidence(turn, 0, len(interaction.turns[turn].text), score)


def _announced(interaction: Interaction, gap: Gap, announcements: list[str]) -> bool:
    """Whether the agent's last turn before the gap says a hold is coming."""
    for index in range(gap.before, -1, -1):
        turn = interaction.turns[index]
        if turn.speaker == "agent":
            text = f" {_plain(turn.text)} "
            return any(f" {_plain(a)} " in text for a in announcements)
    return False


def _holds(interaction: Interaction, min_seconds: float) -> list[Gap]:
    return [g for g in gaps(interaction) if g.seconds >= min_seconds]


class TimedRule(RuleType):
    """A rule measured from timings: ``na`` for an interaction without them."""

    def evaluate(self, ctx: RuleContext, params: Any) -> Outcome:
        if not is_timed(ctx.interaction):
            return Outcome.na()
        return self.evaluate_timed(ctx.interaction, params)

    def evaluate_timed(self, interaction: Interaction, params: Any) -> Outcome:
        raise NotImplementedError


class SilenceRule(TimedRule):
    name = "dynamics.silence"
    params_model = SilenceParams
    description = "met when at most `max_count` silences exceed `max_seconds` (na untimed)"

    def evaluate_timed(self, interaction: Interaction, params: SilenceParams) -> Outcome:
        long = [
            g
            for g in gaps(interaction)
            if g.seconds > params.max_seconds
            and not (params.exclude_holds and _announced(interaction, g, params.announcements))
        ]
        evidence = [_first_word(interaction, g.after) for g in long]
        return Outcome.met() if len(long) <= params.max_count else Outcome.not_met(*evidence)


class InterruptionRule(TimedRule):
    name = "dynamics.interruptions"
    params_model = InterruptionParams
    description = "met when the agent talks over the customer at most `max_count` times"

    def evaluate_timed(self, interaction: Interaction, params: InterruptionParams) -> Outcome:
        backchannels = {_plain(b) for b in params.backchannels}
        spoken = speech(interaction)
        customer = [s for s in spoken if s.speaker == "customer"]
        interruptions = []
        for agent in (s for s in spoken if s.speaker == "agent"):
            if _plain(interaction.turns[agent.turn].text) in backchannels:
                continue
            talked_over = any(
                c.start < agent.start and c.end - agent.start >= params.min_overlap_s
                for c in customer
            )
            if talked_over:
                interruptions.append(_first_word(interaction, agent.turn))
        if len(interruptions) <= params.max_count:
            return Outcome.met()
        return Outcome.not_met(*interruptions)


class TalkShareRule(TimedRule):
    name = "dynamics.talk_share"
    params_model = TalkShareParams
    description = "met when the agent's share of talk time lies within [min, max]"

    def evaluate_timed(self, interaction: Interaction, params: TalkShareParams) -> Outcome:
        spoken = speech(interaction)
        agent = sum(s.seconds for s in spoken if s.speaker == "agent")
        customer = sum(s.seconds for s in spoken if s.speaker == "customer")
        if agent + customer == 0:
            return Outcome.na()
        share = agent / (agent + customer)
        if params.min <= share <= params.max:
            return Outcome.met()
        # evidence: the agent's longest turns, where the share went (scored with it)
        longest = sorted((s for s in spoken if s.speaker == "agent"), key=lambda s: -s.seconds)
        return Outcome.not_met(*(_whole_turn(interaction, s.turn, share) for s in longest[:3]))


class HoldRule(TimedRule):
    name = "dynamics.holds"
    params_model = HoldParams
    description = "met when every hold is announced, short enough, and not too many"

    def evaluate_timed(self, interaction: Interaction, params: HoldParams) -> Outcome:
        holds = _holds(interaction, params.min_seconds)
        bad = [
            g
            for g in holds
            if g.seconds > params.max_seconds
            or (
                params.require_announcement and not _announced(interaction, g, params.announcements)
            )
        ]
        too_many = params.max_count is not None and len(holds) > params.max_count
        if not bad and not too_many:
            return Outcome.met()
        shown = bad or holds
        return Outcome.not_met(*(_first_word(interaction, g.after) for g in shown))
