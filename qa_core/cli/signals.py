"""Stop politely: the first SIGTERM or Ctrl-C asks a scan to finish its batches in flight.

A second Ctrl-C is not caught, so a user who means it still gets an immediate stop
(which is safe too: a batch is written in one transaction or not at all). A repeated
SIGTERM is ignored: tools such as timeout(1) deliver it twice (to the process and its
group), and a service manager escalates with SIGKILL when it means it.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopOnSignal:
    """Within ``with``: the first signal sets ``requested``; the old handlers come back."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def requested(self) -> bool:
        return self.event.is_set()

    @property
    def exit_code(self) -> int:
        """The shell's convention for a command stopped by a signal: 128 + its number."""
        return 128 + self.signum if self.signum else 0

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.signum = self.signum or signum
        self.event.set()
        if signum == signal.SIGINT:
            signal.signal(signum, self._previous.get(signum, signal.SIG_DFL))

    def __enter__(self) -> StopOnSignal:
        if threading.current_thread() is threading.main_thread():
            for signum in SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
