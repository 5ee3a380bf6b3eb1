"""Each identifier goes by a family of names; a question or a form label with any of
them types the value, and the value may come in pieces across turns."""

import pytest

from qa_core.testing import build_interaction


@pytest.mark.parametrize(
    ("turns", "entity", "text"),
    [
        # the medical record
        (["customer: Med Rec #: 4512367"], "MEDICAL_RECORD_NUMBER", "4512367"),
        (["customer: Pt ID: 7781234"], "MEDICAL_RECORD_NUMBER", "7781234"),
        (
            [
                "agent: go ahead with your hospital number",
                "customer: seventy seven eighty one twenty three",
            ],
            "MEDICAL_RECORD_NUMBER",
            "seventy seven eighty one twenty three",
        ),
        # the billing account
        (
            ["agent: what's the guarantor number?", "customer: 44566219"],
            "ACCOUNT_NUMBER",
            "44566219",
        ),
        (
            ["agent: Can you give me your billing ID?", "customer: 44566219"],
            "ACCOUNT_NUMBER",
            "44566219",
        ),
        (["customer: Acct. No.: 44566219"], "ACCOUNT_NUMBER", "44566219"),
        # the insurer's ids
        (
            [
                "agent: what is the medicare beneficiary identifier",
                "customer: it's one e g four t e five m k seven three",
            ],
            "HEALTH_PLAN_ID",
            "one e g four t e five m k seven three",
        ),
        (
            [
                "agent: and your member id",
                "customer: x as in x-ray y as in yellow z as in zebra one two three four five",
            ],
            "HEALTH_PLAN_ID",
            "x as in x-ray y as in yellow z as in zebra one two three four five",
        ),
        # social security numbers by their other names
        (["customer: SS# 512-45-6789"], "US_SSN", "512-45-6789"),
        (["customer: my soc sec is 512 45 6789"], "US_SSN", "512 45 6789"),
        # dates: of a visit however it is asked, and any full date at all
        (
            ["agent: what was the date of the visit", "customer: three three twenty four"],
            "DATE",
            "three three twenty four",
        ),
        (
            [
                "agent: When did you have the service done?",
                "customer: it was on the third of march two thousand twenty four",
            ],
            "DATE",
            "the third of march two thousand twenty four",
        ),
        (["customer: I was there 2024-03-03 and again later"], "DATE", "2024-03-03"),
        (["customer: that was on 14 Mar 2024"], "DATE", "14 Mar 2024"),
        # an address's unit on its own line, "lives on", postcodes of other countries
        (["customer: 4596 Tylova 285\n Suite 578\n Ostrov"], "ADDRESS", "Suite 578"),
        (["customer: she lives on Ziegelgasse 19."], "ADDRESS", "Ziegelgasse 19"),
        (["customer: my postal code is 394 13"], "ADDRESS", "394 13"),
    ],
)
def test_a_family_of_names_types_the_value(qa_find, turns, entity, text):
    found = qa_find(turns, plugins=("hipaa",))
    assert (entity, len(turns) - 1, text) in found, found


def test_a_value_in_pieces_is_read_as_one(qa_find):
    turns = [
        "agent: what's the IP address on the router",
        "customer: one nine two point one six eight",
        "agent: okay",
        "customer: point zero point one five",
    ]
    found = qa_find(turns, plugins=("hipaa",))
    assert ("IP_ADDRESS", 1, "one nine two point one six eight") in found, found
    assert ("IP_ADDRESS", 3, "point zero point one five") in found, found


@pytest.mark.parametrize(
    "turns",
    [
        # letters of an id spelled with NATO words or "as in" names are not names
        ["agent: and your medical record number", "customer: it's mike romeo four five six"],
        ["agent: member id?", "customer: g as in george t as in tom one two three four five"],
        # a form's labels are not names
        ["customer: Patient Acct #: 44566219"],
        ["customer: Acct. No.: 44566219"],
        # back-channels are not double-barrelled names
        ["agent: who am I speaking with?", "customer: mm-hmm"],
        # after "it's", "I'm", "thanks" a verb form, adverb or adjective describes
        ["customer: it's printed on my card"],
        ["agent: i'm pulling that up now"],
        ["agent: thank you kindly"],
        ["customer: This is urgent"],
        ["agent: dear valued customer"],
        # the words of an identifier's own name name no one
        ["agent: Could you share the Medicare Beneficiary Identifier?"],
        ["agent: Please provide the Guarantor Account Number."],
        # a name in a web address is part of the address
        ["customer: the page is www.BlueHarbor.com/Members/Jane-Doe"],
    ],
)
def test_no_person_in_ids_labels_or_back_channels(qa_find, turns):
    assert [f for f in qa_find(turns, plugins=("hipaa",)) if f[0] == "PERSON"] == []


