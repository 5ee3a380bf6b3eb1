"""Spoken numbers → digits, and the exact way back to the original characters."""

import pytest

from qa_core import SpokenView


@pytest.mark.parametrize(
    ("said", "view"),
    [
        ("four one one one", "4111"),
        ("forty one eleven", "4111"),
        ("double four triple seven oh two", "4477702"),
        ("four one one one, uh, one one one one", "41111111"),
        ("four-one-one-one. one one", "411111"),
        # groups joined by the words a caller puts between them
        ("two two two one next oh two four six then oh four one five", "222102460415"),
        ("four eight three two, and then uh four three nine three", "48324393"),
        ("4417 um 2527 6685 7870", "4417252766857870"),
        ("b b oh oh oh oh", "b b 0000"),  # three "oh"s or more are zeros
        ("twenty twenty six", "2026"),
        ("nineteen seventy two", "1972"),
        ("two thousand and five", "2005"),
        ("two thousand three hundred", "2300"),  # "hundred" scales what followed the thousand
        ("two hundred and twelve dollars", "212 dollars"),
        ("one hundred twenty five", "125"),
        ("eight hundred five five five zero one nine nine", "8005550199"),
        ("oh four twenty seven", "0427"),
        ("one for one one one one one one", "14111111"),  # "for" inside a long number
        ("FOUR ONE One one", "4111"),
        # not numbers
        ("oh, okay", "oh, okay"),
        ("oh oh, I forgot", "oh oh, I forgot"),
        ("thanks for one more thing", "thanks for 1 more thing"),
        ("from one to five", "from 1 to 5"),
        ("I'll be there at four", "I'll be there at 4"),
        ("11/03/1988 and 555-123-4567", "11/03/1988 and 555-123-4567"),
        ("call 555-123-4567 then", "call 555-123-4567 then"),
        ("I will do that then", "I will do that then"),
        ("", ""),
    ],
)
def test_view_text(said, view):
    assert SpokenView(said).text == view


@pytest.mark.parametrize(
    ("said", "digits", "original"),
    [
        ("card is forty one eleven ok", "4111", "forty one eleven"),
        ("card is forty one eleven ok", "11", "eleven"),
        ("code: seven, uh, three one.", "731", "seven, uh, three one"),
        ("double four", "44", "double four"),
        ("call 555-123-4567 now", "555-123-4567", "555-123-4567"),
        ("héllo twenty twenty six", "2026", "twenty twenty six"),
    ],
)
def test_spans_map_back_exactly(said, digits, original):
    view = SpokenView(said)
    at = view.text.rindex(digits)
    start, end = view.original_span(at, at + len(digits))
    assert said[start:end] == original


def test_every_view_character_maps_inside_the_original():
    said = "my number is five five five, one two three, four five six seven, thanks"
    view = SpokenView(said)
    for i in range(len(view.text)):
        start, end = view.original_span(i, i + 1)
        assert 0 <= start < end <= len(said)


def test_a_long_text_is_linear():
    said = "four one one one and some words " * 40_000  # ~1.3 MB
    view = SpokenView(said)
    assert view.text.count("4111") == 40_000
    start, end = view.original_span(len(view.text) - 20, len(view.text) - 16)
    assert said[start:end] == "four one one one"
