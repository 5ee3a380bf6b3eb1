"""``qa demo``: the main job end to end on the embedded default, on sample data.

A fresh demo store (``--home``, default ``.qa-demo``) takes in every bundled example
(our JSON, CSV chats, WebVTT, Contact Lens and Transcribe exports), scans it with each
bundled ruleset on the teams it was written for (``default`` on everyone), writes the
scorecards, coaching and audit reports under ``--out``, verifies the audit trail, and
prints a table of what it wrote.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import click

from ..errors import UserError
from .common import plugin_manager

# which teams each bundled ruleset is for; None: every interaction
RULESET_TEAMS: dict[str, tuple[str, ...] | None] = {
    "default": None,
    "payments": ("payments",),
    "collections": ("collections-east", "collections-west"),
    "cobranza": ("cobranza-mx",),
    "healthcare-member-services": ("member-services",),
}
STORE_FILES = ("store.db", "keyring.json", "master.key")


@click.command()
@click.option(
    "--home",
    "home",
    default=".qa-demo",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The demo's own store, made afresh on every run (never your QA_HOME).",
)
@click.option(
    "--out",
    "out_dir",
    default="qa-reports",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the reports go.",
)
@click.pass_context
def demo(ctx: click.Context, home: Path, out_dir: Path) -> None:
    """Store, scan and report on the bundled sample contacts, end to end."""
    from ..importing import read_input
    from ..reporting.audit import write_audit
    from ..reporting.coaching import write_coaching
    from ..reporting.render import Renderer
    from ..reporting.rulesets import RulesetCatalog
    from ..reporting.scorecards import write_scorecards
    from ..reporting.source import Filters
    from ..resources import bundled_dir
    from ..ruleset.catalog import bundled_rulesets
    from ..ruleset.loader import load_ruleset
    from ..scanning import run_scan
    from ..store.store import Store

    began = time.monotonic()
    pm = plugin_manager(ctx)
    _fresh(home)
    store, _ = Store.init(home, None, pm)
    stored, unread = 0, []
    examples_dir = bundled_dir("examples")
    for path in _sample_files(examples_dir):
        try:
            interactions = list(read_input(path, "auto", pm))
        except UserError:  # a vendor format whose importer plugin is not installed
            unread.append(path.name)
            continue
        stored += store.ingest(iter(interactions), source=f"demo {path.name}").stored
    click.echo(f"stored {stored} sample interactions, encrypted, in {home}/")
    if unread:
        click.echo(f"(not read, no importer installed for: {', '.join(unread)})")
    bundled = bundled_rulesets(pm)
    for ruleset_id, teams in RULESET_TEAMS.items():
        if ruleset_id not in bundled:
            continue
        ruleset = load_ruleset(bundled[ruleset_id].path, pm)
        scanned = run_scan(store, ruleset, pm, url=None, workers=1, teams=teams or ())
        scope = ", ".join(teams) if teams else "every team"
        click.echo(f"scanned {scanned.scanned:>3} with {ruleset.id} v{ruleset.version} ({scope})")
    renderer, catalog, everything = Renderer(pm), RulesetCatalog(pm), Filters()
    made = {
        "scorecards": write_scorecards(
            store, renderer, catalog, everything, out_dir / "scorecards"
        ),
        "coaching": write_coaching(store, renderer, catalog, everything, out_dir / "coaching"),
        "audit": write_audit(store, renderer, catalog, pm, everything, out_dir / "audit"),
    }
    made["calibration"] = _calibration(store, renderer, pm, examples_dir, out_dir / "calibration")
    verified = store.verify_audit()
    click.echo("")
    click.echo(f"{'report':<12} {'what':<38} path")
    click.echo(f"{'scorecards':<12} {_what_scorecards(made['scorecards']):<38} "
               f"{made['scorecards']['index']}")  # fmt: skip
    click.echo(
        f"{'coaching':<12} {_what_coaching(made['coaching']):<38} {made['coaching']['index']}"
    )
    click.echo(f"{'audit':<12} {'coverage, findings, trail':<38} {made['audit']['index']}")
    calibrated = f"{made['calibration']['sessions']} session: 3 evaluators vs the lead"
    click.echo(f"{'calibration':<12} {calibrated:<38} {made['calibration']['index']}")
    click.echo(
        f"\naudit trail {'intact' if verified.ok else 'BROKEN'} ({verified.entries} entries); "
        f"done in {time.monotonic() - began:.0f} s. Open the paths above in a browser."
    )


def _calibration(store, renderer, pm, examples: Path, out: Path) -> dict:
    """The worked example: three evaluators' ratings, stored as a session, reported."""
    from ..calibration.sessions import import_session
    from ..reporting.calibration import write_calibration
    from ..ruleset.catalog import resolve_ruleset

    ruleset = resolve_ruleset("default", pm)
    ratings = examples / "calibration" / "ratings.csv"
    import_session(store, ratings, "example", [c.id for c in ruleset.criteria])
    return write_calibration(store, renderer, ruleset, "lead", 5.0, out)


def _what_scorecards(made: dict) -> str:
    return f"{made['results']} scorecards, {made['pages']} index page(s)"


def _what_coaching(made: dict) -> str:
    return f"{made['agents']} agents in {made['teams']} teams"


def _sample_files(examples: Path) -> list[Path]:
    folders = [examples / name for name in ("interactions", "contacts", "formats")]  # not ratings
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


def _fresh(home: Path) -> None:
    """Empty the demo home, but never a folder that is not a qa store."""
    if home.exists():
        entries = list(home.iterdir())
        if entries and not any((home / name).exists() for name in STORE_FILES):
            raise UserError("exists and is not a qa store; choose another --home", where=str(home))
        shutil.rmtree(home)
