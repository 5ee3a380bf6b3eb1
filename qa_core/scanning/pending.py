"""What a scan still has to do: counted in one query, read in pages of ids.

Ids are read a batch at a time by keyset pagination (``id > last``, in id order),
so a scan of a million interactions never holds a million ids, and a no-op rescan
is one counting query.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import and_, func
from sqlmodel import Session, select

from ..ruleset.compiled import Ruleset
from ..store.results import current_content
from ..store.schema import StoredInteraction, StoredResult
from ..store.store import Store


def _in_teams(query, teams: Sequence[str]):
    """Only the named teams' interactions (a ruleset written for one queue)."""
    return query.where(StoredInteraction.team.in_(teams)) if teams else query


def _pending_query(query, ruleset: Ruleset, rescan: bool, teams: Sequence[str] = ()):
    query = _in_teams(query, teams)
    if rescan:
        return query
    done = and_(current_content(), StoredResult.ruleset_sha256 == ruleset.sha256)
    return query.outerjoin(StoredResult, done).where(StoredResult.id.is_(None))


def pending_count(
    store: Store, ruleset: Ruleset, rescan: bool, teams: Sequence[str] = ()
) -> tuple[int, int]:
    """(interactions still to score, interactions stored [of those teams])."""
    with Session(store.engine) as session:
        total = session.exec(
            _in_teams(select(func.count()).select_from(StoredInteraction), teams)
        ).one()
        pending = session.exec(
            _pending_query(select(func.count(StoredInteraction.id)), ruleset, rescan, teams)
        ).one()
    return pending, total


def pending_batches(
    store: Store, ruleset: Ruleset, rescan: bool, batch_size: int, teams: Sequence[str] = ()
) -> Iterator[list[str]]:
    """Batches of ids still to score, in id order, one query per batch."""
    last = ""
    while True:
        query = _pending_query(select(StoredInteraction.id), ruleset, rescan, teams)
        query = query.where(StoredInteraction.id > last).order_by(StoredInteraction.id)
        with Session(store.engine) as session:
            batch = list(session.exec(query.limit(batch_size)).all())
        if not batch:
            return
        yield batch
        last = batch[-1]
