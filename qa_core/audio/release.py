"""One recording released: muted where its interaction's findings are, with a certificate.

Shared by ``qa redact --audio``, ``qa show --audio`` and scans, so the three can never
disagree about what a safe recording is.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.findings import Finding
from ..atomic import atomic_text_writer
from ..store.signing import Signer
from .certificate import certificate, sign
from .intervals import frame_ranges, in_seconds, untimed
from .muting import FORMATS, AudioError, Recording, Source, mute, sha256_of


class UnsafeRecording(AudioError):
    """A finding cannot be placed in time, so no muted copy could be trusted."""


@dataclass(frozen=True)
class Released:
    path: Path
    certificate: dict[str, Any]
    muted_s: float


def recording_for(folder: Path, interaction_id: str) -> Path | None:
    """``folder/<id>.wav`` or ``.flac``, if there is one; an id that is not a plain file
    name (a slash, a leading dot) never names a file outside ``folder``."""
    if not _plain_name(interaction_id):
        return None
    for suffix in FORMATS.values():
        path = folder / f"{interaction_id}{suffix}"
        if path.is_file():
            return path
    return None


def _plain_name(name: str) -> bool:
    return not (set(name) & {"/", "\\", "\0"}) and not name.startswith(".")


def release(
    interaction_id: str,
    findings: Sequence[Finding],
    source: Source,
    out_dir: Path | None,
    *,
    pad_s: float,
    plugins: Mapping[str, str],
    signer: Signer | None = None,
    target: Path | None = None,
) -> Released:
    """Write the muted recording (``out_dir/<id>.<ext>``, or ``target``) and, beside it,
    its certificate; a recording that cannot be made safe leaves no file behind."""
    if target is None:
        assert out_dir is not None and isinstance(source, Path)
        target = out_dir / f"{interaction_id}{source.suffix.lower()}"
    certificate_path = target.with_suffix(".json")
    try:
        missing = untimed(findings)
        if missing:
            raise UnsafeRecording(
                f"{len(missing)} of its findings have no times (a turn without word or "
                "turn times): muting cannot place them"
            )
        recording = Recording.open(source)
        ranges = frame_ranges(findings, pad_s, recording.samplerate, recording.frames)
        mute(recording, target, ranges)
    except AudioError:
        for stale in (target, certificate_path):  # an earlier release must not pass for this one
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        raise
    cert = certificate(
        interaction_id,
        sha256_of(source),
        sha256_of(target),
        in_seconds(ranges, recording.samplerate),
        len(findings),
        plugins,
    )
    if signer is not None:
        cert = sign(cert, signer)
    with atomic_text_writer(certificate_path) as out:
        out.write(json.dumps(cert, indent=1) + "\n")
    muted_s = sum(b - a for a, b in ranges) / recording.samplerate
    return Released(target, cert, muted_s)
