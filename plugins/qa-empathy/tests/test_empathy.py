"""Empathy moves on the repo's own fixtures: table-driven, one behaviour per row."""

import pytest
from qa_empathy.markers import find_moves
from qa_empathy.text import plain

from qa_core import semantic_available
from qa_core.testing import build_interaction, evidence_texts

COMPLAINT = ("customer", "I've been charged twice and nobody called me back. This is ridiculous.")
CALM = ("customer", "Hi, I'd like to update my mailing address please.")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # empathic, by kind
        ("I completely understand how frustrating that must be.", ["acknowledge"]),
        ("That sounds really stressful.", ["acknowledge"]),
        ("I can't imagine how hard this week has been.", ["acknowledge"]),
        ("You're right to be upset about this.", ["validate"]),
        ("That's completely understandable.", ["validate"]),
        ("I'm so sorry for the trouble with your bill.", ["apologise"]),
        ("I apologise, that was our mistake.", ["apologise", "apologise"]),
        ("Don't worry, I'll make sure this gets fixed today.", ["reassure", "reassure"]),
        ("So what I'm hearing is the refund never arrived.", ["reflect"]),
        # any word VADER rates clearly negative, in the frames that name a hard time
        ("What a horrible morning you've had.", ["acknowledge"]),
        ("you must be livid", ["acknowledge"]),
        ("What a great idea.", []),
        ("It sounds like you've had a really rough month.", ["reflect"]),
        # lowercase ASR: no apostrophes, no punctuation
        ("im really sorry about that let me fix it", ["apologise", "reassure"]),
        ("i understand thats frustrating", ["acknowledge", "acknowledge"]),
        # negated: the opposite of empathy
        ("I don't understand why you didn't pay on time.", []),
        ("I never said I was sorry for anything.", []),
        # dismissive
        ("Calm down, sir.", ["dismissive"]),
        ("Like I said, that's not my problem.", ["dismissive", "dismissive"]),
        ("There's nothing I can do, it's company policy.", ["dismissive", "dismissive"]),
        # sarcastic-looking: an apology that blames the customer is dismissive
        ("Well, I'm sorry you feel that way.", ["dismissive"]),
        ("Oh I'm so sorry if you feel like that.", ["dismissive"]),
        # sorry, taken back at once
        ("I'm sorry but there's nothing I can do.", ["dismissive"]),
        # neutral business talk
        ("I understand your account number is 1234, correct?", []),
        ("Your new card will arrive in five days.", []),
        ("Sorry, could you repeat that?", []),
    ],
)
def test_moves(text, kinds):
    assert [m.kind for m in find_moves(text)] == kinds


def test_evidence_points_at_the_original_text():
    text = "Okay. I’m SO sorry about that, truly."
    (move,) = find_moves(text)
    assert text[move.start : move.end] == "I’m SO sorry about that"
    assert plain("It's   A-OK!").text == "its a ok"


@pytest.mark.parametrize(
    ("turns", "params", "result"),
    [
        # required (the customer is upset) and shown
        ([COMPLAINT, ("agent", "I'm so sorry about that, let me fix it.")], {}, "met"),
        # required and missing
        ([COMPLAINT, ("agent", "What is your account number?")], {}, "not_met"),
        # not required: the customer never sounds negative
        ([CALM, ("agent", "Sure, what is the new address?")], {}, "na"),
        # empathy before the customer complained does not answer the complaint
        (
            [("agent", "Sorry for the wait."), COMPLAINT, ("agent", "Account number?")],
            {},
            "not_met",
        ),
        # always required
        ([CALM, ("agent", "Sure, what is the new address?")], {"when": "always"}, "not_met"),
        ([CALM, ("agent", "I'm happy to help with that.")], {"when": "always"}, "met"),
        # two moves required
        ([COMPLAINT, ("agent", "I'm sorry about that.")], {"min_count": 2}, "not_met"),
        (
            [COMPLAINT, ("agent", "I'm sorry about that. I'll make sure it's refunded.")],
            {"min_count": 2},
            "met",
        ),
        # only some kinds count
        ([COMPLAINT, ("agent", "I'm sorry about that.")], {"moves": ["reassure"]}, "not_met"),
        # negated is not shown; dismissive is not empathy
        ([COMPLAINT, ("agent", "I don't understand why you're upset.")], {}, "not_met"),
        ([COMPLAINT, ("agent", "Calm down, it's policy.")], {}, "not_met"),
        # lowercase ASR customer and agent
        (
            [
                ("customer", "this is the third time i called and it still doesnt work"),
                ("agent", "i hear you thats really frustrating"),
            ],
            {},
            "met",
        ),
    ],
)
def test_markers(qa_run_rule, turns, params, result):
    assert qa_run_rule("empathy.markers", params, build_interaction(*turns)).result == result


