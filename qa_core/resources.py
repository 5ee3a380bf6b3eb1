"""Find the data the core ships (rulesets, report templates, examples).

In a wheel they live in ``qa_core/_bundled/``; in a source checkout they are the
top-level folders beside ``qa_core/``. Both are looked up the same way.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The shipped folder ``name`` (``rulesets``, ``reports``, ``examples``)."""
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"qa_core is installed without its {name!r} folder")
