"""From findings' times to the stretches of a recording to silence.

Times are widened by the pad and clipped to the file, then turned into whole samples
rounded outwards (a word half a sample long is still silenced whole), then merged, so
the certificate's intervals are exactly the samples that were zeroed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from ..analysis.findings import Finding

DEFAULT_PAD_S = 0.2


def untimed(findings: Iterable[Finding]) -> list[Finding]:
    """Findings that cannot be placed in the recording (their turn had no times)."""
    return [f for f in findings if f.start_s is None or f.end_s is None]


def frame_ranges(
    findings: Iterable[Finding], pad_s: float, samplerate: int, frames: int
) -> list[tuple[int, int]]:
    """Sorted, merged ``[start, end)`` sample ranges covering every timed finding."""
    ranges = []
    for finding in findings:
        if finding.start_s is None or finding.end_s is None:
            continue
        start = max(0, math.floor((finding.start_s - pad_s) * samplerate))
        end = min(frames, math.ceil((finding.end_s + pad_s) * samplerate))
        if end > start:
            ranges.append((start, end))
    return merge(ranges)


def merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ranges joined, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def in_seconds(ranges: Sequence[tuple[int, int]], samplerate: int) -> list[list[float]]:
    """Sample ranges as the certificate writes them: seconds, to the microsecond (finer
    than a sample at any rate a call is recorded at)."""
    return [[round(a / samplerate, 6), round(b / samplerate, 6)] for a, b in ranges]


def to_frames(muted: Sequence[Sequence[float]], samplerate: int) -> list[tuple[int, int]]:
    """The certificate's intervals back into sample ranges (the inverse of ``in_seconds``)."""
    return [(round(a * samplerate), round(b * samplerate)) for a, b in muted]
