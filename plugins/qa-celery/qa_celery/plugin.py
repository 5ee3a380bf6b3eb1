"""The entry point: the ``celery`` scan executor and the ``qa worker`` command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qa_core import hookimpl

if TYPE_CHECKING:
    import click

    from qa_core import ScanExecutor


@hookimpl
def register_scan_executors() -> list[ScanExecutor]:
    # imported here, not at load: the executor brings Celery and the scan pipeline,
    # which commands that never scan (`qa ruleset list`) should not pay for
    from .executor import CeleryExecutor

    return [CeleryExecutor()]


# --8<-- [start:register-commands]
@hookimpl
def register_commands(cli: click.Group) -> None:
    from .cli import worker  # click and the command only: Celery loads when it runs

    cli.add_command(worker)


# --8<-- [end:register-commands]
