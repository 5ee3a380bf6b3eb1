"""Test helpers for plugin authors (and for our own plugins' tests).

Installed as a pytest plugin (``pytest11`` entry point), so any project with qa_core
installed gets the fixtures ``qa_plugin_manager`` and ``qa_run_rule``. The plain
functions work without pytest too.

    def test_greeting(qa_run_rule):
        outcome = qa_run_rule("script.phrase", {"phrases": ["thank you for calling"]},
                              "agent: Thank you for calling Contoso!")
        assert outcome.result == "met"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pytest

from .model import Interaction
from .plugins import QAPluginManager, make_plugin_manager
from .rules import Outcome, RuleContext

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
) -> Outcome:
    """Validate ``params`` with the rule type's own model and evaluate it once.

    ``interaction`` may be an Interaction, one turn spec or a list of them.
    ``outcomes`` supplies earlier criteria's outcomes for rules with dependencies.
    """
    registered = pm.rule_types[rule_type]
    validated = registered.rule_type.params_model.model_validate(dict(params))
    if not isinstance(interaction, Interaction):
        specs = interaction if isinstance(interaction, list) else [interaction]
        interaction = build_interaction(*specs)
    ctx = RuleContext(interaction, dict(outcomes or {}))
    return registered.rule_type.evaluate(ctx, validated)


def evidence_texts(outcome: Outcome, interaction: Interaction) -> list[str]:
    """The original text each piece of evidence points at, for span assertions."""
    return [interaction.turns[e.turn].text[e.start : e.end] for e in sorted(outcome.evidence)]


@pytest.fixture
def qa_plugin_manager() -> Callable[..., QAPluginManager]:
    """Factory: ``qa_plugin_manager("script")`` → a fresh manager with just that plugin."""
    return plugin_manager_with


@pytest.fixture
def qa_run_rule() -> Callable[..., Outcome]:
    """``qa_run_rule(rule_type, params, turns, plugin=NAME)``: run one rule on text.

    ``plugin`` defaults to the part of the rule type's name before the dot.
    """
    managers: dict[str, QAPluginManager] = {}

    def run(
        rule_type: str,
        params: Mapping[str, Any],
        interaction: Any,
        *,
        plugin: str | None = None,
        outcomes: Mapping[str, Outcome] | None = None,
    ) -> Outcome:
        name = plugin or rule_type.split(".")[0]
        if name not in managers:
            managers[name] = plugin_manager_with(name)
        return run_rule(managers[name], rule_type, params, interaction, outcomes=outcomes)

    return run
