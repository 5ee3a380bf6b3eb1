"""The interaction model, exactly as the contract's ``interaction.schema.json``.

Models are frozen and their collections are tuples, so a rule can never change what
the next rule sees.
"""

from __future__ import annotations

from datetime import datetime
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
    field_serializer,
    field_validator,
)

Speaker = Literal["agent", "customer", "bot", "system"]
Channel = Literal["voice", "chat", "email", "sms", "social"]
SPEAKERS: tuple[str, ...] = ("agent", "customer", "bot", "system")

Seconds = Annotated[StrictFloat, Field(ge=0)]
Text = StrictStr
MetadataValue = StrictStr | StrictInt | StrictFloat | StrictBool | None


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Word(_Frozen):
    """One recognised word with its character offset into the turn's text."""

    text: Text
    offset: Annotated[StrictInt, Field(ge=0)]
    start_s: Seconds | None = None
    end_s: Seconds | None = None


class Turn(_Frozen):
    """One speaker's contribution; times are seconds from the interaction's start."""

    speaker: Speaker
    text: Text
    start_s: Seconds | None = None
    end_s: Seconds | None = None
    words: tuple[Word, ...] | None = None

    @property
    def has_times(self) -> bool:
        return self.start_s is not None and self.end_s is not None


class Interaction(_Frozen):
    """A call, chat, email or message thread as the ``qa`` command reads it."""

    id: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    channel: Channel
    started_at: StrictStr | None = None
    duration_s: Seconds | None = None
    agent_id: Annotated[StrictStr, Field(max_length=200)] | None = None
    team: Annotated[StrictStr, Field(max_length=200)] | None = None
    customer_id: Annotated[StrictStr, Field(max_length=200)] | None = None
    language: StrictStr = "en"
    metadata: Annotated[dict[str, MetadataValue], AfterValidator(MappingProxyType)] = Field(
        default_factory=lambda: MappingProxyType({})
    )
    turns: tuple[Turn, ...]

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
        return value

    @field_validator("metadata", mode="before")
    @classmethod
    def _flat_metadata(cls, value: Any) -> Any:
        """The schema allows only flat values; say which key holds something else."""
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(item, str | int | float | bool | None):
                    raise ValueError(f"value of {key!r} must be a string, number, boolean or null")
        return value

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
