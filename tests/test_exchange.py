"""The exchange a question opens: which later turns still answer it.

``qa_core/analysis/prompted.py`` (``exchange``): the answer may come after the asker's
"no rush", after "one more time?", and around the asker reading a value back; once a
value was given, the other party's next turn is something else unless the asker
reopened the question.
"""

import pytest

from qa_core import answering_turns, is_acknowledgement
from qa_core.analysis.prompted import asks_again

PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"]
HIPAA = ["DATE_OF_BIRTH", "DATE", "HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER"]


def test_an_answer_fetched_while_the_agent_waits_still_answers(qa_find):
    call = [
        "agent: And the three-digit code on the back?",
        "customer: Hang on, the card's in my other bag.",
        "agent: No rush, take your time.",
        "customer: Okay, I'm back. 680.",
    ]
    assert ("CARD_CVV", 3, "680") in qa_find(call, PCI, plugins=("pci",))


def test_an_ivr_bot_asks_like_an_agent_and_its_read_back_is_found(qa_find):
    call = [
        "bot: Using your keypad or your voice, enter your three or four digit security code.",
        "customer: seven one seven",
        "bot: You entered seven one seven. If this is correct, press one.",
    ]
    found = qa_find(call, PCI, plugins=("pci",))
    assert ("CARD_CVV", 1, "seven one seven") in found
    assert ("CARD_CVV", 2, "seven one seven") in found


def test_a_value_given_again_after_one_more_time_answers_the_first_question(qa_find):
    call = [
        "agent: What's the security code on the back?",
        "customer: eight two",
        "agent: That came back as an error on my side. One more time?",
        "customer: Oops, my bad. eight two three.",
    ]
    assert ("CARD_CVV", 3, "eight two three") in qa_find(call, PCI, plugins=("pci",))


def test_the_agents_differing_value_and_the_customers_correction_are_findings(qa_find):
    call = [
        "agent: Can I get the group number?",
        "customer: yeah, c93554",
        "agent: Hmm, I'm showing something a little different. I have C93654. Could that be it?",
        "customer: sorry, let me look again. c93654",
    ]
    found = qa_find(call, HIPAA, plugins=("hipaa",))
    assert {f[1] for f in found if f[0] == "HEALTH_PLAN_ID"} == {1, 2, 3}


def test_once_the_value_is_given_the_next_turn_is_something_else(qa_find):
    call = [
        "agent: When does it expire?",
        "customer: 06/31",
        "customer: I paid ninety six dollars on the twenty fifth of February.",
    ]
    found = qa_find(call, PCI, plugins=("pci",))
    assert [f for f in found if f[0] == "CARD_EXPIRY"] == [("CARD_EXPIRY", 1, "06/31")]


def test_the_agent_moving_on_closes_the_exchange(qa_find):
    call = [
        "agent: And the code on the back?",
        "customer: 417",
        "agent: Your order total comes to 229 dollars.",
        "customer: 229, okay.",
    ]
    found = qa_find(call, PCI, plugins=("pci",))
    assert [f for f in found if f[0] == "CARD_CVV"] == [("CARD_CVV", 1, "417")]


@pytest.mark.parametrize(
    ("text", "ack", "again"),
    [
        ("No rush, take your time.", True, False),
        ("Of course, I'll be here.", True, False),
        ("Sorry, I didn't catch that.", False, True),
        ("One more time, a little slower?", False, True),
        ("Your total is 229 dollars.", False, False),
    ],
)
def test_what_keeps_an_exchange_open_is_the_languages_words(text, ack, again):
    assert is_acknowledgement(text) is ack
    assert asks_again(text) is again


def test_answering_turns_keeps_its_public_shape():
    """Third-party detectors call it: the other party's turns, across acknowledgements."""
    from qa_core.analysis.detectors import TurnAnalysis
    from qa_core.testing import build_interaction
    from qa_core.typed_view import TypedView

    call = build_interaction(
        "agent: Your name?", "customer: hold on", "agent: sure", "customer: Ana Ruiz"
    )
    turns = [TurnAnalysis(k, TypedView(t.text, "en"), []) for k, t in enumerate(call.turns)]
    assert [t.index for t in answering_turns(call, turns, 0, "agent", 2)] == [1, 3]


