"""The ``script`` plugin's hook implementations (entry point ``qa_core: script``)."""

from __future__ import annotations

from qa_core import RuleType, hookimpl

from .rules import ForbiddenRule, OrderRule, PhraseRule


@hookimpl
def register_rule_types() -> list[RuleType]:
    return [PhraseRule(), ForbiddenRule(), OrderRule()]
