"""``qa demo``: the main job end to end on the embedded default, on sample data.

It creates (or reuses) the encrypted store in QA_HOME, ingests the bundled sample
interactions, scans them with every bundled ruleset, prints each ruleset's scorecards
for the samples its tests name, writes the result lines, and verifies the audit trail.
Run it twice: the second run ingests and scores nothing new.
"""

from __future__ import annotations

from pathlib import Path

import click

from .common import plugin_manager


@click.command()
@click.option(
    "--out",
    "out_dir",
    default="qa-reports/demo",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for the result JSON lines.",
)
@click.pass_context
def demo(ctx: click.Context, out_dir: Path) -> None:
    """Store, scan and score the bundled samples with every bundled ruleset."""
    from ..atomic import atomic_text_writer
    from ..config import qa_home
    from ..reading import read_interactions
    from ..resources import bundled_dir
    from ..ruleset.catalog import bundled_rulesets
    from ..ruleset.loader import load_ruleset
    from ..scanning import run_scan
    from ..store.store import Store
    from ..templates import make_environment

    pm = plugin_manager(ctx)
    store, created = Store.init(qa_home(), None, pm)
    click.echo(f"{'created' if created else 'using'} the encrypted store in {qa_home()}")
    counts = store.ingest(
        read_interactions(bundled_dir("examples") / "interactions"), source="demo samples"
    )
    click.echo(f"ingested {counts.stored} new interactions ({counts.unchanged} already stored)")
    template = make_environment().get_template("console/scorecards.txt.j2")
    out_dir.mkdir(parents=True, exist_ok=True)
    for bundled in bundled_rulesets(pm).values():
        ruleset = load_ruleset(bundled.path, pm)
        scanned = run_scan(store, ruleset, pm, url=None, workers=1)
        click.echo(
            f"scan {ruleset.id}: {scanned.scanned} scored, {scanned.skipped} already "
            f"scored, {scanned.failed} failed\n"
        )
        ids = {i.id for e in ruleset.examples for i in read_interactions(e.interaction)}
        lines = _results(store, ruleset.sha256, ids)
        with atomic_text_writer(out_dir / f"{ruleset.id}.jsonl") as out:
            for _, line in lines:
                out.write(line + "\n")
        cards = [_card(row, line) for row, line in lines]
        click.echo(template.render(ruleset=ruleset, cards=cards))
    verified = store.verify_audit()
    click.echo(
        f"result lines written to {out_dir}/; audit trail "
        f"{'intact' if verified.ok else 'BROKEN'} ({verified.entries} entries)"
    )


def _results(store, sha256: str, ids: set[str]) -> list[tuple]:
    from sqlmodel import Session, select

    from ..store.schema import StoredInteraction, StoredResult

    query = (
        select(StoredResult, StoredInteraction)
        .join(StoredInteraction, StoredInteraction.id == StoredResult.interaction_id)
        .where(StoredResult.ruleset_sha256 == sha256)
        .order_by(StoredResult.interaction_id)
    )
    with Session(store.engine) as session:
        return [
            (row, store.open_result(row, sha256, result.nonce, result.ciphertext).decode("utf-8"))
            for result, row in session.exec(query)
            if row.id in ids
        ]


def _card(row, line: str) -> dict:
    import json

    result = json.loads(line)
    if "error" in result:
        return {
            "id": row.id,
            "agent": row.agent_id,
            "team": row.team,
            "score_text": "-",
            "verdict": "ERROR",
            "missed": [],
        }
    verdict = (
        "AUTO-FAIL"
        if result["auto_failed"]
        else "N/A"
        if result["passed"] is None
        else "PASS"
        if result["passed"]
        else "FAIL"
    )
    return {
        "id": row.id,
        "agent": row.agent_id,
        "team": row.team,
        "score_text": "-" if result["score"] is None else f"{result['score']:.2f}",
        "verdict": verdict,
        "missed": [c["id"] for c in result["criteria"] if c["result"] == "not_met"],
    }
