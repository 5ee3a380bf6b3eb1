"""What several commands share: the plugin set as the user configured it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import UserError

if TYPE_CHECKING:
    from ..plugins import QAPluginManager


FORMAT_HELP = (
    "Input format: auto (the default) or an importer's name: qa-json, or one a plugin "
    "adds (`qa plugins list` shows them)."
)


INPUT_ARGUMENT = click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
OUT_OPTION = click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Where to write one JSON line per interaction.",
)
DB_OPTION = click.option(
    "--db",
    "db_url",
    envvar="QA_DB_URL",
    metavar="URL",
    help="PostgreSQL URL instead of the SQLite store in QA_HOME.",
)
DB_OPTION.__doc__ = "The ``--db URL`` option (or QA_DB_URL) every store command takes."
FORMAT_OPTION = click.option(
    "--format", "input_format", default="auto", show_default=True, help=FORMAT_HELP
)


def read_input(ctx: click.Context, path: Path, input_format: str, on_invalid=None):
    """Interactions from ``path`` through the importer the format names (or guesses)."""
    from ..importing import read_input as read

    return read(path, input_format, plugin_manager(ctx), on_invalid)


def plugin_manager(ctx: click.Context) -> QAPluginManager:
    """The plugin set a command runs with (a plugin's own command too), built once per
    invocation as the user configured it; plugins that failed are warned about."""
    from ..plugins import make_plugin_manager

    if "qa.pm" not in ctx.meta:
        pm = make_plugin_manager(strict=bool(ctx.find_root().params.get("strict")))
        pm.rule_types  # noqa: B018 - duplicate rule types fail here, at start-up
        pm.redaction_presets  # noqa: B018 - and a raising hook shows here
        for info in pm.failures:
            click.echo(f"qa: warning: plugin {info.name!r} {info.error}", err=True)
        ctx.meta["qa.pm"] = pm
    return ctx.meta["qa.pm"]


def plugin_commands(ctx: click.Context) -> dict[str, click.Command]:
    """The commands plugins add, built once per invocation in a group of their own (the
    ``qa`` group is shared by every in-process run). A plugin that replaces one of the
    core's commands fails and its replacement is dropped."""
    if "qa.commands" not in ctx.meta:
        root = ctx.find_root().command
        core = dict(root.commands) if isinstance(root, click.Group) else {}
        group = click.Group(commands=dict(core))
        try:
            pm = plugin_manager(ctx)
        except UserError:  # conflicting plugins: the command run reports it, in one line
            return {}
        failed = {info.name for info in pm.failures}
        pm.add_commands(group)
        for info in pm.failures:
            if info.name not in failed:
                click.echo(f"qa: warning: plugin {info.name!r} {info.error}", err=True)
        ctx.meta["qa.commands"] = {
            name: command for name, command in group.commands.items() if name not in core
        }
    return ctx.meta["qa.commands"]


def ruleset_option(help_text: str) -> Callable[[Callable], Callable]:
    """``--ruleset R`` (a file or a bundled id, ``default`` unless given)."""
    return click.option(
        "--ruleset",
        "ruleset_ref",
        default="default",
        show_default=True,
        metavar="R",
        help=help_text,
    )


def public_key_text(value: str | None) -> str | None:
    """A ``--public-key`` value: the key's base64 text, or a file holding it."""
    if value and Path(value).is_file():
        return Path(value).read_text().strip()
    return value.strip() if value else value
