"""The ``hipaa`` plugin's hook implementations (entry point ``qa_core: hipaa``)."""

from __future__ import annotations

from qa_core import RedactionPreset, hookimpl

HIPAA_ENTITIES = (
    "PERSON",
    "DATE_OF_BIRTH",
    "DATE",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "US_SSN",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "IP_ADDRESS",
    "URL",
    "DRIVER_LICENSE",
    "US_ITIN",
    "US_PASSPORT",
    "VEHICLE_ID",
    "DEVICE_ID",
)


@hookimpl
def register_redaction_presets() -> list[RedactionPreset]:
    return [RedactionPreset("hipaa", HIPAA_ENTITIES)]


@hookimpl
def register_recognizers() -> list:
    from .recognizers import recognizers

    return recognizers()


@hookimpl
def register_interaction_detectors() -> list:
    from .detectors import PersonDetector, prompted_detector

    return [prompted_detector(), PersonDetector()]
