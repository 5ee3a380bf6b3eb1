"""Presidio's own payment recognisers, taken where they are right on typed text.

Cards (brand patterns and the Luhn check), IBANs (country formats and mod 97) and US
bank numbers, both reported as ``BANK_ACCOUNT``, the contract's name. Presidio's ABA
routing recogniser is left out: it scores any nine digits that pass the checksum (one
number in ten) as certain; ``recognizers.py`` asks for routing context first.
They run over each turn as written and over its typed view of speech; Presidio's own
recogniser tests are this plugin's floor (``tests/test_presidio_table.py``).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    UsBankRecognizer,
)

BANK_CONTEXT = ["bank", "checking", "savings", "routing", "ach", "deposit", "debit", "wire"]


def presidio_recognizers() -> list[EntityRecognizer]:
    return [
        CreditCardRecognizer(),
        IbanRecognizer(supported_entity="BANK_ACCOUNT"),
        # an "account number" alone is not a bank's: hipaa's ACCOUNT_NUMBER takes it
        UsBankRecognizer(supported_entity="BANK_ACCOUNT", context=BANK_CONTEXT),
    ]
