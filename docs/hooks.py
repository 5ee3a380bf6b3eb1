"""MkDocs hook: reference pages generated from the code, so they cannot drift from it.

- ``<!-- hookspecs -->``: every hook's signature and docstring from
  ``qa_core/hookspecs.py``, grouped by the phases the spec file's comments name;
- ``<!-- cli-reference -->``: every ``qa`` command's ``--help``, from click, the core's
  and those the installed plugins add (``register_commands``);
- ``<!-- public-api -->``: every name in ``qa_core.__all__`` with its module and the
  first line of its docstring.
"""

from __future__ import annotations

import inspect
import re

from qa_core import hookspecs

MARKER = "<!-- hookspecs -->"
CLI_MARKER = "<!-- cli-reference -->"
API_MARKER = "<!-- public-api -->"
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


def cli_reference() -> str:
    import click

    from qa_core.cli import qa

    out: list[str] = []

    def walk(command: click.Command, parent: click.Context | None, path: str) -> None:
        ctx = click.Context(command, info_name=path.split()[-1], parent=parent)
        if path != "qa":
            out.extend([f"{'#' * min(path.count(' ') + 1, 4)} `{path}`", ""])
            out.extend(["```text", command.get_help(ctx), "```", ""])
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    walk(sub, ctx, f"{path} {name}")

    root = click.Context(qa, info_name="qa", obj={})
    out.extend(["```text", qa.get_help(root), "```", ""])
    for name in qa.list_commands(root):
        command = qa.get_command(root, name)
        if command is not None:
            walk(command, root, f"qa {name}")
    return "\n".join(out)


def api_reference() -> str:
    import qa_core

    rows = ["| name | module | what it is |", "|---|---|---|"]
    for name in sorted(n for n in qa_core.__all__ if not n.startswith("_")):
        value = getattr(qa_core, name)
        doc = inspect.getdoc(value) if callable(value) or inspect.isclass(value) else None
        if not doc or doc == inspect.getdoc(type(value)):  # a type alias: show what it is
            doc = f"`{value!r}`".replace("typing.", "")
        first = doc.split("\n\n")[0].replace("\n", " ")
        first = first.replace("|", "\\|")
        rows.append(f"| `{name}` | `{qa_core._EXPORTS[name]}` | {first} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, page, config, files) -> str:  # MkDocs calls it by name
    for marker, make in (
        (MARKER, hook_reference),
        (CLI_MARKER, cli_reference),
        (API_MARKER, api_reference),
    ):
        if marker in markdown:
            markdown = markdown.replace(marker, make())
    return markdown
