"""The typed view: what a person would have typed, with an exact way back; and the
analysis that reads it, by properties over random values, forms and contexts."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_core import TypedView
from qa_core.testing import analyze, build_interaction, plugin_manager_with

DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alpha bravo charlie delta echo foxtrot golf "
    "hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango "
    "uniform victor whiskey xray yankee zulu".split(), strict=True))  # fmt: skip
EXAMPLES = dict(zip("abcdefghijklmnopqrstuvwxyz", "apple boy cat dog edward frank george "
    "henry ida john king larry mary nancy ocean peter queen robert sam tom uncle victor "
    "william xylophone yellow zebra".split(), strict=True))  # fmt: skip


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("my member id is a as in apple b as in boy seven two nine", "my member id is AB729"),
        ("mrn bravo charlie four four one nine", "mrn BC4419"),
        ("it's j dot smith at gmail dot com thanks", "it's j.smith@gmail.com thanks"),
        ("j o h n underscore d o e at yahoo dot com", "JOHN_DOE@yahoo.com"),
        ("go to www dot clinic dot org slash forms", "go to www.clinic.org/forms"),
        ("the ip is ten point zero point one point two", "the ip is 10.0.1.2"),
        ("member i d x y z one two three", "member id XYZ123"),
        ("double s", "double s"),  # one unit alone is no spelling
        ("k double l y", "KLLY"),
        # not spelling
        ("i am at home", "i am at home"),
        ("call me at five five five", "call me at 555"),
        ("a dot", "a dot"),
        ("meet at noon dot", "meet at noon dot"),
        ("my email is already on file", "my email is already on file"),
    ],
)
def test_typed_text(said, typed):
    assert TypedView(said).text == typed


def test_offsets_map_back_through_every_stage():
    said = "so it's a as in apple seven, and j dot smith at gmail dot com, four one one one"
    view = TypedView(said)
    for value, original in [
        ("A7", "a as in apple seven"),
        ("j.smith@gmail.com", "j dot smith at gmail dot com"),
        ("4111", "four one one one"),
    ]:
        start = view.text.index(value)
        a, b = view.original_span(start, start + len(value))
        assert said[a:b] == original
        assert view.rewritten(start, start + len(value))
    untouched = view.text.index("so it's")
    assert not view.rewritten(untouched, untouched + 7)


# --- properties: a random value in a random form and context is caught exactly ------


def _spoken_digits(digits: str, draw) -> str:
    words = []
    for ch in digits:
        word = DIGIT_WORDS[int(ch)]
        if ch == "0" and draw(st.booleans()):
            word = "oh"
        words.append(word)
    return " ".join(words)


def _luhn_complete(body: str) -> str:
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            value = int(ch) * (2 if i % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return digits
    raise AssertionError


@st.composite
def card_said(draw):
    body = "4" + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=14, max_size=14)))
    digits = _luhn_complete(body)
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    form = draw(st.sampled_from(["typed", "grouped", "dashed", "spoken", "spoken_groups"]))
    if form == "typed":
        value = digits
    elif form == "grouped":
        value = " ".join(groups)
    elif form == "dashed":
        value = "-".join(groups)
    elif form == "spoken":
        value = _spoken_digits(digits, draw)
    else:
        value = ", ".join(_spoken_digits(g, draw) for g in groups)
    lead = draw(
        st.sampled_from(
            [
                "my card number is ",
                "sure it's ",
                "ok the card is ",
                "the long number on the front is ",
                "visa ",
            ]
        )
    )
    tail = draw(st.sampled_from(["", ".", " thanks", ", okay?"]))
    return lead + value + tail, value


@st.composite
def id_spelled(draw):
    letters = draw(st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=2, max_size=3))
    digits = draw(st.text(alphabet="0123456789", min_size=4, max_size=6))
    form = draw(st.sampled_from(["as_in", "nato", "letters"]))
    if form == "as_in":
        said = [f"{ch} as in {EXAMPLES[ch]}" for ch in letters]
    elif form == "nato":
        said = [NATO[ch] for ch in letters]
    else:
        said = list(letters)
    value = " ".join(said) + " " + _spoken_digits(digits, draw)
    lead = draw(st.sampled_from(["my member id is ", "member number ", "the member id is "]))
    return lead + value, value


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def pm():
    return plugin_manager_with("pci", "hipaa")


def _covered(text: str, value: str, findings, entity: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    hits = [f for f in findings if f.entity == entity and f.start < end and f.end > start]
    inside = [i for i in range(start, end) if text[i].isalnum()]
    return bool(hits) and all(any(f.start <= i < f.end for f in hits) for i in inside)


@PROPERTY
@given(card_said())
def test_a_card_in_any_form_is_caught_and_maps_back_exactly(pm, said):
    text, value = said
    findings = analyze(pm, build_interaction(("customer", text)))
    assert _covered(text, value, findings, "CREDIT_CARD"), (text, findings)
    for f in findings:  # spans lie on the original's characters, never past a word
        assert 0 <= f.start < f.end <= len(text)
        assert re.match(r"\w", text[f.start]) and re.match(r"\w", text[f.end - 1])


@PROPERTY
@given(id_spelled())
def test_a_spelled_member_id_is_caught_and_maps_back_exactly(pm, said):
    text, value = said
    findings = analyze(pm, build_interaction(("customer", text)))
    assert _covered(text, value, findings, "HEALTH_PLAN_ID"), (text, findings)


@PROPERTY
@given(card_said())
def test_a_card_said_once_is_found_when_read_back(pm, said):
    text, value = said
    digits = "".join(ch for ch in TypedView(value).text if ch.isdigit())
    readback = "let me read that back: " + " ".join(DIGIT_WORDS[int(d)] for d in digits)
    ending = f"the card ending in {digits[-4:]} is on file"
    interaction = build_interaction(("customer", text), ("agent", readback), ("agent", ending))
    findings = analyze(pm, interaction)
    by_turn = {f.turn for f in findings if f.entity == "CREDIT_CARD"}
    assert by_turn == {0, 1, 2}, findings


@pytest.mark.parametrize(
    ("said", "typed", "covered"),
    [
        ("four one one two, sorry, one one one", "4111", "four one one two, sorry, one one one"),
        ("one one sorry let me start over one six three", "163", None),
        ("it's 4112 i mean 4111 ok", "4111", "4112 i mean 4111"),
        # what was said runs out still agreeing: the wrong digit is the one after it
        ("six six six, sorry, six six four one zero", "66410", None),
    ],
)
def test_a_correction_replaces_what_it_corrects_and_the_value_covers_both(said, typed, covered):
    view = TypedView(said)
    start = view.text.index(typed)
    a, b = view.original_span(start, start + len(typed))
    assert said[a:b] == (covered or said)


def test_no_correction_without_digits_on_both_sides():
    assert TypedView("sorry about that, 123").text == "sorry about that, 123"
    assert TypedView("I have 2 kids, sorry, 3 kids").text == "I have 2 kids, sorry, 3 kids"


def test_at_before_a_web_address_is_the_word():
    said = "see your claims at www dot outlook dot com slash members"
    assert TypedView(said).text == "see your claims at www.outlook.com/members"


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("x-ray yankee zulu one two three", "XYZ123"),
        ("x as in x-ray y as in yellow z as in zebra one two three", "XYZ123"),
        ("a well-known x-ray clinic", "a well-known x-ray clinic"),
    ],
)
def test_hyphenated_spelling_words(said, typed):
    assert TypedView(said).text == typed


def test_an_id_spelled_out_is_known_as_one():
    said = "it's mike romeo four five six seven"
    view = TypedView(said)
    start = said.index("mike")
    assert view.inside_spelled_id(start, start + len("mike romeo"))
    assert not view.inside_spelled_id(0, 4)


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        # the wrong group said again, right, and the number goes on
        (
            "five two zero two, seven seven seven four, eight six one eight, sorry, "
            "eight six one four, eight three zero five",
            "5202777486148305",
        ),
        # corrections in a row apply one after another
        (
            "two two eight, no wait, two two two one, nine one three six, one five zero two, "
            "hold on, that's wrong, one five zero one, seven six two four",
            "2221913615017624",
        ),
        # a restart replaces everything said before it
        ("one one sorry, let me start over, one six three", "163"),
    ],
)
def test_corrections_restart_where_the_speaker_agrees_with_themselves(said, typed):
    assert typed in TypedView(said).text.replace(" ", "")


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("chloe underscore jenkins at sign gmail dot com", "chloe_jenkins@gmail.com"),
        ("m u r p h y dot t o m a s z at symbol att dot net", "MURPHY.TOMASZ@att.net"),
        ("northstarcare dot com forward slash portal", "northstarcare.com/portal"),
    ],
)
def test_symbols_said_in_more_than_one_word(said, typed):
    assert TypedView(said).text == typed


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        # a word, then "that's" and its letters: one value, said and then spelled
        ("mreid, that's M R E I D, at comcast dot net.", "MREID@comcast.net"),
        ("um wadeyemi that's w a d e y e m i at outlook dot com", "WADEYEMI@outlook.com"),
    ],
)
def test_a_word_restated_by_its_letters_is_one_value(said, typed):
    view = TypedView(said, "en")
    start = view.text.index(typed)
    first, last = view.original_span(start, start + len(typed))
    assert said[first:last].split(" ")[0].strip(",") in ("mreid", "wadeyemi")
    assert said[first:last].endswith(("net", "com"))


def test_letters_that_spell_another_word_stay_apart_from_it():
    assert TypedView("my name, that's A B C, is fine", "en").text == "my name, that's ABC, is fine"


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("1 9 2 point 1 6 8 point 0 point 1", "192.168.0.1"),
        ("1 9 2 dot 1 6 8 dot 0 dot 1", "192.168.0.1"),
        ("call 5 5 5 then", "call 5 5 5 then"),  # no address: the digits stay apart
    ],
)
def test_an_address_read_digit_by_digit_by_a_speech_recogniser(said, typed):
    assert TypedView(said, "en").text == typed
