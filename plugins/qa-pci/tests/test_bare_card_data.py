"""Card data said bare in a card payment (``qa_pci/bare_card_data.py``)."""

import pytest

PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"]
CARD_GIVEN = ["agent: Can I have the card number?", "customer: 4111 1111 1111 1111"]


@pytest.mark.parametrize(
    ("turns", "entity", "said"),
    [
        ([*CARD_GIVEN, "agent: Go ahead whenever you're ready.", "customer: Yep, four one seven."],
         "CARD_CVV", "four one seven"),
        (["agent: I'll put that on your visa.", "agent: Okay, go ahead.",
          "customer: oh three twenty seven"], "CARD_EXPIRY", "oh three twenty seven"),
        (["customer: I want to pay by card.", "agent: Next one.", "customer: Mar '29"],
         "CARD_EXPIRY", "Mar '29"),
        # four digits are a code only on an Amex
        (["agent: The card?", "customer: 3782 822463 10005", "agent: And the next one.",
          "customer: 4417"], "CARD_CVV", "4417"),
    ],
)  # fmt: skip
def test_bare_card_data_in_a_card_call_is_found(qa_find, turns, entity, said):
    assert (entity, len(turns) - 1, said) in qa_find(turns, PCI, plugins=("pci",))


@pytest.mark.parametrize(
    "turns",
    [
        # no card in the call
        ["agent: How can I help?", "customer: 417"],
        # the turn before asked for something else
        ["customer: I'll pay by card.", "agent: How many do you want?", "customer: 417"],
        ["customer: By card.", "agent: What time works for you?", "customer: four fifteen"],
        ["customer: I'll pay by card.", "agent: And the total is?", "customer: 229"],
        ["customer: I'll pay by card.", "agent: The last four?", "customer: 4417"],
        # the customer said more than a value
        ["customer: I'll pay by card.", "agent: Okay.", "customer: 417 dollars"],
        # four digits on a card that is not an Amex, and a year out of any card's range
        [*CARD_GIVEN, "agent: Okay.", "customer: 4417"],
        [*CARD_GIVEN, "agent: Okay.", "customer: 03/61"],
    ],
)
def test_bare_numbers_that_are_not_card_data(qa_find, turns):
    found = qa_find(turns, PCI, plugins=("pci",))
    assert [f for f in found if f[0] in ("CARD_CVV", "CARD_EXPIRY")] == []


def test_an_old_recordings_expiry_is_judged_against_the_calls_own_year(qa_find):
    """A 2012 call: '03/15' was a card still valid then, whatever today's year."""
    from qa_core.testing import build_interaction

    call = build_interaction(
        "customer: I'll pay by card.",
        "agent: Okay.",
        "customer: 03/15",
        started_at="2012-06-01T10:00:00Z",
    )
    found = qa_find(call, PCI, plugins=("pci",))
    assert ("CARD_EXPIRY", 2, "03/15") in found
