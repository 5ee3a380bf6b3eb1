"""The interaction model, exactly as the contract's ``interaction.schema.json``.

Models are frozen and their collections are tuples, so a rule can never change what
the next rule sees.

The model also refuses what any store backend would refuse or mangle, so an interaction
that validates can be stored anywhere: no NUL character (PostgreSQL refuses it in text)
and no lone surrogate (not valid Unicode, so not UTF-8) in any string, only finite
times, a ``started_at`` that stays a date-time once converted to UTC, and sizes within
``qa_core.limits``. Error messages name the field and never quote its value.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from functools import cached_property
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationInfo,
    field_serializer,
    field_validator,
)

from . import limits
from .validation import shown_name

Speaker = Literal["agent", "customer", "bot", "system"]
Channel = Literal["voice", "chat", "email", "sms", "social"]
SPEAKERS: tuple[str, ...] = ("agent", "customer", "bot", "system")

# PostgreSQL refuses NUL in text; a lone surrogate cannot be written as UTF-8 at all
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable(value: str) -> str | None:
    """What makes ``value`` impossible to store as text on every backend, or None."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return None
    if found.group() == "\x00":
        return "holds a NUL character"
    return "holds a lone surrogate (not valid Unicode)"


def _storable(value: str) -> str:
    problem = unstorable(value)
    if problem:
        raise ValueError(problem)
    return value


def _bounded(min_length: int = 0, max_length: int | None = None) -> Any:
    """A string the store can hold, of a bounded length."""
    return Annotated[
        StrictStr, Field(min_length=min_length, max_length=max_length), AfterValidator(_storable)
    ]


Seconds = Annotated[StrictFloat, Field(ge=0, le=limits.MAX_SECONDS, allow_inf_nan=False)]
Text = _bounded(max_length=limits.MAX_TURN_CHARS)
Id = _bounded(1, 200)
Name = _bounded(max_length=200)
Language = _bounded(max_length=limits.MAX_LANGUAGE_CHARS)
DateTime = _bounded(max_length=limits.MAX_DATETIME_CHARS)
MetadataValue = StrictStr | StrictInt | StrictFloat | StrictBool | None

# a UTC time within a day of datetime's ends can be shown in any time zone
_EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
_LATEST = datetime(9999, 12, 30, tzinfo=UTC)


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Word(_Frozen):
    """One recognised word with its character offset into the turn's text."""

    text: StrictStr  # within its turn's text, and storable: the turn checks both
    offset: Annotated[StrictInt, Field(ge=0)]
    start_s: Seconds | None = None
    end_s: Seconds | None = None


class Turn(_Frozen):
    """One speaker's contribution; times are seconds from the interaction's start."""

    speaker: Speaker
    text: Text
    start_s: Seconds | None = None
    end_s: Seconds | None = None
    words: Annotated[tuple[Word, ...], Field(max_length=limits.MAX_WORDS)] | None = None

    @field_validator("words")
    @classmethod
    def _within_text(
        cls, words: tuple[Word, ...] | None, info: ValidationInfo
    ) -> tuple[Word, ...] | None:
        """Each word lies within the turn's text and is storable (one search for all)."""
        text = info.data.get("text")
        if words is None or text is None:
            return words
        size = len(text)
        for index, word in enumerate(words):
            if word.offset + len(word.text) > size:
                raise ValueError(f"word [{index}] lies beyond the turn's text ({size} characters)")
        if _UNSTORABLE.search("".join(word.text for word in words)):
            for index, word in enumerate(words):
                problem = unstorable(word.text)
                if problem:
                    raise ValueError(f"word [{index}] {problem}")
        return words

    @property
    def has_times(self) -> bool:
        return self.start_s is not None and self.end_s is not None


class Interaction(_Frozen):
    """A call, chat, email or message thread as the ``qa`` command reads it."""

    id: Id
    channel: Channel
    started_at: DateTime | None = None
    duration_s: Seconds | None = None
    agent_id: Name | None = None
    team: Name | None = None
    customer_id: Name | None = None
    language: Language = "en"
    metadata: Annotated[dict[str, MetadataValue], AfterValidator(MappingProxyType)] = Field(
        default_factory=lambda: MappingProxyType({})
    )
    turns: Annotated[tuple[Turn, ...], Field(max_length=limits.MAX_TURNS)]

    @field_validator("started_at")
    @classmethod
    def _rfc3339(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("must be an RFC 3339 date-time, e.g. 2026-11-01T14:03:00Z") from None
        if "T" not in value.upper() or parsed.tzinfo is None:
            raise ValueError("must be an RFC 3339 date-time with a time zone, e.g. ...T14:03:00Z")
        try:
            utc = parsed.astimezone(UTC)
        except OverflowError:
            utc = None
        if utc is None or not _EARLIEST <= utc <= _LATEST:
            raise ValueError("must lie between the years 1 and 9999 once converted to UTC")
        return value

    @field_validator("metadata", mode="before")
    @classmethod
    def _flat_metadata(cls, value: Any) -> Any:
        """The schema allows only flat values; say which key holds something else.

        A key is named only when it looks like a name (``shown_name``); else by its
        position, since a key may be data too.
        """
        if not isinstance(value, dict):
            return value
        if len(value) > limits.MAX_METADATA_KEYS:
            raise ValueError(f"more than {limits.MAX_METADATA_KEYS:,} keys")
        for position, (key, item) in enumerate(value.items(), start=1):
            name = shown_name(key)
            label = f"key #{position}" if name is None else repr(name)
            if isinstance(key, str):
                problem = unstorable(key)
                if problem or len(key) > limits.MAX_METADATA_KEY_CHARS:
                    problem = problem or (
                        f"is longer than {limits.MAX_METADATA_KEY_CHARS} characters"
                    )
                    raise ValueError(f"key #{position} {problem}")
            if name is None:
                label += " (name not shown)"
            if not isinstance(item, str | int | float | bool | None):
                raise ValueError(f"value of {label} must be a string, number, boolean or null")
            if isinstance(item, float) and not math.isfinite(item):
                raise ValueError(f"value of {label} must be a finite number")
            if isinstance(item, str):
                problem = unstorable(item)
                if problem:
                    raise ValueError(f"value of {label} {problem}")
                if len(item) > limits.MAX_METADATA_VALUE_CHARS:
                    raise ValueError(
                        f"value of {label} is longer than "
                        f"{limits.MAX_METADATA_VALUE_CHARS:,} characters"
                    )
        return value

    @field_validator("turns")
    @classmethod
    def _words_in_all(cls, turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
        total = sum(len(turn.words) for turn in turns if turn.words)
        if total > limits.MAX_WORDS:
            raise ValueError(f"more than {limits.MAX_WORDS:,} words in all")
        return turns

    @field_serializer("metadata")
    def _thaw_metadata(self, value: MappingProxyType[str, Any]) -> dict[str, Any]:
        """Frozen for rules, a plain object again for JSON."""
        return dict(value)

    @cached_property
    def all_turns_timed(self) -> bool:
        """Whether every turn has a start time (then ``within.seconds`` applies)."""
        return all(turn.start_s is not None for turn in self.turns)

    def to_json_dict(self) -> dict[str, Any]:
        """The canonical JSON shape: unset optional fields are left out."""
        return self.model_dump(mode="json", exclude_none=True)
