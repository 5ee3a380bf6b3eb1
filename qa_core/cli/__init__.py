"""The ``qa`` command: one click group, a module per noun, heavy imports deferred.

Every error a user can cause ends as one line on stderr and exit code 2; anything
else is a bug, reported in one line too unless ``--debug`` asks for the traceback.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import NO_SPACE, UserError, out_of_space
from .audio import audio
from .audit import audit
from .calibrate import calibrate
from .common import plugin_commands
from .console import serve, user
from .demo import demo
from .evaluate import evaluate
from .learn import learn
from .operations import backup, migrate_store, restore
from .override import override
from .plugins import plugin, plugins
from .redact import redact
from .report import report
from .retention import hold, purge
from .ruleset import ruleset
from .scan import results, scan, status
from .schedule import schedule, scheduler
from .store import ingest, init, keys, show


class QAGroup(click.Group):
    """The core's commands, then those the plugins add (``register_commands``): the
    plugin set is built only when a name is not the core's, or for ``qa --help``."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, cmd_name) or plugin_commands(ctx).get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *plugin_commands(ctx)})

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"qa: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # `qa results | head`: the reader left, not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            if out_of_space(exc):
                click.echo(f"qa: error: {NO_SPACE}", err=True)
                ctx.exit(2)
            click.echo(
                f"qa: internal error: {type(exc).__name__} "
                "(run again with --debug for the traceback)",
                err=True,
            )
            ctx.exit(3)


@click.group(cls=QAGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa")
@click.option(
    "--debug", is_flag=True, envvar="QA_DEBUG", help="Show tracebacks of internal errors."
)
@click.option(
    "--strict",
    is_flag=True,
    envvar="QA_STRICT",
    help="A plugin that fails to load is an error, not a warning.",
)
@click.pass_context
def qa(ctx: click.Context, debug: bool, strict: bool) -> None:
    """qa_core: compliance and QA monitoring for contact-center interactions."""
    ctx.obj = {"debug": debug, "strict": strict}


COMMANDS = (
    init,
    ingest,
    scan,
    results,
    status,
    schedule,
    scheduler,
    show,
    evaluate,
    redact,
    ruleset,
    purge,
    hold,
    keys,
    audit,
    audio,
    backup,
    restore,
    migrate_store,
    plugins,
    plugin,
    report,
    calibrate,
    learn,
    override,
    user,
    serve,
    demo,
)
for command in COMMANDS:
    qa.add_command(command)


def main() -> None:
    qa(prog_name="qa")
