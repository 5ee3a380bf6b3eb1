"""Legal holds: what no purge or retention run may touch, by interaction or customer."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from ..errors import UserError
from .envelope import keyed_mac
from .schema import Hold
from .store import Store


def _target(
    store: Store, interaction_id: str | None, customer_id: str | None
) -> tuple[str, str, str]:
    """(kind, ref, what the audit trail may say about it)."""
    if bool(interaction_id) == bool(customer_id):
        raise UserError("name exactly one of --id or --customer", where="hold")
    if interaction_id:
        return "interaction", interaction_id, interaction_id
    ref = keyed_mac(store.mac_key, "customer|" + str(customer_id))
    return "customer", ref, f"customer {ref[:12]}"


def add_hold(
    store: Store, interaction_id: str | None, customer_id: str | None, reason: str
) -> bool:
    if not reason.strip():
        raise UserError("a hold needs a reason", where="--reason")
    kind, ref, label = _target(store, interaction_id, customer_id)
    with Session(store.engine) as session:
        if session.exec(select(Hold).where(Hold.kind == kind, Hold.ref == ref)).first():
            return False
        session.add(Hold(kind=kind, ref=ref, reason=reason.strip(), created_at=datetime.now(UTC)))
        store.audit(session, "hold_add", label, {"kind": kind})
        session.commit()
    return True


def remove_hold(store: Store, interaction_id: str | None, customer_id: str | None) -> bool:
    kind, ref, label = _target(store, interaction_id, customer_id)
    with Session(store.engine) as session:
        hold = session.exec(select(Hold).where(Hold.kind == kind, Hold.ref == ref)).first()
        if hold is None:
            return False
        session.delete(hold)
        store.audit(session, "hold_remove", label, {"kind": kind})
        session.commit()
    return True


def list_holds(store: Store) -> list[dict]:
    with Session(store.engine) as session:
        return [
            {
                "kind": h.kind,
                "ref": h.ref if h.kind == "interaction" else h.ref[:12],
                "reason": h.reason,
                "created_at": h.created_at.isoformat(),
            }
            for h in session.exec(select(Hold).order_by(Hold.id))
        ]
