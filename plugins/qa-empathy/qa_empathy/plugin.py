"""The ``empathy`` plugin's hook implementations (entry point ``qa_core: empathy``)."""

from __future__ import annotations

from qa_core import RuleType, hookimpl

from .rules import DismissiveRule, MarkersRule


@hookimpl
def register_rule_types() -> list[RuleType]:
    return [MarkersRule(), DismissiveRule()]
