"""The entry point: the ``celery`` scan executor."""

from __future__ import annotations

from qa_core import ScanExecutor, hookimpl

from .executor import CeleryExecutor


@hookimpl
def register_scan_executors() -> list[ScanExecutor]:
    return [CeleryExecutor()]
