"""Redaction presets: named sets of entity types that plugins contribute.

A preset is the union of what every plugin registers under its name, so a plugin may
add entities to a preset but never remove them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RedactionPreset:
    """``name`` (``pci``) and the entity types (``CREDIT_CARD``, ...) it stands for."""

    name: str
    entities: frozenset[str]

    def __init__(self, name: str, entities: frozenset[str] | set[str] | list[str]) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "entities", frozenset(entities))


DEFAULT_PRESETS: tuple[str, ...] = ("pci", "hipaa")
"""Presets a ruleset gets when it says nothing about redaction (those installed)."""
