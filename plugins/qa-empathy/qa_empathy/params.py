"""Params of the empathy rule types, validated when a ruleset loads."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, field_validator

from qa_core import RuleParams, SpeakerWindowParams, check_semantic_mode

from .markers import KINDS


class EmpathyMatch(RuleParams):
    """``match: {mode: lexicon|semantic, threshold}``: semantic mode also counts any
    sentence this close (cosine, 0..1) to one of the plugin's exemplar moves."""

    mode: Annotated[Literal["lexicon", "semantic"], AfterValidator(check_semantic_mode)] = "lexicon"
    # chosen on the plugin's own fixtures (paraphrased empathy ~0.48, business talk ~0.2)
    threshold: Annotated[float, Field(ge=0, le=1)] = 0.45


class MarkersParams(SpeakerWindowParams):
    """``empathy.markers``: at least ``min_count`` moves of the ``moves`` kinds.

    ``when: customer_negative`` [default]: only moves after the customer first sounds
    negative count, and the result is ``na`` when the customer never does.
    """

    min_count: Annotated[int, Field(ge=1)] = 1
    when: Literal["customer_negative", "always"] = "customer_negative"
    moves: list[str] = Field(default_factory=lambda: list(KINDS))
    negative_threshold: Annotated[float, Field(ge=-1, le=0)] = -0.25
    match: EmpathyMatch = EmpathyMatch()

    @field_validator("moves")
    @classmethod
    def _known(cls, moves: list[str]) -> list[str]:
        for move in moves:
            if move not in KINDS:
                raise ValueError(f"unknown move {move!r}; known: {', '.join(KINDS)}")
        if not moves:
            raise ValueError("name at least one move")
        return moves


class DismissiveParams(SpeakerWindowParams):
    """``empathy.dismissive``: ``met`` when at most ``max_count`` dismissive moves."""

    max_count: Annotated[int, Field(ge=0)] = 0
