"""``qa override ID CRITERION --result R --reason ...``: a person's result beside the machine's."""

from __future__ import annotations

import json

import click

from .store import DB_OPTION, open_store


@click.command()
@click.argument("interaction_id", required=False)
@click.argument("criterion_id", required=False)
@click.option("--result", type=click.Choice(["met", "not_met", "na"]), help="Your result.")
@click.option("--reason", help="Why (stored encrypted; required).")
@click.option("--ruleset", "ruleset_id", metavar="ID", help="When several rulesets have it.")
@click.option("--list", "listing", is_flag=True, help="List overrides (of ID, if given).")
@click.option("--json", "as_json", is_flag=True, help="With --list: JSON lines.")
@DB_OPTION
@click.pass_context
def override(
    ctx: click.Context,
    interaction_id: str | None,
    criterion_id: str | None,
    result: str | None,
    reason: str | None,
    ruleset_id: str | None,
    listing: bool,
    as_json: bool,
    db_url: str | None,
) -> None:
    """Override a criterion's machine result on a stored interaction (audited)."""
    from ..calibration.overrides import add_override, overrides, reason_of, to_json
    from ..errors import UserError

    store = open_store(ctx, db_url)
    if listing:
        for o in overrides(store, interaction_id):
            item = {**to_json(o), "reason": reason_of(store, o.interaction_id, o)}
            if as_json:
                click.echo(json.dumps(item, sort_keys=True))
            else:
                click.echo(
                    f"{o.at:%Y-%m-%d %H:%M} {o.actor}: {o.interaction_id} {o.ruleset_id}/"
                    f"{o.criterion_id} {o.machine_result} -> {o.result} ({item['reason']})"
                )
        return
    if not interaction_id or not criterion_id or not result:
        raise UserError("give ID CRITERION --result met|not_met|na --reason TEXT", where="override")
    done = add_override(store, interaction_id, criterion_id, result, reason or "", ruleset_id)
    click.echo(
        f"{done.interaction_id} {done.ruleset_id}/{done.criterion_id}: machine "
        f"{done.machine_result}, {done.actor} {done.result} (both kept; audited)"
    )
