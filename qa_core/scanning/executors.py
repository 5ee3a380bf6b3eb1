"""Where batches run: in this process, or in a pool of worker processes on this machine.

Both are registered through ``register_scan_executors`` exactly as a third party's
executor (Celery, a cluster scheduler) would be. An executor is handed a ``ScanRequest``:
the ``ScanJob`` it may send anywhere (paths, URLs, a ruleset hash and, per batch,
interaction ids; never transcript text or keys), the batches, and two callbacks.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import UserError
from ..plugins import hookimpl

if TYPE_CHECKING:  # the scan pipeline (store, models) loads when a batch is scored,
    # not when the built-in executors register: `qa ruleset list` never scores
    from .batch import BatchScanner
    from .outcome import BatchOutcome


@dataclass(frozen=True)
class ScanJob:
    """What a worker needs to score batches of this scan, anywhere: no secrets, no text."""

    home: str
    url: str | None
    ruleset_path: str
    ruleset_sha256: str
    rescan: bool
    workers: int
    broker: str | None = None  # for executors that queue batches (never sent to workers)


@dataclass
class ScanRequest:
    job: ScanJob
    batches: Iterator[list[str]]
    # this process's scanner (store, plugins and ruleset already loaded), for inline use
    local_scanner: Callable[[], BatchScanner]
    # called with each finished batch, in this process
    on_batch: Callable[[BatchOutcome], None]
    # true once the scan should stop after the batches in flight (SIGTERM)
    should_stop: Callable[[], bool]


class ScanExecutor:
    """Runs a scan's batches; subclasses set ``name`` and implement ``run``.

    ``run`` returns when every batch is done, or when ``should_stop()`` turned true and
    the batches already started have finished. A batch that was never started is
    simply left for the next scan: results are idempotent and nothing else is written.
    """

    name: ClassVar[str]

    def run(self, request: ScanRequest) -> None:
        raise NotImplementedError

    def queue_status(self, broker: str) -> dict[str, Any] | None:
        """``qa status --broker URL``: what waits and runs on the broker (``queued``,
        ``running``, ``workers``), or None for an executor that queues nothing."""
        return None


# --8<-- [start:inline-executor]
class InlineExecutor(ScanExecutor):
    """Batches one after another in this process: no start-up cost, one core."""

    name = "inline"

    def run(self, request: ScanRequest) -> None:
        scanner = request.local_scanner()
        for batch in request.batches:
            if request.should_stop():
                return
            request.on_batch(scanner.run(batch, request.job.rescan))


# --8<-- [end:inline-executor]


class PoolExecutor(ScanExecutor):
    """A process pool on this machine; each worker loads its store and plugins once.

    At most two batches per worker are in flight, so memory stays flat however many
    interactions are pending, and a stop request waits for at most those.
    """

    name = "pool"

    def run(self, request: ScanRequest) -> None:
        job = request.job
        workers = max(1, job.workers)
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(job,),
        ) as pool:
            in_flight: set[Future[BatchOutcome]] = set()
            batches = iter(request.batches)
            exhausted = False
            while True:
                while not exhausted and len(in_flight) < 2 * workers and not request.should_stop():
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    in_flight.add(pool.submit(_work, batch, job.rescan))
                if not in_flight:
                    return
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    request.on_batch(future.result())


def scanner_for(job: ScanJob, home: Path | None = None, url: str | None = None) -> BatchScanner:
    """A worker's scanner for ``job``: its own plugins, store connection and ruleset.

    ``home``/``url`` are the worker's own store location when it runs on another machine
    (default: the job's). The ruleset is the job's file when it is there with the same
    hash, else the bundled ruleset with that hash; anything else is refused, so a worker
    never scores with a ruleset other than the scan's.
    """
    from ..plugins import make_plugin_manager
    from ..ruleset.catalog import bundled_rulesets
    from ..ruleset.loader import load_ruleset
    from ..store.store import Store
    from .batch import BatchScanner

    pm = make_plugin_manager()
    store = Store.open(home or Path(job.home), url if home else job.url, pm)
    candidates = [Path(job.ruleset_path)] if Path(job.ruleset_path).is_file() else []
    candidates += [b.path for b in bundled_rulesets(pm).values()]
    for path in candidates:
        ruleset = load_ruleset(path, pm)
        if ruleset.sha256 == job.ruleset_sha256:
            return BatchScanner(store, ruleset, pm)
    raise UserError(
        f"no ruleset with hash {job.ruleset_sha256[:12]} here (the file changed, or this "
        "machine does not have it)",
        where=job.ruleset_path,
    )


@hookimpl
def register_scan_executors() -> list[ScanExecutor]:
    return [InlineExecutor(), PoolExecutor()]


# --- inside a pool worker ----------------------------------------------------------

_WORKER: BatchScanner | None = None


def _start_worker(job: ScanJob) -> None:
    """Once per worker: its own store connection, plugin set and ruleset."""
    global _WORKER
    _die_with_parent()
    # the parent decides when to stop (it finishes the batches in flight); a Ctrl-C or
    # a SIGTERM sent to the whole process group must not kill a batch half-way
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _WORKER = scanner_for(job)


def _work(ids: list[str], rescan: bool) -> BatchOutcome:
    assert _WORKER is not None
    return _WORKER.run(ids, rescan)


def _die_with_parent() -> None:
    """On Linux, a worker whose scan process was killed (SIGKILL) goes too, not orphaned."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    PR_SET_PDEATHSIG = 1
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
