"""Redaction presets: named sets of entity types that plugins contribute.

A preset is the union of what every plugin registers under its name, so a plugin may
add entities to a preset but never remove them. A preset also says what the core must
not hard-code: the regime its entities belong to in the audit report (``PCI``), and
which entity names an overlapping span: its entities are listed most specific first,
and a preset of higher ``precedence`` comes before one of lower.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RedactionPreset:
    """``name`` (``pci``) and the entity types (``CREDIT_CARD``, ...) it stands for."""

    name: str
    entities: frozenset[str]
    priority: tuple[str, ...]
    regime: str | None
    precedence: int

    def __init__(
        self,
        name: str,
        entities: Iterable[str],
        regime: str | None = None,
        precedence: int = 0,
    ) -> None:
        ordered = tuple(dict.fromkeys(entities))
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "entities", frozenset(ordered))
        object.__setattr__(self, "priority", ordered)
        object.__setattr__(self, "regime", regime)
        object.__setattr__(self, "precedence", precedence)


def merged(presets: Sequence[RedactionPreset]) -> RedactionPreset:
    """One preset from several plugins' parts of it: the union of entities, in order."""
    return RedactionPreset(
        presets[0].name,
        [e for p in presets for e in p.priority],
        next((p.regime for p in presets if p.regime), None),
        max(p.precedence for p in presets),
    )


def entity_priority(presets: Iterable[RedactionPreset]) -> tuple[str, ...]:
    """Every preset's entities, most specific first: what names an overlapping span."""
    ordered = sorted(presets, key=lambda p: -p.precedence)
    return tuple(dict.fromkeys(e for p in ordered for e in p.priority))


def entity_regimes(presets: Iterable[RedactionPreset]) -> dict[str, str]:
    """Entity → regime (``PCI``, ``HIPAA``); a preset of higher precedence wins."""
    out: dict[str, str] = {}
    for preset in sorted(presets, key=lambda p: p.precedence):
        if preset.regime:
            out.update(dict.fromkeys(preset.priority, preset.regime))
    return out


def regimes(presets: Iterable[RedactionPreset]) -> tuple[str, ...]:
    """The regimes presets declare, the preset of higher precedence first."""
    ordered = sorted(presets, key=lambda p: -p.precedence)
    return tuple(dict.fromkeys(p.regime for p in ordered if p.regime))


DEFAULT_PRESETS: tuple[str, ...] = ("pci", "hipaa")
"""Presets a ruleset gets when it says nothing about redaction (those installed): the
contract's default, section 4."""
