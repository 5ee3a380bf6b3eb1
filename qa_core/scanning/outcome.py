"""What one batch did: plain data, importable without the scan pipeline (an executor
plugin reads it in a process that never opens the store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class BatchOutcome:
    """What one batch did; plain data, so it crosses process and machine boundaries."""

    size: int
    scanned: int = 0
    failed: int = 0
    timings: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "scanned": self.scanned,
            "failed": self.failed,
            "timings": self.timings,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchOutcome:
        return cls(data["size"], data["scanned"], data["failed"], data["timings"])
