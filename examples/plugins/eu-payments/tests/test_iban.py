"""IBANs typed and spoken, validated by Presidio (format and mod-97), through qa_core."""

import pytest
from qa_core.testing import assert_found, find, find_with

from eu_payments.iban import ENTITY, SpokenIbanRecognizer

# the IBANs of the ISO 13616 and national banks' documentation examples
GERMAN = "DE89 3704 0044 0532 0130 00"
BRITISH = "GB82 WEST 1234 5698 7654 32"


@pytest.mark.parametrize(
    "said",
    [
        GERMAN,
        GERMAN.replace(" ", ""),
        BRITISH,
        "D E eight nine three seven zero four zero zero four four zero five three two zero "
        "one three zero zero zero",
        "G B eight two W E S T one two three four five six nine eight seven six five four "
        "three two",
    ],
)
def test_an_iban_is_found_typed_or_spoken(pm, said):
    assert_found(find(pm, f"customer: my IBAN is {said}, thanks", [ENTITY]), [(ENTITY, said)])


def test_a_wrong_check_digit_is_not_an_iban(pm):
    assert find(pm, "customer: it's DE88 3704 0044 0532 0130 00", [ENTITY]) == []


def test_numbers_said_after_the_iban_do_not_hide_it(pm):
    found = find(pm, f"customer: {GERMAN.replace(' ', '')} 2 days from today", [ENTITY])
    assert_found(found, [(ENTITY, GERMAN.replace(" ", ""))])


def test_the_recogniser_works_on_its_own():
    assert_found(find_with([SpokenIbanRecognizer()], f"customer: {BRITISH}"), [(ENTITY, BRITISH)])


def test_order_numbers_and_phone_numbers_are_not_ibans(pm):
    text = "customer: order AB12 3456 7890 1234 shipped, call 0049 30 1234567"
    assert find(pm, text, [ENTITY]) == []
