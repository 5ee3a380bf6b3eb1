"""Reports rendered from a real scanned store, checked against the store and in a browser."""

from __future__ import annotations

import csv
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from browser import chromium, needs_browser, open_page
from qa_cli import QAResult, run_in_process

from qa_core.reporting.pdf import pdf_unavailable

pytestmark = pytest.mark.slow  # a scanned store, the demo and a real browser

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"
EXAMPLES = ROOT / "examples" / "interactions"
HOSTILE = ROOT / "tests" / "data" / "hostile-chat.json"
FRENCH = ROOT / "tests" / "data" / "french-chat.json"  # a language no plugin reads
RULESETS = ("default", "collections")


def qa(home: Path, *args: str, check: bool = True) -> QAResult:
    done = run_in_process(*args, env={"QA_HOME": str(home), "QA_ACTOR": "report-tests"})
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def store_home(tmp_path_factory) -> Path:
    """The examples plus a hostile chat and a French one, scanned under two rulesets."""
    home = tmp_path_factory.mktemp("reports") / "qa-home"
    qa(home, "init")
    qa(home, "ingest", str(EXAMPLES), str(HOSTILE), str(FRENCH))
    for ruleset in RULESETS:
        qa(home, "scan", "--ruleset", ruleset)
    qa(home, "show", "call-d01", "--unredacted", "--reason", "billing dispute review")
    qa(home, "keys", "rotate")
    return home


