"""``qa user add|list|disable|enable|passwd`` and ``qa serve``: the review console."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import plugin_manager
from .store import DB_OPTION, open_store


def _password_from_stdin() -> str:
    """The first line of standard input (a password never goes on the command line)."""
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


@click.group()
def user() -> None:
    """Console users and their roles (agent, evaluator, officer, admin)."""


@user.command("add")
@click.argument("name")
@click.option(
    "--role", required=True, type=click.Choice(["agent", "evaluator", "officer", "admin"])
)
@click.option(
    "--agent-id", help="For an agent: the agent_id whose interactions it sees [its NAME]."
)
@click.option("--password-stdin", is_flag=True, required=True, help="Read the password from stdin.")
@DB_OPTION
@click.pass_context
def add(
    ctx: click.Context,
    name: str,
    role: str,
    agent_id: str | None,
    password_stdin: bool,
    db_url: str | None,
) -> None:
    """Add a user (exit 2 on a duplicate name or a weak password)."""
    from ..console.accounts import add_user

    password = _password_from_stdin()
    done = add_user(open_store(ctx, db_url), name, role, agent_id, password)
    click.echo(
        f"added {done.name} ({done.role}{', agent ' + done.agent_id if done.agent_id else ''})"
    )


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON lines.")
@DB_OPTION
@click.pass_context
def list_users(ctx: click.Context, as_json: bool, db_url: str | None) -> None:
    """Every user, with role, agent id and whether disabled."""
    from ..console.accounts import users

    for u in users(open_store(ctx, db_url)):
        if as_json:
            click.echo(json.dumps(u.__dict__, sort_keys=True))
        else:
            state = " (disabled)" if u.disabled else ""
            click.echo(f"{u.name}\t{u.role}\t{u.agent_id or '-'}{state}")


@user.command("disable")
@click.argument("name")
@DB_OPTION
@click.pass_context
def disable(ctx: click.Context, name: str, db_url: str | None) -> None:
    """Disable a user and end its sessions."""
    from ..console.accounts import set_disabled

    set_disabled(open_store(ctx, db_url), name, True)
    click.echo(f"disabled {name}")


@user.command("enable")
@click.argument("name")
@DB_OPTION
@click.pass_context
def enable(ctx: click.Context, name: str, db_url: str | None) -> None:
    """Enable a disabled user again."""
    from ..console.accounts import set_disabled

    set_disabled(open_store(ctx, db_url), name, False)
    click.echo(f"enabled {name}")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, required=True, help="Read the password from stdin.")
@DB_OPTION
@click.pass_context
def passwd(ctx: click.Context, name: str, password_stdin: bool, db_url: str | None) -> None:
    """Set a new password (its sessions end)."""
    from ..console.accounts import set_password

    set_password(open_store(ctx, db_url), name, _password_from_stdin())
    click.echo(f"password of {name} changed; its sessions ended")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8400, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
    help="Server processes (one per core serves the most sessions).",
)  # fmt: skip
@click.option(
    "--templates", "templates_dir", type=click.Path(path_type=Path, file_okay=False),
    help="A folder of templates that override the shipped ones (as for reports).",
)  # fmt: skip
@DB_OPTION
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    workers: int,
    templates_dir: Path | None,
    db_url: str | None,
) -> None:
    """Serve the review console over the store (QA_HOME, or --db)."""
    import os

    import uvicorn

    from ..console.app import create_app

    store = open_store(ctx, db_url)  # fails here, in one line, when there is no store
    click.echo(f"qa serve: http://{host}:{port}/ (store {store.store_id[:8]})", err=True)
    quiet = {"host": host, "port": port, "log_level": "warning", "access_log": False}
    if workers == 1:
        uvicorn.run(create_app(store, plugin_manager(ctx), templates_dir), **quiet)
        return
    if db_url:
        os.environ["QA_DB_URL"] = db_url
    if templates_dir:
        os.environ["QA_CONSOLE_TEMPLATES"] = str(templates_dir)
    target = "qa_core.console.app:app_from_environment"
    uvicorn.run(target, factory=True, workers=workers, **quiet)
