"""Console users, their passwords (argon2id) and the limit on guessing them.

A password is checked against its argon2id hash (``argon2-cffi``: the password-hashing
competition's winner, memory-hard); a weak one is refused when set. Five failed
sign-ins for one name within a minute lock that name for the rest of the minute,
whatever the password, so guessing costs a minute per five tries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, delete, func, select

from ..errors import UserError
from ..store.schema import ConsoleSession, ConsoleUser, LoginFailure
from ..store.store import Store
from .roles import ROLES

MIN_LENGTH = 10
FAILURES_ALLOWED = 5
FAILURE_WINDOW = timedelta(minutes=1)
COMMON = frozenset(
    {"password12", "password123", "password1234", "1234567890", "123456789012",
     "qwertyuiop", "qwertyuiopas", "letmeinplease", "administrator", "passwordpassword",
     "changeme123", "changeme1234", "welcome123", "welcome12345", "iloveyou12"}
)  # fmt: skip
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str
    agent_id: str | None
    disabled: bool


def _user(row: ConsoleUser) -> User:
    return User(row.name, row.role, row.agent_id, row.disabled)


def check_password(name: str, password: str) -> None:
    """Refuse a weak password with one line that says why (never echoing it)."""
    if len(password) < MIN_LENGTH:
        raise UserError(
            f"password too weak: use at least {MIN_LENGTH} characters", where="password"
        )
    lowered = password.lower()
    if lowered in COMMON or lowered == name.lower() or len(set(password)) < 5:
        raise UserError(
            "password too weak: it is a common one, the user name, or repeats characters",
            where="password",
        )


def add_user(store: Store, name: str, role: str, agent_id: str | None, password: str) -> User:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}", where="--role")
    if not name or len(name) > 100 or not name.isprintable() or name != name.strip():
        raise UserError("a name of 1 to 100 printable characters", where="NAME")
    if role == "agent" and not agent_id:
        agent_id = name  # an agent's interactions carry its name unless told otherwise
    check_password(name, password)
    with Session(store.engine) as session:
        if session.get(ConsoleUser, name) is not None:
            raise UserError(f"user {name!r} exists", where="NAME")
        session.add(
            ConsoleUser(
                name=name,
                role=role,
                agent_id=agent_id,
                password_hash=_HASHER.hash(password),
                created_at=datetime.now(UTC),
            )
        )
        store.audit(session, "user_add", name, {"role": role, "agent_id": agent_id})
        session.commit()
    return User(name, role, agent_id, False)


def users(store: Store) -> list[User]:
    with Session(store.engine) as session:
        return [_user(r) for r in session.exec(select(ConsoleUser).order_by(ConsoleUser.name))]


def get_user(store: Store, name: str) -> User | None:
    with Session(store.engine) as session:
        row = session.get(ConsoleUser, name)
        return _user(row) if row is not None else None


def set_disabled(store: Store, name: str, disabled: bool = True) -> None:
    """Disable (or enable) a user; disabling also signs them out everywhere."""
    with Session(store.engine) as session:
        row = session.get(ConsoleUser, name)
        if row is None:
            raise UserError(f"no user {name!r}", where="NAME")
        row.disabled = disabled
        session.add(row)
        if disabled:
            session.exec(delete(ConsoleSession).where(ConsoleSession.user == name))
        store.audit(session, "user_disable" if disabled else "user_enable", name, {})
        session.commit()


def set_password(store: Store, name: str, password: str) -> None:
    """A new password; every session of that user ends."""
    check_password(name, password)
    with Session(store.engine) as session:
        row = session.get(ConsoleUser, name)
        if row is None:
            raise UserError(f"no user {name!r}", where="NAME")
        row.password_hash = _HASHER.hash(password)
        session.add(row)
        session.exec(delete(ConsoleSession).where(ConsoleSession.user == name))
        store.audit(session, "user_password", name, {})
        session.commit()


class TooManyAttempts(Exception):
    """Five failures for this name within the minute."""


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user, when the name and password match an enabled account; audited either
    way. Raises ``TooManyAttempts`` past the limit (before looking at the password)."""
    now = datetime.now(UTC)
    name = name[:200]
    with Session(store.engine) as session:
        recent = session.exec(
            select(func.count())
            .select_from(LoginFailure)
            .where(LoginFailure.name == name, LoginFailure.at > now - FAILURE_WINDOW)
        ).one()
        if recent >= FAILURES_ALLOWED:
            store.audit(session, "login_refused", name, {"reason": "too many attempts"})
            session.commit()
            raise TooManyAttempts
        row = session.get(ConsoleUser, name)
        ok = row is not None and not row.disabled and _verify(row.password_hash, password)
        if not ok:
            session.add(LoginFailure(name=name, at=now))
            session.exec(delete(LoginFailure).where(LoginFailure.at < now - FAILURE_WINDOW * 10))
            store.audit(session, "login_failed", name, {})
            session.commit()
            return None
        assert row is not None
        if _HASHER.check_needs_rehash(row.password_hash):
            row.password_hash = _HASHER.hash(password)
            session.add(row)
        store.audit(session, "login", name, {"role": row.role})
        session.commit()
        return _user(row)


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