@pytest.fixture(scope="module")
def stored_lines(store_home) -> list[dict]:
    lines = qa(store_home, "results", "--json").stdout.splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def reports(store_home, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    qa(store_home, "report", "scorecards", "--out", str(out / "scorecards"))
    qa(store_home, "report", "coaching", "--out", str(out / "coaching"))
    pdf = [] if pdf_unavailable() else ["--pdf"]
    qa(store_home, "report", "audit", "--out", str(out / "audit"), *pdf)
    return out


def _verdict(line: dict) -> str:
    if "error" in line:
        return "error"
    if line["auto_failed"]:
        return "auto-fail"
    if line["passed"] is None:
        return "n/a"
    return "pass" if line["passed"] else "fail"


def test_scorecard_figures_are_the_stored_results(reports, stored_lines):
    document = json.loads((reports / "scorecards" / "scorecards.json").read_text())
    by_ruleset = defaultdict(list)
    for line in stored_lines:
        by_ruleset[line["ruleset"]["id"]].append(line)
    assert set(document["summary"]["by_ruleset"]) == set(RULESETS)
    for ruleset, lines in by_ruleset.items():
        figures = document["summary"]["by_ruleset"][ruleset]
        verdicts = [_verdict(line) for line in lines]
        judged = [v for v in verdicts if v in ("pass", "fail", "auto-fail")]
        assert figures["results"] == len(lines)
        assert figures["pass_rate"] == pytest.approx(verdicts.count("pass") / len(judged))
        scores = [line["score"] for line in lines if line.get("score") is not None]
        assert figures["median_score"] == pytest.approx(statistics.median(scores))
    assert document["summary"]["results"] == len(stored_lines)
    rows = {(r["id"], r["ruleset"]): r for r in document["scorecards"]}
    assert len(rows) == len(stored_lines)
    for line in stored_lines:
        row = rows[(line["id"], line["ruleset"]["id"])]
        assert row["score"] == line["score"] and row["verdict"] == _verdict(line)
        missed = [c["id"] for c in line["criteria"] if c["result"] == "not_met"]
        assert row["not_met"] == missed and row["findings"] == len(line["findings"])


def test_the_index_page_shows_the_same_figures(reports, stored_lines):
    html = (reports / "scorecards" / "index.html").read_text()
    scores = [line["score"] for line in stored_lines if line.get("score") is not None]
    assert f'data-figure="results">{len(stored_lines)}<' in html
    assert f'data-figure="median-score">{statistics.median(scores):.2f}<' in html


def test_csv_cells_that_look_like_formulas_are_neutralised(reports):
    with (reports / "scorecards" / "scorecards.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    hostile = [r for r in rows if r["id"].startswith("chat-hostile")]
    assert hostile and all(r["agent"].startswith("'=HYPERLINK") for r in hostile)
    assert all(r["team"] == "'@sales" for r in hostile)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value


def _sensitive_values(stored_lines) -> set[str]:
    """Every value a ruleset redacted, read from the original example files.

    A value the redaction itself left readable elsewhere (a company name taken for a
    person once) is not one a report can be asked to hide.
    """
    originals = {}
    for path in [*EXAMPLES.rglob("*.json"), HOSTILE, FRENCH]:
        data = json.loads(path.read_text())
        originals[data["id"]] = data["turns"]
    values = set()
    for line in stored_lines:
        for finding in line["findings"]:
            text = originals[line["id"]][finding["turn"]]["text"]
            value = text[finding["start"] : finding["end"]]
            if len(value) >= 5:
                values.add(value)
    readable = "\n".join(t["text"] for line in stored_lines for t in line.get("turns", []))
    return {v for v in values if v not in readable}


def test_canary_no_redacted_value_appears_in_any_report_file(reports, stored_lines):
    values = _sensitive_values(stored_lines)
    assert len(values) > 30 and "4111 1111 1111 1111" in values
    # the PDF is the audit HTML printed (its text is glyph ids, not searchable)
    files = [p for p in reports.rglob("*") if p.is_file() and p.suffix != ".pdf"]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        leaked = [v for v in values if v in text]
        assert not leaked, f"{path.name} shows {len(leaked)} redacted value(s)"


def test_evidence_is_shown_as_redacted_text(reports):
    page = (reports / "scorecards" / "interactions" / "call-p02.html").read_text()
    assert "<mark>this call is being recorded</mark>" in page
    assert "[PERSON]" in page


@needs_browser
def test_index_sorts_and_filters_in_a_real_browser(reports, tmp_path):
    dialogs: list[str] = []
    with chromium() as browser:
        opened = open_page(browser, reports / "scorecards" / "index.html", dialogs)
        page = opened.page
        rows = page.locator("table[data-table=scorecards] tbody tr")
        total = rows.count()
        page.click("table[data-table=scorecards] th:text-is('score')")
        page.click("table[data-table=scorecards] th:text-is('score')")  # descending
        scores = page.eval_on_selector_all(
            "table[data-table=scorecards] tbody tr td:nth-child(7)",
            "cells => cells.map(c => c.getAttribute('data-value'))",
        )
        numbers = [float(s) for s in scores if s]
        assert numbers == sorted(numbers, reverse=True)
        page.select_option("select[name=agent]", "a-11")
        shown = page.locator("table[data-table=scorecards] tbody tr:not([hidden])")
        assert 0 < shown.count() < total
        agents = shown.evaluate_all("rows => rows.map(r => r.getAttribute('data-agent'))")
        assert set(agents) == {"a-11"}
        page.select_option("select[name=agent]", "")
        page.select_option("select[name=verdict]", "auto-fail")
        verdicts = shown.evaluate_all("rows => rows.map(r => r.getAttribute('data-verdict'))")
        assert verdicts and set(verdicts) == {"auto-fail"}
        page.fill("input[name=from]", "2026-10-20")
        dates = shown.evaluate_all("rows => rows.map(r => r.getAttribute('data-date'))")
        assert dates and all(d[:10] >= "2026-10-20" for d in dates)
        assert "rows shown" in page.inner_text("[data-count-for=scorecards]")
        page.screenshot(path=str(tmp_path / "scorecards-index.png"), full_page=True)
        assert opened.problems == [] and dialogs == []


@needs_browser
def test_a_hostile_transcript_renders_inert(reports, tmp_path):
    document = json.loads((reports / "scorecards" / "scorecards.json").read_text())
    (row,) = {r["page"] for r in document["scorecards"] if r["id"].startswith("chat-hostile")}
    dialogs: list[str] = []
    with chromium() as browser:
        opened = open_page(browser, reports / "scorecards" / row, dialogs)
        page = opened.page
        page.click("summary")  # open the transcript
        page.wait_for_timeout(200)
        page.hover("text=ok")
        assert page.locator("script").count() == 1  # the report's own
        assert page.locator("[onerror], [onload], [onmouseover], img, svg:not([role])").count() == 0
        text = page.inner_text("body")
        assert "<script>alert('xss')</script>" in text and "onerror=alert(2)" in text
        page.screenshot(path=str(tmp_path / "scorecard-hostile.png"), full_page=True)
        assert dialogs == [] and opened.problems == []


def test_index_pages_split_and_every_row_appears_once(store_home, tmp_path, monkeypatch):
    from qa_core.plugins import make_plugin_manager
    from qa_core.reporting import scorecards
    from qa_core.reporting.render import Renderer
    from qa_core.reporting.rulesets import RulesetCatalog
    from qa_core.reporting.source import Filters
    from qa_core.store.store import Store

    monkeypatch.setattr(scorecards, "INDEX_PAGE", 7)
    monkeypatch.setattr("qa_core.reporting.source.PAGE", 3)
    pm = make_plugin_manager()
    store = Store.open(store_home, None, pm)
    made = scorecards.write_scorecards(
        store, Renderer(pm), RulesetCatalog(pm), Filters(ruleset="default"), tmp_path
    )
    pages = [tmp_path / scorecards.index_name(n) for n in range(1, made["pages"] + 1)]
    assert {p.name for p in tmp_path.glob("index*.html")} == {p.name for p in pages}
    assert made["pages"] == -(-made["results"] // 7) > 2
    ids = []
    for page in pages:
        html = page.read_text()
        ids += [part.split(".html")[0] for part in html.split('href="interactions/')[1:]]
    assert len(ids) == len(set(ids)) == made["results"]
    assert 'href="index-2.html"' in pages[0].read_text()


def test_a_user_template_extends_the_shipped_one(store_home, tmp_path):
    folder = tmp_path / "mine" / "html" / "scorecards"
    folder.mkdir(parents=True)
    (folder / "index.html.j2").write_text(
        '{% extends "default:html/scorecards/index.html.j2" %}'
        "{% block summary %}<p id=mine>Team Alpha's own summary {{ summary.results }}</p>"
        "{% endblock %}"
    )
    out = tmp_path / "out"
    qa(store_home, "report", "scorecards", "--out", str(out), "--templates", str(tmp_path / "mine"))
    html = (out / "index.html").read_text()
    assert "<p id=mine>Team Alpha's own summary" in html and "data-table=" in html
    assert 'data-figure="pass-rate"' not in html


def test_a_plugin_ships_report_templates(store_home, tmp_path, fake_plugins):
    # --8<-- [start:plugin-templates]
    folder = tmp_path / "plugin-templates" / "html" / "scorecards"
    folder.mkdir(parents=True)
    (folder / "interaction.html.j2").write_text(
        '{% extends "default:html/scorecards/interaction.html.j2" %}'
        "{% block nav %}<span id=brand>Acme QA</span>{{ super() }}{% endblock %}"
    )
    fake_plugins(
        "qa-acme-theme",
        {"acme": "acme_theme"},
        {
            "acme_theme": f"""
            import qa_core

            @qa_core.hookimpl
            def register_report_template_dirs():
                return [{str(tmp_path / "plugin-templates")!r}]
            """
        },
    )
    out = tmp_path / "out"
    qa(store_home, "report", "scorecards", "--out", str(out), "--only-ruleset", "default")
    # --8<-- [end:plugin-templates]
    page = (out / "interactions" / "call-d01.html").read_text()
    assert "<span id=brand>Acme QA</span>" in page and "all scorecards" in page


def test_bad_report_options_get_one_line(store_home, tmp_path):
    done = qa(store_home, "report", "scorecards", "--out", str(tmp_path), "--since", "yesterday",
              check=False)  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "--since" in done.stderr


# --- coaching --------------------------------------------------------------------------


def _rates(stored_lines, ruleset: str) -> tuple[dict, dict]:
    """(agent, criterion) → met rate, and agent → team, computed from the stored lines."""
    teams = {}
    for path in [*EXAMPLES.rglob("*.json"), HOSTILE, FRENCH]:
        data = json.loads(path.read_text())
        teams[data["id"]] = (data.get("agent_id") or "(none)", data.get("team") or "(none)")
    counts = defaultdict(lambda: [0, 0])
    for line in stored_lines:
        if line["ruleset"]["id"] != ruleset:
            continue
        agent, _ = teams[line["id"]]
        for criterion in line["criteria"]:
            if criterion["result"] != "na":
                counts[(agent, criterion["id"])][0] += criterion["result"] == "met"
                counts[(agent, criterion["id"])][1] += 1
    agent_team = {agent: team for agent, team in teams.values()}
    return {k: met / n for k, (met, n) in counts.items()}, agent_team


def test_coaching_rates_and_team_medians_are_the_stored_results(reports, stored_lines):
    rates, agent_team = _rates(stored_lines, "default")
    rows = json.loads((reports / "coaching" / "coaching.json").read_text())["criteria"]
    rows = [r for r in rows if r["ruleset"] == "default"]
    assert {(r["agent"], r["criterion"]) for r in rows} == set(rates)
    for row in rows:
        assert row["met_rate"] == pytest.approx(rates[(row["agent"], row["criterion"])])
        team_rates = [
            rate
            for (agent, criterion), rate in rates.items()
            if criterion == row["criterion"] and agent_team[agent] == row["team"]
        ]
        assert row["team_median"] == pytest.approx(statistics.median(team_rates))
        assert row["versus_team"] == pytest.approx(row["met_rate"] - row["team_median"])
    by_agent = defaultdict(list)
    for row in rows:
        by_agent[row["agent"]].append(row)
    for agent_rows in by_agent.values():  # ranked weakest against the team first
        ordered = sorted(agent_rows, key=lambda r: r["rank"])
        gaps = [r["versus_team"] for r in ordered]
        assert gaps == sorted(gaps)


def test_coaching_pages_show_guidance_and_redacted_examples(reports):
    page = (reports / "coaching" / "agents" / "a-12.html").read_text()
    assert "Score trend by week" in page and "<svg" in page
    document = json.loads((reports / "coaching" / "coaching.json").read_text())
    weak = [r for r in document["criteria"] if r["agent"] == "a-12" and r["met_rate"] < 0.8]
    assert weak
    assert 'class="guidance"' in page  # the rulesets' coaching: texts, where a weak one has it


def test_coaching_for_one_agent(store_home, tmp_path):
    qa(store_home, "report", "coaching", "--out", str(tmp_path), "--agent", "a-11")
    document = json.loads((tmp_path / "coaching.json").read_text())
    assert {r["agent"] for r in document["criteria"]} == {"a-11"}
    assert [p.name for p in (tmp_path / "agents").iterdir()] == ["a-11.html"]


# --- audit -----------------------------------------------------------------------------


def test_audit_figures_are_the_store(reports, stored_lines):
    document = json.loads((reports / "audit" / "audit.json").read_text())
    ids = {line["id"] for line in stored_lines}
    assert document["coverage"]["interactions"] == len(ids)
    assert document["coverage"]["share_scanned"] == 1.0
    versions = {r["ruleset"]: r["interactions"] for r in document["coverage"]["by_ruleset_version"]}
    assert versions == {ruleset: len(ids) for ruleset in RULESETS}
    places = {(line["id"], f["entity"], f["turn"], f["start"], f["end"])
              for line in stored_lines for f in line["findings"]}  # fmt: skip
    by_entity = {f["entity"]: f["findings"] for f in document["findings"]["by_entity"]}
    assert by_entity == dict(sorted(
        (entity, sum(1 for p in places if p[1] == entity)) for entity in {p[1] for p in places}
    ))  # fmt: skip
    assert by_entity["CREDIT_CARD"] >= 1 and document["findings"]["total"]["PCI"] >= 1
    auto_failed = [line for line in stored_lines if line.get("auto_failed")]
    assert document["critical_failures"]["total"] == len(auto_failed)


def _language(line: dict) -> str:
    checked = line["language"]
    return (checked["detected"] or checked["declared"]).split("-")[0]


def test_audit_counts_findings_per_language_and_what_no_recogniser_read(reports, stored_lines):
    document = json.loads((reports / "audit" / "audit.json").read_text())
    first = {}
    for line in stored_lines:
        first.setdefault(line["id"], line)
    places: dict[str, set] = defaultdict(set)
    for line in stored_lines:
        for f in line["findings"]:
            places[_language(first[line["id"]])].add((line["id"], f["turn"], f["start"], f["end"]))
    by_language = document["findings"]["by_language"]
    assert set(by_language) >= {"en", "es", "fr"}
    for language, row in by_language.items():
        assert row["interactions"] == sum(1 for ln in first.values() if _language(ln) == language)
        assert sum(row["findings"].values()) == len(places[language])
    assert by_language["es"]["interactions"] >= 8 and by_language["es"]["not_covered"] == 0
    assert (by_language["fr"]["interactions"], by_language["fr"]["not_covered"]) == (1, 1)
    assert document["coverage"]["not_covered_by_language"] == 1
    html = (reports / "audit" / "index.html").read_text(encoding="utf-8")
    assert "1 scanned interaction was in a language no installed recogniser reads" in html
    assert "(fr: 1)" in html and 'data-language="es"' in html


def test_spanish_evidence_is_shown_with_its_accents_and_language(reports):
    page = next((reports / "scorecards").rglob("llamada-01.html")).read_text(encoding="utf-8")
    assert 'lang="es"' in page
    assert "Esta llamada está siendo grabada" in page
    french = next((reports / "scorecards").rglob("chat-fr1.html")).read_text(encoding="utf-8")
    assert "no recognisers for this language ran" in french


def test_audit_lists_views_rotations_and_the_signed_trail(reports):
    document = json.loads((reports / "audit" / "audit.json").read_text())
    (view,) = document["unredacted_views"]
    assert view["actor"] == "report-tests" and view["subject"] == "call-d01"
    assert view["reason"] == "billing dispute review"
    assert [e["action"] for e in document["key_and_retention_events"]] == ["keys_rotate"]
    trail = document["audit_trail"]
    assert trail["verification"]["ok"] and trail["checkpoint"]["head_hash"]
    html = (reports / "audit" / "index.html").read_text()
    assert "billing dispute review" in html and trail["checkpoint"]["head_hash"] in html
    if pdf_unavailable():
        pytest.skip(pdf_unavailable())
    pdf = (reports / "audit" / "audit.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF") and len(pdf) > 10_000


def test_a_broken_trail_is_reported_and_exits_1(store_home, tmp_path):
    import shutil
    import sqlite3

    home = tmp_path / "copy"
    shutil.copytree(store_home, home)
    with sqlite3.connect(home / "store.db") as db:
        db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    done = qa(home, "report", "audit", "--out", str(tmp_path / "out"), check=False)
    assert done.returncode == 1 and "BROKEN" in done.stdout
    document = json.loads((tmp_path / "out" / "audit.json").read_text())
    assert document["audit_trail"]["verification"]["bad_seq"] == 3
    assert "BROKEN at entry 3" in (tmp_path / "out" / "index.html").read_text()


@needs_browser
def test_every_report_opens_without_errors_and_is_screenshotted(reports, tmp_path):
    pages = [
        reports / "coaching" / "index.html",
        reports / "coaching" / "agents" / "a-12.html",
        reports / "audit" / "index.html",
        reports / "scorecards" / "interactions" / "call-d01.html",
    ]
    dialogs: list[str] = []
    with chromium() as browser:
        for path in pages:
            opened = open_page(browser, path, dialogs)
            opened.page.screenshot(path=str(tmp_path / f"{path.parent.name}-{path.stem}.png"))
            assert opened.problems == [], path
    assert dialogs == []
    assert len(list(tmp_path.glob("*.png"))) == len(pages)


# --- the demo --------------------------------------------------------------------------


def test_the_demo_writes_every_report_and_shows_no_sensitive_value(tmp_path):
    from qa_core.plugins import make_plugin_manager
    from qa_core.testing import read_input

    done = run_in_process("demo", env={"QA_ACTOR": "demo-test"}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "stored 77 sample interactions" in done.stdout and "audit trail intact" in done.stdout
    for report in ("scorecards", "coaching", "audit", "calibration"):
        assert f"qa-reports/{report}/index.html" in done.stdout
        assert (tmp_path / "qa-reports" / report / "index.html").is_file()
    results = qa(tmp_path / ".qa-demo", "results", "--json").stdout.splitlines()
    lines = [json.loads(line) for line in results]
    originals = {}
    for folder in ("interactions", "contacts", "formats"):
        for interaction in read_input(ROOT / "examples" / folder, "auto", make_plugin_manager()):
            originals[interaction.id] = interaction
    values = set()
    for line in lines:
        for f in line["findings"]:
            value = originals[line["id"]].turns[f["turn"]].text[f["start"] : f["end"]]
            values.add(value) if len(value) >= 5 else None
    readable = "\n".join(t["text"] for line in lines for t in line["turns"])
    values = {v for v in values if v not in readable}
    assert {"5425 2334 3010 9903", "3714 496353 98431"} <= values
    assert "four five three nine one four eight eight zero three four three six four six seven" in (
        values
    )
    values |= KNOWN_SENSITIVE  # and what we know the sample contacts hold, found or not
    for path in (tmp_path / "qa-reports").rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert not [v for v in values if v in text], path.name


# written into examples/contacts/ on purpose: cards in digits and words, expiry dates,
# member ids, dates of birth, SSN digits, phones, addresses, customers' names
KNOWN_SENSITIVE = {
    "5425 2334 3010 9903",
    "3714 496353 98431",
    "four five three nine, one four eight eight",
    "four five three nine one four eight eight",
    "09/28",
    "exp 11/29",
    "code four one seven",
    "B H H four four two nine one seven",
    "B H H five five one two eight zero",
    "B H H three nine nine two zero one",
    "BHH661204",
    "BHH 559120",
    "04/11/1990",
    "12/01/1990",
    "July ninth, nineteen seventy-five",
    "August eighth, nineteen fifty-nine",
    "March twelfth, nineteen eighty-four",
    "Seven two one four",
    "0131 496 0822",
    "800 555 0142",
    "12 Harbour Road",
    "EH6 6QP",
    "14 Larch Close",
    "BS7 8QT",
    "66120934",
    "7 7 4 1 0 2 9 3",
    "Peter Novak",
    "Susan Green",
    "Emily Chen",
    "James Whitfield",
    "Hana Sato",
    "Robert Hayes",
    "Joel Hartley",
    "Linda Park",
}
