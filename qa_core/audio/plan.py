"""What a scan records of a stored recording: the stretches its findings mute, or why it
cannot be released (a finding without times, a recording that does not read).

The plan is computed from the sealed recording's header alone (rate, channels, length),
decrypting only the chunks libsndfile reads for it; ``qa show --audio`` renders the muted
file from the same findings, so the plan and the file agree sample for sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..analysis.findings import Finding
from .intervals import frame_ranges, in_seconds, untimed
from .muting import AudioError, Recording

if TYPE_CHECKING:
    from ..store.schema import StoredInteraction
    from ..store.store import Store


def plan_for_stored(
    store: Store, row: StoredInteraction, findings: Sequence[Finding], pad_s: float
) -> dict[str, Any]:
    """The ``audio`` block of a result line for an interaction with a stored recording."""
    from ..store.envelope import DecryptionError
    from ..store.recordings import open_recording

    missing = untimed(findings)
    if missing:
        return {"status": "unsafe", "untimed_findings": len(missing)}
    try:
        recording = Recording.open(lambda: open_recording(store, row.id))
    except (AudioError, DecryptionError):
        return {"status": "unreadable"}
    ranges = frame_ranges(findings, pad_s, recording.samplerate, recording.frames)
    return {
        "status": "muted",
        "muted": in_seconds(ranges, recording.samplerate),
        "muted_s": round(sum(b - a for a, b in ranges) / recording.samplerate, 3),
        "duration_s": round(recording.duration_s, 3),
        "pad_s": pad_s,
    }
