"""Card numbers as people say them and speech recognisers write them (table-driven)."""

import pytest
from qa_pci.cards import aba_ok, brand, is_card_number

from qa_core.testing import build_interaction

PCI = ("CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT")


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("4111111111111111", "visa"),
        ("5500005555555559", "mastercard"),
        ("2221000000000009", "mastercard"),
        ("378282246310005", "amex"),
        ("6011111111111117", "discover"),
        ("3530111333300000", "jcb"),
    ],
)
def test_brands_and_luhn(digits, expected):
    assert brand(digits) == expected and is_card_number(digits)


@pytest.mark.parametrize(
    "digits", ["4111111111111112", "378282246310005" + "0", "1234567812345670", "41111111"]
)
def test_not_cards(digits):
    assert not is_card_number(digits)


def test_aba():
    assert aba_ok("011000015") and not aba_ok("011000016")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # digits, in one turn
        (["customer: my card is 4111 1111 1111 1111 thanks"], ["4111 1111 1111 1111"]),
        (["customer: 4111-1111-1111-1111"], ["4111-1111-1111-1111"]),
        (["customer: amex 3782 822463 10005"], ["3782 822463 10005"]),
        # spoken, with fillers, pairs, "oh" and "double"
        (
            ["customer: four one one one one one one one one one one one one one one one"],
            ["four one one one one one one one one one one one one one one one"],
        ),
        (
            ["customer: it's forty one eleven, uh, eleven eleven, one one one one, eleven eleven"],
            ["forty one eleven, uh, eleven eleven, one one one one, eleven eleven"],
        ),
        (
            ["customer: five five oh oh double oh " + "five " * 9 + "nine"],
            ["five five oh oh double oh " + "five " * 9 + "nine"],
        ),
        # split across turns with the agent's interjections
        (
            [
                "agent: Can I have the card number?",
                "customer: four one one one",
                "agent: okay",
                "customer: one one one one",
                "agent: mm-hmm",
                "customer: one one one one",
                "agent: go ahead",
                "customer: one one one one",
            ],
            ["four one one one", "one one one one", "one one one one", "one one one one"],
        ),
        (
            [
                "agent: card number please",
                "customer: 4111 1111",
                "agent: got it",
                "customer: 1111 1111",
            ],
            ["4111 1111", "1111 1111"],
        ),
        # the agent reads it back
        (
            [
                "customer: 4111 1111 1111 1111",
                "agent: so that's four one one one one one one one one one one one one one one one",
            ],
            [
                "4111 1111 1111 1111",
                "four one one one one one one one one one one one one one one one",
            ],
        ),
        # ASR broke the check digit, but the agent asked for the card
        (
            ["agent: can I have the number on the card", "customer: 4111 1111 1111 1112"],
            ["4111 1111 1111 1112"],
        ),
    ],
)
def test_card_numbers(qa_find, turns, expected):
    found = qa_find(turns, ["CREDIT_CARD"], plugins=("pci",))
    assert [text for _, _, text in found] == expected


def test_pieces_share_a_group(qa_find, qa_plugin_manager):
    from qa_core.testing import analyze, build_interaction

    pm = qa_plugin_manager("pci")
    interaction = build_interaction(
        "agent: the card number?", "customer: 4111 1111", "agent: okay", "customer: 1111 1111"
    )
    findings = analyze(pm, interaction, {"CREDIT_CARD"})
    assert len({f.group for f in findings}) == 1 and findings[0].group


@pytest.mark.parametrize(
    "turns",
    [
        [
            "agent: go ahead with the card number",
            "customer: five four five four",
            "agent: five four five four, got it",
            "customer: then five four five four",
            "agent: five four five four, okay",
            "customer: five four five four",
            "agent: five four five four",
            "customer: and five four five four",
            "agent: and five four five four, thank you",
        ],
        [
            "agent: ¿me da el número de la tarjeta?",
            "customer: empieza con cuatro mil ciento once",
            "agent: cuatro uno uno uno, ajá",
            "customer: luego once once",
            "agent: once once, le sigo",
            "customer: después mil ciento once",
            "agent: uno uno uno uno",
            "customer: y termina en once once",
            "agent: once once, listo",
        ],
    ],
    ids=["en", "es"],
)
def test_pieces_echoed_back_block_by_block_are_one_card_with_their_echoes(qa_plugin_manager, turns):
    """The other party saying each block back does not break the card, and the echoes,
    being the card said again, are redacted with it."""
    from qa_core.testing import analyze, build_interaction

    pm = qa_plugin_manager("pci")
    interaction = build_interaction(*turns)
    findings = analyze(pm, interaction, {"CREDIT_CARD"})
    assert sorted(f.turn for f in findings) == list(range(1, 9))
    assert len({f.group for f in findings}) == 1 and findings[0].group


