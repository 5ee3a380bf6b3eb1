"""Test calls spoken by Debian's espeak-ng, word by word, so every word's time is known.

Each word is synthesised on its own (cached), trimmed of espeak's lead-in silence, and
laid end to end with a short gap; the interaction built beside the audio carries each
word's offset and times, as an ASR would give them. On a stereo call the agent speaks on
the left channel and the customer on the right.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(
    ESPEAK is None, reason="espeak-ng is not installed (make test installs it where it may)"
)
RATE = 22050  # espeak-ng's own rate
# a test card (Visa's 4111 1111 1111 1111) said digit by digit, and a call that reads it
CARD = "four one one one one one one one one one one one one one one one"
CARD_CALL = [
    ("agent", "thank you for calling what is the card number"),
    ("customer", f"sure it is {CARD}"),
    ("agent", "thank you that is all"),
]
GAP_S = 0.08
TURN_GAP_S = 0.4


@functools.cache
def spoken(word: str, voice: str = "en-us") -> np.ndarray:
    """One word's samples (int16), trimmed of the silence espeak puts around it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.wav"
        subprocess.run(
            [ESPEAK or "espeak-ng", "-v", voice, "-s", "190", "-w", str(path), word],
            check=True,
            capture_output=True,
        )
        samples, rate = soundfile.read(path, dtype="int16")
    assert rate == RATE
    loud = np.nonzero(np.abs(samples) > 200)[0]
    return samples[loud[0] : loud[-1] + 1] if len(loud) else samples[:1]


@dataclass
class SpokenCall:
    interaction: dict
    samples: np.ndarray  # frames x channels, int16
    rate: int = RATE

    def write(self, path: Path, subtype: str = "PCM_16") -> Path:
        soundfile.write(path, self.samples, self.rate, subtype=subtype)
        return path

    def word_frames(self, turn: int, word: int) -> tuple[int, int]:
        w = self.interaction["turns"][turn]["words"][word]
        return round(w["start_s"] * self.rate), round(w["end_s"] * self.rate)


def speak_call(
    call_id: str,
    turns: list[tuple[str, str]],
    *,
    stereo: bool = False,
    word_times: bool = True,
    voice: str = "en-us",
) -> SpokenCall:
    """``turns`` as (speaker, text) spoken in order; the interaction has turn times and,
    with ``word_times``, each word's times too."""
    channels = 2 if stereo else 1
    pieces: list[np.ndarray] = []
    at = 0  # frames so far
    out_turns = []
    for speaker, text in turns:
        channel = 0 if (speaker == "agent" or not stereo) else 1
        turn_start = at
        words = []
        offset = 0
        for token in text.split(" "):
            offset = text.index(token, offset)
            sound = spoken(token.strip(",.?!").lower(), voice)
            block = np.zeros((len(sound) + int(GAP_S * RATE), channels), dtype=np.int16)
            block[: len(sound), channel] = sound
            words.append(
                {
                    "text": token,
                    "offset": offset,
                    "start_s": round(at / RATE, 4),
                    "end_s": round((at + len(sound)) / RATE, 4),
                }
            )
            pieces.append(block)
            at += len(block)
            offset += len(token)
        turn = {
            "speaker": speaker,
            "text": text,
            "start_s": round(turn_start / RATE, 4),
            "end_s": round(at / RATE, 4),
        }
        if word_times:
            turn["words"] = words
        out_turns.append(turn)
        pause = np.zeros((int(TURN_GAP_S * RATE), channels), dtype=np.int16)
        pieces.append(pause)
        at += len(pause)
    interaction = {"id": call_id, "channel": "voice", "language": "en", "turns": out_turns}
    return SpokenCall(interaction, np.concatenate(pieces))
