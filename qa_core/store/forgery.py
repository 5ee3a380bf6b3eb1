"""Find plain columns changed behind the store's back; vouch once for older rows.

``first_forged`` walks every interaction and result and checks its column MAC
(``columns.py``): ``qa audit verify`` fails on the first that does not match. Rows
stored before column MACs existed get theirs once, on the first open with the keys,
and only when their plain columns agree with their encrypted content.
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from .columns import authentic, columns_mac
from .envelope import DecryptionError, keyed_mac
from .results import join_current
from .schema import StoredInteraction, StoredResult, StoreInfo

if TYPE_CHECKING:
    from .store import Store

CHUNK = 1000


def first_forged(store: Store) -> str | None:
    """A line naming the first row whose plain columns do not match their MAC."""
    with Session(store.engine) as session:
        rows = session.exec(select(StoredInteraction).order_by(StoredInteraction.id))
        for row in rows.yield_per(CHUNK):
            if authentic(store.mac_key, "interactions", row):
                continue
            if row.columns_mac is None and _interaction_agrees(store, row) is not False:
                continue  # from before MACs, and unreadable (shredded) or honest
            return f"interaction {row.id!r}: its plain columns were changed (MAC mismatch)"
        # results of the content stored now: the ones reports read
        results = session.exec(join_current(select(StoredResult)).order_by(StoredResult.id))
        for result in results.yield_per(CHUNK):
            if not authentic(store.mac_key, "results", result):
                return (
                    f"result {result.id} of interaction {result.interaction_id!r}: "
                    "its plain columns were changed (MAC mismatch)"
                )
    return None


def authenticate_older_rows(store: Store) -> None:
    """Give rows from before column MACs theirs, where the ciphertext agrees (once)."""
    with Session(store.engine) as session:
        info = session.get(StoreInfo, 1)
        if info is None or info.columns_authenticated:
            return
        for row in session.exec(
            select(StoredInteraction).where(StoredInteraction.columns_mac.is_(None))  # type: ignore[union-attr]
        ).all():
            if _interaction_agrees(store, row):
                row.columns_mac = columns_mac(store.mac_key, "interactions", row)
                session.add(row)
        rows = {r.id: r for r in session.exec(select(StoredInteraction)).all()}
        for result in session.exec(
            select(StoredResult).where(StoredResult.columns_mac.is_(None))  # type: ignore[union-attr]
        ).all():
            row = rows.get(result.interaction_id)
            if row is not None and _result_agrees(store, row, result):
                result.columns_mac = columns_mac(store.mac_key, "results", result)
                session.add(result)
        info.columns_authenticated = True
        session.add(info)
        session.commit()  # no audit entry: a copy being verified must not change its count


def _interaction_agrees(store: Store, row: StoredInteraction) -> bool | None:
    """Whether the plain columns match the ciphertext; None when it does not decrypt."""
    try:
        interaction = store.decrypt(row)
    except DecryptionError:
        return None
    started = row.started_at
    if started is not None and started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    stated = interaction.started_at
    customer_ref = (
        keyed_mac(store.mac_key, "customer|" + interaction.customer_id)
        if interaction.customer_id
        else None
    )
    from .store import _parse_time

    return (
        interaction.channel,
        interaction.agent_id,
        interaction.team,
        _parse_time(stated) if stated else None,
        customer_ref,
    ) == (row.channel, row.agent_id, row.team, started, row.customer_ref)


def _result_agrees(store: Store, row: StoredInteraction, result: StoredResult) -> bool:
    if not result.ciphertext:
        return result.failed and result.score is None and result.passed is None
    try:
        line = json.loads(
            store.open_result(row, result.ruleset_sha256, result.nonce, result.ciphertext)
        )
    except DecryptionError:
        return False
    if "criteria" not in line:
        return result.failed and result.score is None
    return (line.get("score"), line.get("passed"), bool(line.get("auto_failed"))) == (
        result.score,
        result.passed,
        result.auto_failed,
    ) and not result.failed