def test_not_met_points_at_the_turn_that_called_for_empathy(qa_run_rule):
    interaction = build_interaction(COMPLAINT, ("agent", "Account number?"))
    outcome = qa_run_rule("empathy.markers", {}, interaction)
    assert evidence_texts(outcome, interaction) == [COMPLAINT[1]]


@pytest.mark.parametrize(
    ("agent", "params", "result"),
    [
        ("I'm sorry about that, let me fix it.", {}, "met"),
        ("Calm down. Like I said, it's not my problem.", {}, "not_met"),
        ("Calm down, please.", {"max_count": 1}, "met"),
        ("I'm sorry you feel that way.", {}, "not_met"),
    ],
)
def test_dismissive(qa_run_rule, agent, params, result):
    interaction = build_interaction(COMPLAINT, ("agent", agent))
    assert qa_run_rule("empathy.dismissive", params, interaction).result == result


def test_unknown_moves_are_refused(qa_plugin_manager):
    from pydantic import ValidationError

    rule = qa_plugin_manager("empathy").rule_types["empathy.markers"].rule_type
    with pytest.raises(ValidationError, match="unknown move 'hugging'"):
        rule.params_model.model_validate({"moves": ["hugging"]})


needs_semantic = pytest.mark.skipif(
    not semantic_available(), reason="the semantic extra is not installed (make install has it)"
)


@needs_semantic
@pytest.mark.parametrize(
    ("agent", "lexicon", "semantic"),
    [
        # empathy in words the lexicon does not list: only semantic mode sees it
        ("Being double billed is no fun at all, I get why you would be annoyed.", "not_met", "met"),
        # business talk: neither
        ("What is your account number?", "not_met", "not_met"),
        # a non-apology is close to an apology in meaning, but it is dismissive
        ("I am sorry you feel that way.", "not_met", "not_met"),
        # what the lexicon finds, semantic mode keeps
        ("I'm so sorry about that, let me fix it.", "met", "met"),
    ],
)
def test_semantic_mode_adds_paraphrased_empathy(qa_run_rule, agent, lexicon, semantic):
    interaction = build_interaction(COMPLAINT, ("agent", agent))
    lexicon_params = {"match": {"mode": "lexicon"}}
    semantic_params = {"match": {"mode": "semantic"}}
    assert qa_run_rule("empathy.markers", lexicon_params, interaction).result == lexicon
    assert qa_run_rule("empathy.markers", semantic_params, interaction).result == semantic
    # with the extra installed, the default is the semantic mode
    assert qa_run_rule("empathy.markers", {}, interaction).result == semantic


@pytest.mark.parametrize(
    ("customer", "negative"),
    [
        ("no it's fine", False),  # an answer, not a complaint
        ("No, I am not happy with this at all.", True),
        ("I can't pay that right now.", True),  # distress VADER does not see
        ("my card was charged twice", True),
        ("uh ten twelve eighty eight", False),
        ("Yes, that's me.", False),
    ],
)
def test_customer_negativity(customer, negative):
    from qa_empathy.sentiment import sounds_negative

    assert sounds_negative(plain(customer).text, customer, -0.25) is negative


@needs_semantic
def test_the_default_sees_empathy_said_without_stock_phrases(qa_run_rule):
    """Replies written by a helper session that never saw the lexicon or exemplars: 60
    that show empathy without "sorry", "I understand" or "I can imagine", 60 that do not
    (some with the same words). A floor against regressions, not the goal: the default
    finds about half of them today (README, empathy figures)."""
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data" / "replies_without_stock_phrases.json"
    replies = json.loads(data.read_text(encoding="utf-8"))
    found = {True: 0, False: 0}
    for reply in replies:
        interaction = build_interaction(("customer", reply["customer"]), ("agent", reply["agent"]))
        if qa_run_rule("empathy.markers", {"when": "always"}, interaction).result == "met":
            found[reply["empathic"]] += 1
    assert found[True] >= 27  # of 60 (the lexicon alone finds 15)
    assert found[False] <= 5  # of 60
