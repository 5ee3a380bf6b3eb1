"""Which turns a rule reads: the ``speaker`` filter and the ``within`` window.

Contract section 4: seconds apply when the turns carry times, turns otherwise; with
no usable bound the whole interaction is searched.
"""

from __future__ import annotations

from .model import Interaction, Speaker
from .rules import Window


def window_turns(interaction: Interaction, window: Window | None) -> list[int]:
    """Indices of the turns inside ``window`` (all turns when it is None)."""
    turns = interaction.turns
    every = list(range(len(turns)))
    if window is None or not turns:
        return every
    if window.seconds is not None and interaction.all_turns_timed:
        if window.from_ == "start":
            return [i for i in every if turns[i].start_s <= window.seconds]  # type: ignore[operator]
        ends = [turn.end_s if turn.end_s is not None else turn.start_s for turn in turns]
        last = max(ends)  # type: ignore[type-var]
        if interaction.duration_s is not None:
            last = max(last, interaction.duration_s)  # type: ignore[type-var]
        return [i for i in every if ends[i] >= last - window.seconds]  # type: ignore[operator]
    if window.turns is not None:
        return every[: window.turns] if window.from_ == "start" else every[-window.turns :]
    return every


def select_turns(
    interaction: Interaction, speaker: Speaker | None, window: Window | None
) -> list[int]:
    """Indices of ``speaker``'s turns (any speaker when None) inside ``window``."""
    indices = window_turns(interaction, window)
    if speaker is None:
        return indices
    return [i for i in indices if interaction.turns[i].speaker == speaker]
