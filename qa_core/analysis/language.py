"""Which language an interaction is really in, so uncovered ones are never "clean".

An interaction declared ``en`` but spoken in Spanish would pass through English
recognisers and come out looking clean; it is flagged instead. Detection uses
py3langid (its model ships in the package), restricted to languages contact centres
commonly serve, on the interaction's text; short texts are left undetermined.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Interaction

CANDIDATES = [
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "ar",
    "hi",
    "zh",
    "ja",
    "ko",
    "vi",
    "tl",
    "ro",
    "sv",
]
MIN_LETTERS = 30
MIN_PROBABILITY = 0.8
SAMPLE_CHARS = 4_000


@dataclass(frozen=True)
class LanguageCheck:
    declared: str
    detected: str | None  # None when the text is too short to tell
    supported: bool

    def to_json(self) -> dict[str, Any]:
        return {"declared": self.declared, "detected": self.detected, "supported": self.supported}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def check_language(interaction: Interaction, supported: frozenset[str]) -> LanguageCheck:
    """Declared and detected language, and whether the loaded recognisers cover both."""
    declared = (interaction.language or "en").split("-")[0].lower()
    text = " ".join(turn.text for turn in interaction.turns)[:SAMPLE_CHARS]
    detected = None
    if sum(ch.isalpha() for ch in text) >= MIN_LETTERS:
        language, probability = _identifier().classify(text)
        if probability >= MIN_PROBABILITY:
            detected = language
    covered = declared in supported and (detected is None or detected in supported)
    return LanguageCheck(declared, detected, covered)
