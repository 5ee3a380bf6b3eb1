"""``qa report audit``: what a compliance officer files.

Scan coverage (what share of stored interactions each ruleset version scored, and how
many were in a language no recogniser read), PCI and HIPAA findings by type, team, month
and language, critical failures, every view of unredacted
text with who and why, recordings muted, seconds muted and recordings refused as unsafe,
key rotations, purges and holds, failed interactions, and the
audit trail's verification with its latest signed checkpoint. Findings are counted
once per interaction, however many rulesets found them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from ..lexicon import primary
from ..plugins import QAPluginManager
from ..store.results import counts_by_ruleset_version, scanned_count
from ..store.schema import AuditCheckpoint, AuditEntry, StoredInteraction
from ..store.store import Store
from .output import write_json, write_table
from .render import Renderer
from .rulesets import RulesetCatalog
from .scorecards import filters_json, page_name
from .source import Filters, aware, reported_results

KEY_ACTIONS = ("keys_rotate", "purge_customer", "purge_before", "hold_add", "hold_remove")
VIEW_ACTIONS = ("view_unredacted", "recording_unredacted")
LISTED = 1000  # rows listed on the page per table; the CSV beside it has them all


def regime_of(pm: QAPluginManager) -> dict[str, str]:
    """Entity → regime ("PCI", "HIPAA") as the installed presets declare; else "other"."""
    return pm.entity_regimes


def month_of(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m") if moment else "undated"


def coverage(store: Store, filters: Filters) -> dict[str, Any]:
    """Stored interactions, and how many each ruleset version scored (current content)."""
    with Session(store.engine) as session:
        total_query = select(func.count()).select_from(StoredInteraction)
        if filters.since:
            total_query = total_query.where(StoredInteraction.started_at >= filters.since)
        total = int(session.exec(total_query).one())
    versions = [
        {
            "ruleset": count.ruleset_id,
            "version": count.version,
            "sha256": count.sha256,
            "interactions": count.interactions,
            "share": count.interactions / total if total else None,
            "last_scan": aware(count.last_scan),
        }
        for count in counts_by_ruleset_version(store, filters.since)
    ]
    scanned = scanned_count(store, filters.since)
    return {
        "interactions": total,
        "scanned": scanned,
        "unscanned": total - scanned,
        "share_scanned": scanned / total if total else None,
        "by_ruleset_version": versions,
    }


def trail(store: Store, filters: Filters) -> dict[str, Any]:
    """Views of unredacted text, key and retention events, and the chain's state."""
    since = filters.since.isoformat() if filters.since else ""
    with Session(store.engine) as session:
        query = (
            select(AuditEntry)
            .where(AuditEntry.action.in_(VIEW_ACTIONS + KEY_ACTIONS))
            .where(AuditEntry.at >= since)
            .order_by(AuditEntry.seq)
        )
        views, key_events = [], []
        released = int(
            session.exec(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "recording_released", AuditEntry.at >= since)
            ).one()
        )
        for entry in session.exec(query):
            details = json.loads(entry.details)
            item = {
                "seq": entry.seq,
                "at": entry.at,
                "actor": entry.actor,
                "action": entry.action,
                "subject": entry.subject,
            }
            if entry.action in VIEW_ACTIONS:
                views.append({**item, "reason": details.get("reason", "")})
            else:
                key_events.append({**item, "details": details})
        checkpoint = session.exec(
            select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)
        ).first()
    verified = store.verify_audit()
    return {
        "views": views,
        "released": released,
        "key_events": key_events,
        "verification": {
            "ok": verified.ok,
            "entries": verified.entries,
            "head": verified.head,
            "problem": verified.problem,
            "bad_seq": verified.bad_seq,
        },
        "checkpoint": None
        if checkpoint is None
        else {
            "seq": checkpoint.seq,
            "head_hash": checkpoint.head_hash,
            "signature": checkpoint.signature,
        },
    }


