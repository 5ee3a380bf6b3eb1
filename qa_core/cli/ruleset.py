"""``qa ruleset validate|test|list``: check, exercise and find rulesets."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager


@click.group()
def ruleset() -> None:
    """Validate, test and list rulesets."""


@ruleset.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def validate(ctx: click.Context, path: Path, as_json: bool) -> None:
    """Check a ruleset file: shape, rule types, params, references, examples."""
    from ..ruleset.loader import load_ruleset

    loaded = load_ruleset(path, plugin_manager(ctx))
    summary = {
        "id": loaded.id,
        "version": loaded.version,
        "sha256": loaded.sha256,
        "sections": len(loaded.sections),
        "criteria": len(loaded.criteria),
        "tests": len(loaded.examples),
        "path": str(path),
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(
            f"ok: {loaded.id} v{loaded.version} ({summary['criteria']} criteria, "
            f"{summary['tests']} tests) sha256 {loaded.sha256}"
        )


@ruleset.command("test")
@click.argument("refs", nargs=-1, metavar="[R]...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def test_command(ctx: click.Context, refs: tuple[str, ...], as_json: bool) -> None:
    """Run the tests: block of each ruleset R (file or bundled id; none: all bundled)."""
    from ..ruleset.catalog import bundled_rulesets, resolve_ruleset
    from ..ruleset.examples import run_examples

    pm = plugin_manager(ctx)
    refs = refs or tuple(sorted(bundled_rulesets(pm)))
    report = []
    failed = 0
    for ref in refs:
        loaded = resolve_ruleset(ref, pm)
        outcomes = run_examples(loaded, pm)
        if not outcomes and not as_json:
            click.echo(
                f"{loaded.id}: warning: no tests: block (a ruleset without examples is a smell)"
            )
        for outcome in outcomes:
            failed += not outcome.ok
            report.append(
                {
                    "ruleset": loaded.id,
                    "example": outcome.example.name,
                    "interaction": outcome.interaction_id,
                    "ok": outcome.ok,
                    "failures": outcome.failures,
                }
            )
            if not as_json:
                status = "PASS" if outcome.ok else "FAIL"
                click.echo(
                    f"{status} {loaded.id} {outcome.interaction_id}"
                    + "".join(f"\n    {f}" for f in outcome.failures)
                )
    if as_json:
        click.echo(
            json.dumps({"passed": len(report) - failed, "failed": failed, "examples": report})
        )
    else:
        click.echo(f"{len(report) - failed} passed, {failed} failed")
    if failed:
        ctx.exit(1)


@ruleset.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """List the bundled rulesets (the core's and those plugins ship)."""
    from ..ruleset.catalog import bundled_rulesets
    from ..ruleset.source import read_source

    rows = []
    for bundled in bundled_rulesets(plugin_manager(ctx)).values():
        data = read_source(bundled.path).data
        rows.append(
            {
                "id": bundled.id,
                "version": data.get("version"),
                "title": data.get("title"),
                "provider": bundled.provider,
                "path": str(bundled.path),
            }
        )
    if as_json:
        click.echo(json.dumps(rows))
        return
    for row in rows:
        click.echo(f"{row['id']:<28} v{row['version']!s:<4} {row['title'] or ''}")
