"""Params of the dynamics rule types, validated when a ruleset loads."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from qa_core import RuleParams

Seconds = Annotated[float, Field(gt=0)]
Count = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]

# What agents say before they put a customer on hold (lower case, no punctuation).
HOLD_ANNOUNCEMENTS = [
    "on hold",
    "on a brief hold",
    "on a quick hold",
    "hold for a moment",
    "hold for a minute",
    "hold on a moment",
    "bear with me",
    "one moment please",
    "give me a moment",
    "give me a minute",
    "let me check",
    "let me look into",
    "let me find out",
]


class SilenceParams(RuleParams):
    """Dead air: ``met`` when at most ``max_count`` silences exceed ``max_seconds``.

    Silences the agent announced as a hold are the hold rule's business, not this one's.
    """

    max_seconds: Seconds = 10.0
    max_count: Count = 0
    exclude_holds: bool = True
    announcements: list[str] = Field(default_factory=lambda: list(HOLD_ANNOUNCEMENTS))


class InterruptionParams(RuleParams):
    """The agent starting while the customer still speaks, by ``min_overlap_s`` or more.

    Short acknowledgements ("mm-hmm", "right") are listening, not interrupting.
    """

    min_overlap_s: Seconds = 0.5
    max_count: Count = 0
    backchannels: list[str] = Field(
        default_factory=lambda: [
            "mm-hmm", "mhm", "uh-huh", "yeah", "yes", "right", "okay", "ok", "sure", "i see",
            "got it", "ah", "oh",
        ]
    )  # fmt: skip


class TalkShareParams(RuleParams):
    """The agent's share of agent-plus-customer talk time, within ``[min, max]``."""

    min: Share = 0.0
    max: Share = 0.7

    @model_validator(mode="after")
    def _ordered(self) -> TalkShareParams:
        if self.min > self.max:
            raise ValueError("min must not be greater than max")
        return self


class HoldParams(RuleParams):
    """Holds (silences of ``min_seconds`` or more): none longer than ``max_seconds``,
    at most ``max_count``, each announced by the agent first (``require_announcement``)."""

    min_seconds: Seconds = 30.0
    max_seconds: Seconds = 120.0
    max_count: Count | None = None
    require_announcement: bool = True
    announcements: list[str] = Field(default_factory=lambda: list(HOLD_ANNOUNCEMENTS))
