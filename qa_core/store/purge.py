"""Crypto-shredding: destroy the scope keys, then the rows, leaving nothing readable.

A purge by customer destroys that customer's scope key; a purge by date destroys the
day keys before the date. Keys live in the keyring, outside the database, so the
purged interactions stay unreadable even in a copy of the database taken before the
purge. Interactions under legal hold are first re-wrapped under a scope of their own
(payload untouched), so destroying the shared key does not touch them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, or_
from sqlmodel import Session, select

from ..errors import UserError
from . import audit
from .envelope import DecryptionError, Sealed, keyed_mac
from .recordings import delete_orphan_recordings
from .schema import Hold, StoredInteraction, StoredResult
from .store import Store


@dataclass
class PurgeResult:
    purged: int = 0
    held: int = 0
    keys_destroyed: int = 0

    def to_json(self) -> dict:
        return {"purged": self.purged, "held": self.held, "keys_destroyed": self.keys_destroyed}


def customer_ref(store: Store, customer_id: str) -> str:
    return keyed_mac(store.mac_key, "customer|" + customer_id)


def purge_customer(store: Store, customer_id: str) -> PurgeResult:
    ref = customer_ref(store, customer_id)
    return _purge(
        store,
        StoredInteraction.customer_ref == ref,
        {f"c:{ref}"},
        "purge_customer",
        {"customer_ref": ref[:12]},
    )


def purge_before(store: Store, before: date) -> PurgeResult:
    cutoff = "d:" + before.isoformat()
    with Session(store.engine) as session:
        scopes = {
            s
            for s in session.exec(
                select(StoredInteraction.period_scope)
                .where(StoredInteraction.period_scope < cutoff)
                .distinct()
            )
        }
    scopes |= {s for s in store.keyring.scopes() if s.startswith("d:2") and s < cutoff}
    return _purge(
        store,
        StoredInteraction.period_scope < cutoff,
        scopes,
        "purge_before",
        {"before": before.isoformat()},
    )


def _purge(
    store: Store,
    condition,
    scopes: set[str],
    action: str,
    details: dict,
) -> PurgeResult:
    """Two steps, each safe to stop after: a rerun completes whatever was left.

    1. Held rows that share a doomed key move under keys of their own (committed).
    2. The keys are destroyed on disk, then the rows and the audit entry saying so are
       committed, under the keyring's lock. If the keyring cannot be written (a full
       disk) nothing is deleted and nothing is claimed; if the commit fails after the
       keys are gone, the rows left behind are unreadable and the rerun deletes them.
    """
    result = PurgeResult()
    store.keyring.begin_sealing()
    with Session(store.engine) as session:
        moved, result.held = _rewrap_held(store, session, condition, scopes)
        if moved:
            with store.keyring.sealing_checked("purge"):
                session.commit()
    with Session(store.engine) as session:
        audit.lock_chain(session)  # before the keyring's lock, as every writer takes them
        # a hold (or a held customer's new row) that landed since step 1 moves too
        result.held += _rewrap_held(store, session, condition, scopes)[0]
        held_ids, held_customers = _holds(session)
        doomed = [
            r.id
            for r in session.exec(select(StoredInteraction).where(condition)).all()
            if r.id not in held_ids and r.customer_ref not in held_customers
        ]
        if doomed:
            session.exec(
                delete(StoredInteraction).where(  # type: ignore[call-overload]
                    StoredInteraction.id.in_(doomed)
                )
            )
        orphans = _delete_orphan_results(session)
        delete_orphan_recordings(session)  # shredded with their keys; the rows go too
        result.purged = len(doomed)
        with store.keyring.destroying(scopes) as destroyed:
            result.keys_destroyed = destroyed
            store.audit(
                session, action, None, {**details, **result.to_json(), "orphan_results": orphans}
            )
            session.commit()
    _scrub(store)
    return result


def _rewrap_held(store: Store, session: Session, condition, scopes: set[str]) -> tuple[int, int]:
    """Held rows the purge names, or that share a doomed key, move under keys of their own.

    Returns (rows moved, held rows the purge names).
    """
    held_ids, held_customers = _holds(session)
    rows = session.exec(select(StoredInteraction).where(condition)).all()
    shared = session.exec(
        select(StoredInteraction).where(
            or_(
                StoredInteraction.customer_scope.in_(scopes),
                StoredInteraction.period_scope.in_(scopes),
            )
        )
    ).all()
    moved = 0
    for row in {r.id: r for r in [*rows, *shared]}.values():
        held = row.id in held_ids or row.customer_ref in held_customers
        if held and (row.customer_scope in scopes or row.period_scope in scopes):
            _rewrap_under_own_scope(store, session, row)
            moved += 1
    named = sum(r.id in held_ids or r.customer_ref in held_customers for r in rows)
    return moved, named


def _delete_orphan_results(session: Session) -> int:
    """Results whose interaction is gone (a scan that raced a purge): none may stay."""
    live = select(StoredInteraction.id).where(StoredInteraction.id == StoredResult.interaction_id)
    outcome = session.exec(
        delete(StoredResult).where(~live.exists())  # type: ignore[call-overload]
    )
    return int(outcome.rowcount or 0)


def _holds(session: Session) -> tuple[set[str], set[str]]:
    holds = session.exec(select(Hold)).all()
    return (
        {h.ref for h in holds if h.kind == "interaction"},
        {h.ref for h in holds if h.kind == "customer"},
    )


def _rewrap_under_own_scope(store: Store, session: Session, row: StoredInteraction) -> None:
    """Move a held row's data key under fresh scope keys; the payload is not touched."""
    sealed = Sealed(row.wrapped_key, row.key_nonce, row.nonce, row.ciphertext)
    own = f"h:{uuid.uuid4().hex}"
    try:
        rewrapped = store.rewrap(sealed, row, own, own + ":period")
    except DecryptionError:
        raise UserError(
            f"held interaction {row.id!r} cannot be moved out of the purge: its key does "
            "not open; nothing was purged",
            where="purge",
        ) from None
    row.wrapped_key, row.key_nonce = rewrapped.wrapped_key, rewrapped.key_nonce
    row.customer_scope, row.period_scope = own, own + ":period"
    session.add(row)
    session.flush()


def _scrub(store: Store) -> None:
    """SQLite: fold the WAL back and rebuild the file, so no freed page keeps old bytes."""
    if store.engine.dialect.name != "sqlite":
        return
    raw = store.engine.raw_connection()  # outside any transaction: VACUUM needs that
    try:
        for statement in (
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "VACUUM",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ):
            raw.driver_connection.execute(statement)
    finally:
        raw.close()
