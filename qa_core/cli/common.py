"""What several commands share: the plugin set as the user configured it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ..plugins import QAPluginManager


FORMAT_HELP = (
    "Input format: auto (the default) or an importer's name: qa-json, "
    "aws-transcribe, contact-lens, vtt, csv-chat, or one a plugin adds."
)


INPUT_ARGUMENT = click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
OUT_OPTION = click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Where to write one JSON line per interaction.",
)
FORMAT_OPTION = click.option(
    "--format", "input_format", default="auto", show_default=True, help=FORMAT_HELP
)


def read_input(ctx: click.Context, path: Path, input_format: str, on_invalid=None):
    """Interactions from ``path`` through the importer the format names (or guesses)."""
    from ..importing import read_input as read

    return read(path, input_format, plugin_manager(ctx), on_invalid)


def plugin_manager(ctx: click.Context) -> QAPluginManager:
    """Build the plugin manager once per command; warn about plugins that failed."""
    from ..plugins import make_plugin_manager

    obj = ctx.find_root().obj
    if "pm" not in obj:
        pm = make_plugin_manager(strict=obj["strict"])
        pm.rule_types  # noqa: B018 - duplicate rule types fail here, at start-up
        pm.redaction_presets  # noqa: B018 - and a raising hook shows here
        for info in pm.failures:
            click.echo(f"qa: warning: plugin {info.name!r} {info.error}", err=True)
        obj["pm"] = pm
    return obj["pm"]


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