def test_an_echo_that_differs_is_not_taken_for_the_card(qa_plugin_manager):
    from qa_core.testing import analyze, build_interaction

    pm = qa_plugin_manager("pci")
    interaction = build_interaction(
        "agent: the card number please",
        "customer: four one one one",
        "agent: and the amount is four two one two?",
        "customer: one one one one one one one one one one one one",
    )
    found = {f.turn for f in analyze(pm, interaction, {"CREDIT_CARD"})}
    assert 2 not in found


@pytest.mark.parametrize(
    "turns",
    [
        ["agent: Your order number is 4111 1111 1111 1111."],  # Luhn-valid, but an order
        ["agent: The total is 212 dollars and 40 cents, ticket 4411 2231."],
        ["customer: call me back at 555 123 4567"],
        ["customer: I paid two hundred and twelve dollars on March third, 2024."],
        ["agent: your confirmation number is 7731 2209 1187"],
        ["agent: what's your zip code?", "customer: nine oh two one oh"],
        ["customer: I have 2 kids and 3 cats"],
        ["agent: thanks, that's the card ending in four four one two", "customer: correct"],
    ],
)
def test_look_alikes_are_not_payment_data(qa_find, turns):
    assert qa_find(turns, PCI, plugins=("pci",)) == []


@pytest.mark.parametrize(
    ("turns", "entity", "text"),
    [
        (
            ["agent: And the security code on the back?", "customer: seven three seven"],
            "CARD_CVV",
            "seven three seven",
        ),
        (["agent: what's the CVV", "customer: um 0 4 2"], "CARD_CVV", "0 4 2"),
        (["customer: the CVV is 1234"], "CARD_CVV", "1234"),
        (
            ["agent: and the expiration date?", "customer: oh four twenty seven"],
            "CARD_EXPIRY",
            "oh four twenty seven",
        ),
        (["customer: it expires 04/27"], "CARD_EXPIRY", "04/27"),
        (
            ["customer: expiry is April twenty twenty seven"],
            "CARD_EXPIRY",
            "April twenty twenty seven",
        ),
        (
            ["agent: when does it expire", "customer: twelve slash twenty six"],
            "CARD_EXPIRY",
            "twelve slash twenty six",
        ),
        (
            ["agent: your bank's routing number please", "customer: 011000015"],
            "BANK_ACCOUNT",
            "011000015",
        ),
        (["customer: my checking account number is 12345678901"], "BANK_ACCOUNT", "12345678901"),
        (
            [
                "agent: and the checking account number?",
                "customer: one two three four five six seven eight",
            ],
            "BANK_ACCOUNT",
            "one two three four five six seven eight",
        ),
    ],
)
def test_context_makes_numbers_payment_data(qa_find, turns, entity, text):
    assert (entity, len(turns) - 1, text) in qa_find(turns, PCI, plugins=("pci",))


def test_a_cvv_prompt_from_the_customer_does_not_flag_the_agent(qa_find):
    turns = ["customer: the security code is 737", "agent: the total is 120 dollars"]
    assert qa_find(turns, PCI, plugins=("pci",)) == [("CARD_CVV", 0, "737")]


@pytest.mark.parametrize(
    "text", ["card: 4047  7444  7608  8752", "the card is 4069 - 9069 - 4399 - 5918."]
)
def test_typed_groups_with_wider_separators_are_one_card(qa_find, text):
    found = qa_find([f"customer: {text}"], ["CREDIT_CARD"], plugins=("pci",))
    assert [f[0] for f in found] == ["CREDIT_CARD"]


@pytest.mark.parametrize(
    "text",
    [
        # a Luhn-valid window cut from the middle of a longer reference
        "The reference number for the wire transfer is 71516204661099069584830401.",
        # an IMEI, with a card named in another sentence of the same e-mail
        "The IMEI on the box is 353077553046021.\nThe card on file is the one ending 4242.",
    ],
)
def test_windows_of_longer_numbers_are_not_cards(qa_find, text):
    chat = build_interaction(f"customer: {text}", channel="email")
    assert [f for f in qa_find(chat, ["CREDIT_CARD"], plugins=("pci",))] == []
