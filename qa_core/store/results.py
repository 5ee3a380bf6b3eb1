"""Scan results in the store: the one module that writes them, reads them and counts them.

A result belongs to an interaction's content as it was scored (``content_mac``); after
``qa ingest --replace`` the old results stay in the store, unlisted. "Current" below
always means: the result of the content stored now. Every reader (reports, status, the
audit report, the forgery check, pending work, ``qa results``, ``qa show``) goes through
these functions, so the rule is written once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from . import audit
from .columns import TAMPERED
from .envelope import DecryptionError
from .schema import StoredInteraction, StoredResult

if TYPE_CHECKING:
    from .store import Store

# what a result line carries for reports but ``qa results`` does not print (the
# contract's line is ``qa evaluate``'s): where redaction put each finding's token
PRIVATE_KEYS = ("redactions",)


def current_content() -> Any:
    """The condition tying a result to its interaction's content stored now."""
    return and_(
        StoredResult.interaction_id == StoredInteraction.id,
        StoredResult.content_mac == StoredInteraction.content_mac,
    )


def join_current(query: Any) -> Any:
    """``query`` over results, joined to their interactions, current results only."""
    return query.join(StoredInteraction, current_content())


# --- writing -------------------------------------------------------------------------


def write_results(
    store: Store,
    ruleset_id: str,
    ruleset_sha256: str,
    results: list[dict[str, Any]],
    ids: list[str],
    rescan: bool,
) -> None:
    """Results of interactions still stored, and an audit entry counting what landed,
    in ONE transaction.

    A purge may have removed some of the batch's interactions since they were read:
    their results are dropped, never written as orphans. Redelivered batches insert
    nothing (the unique key), and the audit entry counts only rows inserted.
    """
    dialect = store.engine.dialect.name
    with Session(store.engine) as session:
        audit.lock_chain(session)
        alive = select(StoredInteraction.id).where(StoredInteraction.id.in_(ids))
        if dialect == "postgresql":  # a purge deleting these rows waits for this commit
            alive = alive.with_for_update(read=True)
        live = set(session.exec(alive).all())
        results = [r for r in results if r["interaction_id"] in live]
        if rescan and ids:
            session.exec(
                delete(StoredResult).where(  # type: ignore[call-overload]
                    StoredResult.ruleset_sha256 == ruleset_sha256,
                    StoredResult.interaction_id.in_(ids),
                )
            )
        written = failed = 0
        if results:
            insert = pg_insert if dialect == "postgresql" else sqlite_insert
            statement = (
                insert(StoredResult)
                .on_conflict_do_nothing(
                    index_elements=["interaction_id", "ruleset_sha256", "content_mac"]
                )
                .returning(StoredResult.failed)
            )
            inserted = session.execute(statement, results).scalars().all()
            written, failed = len(inserted), sum(map(bool, inserted))
        store.audit(
            session,
            "scan_batch",
            ruleset_id,
            {"sha256": ruleset_sha256[:12], "results": written, "failed": failed},
        )
        session.commit()


# --- reading ---------------------------------------------------------------------------


def open_line(store: Store, row: StoredInteraction, result: StoredResult) -> dict[str, Any]:
    """A result's line, decrypted; an error line when it cannot be (shredded, forged)."""
    if result.error == TAMPERED:
        return {"id": row.id, "error": {"type": TAMPERED}}
    if not result.ciphertext:
        return {"id": row.id, "error": {"type": "DecryptionError"}}
    try:
        payload = store.open_result(row, result.ruleset_sha256, result.nonce, result.ciphertext)
    except DecryptionError:  # shredded or tampered: the reader says so and goes on
        return {"id": row.id, "error": {"type": "DecryptionError"}}
    return json.loads(payload)


def public_line(line: dict[str, Any]) -> dict[str, Any]:
    """The line as ``qa results`` prints it: the shape of ``qa evaluate``."""
    return {k: v for k, v in line.items() if k not in PRIVATE_KEYS}


def current_lines(
    store: Store, ruleset_sha256: str | None = None, since: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """Every current result's line (in interaction, then result order), streamed."""
    query = join_current(select(StoredResult, StoredInteraction)).order_by(
        StoredResult.interaction_id, StoredResult.id
    )
    if ruleset_sha256 is not None:
        query = query.where(StoredResult.ruleset_sha256 == ruleset_sha256)
    if since is not None:
        query = query.where(StoredResult.scanned_at >= since)
    with Session(store.engine) as session:
        for result, row in session.exec(query).yield_per(200):
            yield open_line(store, row, result)


def newest_line(store: Store, interaction_id: str, ruleset_sha256: str) -> dict[str, Any] | None:
    """The interaction's newest current result under this ruleset, or None."""
    query = (
        join_current(select(StoredResult, StoredInteraction))
        .where(
            StoredResult.interaction_id == interaction_id,
            StoredResult.ruleset_sha256 == ruleset_sha256,
        )
        .order_by(StoredResult.id.desc())
        .limit(1)
    )
    with Session(store.engine) as session:
        found = session.exec(query).first()
        return None if found is None else open_line(store, found[1], found[0])


# --- counting --------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionCount:
    """How many interactions one ruleset version has scored (current content)."""

    ruleset_id: str
    version: int
    sha256: str
    interactions: int
    last_scan: datetime | None


def counts_by_ruleset_version(store: Store, since: datetime | None = None) -> list[VersionCount]:
    """Per ruleset version, the interactions (started on or after ``since``) it scored."""
    query = join_current(
        select(
            StoredResult.ruleset_id,
            StoredResult.ruleset_version,
            StoredResult.ruleset_sha256,
            func.count(func.distinct(StoredResult.interaction_id)),
            func.max(StoredResult.scanned_at),
        )
    )
    if since is not None:
        query = query.where(StoredInteraction.started_at >= since)
    query = query.group_by(
        StoredResult.ruleset_id, StoredResult.ruleset_version, StoredResult.ruleset_sha256
    ).order_by(StoredResult.ruleset_id, StoredResult.ruleset_version)
    with Session(store.engine) as session:
        return [VersionCount(*row) for row in session.exec(query)]


def scanned_count(store: Store, since: datetime | None = None) -> int:
    """Interactions (started on or after ``since``) with a current result of any ruleset."""
    query = join_current(select(func.count(func.distinct(StoredResult.interaction_id))))
    if since is not None:
        query = query.where(StoredInteraction.started_at >= since)
    with Session(store.engine) as session:
        return int(session.exec(query).one())


def failed_results(store: Store) -> list[tuple[str, str, str | None]]:
    """(interaction id, ruleset id, error) of every result that failed."""
    query = select(StoredResult.interaction_id, StoredResult.ruleset_id, StoredResult.error)
    with Session(store.engine) as session:
        return [tuple(row) for row in session.exec(query.where(StoredResult.failed))]
