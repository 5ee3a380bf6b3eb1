"""Evidence offsets into the original text, mapped onto the stored redacted text with the
spans redaction itself returned (never by guessing at token lengths)."""

import pytest

from qa_core.analysis.findings import Finding
from qa_core.analysis.redaction import redact
from qa_core.reporting.snippets import snippet

ORIGINAL = "my card is 4111 1111 1111 1111 and my name is Ann Lee, thanks"
CARD = Finding(0, 11, 30, "CREDIT_CARD", 1.0)
NAME = Finding(0, 46, 53, "PERSON", 0.85)
KEY = b"k" * 32


def line(style: str) -> dict:
    text, spans = redact(ORIGINAL, [NAME, CARD], style, KEY)
    return {
        "findings": [CARD.to_json(), NAME.to_json()],
        "turns": [{"speaker": "customer", "text": text}],
        "redactions": [s.to_json() for s in spans],
    }


def card_token(style: str) -> str:
    text = line(style)["turns"][0]["text"]
    return text.split("is ", 1)[1].split(" and my name")[0]


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
    found = snippet(line(style), 0, start, end)
    assert found.marked.strip(", ") == marked.replace("{card}", card_token(style))
    assert found.text == line(style)["turns"][0]["text"]
    assert "4111" not in found.text and "Ann" not in found.text


def test_a_token_that_looks_like_another_style_is_still_placed_right():
    """A masked value whose stars happen to read like a tag: the spans, not the text,
    say where the token is."""
    tricky = "card [CREDIT_CARD] then 4111111111111111 ok"
    finding = Finding(0, 24, 40, "CREDIT_CARD", 1.0)
    text, spans = redact(tricky, [finding], "tag")
    stored = {
        "findings": [finding.to_json()],
        "turns": [{"speaker": "customer", "text": text}],
        "redactions": [s.to_json() for s in spans],
    }
    assert snippet(stored, 0, 41, 43).marked == "ok"
    assert snippet(stored, 0, 24, 40).marked == "[CREDIT_CARD]"
    assert snippet(stored, 0, 24, 40).before == "card [CREDIT_CARD] then "


def test_a_line_stored_before_redactions_were_kept_marks_the_whole_turn():
    old = {k: v for k, v in line("tag").items() if k != "redactions"}
    found = snippet(old, 0, 31, 34)
    assert (found.before, found.after) == ("", "")
    assert found.marked == old["turns"][0]["text"]


def test_evidence_for_a_missing_turn_is_left_out():
    assert snippet(line("tag"), 3, 0, 4) is None
