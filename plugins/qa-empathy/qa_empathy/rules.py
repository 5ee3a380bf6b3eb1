"""The empathy rule types: moves counted in the turns a criterion selects."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qa_core import (
    SEMANTIC_LANGUAGES,
    Evidence,
    Interaction,
    Outcome,
    RuleContext,
    RuleType,
    select_turns,
    semantic_evidence,
)

from .exemplars import EXEMPLARS, NOT_EMPATHIC
from .learned import FEATURES, interactions_features, judge
from .markers import DISMISSIVE, NEGATED, Move, find_moves
from .params import DismissiveParams, MarkersParams
from .sentiment import sounds_negative
from .text import plain


def _moves(ctx: RuleContext, index: int, *, negated: bool = False) -> list[Move]:
    """Each turn's moves are found once per interaction, however many criteria ask, in
    the language the turn is in (with ``negated``, the denied ones too)."""
    everything = ctx.memo(
        ("empathy.moves", index),
        lambda: find_moves(
            ctx.interaction.turns[index].text, ctx.turn_language(index), negated=True
        ),
    )
    return everything if negated else [m for m in everything if m.kind != NEGATED]


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
) -> tuple[list[Evidence], float]:
    """Add sentences close to an exemplar move, unless the lexicon found them or they
    are dismissive or deny a move ("sorry you feel that way" and "I don't understand
    why you're upset" are near an apology and an acknowledgement in meaning). The
    model and the exemplars are English: turns in another language keep the lexicon's
    moves alone. Also returns the best similarity any sentence reached (0 for none)."""
    turns = [i for i in turns if ctx.turn_language(i) in SEMANTIC_LANGUAGES]
    targets = [text for kind in sorted(wanted) for text in EXEMPLARS[kind]]
    found = list(evidence)
    best = 0.0
    for near in semantic_evidence(ctx, turns, targets, 0.0, NOT_EMPATHIC):
        moves = [
            m
            for m in _moves(ctx, near.turn, negated=True)
            if m.start < near.end and m.end > near.start
        ]
        if moves:
            continue
        best = max(best, near.score or 0.0)
        if (near.score or 0.0) >= threshold:
            found.append(near)
    return sorted(found), best


def _margin(best: float, threshold: float, met: bool) -> float:
    """The semantic verdict's confidence: 0.5 at the threshold, 1 a full step away."""
    span = (1.0 - threshold) if met else threshold
    distance = (best - threshold) if met else (threshold - best)
    return min(1.0, 0.5 + 0.5 * distance / span) if span > 0 else 1.0


class MarkersRule(RuleType):
    name = "empathy.markers"
    params_model = MarkersParams
    description = (
        "met when at least `min_count` empathic moves by `speaker`; with "
        "`when: customer_negative`, na when the customer never sounds negative"
    )

    learns = FEATURES

    def learning_features(self, interactions: Sequence[Interaction]) -> np.ndarray:
        """Each interaction's agent talk, as a learned model judges it."""
        return interactions_features(
            [
                [(i, t.text) for i, t in enumerate(x.turns) if t.speaker == "agent"]
                for x in interactions
            ]
        )

    def evaluate(self, ctx: RuleContext, params: MarkersParams) -> Outcome:
        turns = select_turns(ctx.interaction, params.speaker, params.within)
        trigger = None
        if params.when == "customer_negative":
            trigger = _first_negative(ctx, params.negative_threshold)
            if trigger is None:
                return Outcome.na()
            turns = [i for i in turns if i > trigger]
        if params.model is not None:
            judged = judge(ctx, params.model, turns)
            if judged is not None and (judged.result == "met" or trigger is None):
                return judged
            coach = (
                (Evidence(trigger, 0, len(ctx.interaction.turns[trigger].text)),)
                if trigger is not None
                else ()
            )
            confidence = judged.confidence if judged is not None else None
            return Outcome.not_met(*coach, confidence=confidence)
        wanted = set(params.moves)
        evidence = [
            Evidence(index, move.start, move.end)
            for index in turns
            for move in _moves(ctx, index)
            if move.kind in wanted
        ]
        confidence = None  # the lexicon decides exactly
        if params.match.mode == "semantic":
            threshold = params.match.threshold
            lexical = len(evidence)
            evidence, best = _with_semantic(ctx, turns, wanted, threshold, evidence)
            met = len(evidence) >= params.min_count
            if lexical < params.min_count:  # the model's sentences decided
                confidence = _margin(best, threshold, met)
        if len(evidence) >= params.min_count:
            return Outcome.met(*evidence, confidence=confidence)
        if trigger is not None:  # where empathy was called for, for the coach
            coach = Evidence(trigger, 0, len(ctx.interaction.turns[trigger].text))
            return Outcome.not_met(coach, confidence=confidence)
        return Outcome.not_met(*evidence, confidence=confidence)


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
