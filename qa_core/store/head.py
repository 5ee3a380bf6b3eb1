"""The audit trail's head, kept outside the database it protects.

Every signed checkpoint is also written, after its transaction commits, to
``audit_head.json`` beside the keyring: the newest sequence number, its hash and its
signature, per database (a migrated copy keeps its own). ``qa audit verify`` then
needs the trail to still hold that entry, so deleting the newest entries with their
checkpoints, or the whole trail, no longer verifies as "intact". A head only moves
forward (a lagging writer never winds it back); ``qa restore`` resets it to the
restored trail, on purpose and audited.

What it does not stop: someone who can write both the database and QA_HOME, and read
the signing key there, can re-sign a shorter trail and rewrite this file. Keep the
signing key elsewhere, or publish anchors (``qa audit anchor``) and verify with only
the public key on another machine (``--public-key``, ``--anchor``).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from .schema import AuditEntry
from .signing import verify_signature

HEAD = "audit_head.json"


@dataclass(frozen=True)
class Head:
    store_id: str
    seq: int
    hash: str
    signature: str


def database_key(engine) -> str:
    """Which database a head belongs to: a store may be copied to another (migrate)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return "sqlite:" + str(Path(url.database or "").resolve())
    return url.render_as_string(hide_password=True)


def read_head(home: Path, database: str) -> Head | None:
    """The head recorded for ``database``, or None (none recorded yet)."""
    heads = _read_all(home)
    if heads is None:
        return Head("", -1, "", "")  # unreadable: verification says so
    data = heads.get(database)
    if data is None:
        return None
    try:
        return Head(
            str(data["store_id"]), int(data["seq"]), str(data["hash"]), str(data["signature"])
        )
    except (KeyError, TypeError, ValueError):
        return Head("", -1, "", "")


def _read_all(home: Path) -> dict | None:
    try:
        data = json.loads((home / HEAD).read_text())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def record_head(home: Path, database: str, head: Head, *, reset: bool = False) -> None:
    """Record ``head`` for ``database`` if newer than the one there (or ``reset``).

    Written atomically under a lock. A failure to write (a full disk) is not the
    command's failure: the head lags, which verification accepts.
    """
    with contextlib.suppress(OSError, ValueError, TypeError), _locked(home):
        heads = _read_all(home) or {}
        current = heads.get(database)
        if not reset and isinstance(current, dict) and int(current.get("seq", 0)) >= head.seq:
            return
        heads[database] = head.__dict__
        fd, tmp = tempfile.mkstemp(prefix=".audit_head.", dir=home)
        try:
            with os.fdopen(fd, "w") as handle:
                json.dump(heads, handle, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, home / HEAD)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def head_problem(
    session: Session, head: Head | None, store_id: str, public_key: str
) -> tuple[str, int | None] | None:
    """Why the trail does not reach the head recorded outside the database, if so."""
    if head is None:
        return None  # a store from before heads were recorded: nothing to hold it to
    if head.store_id != store_id or not verify_signature(
        public_key, store_id, head.seq, head.hash, head.signature
    ):
        return "the recorded head (audit_head.json) is not this store's, or not signed", None
    entry = session.get(AuditEntry, head.seq)
    if entry is None or entry.hash != head.hash:
        return (
            f"the trail was cut or rewritten: entry {head.seq}, the head recorded "
            "outside the database, is not in it",
            head.seq,
        )
    return None


@contextlib.contextmanager
def _locked(home: Path):
    with open(home / (HEAD + ".lock"), "a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
