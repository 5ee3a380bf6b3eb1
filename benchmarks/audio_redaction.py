"""Muting recordings: throughput, memory on a 2-hour call, and how much speech is muted.

1. Seconds of audio released (muted, checked against the input, hashed) per second of CPU,
   on an 8 kHz mono WAV, beside a plain block-by-block copy through the same library (the
   baseline: what reading and writing alone cost). Target: >= 200x real time.
2. Peak memory of releasing a 2-hour stereo 8 kHz recording, in a fresh process, beside
   reading the same file whole (the baseline). Target: < 100 MB above the process's start.
3. On calls spoken by espeak-ng word by word (the test suite's voices), the share of each
   call muted beside the share that was sensitive (the words the findings cover), and
   whether every sensitive word was silenced.

    .venv/bin/python benchmarks/audio_redaction.py [--minutes 20] [--hours 2] [--calls 12]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's spoken calls (tests/speech.py)

from qa_core.analysis.findings import Finding  # noqa: E402
from qa_core.audio.intervals import frame_ranges  # noqa: E402
from qa_core.audio.release import release  # noqa: E402

THROUGHPUT_TARGET = 200.0
MEMORY_TARGET_MB = 100.0
RATE = 8000


def _noise_wav(path: Path, seconds: float, channels: int) -> None:
    """Speech-like noise, written in blocks (the benchmark itself stays flat too)."""
    rng = np.random.default_rng(0)
    with soundfile.SoundFile(path, "w", RATE, channels, "PCM_16", format="WAV") as out:
        left = int(seconds * RATE)
        while left:
            n = min(left, 60 * RATE)
            out.write((rng.normal(0, 3000, (n, channels))).clip(-32768, 32767).astype("int16"))
            left -= n


def _findings(seconds: float) -> list[Finding]:
    """A 3-second finding every 20 seconds: a card read out in every third of a minute."""
    return [
        Finding(0, 0, 1, "CREDIT_CARD", 0.9, start_s=t, end_s=t + 3.0)
        for t in np.arange(5.0, seconds - 5, 20.0)
    ]


def throughput(minutes: float, folder: Path) -> tuple[float, float]:
    seconds = minutes * 60
    source = folder / "long.wav"
    _noise_wav(source, seconds, 1)
    started = time.process_time()
    with (
        soundfile.SoundFile(source) as src,
        soundfile.SoundFile(folder / "copy.wav", "w", RATE, 1, "PCM_16", format="WAV") as dst,
    ):
        for block in src.blocks(blocksize=1 << 16, dtype="int16"):
            dst.write(block)
    copy_cpu = time.process_time() - started
    started = time.process_time()
    release("long", _findings(seconds), source, folder / "out", pad_s=0.2, plugins={})
    release_cpu = time.process_time() - started
    return seconds / release_cpu, seconds / copy_cpu


_MEMORY_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, {bench!r})
from peak import peak_mb
import numpy, soundfile
from qa_core.analysis.findings import Finding
from qa_core.audio.release import release
start = peak_mb()
source = Path({source!r})
if {whole!r}:
    data, _ = soundfile.read(source, dtype="int16")
else:
    found = [Finding(0, 0, 1, "CREDIT_CARD", 0.9, start_s=t, end_s=t + 3.0)
             for t in range(5, {seconds!r} - 5, 20)]
    release("two-hours", found, source, Path({out!r}), pad_s=0.2, plugins={{}})
print(json.dumps({{"start": start, "peak": peak_mb()}}))
"""


def memory(hours: float, folder: Path) -> tuple[float, float]:
    seconds = int(hours * 3600)
    source = folder / "two-hours.wav"
    _noise_wav(source, seconds, 2)
    (folder / "out").mkdir(exist_ok=True)
    used = []
    for whole in (False, True):
        code = _MEMORY_CHILD.format(
            bench=str(ROOT / "benchmarks"), source=str(source), whole=whole,
            seconds=seconds, out=str(folder / "out"),
        )  # fmt: skip
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr)
        figures = json.loads(done.stdout)
        used.append(figures["peak"] - figures["start"])
    return used[0], used[1]


