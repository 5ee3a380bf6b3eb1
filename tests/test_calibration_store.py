"""Calibration sessions and overrides in the store, and the calibration report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from browser import chromium, needs_browser, open_page
from qa_cli import QAResult, run_in_process

from qa_core.calibration.ratings import read_ratings
from qa_core.plugins import make_plugin_manager
from qa_core.ruleset.catalog import resolve_ruleset
from qa_core.scorer import ScoredItem, ScoredSection, compute_score

pytestmark = pytest.mark.slow  # a store scanned by real processes

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"
RATINGS = ROOT / "examples" / "calibration" / "ratings.csv"
REASON = "agent talks over her about the 4th; this is dismissive"


def qa(home: Path, *args: str, actor: str = "tester") -> QAResult:
    return run_in_process(*args, env={"QA_HOME": str(home), "QA_ACTOR": actor})


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("calibration") / "qa-home"
    assert qa(home, "init").returncode == 0
    examples = ROOT / "examples"
    done = qa(home, "ingest", str(examples / "interactions"), str(examples / "contacts"))
    assert done.returncode == 0, done.stderr
    for ruleset in ("default", "payments"):
        # inline (one worker): the same scores as a pool (test_scan checks that), without
        # two fresh processes loading the models for every scan of this fixture
        assert qa(home, "scan", "--ruleset", ruleset, "--workers", "1").returncode == 0
    done = qa(
        home, "calibrate", "import", str(RATINGS), "--session", "2026-11", "--ruleset", "default"
    )
    assert done.returncode == 0, done.stderr
    done = qa(
        home,
        "override",
        "nov-b04",
        "no_dismissive_language",
        "--result",
        "not_met",
        "--reason",
        REASON,
        actor="lead",
    )
    assert done.returncode == 0, done.stderr
    return home


def test_sessions_are_stored_once_and_audited(home, tmp_path):
    listed = json.loads(qa(home, "calibrate", "sessions", "--json").stdout)
    assert [(s["name"], s["ratings"]) for s in listed] == [("2026-11", 324)]
    again = qa(home, "calibrate", "import", str(RATINGS), "--session", "2026-11")
    assert again.returncode == 2 and "session '2026-11' exists" in again.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("item_id,rater_id,criterion_id,value\nc1,ann,greeting,1\nc1,ann,greeting,0\n")
    failed = qa(home, "calibrate", "import", str(bad), "--session", "broken")
    assert failed.returncode == 2 and "bad.csv:3:" in failed.stderr
    names = [s["name"] for s in json.loads(qa(home, "calibrate", "sessions", "--json").stdout)]
    assert names == ["2026-11"]  # nothing half-written
    trail = tmp_path / "trail.jsonl"
    assert qa(home, "audit", "export", "--out", str(trail)).returncode == 0
    lines = [json.loads(line) for line in trail.read_text().splitlines()]
    actions = [line["action"] for line in lines if line["kind"] == "entry"]
    assert actions.count("calibration_import") == 1 and actions.count("override") == 1


def test_an_override_keeps_the_machine_result_and_seals_the_reason(home, tmp_path):
    listed = [
        json.loads(line) for line in qa(home, "override", "--list", "--json").stdout.splitlines()
    ]
    (item,) = listed
    assert (item["machine_result"], item["result"], item["actor"]) == ("met", "not_met", "lead")
    assert item["reason"] == REASON
    assert REASON.encode() not in (home / "store.db").read_bytes()  # encrypted at rest
    trail = tmp_path / "trail.jsonl"
    qa(home, "audit", "export", "--out", str(trail))
    assert "talks over her" not in trail.read_text()
    out = tmp_path / "sc"
    assert qa(home, "report", "scorecards", "--out", str(out)).returncode == 0
    page = (out / "interactions" / "nov-b04.html").read_text()
    assert 'data-override="lead"' in page and "talks over her" not in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("nov-b04", "closing_thanks", "--result", "met", "--reason", "x"),
            "criterion 'closing_thanks' is in rulesets default, payments; name one with --ruleset",
        ),
        (
            ("nov-b04", "greting", "--result", "met", "--reason", "x"),
            "no stored result of 'nov-b04' has criterion 'greting'",
        ),
        (("nov-b04", "greeting", "--result", "met"), "--reason: say why"),
        (("nobody", "greeting", "--result", "met", "--reason", "x"), "no interaction 'nobody'"),
    ],
)
def test_bad_overrides_get_one_line(home, args, message):
    done = qa(home, "override", *args)
    assert done.returncode == 2 and message in done.stderr and "\n" not in done.stderr.strip()


def _score(ruleset, rated: dict) -> float | None:
    words = {1.0: "met", 0.0: "not_met"}
    sections = [
        ScoredSection(
            s.weight,
            [
                ScoredItem(words.get(rated.get(c.id), "na"), c.points, c.critical)
                for c in s.criteria
            ],
        )
        for s in ruleset.sections
    ]
    return compute_score(sections, ruleset.pass_mark).score


def test_the_calibration_report_measures_evaluators_against_the_lead(home, tmp_path):
    done = qa(home, "report", "calibration", "--out", str(tmp_path), "--benchmark", "lead")
    assert done.returncode == 0, done.stderr
    document = json.loads((tmp_path / "calibration.json").read_text())
    (session,) = document["sessions"]
    ruleset = resolve_ruleset("default", make_plugin_manager())
    ratings = read_ratings(RATINGS)
    items = sorted({i for c in ratings.criteria.values() for i in c.values})
    for rater in ("sam", "kim"):
        deviations = []
        for item in items:

            def of(who, item=item):
                return {
                    c: d.values[item][who]
                    for c, d in ratings.criteria.items()
                    if who in d.values.get(item, {})
                }

            deviations.append(_score(ruleset, of(rater)) - _score(ruleset, of("lead")))
        figures = session["figures"]["evaluators"][rater]
        mean_abs = sum(abs(d) for d in deviations) / len(deviations)
        assert figures["mean_absolute_deviation"] == pytest.approx(mean_abs)
        assert figures["flagged"] == (mean_abs > 5)
    assert session["figures"]["evaluators"]["sam"]["flagged"] is True  # the lenient one
    assert session["figures"]["evaluators"]["kim"]["flagged"] is False
    assert document["overrides"]["by_criterion"] == [
        {
            "ruleset": "default",
            "criterion": "no_dismissive_language",
            "machine": "met",
            "override": "not_met",
            "count": 1,
        }
    ]
    assert list(document["drift"]) == ["kim", "sam"]
    assert (tmp_path / "calibration.csv").read_text().startswith("session,evaluator")
    html = (tmp_path / "index.html").read_text()
    assert "beyond tolerance" in html and REASON not in html


def test_overrides_join_the_ratings_as_the_evaluators_ratings(home, tmp_path):
    ratings = tmp_path / "r.csv"
    ratings.write_text(
        "item_id,rater_id,criterion_id,value\nnov-b04,kim,no_dismissive_language,met\n"
        "call-d01,kim,no_dismissive_language,met\n"
    )
    done = qa(
        home,
        "calibrate",
        "run",
        "--ruleset",
        "default",
        "--store",
        "--with-overrides",
        "--ratings",
        str(ratings),
        "--json",
        "--bootstrap",
        "0",
    )
    assert done.returncode == 0, done.stderr
    c = json.loads(done.stdout)["criteria"]["no_dismissive_language"]
    assert set(c["machine_vs_evaluators"]) == {"kim", "lead"}
    assert c["machine_vs_evaluators"]["lead"] == {
        "n": 1,
        "percent_agreement": 0.0,
        "cohen_kappa": None,
    }


@needs_browser
def test_the_calibration_report_opens_cleanly(home, tmp_path):
    assert qa(home, "report", "calibration", "--out", str(tmp_path)).returncode == 0
    dialogs: list[str] = []
    with chromium() as browser:
        opened = open_page(browser, tmp_path / "index.html", dialogs)
        opened.page.screenshot(path=str(tmp_path / "calibration.png"), full_page=True)
        assert opened.problems == [] and dialogs == []
