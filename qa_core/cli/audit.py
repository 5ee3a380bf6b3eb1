"""``qa audit verify``: walk the hash chain; exit 1 naming the first bad entry."""

from __future__ import annotations

import json

import click

from .store import DB_OPTION, open_store


@click.group()
def audit() -> None:
    """Check the tamper-evident audit trail."""


@audit.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@DB_OPTION
@click.pass_context
def verify(ctx: click.Context, as_json: bool, db_url: str | None) -> None:
    """Verify every entry of the audit trail (exit 1 at the first bad one)."""
    result = open_store(ctx, db_url).verify_audit()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "ok": result.ok,
                    "entries": result.entries,
                    "head": result.head,
                    "problem": result.problem,
                    "bad_entry": result.bad_seq,
                }
            )
        )
    elif result.ok:
        click.echo(f"audit trail intact: {result.entries} entries, head {result.head}")
    else:
        click.echo(f"audit trail BROKEN: {result.problem}")
    if not result.ok:
        ctx.exit(1)
