"""A loaded ruleset: validated, rule types bound, evaluation order fixed, hash known."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..plugins import RegisteredRuleType
from ..rules import Result, RuleParams


@dataclass(frozen=True)
class Criterion:
    id: str
    section: str
    title: str | None
    rule: RegisteredRuleType
    params: RuleParams
    points: float
    critical: bool
    coaching: str | None
    dependencies: tuple[str, ...]
    entities: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Section:
    id: str
    title: str | None
    weight: float
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class RedactionPolicy:
    """Which entity types the ruleset redacts, resolved against installed presets."""

    presets: tuple[str, ...]
    entities: frozenset[str]
    style: str
    audio: bool = False  # scans plan the muting of stored recordings
    audio_pad: float = 0.2


@dataclass(frozen=True)
class Example:
    """One ``tests:`` entry: an interaction file and what the ruleset must say of it."""

    interaction: Path
    name: str
    where: str
    expect: dict[str, Result]
    score: float | None
    passed: bool | None
    auto_failed: bool | None


@dataclass(frozen=True)
class Ruleset:
    id: str
    version: int
    title: str | None
    pass_mark: float
    redaction: RedactionPolicy
    sections: tuple[Section, ...]
    evaluation_order: tuple[Criterion, ...]
    sha256: str
    path: Path
    examples: tuple[Example, ...]
    # primary subtags its phrases are in (``language:``); empty when it says none
    languages: tuple[str, ...] = ()

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for section in self.sections for c in section.criteria)

    @property
    def analysis_entities(self) -> frozenset[str]:
        """What the analysis must look for: the redaction policy and every rule's needs."""
        needed = set(self.redaction.entities)
        for criterion in self.criteria:
            needed |= criterion.entities
        return frozenset(needed)

    def identity(self) -> dict[str, Any]:
        """The ``ruleset`` object of an evaluation line."""
        return {"id": self.id, "version": self.version, "sha256": self.sha256}
