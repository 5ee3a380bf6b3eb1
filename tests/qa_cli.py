"""The ``qa`` command run in this process (click's runner) or as a real process.

In-process runs skip what a process pays on every start (the interpreter, the plugin
manager, Presidio's registry, sqlmodel, Celery): use them unless a test is about a
process itself (a crash, a signal, a kill, an exit status of the interpreter, a clean
environment). A run here sees exactly what a process would be given: its own
environment (QA_HOME, QA_DISABLE_PLUGINS as the caller says), working folder, stdout,
stderr, and warnings logged to stderr; all of it is put back afterwards, so tests stay
independent in any order and under xdist.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import subprocess
import sys
import traceback
import warnings
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QA = Path(sys.executable).parent / "qa"


@dataclass
class QAResult:
    """What a test reads of a ``qa`` run: the fields of ``subprocess.CompletedProcess``."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


class _StderrNow(logging.Handler):
    """Python's last-resort handler: warnings to whatever ``sys.stderr`` is right now.

    A ``qa`` process has no logging configured, so its warnings reach stderr that way;
    under pytest the root logger has pytest's handlers and the last resort never runs.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


def environment(env: Mapping[str, str | None] | None) -> dict[str, str]:
    """``os.environ`` with ``env`` applied (None removes a variable)."""
    full = {**os.environ}
    for name, value in (env or {}).items():
        if value is None:
            full.pop(name, None)
        else:
            full[name] = value
    return full


def run_in_process(
    *args: str,
    env: Mapping[str, str | None] | None = None,
    cwd: Path | None = None,
    stdin: str | None = None,
) -> QAResult:
    """``qa ARGS`` through click's runner, with ``env`` (None unsets), ``cwd`` and what
    standard input holds."""
    from click.testing import CliRunner
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    from qa_core.cli import qa

    importlib.invalidate_caches()  # plugin folders a test just wrote are seen
    handler = _StderrNow()
    root = logging.getLogger()
    runner = CliRunner()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(warnings.catch_warnings())  # a command's filters end with it
        root.addHandler(handler)
        stack.callback(root.removeHandler, handler)
        # what the command itself sets in os.environ ends with it, as with a process
        saved = dict(os.environ)
        stack.callback(lambda: (os.environ.clear(), os.environ.update(saved)))
        # a process's database connections close when it exits; here, when the run ends:
        # its engines' pools are emptied, then any connection still checked out is closed
        engines: weakref.WeakSet[Engine] = weakref.WeakSet()
        connections: list[Any] = []

        def engine_used(connection: Any) -> None:
            engines.add(connection.engine)

        def connected(dbapi_connection: Any, _record: Any) -> None:
            connections.append(dbapi_connection)

        def close_all() -> None:
            for engine in list(engines):
                engine.dispose()
            for connection in connections:
                with contextlib.suppress(Exception):
                    connection.close()

        event.listen(Engine, "engine_connect", engine_used)
        event.listen(Pool, "connect", connected)
        stack.callback(close_all)
        stack.callback(event.remove, Pool, "connect", connected)
        stack.callback(event.remove, Engine, "engine_connect", engine_used)
        result = runner.invoke(qa, list(args), env=dict(env or {}), prog_name="qa", input=stdin)
    stderr = result.stderr
    code = result.exit_code
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # what the interpreter does with an exception nothing caught (``--debug``)
        stderr += "".join(traceback.format_exception(result.exception))
        code = 1
    return QAResult([str(QA), *args], code, result.stdout, stderr)


def run_process(
    *args: str,
    env: Mapping[str, str | None] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess:
    """``qa ARGS`` as a real process (the installed console script)."""
    return subprocess.run(
        [str(QA), *args],
        capture_output=True,
        text=True,
        env=environment(env),
        cwd=cwd,
        timeout=timeout,
    )