def test_an_explanation_after_the_customer_asks_what_was_meant_keeps_the_question(qa_find):
    call = [
        "agent: What's the account number for the draft on there?",
        "customer: Where would I find that?",
        "agent: The second set of numbers.",
        "customer: Looks like 3815 3339 8010.",
    ]
    assert ("BANK_ACCOUNT", 3, "3815 3339 8010") in qa_find(call, PCI, plugins=("pci",))


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("Mind giving me the RTN?", "two four six seven oh four four four five"),
        ("Now the nine digits at the bottom left of the check.", "021000021"),
        ("The last piece is the number after the routing.", "nine two four seven five eight"),
    ],
)
def test_bank_numbers_asked_for_by_where_they_are_printed(qa_find, asked, said):
    found = qa_find([f"agent: {asked}", f"customer: {said}"], PCI, plugins=("pci",))
    assert ("BANK_ACCOUNT", 1, said) in found


@pytest.mark.parametrize(
    ("turns", "entity", "pieces"),
    [
        (
            [
                "agent: What's the ABA number, please?",
                "customer: Alright, I'll go slow. zero four uh zero",
                "agent: Got that, and the rest?",
                "customer: nine 0 eight 955, that's it.",
            ],
            "BANK_ACCOUNT",
            {1, 3},
        ),
        # the last piece alone looks like a last four; with the first it is the number
        (
            [
                "agent: Could you verify the patient's social for me?",
                "customer: 351",
                "agent: Got that, and the rest?",
                "customer: Then 81 - 1190.",
            ],
            "US_SSN",
            {1, 3},
        ),
    ],
)
def test_a_value_in_pieces_across_the_agents_go_on(qa_find, turns, entity, pieces):
    found = qa_find(turns, [*PCI, "US_SSN"], plugins=("pci", "hipaa"))
    assert {f[1] for f in found if f[0] == entity} == pieces


def test_a_stray_number_word_is_no_piece_of_a_value_given_whole(qa_find):
    call = [
        "agent: And the patient account number?",
        "customer: Okay, one sec.",
        "agent: Sure.",
        "customer: The one I have is 8772978.",
    ]
    found = qa_find(call, ["ACCOUNT_NUMBER"], plugins=("hipaa",))
    assert found == [("ACCOUNT_NUMBER", 3, "8772978")]


def test_a_go_on_asks_for_more_of_the_value_being_given(qa_find):
    call = [
        "agent: Okay, go ahead with the checking account number.",
        "customer: Um, so fifty four fifty seven twenty six",
        "agent: Yep, I'm with you.",
        "customer: Then seventy eight eighty seven sixty eight.",
    ]
    found = qa_find(call, PCI, plugins=("pci",))
    assert {f[1] for f in found if f[0] == "BANK_ACCOUNT"} == {1, 3}


def test_a_checking_account_is_the_banks_not_the_hospitals(qa_find):
    said = "customer: you'll want the savings account number it's nine five five four eight oh one"
    found = qa_find([said], [*PCI, "ACCOUNT_NUMBER"], plugins=("pci", "hipaa"))
    assert [f[0] for f in found] == ["BANK_ACCOUNT"]


def test_a_spelled_id_read_in_groups_with_dash(qa_find):
    call = [
        "agent: And your Medicare number?",
        "customer: one e g four dash t e five dash m k seven three",
    ]
    found = qa_find(call, ["HEALTH_PLAN_ID"], plugins=("hipaa",))
    assert found == [("HEALTH_PLAN_ID", 1, "one e g four dash t e five dash m k seven three")]


def test_a_correction_across_the_agents_go_on_still_corrects(qa_find):
    """'sorry' starts a correction, never a go-ahead to skip over."""
    call = [
        "agent: and what would the long number on the card be",
        "customer: four four zero eight three three one five five six four three",
        "agent: okay go on",
        "customer: then sorry five six four six uh two zero two five",
    ]
    found = qa_find(call, PCI, plugins=("pci",))
    assert {f[1] for f in found if f[0] == "CREDIT_CARD"} == {1, 3}
