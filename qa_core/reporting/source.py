"""Stream stored results for reports, a page of interactions at a time.

A report reads each interaction's newest result under each ruleset (for the content
stored now; results of replaced content stay in the store, unreported). Interactions
are read in id order in keyset pages, so a store of any size is read in bounded memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from ..errors import UserError
from ..store.envelope import DecryptionError
from ..store.schema import StoredInteraction, StoredResult
from ..store.store import Store

PAGE = 500


@dataclass(frozen=True)
class Filters:
    """What a report covers; every field optional."""

    since: datetime | None = None  # interactions that started on or after
    agent: str | None = None
    team: str | None = None
    ruleset: str | None = None  # a ruleset id


@dataclass(frozen=True)
class ReportedResult:
    """One interaction's newest result under one ruleset, its line decrypted."""

    interaction: StoredInteraction
    result: StoredResult
    line: dict[str, Any]

    @property
    def readable(self) -> bool:
        return "criteria" in self.line

    @property
    def verdict(self) -> str:
        return verdict_of(self.result.passed, self.result.auto_failed, self.result.failed)


def verdict_of(passed: bool | None, auto_failed: bool, failed: bool) -> str:
    """One word for a result: error, auto-fail, n/a (every criterion na), pass or fail."""
    if failed:
        return "error"
    if auto_failed:
        return "auto-fail"
    if passed is None:
        return "n/a"
    return "pass" if passed else "fail"


def parse_since(value: str | None) -> datetime | None:
    """``--since``: an ISO 8601 date or time; a date without a zone is UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"{value!r} is not an ISO 8601 date", where="--since") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive times that were stored as UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _interaction_filter(query, filters: Filters):
    if filters.since is not None:
        query = query.where(StoredInteraction.started_at >= filters.since)
    if filters.agent is not None:
        query = query.where(StoredInteraction.agent_id == filters.agent)
    if filters.team is not None:
        query = query.where(StoredInteraction.team == filters.team)
    return query


def newest_ids(filters: Filters):
    """Ids of each (interaction, ruleset)'s newest result for the current content."""
    query = (
        select(func.max(StoredResult.id))
        .join(
            StoredInteraction,
            (StoredInteraction.id == StoredResult.interaction_id)
            & (StoredInteraction.content_mac == StoredResult.content_mac),
        )
        .group_by(StoredResult.interaction_id, StoredResult.ruleset_id)
    )
    if filters.ruleset is not None:
        query = query.where(StoredResult.ruleset_id == filters.ruleset)
    return _interaction_filter(query, filters)


def reported_results(store: Store, filters: Filters) -> Iterator[list[ReportedResult]]:
    """Per interaction (in id order), its newest result under each ruleset."""
    newest = newest_ids(filters).subquery()
    after = ""
    while True:
        with Session(store.engine) as session:
            page = (
                select(StoredResult.interaction_id)
                .where(StoredResult.id.in_(select(newest)))
                .where(StoredResult.interaction_id > after)
                .distinct()
                .order_by(StoredResult.interaction_id)
                .limit(PAGE)
            )
            ids = list(session.exec(page))
            if not ids:
                return
            query = (
                select(StoredResult, StoredInteraction)
                .join(StoredInteraction, StoredInteraction.id == StoredResult.interaction_id)
                .where(StoredResult.id.in_(select(newest)))
                .where(StoredInteraction.id.in_(ids))
                .order_by(StoredInteraction.id, StoredResult.ruleset_id)
            )
            rows = list(session.exec(query))
            session.expunge_all()
        group: list[ReportedResult] = []
        for result, row in rows:
            if group and group[0].interaction.id != row.id:
                yield group
                group = []
            group.append(ReportedResult(row, result, _line(store, row, result)))
        yield group
        after = ids[-1]


def _line(store: Store, row: StoredInteraction, result: StoredResult) -> dict[str, Any]:
    if not result.ciphertext:
        return {"id": row.id, "error": {"type": "DecryptionError"}}
    try:
        payload = store.open_result(row, result.ruleset_sha256, result.nonce, result.ciphertext)
    except DecryptionError:  # shredded or tampered: the report says so and goes on
        return {"id": row.id, "error": {"type": "DecryptionError"}}
    return json.loads(payload)


def count_interactions(store: Store, filters: Filters) -> int:
    with Session(store.engine) as session:
        query = _interaction_filter(select(func.count()).select_from(StoredInteraction), filters)
        return int(session.exec(query).one())
