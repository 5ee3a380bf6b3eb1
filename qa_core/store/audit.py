"""The append-only, hash-chained audit trail.

Each entry hashes the previous entry's hash with its own fields, so editing, deleting
or reordering any entry breaks every later hash; ``verify`` names the first bad one.
Details are ids, counts and names: never transcript or finding text.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from .schema import AuditCheckpoint, AuditEntry
from .signing import verify_signature

GENESIS = "0" * 64


_ACTING_AS: ContextVar[str | None] = ContextVar("qa_acting_as", default=None)


@contextlib.contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Entries written inside name ``name`` (a console user signed in), not the OS user."""
    token = _ACTING_AS.set(name)
    try:
        yield
    finally:
        _ACTING_AS.reset(token)


def actor() -> str:
    """Who acts: the console user (``acting_as``), ``QA_ACTOR`` (a scheduler, a service
    account) or the OS user."""
    try:
        return _ACTING_AS.get() or os.environ.get("QA_ACTOR") or getpass.getuser()
    except Exception:
        return "unknown"


def entry_hash(
    prev_hash: str, seq: int, at: str, who: str, action: str, subject: str | None, details: str
) -> str:
    body = json.dumps(
        [seq, at, who, action, subject, details], separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def lock_chain(session: Session) -> None:
    """Take the audit chain's lock for this transaction (held until it ends).

    SQLite needs nothing (every write transaction is BEGIN IMMEDIATE); PostgreSQL takes
    an advisory lock. A command that also locks the keyring takes this one first.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(7142001)"))  # type: ignore[call-overload]


def append(
    session: Session,
    action: str,
    subject: str | None = None,
    details: dict[str, Any] | None = None,
    sign: Callable[[int, str], str] | None = None,
) -> AuditEntry:
    """Add one entry at the head of the chain, inside the caller's transaction.

    ``sign(seq, hash)`` makes the signed checkpoint that closes the command.
    """
    lock_chain(session)
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
    if sign is not None:
        session.add(AuditCheckpoint(seq=seq, head_hash=entry.hash, signature=sign(seq, entry.hash)))
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


def verify(
    session: Session, store_id: str | None = None, public_key: str | None = None
) -> Verification:
    """Verify the store's whole trail (see ``verify_records``)."""
    checkpoints = session.exec(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)).all()
    return verify_records(entries(session), checkpoints, store_id, public_key)


def verify_records(
    records: Iterable[AuditEntry],
    checkpoints: Iterable[AuditCheckpoint],
    store_id: str | None = None,
    public_key: str | None = None,
    *,
    partial: bool = False,
) -> Verification:
    """Walk the chain; the first entry that does not fit is reported.

    With ``public_key``, every checkpoint's signature is checked too, and the chain must
    end exactly at the last signed checkpoint (nothing cut, nothing appended). An export
    from a date on (``partial``) starts from its first entry's previous hash, which the
    signatures vouch for.
    """
    prev, expected, count = GENESIS, None if partial else 1, 0
    hashes: dict[int, str] = {}
    for entry in records:
        count += 1
        if expected is None:
            prev, expected = entry.prev_hash, entry.seq
        if entry.seq != expected:
            problem = f"entry {expected} is missing (found {entry.seq} next)"
            return Verification(False, count, prev, problem, expected)
        if entry.prev_hash != prev:
            problem = f"entry {entry.seq} does not follow the entry before it"
            return Verification(False, count, prev, problem, entry.seq)
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
        hashes[entry.seq] = entry.hash
        prev, expected = entry.hash, expected + 1
    if public_key is None:
        return Verification(True, count, prev)
    return _check_checkpoints(hashes, checkpoints, str(store_id), public_key, count, prev, partial)


def _check_checkpoints(
    hashes: dict[int, str],
    checkpoints: Iterable[AuditCheckpoint],
    store_id: str,
    public_key: str,
    count: int,
    head: str,
    partial: bool,
) -> Verification:
    first = min(hashes) if hashes else 1
    last_signed = 0
    for checkpoint in checkpoints:
        if partial and checkpoint.seq < first:
            continue
        if checkpoint.seq not in hashes:
            problem = f"the trail was cut: a checkpoint signs entry {checkpoint.seq}, now gone"
            return Verification(False, count, head, problem, checkpoint.seq)
        if checkpoint.head_hash != hashes[checkpoint.seq] or not verify_signature(
            public_key, store_id, checkpoint.seq, checkpoint.head_hash, checkpoint.signature
        ):
            problem = f"checkpoint {checkpoint.seq} does not verify"
            return Verification(False, count, head, problem, checkpoint.seq)
        last_signed = checkpoint.seq
    if hashes and last_signed != max(hashes):
        problem = f"entries after {last_signed} are not signed"
        return Verification(False, count, head, problem, last_signed + 1)
    return Verification(True, count, head)
