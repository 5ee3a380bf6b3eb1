"""Write redacted text: ``tag`` → ``[ENTITY]``, ``mask`` → ``****``, ``hash`` → keyed token.

``hash`` is an HMAC-SHA256 of the normalised value under a secret key, so equal values
get equal tokens (a reviewer can see the same card was read twice) without the token
revealing the value or being guessable from a list of candidates.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from ..model import Interaction
from ..typed_view import TypedView
from .findings import Finding

STYLES = ("tag", "mask", "hash")


def redaction_key_from_env() -> bytes | None:
    """The stateless calls' key: ``QA_REDACT_KEY`` (never printed or logged)."""
    value = os.environ.get("QA_REDACT_KEY")
    return value.encode("utf-8") if value else None


def normalised_value(text: str) -> str:
    """What makes two mentions the same value: "4111 1111" = "four one one one one…"."""
    return "".join(ch for ch in TypedView(text).text.lower() if ch.isalnum())


def token(finding: Finding, text: str, style: str, key: bytes | None) -> str:
    value = text[finding.start : finding.end]
    if style == "tag":
        return f"[{finding.entity}]"
    if style == "mask":
        return "".join("*" if ch.isalnum() else ch for ch in value)
    if key is None:
        raise UserError("style 'hash' needs a key: set QA_REDACT_KEY", where="redaction.style")
    digest = hmac.new(key, normalised_value(value).encode("utf-8"), hashlib.sha256)
    return f"[{finding.entity}:{digest.hexdigest()[:8]}]"


@dataclass(frozen=True)
class Redaction:
    """Where one finding went: its original [start, end) in the turn and the token's
    [redacted_start, redacted_end) in the redacted text. Reports mark evidence with
    these, so they never hold, or guess at, the original text."""

    turn: int
    start: int
    end: int
    redacted_start: int
    redacted_end: int

    def to_json(self) -> list[int]:
        return [self.turn, self.start, self.end, self.redacted_start, self.redacted_end]

    @classmethod
    def from_json(cls, value: list[int]) -> Redaction:
        return cls(*value)


def redact(
    text: str, findings: Iterable[Finding], style: str, key: bytes | None = None
) -> tuple[str, list[Redaction]]:
    """``text`` with every finding replaced, and where each token landed; findings must
    not overlap (resolved)."""
    out: list[str] = []
    spans: list[Redaction] = []
    cursor = 0
    length = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < cursor:
            raise ValueError("findings overlap; resolve them first")
        kept = text[cursor : finding.start]
        replaced = token(finding, text, style, key)
        out += [kept, replaced]
        length += len(kept)
        spans.append(
            Redaction(finding.turn, finding.start, finding.end, length, length + len(replaced))
        )
        length += len(replaced)
        cursor = finding.end
    out.append(text[cursor:])
    return "".join(out), spans


def redact_text(
    text: str, findings: Iterable[Finding], style: str, key: bytes | None = None
) -> str:
    """``text`` with every finding replaced; findings must not overlap (resolved)."""
    return redact(text, findings, style, key)[0]


def effective_style(style: str, key: bytes | None) -> str:
    """The style a stored result uses: ``hash`` needs the store's key, else ``tag``."""
    return style if style != "hash" or key else "tag"


@dataclass(frozen=True)
class RedactedInteraction:
    """Every turn redacted (the contract's ``turns``) and where each finding went."""

    turns: list[dict[str, Any]]
    redactions: list[Redaction]


def redact_interaction(
    interaction: Interaction, findings: Iterable[Finding], style: str, key: bytes | None
) -> RedactedInteraction:
    by_turn: dict[int, list[Finding]] = {}
    for finding in findings:
        by_turn.setdefault(finding.turn, []).append(finding)
    turns: list[dict[str, Any]] = []
    redactions: list[Redaction] = []
    for index, turn in enumerate(interaction.turns):
        text, spans = redact(turn.text, by_turn.get(index, ()), style, key)
        item: dict[str, Any] = {"speaker": turn.speaker, "text": text}
        if turn.start_s is not None:
            item["start_s"] = turn.start_s
        if turn.end_s is not None:
            item["end_s"] = turn.end_s
        turns.append(item)
        redactions += spans
    return RedactedInteraction(turns, redactions)


def redacted_turns(
    interaction: Interaction, findings: Iterable[Finding], style: str, key: bytes | None
) -> list[dict[str, Any]]:
    """Every turn in order with its redacted text and times; never ``words``."""
    return redact_interaction(interaction, findings, style, key).turns
