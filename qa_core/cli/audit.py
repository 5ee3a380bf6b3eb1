"""``qa audit verify|anchor|export``: the tamper-evident trail, checked in and outside."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import public_key_text
from .store import DB_OPTION, open_store


@click.group()
def audit() -> None:
    """Check, anchor and export the tamper-evident audit trail."""


@audit.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--export",
    "export_path",
    type=click.Path(path_type=Path),
    help="Verify an export file instead of the store (needs --public-key).",
)
@click.option(
    "--public-key",
    "public_key",
    help="The signing public key (base64), or a file holding it; default: the store's own.",
)
@click.option(
    "--anchor",
    "anchor_path",
    type=click.Path(path_type=Path),
    help="A published anchor (JSON from 'qa audit anchor') the trail must still hold.",
)
@DB_OPTION
@click.pass_context
def verify(
    ctx: click.Context,
    as_json: bool,
    export_path: Path | None,
    public_key: str | None,
    anchor_path: Path | None,
    db_url: str | None,
) -> None:
    """Verify every entry and signed checkpoint (exit 1 at the first bad one)."""
    from ..errors import UserError
    from ..store.exporting import check_anchor, verify_export

    key = public_key_text(public_key)
    if export_path is not None:
        if key is None:
            raise UserError("verifying an export needs --public-key", where="--public-key")
        result = verify_export(export_path, key)
    else:
        store = open_store(ctx, db_url)
        result = store.verify_audit(key)
        if result.ok and anchor_path is not None:
            try:
                anchor_record = json.loads(anchor_path.read_text())
            except (OSError, ValueError):
                raise UserError("not a readable anchor", where=str(anchor_path)) from None
            problem = check_anchor(store, anchor_record)
            if problem:
                result = type(result)(
                    False, result.entries, result.head, problem, int(anchor_record["seq"])
                )
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


@audit.command()
@DB_OPTION
@click.pass_context
def anchor(ctx: click.Context, db_url: str | None) -> None:
    """Print the signed head of the trail, to publish outside the store."""
    from ..store.exporting import anchor as make_anchor

    click.echo(json.dumps(make_anchor(open_store(ctx, db_url))))


@audit.command()
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path))
@click.option("--since", help="Only entries from this date or time on (ISO 8601).")
@DB_OPTION
@click.pass_context
def export(ctx: click.Context, out_path: Path, since: str | None, db_url: str | None) -> None:
    """Write the trail (and its signatures) as JSON lines an outsider can verify."""
    from ..atomic import atomic_text_writer
    from ..store.exporting import export_lines

    with atomic_text_writer(out_path) as out:
        for line in export_lines(open_store(ctx, db_url), since):
            out.write(line + "\n")
    click.echo(f"audit trail exported to {out_path}")
