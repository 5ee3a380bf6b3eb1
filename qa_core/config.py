"""Where the store lives and which plugins the user turned off.

Configuration comes from the environment and ``$QA_HOME/config.toml``; the
environment wins, so a scheduled job can override a setting for one run.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import UserError


def qa_home() -> Path:
    """The embedded store's folder: ``$QA_HOME``, default ``./.qa``."""
    return Path(os.environ.get("QA_HOME") or ".qa")


def load_config(home: Path | None = None) -> dict:
    """``$QA_HOME/config.toml`` as a dict (empty when there is none)."""
    path = (home or qa_home()) / "config.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"invalid TOML: {exc}", where=str(path)) from None


def disabled_plugins(home: Path | None = None) -> set[str]:
    """Plugin names from ``QA_DISABLE_PLUGINS`` (comma-separated) and the config file."""
    names = {n.strip() for n in os.environ.get("QA_DISABLE_PLUGINS", "").split(",") if n.strip()}
    configured = load_config(home).get("plugins", {}).get("disabled", [])
    if not isinstance(configured, list) or not all(isinstance(n, str) for n in configured):
        raise UserError("plugins.disabled must be a list of plugin names", where="config.toml")
    return names | set(configured)
