"""MkDocs hook: the hooks reference page is generated from ``qa_core/hookspecs.py``.

The page holds the marker ``<!-- hookspecs -->``; this replaces it with every hook's
signature and docstring, grouped by the phases the spec file's comments name, so the
reference cannot drift from the code.
"""

from __future__ import annotations

import inspect
import re

from qa_core import hookspecs

MARKER = "<!-- hookspecs -->"
PHASE = re.compile(r"^# --- (.+?) -+$")
DEF = re.compile(r"^def (register_\w+)\(")


def hook_reference() -> str:
    out: list[str] = []
    for line in inspect.getsource(hookspecs).splitlines():
        if phase := PHASE.match(line):
            out += [f"## {phase.group(1)}", ""]
        elif definition := DEF.match(line):
            name = definition.group(1)
            function = getattr(hookspecs, name)
            signature = str(inspect.signature(function)).replace("'", "")  # postponed annotations
            doc = inspect.getdoc(function) or ""
            doc = doc.replace(":return:", "**Returns:**")
            out += [
                f"### `{name}`",
                "",
                "```python",
                "@qa_core.hookimpl",
                f"def {name}{signature}:",
                "```",
                "",
                doc,
                "",
            ]
    return "\n".join(out)


def on_page_markdown(markdown: str, page, config, files) -> str:  # MkDocs calls it by name
    if MARKER in markdown:
        return markdown.replace(MARKER, hook_reference())
    return markdown
