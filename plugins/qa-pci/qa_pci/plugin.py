"""The ``pci`` plugin's hook implementations (entry point ``qa_core: pci``)."""

from __future__ import annotations

from qa_core import RedactionPreset, RuleType, hookimpl

# most specific first: a span two recognisers claim is named by the earlier entity
PCI_ENTITIES = ("CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT")


@hookimpl
def register_redaction_presets() -> list[RedactionPreset]:
    return [RedactionPreset("pci", PCI_ENTITIES, regime="PCI", precedence=20)]


@hookimpl
def register_recognizers() -> list:
    from .recognizers import recognizers

    return recognizers()


@hookimpl
def register_interaction_detectors() -> list:
    from .bare_card_data import BareCardDataDetector
    from .detectors import SplitCardDetector, prompted_detector
    from .spanish import spanish_prompted_detector, spanish_split_card_detector

    return [
        SplitCardDetector(),
        prompted_detector(),
        BareCardDataDetector(),
        spanish_prompted_detector(),
        spanish_split_card_detector(),
    ]


@hookimpl
def register_rule_types() -> list[RuleType]:
    from .rules import NoReadbackRule

    return [NoReadbackRule()]
