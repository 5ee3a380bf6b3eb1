"""Evidence offsets into the original text, mapped onto the stored redacted text."""

import pytest

from qa_core.reporting.snippets import snippet

ORIGINAL = "my card is 4111 1111 1111 1111 and my name is Ann Lee, thanks"
CARD = {"entity": "CREDIT_CARD", "turn": 0, "start": 11, "end": 30}
NAME = {"entity": "PERSON", "turn": 0, "start": 46, "end": 53}


def redacted(style: str) -> str:
    tokens = {
        "tag": ("[CREDIT_CARD]", "[PERSON]"),
        "hash": ("[CREDIT_CARD:0a1b2c3d]", "[PERSON:99aa88bb]"),
        "mask": ("**** **** **** ****", "*** ***"),
    }[style]
    return f"my card is {tokens[0]} and my name is {tokens[1]}, thanks"


def line(style: str) -> dict:
    return {"findings": [NAME, CARD], "turns": [{"speaker": "customer", "text": redacted(style)}]}


@pytest.mark.parametrize("style", ["tag", "hash", "mask"])
@pytest.mark.parametrize(
    ("start", "end", "marked"),
    [
        (0, 7, "my card"),  # before any finding
        (54, 61, "thanks"),  # after both: shifted by both tokens
        (31, 34, "and"),  # between
        (11, 30, "{card}"),  # exactly a finding
        (15, 20, "{card}"),  # inside a finding: the whole token
        (3, 35, "card is {card} and"),  # across a finding
    ],
)
def test_evidence_marks_the_same_words_in_the_redacted_text(style, start, end, marked):
    card, _ = redacted(style).split(" and my name")[0].split("is ", 1)[1], None
    expected = marked.replace("{card}", card)
    found = snippet(line(style), 0, start, end)
    assert found.marked.strip(", ") == expected
    assert found.text == redacted(style)
    assert (
        ORIGINAL[start:end] not in found.marked
        or start >= 54
        or end <= 11
        or (start, end) == (31, 34)
    )


def test_evidence_for_a_missing_turn_is_left_out():
    assert snippet(line("tag"), 3, 0, 4) is None
