"""script.forbidden and script.order."""

import pytest

from qa_core import Evidence, Outcome
from qa_core.testing import build_interaction, evidence_texts

FORBIDDEN = {"phrases": ["calm down", "that's not my problem"]}


def test_forbidden_met_when_nothing_was_said(qa_run_rule):
    assert qa_run_rule("script.forbidden", FORBIDDEN, "agent: I understand").result == "met"


def test_forbidden_points_at_what_was_said(qa_run_rule):
    interaction = build_interaction("agent: ok", "agent: Honestly, that's not my problem!")
    outcome = qa_run_rule("script.forbidden", FORBIDDEN, interaction)
    assert outcome.result == "not_met"
    assert evidence_texts(outcome, interaction) == ["that's not my problem"]


def test_forbidden_ignores_other_speakers_by_default(qa_run_rule):
    outcome = qa_run_rule("script.forbidden", FORBIDDEN, "customer: calm down? I am calm")
    assert outcome.result == "met"


def test_forbidden_tolerates_asr_noise(qa_run_rule):
    outcome = qa_run_rule("script.forbidden", FORBIDDEN, "agent: uh thats not my problem")
    assert outcome.result == "not_met"


def at(turn: int, start: int = 0) -> Evidence:
    return Evidence(turn, start, start + 1)


ORDER = {"first": "a", "then": "b"}


@pytest.mark.parametrize(
    ("first", "then", "result"),
    [
        (Outcome.met(at(0)), Outcome.met(at(2)), "met"),
        (Outcome.met(at(1, 5)), Outcome.met(at(1, 9)), "met"),
        (Outcome.met(at(3)), Outcome.met(at(2)), "not_met"),
        (Outcome.met(at(2)), Outcome.met(at(2)), "not_met"),
        (Outcome.not_met(), Outcome.met(at(2)), "not_met"),
        (Outcome.na(), Outcome.met(at(2)), "not_met"),
        (Outcome.met(at(0)), Outcome.not_met(), "na"),
        (Outcome.met(at(0)), Outcome.na(), "na"),
        (Outcome.met(at(4), at(0)), Outcome.met(at(2)), "met"),  # first evidence counts
    ],
)
def test_order(qa_run_rule, first, then, result):
    turns = [f"agent: turn {i} with some words" for i in range(5)]
    outcome = qa_run_rule("script.order", ORDER, turns, outcomes={"a": first, "b": then})
    assert outcome.result == result


def test_order_declares_its_dependencies(qa_plugin_manager):
    rule = qa_plugin_manager("script").rule_types["script.order"].rule_type
    params = rule.params_model.model_validate(ORDER)
    assert rule.dependencies(params) == ("a", "b")
