"""The recording's timeline on a scorecard page: turns and muted stretches, placed in
percent of the call's length so the page needs no script to draw it."""

from __future__ import annotations

from typing import Any


def timeline(line: dict[str, Any]) -> dict[str, Any] | None:
    """Turns and muted intervals of a result line with an ``audio`` plan, else None."""
    audio = line.get("audio")
    if not isinstance(audio, dict):
        return None
    turns = [(k, t) for k, t in enumerate(line.get("turns", [])) if "start_s" in t and "end_s" in t]
    muted = audio.get("muted", []) if audio.get("status") == "muted" else []
    length = float(
        audio.get("duration_s")
        or max([t["end_s"] for _, t in turns] + [b for _, b in muted] + [0.0])
    )

    def place(a: float, b: float) -> dict[str, float]:
        if length <= 0:
            return {"left": 0.0, "width": 0.0}
        left = max(0.0, min(100.0, 100 * a / length))
        return {"left": round(left, 3), "width": round(max(0.2, 100 * (b - a) / length), 3)}

    return {
        "status": audio.get("status"),
        "length_s": length,
        "muted_s": audio.get("muted_s", 0.0),
        "untimed_findings": audio.get("untimed_findings", 0),
        "turns": [_turn(k, t, place(t["start_s"], t["end_s"])) for k, t in turns],
        "muted": [{"start_s": a, "end_s": b, **place(a, b)} for a, b in muted],
    }


def _turn(index: int, turn: dict[str, Any], placed: dict[str, float]) -> dict[str, Any]:
    return {
        "turn": index,
        "speaker": turn["speaker"],
        "start_s": turn["start_s"],
        "end_s": turn["end_s"],
        **placed,
    }
