"""The scan engine: score every stored interaction once per ruleset hash and content.

``run`` finds what is pending and hands batches to an executor (``executors``: inline,
a process pool, or a plugin's); ``batch`` scores one batch and writes it atomically,
so a scan killed at any moment loses at most the batches in flight and the next scan
does exactly what is left.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Names load on first use: the built-in executors (``executors``, an entry point) are
# registered by every command, and must not bring the store and models with them.
_EXPORTS = {
    "BATCH_SIZE": ".run",
    "BatchOutcome": ".outcome",
    "BatchScanner": ".batch",
    "ScanCounts": ".run",
    "ScanExecutor": ".executors",
    "ScanJob": ".executors",
    "ScanRequest": ".executors",
    "choose_executor": ".run",
    "pending_batches": ".pending",
    "pending_count": ".pending",
    "run_scan": ".run",
}

__all__ = [
    "BATCH_SIZE",
    "BatchOutcome",
    "BatchScanner",
    "ScanCounts",
    "ScanExecutor",
    "ScanJob",
    "ScanRequest",
    "choose_executor",
    "pending_batches",
    "pending_count",
    "run_scan",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .batch import BatchScanner
    from .executors import ScanExecutor, ScanJob, ScanRequest
    from .outcome import BatchOutcome
    from .pending import pending_batches, pending_count
    from .run import BATCH_SIZE, ScanCounts, choose_executor, run_scan
