"""What an admin sets for the console (the dispute window, the review share): one row
per setting in the store, each change audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session

from ..store.schema import ConsoleSetting
from ..store.store import Store

T = TypeVar("T")


def get_setting(store: Store, key: str, default: T, parse: Callable[[str], T]) -> T:
    with Session(store.reader) as session:
        row = session.get(ConsoleSetting, key)
    return parse(row.value) if row is not None else default


def set_setting(store: Store, key: str, value: object) -> None:
    with Session(store.engine) as session:
        session.merge(ConsoleSetting(key=key, value=str(value)))
        store.audit(session, "console_setting", key, {"value": value})
        session.commit()
