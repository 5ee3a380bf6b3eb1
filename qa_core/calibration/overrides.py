"""Evaluators' overrides: a person's result for one criterion, the machine's kept beside it.

An override names the interaction, the criterion (and the ruleset when more than one
stored result has that criterion), the new result and a reason. The reason may quote
the call, so it is sealed under the interaction's data key; the audit entry records who
overrode what, never the reason's text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from ..errors import UserError
from ..reporting.source import Filters, newest_pages, open_line
from ..store.audit import actor
from ..store.schema import Dispute, Override, StoredInteraction
from ..store.store import Store

RESULTS = ("met", "not_met", "na")


@dataclass(frozen=True)
class Overridden:
    interaction_id: str
    ruleset_id: str
    criterion_id: str
    machine_result: str
    result: str
    actor: str
    at: datetime


def _label(ruleset_id: str, criterion_id: str) -> str:
    return f"override|{ruleset_id}|{criterion_id}"


def add_override(
    store: Store,
    interaction_id: str,
    criterion_id: str,
    result: str,
    reason: str,
    ruleset_id: str | None = None,
) -> Overridden:
    if result not in RESULTS:
        raise UserError(f"result must be one of {', '.join(RESULTS)}", where="--result")
    if not reason.strip():
        raise UserError("say why (the reason is stored encrypted)", where="--reason")
    machine = _machine_results(store, interaction_id, criterion_id, ruleset_id)
    if not machine:
        raise UserError(
            f"no stored result of {interaction_id!r} has criterion {criterion_id!r}"
            + (f" under ruleset {ruleset_id!r}" if ruleset_id else "")
            + " (scan it first)",
            where="override",
        )
    if len(machine) > 1:
        names = ", ".join(sorted(machine))
        raise UserError(
            f"criterion {criterion_id!r} is in rulesets {names}; name one with --ruleset",
            where="override",
        )
    ((ruleset, machine_result),) = machine.items()
    with Session(store.engine) as session:
        row = session.get(StoredInteraction, interaction_id)
        assert row is not None
        nonce, ciphertext = store.seal_result(
            row, _label(ruleset, criterion_id), reason.strip().encode("utf-8")
        )
        override = Override(
            interaction_id=interaction_id,
            ruleset_id=ruleset,
            criterion_id=criterion_id,
            machine_result=machine_result,
            result=result,
            actor=actor(),
            at=datetime.now(UTC),
            nonce=nonce,
            ciphertext=ciphertext,
        )
        session.add(override)
        store.audit(
            session,
            "override",
            interaction_id,
            {
                "ruleset": ruleset,
                "criterion": criterion_id,
                "machine": machine_result,
                "result": result,
            },
        )
        session.commit()
        session.refresh(override)
        return _overridden(override)


def _machine_results(
    store: Store, interaction_id: str, criterion_id: str, ruleset_id: str | None
) -> dict[str, str]:
    """ruleset id → the machine's result for the criterion in the newest stored result."""
    with Session(store.engine) as session:
        if session.get(StoredInteraction, interaction_id) is None:
            raise UserError(f"no interaction {interaction_id!r} in the store", where="override")
    found: dict[str, str] = {}
    filters = Filters(ruleset=ruleset_id)
    for page in newest_pages(store, filters, only=[interaction_id]):
        for result, row in page:
            line = open_line(store, row, result)
            for criterion in line.get("criteria", []):
                if criterion["id"] == criterion_id:
                    found[result.ruleset_id] = criterion["result"]
    return found


def _overridden(o: Override) -> Overridden:
    return Overridden(
        o.interaction_id, o.ruleset_id, o.criterion_id, o.machine_result, o.result, o.actor, o.at
    )


def overrides(store: Store, interaction_id: str | None = None) -> list[Overridden]:
    """The newest override per (interaction, ruleset, criterion, evaluator), oldest first."""
    with Session(store.engine) as session:
        query = select(Override).order_by(Override.id)
        if interaction_id is not None:
            query = query.where(Override.interaction_id == interaction_id)
        newest: dict[tuple, Override] = {}
        for o in session.exec(query):
            newest[(o.interaction_id, o.ruleset_id, o.criterion_id, o.actor)] = o
        return [_overridden(o) for o in newest.values()]


def reason_of(store: Store, interaction_id: str, o: Overridden) -> str:
    """The reason, decrypted (for the evaluator's own listing, never a report)."""
    with Session(store.engine) as session:
        row = session.get(StoredInteraction, interaction_id)
        stored = session.exec(
            select(Override)
            .where(Override.interaction_id == interaction_id)
            .where(Override.criterion_id == o.criterion_id)
            .where(Override.actor == o.actor)
            .order_by(Override.id.desc())
        ).first()
    if row is None or stored is None:
        return ""
    payload = store.open_result(
        row, _label(o.ruleset_id, o.criterion_id), stored.nonce, stored.ciphertext
    )
    return payload.decode("utf-8")


def as_rating_rows(store: Store) -> list[tuple[str, str, str, str]]:
    """Overrides as ratings: (interaction, evaluator, criterion, result)."""
    return [(o.interaction_id, o.actor, o.criterion_id, o.result) for o in overrides(store)]


def to_json(o: Overridden) -> dict:
    return json.loads(json.dumps(o.__dict__, default=str))


def overturn_rates(store: Store) -> dict[str, dict[str, int | float]]:
    """Per criterion: agents' disputes resolved, how many overturned the machine, and
    the share (the console records disputes; calibration reports them)."""
    found: dict[str, dict[str, int | float]] = {}
    with Session(store.reader) as session:
        for d in session.exec(select(Dispute).where(Dispute.status != "open")):
            item = found.setdefault(d.criterion_id, {"resolved": 0, "overturned": 0})
            item["resolved"] += 1
            item["overturned"] += d.status == "overturned"
    for item in found.values():
        item["rate"] = item["overturned"] / item["resolved"]
    return dict(sorted(found.items()))
