"""Stream stored results for reports, a page of interactions at a time.

A report reads each interaction's newest result under each ruleset (for the content
stored now; results of replaced content stay in the store, unreported). Interactions
are read in id order in keyset pages, so a store of any size is read in bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from ..errors import UserError
from ..store.columns import TAMPERED, authentic
from ..store.results import current_content, join_current, open_line
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


def _page_of_ids(session: Session, after: str, filters: Filters, size: int = PAGE) -> list[str]:
    """The next ``PAGE`` interaction ids after ``after`` that have a current result.

    Walks the interactions' primary key and probes the results' index per row, so a
    page costs the same in a store of any size (no grouping over the whole table).
    """
    scored = select(StoredResult.id).where(current_content())
    if filters.ruleset is not None:
        scored = scored.where(StoredResult.ruleset_id == filters.ruleset)
    query = select(StoredInteraction.id).where(StoredInteraction.id > after, scored.exists())
    query = _interaction_filter(query, filters).order_by(StoredInteraction.id).limit(size)
    return list(session.exec(query))


def newest_pages(
    store: Store,
    filters: Filters,
    only: Sequence[str] | None = None,
    after: str = "",
    size: int = PAGE,
) -> Iterator[list[tuple[StoredResult, StoredInteraction]]]:
    """Pages of (result, interaction): each interaction's newest result per ruleset,
    in interaction id then ruleset id order; nothing decrypted. ``only``: just these ids;
    ``after``: start past this interaction id, ``size`` ids a page (the console's pages)."""
    while True:
        with Session(store.reader) as session:
            ids = _page_of_ids(session, after, filters, size) if only is None else sorted(only)
            if not ids:
                return
            query = join_current(select(StoredResult, StoredInteraction)).where(
                StoredResult.interaction_id.in_(ids)
            )
            if filters.ruleset is not None:
                query = query.where(StoredResult.ruleset_id == filters.ruleset)
            query = query.order_by(
                StoredResult.interaction_id, StoredResult.ruleset_id, StoredResult.id
            )
            newest: dict[tuple[str, str], tuple[StoredResult, StoredInteraction]] = {}
            for result, row in session.exec(query):
                newest[(row.id, result.ruleset_id)] = (result, row)  # the last is the newest
            session.expunge_all()
        newest = {k: (_unless_forged(store, r, i), i) for k, (r, i) in newest.items()}
        yield list(newest.values())
        if only is not None:
            return
        after = ids[-1]


def _unless_forged(store: Store, result: StoredResult, row: StoredInteraction) -> StoredResult:
    """The result as stored, or, when its plain columns or its interaction's were
    changed behind the store's back, an error result with no figures to report."""
    if authentic(store.mac_key, "results", result) and authentic(
        store.mac_key, "interactions", row
    ):
        return result
    return StoredResult(
        id=result.id,
        interaction_id=result.interaction_id,
        content_mac=result.content_mac,
        ruleset_id=result.ruleset_id,
        ruleset_version=result.ruleset_version,
        ruleset_sha256=result.ruleset_sha256,
        score=None,
        passed=None,
        auto_failed=False,
        failed=True,
        error=TAMPERED,
        plugins=result.plugins,
        scanned_at=result.scanned_at,
        nonce=b"",
        ciphertext=b"",
    )


def reported_results(store: Store, filters: Filters) -> Iterator[list[ReportedResult]]:
    """Per interaction (in id order), its newest result under each ruleset, decrypted."""
    for page in newest_pages(store, filters):
        group: list[ReportedResult] = []
        for result, row in page:
            if group and group[0].interaction.id != row.id:
                yield group
                group = []
            group.append(ReportedResult(row, result, open_line(store, row, result)))
        if group:
            yield group
