"""``qa learn export``: evaluators' verdicts in the store, as ``qa learn`` examples.

A verdict is a person's ``met`` or ``not_met`` for the criterion on a stored
interaction: a calibration session's rating (``met``/``not_met``, 1/0, yes/no; the
console's review queue lands there too), an override of the machine's result (an
overturned dispute is one), or an upheld dispute (the machine's result, confirmed).
Where people disagree on one interaction the majority decides, and a tie is left out
(counted, not guessed). Interactions are written redacted under the ruleset's policy,
as a report would show them; the original text needs a reason, which the audit trail
keeps.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from ..analysis.analyzer import InteractionAnalyzer
from ..analysis.redaction import effective_style, redacted_turns
from ..atomic import atomic_text_writer
from ..calibration.overrides import overrides
from ..iterating import batched
from ..model import Interaction
from ..plugins import QAPluginManager
from ..ruleset.compiled import Ruleset
from ..store.schema import CalibrationRating, Dispute, StoredInteraction
from ..store.store import Store

YES = {"met", "1", "1.0", "yes", "true", "pass"}
NO = {"not_met", "0", "0.0", "no", "false", "fail"}


@dataclass(frozen=True)
class Exported:
    written: int
    met: int
    not_met: int
    ties: int
    verdicts: int

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def verdicts(store: Store, criterion: str, ruleset_id: str | None) -> dict[str, list[bool]]:
    """interaction id → every person's verdict on ``criterion``."""
    found: dict[str, list[bool]] = {}
    with Session(store.engine) as session:
        rows = session.exec(
            select(CalibrationRating)
            .where(CalibrationRating.criterion_id == criterion)
            .order_by(CalibrationRating.id)
        )
        for r in rows:
            value = r.value.strip().lower()
            if value in YES or value in NO:
                found.setdefault(r.item_id, []).append(value in YES)
        # an upheld dispute is a person agreeing with the machine (an overturned one is
        # already an override, below)
        upheld = select(Dispute).where(
            Dispute.criterion_id == criterion, Dispute.status == "upheld"
        )
        for d in session.exec(upheld):
            if d.machine_result in ("met", "not_met") and ruleset_id in (None, d.ruleset_id):
                found.setdefault(d.interaction_id, []).append(d.machine_result == "met")
    for o in overrides(store):
        if o.criterion_id != criterion or o.result not in ("met", "not_met"):
            continue
        if ruleset_id is None or o.ruleset_id == ruleset_id:
            found.setdefault(o.interaction_id, []).append(o.result == "met")
    return found


def export_examples(
    store: Store,
    pm: QAPluginManager,
    ruleset: Ruleset,
    criterion: str,
    out: Path,
    *,
    ruleset_filter: str | None,
    reason: str | None = None,
) -> Exported:
    """Write one line per stored interaction with a majority verdict; ``reason`` given:
    the original text (audited), else redacted under ``ruleset``'s policy."""
    every = verdicts(store, criterion, ruleset_filter)
    stored: set[str] = set()
    with Session(store.engine) as session:
        for ids in batched(sorted(every), 500):
            query = select(StoredInteraction.id).where(StoredInteraction.id.in_(ids))
            stored.update(session.exec(query))
    found = {i: v for i, v in every.items() if i in stored}
    counts = Counter()
    analyzer = None if reason else InteractionAnalyzer(pm, ruleset.redaction.entities)
    key = store.redaction_key()
    style = effective_style(ruleset.redaction.style, key)
    with atomic_text_writer(out) as handle:
        for interaction_id in sorted(found):
            votes = Counter(found[interaction_id])
            if votes[True] == votes[False]:
                counts["ties"] += 1
                continue
            met = votes[True] > votes[False]
            interaction = store.get(interaction_id)
            data = (
                interaction.to_json_dict()
                if reason
                else _redacted(interaction, analyzer, style, key)
            )
            handle.write(json.dumps({"interaction": data, "met": met}, ensure_ascii=False) + "\n")
            counts["met" if met else "not_met"] += 1
    done = Exported(
        counts["met"] + counts["not_met"],
        counts["met"],
        counts["not_met"],
        counts["ties"],
        sum(len(v) for v in found.values()),
    )
    details: dict[str, Any] = {"criterion": criterion, **done.to_json(), "redacted": not reason}
    if reason:
        details["reason"] = reason
    store.record("learn_export", criterion, details)
    return done


def _redacted(interaction: Interaction, analyzer: Any, style: str, key: bytes) -> dict[str, Any]:
    """The interaction as JSON with each turn's text redacted, no word timings, and
    neither the customer's id nor free-form metadata (a model learns from the words)."""
    data = interaction.to_json_dict()
    data.pop("customer_id", None)
    data.pop("metadata", None)
    data["turns"] = redacted_turns(interaction, analyzer.analyze(interaction), style, key)
    return data
