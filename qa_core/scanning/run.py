"""A scan: find what is pending, hand its batches to an executor, add up what they did."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import UserError
from ..ruleset.compiled import Ruleset
from ..store.store import Store
from ..timing import PluginTimer
from .batch import BatchOutcome, BatchScanner
from .executors import ScanExecutor, ScanJob, ScanRequest
from .pending import pending_batches, pending_count

BATCH_SIZE = 50


@dataclass
class ScanCounts:
    scanned: int = 0
    skipped: int = 0
    failed: int = 0
    batches: int = 0
    stopped: bool = False
    timer: PluginTimer = field(default_factory=PluginTimer)

    def add(self, outcome: BatchOutcome) -> None:
        self.scanned += outcome.scanned
        self.failed += outcome.failed
        self.batches += 1
        self.timer.merge(outcome.timings)

    def to_json(self) -> dict[str, Any]:
        return {
            "scanned": self.scanned,
            "skipped": self.skipped,
            "failed": self.failed,
            "batches": self.batches,
            **({"stopped": True} if self.stopped else {}),
        }


def choose_executor(pm: Any, name: str | None, workers: int) -> ScanExecutor:
    """The executor named, or inline for one worker and the process pool for more."""
    executors = pm.scan_executors
    wanted = name or ("inline" if workers <= 1 else "pool")
    if wanted not in executors:
        known = ", ".join(sorted(executors)) or "none (is the 'executors' plugin disabled?)"
        raise UserError(f"no scan executor named {wanted!r}; known: {known}", where="--executor")
    return executors[wanted]


def run_scan(
    store: Store,
    ruleset: Ruleset,
    pm: Any,
    *,
    url: str | None,
    workers: int,
    batch_size: int = BATCH_SIZE,
    rescan: bool = False,
    executor: str | None = None,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    pending: tuple[int, int] | None = None,
    teams: Sequence[str] = (),
    broker: str | None = None,
) -> ScanCounts:
    """Score what is pending; audit entries open and close the scan.

    ``pending`` may pass in what ``pending_count`` already returned (a progress bar
    needs the count first). A stop request ends the scan after the batches in flight.
    """
    todo, total = pending or pending_count(store, ruleset, rescan, teams)
    expected = -(-todo // batch_size)
    chosen = choose_executor(pm, executor, 1 if expected <= 1 else workers)
    counts = ScanCounts(skipped=total - todo)
    store.record(
        "scan_start",
        ruleset.id,
        {
            "sha256": ruleset.sha256[:12],
            "pending": todo,
            "workers": workers,
            "executor": chosen.name,
            **({"teams": sorted(teams)} if teams else {}),
        },
    )

    def on_batch(outcome: BatchOutcome) -> None:
        counts.add(outcome)
        if progress:
            progress(outcome.size)

    job = ScanJob(str(store.home), url, str(ruleset.path), ruleset.sha256, rescan, workers, broker)
    chosen.run(
        ScanRequest(
            job=job,
            batches=pending_batches(store, ruleset, rescan, batch_size, teams),
            local_scanner=lambda: BatchScanner(store, ruleset, pm),
            on_batch=on_batch,
            should_stop=should_stop,
        )
    )
    counts.stopped = should_stop() and counts.scanned + counts.failed < todo
    store.record("scan_finish", ruleset.id, {"sha256": ruleset.sha256[:12], **counts.to_json()})
    return counts
