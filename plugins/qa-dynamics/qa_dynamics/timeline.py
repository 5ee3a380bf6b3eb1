"""Who spoke when: speech intervals from turn times (word times refine them).

A turn's speech runs from its first word's start to its last word's end when words
are timed (ASR turn boundaries include trailing pauses), else from ``start_s`` to
``end_s``. Gaps are the stretches between the end of all speech so far and the next
start: nobody talking. Overlaps are where a turn starts before another speaker's ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_core import Interaction, Turn


@dataclass(frozen=True)
class Speech:
    turn: int
    speaker: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass(frozen=True)
class Gap:
    """Nobody talking from ``start`` to ``end``; ``after`` is the turn that ends it."""

    start: float
    end: float
    before: int
    after: int

    @property
    def seconds(self) -> float:
        return self.end - self.start


def is_timed(interaction: Interaction) -> bool:
    """Every turn has a start and an end: the dynamics can be measured."""
    return bool(interaction.turns) and all(_span(t) is not None for t in interaction.turns)


def speech(interaction: Interaction) -> list[Speech]:
    """Each timed turn's speech interval, in order of start."""
    found = []
    for index, turn in enumerate(interaction.turns):
        span = _span(turn)
        if span is not None:
            found.append(Speech(index, turn.speaker, *span))
    return sorted(found, key=lambda s: (s.start, s.turn))


def gaps(interaction: Interaction) -> list[Gap]:
    """Stretches with nobody talking, between the first and the last speech."""
    found: list[Gap] = []
    latest_end: float | None = None
    latest_turn = -1
    for s in speech(interaction):
        if latest_end is not None and s.start > latest_end:
            found.append(Gap(latest_end, s.start, latest_turn, s.turn))
        if latest_end is None or s.end >= latest_end:
            latest_end, latest_turn = s.end, s.turn
    return found


def _span(turn: Turn) -> tuple[float, float] | None:
    words = [w for w in turn.words or () if w.start_s is not None and w.end_s is not None]
    if words:
        return float(words[0].start_s), float(words[-1].end_s)  # type: ignore[arg-type]
    if turn.start_s is None or turn.end_s is None:
        return None
    return float(turn.start_s), float(turn.end_s)
