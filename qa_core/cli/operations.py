"""``qa backup``, ``qa restore`` and ``qa migrate``: move a store, still encrypted."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import plugin_manager
from .store import DB_OPTION, open_store


def _verified(ctx: click.Context, url: str, counts: dict[str, int]) -> dict:
    """Open the copy as a store and check it: counts, audit chain, a decryption."""
    from ..config import qa_home
    from ..errors import UserError
    from ..store.copying import count_rows
    from ..store.store import Store

    copy = Store.open(qa_home(), url, plugin_manager(ctx))
    if count_rows(copy.engine) != counts:
        raise UserError("the copy's row counts differ from the source's", where="verify")
    result = copy.verify_audit(whole_store=False)  # its trail; the head may be newer
    if not result.ok:
        raise UserError(f"the copy's audit trail does not verify: {result.problem}", where="verify")
    first = next(iter(copy.rows()), None)
    if first is not None:
        copy.decrypt(first)
    copy.engine.dispose()
    return {**counts, "audit_entries": result.entries}


@click.command()
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(path_type=Path),
    help="A new file for the snapshot (SQLite, still encrypted).",
)
@DB_OPTION
@click.pass_context
def backup(ctx: click.Context, out_path: Path, db_url: str | None) -> None:
    """Write a consistent, still-encrypted snapshot of the store (keys stay behind)."""
    from ..store.copying import backup_engine, copy_tables, sqlite_url

    store = open_store(ctx, db_url)
    target = backup_engine(out_path)
    counts = copy_tables(store.engine, target)
    target.dispose()
    out_path.chmod(0o600)
    summary = _verified(ctx, sqlite_url(out_path), counts)
    store.record("backup", out_path.name, summary)
    click.echo(json.dumps({"backup": str(out_path), **summary}))


@click.command()
@click.argument("backup_path", type=click.Path(path_type=Path))
@DB_OPTION
@click.pass_context
def restore(ctx: click.Context, backup_path: Path, db_url: str | None) -> None:
    """Restore a snapshot into an empty store database (SQLite in QA_HOME or --db)."""
    from ..config import qa_home
    from ..errors import UserError
    from ..store.copying import copy_tables, count_rows, sqlite_url
    from ..store.database import database_url, make_engine

    if not backup_path.is_file():
        raise UserError("no such file", where=str(backup_path))
    source = make_engine(sqlite_url(backup_path))
    qa_home().mkdir(parents=True, exist_ok=True, mode=0o700)
    url = database_url(qa_home(), db_url)
    counts = copy_tables(source, make_engine(url))
    if counts != count_rows(source):
        raise UserError("the restore copied fewer rows than the backup holds", where="restore")
    summary = _verified(ctx, url, counts)
    restored = open_store(ctx, db_url)
    restored.record("restore", backup_path.name, summary)
    restored.reset_head()  # the store's head is now the restored trail's
    click.echo(json.dumps({"restored": str(backup_path), **summary}))


@click.command("migrate")
@click.option(
    "--to",
    "to_url",
    required=True,
    metavar="URL",
    help="The empty PostgreSQL (or other) database to move the store to.",
)
@DB_OPTION
@click.pass_context
def migrate_store(ctx: click.Context, to_url: str, db_url: str | None) -> None:
    """Copy the store to another database, with every key, result and audit entry."""
    from ..store.copying import copy_tables
    from ..store.database import make_engine

    store = open_store(ctx, db_url)
    counts = copy_tables(store.engine, make_engine(to_url))
    summary = _verified(ctx, to_url, counts)
    store.record("migrate", None, {**summary, "to": make_engine(to_url).dialect.name})
    click.echo(json.dumps({"migrated_to": make_engine(to_url).dialect.name, **summary}))
