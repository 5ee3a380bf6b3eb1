"""What a report says about criteria: titles, sections, critical flags, coaching text.

Results carry criterion ids and their ruleset's hash, not prose; the prose comes from
the ruleset files the report can see (the bundled ones and any ``--ruleset`` given),
matched by hash first, then by id (a title rarely changes between versions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import UserError
from ..plugins import QAPluginManager
from ..ruleset.catalog import bundled_rulesets, resolve_ruleset
from ..ruleset.compiled import Ruleset
from ..ruleset.loader import load_ruleset


@dataclass(frozen=True)
class CriterionInfo:
    id: str
    title: str
    section: str
    critical: bool
    coaching: str | None


class RulesetCatalog:
    def __init__(self, pm: QAPluginManager, extra: Sequence[str] = ()) -> None:
        loaded: list[Ruleset] = [resolve_ruleset(ref, pm) for ref in extra]
        for bundled in bundled_rulesets(pm).values():
            try:
                loaded.append(load_ruleset(bundled.path, pm))
            except UserError:  # a bundled ruleset whose plugin is missing: ids only
                continue
        self.by_sha = {r.sha256: r for r in loaded}
        self.by_id: dict[str, Ruleset] = {}
        for ruleset in loaded:
            known = self.by_id.get(ruleset.id)
            if known is None or ruleset.version > known.version:
                self.by_id[ruleset.id] = ruleset

    def ruleset(self, sha256: str, ruleset_id: str) -> Ruleset | None:
        return self.by_sha.get(sha256) or self.by_id.get(ruleset_id)

    def title(self, sha256: str, ruleset_id: str) -> str:
        ruleset = self.ruleset(sha256, ruleset_id)
        return (ruleset.title if ruleset and ruleset.title else None) or ruleset_id

    def criterion(self, sha256: str, ruleset_id: str, criterion_id: str) -> CriterionInfo:
        ruleset = self.ruleset(sha256, ruleset_id)
        for criterion in ruleset.criteria if ruleset else ():
            if criterion.id == criterion_id:
                return CriterionInfo(
                    criterion_id,
                    criterion.title or criterion_id,
                    criterion.section,
                    criterion.critical,
                    criterion.coaching,
                )
        return CriterionInfo(criterion_id, criterion_id, "", False, None)
