"""Parked batches: what a queueing executor gave up on after retries, kept with its error.

Nothing is lost by parking: the batch's interactions have no result, so the next scan
(``qa scan --resume`` clears the parked records first) scores them again.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, select

from ..store.schema import ParkedBatch
from ..store.store import Store


def park_batch(
    home: Path, url: str | None, ruleset_sha256: str, ids: list[str], error: str
) -> None:
    """Record a batch given up on (the error is a type or our own message, never text).

    Opens the store itself: a worker may park a batch it could not even start on.
    """
    from ..plugins import make_plugin_manager

    store = Store.open(home, url, make_plugin_manager())
    with Session(store.engine) as session:
        session.add(
            ParkedBatch(
                ruleset_sha256=ruleset_sha256,
                interaction_ids=json.dumps(ids),
                error=error[:400],
                worker=socket.gethostname(),
                at=datetime.now(UTC),
            )
        )
        store.audit(
            session,
            "batch_parked",
            None,
            {"sha256": ruleset_sha256[:12], "size": len(ids), "error": error[:200]},
        )
        session.commit()


def parked_batches(store: Store) -> list[dict[str, Any]]:
    with Session(store.engine) as session:
        return [
            {
                "ruleset_sha256": p.ruleset_sha256,
                "size": len(json.loads(p.interaction_ids)),
                "error": p.error,
                "worker": p.worker,
                "at": p.at.isoformat(),
            }
            for p in session.exec(select(ParkedBatch).order_by(ParkedBatch.id))
        ]


def clear_parked(store: Store, ruleset_sha256: str) -> int:
    """Forget this ruleset's parked batches (a resumed scan scores them again)."""
    with Session(store.engine) as session:
        done = session.exec(  # type: ignore[call-overload]
            delete(ParkedBatch).where(ParkedBatch.ruleset_sha256 == ruleset_sha256)
        )
        session.commit()
        return int(done.rowcount or 0)
