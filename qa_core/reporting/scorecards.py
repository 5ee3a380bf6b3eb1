"""``qa report scorecards``: an index of every result, and a page per interaction.

Two passes over the store: the plain columns first (totals, medians, the page count;
no decryption), then the results themselves, a page of interactions at a time, each
interaction's page written as soon as it is read. Index pages hold ``INDEX_PAGE``
rows, so no page and no pass holds the whole store.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..calibration.overrides import overrides as overridden
from ..store.schema import StoredResult
from ..store.store import Store
from .figures import ScoreTally
from .output import RowFiles
from .render import Renderer
from .rulesets import RulesetCatalog
from .snippets import evidence_snippets
from .source import Filters, ReportedResult, aware, newest_pages, reported_results, verdict_of
from .timeline import timeline

INDEX_PAGE = 500
COLUMNS = (
    "id", "ruleset", "version", "channel", "agent", "team", "started_at",
    "score", "verdict", "not_met", "findings", "page",
)  # fmt: skip


@dataclass
class Summary:
    overall: ScoreTally
    by_ruleset: dict[str, ScoreTally]
    results: int

    def to_json(self) -> dict[str, Any]:
        def one(t: ScoreTally) -> dict[str, Any]:
            return {
                "results": t.total,
                "verdicts": dict(sorted(t.verdicts.items())),
                "pass_rate": t.pass_rate,
                "median_score": t.median,
                "mean_score": t.mean,
            }

        return {**one(self.overall), "by_ruleset": {k: one(v) for k, v in self.by_ruleset.items()}}


def page_name(interaction_id: str) -> str:
    """A file name for an interaction's page: its id when that is safe, else a slug + hash."""
    slug = re.sub(r"[^A-Za-z0-9_.-]", "_", interaction_id)[:80]
    if slug == interaction_id and not slug.startswith("."):
        return f"{slug}.html"
    return f"{slug.lstrip('.')}-{hashlib.sha256(interaction_id.encode()).hexdigest()[:10]}.html"


def index_name(page: int) -> str:
    return "index.html" if page == 1 else f"index-{page}.html"


def summarise(store: Store, filters: Filters) -> Summary:
    """Totals from the plain columns alone: nothing is decrypted for them."""
    overall, by_ruleset = ScoreTally(), {}
    for page in newest_pages(store, filters):
        for result, _ in page:
            verdict = verdict_of(result.passed, result.auto_failed, result.failed)
            overall.add(result.score, verdict)
            by_ruleset.setdefault(result.ruleset_id, ScoreTally()).add(result.score, verdict)
    return Summary(overall, dict(sorted(by_ruleset.items())), overall.total)


def write_scorecards(
    store: Store, renderer: Renderer, catalog: RulesetCatalog, filters: Filters, out: Path
) -> dict[str, Any]:
    """Write the report into ``out``; returns what the CLI prints."""
    out.mkdir(parents=True, exist_ok=True)
    summary = summarise(store, filters)
    pages = max(1, -(-summary.results // INDEX_PAGE))
    generated = datetime.now(UTC)
    common = {
        "generated": generated,
        "filters": filters_json(filters),
        "store_id": store.store_id,
        "summary": summary,
        "pages": pages,
        "catalog": catalog,
    }
    head = {
        "report": "scorecards",
        "generated_at": generated,
        "store_id": store.store_id,
        "filters": filters_json(filters),
        "summary": summary.to_json(),
    }
    rows: list[dict[str, Any]] = []
    page = 1
    any_overrides = bool(overridden(store))
    with RowFiles(out, "scorecards", head, "scorecards", COLUMNS) as table:
        for group in reported_results(store, filters):
            changed = overridden(store, group[0].interaction.id) if any_overrides else []
            renderer.page(
                "html/scorecards/interaction.html.j2",
                out / "interactions" / page_name(group[0].interaction.id),
                cards=[card_of(r, catalog, changed) for r in group],
                interaction=group[0].interaction,
                **common,
            )
            for reported in group:
                row = _row(reported)
                table.add(row)
                rows.append(row)
                if len(rows) == INDEX_PAGE:
                    _index(renderer, out, page, rows, common)
                    rows, page = [], page + 1
    if rows or page == 1:
        _index(renderer, out, page, rows, common)
    return {"results": table.count, "pages": pages, "index": out / "index.html"}


def _index(renderer: Renderer, out: Path, page: int, rows: list, common: dict) -> None:
    renderer.page(
        "html/scorecards/index.html.j2",
        out / index_name(page),
        rows=rows,
        page=page,
        index_name=index_name,
        **common,
    )


def filters_json(filters: Filters) -> dict[str, Any]:
    return {k: v for k, v in vars(filters).items() if v is not None}


def _row(reported: ReportedResult) -> dict[str, Any]:
    i, r, line = reported.interaction, reported.result, reported.line
    started = aware(i.started_at)
    return {
        "id": i.id,
        "ruleset": r.ruleset_id,
        "version": r.ruleset_version,
        "sha256": r.ruleset_sha256,
        "channel": i.channel,
        "agent": i.agent_id,
        "team": i.team,
        "started_at": started.isoformat() if started else None,
        "score": r.score,
        "verdict": reported.verdict,
        "not_met": [c["id"] for c in line.get("criteria", []) if c["result"] == "not_met"],
        "findings": len(line.get("findings", [])),
        "page": f"interactions/{page_name(i.id)}",
    }


def card_of(reported: ReportedResult, catalog: RulesetCatalog, changed: list) -> dict[str, Any]:
    """What an interaction's page shows of one result (with evaluators' overrides)."""
    r, line = reported.result, reported.line
    sections: dict[str, list[dict[str, Any]]] = {}
    for criterion in line.get("criteria", []):
        info = catalog.criterion(r.ruleset_sha256, r.ruleset_id, criterion["id"])
        sections.setdefault(criterion.get("section") or info.section, []).append(
            {
                **criterion,
                "title": info.title,
                "critical": info.critical,
                "snippets": evidence_snippets(line, criterion.get("evidence", [])),
                "overrides": [
                    o
                    for o in changed
                    if o.ruleset_id == r.ruleset_id and o.criterion_id == criterion["id"]
                ],
            }
        )
    findings = Counter(f["entity"] for f in line.get("findings", []))
    return {
        "result": r,
        "verdict": reported.verdict,
        "title": catalog.title(r.ruleset_sha256, r.ruleset_id),
        "sections": sections,
        "findings": sorted(findings.items()),
        "turns": line.get("turns", []),
        "timeline": timeline(line),
        "language": _language(line.get("language")),
        "error": None if reported.readable else _error_text(r, line),
        "scanned_at": aware(r.scanned_at),
    }


def _language(checked: Any) -> dict[str, Any] | None:
    """What the page says of the language, and the ``lang`` the transcript and evidence
    are marked with (the page's own words stay English)."""
    if not isinstance(checked, dict):
        return None
    tag = checked.get("detected") or checked.get("declared")
    return {**checked, "lang": tag if isinstance(tag, str) else None}


def _error_text(result: StoredResult, line: dict[str, Any]) -> str:
    if line.get("error", {}).get("type") == "DecryptionError":
        return "this result cannot be decrypted (its key was destroyed, or it was tampered with)"
    return result.error or "the scan failed"
