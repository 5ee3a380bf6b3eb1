"""Params of the script rule types, validated when a ruleset loads."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from qa_core import RuleParams, SpeakerWindowParams, check_semantic_mode

from .normalize import normalize_phrase


class MatchParams(RuleParams):
    """``match: {mode: fuzzy|exact|semantic, threshold: 0..1}`` [fuzzy, 0.85]."""

    mode: Annotated[Literal["fuzzy", "exact", "semantic"], AfterValidator(check_semantic_mode)] = (
        "fuzzy"
    )
    threshold: Annotated[float, Field(ge=0, le=1)] = 0.85


class PhraseParams(SpeakerWindowParams):
    """Params of ``script.phrase`` and ``script.forbidden``."""

    phrases: Annotated[list[str], Field(min_length=1)]
    match: MatchParams = MatchParams()

    @field_validator("phrases")
    @classmethod
    def _have_words(cls, phrases: list[str], info: ValidationInfo) -> list[str]:
        context = info.context if isinstance(info.context, dict) else {}
        languages = tuple(context.get("languages", ("en",)))
        for index, phrase in enumerate(phrases):
            if not normalize_phrase(phrase, languages):
                raise ValueError(f"phrase [{index}] has no words to match")
        return phrases


class OrderParams(RuleParams):
    """Params of ``script.order``: two criterion ids of the same ruleset."""

    first: Annotated[str, Field(min_length=1)]
    then: Annotated[str, Field(min_length=1)]
