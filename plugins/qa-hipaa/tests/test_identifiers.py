"""HIPAA identifiers in conversation, cased and lower-case ASR (table-driven)."""

import pytest


@pytest.mark.parametrize(
    ("turns", "entity", "text"),
    [
        # names: NER, conversational patterns, answers, spelled, mentioned again
        (["customer: Hi, my name is Daniel Okafor."], "PERSON", "Daniel Okafor"),
        (["customer: hi my name is daniel okafor"], "PERSON", "daniel okafor"),
        (["customer: this is priya calling about my claim"], "PERSON", "priya"),
        (["agent: who am I speaking with?", "customer: it's hiroshi"], "PERSON", "hiroshi"),
        (
            ["agent: and your last name", "customer: rossi that's r o s s i"],
            "PERSON",
            "rossi that's r o s s i",
        ),
        (
            ["customer: my name is Amara Mensah", "agent: Thanks Amara, how can I help?"],
            "PERSON",
            "Amara",
        ),
        # dates of birth and of service
        (
            [
                "agent: can you confirm your date of birth",
                "customer: june fourth nineteen seventy two",
            ],
            "DATE_OF_BIRTH",
            "june fourth nineteen seventy two",
        ),
        (["customer: my date of birth is 06/04/1972"], "DATE_OF_BIRTH", "06/04/1972"),
        (
            ["agent: date of birth?", "customer: the twenty first of May 1990"],
            "DATE_OF_BIRTH",
            "the twenty first of May 1990",
        ),
        (["customer: I was admitted on March third"], "DATE", "March third"),
        # phones, emails
        (["customer: call me at (555) 234-5678"], "PHONE_NUMBER", "(555) 234-5678"),
        (
            [
                "agent: best phone number to reach you?",
                "customer: five five five two three four five six seven eight",
            ],
            "PHONE_NUMBER",
            "five five five two three four five six seven eight",
        ),
        (["customer: it's john.smith@example.com"], "EMAIL_ADDRESS", "john.smith@example.com"),
        (
            ["customer: john dot smith at example dot com"],
            "EMAIL_ADDRESS",
            "john dot smith at example dot com",
        ),
        # SSNs
        (["customer: my social security number is 123-45-6789"], "US_SSN", "123-45-6789"),
        (
            ["customer: my social is one two three four five six seven eight nine"],
            "US_SSN",
            "one two three four five six seven eight nine",
        ),
        (
            [
                "agent: can you verify the last four of your social",
                "customer: sure six seven eight nine",
            ],
            "US_SSN",
            "six seven eight nine",
        ),
        # addresses
        (
            ["customer: I live at 210 Elm Street, Springfield"],
            "ADDRESS",
            "210 Elm Street, Springfield",
        ),
        (
            ["customer: two ten elm street apartment four"],
            "ADDRESS",
            "two ten elm street apartment four",
        ),
        (
            ["agent: and the zip code", "customer: nine oh two one oh"],
            "ADDRESS",
            "nine oh two one oh",
        ),
        # record, plan and account numbers
        (["customer: my medical record number is 00123456"], "MEDICAL_RECORD_NUMBER", "00123456"),
        (
            ["agent: can I have your member ID?", "customer: b h h four four one nine zero two"],
            "HEALTH_PLAN_ID",
            "b h h four four one nine zero two",
        ),
        (["customer: my member id is BHH441902"], "HEALTH_PLAN_ID", "BHH441902"),
        (["customer: the account number is 5320795226"], "ACCOUNT_NUMBER", "5320795226"),
        # network identifiers
        (["customer: my IP address 10.20.30.40 is blocked"], "IP_ADDRESS", "10.20.30.40"),
        (["agent: see www.example.com/members/noah"], "URL", "www.example.com/members/noah"),
        (
            ["agent: go to www dot example dot com slash claims"],
            "URL",
            "www dot example dot com slash claims",
        ),
        (["customer: my driver's license number is D1234567"], "DRIVER_LICENSE", "D1234567"),
    ],
)
def test_identifiers(qa_find, turns, entity, text):
    found = qa_find(turns, plugins=("hipaa",))
    assert (entity, len(turns) - 1, text) in found, found


@pytest.mark.parametrize(
    "turns",
    [
        ["agent: thanks you're all set, have a good day"],
        ["customer: okay, that's fine"],
        ["agent: I'll call you back in five minutes"],
        ["customer: mm hmm"],
        ["agent: thanks for calling BlueHarbor Health"],
    ],
)
def test_no_person_in_pleasantries(qa_find, turns):
    assert [f for f in qa_find(turns, plugins=("hipaa",)) if f[0] == "PERSON"] == []


@pytest.mark.parametrize(
    ("turns", "text"),
    [
        # the group said alone, as a question or a label, and the names cards use
        (["agent: Mind giving me the group?", "customer: Right, M77524."], "M77524"),
        (["customer: GROUP : U69425"], "U69425"),
        (["customer: grp#:t25170"], "t25170"),
        (
            ["agent: Alright, let's do the mbr ID next.", "customer: A R C 138551264."],
            "A R C 138551264",
        ),
        (["customer: I'm including the enrollee ID as well: 21994531602."], "21994531602"),
        # the next sentence names the value the one before ended with
        (
            ["customer: Just so it's on there, 0052804. That's the employer group number."],
            "0052804",
        ),
    ],
)
def test_plan_ids_by_the_names_cards_and_forms_give_them(qa_find, turns, text):
    found = qa_find(turns, ["HEALTH_PLAN_ID"], plugins=("hipaa",))
    assert ("HEALTH_PLAN_ID", len(turns) - 1, text) in found


@pytest.mark.parametrize(
    "text",
    [
        "We joined a support group in 2019 and the group meets at 10200 Main",
        "I paid 44821 yesterday. That's the group session fee.",
    ],
)
def test_a_group_that_is_no_plan_id_types_nothing(qa_find, text):
    assert qa_find([f"customer: {text}"], ["HEALTH_PLAN_ID"], plugins=("hipaa",)) == []
