"""A value's name types the value beside it, whoever says it and in either order.

One mechanism (``qa_core/analysis/prompted.py``, ``PromptedValueDetector._named``) for
every entity a plugin registers a prompt for: the words an agent asks with also name
a value a customer volunteers, a chat's "Label: value" line or an e-mail's sentence.
"""

import pytest

from qa_core.testing import build_interaction

HIPAA = [
    "DATE_OF_BIRTH",
    "DATE",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "PHONE_NUMBER",
    "US_SSN",
]
PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # the name, then its value: volunteered, in a form line, in an e-mail sentence
        ("fyi my chart number's 44552210 if you need it", "MEDICAL_RECORD_NUMBER", "44552210"),
        ("Patient acct: 7720119344", "ACCOUNT_NUMBER", "7720119344"),
        ("Also, the date of service was 2023-11-02.", "DATE", "2023-11-02"),
        # the value, then its name
        ("1982/03/04 is my date of birth", "DATE_OF_BIRTH", "1982/03/04"),
        ("44552210, that's the medical record number", "MEDICAL_RECORD_NUMBER", "44552210"),
        ("I have 44552210 on file for the MRN", "MEDICAL_RECORD_NUMBER", "44552210"),
    ],
)
def test_a_name_types_the_value_beside_it_in_any_turn(qa_find, text, entity, value):
    assert (entity, 0, value) in qa_find([f"customer: {text}"], HIPAA, plugins=("hipaa",))


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Expires: AUG2027", "CARD_EXPIRY", "AUG2027"),
        ("exp Aug27", "CARD_EXPIRY", "Aug27"),
        ("expiration month is eight and the year is twenty seven", "CARD_EXPIRY", None),
    ],
)
def test_expiries_glued_or_said_by_their_parts(qa_find, text, entity, value):
    found = qa_find([f"customer: {text}"], PCI, plugins=("pci",))
    assert (entity, 0, value or text[text.index("month") :]) in found


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Okay so 417, the code on the back.", "CARD_CVV", "417"),
        ("417 (CVV)", "CARD_CVV", "417"),
        ("It's 417 - security code.", "CARD_CVV", "417"),
        ("oh three twenty seven, my expiration", "CARD_EXPIRY", "oh three twenty seven"),
        # a name in brackets refers back whatever follows it
        ("417 (CVV) and 03/27 (expiration)", "CARD_CVV", "417"),
        ("417 (CVV) and 03/27 (expiration)", "CARD_EXPIRY", "03/27"),
    ],
)
def test_a_name_closing_its_clause_types_the_value_set_beside_it(qa_find, text, entity, value):
    assert (entity, 0, value) in qa_find([f"customer: {text}"], PCI, plugins=("pci",))


@pytest.mark.parametrize(
    "text",
    [
        # the name goes on to say something: the number before it is not its value
        "I paid 120, the security code didn't work",
        # the name types its own value after it, not the one before it
        "exp 0827, CVV 417",
        # a name inside a value ("Street") is no name beside it
        "it's 8339 Church Street.",
    ],
)
def test_a_name_beside_a_value_but_not_closing_its_clause_types_nothing(qa_find, text):
    found = qa_find([f"customer: {text}"], PCI, plugins=("pci", "hipaa"))
    assert ("CARD_CVV", 0, "0827") not in found
    assert ("CARD_CVV", 0, "120") not in found
    assert all(f[0] in ("CARD_EXPIRY", "CARD_CVV", "ADDRESS") for f in found)


@pytest.mark.parametrize(
    ("turns", "entity", "value"),
    [
        (["customer: I think 417 is what it says on the back"], "CARD_CVV", "417"),
        (
            ["agent: What are the three numbers by the signature?", "customer: four one seven"],
            "CARD_CVV",
            "four one seven",
        ),
        (["customer: It runs out in March of twenty seven."], "CARD_EXPIRY", None),
        (
            ["agent: What's the date on the front of the card?", "customer: 03/27"],
            "CARD_EXPIRY",
            "03/27",
        ),
    ],
)
def test_card_codes_and_ends_named_in_other_words(qa_find, turns, entity, value):
    found = qa_find(turns, PCI, plugins=("pci",))
    last = len(turns) - 1
    assert (entity, last, value or "March of twenty seven") in found


@pytest.mark.parametrize(
    "text",
    [
        # "and" joins two values, it does not name the first after the second
        "the expiry is 0827 and the CVV I don't have",
        # a clause about something else ends the name's reach
        "I lost the security code, but my zip is 4521",
        # a value too far from its name
        "the security code is on the back and I think we moved there in 1998 or so",
    ],
)
def test_a_name_reaches_only_its_own_clause(qa_find, text):
    found = qa_find([f"customer: {text}"], PCI, plugins=("pci",))
    assert [f for f in found if f[0] == "CARD_CVV"] == []


def test_a_typed_number_failing_luhn_beside_card_words_is_not_a_card(qa_find):
    """Presidio's own case: only a question (speech, where ASR breaks check digits)
    excuses a failed check."""
    chat = build_interaction(
        "customer: my credit card number is 4012-8888-8888-1882", channel="chat"
    )
    found = qa_find(chat, PCI)
    assert [f for f in found if f[0] == "CREDIT_CARD"] == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Date of birth:\n03/04/1982\nThanks", "DATE_OF_BIRTH", "03/04/1982"),
        ("Security code\n417", "CARD_CVV", "417"),
        ("CVV? 417", "CARD_CVV", "417"),
    ],
)
def test_a_label_ending_its_line_types_the_value_the_next_opens_with(qa_find, text, entity, value):
    assert (entity, 0, value) in qa_find([f"customer: {text}"], HIPAA + PCI)


def test_a_label_line_does_not_reach_a_value_after_other_words(qa_find):
    found = qa_find(["customer: Date of birth:\nI was born in 1982, I think"], HIPAA)
    assert [f for f in found if f[0] == "DATE_OF_BIRTH"] == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (
            "I have you down as March third nineteen seventy five, is that still correct?",
            "DATE_OF_BIRTH",
            "March third nineteen seventy five",
        ),
        (
            "I'm showing 4521 Oak Street, Dallas, is that right?",
            "ADDRESS",
            "4521 Oak Street, Dallas",
        ),
        (
            "I show five three six eight one four two nine seven on the account, correct?",
            "US_SSN",
            "five three six eight one four two nine seven",
        ),
    ],
)
def test_a_value_read_from_the_record_unnamed_is_known_by_its_shape(qa_find, text, entity, value):
    assert qa_find([f"agent: {text}"], [*HIPAA, "ADDRESS"], plugins=("hipaa",)) == [
        (entity, 0, value)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I show a balance of 1250 dollars, is that right?",
        "I see here 3 lines on the plan, correct?",
    ],
)
def test_a_read_back_of_the_business_own_numbers_is_no_value(qa_find, text):
    assert qa_find([f"agent: {text}"], [*HIPAA, "ADDRESS"], plugins=("hipaa",)) == []
