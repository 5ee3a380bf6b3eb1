"""``qa audit export`` / ``anchor``: the trail in a form an outsider can check alone.

An export is JSON lines: a header (store id, public key), then entries and the
checkpoints that sign them. ``qa audit verify --export FILE --public-key KEY`` checks
it without the store; an anchor (the head's sequence, hash and signature) published
elsewhere lets anyone see later that the trail still holds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from ..errors import UserError
from .audit import Verification, verify_records
from .schema import AuditCheckpoint, AuditEntry
from .store import Store

FIELDS = ("seq", "at", "actor", "action", "subject", "details", "prev_hash", "hash")


def export_lines(store: Store, since: str | None) -> Iterator[str]:
    yield json.dumps(
        {
            "kind": "header",
            "store_id": store.store_id,
            "public_key": store.signer.public_key,
            "since": since,
        }
    )
    with Session(store.engine) as session:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if since:
            query = query.where(AuditEntry.at >= since)
        first = None
        for entry in session.exec(query):
            first = entry.seq if first is None else first
            yield json.dumps({"kind": "entry", **{f: getattr(entry, f) for f in FIELDS}})
        if first is not None:
            for cp in session.exec(
                select(AuditCheckpoint)
                .where(AuditCheckpoint.seq >= first)
                .order_by(AuditCheckpoint.seq)
            ):
                yield json.dumps(
                    {
                        "kind": "checkpoint",
                        "seq": cp.seq,
                        "head_hash": cp.head_hash,
                        "signature": cp.signature,
                    }
                )


def anchor(store: Store) -> dict[str, Any]:
    with Session(store.engine) as session:
        head = session.exec(
            select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)
        ).first()
    if head is None:
        raise UserError("the audit trail has no checkpoint yet", where="audit")
    return {
        "store_id": store.store_id,
        "seq": head.seq,
        "head_hash": head.head_hash,
        "signature": head.signature,
        "public_key": store.signer.public_key,
    }


def verify_export(path: Path, public_key: str) -> Verification:
    entries: list[AuditEntry] = []
    checkpoints: list[AuditCheckpoint] = []
    header: dict[str, Any] = {}
    try:
        for line in path.read_text().splitlines():
            record = json.loads(line)
            if record["kind"] == "header":
                header = record
            elif record["kind"] == "entry":
                entries.append(AuditEntry(**{f: record[f] for f in FIELDS}))
            else:
                checkpoints.append(
                    AuditCheckpoint(
                        seq=record["seq"],
                        head_hash=record["head_hash"],
                        signature=record["signature"],
                    )
                )
    except (OSError, ValueError, KeyError, TypeError):
        raise UserError("not a readable audit export", where=f"{path}") from None
    return verify_records(
        entries, checkpoints, header.get("store_id"), public_key, partial=bool(header.get("since"))
    )


def check_anchor(store: Store, anchor_record: dict[str, Any]) -> str | None:
    """None when the trail still holds the anchored head, else what is wrong."""
    with Session(store.engine) as session:
        entry = session.get(AuditEntry, int(anchor_record["seq"]))
    if entry is None:
        return f"the anchored entry {anchor_record['seq']} is gone (the trail was cut)"
    if entry.hash != anchor_record["head_hash"]:
        return f"the anchored entry {anchor_record['seq']} has changed"
    return None
