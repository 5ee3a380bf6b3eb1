"""The empathy rule types: moves counted in the turns a criterion selects."""

from __future__ import annotations

from qa_core import (
    SEMANTIC_LANGUAGES,
    Evidence,
    Outcome,
    RuleContext,
    RuleType,
    select_turns,
    semantic_evidence,
)

from .exemplars import EXEMPLARS, NOT_EMPATHIC
from .markers import DISMISSIVE, Move, find_moves
from .params import DismissiveParams, MarkersParams
from .sentiment import sounds_negative
from .text import plain


def _moves(ctx: RuleContext, index: int) -> list[Move]:
    """Each turn's moves are found once per interaction, however many criteria ask, in
    the language the turn is in."""
    return ctx.memo(
        ("empathy.moves", index),
        lambda: find_moves(ctx.interaction.turns[index].text, ctx.turn_language(index)),
    )


def _first_negative(ctx: RuleContext, threshold: float) -> int | None:
    """The first customer turn that sounds negative, or None."""
    for index, turn in enumerate(ctx.interaction.turns):
        if turn.speaker != "customer":
            continue
        negative = ctx.memo(
            ("empathy.negative", index, threshold),
            lambda t=turn, i=index: sounds_negative(
                plain(t.text).text, t.text, threshold, ctx.turn_language(i)
            ),
        )
        if negative:
            return index
    return None


def _with_semantic(
    ctx: RuleContext,
    turns: list[int],
    wanted: set[str],
    threshold: float,
    evidence: list[Evidence],
) -> list[Evidence]:
    """Add sentences close to an exemplar move, unless the lexicon found them or they
    are dismissive ("sorry you feel that way" is near an apology in meaning). The
    model and the exemplars are English: turns in another language keep the lexicon's
    moves alone."""
    turns = [i for i in turns if ctx.turn_language(i) in SEMANTIC_LANGUAGES]
    targets = [text for kind in sorted(wanted) for text in EXEMPLARS[kind]]
    found = list(evidence)
    for near in semantic_evidence(ctx, turns, targets, threshold, NOT_EMPATHIC):
        moves = [m for m in _moves(ctx, near.turn) if m.start < near.end and m.end > near.start]
        if not moves:
            found.append(near)
    return sorted(found)


class MarkersRule(RuleType):
    name = "empathy.markers"
    params_model = MarkersParams
    description = (
        "met when at least `min_count` empathic moves by `speaker`; with "
        "`when: customer_negative`, na when the customer never sounds negative"
    )

    def evaluate(self, ctx: RuleContext, params: MarkersParams) -> Outcome:
        turns = select_turns(ctx.interaction, params.speaker, params.within)
        trigger = None
        if params.when == "customer_negative":
            trigger = _first_negative(ctx, params.negative_threshold)
            if trigger is None:
                return Outcome.na()
            turns = [i for i in turns if i > trigger]
        wanted = set(params.moves)
        evidence = [
            Evidence(index, move.start, move.end)
            for index in turns
            for move in _moves(ctx, index)
            if move.kind in wanted
        ]
        if params.match.mode == "semantic":
            evidence = _with_semantic(ctx, turns, wanted, params.match.threshold, evidence)
        if len(evidence) >= params.min_count:
            return Outcome.met(*evidence)
        if trigger is not None:  # where empathy was called for, for the coach
            return Outcome.not_met(Evidence(trigger, 0, len(ctx.interaction.turns[trigger].text)))
        return Outcome.not_met(*evidence)


class DismissiveRule(RuleType):
    name = "empathy.dismissive"
    params_model = DismissiveParams
    description = "met when `speaker` makes at most `max_count` dismissive moves"

    def evaluate(self, ctx: RuleContext, params: DismissiveParams) -> Outcome:
        evidence = [
            Evidence(index, move.start, move.end)
            for index in select_turns(ctx.interaction, params.speaker, params.within)
            for move in _moves(ctx, index)
            if move.kind == DISMISSIVE
        ]
        return Outcome.met() if len(evidence) <= params.max_count else Outcome.not_met(*evidence)
