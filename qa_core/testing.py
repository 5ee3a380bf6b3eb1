"""Test helpers for plugin authors (and for our own plugins' tests).

Installed as a pytest plugin (``pytest11`` entry point), so any project with qa_core
installed gets the fixtures ``qa_plugin_manager``, ``qa_run_rule`` and ``qa_find``. The
plain functions work without pytest too: ``plugin_manager_with``, ``build_interaction``,
``run_rule``, ``find``/``find_with`` and ``assert_found`` (span assertions),
``evidence_texts`` and ``ruleset_example_failures``. docs/plugins/testing.md shows them.

    def test_greeting(qa_run_rule):
        outcome = qa_run_rule("script.phrase", {"phrases": ["thank you for calling"]},
                              "agent: Thank you for calling Contoso!")
        assert outcome.result == "met"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from .analysis.analyzer import InteractionAnalyzer
from .analysis.findings import Finding
from .errors import RulesetError
from .model import Interaction
from .plugins import QAPluginManager, make_plugin_manager
from .rules import Outcome, RuleContext
from .ruleset.compiled import Ruleset
from .ruleset.loader import load_ruleset as _load_ruleset

__all__ = [
    "RulesetError",
    "analyze",
    "assert_found",
    "build_interaction",
    "evidence_texts",
    "find",
    "find_with",
    "load_ruleset",
    "plugin_manager_with",
    "read_input",
    "ruleset_example_failures",
    "run_rule",
]

TurnSpec = str | tuple[str, str] | tuple[str, str, float, float] | Mapping[str, Any]


def build_interaction(
    *turns: TurnSpec, id: str = "test-1", channel: str = "voice", **fields: Any
) -> Interaction:
    """An interaction from short turn specs.

    A turn is ``"agent: hello"``, ``("agent", "hello")``, ``("agent", "hello", 0.0, 1.5)``
    (with times) or a full turn mapping; other interaction fields go in ``fields``.
    """
    built = []
    for turn in turns:
        if isinstance(turn, str):
            speaker, _, text = turn.partition(":")
            built.append({"speaker": speaker.strip(), "text": text.strip()})
        elif isinstance(turn, Mapping):
            built.append(dict(turn))
        elif len(turn) == 2:
            built.append({"speaker": turn[0], "text": turn[1]})
        else:
            built.append(
                {"speaker": turn[0], "text": turn[1], "start_s": turn[2], "end_s": turn[3]}
            )
    return Interaction.model_validate({"id": id, "channel": channel, "turns": built, **fields})


def plugin_manager_with(*names: str, plugins: Iterable[tuple[str, object]] = ()) -> QAPluginManager:
    """A fresh manager with only the installed plugins ``names`` plus ``plugins`` objects.

    Nothing the user disabled or configured applies, so tests see the same thing on
    every machine.
    """
    return make_plugin_manager(only=names, disabled=(), plugins=plugins, entry_points=bool(names))


def run_rule(
    pm: QAPluginManager,
    rule_type: str,
    params: Mapping[str, Any],
    interaction: Interaction | TurnSpec | Sequence[TurnSpec],
    *,
    outcomes: Mapping[str, Outcome] | None = None,
    languages: Sequence[str] = (),
) -> Outcome:
    """Validate ``params`` with the rule type's own model and evaluate it once.

    ``interaction`` may be an Interaction, one turn spec or a list of them.
    ``outcomes`` supplies earlier criteria's outcomes for rules with dependencies;
    ``languages`` are the ruleset's (``language: es``), English when none.
    """
    registered = pm.rule_types[rule_type]
    validated = registered.rule_type.params_model.model_validate(
        dict(params), context={"languages": tuple(languages) or ("en",)}
    )
    if not isinstance(interaction, Interaction):
        specs = interaction if isinstance(interaction, list) else [interaction]
        interaction = build_interaction(*specs)
    entities = _expand(pm, registered.rule_type.entities(validated))
    findings = InteractionAnalyzer(pm, entities).analyze(interaction) if entities else []
    ctx = RuleContext(interaction, dict(outcomes or {}), findings, languages)
    ctx.entities = entities
    return registered.rule_type.evaluate(ctx, validated)


def _expand(pm: QAPluginManager, names: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        preset = pm.redaction_presets.get(name)
        out |= preset.entities if preset else {name}
    return frozenset(out)


def analyze(
    pm: QAPluginManager, interaction: Interaction, entities: Iterable[str] | None = None
) -> list[Finding]:
    """The resolved findings of the plugins' recognisers and detectors."""
    wanted = pm.known_entities if entities is None else frozenset(entities)
    return InteractionAnalyzer(pm, wanted).analyze(interaction)


