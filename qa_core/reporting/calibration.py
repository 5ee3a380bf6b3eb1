"""``qa report calibration``: sessions, evaluators against the benchmark, drift, overrides.

For each calibration session in the store: agreement among the people per criterion
(ambiguous criteria flagged), each evaluator's deviation from the benchmark in score
points and per criterion (flagged beyond the tolerance); across sessions, each
evaluator's drift; the overrides evaluators made of machine results; and, per criterion,
how often agents' disputes ended with the machine overturned.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..calibration.agreement import criterion_agreement
from ..calibration.deviation import session_figures
from ..calibration.overrides import overrides, overturn_rates
from ..calibration.sessions import load_session, sessions
from ..ruleset.compiled import Ruleset
from ..store.store import Store
from .output import write_json, write_table
from .render import Renderer


def write_calibration(
    store: Store,
    renderer: Renderer,
    ruleset: Ruleset,
    benchmark: str,
    tolerance: float,
    out: Path,
) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    generated = datetime.now(UTC)
    found = []
    for stored in sessions(store):
        ratings = load_session(store, stored.name)
        figures = session_figures(ratings, ruleset, benchmark, tolerance)
        agreement = {
            c: criterion_agreement(data, bootstrap=200)
            for c, data in sorted(ratings.criteria.items())
        }
        found.append(
            {
                "name": stored.name,
                "created_at": stored.created_at,
                "source": stored.source,
                "figures": figures,
                "agreement": agreement,
            }
        )
    drift: dict[str, list[dict[str, Any]]] = {}
    for session in found:
        for rater, figures in session["figures"]["evaluators"].items():
            drift.setdefault(rater, []).append(
                {
                    "session": session["name"],
                    "mean_deviation": figures["mean_deviation"],
                    "mean_absolute_deviation": figures["mean_absolute_deviation"],
                }
            )
    changed = overrides(store)
    direction = Counter((o.ruleset_id, o.criterion_id, o.machine_result, o.result) for o in changed)
    by_evaluator = Counter(o.actor for o in changed)
    document = {
        "disputes": overturn_rates(store),
        "report": "calibration",
        "generated_at": generated,
        "store_id": store.store_id,
        "ruleset": ruleset.identity(),
        "benchmark": benchmark,
        "tolerance": tolerance,
        "sessions": found,
        "drift": drift,
        "overrides": {
            "total": len(changed),
            "by_criterion": [
                {"ruleset": r, "criterion": c, "machine": m, "override": o, "count": n}
                for (r, c, m, o), n in sorted(direction.items())
            ],
            "by_evaluator": dict(sorted(by_evaluator.items())),
        },
    }
    write_json(out / "calibration.json", document)
    write_table(
        out / "calibration",
        ["session", "evaluator", "items", "mean_deviation", "mean_absolute_deviation", "flagged"],
        [
            [
                s["name"],
                rater,
                f["items"],
                f["mean_deviation"],
                f["mean_absolute_deviation"],
                f["flagged"],
            ]
            for s in found
            for rater, f in s["figures"]["evaluators"].items()
        ],
    )
    renderer.page(
        "html/calibration/index.html.j2",
        out / "index.html",
        generated=generated,
        filters={"benchmark": benchmark, "tolerance": tolerance},
        store_id=store.store_id,
        doc=document,
        ruleset=ruleset,
    )
    return {"sessions": len(found), "overrides": len(changed), "index": out / "index.html"}