def test_a_question_that_names_something_else_does_not_confirm_a_bare_shape(qa_find):
    """A bare number answering "your billing ID?" is that id, not a bank account."""
    found = qa_find(
        ["agent: Can you give me your billing ID?", "customer: 44566219"],
        ["BANK_ACCOUNT", "ACCOUNT_NUMBER"],
        plugins=("pci", "hipaa"),
    )
    assert [f[0] for f in found] == ["ACCOUNT_NUMBER"], found


@pytest.mark.parametrize(
    "text",
    [
        "my email is jane.doe [at] example [dot] com",
        "jane.doe(at)example(dot)com",
        "j.doe<at>example<dot>net",
        "jane.doe {at} example {dot} org",
    ],
)
def test_an_address_hidden_with_brackets_is_an_email(qa_find, text):
    found = qa_find([f"customer: {text}"], plugins=("hipaa",))
    value = text.removeprefix("my email is ")
    assert ("EMAIL_ADDRESS", 0, value) in found, found


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (["customer: it's hiroshi"], "hiroshi"),
        (["customer: i'm jennifer calling about a bill"], "jennifer"),
        (["customer: my name is randy west"], "randy west"),  # "my name is" always names
    ],
)
def test_names_after_the_same_triggers_still_count(qa_find, turns, name):
    assert ("PERSON", 0, name) in qa_find(turns, plugins=("hipaa",))


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        # what is printed on the card names the plan id
        (["agent: what's the ID on the insurance card?", "customer: L J K 265496519"], None),
        (
            ["agent: go ahead with the group on the card", "customer: V one eight four four six"],
            None,
        ),
        (["customer: Here is the ID on the insurance card: DZV747670342-02"], "DZV747670342-02"),
        # Medicare's identifier in its printed groups, any case
        (["agent: and the number on the Medicare card?", "customer: 7qp5 a28 hj16"], None),
        # a read-back of a value on file, with the name after it
        (["agent: so I have YHL-107533130 down for the member number"], "YHL-107533130"),
    ],
)
def test_plan_ids_by_what_the_card_prints(qa_find, turns, text):
    expected = text or turns[-1].partition(": ")[2]
    assert ("HEALTH_PLAN_ID", len(turns) - 1, expected) in qa_find(turns, plugins=("hipaa",))


def test_a_word_before_a_number_is_not_an_id_letter(qa_find):
    found = qa_find(["customer: the group on the card is 041148."], plugins=("hipaa",))
    assert ("HEALTH_PLAN_ID", 0, "041148") in found


@pytest.mark.parametrize(
    "text",
    [
        "Let me see, PO Box 70, Springfield, IL 62733.",
        "It's Rural Route 1, Box 374, Fresno CA 93770.",
        "rural route three, box one, Raleigh, North Carolina two seven six nine eight",
        "It's 48 E. 112th Ct, Albany, NY 12246-4626.",
        "Billing address - 61 S Cedar Ter, Dayton, OH 45487-0606",
    ],
)
def test_addresses_by_box_route_and_numbered_street_are_addresses_whole(qa_find, text):
    """The whole line is one ADDRESS (a town or a name inside it does not relabel it)."""
    found = qa_find([f"customer: {text}"], plugins=("hipaa",))
    assert [f[0] for f in found] == ["ADDRESS"], found
    assert len(found[0][2]) >= len(text) * 0.6


@pytest.mark.parametrize(
    "text",
    ["zip plus four: 27602 5474", "the ZIP+4 is nine three seven two six dash nine five six one"],
)
def test_zip_plus_four_by_its_name(qa_find, text):
    found = qa_find([f"customer: {text}"], plugins=("hipaa",))
    assert [f[0] for f in found] == ["ADDRESS"], found


