"""The hook implementations qa_core calls (entry point ``qa_core: eu-payments``).

Imports of heavy modules (Presidio) stay inside the hooks, so ``qa plugins list`` and
commands that never analyse text stay fast.
"""

from __future__ import annotations

from pathlib import Path

from qa_core import RedactionPreset, RuleType, hookimpl


@hookimpl
def register_rule_types() -> list[RuleType]:
    from .notice import NoticeBeforeBankDetailsRule
    from .rules import MentionsRule

    return [MentionsRule(), NoticeBeforeBankDetailsRule()]


@hookimpl
def register_recognizers() -> list:
    from .iban import SpokenIbanRecognizer

    return [SpokenIbanRecognizer()]


@hookimpl
def register_redaction_presets() -> list[RedactionPreset]:
    return [RedactionPreset("sepa", ("IBAN_CODE",))]


@hookimpl
def register_ruleset_dirs() -> list[Path]:
    return [Path(__file__).parent / "rulesets"]
