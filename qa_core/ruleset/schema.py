"""The ruleset document's shape (contract section 4), before rule params are checked.

Each criterion's ``params`` stays a plain mapping here; its rule type validates it
with the params model it declares (see ``loader``).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)

from ..presets import DEFAULT_PRESETS
from ..rules import Result

Identifier = Annotated[StrictStr, Field(pattern=r"^[a-z0-9-]+$")]
ItemId = Annotated[StrictStr, Field(pattern=r"^[A-Za-z0-9_.-]+$", max_length=100)]
Number = StrictInt | StrictFloat
# a BCP 47 tag: "es", "es-MX", "en-US"
_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _language_tags(value: object) -> object:
    """``language: es`` or ``language: [en, es]``: BCP 47 tags, one message if not."""
    tags = [value] if isinstance(value, str) else value
    if not isinstance(tags, list) or not tags:
        raise ValueError("should be a language tag (es, es-MX) or a list of them")
    for index, tag in enumerate(tags):
        if not isinstance(tag, str) or not _TAG.fullmatch(tag):
            which = f"[{index}] " if tags is value else ""
            raise ValueError(f"{which}should be a language tag (es, es-MX, en-US)")
    return value


LanguageSpec = Annotated[StrictStr | list[StrictStr], BeforeValidator(_language_tags)]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RedactionSpec(_Doc):
    presets: list[StrictStr] = Field(default_factory=lambda: list(DEFAULT_PRESETS))
    entities: list[Annotated[StrictStr, Field(pattern=r"^[A-Z][A-Z0-9_]*$")]] = []
    style: Literal["tag", "mask", "hash"] = "tag"
    # scans plan the muting of stored recordings (contract section 7) when asked
    audio: StrictBool = False
    audio_pad: Annotated[StrictFloat | StrictInt, Field(ge=0, le=10)] = 0.2


class CriterionSpec(_Doc):
    id: ItemId
    title: StrictStr | None = None
    description: StrictStr | None = None
    coaching: StrictStr | None = None
    rule: StrictStr
    critical: StrictBool = False
    points: Annotated[Number, Field(ge=0)] = 1
    params: dict[str, Any] = {}


class SectionSpec(_Doc):
    id: ItemId
    title: StrictStr | None = None
    description: StrictStr | None = None
    weight: Annotated[Number, Field(gt=0)] = 1
    criteria: Annotated[list[CriterionSpec], Field(min_length=1)]


class ExampleSpec(_Doc):
    interaction: StrictStr
    name: StrictStr | None = None
    expect: dict[StrictStr, Result] = {}
    score: Number | None = None
    passed: StrictBool | None = None
    auto_failed: StrictBool | None = None


class RulesetSpec(_Doc):
    id: Identifier
    version: Annotated[StrictInt, Field(ge=1)]
    title: StrictStr | None = None
    description: StrictStr | None = None
    pass_mark: Annotated[Number, Field(ge=0, le=100)] = 80
    # the language(s) its phrases are in (contract section 6); None: English
    language: LanguageSpec | None = None
    redaction: RedactionSpec = Field(default_factory=RedactionSpec)
    sections: Annotated[list[SectionSpec], Field(min_length=1)]
    tests: list[ExampleSpec] = []