def read_input(path: Path, input_format: str, pm: QAPluginManager, on_invalid=None):
    """Interactions from a file through the plugins' importers, as ``--format`` does."""
    from .importing import read_input as read

    return read(path, input_format, pm, on_invalid)


def load_ruleset(path: Path, pm: QAPluginManager) -> Ruleset:
    """Load a ruleset file as ``qa`` would (raises ``RulesetError`` on bad input)."""
    return _load_ruleset(path, pm)


def find(
    pm: QAPluginManager,
    interaction: Interaction | TurnSpec | Sequence[TurnSpec],
    entities: Iterable[str] | None = None,
) -> list[tuple[str, int, str]]:
    """Run the plugins' recognisers and detectors: ``(entity, turn, original text)``.

    ``entities`` defaults to every entity the plugins find.
    """
    if not isinstance(interaction, Interaction):
        specs = interaction if isinstance(interaction, list) else [interaction]
        interaction = build_interaction(*specs)
    findings = analyze(pm, interaction, entities)
    return [(f.entity, f.turn, interaction.turns[f.turn].text[f.start : f.end]) for f in findings]


def find_with(
    recognizers: Sequence[Any],
    interaction: Interaction | TurnSpec | Sequence[TurnSpec],
    entities: Iterable[str] | None = None,
) -> list[tuple[str, int, str]]:
    """Run just these Presidio recognisers (no plugin needed) through the analysis pass."""
    from .plugins import hookimpl

    class Recognizers:
        @hookimpl
        def register_recognizers(self) -> list[Any]:
            return list(recognizers)

    return find(plugin_manager_with(plugins=[("under-test", Recognizers())]), interaction, entities)


def assert_found(
    found: Sequence[tuple[str, int, str]], expected: Iterable[tuple[str, str]]
) -> None:
    """``found`` (from ``find``) holds exactly these (entity, text) pairs, in any order.

    The failure message lists what is missing and what is extra, which is what a
    recogniser author needs to see.
    """
    got = sorted((entity, text) for entity, _, text in found)
    wanted = sorted(expected)
    if got != wanted:
        missing = [pair for pair in wanted if pair not in got]
        extra = [pair for pair in got if pair not in wanted]
        raise AssertionError(f"findings differ: missing {missing}, unexpected {extra}")


def ruleset_example_failures(path: Path, pm: QAPluginManager) -> list[str]:
    """Run a ruleset's ``tests:`` examples (as ``qa ruleset test``); what failed, or []."""
    from .ruleset.examples import run_examples

    return [
        f"{outcome.interaction_id}: {failure}"
        for outcome in run_examples(load_ruleset(Path(path), pm), pm)
        for failure in outcome.failures
    ]


def evidence_texts(outcome: Outcome, interaction: Interaction) -> list[str]:
    """The original text each piece of evidence points at, for span assertions."""
    return [interaction.turns[e.turn].text[e.start : e.end] for e in sorted(outcome.evidence)]


@pytest.fixture
def qa_plugin_manager() -> Callable[..., QAPluginManager]:
    """Factory: ``qa_plugin_manager("script")`` → a fresh manager with just that plugin."""
    return plugin_manager_with


@pytest.fixture
def qa_find() -> Callable[..., list[tuple[str, int, str]]]:
    """``qa_find(turns, entities=None, plugins=("pci",))``: what the plugins find."""
    managers: dict[tuple[str, ...], QAPluginManager] = {}

    def run(
        interaction: Any,
        entities: Iterable[str] | None = None,
        plugins: Sequence[str] = ("pci", "hipaa"),
    ) -> list[tuple[str, int, str]]:
        key = tuple(plugins)
        if key not in managers:
            managers[key] = plugin_manager_with(*plugins)
        return find(managers[key], interaction, entities)

    return run


@pytest.fixture
def qa_run_rule() -> Callable[..., Outcome]:
    """``qa_run_rule(rule_type, params, turns, plugin=NAME)``: run one rule on text;
    ``languages=("es",)`` runs it as a ruleset that says ``language: es`` would.

    ``plugin`` defaults to the part of the rule type's name before the dot; ``plugins``
    adds others (those whose recognisers find what the rule reads).
    """
    managers: dict[tuple[str, ...], QAPluginManager] = {}

    def run(
        rule_type: str,
        params: Mapping[str, Any],
        interaction: Any,
        *,
        plugin: str | None = None,
        plugins: Sequence[str] = (),
        outcomes: Mapping[str, Outcome] | None = None,
        languages: Sequence[str] = (),
    ) -> Outcome:
        names = tuple(dict.fromkeys([plugin or rule_type.split(".")[0], *plugins]))
        if names not in managers:
            managers[names] = plugin_manager_with(*names)
        return run_rule(
            managers[names], rule_type, params, interaction, outcomes=outcomes, languages=languages
        )

    return run
