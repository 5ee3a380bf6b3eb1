"""Params of the empathy rule types, validated when a ruleset loads."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from qa_core import (
    ModelFile,
    RuleParams,
    SpeakerWindowParams,
    check_semantic_mode,
    semantic_available,
)

from .markers import KINDS


def default_mode() -> str:
    """The most accurate mode installed: semantic when the embedding extra is there (it
    is, with `make install`); on human-labelled replies it agrees with people more than
    the lexicon does (benchmarks/empathy_accuracy.py)."""
    return "semantic" if semantic_available() else "lexicon"


class EmpathyMatch(RuleParams):
    """``match: {mode: lexicon|semantic, threshold}``: semantic mode also counts any
    sentence this close (cosine, 0..1) to one of the plugin's exemplar moves. Without
    ``match``, the most accurate installed mode (``default_mode``)."""

    mode: Annotated[Literal["lexicon", "semantic"], AfterValidator(check_semantic_mode)] = Field(
        default_factory=default_mode
    )
    # chosen on the development splits (benchmarks/empathy_accuracy.py): 0.40 agreed with
    # people better than 0.45 on both EPITOME and ESConv
    threshold: Annotated[float, Field(ge=0, le=1)] = 0.40


class MarkersParams(SpeakerWindowParams):
    """``empathy.markers``: at least ``min_count`` moves of the ``moves`` kinds.

    ``when: customer_negative`` [default]: only moves after the customer first sounds
    negative count, and the result is ``na`` when the customer never does.
    """

    min_count: Annotated[int, Field(ge=1)] = 1
    when: Literal["customer_negative", "always"] = "customer_negative"
    moves: list[str] = Field(default_factory=lambda: list(KINDS))
    negative_threshold: Annotated[float, Field(ge=-1, le=0)] = -0.25
    match: EmpathyMatch = Field(default_factory=EmpathyMatch)
    # a model from `qa learn empathy.markers` (relative to the ruleset): it gives the
    # verdict, its probability the confidence; `min_count`, `moves` and `match` then
    # do not apply
    model: ModelFile | None = None

    @model_validator(mode="after")
    def _model_alone(self) -> MarkersParams:
        if self.model is not None:
            clash = sorted({"min_count", "moves", "match"} & self.model_fields_set)
            if clash:
                raise ValueError(f"a learned model decides alone: drop {', '.join(clash)}")
        return self

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
