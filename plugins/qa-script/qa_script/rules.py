"""The script rule types: required phrases, forbidden phrases, and their order."""

from __future__ import annotations

from qa_core import Evidence, Outcome, RuleContext, RuleType, select_turns, semantic_evidence

from .matching import make_matcher
from .normalize import NormalizedText, normalize, normalize_phrase
from .params import OrderParams, PhraseParams


def _normalized_turn(ctx: RuleContext, index: int) -> NormalizedText:
    """Each turn is normalised once per interaction, whatever the number of criteria,
    with the hesitations of the ruleset's languages."""
    return ctx.memo(
        ("script.normalized", index),
        lambda: normalize(ctx.interaction.turns[index].text, ctx.languages),
    )


def find_phrases(ctx: RuleContext, params: PhraseParams) -> list[Evidence]:
    """The best match of any phrase in each selected turn, as evidence."""
    indices = select_turns(ctx.interaction, params.speaker, params.within)
    if params.match.mode == "semantic":
        # sentence by sentence, only the selected turns, each embedded once per interaction
        return semantic_evidence(ctx, indices, params.phrases, params.match.threshold)
    matcher = make_matcher(params.match.mode, params.match.threshold, ctx.languages)
    phrases = [normalize_phrase(p, ctx.languages) for p in params.phrases]
    texts = [_normalized_turn(ctx, index) for index in indices]
    evidence = []
    for index, text, best in zip(indices, texts, matcher.best_matches(phrases, texts), strict=True):
        if best is not None:
            start, end = text.original_span(best.first, best.last)
            evidence.append(Evidence(index, start, end, best.score))
    return evidence


class PhraseRule(RuleType):
    name = "script.phrase"
    params_model = PhraseParams
    description = "met when any phrase matches a turn of `speaker` inside the window"

    def evaluate(self, ctx: RuleContext, params: PhraseParams) -> Outcome:
        evidence = find_phrases(ctx, params)
        return Outcome.met(*evidence) if evidence else Outcome.not_met()


class ForbiddenRule(RuleType):
    name = "script.forbidden"
    params_model = PhraseParams
    description = "met when no phrase matches; evidence points at what was said"

    def evaluate(self, ctx: RuleContext, params: PhraseParams) -> Outcome:
        evidence = find_phrases(ctx, params)
        return Outcome.not_met(*evidence) if evidence else Outcome.met()


class OrderRule(RuleType):
    name = "script.order"
    params_model = OrderParams
    description = "met when criterion `first` is met and its first evidence comes before `then`'s"

    def dependencies(self, params: OrderParams) -> tuple[str, ...]:
        return (params.first, params.then)

    def evaluate(self, ctx: RuleContext, params: OrderParams) -> Outcome:
        first = ctx.outcomes[params.first]
        then = ctx.outcomes[params.then]
        if then.result != "met":
            return Outcome.na()
        then_at = then.first_evidence
        if first.result != "met":
            return Outcome.not_met(*([then_at] if then_at else []))
        first_at = first.first_evidence
        if first_at is None or then_at is None:
            return Outcome.na()  # a rule with no evidence gives nothing to order by
        if (first_at.turn, first_at.start) < (then_at.turn, then_at.start):
            return Outcome.met(first_at, then_at)
        return Outcome.not_met(first_at, then_at)
