"""Signed-in browsers, kept server-side: a random token in an HttpOnly cookie, its sha256
in the store, a CSRF token bound to it, and an idle timeout.

Server-side, so signing out, disabling a user or changing a password ends a session at
once (a signed cookie could not be taken back).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, delete, select

from ..store.schema import ConsoleSession, ConsoleUser
from ..store.store import Store
from .accounts import User, _user

IDLE = timedelta(minutes=30)
LONGEST = timedelta(hours=12)
COOKIE = "qa_session"


@dataclass(frozen=True)
class SignedIn:
    user: User
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start(store: Store, user: User) -> str:
    """A new session for ``user``; returns the cookie's value (never stored)."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with Session(store.engine) as session:
        session.add(
            ConsoleSession(
                token_hash=_digest(token),
                user=user.name,
                csrf=secrets.token_urlsafe(32),
                created_at=now,
                seen_at=now,
            )
        )
        session.exec(delete(ConsoleSession).where(ConsoleSession.seen_at < now - LONGEST))
        session.commit()
    return token


def resume(store: Store, token: str | None) -> SignedIn | None:
    """The session this cookie names, if it is live and its user enabled; touches it."""
    if not token or len(token) > 200:
        return None
    now = datetime.now(UTC)
    digest = _digest(token)
    with Session(store.reader) as session:  # most requests only read
        row = session.get(ConsoleSession, digest)
        if row is None:
            return None
        seen, created = _aware(row.seen_at), _aware(row.created_at)
        user = session.get(ConsoleUser, row.user)
        signed_in = SignedIn(_user(user), row.csrf) if user is not None else None
    expired = now - seen > IDLE or now - created > LONGEST
    if expired or signed_in is None or signed_in.user.disabled:
        end(store, token)
        return None
    if now - seen > timedelta(seconds=30):  # not a write on every request
        with Session(store.engine) as session:
            row = session.get(ConsoleSession, digest)
            if row is not None:
                row.seen_at = now
                session.add(row)
                session.commit()
    return signed_in


def end(store: Store, token: str | None) -> None:
    if token:
        with Session(store.engine) as session:
            session.exec(delete(ConsoleSession).where(ConsoleSession.token_hash == _digest(token)))
            session.commit()


def csrf_ok(signed_in: SignedIn, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), signed_in.csrf.encode())


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def live_sessions(store: Store) -> int:
    with Session(store.engine) as session:
        return len(session.exec(select(ConsoleSession.token_hash)).all())
