"""The code on the back and the expiry go by many names, and come before or after them."""

import pytest

PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("turns", "entity", "text"),
    [
        # the names of the security code, asked for
        (["agent: and the card verification value?", "customer: 5 5 1"], "CARD_CVV", "5 5 1"),
        (["agent: the CVC2 please", "customer: five five one"], "CARD_CVV", "five five one"),
        (["agent: read me the card code", "customer: 551"], "CARD_CVV", "551"),
        (
            ["agent: now the digits on the back of the card", "customer: five double one"],
            "CARD_CVV",
            "five double one",
        ),
        (
            ["agent: the verification number?", "customer: um three hundred forty two"],
            "CARD_CVV",
            "three hundred forty two",
        ),
        (["customer: CVV2: 3-4-2"], "CARD_CVV", "3-4-2"),
        (["customer: Security #: 5 5 1"], "CARD_CVV", "5 5 1"),
        # the value before its name
        (["customer: five five one is the security code"], "CARD_CVV", "five five one"),
        (["customer: 0827 is the expiration date"], "CARD_EXPIRY", "0827"),
        # expiries in the shapes people type and say
        (["customer: it expires eight twenty seven"], "CARD_EXPIRY", "eight twenty seven"),
        (
            ["agent: what's the expiry", "customer: month oh eight year twenty seven"],
            "CARD_EXPIRY",
            "month oh eight year twenty seven",
        ),
        (["customer: card exp dec'29"], "CARD_EXPIRY", "dec'29"),
        (["customer: valid thru 12/29"], "CARD_EXPIRY", "12/29"),
    ],
)
def test_names_and_orders_of_card_codes(qa_find, turns, entity, text):
    assert (entity, len(turns) - 1, text) in qa_find(turns, PCI, plugins=("pci",))


@pytest.mark.parametrize(
    "turns",
    [
        ["agent: what's your zip code?", "customer: 551"],  # "code" alone asks for no CVV
        ["customer: 342 is the room number"],
        ["customer: we have 3 kids"],
    ],
)
def test_codes_that_are_not_card_codes(qa_find, turns):
    assert [f for f in qa_find(turns, PCI, plugins=("pci",)) if f[0] == "CARD_CVV"] == []


@pytest.mark.parametrize(
    "turns",
    [
        ["agent: can you explain what you expected?", "customer: 2 17"],
        ["agent: I expect your package on", "customer: 8 26"],
    ],
)
def test_words_that_begin_like_expiry_ask_for_none(qa_find, turns):
    """ "exp" is the expiry's abbreviation; "explain" and "expect" are not it."""
    assert [f for f in qa_find(turns, PCI, plugins=("pci",)) if f[0] == "CARD_EXPIRY"] == []


def test_a_cue_word_before_a_named_card_does_not_hide_it(qa_find):
    """ "amount" introduces references, but "for cc" names what follows; Presidio writes
    that context word as "cc " (with a space), which once made it count for nothing."""
    text = "Could you send me the last billed amount for cc 4007070753690781 on my e-mail?"
    found = qa_find(
        [f"customer: {text}"],
        ["CREDIT_CARD", "DATE", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        plugins=("pci", "hipaa"),
    )
    assert ("CREDIT_CARD", 0, "4007070753690781") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # an IMEI is 15 Luhn-valid digits: "IMEI" (a cue of the language table) says so
        "my phone's IMEI is 356938035643809 if that helps",
        "the imei number is three five six nine three eight zero three five six four three "
        "eight zero nine",
    ],
)
def test_an_imei_is_not_a_card(qa_find, text):
    assert qa_find([f"customer: {text}"], PCI, plugins=("pci",)) == []


def test_a_uatp_card_is_a_card(qa_find):
    found = qa_find(["customer: my credit card: 122000000000003"], PCI, plugins=("pci",))
    assert ("CREDIT_CARD", 0, "122000000000003") in found


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        (
            ["agent: could you verify the bank routing number?", "customer: it's 217 063 393"],
            "217 063 393",
        ),
        (["customer: Routing transit number: 0811 4538 2"], "0811 4538 2"),
        (["customer: the account number on the check is 3970-86515"], "3970-86515"),
    ],
)
def test_bank_numbers_typed_in_groups(qa_find, turns, text):
    found = qa_find(turns, PCI, plugins=("pci",))
    assert ("BANK_ACCOUNT", len(turns) - 1, text) in found


@pytest.mark.parametrize(
    "text",
    [
        "I tried the promo code SAVE419 and it didn't take it.",
        "i tried the promo code save four one seven and it didn't take it",
        "the zip code is 902",
    ],
)
def test_another_kind_of_code_is_no_security_code(qa_find, text):
    found = qa_find([f"customer: {text}"], ["CARD_CVV"], plugins=("pci",))
    assert found == []


def test_the_account_a_payment_is_drafted_from_is_a_bank_account(qa_find):
    call = [
        "agent: Can I get the account you want to draft from?",
        "customer: Sure, it's forty one, eleven, twenty two, thirty three.",
    ]
    found = qa_find(call, ["BANK_ACCOUNT"], plugins=("pci",))
    assert found == [("BANK_ACCOUNT", 1, "forty one, eleven, twenty two, thirty three")]
