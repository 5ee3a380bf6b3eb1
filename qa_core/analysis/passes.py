"""One recogniser pass over one turn: its written text, or its typed view of speech.

A recogniser may ask whether it is reading speech (a voice channel's transcript, or
the typed view of spoken words) or typing: typed digits are exact, so a number that
fails its check digit is not a card there, while speech recognisers mishear digits.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

SPEECH: ContextVar[bool] = ContextVar("qa_core_reading_speech", default=False)


def reading_speech() -> bool:
    """True while recognisers read speech (a transcript or its typed view)."""
    return SPEECH.get()


@dataclass(frozen=True)
class Pass:
    interaction: int
    turn: int
    offset: int  # of ``text`` in the written turn or in its typed view
    text: str
    typed_view: bool
    speech: bool
    language: str = "en"  # the recognisers (and spaCy pipeline) this turn is read with
