"""``eu_payments.mentions`` on short conversations (qa_core.testing's helpers)."""

import pytest
from pydantic import ValidationError
from qa_core.testing import build_interaction, evidence_texts, run_rule

RULE = "eu_payments.mentions"


def test_met_when_the_agent_says_a_term(pm):
    call = build_interaction("agent: Thanks for calling Contoso!", "customer: Hi there.")
    outcome = run_rule(pm, RULE, {"terms": ["contoso"]}, call)
    assert outcome.result == "met"
    assert evidence_texts(outcome, call) == ["Contoso"]


def test_whole_words_only_and_any_spacing(pm):
    call = build_interaction(
        "agent: Contosoville is lovely.", "agent: Per the escalation   matrix, no."
    )
    assert run_rule(pm, RULE, {"terms": ["Contoso"]}, call).result == "not_met"
    outcome = run_rule(pm, RULE, {"terms": ["escalation matrix"]}, call)
    assert evidence_texts(outcome, call) == ["escalation   matrix"]


def test_max_count_zero_makes_a_list_of_words_not_to_say(pm):
    call = build_interaction("agent: That is an SLA breach, sorry.")
    outcome = run_rule(pm, RULE, {"terms": ["sla breach"], "max_count": 0}, call)
    assert outcome.result == "not_met" and evidence_texts(outcome, call) == ["SLA breach"]
    clean = build_interaction("agent: I will fix it today.")
    assert run_rule(pm, RULE, {"terms": ["sla breach"], "max_count": 0}, clean).result == "met"


def test_only_the_speaker_and_window_count(pm):
    call = build_interaction("customer: Is this Contoso?", "agent: Yes.", "agent: Contoso, yes.")
    assert run_rule(pm, RULE, {"terms": ["Contoso"], "within": {"turns": 2}}, call).result == (
        "not_met"
    )
    assert run_rule(pm, RULE, {"terms": ["Contoso"], "speaker": "customer"}, call).result == "met"


def test_na_when_the_speaker_never_speaks(pm):
    call = build_interaction("customer: Hello? Anyone?")
    assert run_rule(pm, RULE, {"terms": ["Contoso"]}, call).result == "na"


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"terms": []},
        {"terms": [" "]},
        {"terms": ["x"], "min_count": 3, "max_count": 1},
        {"terms": ["x"], "colour": "red"},
    ],
)
def test_bad_params_are_refused(pm, params):
    with pytest.raises(ValidationError):
        run_rule(pm, RULE, params, build_interaction("agent: hi"))
