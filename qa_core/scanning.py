"""The scan engine: score every stored interaction once per ruleset hash and content.

Work is split into batches of interaction ids; each batch is decrypted, analysed once,
scored and written in ONE transaction with its audit entry, and results are unique per
(interaction, ruleset hash, content MAC), so a scan killed at any moment loses at most
the batch in flight and the next scan does exactly what is left. Batches run inline or
in a process pool, each worker with its own store connection and plugin set.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, func
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from .analysis.findings import Finding
from .analysis.redaction import redacted_turns
from .evaluation import Evaluation, EvaluationFailure, Evaluator
from .iterating import batched
from .ruleset.compiled import Ruleset
from .store.envelope import DecryptionError
from .store.schema import StoredInteraction, StoredResult
from .store.store import Store

BATCH_SIZE = 50


@dataclass
class ScanCounts:
    scanned: int = 0
    skipped: int = 0
    failed: int = 0
    batches: int = 0

    def add(self, other: dict[str, int]) -> None:
        for name in ("scanned", "failed", "batches"):
            setattr(self, name, getattr(self, name) + other.get(name, 0))

    def to_json(self) -> dict[str, int]:
        return {
            "scanned": self.scanned,
            "skipped": self.skipped,
            "failed": self.failed,
            "batches": self.batches,
        }


def pending_ids(store: Store, ruleset: Ruleset, rescan: bool) -> tuple[list[str], int]:
    """Ids still to score (all with ``rescan``) and how many interactions there are."""
    done = and_(
        StoredResult.interaction_id == StoredInteraction.id,
        StoredResult.ruleset_sha256 == ruleset.sha256,
        StoredResult.content_mac == StoredInteraction.content_mac,
    )
    with Session(store.engine) as session:
        total = session.exec(select(func.count()).select_from(StoredInteraction)).one()
        query = select(StoredInteraction.id).order_by(StoredInteraction.id)
        if not rescan:
            query = query.outerjoin(StoredResult, done).where(StoredResult.id.is_(None))
        return list(session.exec(query).all()), total


class BatchScanner:
    """Scores batches of stored interactions and writes their results (one per process)."""

    def __init__(self, store: Store, ruleset: Ruleset, pm: Any) -> None:
        self.store = store
        self.ruleset = ruleset
        self.evaluator = Evaluator(ruleset, pm)
        self.plugins = json.dumps(
            {c.rule.plugin: c.rule.plugin_version for c in ruleset.criteria}, sort_keys=True
        )
        self.key = store.redaction_key()

    def run(self, ids: list[str], rescan: bool = False) -> dict[str, int]:
        with Session(self.store.engine) as session:
            rows = session.exec(
                select(StoredInteraction).where(StoredInteraction.id.in_(ids))
            ).all()
            for row in rows:
                session.expunge(row)
        readable, results = [], []
        for row in rows:
            try:
                readable.append((row, self.store.decrypt(row)))
            except DecryptionError:
                results.append(
                    self._result(
                        row, {"id": row.id, "error": {"type": "DecryptionError"}}, failed=True
                    )
                )
        outcomes = self.evaluator.evaluate_all(i for _, i in readable)
        for (row, interaction), outcome in zip(readable, outcomes, strict=True):
            if isinstance(outcome, EvaluationFailure):
                results.append(
                    self._result(
                        row,
                        outcome.to_json(),
                        failed=True,
                        error=f"{outcome.plugin}/{outcome.criterion}: {outcome.error}",
                    )
                )
            else:
                line = outcome.to_json()
                line["turns"] = redacted_turns(
                    interaction, _findings(outcome), _style(self.ruleset, self.key), self.key
                )
                results.append(self._result(row, line, outcome=outcome))
        self._write(results, [r.id for r in rows], rescan)
        failed = sum(r["failed"] for r in results)
        return {"scanned": len(results) - failed, "failed": failed, "batches": 1}

    def _result(
        self,
        row: StoredInteraction,
        line: dict,
        *,
        failed: bool = False,
        error: str | None = None,
        outcome: Evaluation | None = None,
    ) -> dict:
        payload = json.dumps(line, ensure_ascii=False).encode("utf-8")
        nonce, ciphertext = self.store.seal_result(row, self.ruleset.sha256, payload)
        score = outcome.score if outcome else None
        return {
            "interaction_id": row.id,
            "content_mac": row.content_mac,
            "ruleset_id": self.ruleset.id,
            "ruleset_version": self.ruleset.version,
            "ruleset_sha256": self.ruleset.sha256,
            "score": score.score if score else None,
            "passed": score.passed if score else None,
            "auto_failed": bool(score.auto_failed) if score else False,
            "failed": failed,
            "error": error,
            "plugins": self.plugins,
            "scanned_at": datetime.now(UTC),
            "nonce": nonce,
            "ciphertext": ciphertext,
        }

    def _write(self, results: list[dict], ids: list[str], rescan: bool) -> None:
        with Session(self.store.engine) as session:
            if rescan and ids:
                session.exec(
                    delete(StoredResult).where(  # type: ignore[call-overload]
                        StoredResult.ruleset_sha256 == self.ruleset.sha256,
                        StoredResult.interaction_id.in_(ids),
                    )
                )
            if results:
                dialect = self.store.engine.dialect.name
                insert = pg_insert if dialect == "postgresql" else sqlite_insert
                statement = insert(StoredResult).on_conflict_do_nothing(
                    index_elements=["interaction_id", "ruleset_sha256", "content_mac"]
                )
                session.exec(statement, params=results)  # type: ignore[call-overload]
            self.store.audit(
                session,
                "scan_batch",
                self.ruleset.id,
                {
                    "sha256": self.ruleset.sha256[:12],
                    "results": len(results),
                    "failed": sum(r["failed"] for r in results),
                },
            )
            session.commit()


def _findings(evaluation: Evaluation) -> list[Finding]:
    return [
        Finding(f["turn"], f["start"], f["end"], f["entity"], f["score"], f["plugin"])
        for f in evaluation.findings
    ]


def _style(ruleset: Ruleset, key: bytes | None) -> str:
    return ruleset.redaction.style if ruleset.redaction.style != "hash" or key else "tag"


# --- executors -------------------------------------------------------------------------

_WORKER: BatchScanner | None = None


def _start_worker(home: str, url: str | None, ruleset_path: str) -> None:
    """Each worker process opens its own store, plugin set and ruleset, once."""
    global _WORKER
    from .plugins import make_plugin_manager
    from .ruleset.loader import load_ruleset

    pm = make_plugin_manager()
    store = Store.open(Path(home), url, pm)
    _WORKER = BatchScanner(store, load_ruleset(Path(ruleset_path), pm), pm)


def _work(ids: list[str], rescan: bool) -> dict[str, int]:
    assert _WORKER is not None
    return _WORKER.run(ids, rescan)


def run_scan(
    store: Store,
    ruleset: Ruleset,
    pm: Any,
    *,
    url: str | None,
    workers: int,
    batch_size: int = BATCH_SIZE,
    rescan: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ScanCounts:
    """Score what is pending; audit entries open and close the scan."""
    ids, total = pending_ids(store, ruleset, rescan)
    counts = ScanCounts(skipped=total - len(ids))
    store.record(
        "scan_start",
        ruleset.id,
        {"sha256": ruleset.sha256[:12], "pending": len(ids), "workers": workers},
    )
    batches = list(batched(ids, batch_size))
    if workers <= 1 or len(batches) <= 1:
        scanner = BatchScanner(store, ruleset, pm)
        for batch in batches:
            counts.add(scanner.run(batch, rescan))
            if progress:
                progress(len(batch))
    else:
        _pool_scan(store, ruleset, url, workers, batches, rescan, counts, progress)
    store.record("scan_finish", ruleset.id, {"sha256": ruleset.sha256[:12], **counts.to_json()})
    return counts


def _pool_scan(
    store: Store,
    ruleset: Ruleset,
    url: str | None,
    workers: int,
    batches: Iterable[list[str]],
    rescan: bool,
    counts: ScanCounts,
    progress: Callable[[int], None] | None,
) -> None:
    with ProcessPoolExecutor(
        max_workers=min(workers, os.cpu_count() or 1) or 1,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(str(store.home), url, str(ruleset.path)),
    ) as pool:
        futures = [(pool.submit(_work, batch, rescan), len(batch)) for batch in batches]
        for future, size in futures:
            counts.add(future.result())
            if progress:
                progress(size)
