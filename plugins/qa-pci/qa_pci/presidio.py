"""Presidio's own payment recognisers, taken where they are right on typed text.

Cards (brand patterns and the Luhn check), IBANs (country formats and mod 97), US bank
and ABA routing numbers; the latter three report ``BANK_ACCOUNT``, the contract's name.
They run over each turn as written and over its typed view of speech; Presidio's own
recogniser tests are this plugin's floor (``tests/test_presidio_table.py``).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    AbaRoutingRecognizer,
    CreditCardRecognizer,
    IbanRecognizer,
    UsBankRecognizer,
)


def presidio_recognizers() -> list[EntityRecognizer]:
    return [
        CreditCardRecognizer(),
        IbanRecognizer(supported_entity="BANK_ACCOUNT"),
        UsBankRecognizer(supported_entity="BANK_ACCOUNT"),
        AbaRoutingRecognizer(supported_entity="BANK_ACCOUNT"),
    ]
