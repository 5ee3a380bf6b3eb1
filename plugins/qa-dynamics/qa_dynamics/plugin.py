"""The ``dynamics`` plugin's hook implementations (entry point ``qa_core: dynamics``)."""

from __future__ import annotations

from qa_core import RuleType, hookimpl

from .rules import HoldRule, InterruptionRule, SilenceRule, TalkShareRule


@hookimpl
def register_rule_types() -> list[RuleType]:
    return [SilenceRule(), InterruptionRule(), TalkShareRule(), HoldRule()]