class FindingsAndFailures:
    """One pass over the results: findings counted, critical and failed ones listed."""

    def __init__(self, regimes: dict[str, str], catalog: RulesetCatalog) -> None:
        self.regimes, self.catalog = regimes, catalog
        self.by_entity: Counter = Counter()
        self.by_team: dict[str, Counter] = defaultdict(Counter)
        self.by_month: dict[str, Counter] = defaultdict(Counter)
        self.interactions_with: Counter = Counter()
        self.by_language: dict[str, Counter] = defaultdict(Counter)
        self.interactions_in: Counter = Counter()  # interactions per language
        self.uncovered_in: Counter = Counter()  # of those, read by no recogniser for it
        self.critical: list[dict[str, Any]] = []
        self.failed: list[dict[str, Any]] = []
        self.critical_total = self.failed_total = 0
        self.recordings: Counter = Counter()  # muted, unsafe, unreadable
        self.seconds_muted = 0.0

    def add(self, group) -> None:
        seen: set[tuple] = set()
        regimes_here: set[str] = set()
        language: str | None = None
        audio: dict | None = None
        for reported in group:
            i, r, line = reported.interaction, reported.result, reported.line
            if r.failed or not reported.readable:
                self.failed_total += 1
                if len(self.failed) < LISTED:
                    self.failed.append(
                        {
                            "interaction": i.id,
                            "ruleset": r.ruleset_id,
                            "error": r.error or "does not decrypt",
                            "scanned_at": aware(r.scanned_at),
                        }
                    )
                continue
            if language is None:
                language = self._language(line.get("language"))
            if audio is None and isinstance(line.get("audio"), dict):
                audio = line["audio"]
            for f in line.get("findings", []):
                key = (f["entity"], f["turn"], f["start"], f["end"])
                if key in seen:
                    continue
                seen.add(key)
                regime = self.regimes.get(f["entity"], "other")
                regimes_here.add(regime)
                self.by_entity[(regime, f["entity"])] += 1
                self.by_language[language][regime] += 1
                self.by_team[i.team or "(none)"][regime] += 1
                self.by_month[month_of(aware(i.started_at))][regime] += 1
            if r.auto_failed:
                self.critical_total += 1
                missed = [
                    self.catalog.criterion(r.ruleset_sha256, r.ruleset_id, c["id"])
                    for c in line.get("criteria", [])
                    if c["result"] == "not_met"
                ]
                critical = [c.title for c in missed if c.critical] or [c.title for c in missed]
                if len(self.critical) < LISTED:
                    self.critical.append(
                        {
                            "interaction": i.id,
                            "page": page_name(i.id),
                            "agent": i.agent_id,
                            "team": i.team,
                            "ruleset": r.ruleset_id,
                            "version": r.ruleset_version,
                            "criteria": critical,
                        }
                    )
        for regime in regimes_here:
            self.interactions_with[regime] += 1
        if audio is not None:  # a recording counted once, as its newest plan says
            self.recordings[str(audio.get("status"))] += 1
            self.seconds_muted += float(audio.get("muted_s") or 0)

    def _language(self, checked: Any) -> str:
        """An interaction's language (detected, else declared), counted once, and
        whether recognisers for it ran (``supported`` in its result line)."""
        checked = checked if isinstance(checked, dict) else {}
        tag = checked.get("detected") or checked.get("declared") or "unknown"
        language = primary(str(tag)) or "unknown"
        self.interactions_in[language] += 1
        if checked.get("supported") is False:
            self.uncovered_in[language] += 1
        return language


def write_audit(
    store: Store,
    renderer: Renderer,
    catalog: RulesetCatalog,
    pm: QAPluginManager,
    filters: Filters,
    out: Path,
) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    generated = datetime.now(UTC)
    covered = coverage(store, filters)
    gathered = FindingsAndFailures(regime_of(pm), catalog)
    for group in reported_results(store, filters):
        gathered.add(group)
    events = trail(store, filters)
    regimes = (*pm.regimes, "other")
    findings = {
        "by_entity": [
            {"regime": reg, "entity": ent, "findings": n}
            for (reg, ent), n in sorted(gathered.by_entity.items())
        ],
        "by_team": {t: dict(c) for t, c in sorted(gathered.by_team.items())},
        "by_month": {m: dict(c) for m, c in sorted(gathered.by_month.items())},
        "interactions_with": dict(gathered.interactions_with),
        "by_language": {
            language: {
                "interactions": gathered.interactions_in[language],
                "not_covered": gathered.uncovered_in[language],
                "findings": dict(gathered.by_language.get(language, {})),
            }
            for language in sorted(gathered.interactions_in)
        },
        "total": {
            reg: sum(n for (r, _), n in gathered.by_entity.items() if r == reg) for reg in regimes
        },
    }
    covered["not_covered_by_language"] = sum(gathered.uncovered_in.values())
    document = {
        "report": "audit",
        "generated_at": generated,
        "store_id": store.store_id,
        "filters": filters_json(filters),
        "coverage": covered,
        "findings": findings,
        "recordings": {
            "muted": gathered.recordings["muted"],
            "seconds_muted": round(gathered.seconds_muted, 1),
            "refused_unsafe": gathered.recordings["unsafe"],
            "unreadable": gathered.recordings["unreadable"],
            "released": events["released"],
        },
        "critical_failures": {"total": gathered.critical_total, "listed": gathered.critical},
        "failed_interactions": {"total": gathered.failed_total, "listed": gathered.failed},
        "unredacted_views": events["views"],
        "key_and_retention_events": events["key_events"],
        "audit_trail": {"verification": events["verification"], "checkpoint": events["checkpoint"]},
    }
    write_json(out / "audit.json", document)
    write_table(
        out / "audit-findings",
        ["regime", "entity", "findings"],
        [[f["regime"], f["entity"], f["findings"]] for f in findings["by_entity"]],
    )
    write_table(
        out / "audit",
        ["section", "when", "who", "what", "subject", "detail"],
        [
            *[
                ["unredacted view", v["at"], v["actor"], v["action"], v["subject"], v["reason"]]
                for v in events["views"]
            ],
            *[
                [
                    "key or retention",
                    e["at"],
                    e["actor"],
                    e["action"],
                    e["subject"],
                    json.dumps(e["details"], sort_keys=True),
                ]
                for e in events["key_events"]
            ],
            *[
                [
                    "critical failure",
                    "",
                    c["agent"],
                    c["ruleset"],
                    c["interaction"],
                    "; ".join(c["criteria"]),
                ]
                for c in gathered.critical
            ],
            *[
                [
                    "failed interaction",
                    f["scanned_at"],
                    "",
                    f["ruleset"],
                    f["interaction"],
                    f["error"],
                ]
                for f in gathered.failed
            ],
        ],
    )
    renderer.page(
        "html/audit/index.html.j2",
        out / "index.html",
        generated=generated,
        filters=filters_json(filters),
        store_id=store.store_id,
        doc=document,
        regimes=regimes,
    )
    return {"ok": events["verification"]["ok"], "index": out / "index.html"}
