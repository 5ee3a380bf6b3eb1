"""One analysis pass per turn, shared by every recogniser and detector of every plugin.

Per batch of interactions: each turn's spoken-number view is built once, spaCy runs
once over all views with ``nlp.pipe`` (NER only, and only when some recogniser needs
it), Presidio's recognisers run on each view with those artifacts, interaction-level
detectors run on the result, and findings are mapped back to the original text,
overlaps resolved once, and word times attached.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..model import Interaction
from ..spoken import SpokenView
from ..timing import ACTIVE_TIMER, CORE, PluginTimer
from .detectors import TurnAnalysis
from .engine import MAX_CHUNK, build_analyzer, load_spacy
from .findings import Finding, resolve_overlaps, with_times
from .language import LanguageCheck, check_language

if TYPE_CHECKING:
    from ..plugins import QAPluginManager

MIN_SCORE = 0.4
CHUNK_OVERLAP = 2_000
NLP_BATCH = 64
_DONE = object()


class InteractionAnalyzer:
    """Finds the given entity types in interactions with the plugins' recognisers."""

    def __init__(
        self, pm: QAPluginManager, entities: Iterable[str], timer: PluginTimer | None = None
    ) -> None:
        self.entities = frozenset(entities)
        self.timer = timer
        self._recognizers = [
            r for r in pm.recognizers if self.entities & set(r.recognizer.supported_entities)
        ]
        for registered in self._recognizers:
            _time_calls(registered.recognizer, registered.plugin)
        self._detectors = [d for d in pm.detectors if self.entities & set(d.detector.entities)]
        self._plugin_of = {r.recognizer.id: r.plugin for r in self._recognizers}
        self._needs_ner = any(getattr(r.recognizer, "uses_ner", False) for r in self._recognizers)
        self._engine: Any = None

    @property
    def languages(self) -> frozenset[str]:
        """Languages every loaded recogniser covers (English when none is loaded)."""
        found = {r.recognizer.supported_language for r in self._recognizers}
        return frozenset(found or {"en"})

    def check_language(self, interaction: Interaction) -> LanguageCheck:
        return check_language(interaction, self.languages)

    @property
    def active(self) -> bool:
        return bool(self._recognizers or self._detectors)

    def _analyzer_engine(self) -> Any:
        if self._engine is None:
            self._engine = build_analyzer(
                (r.recognizer for r in self._recognizers), self._needs_ner
            )
        return self._engine

    def analyze(self, interaction: Interaction) -> list[Finding]:
        return self.analyze_many([interaction])[0]

    def warm_up(self) -> None:
        """Load the NLP engine now rather than on the first interaction (a worker's start)."""
        if self.active:
            self._analyzer_engine()

    def analyze_many(self, interactions: Sequence[Interaction]) -> list[list[Finding]]:
        """Findings per interaction, resolved and timed; one spaCy pass for the batch."""
        if not self.active:
            return [[] for _ in interactions]
        views = [[SpokenView(turn.text) for turn in i.turns] for i in interactions]
        token = ACTIVE_TIMER.set(self.timer)
        try:
            turn_findings = (
                self._recognise(views) if self._recognizers else [[[] for _ in v] for v in views]
            )
        finally:
            ACTIVE_TIMER.reset(token)
        results = []
        for interaction, iviews, found in zip(interactions, views, turn_findings, strict=True):
            turns = [TurnAnalysis(k, view, found[k]) for k, view in enumerate(iviews)]
            findings = [f for per_turn in found for f in per_turn]
            for registered in self._detectors:
                with self._measure(registered.plugin, registered.detector.name):
                    detected = list(registered.detector.detect(interaction, turns))
                for finding in detected:
                    if finding.entity in self.entities and finding.end > finding.start:
                        findings.append(replace(finding, plugin=registered.plugin))
            results.append(with_times(resolve_overlaps(findings), interaction))
        return results

    def _recognise(self, views: list[list[SpokenView]]) -> list[list[list[Finding]]]:
        chunks = [
            (i, k, offset, text)
            for i, iviews in enumerate(views)
            for k, view in enumerate(iviews)
            for offset, text in _chunks(view.text)
        ]
        nlp = load_spacy(self._needs_ner)
        engine = self._analyzer_engine()
        texts = [text for *_, text in chunks]
        docs = self._timed(
            nlp.pipe(texts, batch_size=NLP_BATCH)
            if self._needs_ner
            else (nlp.make_doc(text) for text in texts),
            "spacy",
        )
        entities = sorted(self.entities & set(engine.get_supported_entities("en")))
        out: list[list[list[Finding]]] = [[[] for _ in iviews] for iviews in views]
        for (i, k, offset, text), doc in zip(chunks, docs, strict=True):
            artifacts = engine.nlp_engine._doc_to_nlp_artifact(doc, "en")
            for result in engine.analyze(
                text=text, language="en", entities=entities, nlp_artifacts=artifacts
            ):
                if result.score < MIN_SCORE or result.entity_type not in self.entities:
                    continue
                start, end = _trim(text, result.start, result.end)
                if end <= start:
                    continue
                ostart, oend = views[i][k].original_span(start + offset, end + offset)
                plugin = self._plugin_of.get(
                    result.recognition_metadata.get("recognizer_identifier"), ""
                )
                out[i][k].append(Finding(k, ostart, oend, result.entity_type, result.score, plugin))
        return out

    def _measure(self, plugin: str, part: str) -> Any:
        return self.timer.measure(plugin, part) if self.timer else nullcontext()

    def _timed(self, items: Iterable[Any], part: str) -> Iterator[Any]:
        """The core's time spent producing each item, still streamed one at a time."""
        iterator = iter(items)
        while True:
            with self._measure(CORE, part):
                item = next(iterator, _DONE)
            if item is _DONE:
                return
            yield item


def _time_calls(recognizer: Any, plugin: str) -> None:
    """Time each call Presidio makes to this recogniser, once per recogniser object."""
    if getattr(recognizer, "_qa_timed", False):
        return
    analyze = recognizer.analyze

    def timed(*args: Any, **kwargs: Any) -> Any:
        timer = ACTIVE_TIMER.get()
        if timer is None:
            return analyze(*args, **kwargs)
        with timer.measure(plugin, recognizer.name):
            return analyze(*args, **kwargs)

    recognizer.analyze = timed
    recognizer._qa_timed = True


def _chunks(text: str) -> list[tuple[int, str]]:
    """Overlapping windows of at most MAX_CHUNK characters, cut at white space."""
    if len(text) <= MAX_CHUNK:
        return [(0, text)]
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK)
        if end < len(text):
            space = text.rfind(" ", start + MAX_CHUNK // 2, end)
            end = space if space > 0 else end
        out.append((start, text[start:end]))
        if end >= len(text):
            break
        next_start = max(end - CHUNK_OVERLAP, start + 1)
        space = text.find(" ", next_start, end)
        start = space + 1 if space >= 0 else next_start
    return out


_EDGE_JUNK = " \t\n\r.,;:!?\"'"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and sentence punctuation a pattern caught at a span's edges."""
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return start, end
