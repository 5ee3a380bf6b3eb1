"""Presidio's own recognizer test cases, scored for plain Presidio and for qa in one run.

The cases (``tests/data/presidio_cases/cases.jsonl``, MIT, see its README for the file
and commit each came from) are the peer's suite: a system "finds" a positive span when
one of its findings of the matching entity overlaps it, and keeps a case clean when it
reports no finding of that entity beyond the expected spans. Plain Presidio is the
``AnalyzerEngine`` with its default recognisers, asked for the case's entity (as its own
tests ask each recogniser); qa is ``qa redact``'s analysis with the first-party plugins.
"""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

CASES = Path(__file__).resolve().parent / "data" / "presidio_cases" / "cases.jsonl"

# Presidio's entity names -> ours (IBANs and US bank numbers are BANK_ACCOUNT under pci)
OUR_ENTITY = {
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL",
    "IBAN_CODE": "BANK_ACCOUNT",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "US_ITIN": "US_ITIN",
    "US_PASSPORT": "US_PASSPORT",
    "ES_NIF": "ES_NIF",
    "ES_NIE": "ES_NIE",
}

Span = tuple[int, int]
# (text, presidio entity, language) -> spans found
Finder = Callable[[str, str, str], list[Span]]


@dataclass(frozen=True)
class Case:
    id: str
    entity: str
    text: str
    expected: tuple[Span, ...] | None
    expected_count: int | None
    config: dict | None
    language: str = "en"  # Presidio's Spanish recognisers' cases are in Spanish

    @property
    def positive(self) -> bool:
        return bool(self.expected) or bool(self.expected_count)


def load_cases(path: Path = CASES) -> list[Case]:
    """The cases that run with Presidio's default configuration (others need options)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("config"):
            continue
        expected = row.get("expected")
        out.append(
            Case(
                row["id"],
                row["entity"],
                row["text"],
                None if expected is None else tuple(tuple(s) for s in expected),
                row.get("expected_count"),
                row.get("config"),
                row.get("language", "en"),
            )
        )
    return out


@dataclass
class EntityScore:
    spans: int = 0
    found: int = 0
    negatives: int = 0
    clean: int = 0
    missed: list[str] = field(default_factory=list)
    dirty: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.spans if self.spans else 1.0

    @property
    def clean_rate(self) -> float:
        return self.clean / self.negatives if self.negatives else 1.0


def _overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def score(cases: Iterable[Case], find: Finder) -> dict[str, EntityScore]:
    """Per Presidio entity: expected spans found, and cases with no unexpected finding."""
    out: dict[str, EntityScore] = defaultdict(EntityScore)
    for case in cases:
        entry = out[case.entity]
        found = find(case.text, case.entity, case.language)
        if case.expected is None:  # only a count is known
            entry.spans += case.expected_count or 0
            entry.found += min(len(found), case.expected_count or 0)
            continue
        for span in case.expected:
            entry.spans += 1
            if any(_overlaps(span, f) for f in found):
                entry.found += 1
            else:
                entry.missed.append(case.id)
        extra = [f for f in found if not any(_overlaps(f, s) for s in case.expected)]
        entry.negatives += 1
        if extra:
            entry.dirty.append(case.id)
        else:
            entry.clean += 1
    return dict(out)


def presidio_finder() -> Finder:
    """Plain Presidio: the default AnalyzerEngine on the same pinned spaCy models."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from qa_core.analysis.engine import SPACY_MODEL, offline_url_checks
    from qa_core.lexicon import registered_language

    offline_url_checks()
    spanish = registered_language("es").spacy_model  # type: ignore[union-attr]
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [
                {"lang_code": "en", "model_name": SPACY_MODEL},
                {"lang_code": "es", "model_name": spanish},
            ],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W095: the Spanish model was built for spaCy 3.1
        nlp_engine = provider.create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en", "es"])

    def find(text: str, entity: str, language: str) -> list[Span]:
        return [(r.start, r.end) for r in engine.analyze(text, language, entities=[entity])]

    return find


def qa_finder() -> Finder:
    """qa: the first-party plugins' analysis, as ``qa redact`` runs it."""
    from qa_core.analysis.analyzer import InteractionAnalyzer
    from qa_core.model import Interaction
    from qa_core.plugins import make_plugin_manager

    pm = make_plugin_manager(disabled=())
    analyzers: dict[str, InteractionAnalyzer] = {}

    def find(text: str, entity: str, language: str) -> list[Span]:
        ours = OUR_ENTITY[entity]
        if ours not in analyzers:
            analyzers[ours] = InteractionAnalyzer(pm, {ours})
        interaction = Interaction.model_validate(
            {
                "id": "case",
                "channel": "chat",
                "language": language,
                "turns": [{"speaker": "customer", "text": text}],
            }
        )
        return [(f.start, f.end) for f in analyzers[ours].analyze(interaction)]

    return find
