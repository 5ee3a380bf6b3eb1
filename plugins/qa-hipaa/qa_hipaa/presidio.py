"""Presidio's own identifier recognisers, taken where they are right on typed text.

SSNs (with its invalid-number rules), phone numbers through ``phonenumbers`` in the
regions Presidio uses by default, e-mail, IP (v4 and v6), URLs (with domain
checks), US driver's licence, ITIN and passport numbers, and Medicare beneficiary
identifiers (``HEALTH_PLAN_ID``). They run over each turn as written and over its
typed view of speech; Presidio's recogniser tests are the floor.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsMbiRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

# Presidio's default regions (each costs a pass of phonenumbers' matcher over the text;
# numbers written with "+" and a country code are found whatever the region)
PHONE_REGIONS = ("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR")


PHONE_CONTEXT = [
    "phone", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "reach",
    "text", "contact", "landline", "callback",
]  # fmt: skip


# no phone number of any region is shorter than this (national significant number)
MIN_PHONE_DIGITS = 5


class DigitGatedPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recogniser, not run over text too short of digits to hold a
    phone number: phonenumbers' matcher costs more than the rest of a turn's recognisers
    together, and most turns of a conversation hold no number at all."""

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        if sum(ch.isdigit() for ch in text) < MIN_PHONE_DIGITS:
            return []
        return super().analyze(text, entities, nlp_artifacts)


def presidio_recognizers() -> list[EntityRecognizer]:
    return [
        UsSsnRecognizer(),
        # Presidio scores a phone-shaped number 0.4 and lets context decide; "number"
        # (in its own context list) is said of every number, so it is not context here
        DigitGatedPhoneRecognizer(supported_regions=PHONE_REGIONS, context=PHONE_CONTEXT),
        EmailRecognizer(),
        IpRecognizer(),
        UrlRecognizer(),
        UsLicenseRecognizer(supported_entity="DRIVER_LICENSE"),
        UsItinRecognizer(),
        UsPassportRecognizer(),
        UsMbiRecognizer(supported_entity="HEALTH_PLAN_ID"),
    ]
