"""A word said and then spelled out is a name, with its spelling.

Callers spell what an agent would write wrong, and that is above all a surname:
"Baltazar Treviño, y se escribe te erre e ve i eñe o", "Smith, S M I T H". The typed
view reads the letters as one word ("TREVIÑO"); where it is the word just said, the
word, the name before it and the spelling are one person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa_core import Finding, Interaction, InteractionDetector, TurnAnalysis, fold

from .vocabulary import could_be_name

# the word, what may come between it and its spelling, and the spelling (one typed run)
_SAID_THEN_SPELLED = re.compile(
    r"(?<![^\W\d_])(?P<word>[^\W\d_]{3,})"
    r"(?P<between>[\s,:;.\-–]*(?:(?:y\s+)?(?:se\s+escribe|se\s+deletrea|spelled|that's|"
    r"that\s+is)(?:\s+as[ií])?[\s,:;.\-–]*)?)"
    r"(?P<spelled>(?-i:[A-ZÑ]{3,}))(?![^\W\d_])",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?P<name>[^\W\d_]{2,})[\s,]+$")


class SpelledNames(InteractionDetector):
    """Finds a name said and then spelled, in either language."""

    name = "qa-hipaa names spelled after they are said"
    entities = ("PERSON",)
    languages = ("en", "es")

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        for turn in turns:
            text = turn.view.text
            for match in _SAID_THEN_SPELLED.finditer(text):
                word, spelled = match.group("word"), match.group("spelled")
                if fold(word).upper() != fold(spelled).upper():
                    continue
                if word.isupper() or not could_be_name(word):
                    continue  # "ABC, A B C" spells a code, not a name
                start = match.start("word")
                before = _NAME_BEFORE.search(text, max(0, start - 30), start)
                if before and could_be_name(before.group("name")):
                    start = before.start("name")  # the given name said before the surname
                yield turn.finding("PERSON", start, match.end("spelled"), 0.8)
