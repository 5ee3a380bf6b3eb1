"""``qa plugins list``: what is loaded, its version, what it registered, what failed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_commands, plugin_manager


@click.group()
def plugins() -> None:
    """Inspect installed plugins."""


@plugins.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of objects).")
@click.pass_context
def list_plugins(ctx: click.Context, as_json: bool) -> None:
    """List plugins with their versions and the rule types they provide."""
    plugin_commands(ctx)  # fills each plugin's commands
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
            ("importers", info.importers),
            ("key providers", info.key_providers),
            ("scan executors", info.scan_executors),
            ("commands", info.commands),
        ]
        for label, values in details:
            if values:
                click.echo(f"    {label}: {', '.join(values)}")
        if info.error:
            click.echo(f"    {info.error}")


@click.group()
def plugin() -> None:
    """Write plugins."""


@plugin.command("new")
@click.argument("name")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The folder to write NAME/ into.",
)
@click.pass_context
def new_plugin(ctx: click.Context, name: str, out_dir: Path) -> None:
    """Write a ready plugin distribution: a rule type, a recogniser, a ruleset, tests."""
    from ..plugin_kit.scaffold import write_plugin

    installed = {info.name for info in plugin_manager(ctx).infos.values()}
    target = write_plugin(name, out_dir, installed)
    click.echo(f"wrote plugin {name!r} to {target}")
    click.echo(f"next: pip install -e '{target}[test]' && pytest {target} && qa plugins list")
