"""One analysis pass per turn, shared by every recogniser and detector of every plugin.

Per batch of interactions: each turn's spoken-number view is built once, spaCy runs
once over all views with ``nlp.pipe`` (NER only, and only when some recogniser needs
it), Presidio's recognisers run on each view with those artifacts, interaction-level
detectors run on the result, and findings are mapped back to the original text,
overlaps resolved once, and word times attached.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..lexicon import lexicon
from ..model import Interaction
from ..timing import ACTIVE_TIMER, CORE, PluginTimer
from ..typed_view import TypedView
from .consistency import repeated_values
from .detectors import TurnAnalysis
from .engine import MAX_CHUNK, build_analyzer, load_spacy, stop_words
from .findings import Finding, resolve_overlaps, with_times
from .language import LanguageCheck, check_language, detect, routed, turn_languages
from .passes import SPEECH
from .passes import Pass as _Pass
from .weak import MIN_SCORE, WEAK_SCORE, confirmed
from .weak import Weak as _Weak

if TYPE_CHECKING:
    from ..plugins import QAPluginManager, RegisteredRecognizer

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
        pm.languages  # noqa: B018 - plugins' language tables, before any text is read
        self._recognizers: list[RegisteredRecognizer] = [
            r for r in pm.recognizers if self.entities & set(r.recognizer.supported_entities)
        ]
        self._detectors = [d for d in pm.detectors if self.entities & set(d.detector.entities)]
        self._plugin_of = {r.recognizer.id: r.plugin for r in self._recognizers}
        # Presidio writes some context words with a space ("cc "): compared as words here
        self._context_of = {
            r.recognizer.id: tuple(w.strip().lower() for w in (r.recognizer.context or ()))
            for r in self._recognizers
        }
        self._needs_ner = any(getattr(r.recognizer, "uses_ner", False) for r in self._recognizers)
        self._priority = pm.entity_priority
        self._engine: Any = None

    @cached_property
    def languages(self) -> frozenset[str]:
        """The languages recognisers are loaded for (English when none is loaded)."""
        found = {r.recognizer.supported_language for r in self._recognizers}
        return frozenset(found or {"en"})

    def check_language(self, interaction: Interaction) -> LanguageCheck:
        return check_language(interaction, self.languages)

    @cached_property
    def plugin_versions(self) -> dict[str, str]:
        """The plugins whose recognisers and detectors run here, with their versions (what
        an audio certificate names)."""
        found = {r.plugin: r.plugin_version for r in self._recognizers}
        found.update((d.plugin, d.plugin_version) for d in self._detectors)
        return dict(sorted(found.items()))

    @property
    def active(self) -> bool:
        return bool(self._recognizers or self._detectors)

    def _analyzer_engine(self) -> Any:
        if self._engine is None:
            from .timed import TimedRecognizer  # Presidio loads only when it is used

            self._engine = build_analyzer(
                (TimedRecognizer(r.recognizer, r.plugin) for r in self._recognizers),
                self._needs_ner,
                self.languages,
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
        loaded = self.languages
        languages = [
            [routed(language, loaded) for language in turn_languages(i, loaded, self._detected(i))]
            for i in interactions
        ]
        views = [
            [TypedView(turn.text, language) for turn, language in zip(i.turns, langs, strict=True)]
            for i, langs in zip(interactions, languages, strict=True)
        ]
        token = ACTIVE_TIMER.set(self.timer)
        try:
            turn_findings = (
                self._recognise(interactions, views, languages)
                if self._recognizers
                else [[[] for _ in v] for v in views]
            )
        finally:
            ACTIVE_TIMER.reset(token)
        results = []
        for interaction, iviews, found, langs in zip(
            interactions, views, turn_findings, languages, strict=True
        ):
            turns = [TurnAnalysis(k, view, found[k]) for k, view in enumerate(iviews)]
            findings = [f for per_turn in found for f in per_turn]
            shares = Counter(langs)
            # a language a third of the turns are in (a bilingual call is in both)
            spoken_in = {lang for lang, n in shares.items() if n * 3 >= len(langs)} or {"en"}
            for registered in self._detectors:
                if not spoken_in & set(registered.detector.languages):
                    continue  # its prompts are another language's words
                with self._measure(registered.plugin, registered.detector.name):
                    detected = list(registered.detector.detect(interaction, turns))
                for finding in detected:
                    if finding.entity in self.entities and finding.end > finding.start:
                        findings.append(replace(finding, plugin=registered.plugin))
            findings += repeated_values(
                interaction,
                iviews,
                findings,
                lexicon(interaction.language),
                stop_words(interaction.language),
            )
            results.append(with_times(resolve_overlaps(findings, self._priority), interaction))
        return results

    def _recognise(
        self,
        interactions: Sequence[Interaction],
        views: list[list[TypedView]],
        languages: list[list[str]],
    ) -> list[list[list[Finding]]]:
        """Every recogniser of a turn's language over the turn as written, and again over
        its typed view where speech was rewritten (there only what touches the rewritten
        words counts)."""
        passes = [
            _Pass(i, k, offset, text, False, interactions[i].channel == "voice", languages[i][k])
            for i, iviews in enumerate(views)
            for k, view in enumerate(iviews)
            for offset, text in _chunks(view.original)
        ] + [
            _Pass(i, k, offset, text, True, True, languages[i][k])
            for i, iviews in enumerate(views)
            for k, view in enumerate(iviews)
            if view.changed
            for offset, text in _chunks(view.text)
        ]
        engine = self._analyzer_engine()
        docs = self._timed(self._docs(passes), "spacy")
        entities = {
            language: sorted(self.entities & set(engine.get_supported_entities(language)))
            for language in {p.language for p in passes}
        }
        strong: list[list[list[_Weak]]] = [[[] for _ in iviews] for iviews in views]
        weak: list[list[list[_Weak]]] = [[[] for _ in iviews] for iviews in views]
        for p, doc in zip(passes, docs, strict=True):
            if not entities[p.language]:
                continue  # no recogniser reads this language (check_language says so)
            artifacts = engine.nlp_engine._doc_to_nlp_artifact(doc, p.language)
            view = views[p.interaction][p.turn]
            token = SPEECH.set(p.speech)
            try:
                results = engine.analyze(
                    text=p.text,
                    language=p.language,
                    entities=entities[p.language],
                    nlp_artifacts=artifacts,
                )
            finally:
                SPEECH.reset(token)
            for result in results:
                if result.entity_type not in self.entities:
                    continue
                start, end = _trim(p.text, result.start, result.end)
                if end <= start:
                    continue
                start, end = start + p.offset, end + p.offset
                if p.typed_view:
                    if not view.rewritten(start, end):
                        continue  # the written pass saw the same characters
                    start, end = view.original_span(start, end)
                elif view.inside_spelled_id(start, end) and not any(
                    ch.isdigit() for ch in view.original[start:end]
                ):
                    continue  # "mike romeo" in an id spelled out is letters, not a name
                recognizer_id = result.recognition_metadata.get("recognizer_identifier")
                finding = Finding(
                    p.turn,
                    start,
                    end,
                    result.entity_type,
                    result.score,
                    self._plugin_of.get(recognizer_id, ""),
                )
                candidate = _Weak(finding, self._context_of.get(recognizer_id, ()))
                if result.score >= MIN_SCORE:
                    strong[p.interaction][p.turn].append(candidate)
                elif result.score >= WEAK_SCORE:
                    weak[p.interaction][p.turn].append(candidate)
        out: list[list[list[Finding]]] = []
        for i, interaction in enumerate(interactions):
            lexicon_ = lexicon(interaction.language)
            stops = stop_words(interaction.language)
            out.append(
                [
                    confirmed(interaction, k, weak[i][k], strong[i][k], lexicon_, stops)
                    for k in range(len(views[i]))
                ]
            )
        return out

    def _docs(self, passes: list[_Pass]) -> Iterator[Any]:
        """spaCy's doc of each pass, in order, streamed: the written turns through their
        language's pipeline in batches (NER), typed views tokenised only. Passes list the
        written turns first, so each language's pipe is consumed in turn; a pass whose
        language comes later waits in ``pending`` (one language: nothing waits)."""
        written: dict[str, list[int]] = {}
        for index, p in enumerate(passes):
            if not p.typed_view:
                written.setdefault(p.language, []).append(index)
        streams = {
            language: iter(self._piped(language, [passes[k].text for k in indexes]))
            for language, indexes in written.items()
        }
        pending: dict[int, Any] = {}
        taken = dict.fromkeys(written, 0)  # docs drawn from each language's stream
        for index, p in enumerate(passes):
            if p.typed_view:
                yield load_spacy(self._needs_ner, p.language).make_doc(p.text)
                continue
            while index not in pending:
                pending[written[p.language][taken[p.language]]] = next(streams[p.language])
                taken[p.language] += 1
            yield pending.pop(index)

    def _piped(self, language: str, texts: list[str]) -> Iterable[Any]:
        nlp = load_spacy(self._needs_ner, language)
        if self._needs_ner:
            return nlp.pipe(texts, batch_size=NLP_BATCH)
        return (nlp.make_doc(text) for text in texts)

    def _detected(self, interaction: Interaction) -> str | None:
        """The detected language, only when none is declared and several are loaded."""
        if interaction.language or len(self.languages) < 2:
            return None
        return detect(interaction)

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
    """Drop white space and sentence punctuation a pattern caught at a span's edges
    (a value of punctuation alone, like IPv6's "::", is kept whole)."""
    a, b = start, end
    while a < b and text[a] in _EDGE_JUNK:
        a += 1
    while b > a and text[b - 1] in _EDGE_JUNK:
        b -= 1
    return (a, b) if b > a else (start, end)
