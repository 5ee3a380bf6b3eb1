"""The scan engine: score every stored interaction once per ruleset hash and content.

``run`` finds what is pending and hands batches to an executor (``executors``: inline,
a process pool, or a plugin's); ``batch`` scores one batch and writes it atomically,
so a scan killed at any moment loses at most the batches in flight and the next scan
does exactly what is left.
"""

from .batch import BatchOutcome, BatchScanner
from .executors import ScanExecutor, ScanJob, ScanRequest
from .pending import pending_batches, pending_count
from .run import BATCH_SIZE, ScanCounts, choose_executor, run_scan

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
