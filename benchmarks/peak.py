"""Peak memory of this process since it started (exec), in MB.

``getrusage().ru_maxrss`` is carried across ``execve`` on Linux, so a worker spawned by a
parent that had built a large store would report the parent's peak; ``VmHWM`` belongs
to the process's own address space and starts afresh at exec.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
