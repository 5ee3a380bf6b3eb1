"""The append-only, hash-chained audit trail.

Each entry hashes the previous entry's hash with its own fields, so editing, deleting
or reordering any entry breaks every later hash; ``verify`` names the first bad one.
Details are ids, counts and names: never transcript or finding text.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from .schema import AuditEntry

GENESIS = "0" * 64


def actor() -> str:
    """Who acts: ``QA_ACTOR`` (a scheduler, a service account) or the OS user."""
    try:
        return os.environ.get("QA_ACTOR") or getpass.getuser()
    except Exception:
        return "unknown"


def entry_hash(
    prev_hash: str, seq: int, at: str, who: str, action: str, subject: str | None, details: str
) -> str:
    body = json.dumps(
        [seq, at, who, action, subject, details], separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    session: Session, action: str, subject: str | None = None, details: dict[str, Any] | None = None
) -> AuditEntry:
    """Add one entry at the head of the chain, inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(7142001)"))  # type: ignore[call-overload]
    last = session.exec(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    who = actor()
    body = json.dumps(details or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=who,
        action=action,
        subject=subject,
        details=body,
        prev_hash=prev,
        hash=entry_hash(prev, seq, at, who, action, subject, body),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    head: str
    problem: str | None = None
    bad_seq: int | None = None


def entries(session: Session) -> Iterator[AuditEntry]:
    yield from session.exec(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000)


def verify(session: Session) -> Verification:
    """Walk the chain from the start; the first entry that does not fit is reported."""
    prev, expected, count = GENESIS, 1, 0
    for entry in entries(session):
        count += 1
        if entry.seq != expected:
            return Verification(
                False,
                count,
                prev,
                f"entry {expected} is missing (found {entry.seq} next)",
                expected,
            )
        if entry.prev_hash != prev:
            return Verification(
                False,
                count,
                prev,
                f"entry {entry.seq} does not follow the entry before it",
                entry.seq,
            )
        digest = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.subject,
            entry.details,
        )
        if digest != entry.hash:
            return Verification(False, count, prev, f"entry {entry.seq} was altered", entry.seq)
        prev, expected = entry.hash, expected + 1
    return Verification(True, count, prev)
