"""The dynamics rule types on timed fixtures: table-driven, one behaviour per row."""

import pytest

from qa_core.testing import build_interaction, evidence_texts

GREETING = ("agent", "Thanks for calling, how can I help?", 0.0, 3.0)
CHAT = [("customer", "hi"), ("agent", "hello, how can I help?")]


def call(*turns):
    return build_interaction(GREETING, *turns)


@pytest.mark.parametrize(
    ("turns", "params", "result"),
    [
        # a 4 s pause is not dead air; 15 s is
        ([("customer", "My card was charged twice.", 7.0, 10.0)], {}, "met"),
        ([("customer", "My card was charged twice.", 18.0, 21.0)], {}, "not_met"),
        # one long silence allowed
        ([("customer", "My card was charged twice.", 18.0, 21.0)], {"max_count": 1}, "met"),
        # a silence the agent announced as a hold is the hold rule's business
        (
            [
                ("customer", "My card was charged twice.", 3.5, 6.0),
                ("agent", "Let me check that, one moment please.", 6.5, 9.0),
                ("agent", "Thanks for waiting, I found it.", 45.0, 48.0),
            ],
            {},
            "met",
        ),
        (
            [
                ("customer", "My card was charged twice.", 3.5, 6.0),
                ("agent", "Okay.", 6.5, 7.0),
                ("agent", "I found it.", 45.0, 48.0),
            ],
            {},
            "not_met",
        ),
        # overlapping speech is no silence, however the turns are ordered
        (
            [
                ("customer", "It was on the third of May and then again", 3.0, 20.0),
                ("agent", "I see.", 10.0, 11.0),
                ("agent", "Let me fix it.", 20.5, 22.0),
            ],
            {},
            "met",
        ),
    ],
)
def test_silence(qa_run_rule, turns, params, result):
    assert qa_run_rule("dynamics.silence", params, call(*turns)).result == result


def test_silence_evidence_points_at_the_turn_that_ends_it(qa_run_rule):
    interaction = call(("customer", "Hello? Are you there?", 20.0, 22.0))
    outcome = qa_run_rule("dynamics.silence", {}, interaction)
    assert evidence_texts(outcome, interaction) == ["Hello?"]


@pytest.mark.parametrize(
    ("turns", "params", "result"),
    [
        # the agent waits for the customer to finish
        (
            [("customer", "I want to cancel.", 3.5, 6.0), ("agent", "I can help.", 6.2, 7.0)],
            {},
            "met",
        ),
        # the agent starts two seconds before the customer is done
        (
            [
                ("customer", "I want to cancel because the price went up", 3.5, 9.0),
                ("agent", "Before you do that, let me tell you about", 7.0, 11.0),
            ],
            {},
            "not_met",
        ),
        # a backchannel while the customer talks is listening, not interrupting
        (
            [
                ("customer", "I want to cancel because the price went up", 3.5, 9.0),
                ("agent", "Mm-hmm.", 6.0, 6.5),
            ],
            {},
            "met",
        ),
        # a small overlap (turn-taking jitter) is below min_overlap_s
        (
            [("customer", "I want to cancel.", 3.5, 6.0), ("agent", "Sure thing.", 5.8, 7.0)],
            {},
            "met",
        ),
        (
            [
                ("customer", "I want to cancel because the price went up", 3.5, 9.0),
                ("agent", "Before you do that, let me tell you about", 7.0, 11.0),
            ],
            {"max_count": 1},
            "met",
        ),
    ],
)
def test_interruptions(qa_run_rule, turns, params, result):
    assert qa_run_rule("dynamics.interruptions", params, call(*turns)).result == result


def test_word_times_decide_where_speech_ends():
    """The customer's turn ends at 9 s, but their last word at 6 s: no interruption."""
    from qa_core.testing import plugin_manager_with, run_rule

    customer = {
        "speaker": "customer",
        "text": "I want to cancel.",
        "start_s": 3.5,
        "end_s": 9.0,
        "words": [
            {"text": "I", "offset": 0, "start_s": 3.5, "end_s": 3.7},
            {"text": "cancel.", "offset": 10, "start_s": 5.5, "end_s": 6.0},
        ],
    }
    interaction = call(customer, ("agent", "Let me help with that.", 7.0, 9.0))
    outcome = run_rule(plugin_manager_with("dynamics"), "dynamics.interruptions", {}, interaction)
    assert outcome.result == "met"


LISTENS = [("customer", "Long story about my bill.", 3.5, 13.5), ("agent", "Got it.", 14, 16)]
MONOLOGUE = [("customer", "Hi.", 3.5, 5.5), ("agent", "So our plans are ...", 6, 26)]


@pytest.mark.parametrize(
    ("turns", "params", "result"),
    [
        (LISTENS, {}, "met"),  # agent 3 + 2 s, customer 10 s: 33 %
        (MONOLOGUE, {}, "not_met"),  # agent 3 + 20 s, customer 2 s: 92 %
        (MONOLOGUE, {"max": 0.95}, "met"),
        (LISTENS[:1], {"min": 0.4}, "not_met"),
    ],
)
def test_talk_share(qa_run_rule, turns, params, result):
    assert qa_run_rule("dynamics.talk_share", params, call(*turns)).result == result


@pytest.mark.parametrize(
    ("turns", "params", "result"),
    [
        # an announced 40 s hold
        (
            [
                ("agent", "May I put you on hold for a moment?", 3.5, 6.0),
                ("agent", "Thanks for holding.", 46.0, 48.0),
            ],
            {},
            "met",
        ),
        # the same silence, unannounced
        ([("agent", "Thanks for holding.", 46.0, 48.0)], {}, "not_met"),
        ([("agent", "Thanks for holding.", 46.0, 48.0)], {"require_announcement": False}, "met"),
        # announced but three minutes long
        (
            [
                ("agent", "Let me put you on hold.", 3.5, 6.0),
                ("agent", "Thanks for holding.", 186.0, 188.0),
            ],
            {},
            "not_met",
        ),
        # two announced holds where one is allowed
        (
            [
                ("agent", "Let me put you on hold.", 3.5, 6.0),
                ("agent", "Still checking, please bear with me.", 40.0, 42.0),
                ("agent", "Thanks for holding.", 80.0, 82.0),
            ],
            {"max_count": 1},
            "not_met",
        ),
        # no hold at all
        ([("customer", "Thanks, bye.", 3.5, 5.0)], {}, "met"),
    ],
)
def test_holds(qa_run_rule, turns, params, result):
    assert qa_run_rule("dynamics.holds", params, call(*turns)).result == result


@pytest.mark.parametrize(
    "rule", ["dynamics.silence", "dynamics.interruptions", "dynamics.talk_share", "dynamics.holds"]
)
def test_untimed_channels_are_not_applicable(qa_run_rule, rule):
    chat = build_interaction(*CHAT, channel="chat")
    assert qa_run_rule(rule, {}, chat).result == "na"
    half_timed = call(("customer", "hi"))
    assert qa_run_rule(rule, {}, half_timed).result == "na"


def test_bad_params_are_refused(qa_plugin_manager):
    from pydantic import ValidationError

    rule = qa_plugin_manager("dynamics").rule_types["dynamics.talk_share"].rule_type
    with pytest.raises(ValidationError, match="min must not be greater than max"):
        rule.params_model.model_validate({"min": 0.8, "max": 0.2})
    silence = qa_plugin_manager("dynamics").rule_types["dynamics.silence"].rule_type
    with pytest.raises(ValidationError):
        silence.params_model.model_validate({"max_seconds": -1})
