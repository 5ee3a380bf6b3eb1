"""Templates for reports: the user's folder, then plugins' folders, then the shipped ones.

Pages are static and work offline: CSS and the small sorting/filtering script are
inlined, and a Content-Security-Policy lets only that script run (by its hash), so
even a template bug that let a transcript's ``<script>`` through would stay inert.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ..plugins import QAPluginManager
from ..resources import bundled_dir
from ..templates import make_environment


class Renderer:
    """Writes report pages; one per report run."""

    def __init__(self, pm: QAPluginManager, user_dir: Path | None = None) -> None:
        folders: list[Path] = [user_dir] if user_dir else []
        self.env: Environment = make_environment([*folders, *pm.report_template_dirs])
        self.env.filters["pct"] = percent
        self.env.filters["num"] = number

    @cached_property
    def assets(self) -> dict[str, Any]:
        script = (bundled_dir("reports") / "html" / "report.js").read_text(encoding="utf-8")
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        style = (bundled_dir("reports") / "html" / "report.css").read_text(encoding="utf-8")
        return {"script": script, "script_hash": f"sha256-{digest}", "style": style}

    def page(self, template: str, path: Path, **context: Any) -> None:
        """Render ``template`` to ``path`` as a stream, replacing it whole."""
        path.parent.mkdir(parents=True, exist_ok=True)
        chunks = self.env.get_template(template).generate(assets=self.assets, **context)
        replace_whole(path, chunks)


def replace_whole(path: Path, chunks: Iterable[str]) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half page.

    Not fsynced: a report is made again from the store, and 100k pages each synced
    would take minutes.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in chunks:
            out.write(chunk)
    os.replace(tmp, path)


def percent(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{100 * value:.{digits}f} %"


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def relative(depth: int) -> str:
    """The way back to a report's root from a page ``depth`` folders down."""
    return "../" * depth
