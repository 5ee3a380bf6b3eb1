"""Where a run's time goes, per plugin: a slow plugin must be visible to its host.

Times are wall-clock seconds measured around each call into a plugin's code (rule
types, recognisers, detectors) plus the core's own stages (decryption, spaCy, writing),
summed over a run and across worker processes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from time import perf_counter
from typing import Any

CORE = "core"


class PluginTimer:
    """Seconds and calls per (plugin, part); parts are rule types, recognisers, stages."""

    def __init__(self) -> None:
        self.seconds: defaultdict[tuple[str, str], float] = defaultdict(float)
        self.calls: defaultdict[tuple[str, str], int] = defaultdict(int)

    @contextmanager
    def measure(self, plugin: str, part: str) -> Iterator[None]:
        started = perf_counter()
        try:
            yield
        finally:
            self.add(plugin, part, perf_counter() - started)

    def add(self, plugin: str, part: str, seconds: float, calls: int = 1) -> None:
        self.seconds[plugin, part] += seconds
        self.calls[plugin, part] += calls

    def merge(self, other: Mapping[str, Any]) -> None:
        """Add another timer's ``to_json()`` (from a worker process) to this one."""
        for plugin, entry in other.items():
            for part, figures in entry["parts"].items():
                self.add(plugin, part, figures["seconds"], figures["calls"])

    def to_json(self) -> dict[str, Any]:
        """``{plugin: {"seconds": s, "parts": {part: {"seconds": s, "calls": n}}}}``."""
        out: dict[str, Any] = {}
        for (plugin, part), seconds in sorted(self.seconds.items()):
            entry = out.setdefault(plugin or CORE, {"seconds": 0.0, "parts": {}})
            entry["seconds"] += seconds
            entry["parts"][part] = {"seconds": seconds, "calls": self.calls[plugin, part]}
        return out


def rounded(timings: Mapping[str, Any], digits: int = 3) -> dict[str, Any]:
    """For printing: seconds rounded, slowest plugin first."""
    ordered = sorted(timings.items(), key=lambda item: -item[1]["seconds"])
    return {
        plugin: {
            "seconds": round(entry["seconds"], digits),
            "parts": {
                part: {"seconds": round(f["seconds"], digits), "calls": f["calls"]}
                for part, f in entry["parts"].items()
            },
        }
        for plugin, entry in ordered
    }


# The timer of the analysis pass in progress, read by wrapped recognisers (Presidio
# calls them itself, so the timer cannot be handed to them as an argument).
ACTIVE_TIMER: ContextVar[PluginTimer | None] = ContextVar("qa_active_timer", default=None)
