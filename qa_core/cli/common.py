"""What several commands share: the plugin set as the user configured it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ..plugins import QAPluginManager


FORMATS = ("auto", "qa-json")


def check_format(input_format: str) -> None:
    """Only our own format until importers arrive with the store."""
    from ..errors import UserError

    if input_format not in FORMATS:
        raise UserError(
            f"unknown format {input_format!r} (available: {', '.join(FORMATS)})", where="--format"
        )


def plugin_manager(ctx: click.Context) -> QAPluginManager:
    """Build the plugin manager once per command; warn about plugins that failed."""
    from ..plugins import make_plugin_manager

    obj = ctx.find_root().obj
    if "pm" not in obj:
        pm = make_plugin_manager(strict=obj["strict"])
        pm.describe()  # a duplicate rule type or a raising hook shows here, at start-up
        for info in pm.failures:
            click.echo(f"qa: warning: plugin {info.name!r} {info.error}", err=True)
        obj["pm"] = pm
    return obj["pm"]
