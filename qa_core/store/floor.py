"""What the store always redacts, whatever a ruleset's ``redaction`` says.

A ruleset may name no presets (a script-only ruleset, a test), which is right for
``qa evaluate`` on a file the user already holds, but the store's text is shown to
people who need a reason for the original. So every redacted view of stored text, and
every result a scan stores, redacts at least the store's presets: ``[redaction]
presets`` in ``config.toml``, by default the default presets (``pci``, ``hipaa``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..config import load_config
from ..errors import UserError
from ..presets import DEFAULT_PRESETS
from ..ruleset.compiled import Ruleset


def floor_entities(pm, home: Path) -> frozenset[str]:
    """The entity types of the store's presets that installed plugins provide."""
    names = load_config(home).get("redaction", {}).get("presets", list(DEFAULT_PRESETS))
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise UserError("redaction.presets must be a list of preset names", where="config.toml")
    available = pm.redaction_presets
    return frozenset(e for name in names if name in available for e in available[name].entities)


def with_store_floor(ruleset: Ruleset, pm, home: Path) -> Ruleset:
    """The ruleset, redacting at least the store's floor (its identity is unchanged)."""
    floor = floor_entities(pm, home)
    if floor <= ruleset.redaction.entities:
        return ruleset
    redaction = dataclasses.replace(ruleset.redaction, entities=ruleset.redaction.entities | floor)
    return dataclasses.replace(ruleset, redaction=redaction)