CALLS = [
    [("agent", "thank you for calling what is the card number"),
     ("customer", "it is four one one one one one one one one one one one one one one one"),
     ("agent", "and the expiry date"), ("customer", "oh eight twenty seven"),
     ("agent", "and the three digit code on the back"), ("customer", "seven three one")],
    [("agent", "can I have your name please"), ("customer", "my name is john smith"),
     ("agent", "and your date of birth"), ("customer", "march third nineteen seventy five"),
     ("agent", "thank you mister smith how can I help today"),
     ("customer", "I want to change my address")],
    [("agent", "what is a good phone number"),
     ("customer", "five five five two three four five six seven eight"),
     ("agent", "and your email"), ("customer", "john dot smith at example dot com"),
     ("agent", "perfect you are all set have a nice day")],
    [("agent", "good morning how can I help"), ("customer", "I have a question about my bill"),
     ("agent", "sure the balance is forty two dollars due on the first"),
     ("customer", "okay thank you very much")],
]  # fmt: skip


def muted_share(count: int) -> list[dict]:
    from speech import ESPEAK, speak_call

    from qa_core.model import Interaction
    from qa_core.testing import analyze, plugin_manager_with

    if ESPEAK is None:
        return []
    pm = plugin_manager_with("pci", "hipaa")
    rows = []
    for k in range(count):
        call = speak_call(f"c{k}", CALLS[k % len(CALLS)])
        interaction = Interaction.model_validate(call.interaction)
        findings = analyze(pm, interaction)
        frames = len(call.samples)
        ranges = frame_ranges(findings, 0.2, call.rate, frames)
        muted = np.zeros(frames, dtype=bool)
        for a, b in ranges:
            muted[a:b] = True
        sensitive = np.zeros(frames, dtype=bool)
        for f in findings:
            for w in call.interaction["turns"][f.turn].get("words", []):
                if w["offset"] < f.end and w["offset"] + len(w["text"]) > f.start:
                    sensitive[round(w["start_s"] * call.rate) : round(w["end_s"] * call.rate)] = (
                        True
                    )
        rows.append(
            {
                "call": k % len(CALLS),
                "seconds": frames / call.rate,
                "muted": muted.mean(),
                "sensitive": sensitive.mean(),
                "all_sensitive_muted": bool(np.all(muted[sensitive])),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--hours", type=float, default=2.0)
    parser.add_argument("--calls", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "out").mkdir()
        released, copied = throughput(args.minutes, Path(folder))
    print(f"throughput, 8 kHz mono WAV, {args.minutes:g} min:")
    print(f"  released (mute + check + hashes): {released:8.0f}x real time per CPU second")
    print(f"  baseline, plain block copy:       {copied:8.0f}x")
    verdict = "met" if released >= THROUGHPUT_TARGET else "MISSED"
    print(f"  target >= {THROUGHPUT_TARGET:.0f}x: {verdict}")
    with tempfile.TemporaryDirectory() as folder:
        streamed, whole = memory(args.hours, Path(folder))
    print(f"peak memory above start, {args.hours:g} h stereo 8 kHz WAV:")
    print(f"  released, streamed in blocks: {streamed:7.1f} MB")
    print(f"  baseline, read whole:         {whole:7.1f} MB")
    verdict = "met" if streamed < MEMORY_TARGET_MB else "MISSED"
    print(f"  target < {MEMORY_TARGET_MB:.0f} MB: {verdict}")
    rows = muted_share(args.calls)
    if not rows:
        print("muted share: skipped (espeak-ng is not installed)")
        return
    print("spoken calls (espeak-ng), pad 0.2 s: share of the call muted vs sensitive")
    for row in rows:
        print(
            f"  call {row['call']}: {row['seconds']:5.1f} s  muted {row['muted']:6.1%}  "
            f"sensitive {row['sensitive']:6.1%}  every sensitive word muted: "
            f"{'yes' if row['all_sensitive_muted'] else 'NO'}"
        )
    muted = sum(r["muted"] * r["seconds"] for r in rows) / sum(r["seconds"] for r in rows)
    sensitive = sum(r["sensitive"] * r["seconds"] for r in rows) / sum(r["seconds"] for r in rows)
    print(f"  all calls: muted {muted:.1%} of speech time, sensitive {sensitive:.1%}")


if __name__ == "__main__":
    main()
