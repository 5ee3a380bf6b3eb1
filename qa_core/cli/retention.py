"""``qa purge`` and ``qa hold``: crypto-shredding and the legal holds that stop it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import click

from .store import DB_OPTION, open_store


@click.command()
@click.option("--customer", "customer_id", help="Erase every interaction of this customer.")
@click.option("--before", "before", help="Erase interactions from before this date (YYYY-MM-DD).")
@click.option("--retention", is_flag=True, help="Apply [retention] days from config.toml.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@DB_OPTION
@click.pass_context
def purge(
    ctx: click.Context,
    customer_id: str | None,
    before: str | None,
    retention: bool,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Destroy the keys and rows of purged interactions (held ones are kept)."""
    from ..config import load_config, qa_home
    from ..errors import UserError
    from ..store.purge import purge_before, purge_customer

    if sum(map(bool, (customer_id, before, retention))) != 1:
        raise UserError("name exactly one of --customer, --before or --retention", where="purge")
    store = open_store(ctx, db_url)
    if customer_id:
        result = purge_customer(store, customer_id)
    else:
        if retention:
            days = load_config(qa_home()).get("retention", {}).get("days")
            if not isinstance(days, int) or days <= 0:
                raise UserError(
                    "set [retention] days = N (a positive whole number)", where="config.toml"
                )
            cutoff = (datetime.now(UTC) - timedelta(days=days)).date()
        else:
            try:
                cutoff = date.fromisoformat(str(before))
            except ValueError:
                raise UserError("not a date (YYYY-MM-DD)", where="--before") from None
        result = purge_before(store, cutoff)
    if as_json:
        click.echo(json.dumps(result.to_json()))
    else:
        click.echo(
            f"purged {result.purged} interactions ({result.held} kept under legal "
            f"hold), destroyed {result.keys_destroyed} keys"
        )


@click.group()
def hold() -> None:
    """Legal holds: interactions no purge or retention run may touch."""


def _target_options(command):
    command = click.option("--customer", "customer_id", help="Every interaction of a customer.")(
        command
    )
    return click.option("--id", "interaction_id", help="One interaction.")(command)


@hold.command("add")
@_target_options
@click.option("--reason", required=True, help="Why (case number, litigation).")
@DB_OPTION
@click.pass_context
def hold_add(
    ctx: click.Context,
    interaction_id: str | None,
    customer_id: str | None,
    reason: str,
    db_url: str | None,
) -> None:
    """Put an interaction or a customer under legal hold."""
    from ..store.holds import add_hold

    added = add_hold(open_store(ctx, db_url), interaction_id, customer_id, reason)
    click.echo("hold added" if added else "already on hold; nothing changed")


@hold.command("remove")
@_target_options
@DB_OPTION
@click.pass_context
def hold_remove(
    ctx: click.Context, interaction_id: str | None, customer_id: str | None, db_url: str | None
) -> None:
    """Lift a legal hold."""
    from ..store.holds import remove_hold

    removed = remove_hold(open_store(ctx, db_url), interaction_id, customer_id)
    click.echo("hold removed" if removed else "no such hold; nothing changed")


@hold.command("list")
@DB_OPTION
@click.pass_context
def hold_list(ctx: click.Context, db_url: str | None) -> None:
    """List legal holds (customers by the start of their keyed reference)."""
    from ..store.holds import list_holds

    click.echo(json.dumps(list_holds(open_store(ctx, db_url))))
