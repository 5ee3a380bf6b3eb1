"""Presidio's own identifier recognisers, taken where they are right on typed text.

SSNs (with its invalid-number rules), phone numbers through ``phonenumbers`` in the
regions a US contact centre hears most, e-mail, IP (v4 and v6), URLs (with domain
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

from qa_core.analysis.engine import offline_url_checks

# Presidio's defaults plus the regions of the largest caller groups of US centres
PHONE_REGIONS = ("US", "CA", "MX", "GB", "DE", "FR", "ES", "IL", "IN", "BR", "PH", "JP", "CN")


def presidio_recognizers() -> list[EntityRecognizer]:
    offline_url_checks()
    return [
        UsSsnRecognizer(),
        PhoneRecognizer(supported_regions=PHONE_REGIONS),
        EmailRecognizer(),
        IpRecognizer(),
        UrlRecognizer(),
        UsLicenseRecognizer(supported_entity="DRIVER_LICENSE"),
        UsItinRecognizer(),
        UsPassportRecognizer(),
        UsMbiRecognizer(supported_entity="HEALTH_PLAN_ID"),
    ]
