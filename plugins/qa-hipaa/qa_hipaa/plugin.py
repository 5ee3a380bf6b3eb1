"""The ``hipaa`` plugin's hook implementations (entry point ``qa_core: hipaa``)."""

from __future__ import annotations

from qa_core import RedactionPreset, hookimpl

# most specific first: a span two recognisers claim is named by the earlier entity
HIPAA_ENTITIES = (
    "US_SSN",
    "MX_CURP",
    "MX_RFC",
    "ES_NIF",
    "ES_NIE",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "DATE_OF_BIRTH",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "URL",
    "PHONE_NUMBER",
    "DRIVER_LICENSE",
    "US_ITIN",
    "US_PASSPORT",
    "VEHICLE_ID",
    "DEVICE_ID",
    "ADDRESS",
    "PERSON",
    "DATE",
)


@hookimpl
def register_redaction_presets() -> list[RedactionPreset]:
    return [RedactionPreset("hipaa", HIPAA_ENTITIES, regime="HIPAA", precedence=10)]


@hookimpl
def register_recognizers() -> list:
    from .recognizers import recognizers

    return recognizers()


@hookimpl
def register_interaction_detectors() -> list:
    from .address_parts import AddressParts
    from .birth_dates import BirthDateDetector
    from .detectors import PersonDetector, prompted_detector
    from .spanish import spanish_prompted_detector
    from .spelled_names import SpelledNames

    return [
        prompted_detector(),
        PersonDetector(),
        BirthDateDetector(),
        spanish_prompted_detector(),
        AddressParts(),
        SpelledNames(),
    ]
