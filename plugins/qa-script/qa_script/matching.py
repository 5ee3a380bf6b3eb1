"""Find a phrase in a turn, exactly or fuzzily (semantic mode: ``qa_core.semantic``).

Every matcher answers the same question — where in this normalised turn does this
phrase occur, and how well — so rule types never care which mode a ruleset chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz, process

from qa_core import phrase_words

from .normalize import NormalizedText


@dataclass(frozen=True)
class PhraseMatch:
    """Words [first, last) of a normalised turn matched a phrase with ``score`` (0..1)."""

    first: int
    last: int
    score: float


class PhraseMatcher(Protocol):
    def best_matches(
        self, phrases: Sequence[str], texts: Sequence[NormalizedText]
    ) -> list[PhraseMatch | None]:
        """For each text, the best occurrence of any (normalised) phrase, or None.

        Texts come in one batch per criterion, so a matcher can screen them all at
        once (rapidfuzz's ``process``, or one embedding batch for semantic matching).
        """


def _best_per_text(
    matcher: ExactMatcher | FuzzyMatcher,
    candidates: dict[int, list[str]],
    texts: Sequence[NormalizedText],
) -> list[PhraseMatch | None]:
    best: list[PhraseMatch | None] = [None] * len(texts)
    for index, phrases in candidates.items():
        for phrase in phrases:
            found = matcher.find(phrase, texts[index])
            if found and (best[index] is None or found.score > best[index].score):
                best[index] = found
    return best


class ExactMatcher:
    """Whole-word occurrence after normalisation (case, punctuation, fillers ignored)."""

    def best_matches(
        self, phrases: Sequence[str], texts: Sequence[NormalizedText]
    ) -> list[PhraseMatch | None]:
        candidates = {i: [p for p in phrases if p in t.text] for i, t in enumerate(texts)}
        return _best_per_text(self, candidates, texts)

    def find(self, phrase: str, text: NormalizedText) -> PhraseMatch | None:
        haystack = f" {text.text} "
        at = haystack.find(f" {phrase} ")
        if not phrase or at < 0:
            return None
        first, last = text.word_range(at, at + len(phrase))
        return PhraseMatch(first, last, 1.0)


SCREEN_SLACK = 10  # points below the threshold a candidate window may score


class FuzzyMatcher:
    """Edit-distance matching that survives ASR errors ("this call maybe record it").

    rapidfuzz aligns the phrase with the best substring of the turn; the alignment is
    widened to whole words and scored again as a whole, so a short turn cannot match
    a long phrase by being a piece of it, and "may not be recorded" never matches
    "may be recorded".
    """

    def __init__(self, threshold: float, negations: frozenset[str] = frozenset()) -> None:
        self.threshold = threshold
        # the screen lets through a little less than the threshold: a word said inside a
        # phrase ("se, ahm, graba") lowers the window's score, not the whole span's
        self.cutoff = max(0.0, threshold * 100 - SCREEN_SLACK)
        # a match that holds one of these (and the phrase does not) says the opposite
        self.negations = negations

    def best_matches(
        self, phrases: Sequence[str], texts: Sequence[NormalizedText]
    ) -> list[PhraseMatch | None]:
        """Screen every text against each phrase in one rapidfuzz call, then verify."""
        choices = [t.text for t in texts]
        candidates: dict[int, list[str]] = {}
        for phrase in phrases:
            screened = process.extract(
                phrase, choices, scorer=fuzz.partial_ratio, score_cutoff=self.cutoff, limit=None
            )
            for _, _, index in screened:
                candidates.setdefault(index, []).append(phrase)
        return _best_per_text(self, candidates, texts)

    def find(self, phrase: str, text: NormalizedText) -> PhraseMatch | None:
        if not phrase or not text.text:
            return None
        alignment = fuzz.partial_ratio_alignment(phrase, text.text, score_cutoff=self.cutoff)
        if alignment is None:
            return None
        first, last = text.word_range(alignment.dest_start, alignment.dest_end)
        if first >= last:
            return None
        best = self._best_span(phrase, text, first, last)
        if best is None or self._negated(phrase, text, best):
            return None
        return best

    def _best_span(
        self, phrase: str, text: NormalizedText, first: int, last: int
    ) -> PhraseMatch | None:
        """Score the word-widened span, that span less a stray edge word, and that span and
        the next word (a word said inside the phrase pushes its end out: "esta llamada
        se, o sea, graba")."""
        size = len(text.words)
        candidates = {(first, last), (first + 1, last), (first, last - 1)}
        candidates |= {(first, last + more) for more in (1, 2) if last + more <= size}
        best: PhraseMatch | None = None
        for a, b in candidates:
            if a >= b:
                continue
            score = fuzz.ratio(phrase, text.span(a, b)) / 100
            if score >= self.threshold and (best is None or score > best.score):
                best = PhraseMatch(a, b, score)
        return best

    def _negated(self, phrase: str, text: NormalizedText, match: PhraseMatch) -> bool:
        phrase_words = set(phrase.split())
        window = text.words[max(0, match.first - 1) : match.last]
        return any(w in self.negations and w not in phrase_words for w in window)


def make_matcher(mode: str, threshold: float, languages: Sequence[str] = ("en",)) -> PhraseMatcher:
    """The matcher for a ruleset's ``match``; fuzzy reads negations in ``languages``."""
    if mode == "exact":
        return ExactMatcher()
    if mode == "fuzzy":
        return FuzzyMatcher(threshold, phrase_words(languages).negations)
    raise ValueError(f"match mode {mode!r} is not available")
