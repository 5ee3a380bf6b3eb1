"""One batch of stored interactions: decrypt, analyse once, score, write in ONE transaction.

Results are unique per (interaction, ruleset hash, content MAC) and written with the
batch's audit entry in the same transaction, so a batch is either wholly stored or
not at all, and writing it twice (a redelivered batch) stores nothing new.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from ..analysis.redaction import effective_style, redact_interaction
from ..audio.plan import plan_for_stored
from ..evaluation import Evaluation, EvaluationFailure, Evaluator
from ..ruleset.compiled import Ruleset
from ..store.columns import columns_mac
from ..store.envelope import DecryptionError
from ..store.floor import with_store_floor
from ..store.recordings import recorded as recorded_ids
from ..store.results import write_results
from ..store.schema import StoredInteraction
from ..store.store import Store
from ..timing import CORE, PluginTimer
from .outcome import BatchOutcome


class BatchScanner:
    """Scores batches of stored interactions and writes their results (one per process)."""

    def __init__(self, store: Store, ruleset: Ruleset, pm: Any) -> None:
        self.store = store
        self.ruleset = with_store_floor(ruleset, pm, store.home)
        self.pm = pm
        self.plugins = json.dumps(
            {c.rule.plugin: c.rule.plugin_version for c in ruleset.criteria}, sort_keys=True
        )
        self.key = store.redaction_key()
        self.evaluator = Evaluator(self.ruleset, pm)

    def warm_up(self) -> None:
        """Load what the first batch would (spaCy, Presidio): a worker starts ready."""
        self.evaluator.analyzer.warm_up()

    def run(self, ids: list[str], rescan: bool = False) -> BatchOutcome:
        timer = PluginTimer()
        self.evaluator.use_timer(timer)
        with timer.measure(CORE, "read"), Session(self.store.engine) as session:
            rows = session.exec(
                select(StoredInteraction).where(StoredInteraction.id.in_(ids))
            ).all()
            for row in rows:
                session.expunge(row)
        readable, results = [], []
        with timer.measure(CORE, "decrypt"):
            for row in rows:
                try:
                    readable.append((row, self.store.decrypt(row)))
                except DecryptionError:
                    failure = {"id": row.id, "error": {"type": "DecryptionError"}}
                    results.append(self._result(row, failure, failed=True))
        outcomes = self.evaluator.evaluate_all(i for _, i in readable)
        # which have recordings, asked once for the batch (only when the ruleset mutes audio)
        recorded = recorded_ids(self.store, ids) if self.ruleset.redaction.audio else set()
        for (row, interaction), outcome in zip(readable, outcomes, strict=True):
            if isinstance(outcome, EvaluationFailure):
                error = f"{outcome.plugin}/{outcome.criterion}: {outcome.error}"
                results.append(self._result(row, outcome.to_json(), failed=True, error=error))
                continue
            with timer.measure(CORE, "redact+seal"):
                line = outcome.to_json()
                style = effective_style(self.ruleset.redaction.style, self.key)
                redacted = redact_interaction(interaction, outcome.findings, style, self.key)
                line["turns"] = redacted.turns
                line["redactions"] = [r.to_json() for r in redacted.redactions]
            if row.id in recorded:
                with timer.measure(CORE, "audio"):
                    line["audio"] = plan_for_stored(
                        self.store, row, outcome.findings, self.ruleset.redaction.audio_pad
                    )
            with timer.measure(CORE, "redact+seal"):
                results.append(self._result(row, line, outcome=outcome))
        with timer.measure(CORE, "write"):
            write_results(
                self.store,
                self.ruleset.id,
                self.ruleset.sha256,
                results,
                [r.id for r in rows],
                rescan,
            )
        failed = sum(r["failed"] for r in results)
        return BatchOutcome(len(ids), len(results) - failed, failed, timer.to_json())

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
        try:
            nonce, ciphertext = self.store.seal_result(row, self.ruleset.sha256, payload)
        except DecryptionError:
            # an interaction whose key is gone cannot seal anything; its failure record
            # says only that (plain columns), there is no text to protect
            nonce, ciphertext = b"", b""
            error = error or "DecryptionError"
        score = outcome.score if outcome else None
        columns = {
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
        columns["columns_mac"] = columns_mac(self.store.mac_key, "results", columns)
        return columns
