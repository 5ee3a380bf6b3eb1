"""The one Jinja2 environment: a user's folder first, then the shipped ``reports/``.

Autoescape is on for everything but plain-text templates; ``default:`` names a
shipped template, so an override can extend it instead of copying it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    select_autoescape,
)

from .resources import bundled_dir


def make_environment(override_dirs: Sequence[Path] = ()) -> Environment:
    shipped = FileSystemLoader(bundled_dir("reports"))
    loader = ChoiceLoader(
        [
            *(FileSystemLoader(folder) for folder in override_dirs),
            shipped,
            PrefixLoader({"default": shipped}, delimiter=":"),
        ]
    )
    return Environment(
        loader=loader,
        autoescape=select_autoescape(
            disabled_extensions=("txt", "txt.j2"), default=True, default_for_string=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
