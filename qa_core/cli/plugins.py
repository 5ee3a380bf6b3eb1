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
        click.echo(f"{info.name:<12} {info.version:<10} {info.status:<9} {info.distribution or ''}")
        details = [
            ("hooks", info.hooks),
            ("rule types", info.rule_types),
            ("presets", info.redaction_presets),
            ("entities", info.entities),
        ]
        for label, values in details:
            if values:
                click.echo(f"    {label}: {', '.join(values)}")
        if info.error:
            click.echo(f"    {info.error}")
