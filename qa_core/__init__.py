"""qa_core: the public API plugin authors import from. Everything else is private.

Names are imported lazily so ``qa --help`` does not pay for pydantic or pluggy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "hookimpl": "qa_core.plugins",
    "Contribution": "qa_core.plugins",
    "plugin_manager": "qa_core.cli.common",
    "DB_OPTION": "qa_core.cli.common",
    "qa_home": "qa_core.config",
    "Language": "qa_core.lexicon",
    "fold": "qa_core.lexicon",
    "fold_text": "qa_core.lexicon",
    "number_words": "qa_core.lexicon",
    "phrase_words": "qa_core.lexicon",
    "PhraseWords": "qa_core.lexicon",
    "resolve_ruleset": "qa_core.ruleset.catalog",
    "make_plugin_manager": "qa_core.plugins",
    "QAPluginManager": "qa_core.plugins",
    "Interaction": "qa_core.model",
    "Turn": "qa_core.model",
    "Word": "qa_core.model",
    "Speaker": "qa_core.model",
    "RuleType": "qa_core.rules",
    "RuleParams": "qa_core.rules",
    "SpeakerWindowParams": "qa_core.rules",
    "Window": "qa_core.rules",
    "RuleContext": "qa_core.rules",
    "Outcome": "qa_core.rules",
    "Evidence": "qa_core.rules",
    "Result": "qa_core.rules",
    "RedactionPreset": "qa_core.presets",
    "select_turns": "qa_core.windows",
    "window_turns": "qa_core.windows",
    "UserError": "qa_core.errors",
    "Finding": "qa_core.analysis.findings",
    "InteractionDetector": "qa_core.analysis.detectors",
    "TurnAnalysis": "qa_core.analysis.detectors",
    "SpokenView": "qa_core.spoken",
    "TypedView": "qa_core.typed_view",
    "reading_speech": "qa_core.analysis.passes",
    "Prompt": "qa_core.analysis.prompted",
    "date_answer": "qa_core.analysis.answers",
    "date_with_a_day": "qa_core.analysis.answers",
    "describes_rather_than_names": "qa_core.lexicon.word_classes",
    "is_verb": "qa_core.lexicon.word_classes",
    "call_year": "qa_core.analysis.detectors",
    "KeyProvider": "qa_core.store.key_providers",
    "Importer": "qa_core.importing",
    "parse_interaction": "qa_core.reading",
    "InteractionFormatError": "qa_core.errors",
    "PromptedValueDetector": "qa_core.analysis.prompted",
    "answering_turns": "qa_core.analysis.prompted",
    "exchange": "qa_core.analysis.prompted",
    "any_of": "qa_core.analysis.prompted",
    "is_acknowledgement": "qa_core.analysis.prompted",
    "said_alone": "qa_core.analysis.prompted",
    "words_besides_a_number": "qa_core.analysis.prompted",
    "ScanExecutor": "qa_core.scanning.executors",
    "ScanJob": "qa_core.scanning.executors",
    "ScanRequest": "qa_core.scanning.executors",
    "scanner_for": "qa_core.scanning.executors",
    "park_batch": "qa_core.scanning.parked",
    "BatchOutcome": "qa_core.scanning.outcome",
    "BatchScanner": "qa_core.scanning.batch",
    "semantic_available": "qa_core.semantic",
    "SEMANTIC_LANGUAGES": "qa_core.semantic",
    "check_semantic_mode": "qa_core.semantic",
    "semantic_evidence": "qa_core.semantic",
    "semantic_missing_message": "qa_core.semantic",
    "embed": "qa_core.semantic",
    "embed_fixed": "qa_core.semantic",
    "sentences": "qa_core.semantic",
    "turn_sentences": "qa_core.semantic",
    "ModelFile": "qa_core.learning.params",
    "LearnedModel": "qa_core.learning.model",
}

__all__ = [
    "DB_OPTION",
    "SEMANTIC_LANGUAGES",
    "BatchOutcome",
    "BatchScanner",
    "Contribution",
    "Evidence",
    "Finding",
    "Importer",
    "Interaction",
    "InteractionDetector",
    "InteractionFormatError",
    "KeyProvider",
    "Language",
    "LearnedModel",
    "ModelFile",
    "Outcome",
    "PhraseWords",
    "Prompt",
    "PromptedValueDetector",
    "QAPluginManager",
    "RedactionPreset",
    "Result",
    "RuleContext",
    "RuleParams",
    "RuleType",
    "ScanExecutor",
    "ScanJob",
    "ScanRequest",
    "Speaker",
    "SpeakerWindowParams",
    "SpokenView",
    "Turn",
    "TurnAnalysis",
    "TypedView",
    "UserError",
    "Window",
    "Word",
    "__version__",
    "answering_turns",
    "any_of",
    "call_year",
    "check_semantic_mode",
    "date_answer",
    "date_with_a_day",
    "describes_rather_than_names",
    "embed",
    "embed_fixed",
    "exchange",
    "fold",
    "fold_text",
    "hookimpl",
    "is_acknowledgement",
    "is_verb",
    "make_plugin_manager",
    "number_words",
    "park_batch",
    "parse_interaction",
    "phrase_words",
    "plugin_manager",
    "qa_home",
    "reading_speech",
    "resolve_ruleset",
    "said_alone",
    "scanner_for",
    "select_turns",
    "semantic_available",
    "semantic_evidence",
    "semantic_missing_message",
    "sentences",
    "turn_sentences",
    "window_turns",
    "words_besides_a_number",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'qa_core' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .analysis.answers import date_answer, date_with_a_day
    from .analysis.detectors import InteractionDetector, TurnAnalysis, call_year
    from .analysis.findings import Finding
    from .analysis.passes import reading_speech
    from .analysis.prompted import (
        Prompt,
        PromptedValueDetector,
        answering_turns,
        exchange,
        is_acknowledgement,
        said_alone,
        words_besides_a_number,
    )
    from .errors import InteractionFormatError, UserError
    from .importing import Importer
    from .learning.model import LearnedModel
    from .learning.params import ModelFile
    from .lexicon import Language, PhraseWords, fold, fold_text, number_words, phrase_words
    from .lexicon.word_classes import describes_rather_than_names, is_verb
    from .model import Interaction, Speaker, Turn, Word
    from .plugins import QAPluginManager, hookimpl, make_plugin_manager
    from .presets import RedactionPreset
    from .reading import parse_interaction
    from .rules import (
        Evidence,
        Outcome,
        Result,
        RuleContext,
        RuleParams,
        RuleType,
        SpeakerWindowParams,
        Window,
    )
    from .scanning.batch import BatchScanner
    from .scanning.executors import ScanExecutor, ScanJob, ScanRequest, scanner_for
    from .scanning.outcome import BatchOutcome
    from .scanning.parked import park_batch
    from .semantic import (
        SEMANTIC_LANGUAGES,
        check_semantic_mode,
        embed,
        embed_fixed,
        semantic_available,
        semantic_evidence,
        semantic_missing_message,
        sentences,
        turn_sentences,
    )
    from .spoken import SpokenView
    from .store.key_providers import KeyProvider
    from .typed_view import TypedView
    from .windows import select_turns, window_turns
