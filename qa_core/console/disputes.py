"""Disputes: an agent challenges one criterion of its own scorecard; an evaluator or
officer upholds or overturns it with a reason.

Overturning records an override exactly as ``qa override`` does (the same function),
so results, reports and calibration see it. The comment and the reason are sealed under
the interaction's data key; the audit trail records who did what, never their text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, func, select

from ..calibration.overrides import add_override
from ..errors import UserError
from ..reporting.source import Filters, newest_pages, open_line
from ..store.schema import Dispute, StoredInteraction
from ..store.store import Store
from .accounts import User
from .settings import get_setting, set_setting

DEFAULT_WINDOW_DAYS = 14
DECISIONS = {"uphold": "upheld", "overturn": "overturned"}
MAX_TEXT = 4000


@dataclass(frozen=True)
class DisputeView:
    id: int
    interaction_id: str
    ruleset_id: str
    criterion_id: str
    machine_result: str
    agent: str
    status: str
    opened_at: datetime
    comment: str
    resolved_by: str | None
    resolved_at: datetime | None
    reason: str | None


def window_days(store: Store) -> int:
    return get_setting(store, "dispute_window_days", DEFAULT_WINDOW_DAYS, int)


def set_window_days(store: Store, days: int) -> None:
    if not 1 <= days <= 365:
        raise UserError("the dispute window is 1 to 365 days", where="days")
    set_setting(store, "dispute_window_days", days)


def _label(kind: str, d: Dispute) -> str:
    return f"{kind}|{d.id}|{d.ruleset_id}|{d.criterion_id}"


def open_dispute(
    store: Store, user: User, interaction_id: str, criterion: str, comment: str
) -> int:
    """A new open dispute; UserError says why one cannot be opened."""
    comment = comment.strip()
    if not comment:
        raise UserError("say what is wrong with the score", where="comment")
    if len(comment) > MAX_TEXT:
        raise UserError(f"a comment of at most {MAX_TEXT} characters", where="comment")
    machine = {}
    scanned_at = None
    for page in newest_pages(store, Filters(), only=[interaction_id]):
        for result, row in page:
            line = open_line(store, row, result)
            for c in line.get("criteria", []):
                if c["id"] == criterion:
                    machine[result.ruleset_id] = c["result"]
                    scanned_at = result.scanned_at
    if len(machine) != 1:
        raise UserError(f"no scored criterion {criterion!r} on this interaction", where="criterion")
    ((ruleset_id, result),) = machine.items()
    now = datetime.now(UTC)
    scanned = scanned_at if scanned_at.tzinfo else scanned_at.replace(tzinfo=UTC)
    if now - scanned > timedelta(days=window_days(store)):
        raise UserError(
            f"disputes are open for {window_days(store)} days after scoring", where="criterion"
        )
    with Session(store.engine) as session:
        row = session.get(StoredInteraction, interaction_id)
        assert row is not None
        already = session.exec(
            select(Dispute).where(
                Dispute.interaction_id == interaction_id,
                Dispute.criterion_id == criterion,
                Dispute.status == "open",
            )
        ).first()
        if already is not None:
            raise UserError("this criterion is already disputed", where="criterion")
        dispute = Dispute(
            interaction_id=interaction_id,
            ruleset_id=ruleset_id,
            criterion_id=criterion,
            machine_result=result,
            agent=user.name,
            status="open",
            opened_at=now,
            nonce=b"",
            ciphertext=b"",
        )
        session.add(dispute)
        session.flush()  # its number is part of what the comment is sealed to
        dispute.nonce, dispute.ciphertext = store.seal_result(
            row, _label("dispute", dispute), comment.encode("utf-8")
        )
        session.add(dispute)
        store.audit(
            session,
            "dispute_open",
            interaction_id,
            {"dispute": dispute.id, "ruleset": ruleset_id, "criterion": criterion},
        )
        session.commit()
        return int(dispute.id or 0)


def resolve(store: Store, user: User, dispute_id: int, decision: str, reason: str) -> DisputeView:
    """Uphold or overturn; overturning is ``qa override`` with the reason given."""
    if decision not in DECISIONS:
        raise UserError("decision is uphold or overturn", where="decision")
    reason = reason.strip()
    if not reason:
        raise UserError("say why (the reason is stored encrypted)", where="reason")
    with Session(store.engine) as session:
        dispute = session.get(Dispute, dispute_id)
        if dispute is None or dispute.status != "open":
            raise UserError("no open dispute with that number", where="dispute")
        snapshot = Dispute.model_validate(dispute.model_dump())
    if decision == "overturn":  # the override flips the machine's met / not_met
        flipped = {"met": "not_met", "not_met": "met"}.get(snapshot.machine_result, "na")
        add_override(
            store,
            snapshot.interaction_id,
            snapshot.criterion_id,
            flipped,
            f"dispute {dispute_id} overturned: {reason}",
            snapshot.ruleset_id,
        )
    with Session(store.engine) as session:
        dispute = session.get(Dispute, dispute_id)
        row = session.get(StoredInteraction, snapshot.interaction_id)
        assert dispute is not None and row is not None
        dispute.status = DECISIONS[decision]
        dispute.resolved_by = user.name
        dispute.resolved_at = datetime.now(UTC)
        dispute.reason_nonce, dispute.reason_ciphertext = store.seal_result(
            row, _label("dispute-resolution", dispute), reason.encode("utf-8")
        )
        session.add(dispute)
        store.audit(
            session,
            "dispute_resolve",
            dispute.interaction_id,
            {"dispute": dispute_id, "criterion": dispute.criterion_id, "decision": dispute.status},
        )
        session.commit()
        session.refresh(dispute)
        return _view(store, session, dispute)


def disputes(
    store: Store, *, interaction_id: str | None = None, status: str | None = None
) -> list[DisputeView]:
    with Session(store.reader) as session:
        query = select(Dispute).order_by(Dispute.id)
        if interaction_id is not None:
            query = query.where(Dispute.interaction_id == interaction_id)
        if status is not None:
            query = query.where(Dispute.status == status)
        return [_view(store, session, d) for d in session.exec(query)]


def open_count(store: Store) -> int:
    """How many disputes wait for a decision (counted, nothing decrypted)."""
    with Session(store.reader) as session:
        query = select(func.count()).select_from(Dispute).where(Dispute.status == "open")
        return int(session.exec(query).one())


def _view(store: Store, session: Session, d: Dispute) -> DisputeView:
    row = session.get(StoredInteraction, d.interaction_id)
    comment, reason = "(shredded with the interaction)", None
    if row is not None:
        try:
            comment = store.open_result(row, _label("dispute", d), d.nonce, d.ciphertext).decode()
            if d.reason_nonce and d.reason_ciphertext:
                reason = store.open_result(
                    row, _label("dispute-resolution", d), d.reason_nonce, d.reason_ciphertext
                ).decode()
        except Exception:  # a destroyed key: the text is gone, the record stays
            comment = "(shredded with the interaction)"
    return DisputeView(
        int(d.id or 0), d.interaction_id, d.ruleset_id, d.criterion_id, d.machine_result,
        d.agent, d.status, d.opened_at, comment, d.resolved_by, d.resolved_at, reason,
    )  # fmt: skip


def to_json(view: DisputeView) -> dict:
    return json.loads(json.dumps(view.__dict__, default=str))
