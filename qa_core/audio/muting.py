"""Silence sample ranges of a WAV or FLAC recording, streaming, leaving every other sample
exactly as it was.

``soundfile`` (libsndfile, bundled in its wheel) reads and writes both formats in blocks, in
each subtype's own integer or float type, so re-writing is lossless; the standard library's
``wave`` reads PCM WAV only. Lossy encodings (ADPCM, GSM, MP3, Ogg) are refused: writing
them again would change samples nobody asked to change. Every output is compared with its
input before it is kept, so a codec that did not round-trip would be caught, not shipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile

BLOCK_FRAMES = 1 << 16
FORMATS = {"WAV": ".wav", "WAVEX": ".wav", "FLAC": ".flac"}
# each subtype read in the type that holds its samples exactly
_SAMPLE_TYPE = {
    "PCM_U8": "int16",
    "PCM_S8": "int16",
    "PCM_16": "int16",
    "ULAW": "int16",
    "ALAW": "int16",
    "PCM_24": "int32",
    "PCM_32": "int32",
    "FLOAT": "float32",
    "DOUBLE": "float64",
}
# A-law has no code for zero: its quietest codes decode to +-8 (of 32768, -72 dBFS)
_QUIETEST = {"ALAW": 8}


class AudioError(Exception):
    """A recording that cannot be muted safely; the message names why, never a sample."""


Source = Path | Callable[[], BinaryIO]
"""A recording's bytes: a file, or something that opens them (a store's sealed chunks,
decrypted as they are read, never written out in the clear)."""


@contextlib.contextmanager
def _opened(source: Source) -> Iterator[BinaryIO]:
    """The source's bytes; a failure its reader kept (one raised inside libsndfile's
    callbacks, which cffi prints rather than raises) is raised here."""
    with open(source, "rb") if isinstance(source, Path) else source() as handle:
        yield handle
        failure = getattr(handle, "failure", None)
        if failure is not None:
            raise AudioError(f"the recording cannot be read: {failure}")


@dataclass(frozen=True)
class Recording:
    """What a muted copy must keep: format, subtype, rate, channels and length."""

    source: Source
    format: str
    subtype: str
    endian: str
    samplerate: int
    channels: int
    frames: int

    @property
    def duration_s(self) -> float:
        return self.frames / self.samplerate

    @classmethod
    def open(cls, source: Source) -> Recording:
        try:
            with _opened(source) as raw, soundfile.SoundFile(raw) as info:
                pass
        except (RuntimeError, OSError) as exc:  # libsndfile's errors are RuntimeErrors
            raise AudioError(f"not a readable WAV or FLAC recording ({_reason(exc)})") from None
        if info.format not in FORMATS:
            raise AudioError(f"format {info.format} is not supported (WAV or FLAC)")
        if info.subtype not in _SAMPLE_TYPE:
            raise AudioError(
                f"encoding {info.subtype} is lossy or unsupported: muting it would change "
                "other samples"
            )
        return cls(
            source,
            info.format,
            info.subtype,
            info.endian,
            info.samplerate,
            info.channels,
            info.frames,
        )

    def blocks(self, frames: int = BLOCK_FRAMES) -> Iterator[np.ndarray]:
        """The samples, ``frames`` at a time, one column per channel."""
        with _opened(self.source) as raw, soundfile.SoundFile(raw) as handle:
            yield from handle.blocks(
                blocksize=frames, dtype=_SAMPLE_TYPE[self.subtype], always_2d=True
            )


def sha256_of(source: Source) -> str:
    digest = hashlib.sha256()
    with _opened(source) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def mute(recording: Recording, target: Path, ranges: Sequence[tuple[int, int]]) -> None:
    """Write ``target``: ``recording`` with the sample ranges zeroed on every channel.

    Written to a temporary file beside ``target`` and renamed only once it has been read
    back and found equal to the input everywhere else, so ``target`` is whole or absent.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        with soundfile.SoundFile(
            tmp,
            "w",
            samplerate=recording.samplerate,
            channels=recording.channels,
            subtype=recording.subtype,
            endian=recording.endian,
            format=recording.format,
        ) as out:
            for offset, block in _positioned(recording.blocks()):
                out.write(_zeroed(block, offset, ranges))
        check_muted(recording, Recording.open(Path(tmp)), ranges)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def check_muted(original: Recording, muted: Recording, ranges: Sequence[tuple[int, int]]) -> None:
    """Raise unless ``muted`` has the original's shape, silence inside ``ranges`` (zeros,
    or the encoding's quietest value) and the original's samples everywhere else."""
    shape = ("samplerate", "channels", "frames", "subtype", "format")
    for name in shape:
        if getattr(original, name) != getattr(muted, name):
            raise AudioError(f"the muted copy changed the recording's {name}")
    quietest = _QUIETEST.get(original.subtype, 0)
    for (offset, a), b in zip(_positioned(original.blocks()), muted.blocks(), strict=True):
        inside = np.zeros(len(a), dtype=bool)
        for start, end in _overlaps(ranges, offset, offset + len(a)):
            inside[start - offset : end - offset] = True
        if not np.array_equal(a[~inside], b[~inside]):
            raise AudioError("re-encoding changed samples outside the muted stretches")
        if np.any(np.abs(b[inside]) > quietest):
            raise AudioError("a muted stretch is not silent")


def _positioned(blocks: Iterator[np.ndarray]) -> Iterator[tuple[int, np.ndarray]]:
    offset = 0
    for block in blocks:
        yield offset, block
        offset += len(block)


def _zeroed(block: np.ndarray, offset: int, ranges: Sequence[tuple[int, int]]) -> np.ndarray:
    """The block with the parts of ``ranges`` it holds set to zero (a copy when changed)."""
    inside = _overlaps(ranges, offset, offset + len(block))
    if not inside:
        return block
    block = block.copy()
    for a, b in inside:
        block[a - offset : b - offset, :] = 0
    return block


def _overlaps(ranges: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``ranges`` within ``[start, end)``."""
    return [(max(a, start), min(b, end)) for a, b in ranges if a < end and b > start]


def _reason(exc: BaseException) -> str:
    """libsndfile's own words, without the path (which the caller names once)."""
    text = str(exc).split(": ", 1)[-1] if ": " in str(exc) else str(exc)
    return text.strip() or type(exc).__name__
