"""``qa plugins list``: what is loaded, its version, what it registered, what failed."""

from __future__ import annotations

import json

import click

from .common import plugin_manager


@click.group()
def plugins() -> None:
    """Inspect installed plugins."""


@plugins.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of objects).")
@click.pass_context
def list_plugins(ctx: click.Context, as_json: bool) -> None:
    """List plugins with their versions and the rule types they provide."""
    infos = plugin_manager(ctx).describe()
    if as_json:
        click.echo(json.dumps([info.to_json() for info in infos]))
        return
    if not infos:
        click.echo("no plugins installed")
    for info in infos:
        line = f"{info.name:<12} {info.version:<10} {info.status:<9}"
        if info.rule_types:
            line += " rule types: " + ", ".join(info.rule_types)
        if info.redaction_presets:
            line += " presets: " + ", ".join(info.redaction_presets)
        if info.error:
            line += f" ({info.error})"
        click.echo(line)
