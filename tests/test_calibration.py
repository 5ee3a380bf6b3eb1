"""qa calibrate agreement: published values to 0.001, properties, and bad input."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qa_cli import QAResult, run_in_process

from qa_core.calibration.agreement import criterion_agreement
from qa_core.calibration.ratings import CriterionRatings, read_ratings

DATA = Path(__file__).resolve().parent / "data" / "irr"
QA = Path(sys.executable).parent / "qa"


def stats(name: str) -> dict:
    (criterion,) = read_ratings(DATA / name).criteria.values()
    return criterion_agreement(criterion, bootstrap=200)


@pytest.mark.parametrize(
    ("name", "path", "published"),
    [
        # Fleiss (1971), Table 1; R irr kappam.fleiss
        ("fleiss1971_diagnoses.csv", ("fleiss_kappa",), 0.4302445),
        ("wikipedia_fleiss.csv", ("fleiss_kappa",), 0.210),
        # SAS PROC FREQ agreement example
        ("sas_cohen_kappa.csv", ("cohen_kappa_pairs", "rater1|rater2"), 0.4842),
        ("sas_cohen_kappa.csv", ("cohen_kappa_weighted_pairs", "rater1|rater2", "linear"), 0.4701),
        # R irr kappa2 on the anxiety data, rater2 vs rater3
        ("irr_anxiety.csv", ("cohen_kappa_pairs", "rater2|rater3"), -0.006289308),
        ("irr_anxiety.csv", ("cohen_kappa_weighted_pairs", "rater2|rater3", "linear"), 0.1459075),
        (
            "irr_anxiety.csv",
            ("cohen_kappa_weighted_pairs", "rater2|rater3", "quadratic"),
            0.2520325,
        ),
        # Shrout & Fleiss (1979), Table 2
        ("shrout_fleiss_1979.csv", ("icc", "ICC1"), 0.17),
        ("shrout_fleiss_1979.csv", ("icc", "ICC2"), 0.29),
        ("shrout_fleiss_1979.csv", ("icc", "ICC3"), 0.71),
        ("shrout_fleiss_1979.csv", ("icc", "ICC1k"), 0.44),
        ("shrout_fleiss_1979.csv", ("icc", "ICC2k"), 0.62),
        ("shrout_fleiss_1979.csv", ("icc", "ICC3k"), 0.91),
        # Krippendorff (2011), reliability data with missing values
        ("krippendorff_2011.csv", ("krippendorff_alpha", "nominal"), 0.743),
        ("krippendorff_2011.csv", ("krippendorff_alpha", "ordinal"), 0.815),
        ("krippendorff_2011.csv", ("krippendorff_alpha", "interval"), 0.849),
        ("krippendorff_2011.csv", ("krippendorff_alpha", "ratio"), 0.797),
    ],
)
def test_published_values(name, path, published):
    value = stats(name)
    for key in path:
        value = value[key]
    digits = len(str(published).split(".")[1])  # published to this many places
    assert round(value, digits) == pytest.approx(published, abs=1e-9) or value == pytest.approx(
        published, abs=0.001
    )


def test_shrout_fleiss_full_precision_and_intervals():
    s = stats("shrout_fleiss_1979.csv")
    full = {"ICC1": 0.1657418, "ICC2": 0.2897638, "ICC3": 0.7148407,
            "ICC1k": 0.4427971, "ICC2k": 0.6200505, "ICC3k": 0.9093155}  # fmt: skip
    for form, value in full.items():
        assert s["icc"][form] == pytest.approx(value, abs=1e-7)
    # the bounds the R package psych prints for the same table, to its 2 places
    bounds = {"ICC1": (-0.13, 0.72), "ICC2": (0.02, 0.76), "ICC3": (0.34, 0.95),
              "ICC1k": (-0.88, 0.91), "ICC2k": (0.07, 0.93), "ICC3k": (0.68, 0.99)}  # fmt: skip
    for form, (low, high) in bounds.items():
        got_low, got_high = s["icc_ci95"][form]
        assert got_low == pytest.approx(low, abs=0.006) and got_high == pytest.approx(
            high, abs=0.006
        )


def test_statistics_that_do_not_apply_are_null():
    s = stats("krippendorff_2011.csv")  # missing ratings
    assert s["fleiss_kappa"] is None and s["icc"] is None and s["icc_ci95"] is None
    assert s["n_items"] == 11  # unit 12 was rated once only... and unit 11 twice
    labels = stats("wikipedia_fleiss.csv")  # cat1..cat5: labels
    assert labels["krippendorff_alpha"]["ordinal"] is None
    assert labels["krippendorff_alpha"]["interval"] is None
    assert labels["krippendorff_alpha"]["nominal"] is not None
    assert all(w is None for w in labels["cohen_kappa_weighted_pairs"].values())
    assert labels["icc"] is None


def test_alpha_has_a_bootstrap_interval_around_it():
    s = stats("krippendorff_2011.csv")
    for level, value in s["krippendorff_alpha"].items():
        low, high = s["krippendorff_alpha_ci95"][level]
        assert low <= value <= high and high - low > 0.05


def _criterion(table: list[list], numeric: bool = True) -> CriterionRatings:
    data = CriterionRatings(numeric=numeric)
    for i, row in enumerate(table):
        data.values[f"i{i:03d}"] = {f"r{j}": v for j, v in enumerate(row) if v is not None}
    return data


rows = st.lists(st.integers(1, 4), min_size=3, max_size=3)
tables = st.lists(rows, min_size=4, max_size=12).filter(
    lambda t: len({v for row in t for v in row}) > 1
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=3, max_size=15).filter(lambda v: len(set(v)) > 1))
def test_perfect_agreement_gives_one(values):
    s = criterion_agreement(_criterion([[v, v, v] for v in values]), bootstrap=0)
    assert s["percent_agreement"] == 1.0 and s["fleiss_kappa"] == pytest.approx(1.0)
    assert all(a == pytest.approx(1.0) for a in s["krippendorff_alpha"].values())
    assert all(k == pytest.approx(1.0) for k in s["cohen_kappa_pairs"].values())
    assert s["icc"]["ICC1"] == pytest.approx(1.0) and s["icc"]["ICC3k"] == pytest.approx(1.0)


@settings(max_examples=25, deadline=None)
@given(tables, st.randoms(use_true_random=False))
def test_permuting_raters_or_items_changes_nothing(table, rng):
    before = criterion_agreement(_criterion(table), bootstrap=0)
    items = list(table)
    rng.shuffle(items)
    order = [0, 1, 2]
    rng.shuffle(order)
    after = criterion_agreement(_criterion([[row[j] for j in order] for row in items]),
                                bootstrap=0)  # fmt: skip
    for key in ("percent_agreement", "fleiss_kappa", "n_items"):
        assert after[key] == pytest.approx(before[key], nan_ok=True)
    for level, value in before["krippendorff_alpha"].items():
        assert after["krippendorff_alpha"][level] == pytest.approx(value, abs=1e-9, nan_ok=True)
    for form, value in (before["icc"] or {}).items():
        assert after["icc"][form] == pytest.approx(value, abs=1e-9, nan_ok=True)
    for key, kappa in before["cohen_kappa_pairs"].items():  # old rater j is now r{order.index(j)}
        a, b = (order.index(int(name[1:])) for name in key.split("|"))
        moved = "|".join(sorted((f"r{a}", f"r{b}")))
        assert after["cohen_kappa_pairs"][moved] == pytest.approx(kappa, nan_ok=True)


@settings(max_examples=30, deadline=None)
@given(tables, st.randoms(use_true_random=False))
def test_alpha_handles_missing_ratings(table, rng):
    """With ratings missing at random, alpha is still Krippendorff's: checked against
    the coincidence-matrix definition (Krippendorff 2011, section C), written here."""
    holed = [[v if rng.random() > 0.25 else None for v in row] for row in table]
    s = criterion_agreement(_criterion(holed), bootstrap=0)
    assert s["fleiss_kappa"] is None or all(v is not None for row in holed for v in row)
    for level, distance in (("nominal", lambda c, k: c != k), ("interval", _squared)):
        expected = _alpha_by_definition(holed, distance)
        if expected is None:
            assert s["krippendorff_alpha"][level] is None
        else:
            assert s["krippendorff_alpha"][level] == pytest.approx(expected, abs=1e-9)


def _squared(c: int, k: int) -> float:
    return float((c - k) ** 2)


def _alpha_by_definition(table: list[list], distance) -> float | None:
    """1 - (n - 1) * sum(o_ck * d) / sum(n_c * n_k * d), over pairable values only."""
    from collections import Counter
    from itertools import permutations

    coincidences: Counter = Counter()
    for row in table:
        values = [v for v in row if v is not None]
        if len(values) < 2:
            continue  # a unit with one value pairs with nothing
        for c, k in permutations(values, 2):
            coincidences[(c, k)] += 1 / (len(values) - 1)
    totals: Counter = Counter()
    for (c, _), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    expected = sum(totals[c] * totals[k] * distance(c, k) for c in totals for k in totals)
    if n <= 1 or expected == 0:
        return None  # no pairable values, or one value in all: alpha is 0/0
    observed = sum(weight * distance(c, k) for (c, k), weight in coincidences.items())
    return 1 - (n - 1) * observed / expected


def run(*args: str, cwd: Path) -> QAResult:
    return run_in_process(*args, env={"QA_HOME": str(cwd / "qa-home")}, cwd=cwd)


def test_the_command_prints_the_contract_shape(tmp_path):
    done = run("calibrate", "agreement", str(DATA / "krippendorff_2011.csv"), "--json",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    s = json.loads(done.stdout)["criteria"]["value"]
    assert set(s) >= {
        "n_items", "n_raters", "percent_agreement", "krippendorff_alpha", "fleiss_kappa",
        "cohen_kappa_pairs", "icc", "cohen_kappa_weighted_pairs", "krippendorff_alpha_ci95",
        "icc_ci95",
    }  # fmt: skip
    assert s["n_raters"] == 4 and round(s["krippendorff_alpha"]["interval"], 3) == 0.849
    again = run("calibrate", "agreement", str(DATA / "krippendorff_2011.csv"), "--json",
                cwd=tmp_path)  # fmt: skip
    assert again.stdout == done.stdout  # the bootstrap is seeded


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ratings.csv"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "args", "message"),
    [
        ("item,rater,criterion,value\n", (), "ratings.csv:1: header must be item_id,rater_id"),
        (
            "item_id,rater_id,criterion_id,value\nc1,ann,greeting,1\nc1,ann,greeting,0\n",
            (),
            "ratings.csv:3: 'ann' rated 'c1' on 'greeting' twice (first on line 2)",
        ),
        (
            "item_id,rater_id,criterion_id,value\nc1,ann,greting,1\n",
            ("--ruleset", "default"),
            "ratings.csv:2: unknown criterion 'greting'",
        ),
        (
            "item_id,rater_id,criterion_id,value\nc1,ann,greeting,4\nc1,bo,greeting,four\n",
            ("--interval",),
            "ratings.csv:3: 'four' is not a number, and interval statistics were asked for",
        ),
        ("item_id,rater_id,criterion_id,value\nc1,ann\n", (), "ratings.csv:2: expected 4 columns"),
        ("item_id,rater_id,criterion_id,value\n", (), "ratings.csv: no ratings"),
    ],
)
def test_bad_ratings_get_one_line_and_exit_2(tmp_path, text, args, message):
    done = run("calibrate", "agreement", str(_write(tmp_path, text)), *args, cwd=tmp_path)
    assert done.returncode == 2
    line = done.stderr.strip().replace(str(tmp_path) + "/", "")
    assert "\n" not in line and message in line, line
    assert "Traceback" not in done.stderr


def test_met_and_not_met_are_one_and_zero(tmp_path):
    rows = [["item_id", "rater_id", "criterion_id", "value"]]
    for n, (a, b) in enumerate([("met", "met"), ("not_met", "not_met"), ("met", "na")] * 3):
        rows += [[f"c{n}", "ann", "greeting", a], [f"c{n}", "bo", "greeting", b]]
    path = tmp_path / "r.csv"
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    (criterion,) = read_ratings(path).criteria.values()
    assert criterion.numeric and criterion.values["c0"] == {"ann": 1.0, "bo": 1.0}
    assert "bo" not in criterion.values["c2"]  # na is a missing rating
    s = criterion_agreement(criterion, bootstrap=0)
    assert s["n_items"] == 6 and s["percent_agreement"] == 1.0


# --- the machine as a rater ----------------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parent.parent / "examples"


def test_the_machine_is_compared_with_each_evaluator_and_the_consensus(tmp_path):
    done = run(
        "calibrate", "run", "--ruleset", "default", "--json", "--bootstrap", "0",
        "--ratings", str(EXAMPLE / "calibration" / "ratings.csv"),
        "--interactions", str(EXAMPLE / "interactions" / "default"),
        "--interactions", str(EXAMPLE / "contacts" / "november-calls.jsonl"),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["items_scored"] == report["items_rated"] == 18
    dismissive = report["criteria"]["no_dismissive_language"]
    # the lead and kim heard coldness no forbidden phrase names; sam did not
    assert [d["item"] for d in dismissive["disagreements"]] == ["call-d03", "nov-b04"]
    assert all(d["machine"] == "met" and d["consensus"] == "not_met"
               for d in dismissive["disagreements"])  # fmt: skip
    assert dismissive["machine_vs_evaluators"]["sam"]["percent_agreement"] == 1.0
    assert dismissive["machine_vs_evaluators"]["lead"]["percent_agreement"] == pytest.approx(
        16 / 18
    )
    assert dismissive["bias"]["says_met"] == "more often"
    assert dismissive["confusion"]["met"]["not_met"] == 2
    assert sum(n for row in dismissive["confusion"].values() for n in row.values()) == 18
    sweep = dismissive["threshold_sweep"]
    assert sweep["current"] == 0.85 and len(sweep["points"]) == 11
    assert sweep["best_cohen_kappa"] == pytest.approx(
        dismissive["machine_vs_consensus"]["cohen_kappa"]
    )
    with_machine = dismissive["agreement_with_machine"]
    assert with_machine["n_raters"] == 4 and "kim|qa" in with_machine["cohen_kappa_pairs"]
    assert report["criteria"]["greeting"]["disagreements"] == []


def test_the_machine_reads_the_rated_calls_from_the_store(tmp_path):
    assert run("init", cwd=tmp_path).returncode == 0
    assert run("ingest", str(EXAMPLE / "interactions" / "default"), cwd=tmp_path).returncode == 0
    done = run(
        "calibrate", "run", "--ruleset", "default", "--store", "--json", "--bootstrap", "0",
        "--ratings", str(EXAMPLE / "calibration" / "ratings.csv"), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["items_rated"], report["items_scored"]) == (18, 10)  # the rest is not stored
    assert [d["item"] for d in report["criteria"]["no_dismissive_language"]["disagreements"]] == [
        "call-d03"
    ]


def test_calibrate_run_needs_one_source_of_interactions(tmp_path):
    done = run("calibrate", "run", "--ruleset", "default", "--ratings",
               str(EXAMPLE / "calibration" / "ratings.csv"), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 2
    assert "name exactly one of --interactions INPUT and --store" in done.stderr


def test_agreement_by_confidence_band_suggests_where_people_should_review():
    from qa_core.calibration.machine import by_confidence

    pairs = [(0.55, False), (0.58, True), (0.65, False), (0.72, True), (0.75, True)]
    pairs += [(0.95, True)] * 8 + [(1.0, True)] * 4 + [(0.92, False)]
    found = by_confidence(pairs)
    bands = {tuple(b["band"]): (b["n"], b["percent_agreement"]) for b in found["bands"]}
    assert bands[(0.5, 0.6)] == (2, 0.5) and bands[(0.6, 0.7)] == (1, 0.0)
    assert bands[(0.9, 1.0)] == (13, 12 / 13) and bands[(0.0, 0.5)] == (0, None)
    # below 0.7 the machine agrees too rarely; from 0.7 up, 14 of 15 (>= 90 %)
    assert found["review_below"] == 0.7
    assert by_confidence([(1.0, False)])["review_below"] is None