def test_a_list_with_two_names_found_is_a_list_of_people(qa_find):
    text = "They had 6: Gaetane, Hannah, Anthony, Derek, Anna and Andrew."
    found = {f[2] for f in qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",))}
    assert {"Gaetane", "Hannah", "Anthony", "Derek", "Anna", "Andrew"} <= found


def test_one_name_beside_a_list_of_things_vouches_for_nothing(qa_find):
    text = "I ordered the Margherita, Tiramisu and Lasagna for Maria Lopez."
    found = {f[2] for f in qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",))}
    assert not found & {"Margherita", "Tiramisu", "Lasagna"}


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # anyone's name asked for, answered after the agent waits
        (["agent: alright let's do the primary member's name", "customer: um yeah arjun"], "arjun"),
        (
            [
                "agent: now the beneficiary's name when you get a chance",
                "customer: let me go get it it's in the other room",
                "agent: of course i'll be here",
                "customer: alright here it is fitzgerald",
            ],
            "fitzgerald",
        ),
        (["agent: What's the name on the policy?", "customer: Okafor."], "Okafor"),
    ],
)
def test_a_name_asked_for_by_whose_it_is(qa_find, turns, name):
    found = qa_find(turns, ["PERSON"], plugins=("hipaa",))
    assert ("PERSON", len(turns) - 1, name) in found


@pytest.mark.parametrize(
    "turns",
    [
        ["agent: And the spouse's name?", "customer: Hang on, I have to find it."],
        ["agent: And your full name?", "customer: Let me look, okay."],
        # an e-mail spelled out after a name question spells no name
        [
            "agent: What's your name and e-mail?",
            "customer: mreid, that's M R E I D, at comcast dot net.",
        ],
    ],
)
def test_no_name_in_an_answer_that_gives_none(qa_find, turns):
    found = qa_find(turns, ["PERSON", "EMAIL_ADDRESS"], plugins=("hipaa",))
    assert [f for f in found if f[1] == len(turns) - 1 and f[0] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("What's your last name? Nielsen", "Nielsen"),
        ("It's under my partner's name Shane M Culp", "Shane M Culp"),
        ("The name on the card is Wisława Szczepańska.", "Wisława Szczepańska"),
        ("Full legal name:Aisha G Washington", "Aisha G Washington"),
        # a transcript pasted into one message: its speaker label comes between
        ("Bot: What's the name on the account? User: Ágnes Földesy", "Ágnes Földesy"),
    ],
)
def test_a_name_written_beside_the_words_that_ask_for_it(qa_find, text, name):
    assert ("PERSON", 0, name) in qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",))


@pytest.mark.parametrize(
    "text", ["What is the name of the plan? Gold PPO", "Your name please? Thanks so much"]
)
def test_capitalised_words_after_a_name_question_that_are_no_name(qa_find, text):
    assert qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",)) == []


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        (
            ["agent: what's the medical id on there", "customer: i've got 2028 1601 8 here"],
            "2028 1601 8",
        ),
        (["customer: I'm showing 1549211 as the clinic ID."], "1549211"),
    ],
)
def test_a_record_by_the_names_clinics_give_it(qa_find, turns, text):
    found = qa_find(turns, ["MEDICAL_RECORD_NUMBER"], plugins=("hipaa",))
    assert ("MEDICAL_RECORD_NUMBER", len(turns) - 1, text) in found


def test_an_id_never_runs_on_into_the_next_line_of_a_form(qa_find):
    found = qa_find(["customer: MRN: 429 994 079\n73.23.71.118 is the IP"], plugins=("hipaa",))
    assert ("MEDICAL_RECORD_NUMBER", 0, "429 994 079") in found
    assert ("IP_ADDRESS", 0, "73.23.71.118") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jacob lives on 90 Whitchurch Road.", "Jacob"),
        ("Tomomi Nishiyama was born in Osaka.", "Tomomi Nishiyama"),
        ("I'm so jealous! said Erle to Maurice", "Erle"),
        ("I want to add Edvard Petrussen as a beneficiary", "Edvard Petrussen"),
    ],
)
def test_a_written_name_by_what_only_people_do(qa_find, text, name):
    assert ("PERSON", 0, name) in qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",))


@pytest.mark.parametrize(
    "text",
    ["The Claims Department said it was fine", "Medicare said no", "Please tell Customer Service"],
)
def test_things_that_say_and_tell_are_no_people(qa_find, text):
    assert qa_find([f"customer: {text}"], ["PERSON"], plugins=("hipaa",)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please let me know.\n\nBest regards,\nARJUN KOWALSKI", "ARJUN KOWALSKI"),
        ("Thanks,\nemily patel", "emily patel"),
    ],
)
def test_the_name_under_a_letters_closing_line(qa_find, text, name):
    email = build_interaction(("customer", text), channel="email")
    assert ("PERSON", 0, name) in qa_find(email, ["PERSON"], plugins=("hipaa",))


@pytest.mark.parametrize("text", ["Thanks,\nSent from my phone", "Regards,\nThe Billing Team"])
def test_a_closing_line_over_no_name(qa_find, text):
    email = build_interaction(("customer", text), channel="email")
    assert qa_find(email, ["PERSON"], plugins=("hipaa",)) == []
