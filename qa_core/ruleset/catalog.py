"""Resolve ``--ruleset R``: a file path when such a file exists, else a bundled id.

Bundled rulesets are the core's own plus those plugins ship (``register_ruleset_dirs``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import RulesetError
from ..plugins import QAPluginManager
from ..resources import bundled_dir
from .compiled import Ruleset
from .loader import load_ruleset
from .source import read_source


@dataclass(frozen=True)
class BundledRuleset:
    id: str
    path: Path
    provider: str  # "qa_core" or the plugin's name


def bundled_rulesets(pm: QAPluginManager) -> dict[str, BundledRuleset]:
    """Every bundled ruleset by id; the same id shipped twice is an error."""
    folders = [("qa_core", bundled_dir("rulesets")), *pm.ruleset_dirs]
    found: dict[str, BundledRuleset] = {}
    for provider, folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            ruleset_id = _declared_id(path)
            if not isinstance(ruleset_id, str):
                raise RulesetError("bundled ruleset has no id", where=str(path))
            if ruleset_id in found:
                raise RulesetError(
                    f"ruleset id {ruleset_id!r} is shipped by both {found[ruleset_id].provider} "
                    f"and {provider}",
                    where=str(path),
                )
            found[ruleset_id] = BundledRuleset(ruleset_id, path, provider)
    return found


_TOP_LEVEL_ID = re.compile(r"^id:[ \t]*([a-z0-9-]+)[ \t]*(?:#.*)?$", re.MULTILINE)


def _declared_id(path: Path) -> object:
    """A bundled file's id: its top-level ``id:`` line, else the parsed document's.

    Every command that takes ``--ruleset`` lists the bundled rulesets; reading one line
    each instead of parsing every file saves about half a second per command.
    """
    try:
        found = _TOP_LEVEL_ID.findall(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        found = []
    if len(found) == 1:
        return found[0]
    return read_source(path).data.get("id")


def resolve_ruleset_path(ref: str, pm: QAPluginManager) -> Path:
    path = Path(ref)
    if path.is_file():
        return path
    bundled = bundled_rulesets(pm)
    if ref in bundled:
        return bundled[ref].path
    names = ", ".join(sorted(bundled)) or "none"
    raise RulesetError(
        f"no ruleset file or bundled ruleset named {ref!r} (bundled: {names})", where="--ruleset"
    )


def resolve_ruleset(ref: str, pm: QAPluginManager) -> Ruleset:
    """Load the ruleset ``ref`` names (a path, or the id of a bundled ruleset)."""
    return load_ruleset(resolve_ruleset_path(ref, pm), pm)
