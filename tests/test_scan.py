"""qa scan: every interaction scored exactly once per ruleset hash and content."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from qa_core.store.schema import StoredResult
from qa_core.store.store import Store
from qa_core.testing import plugin_manager_with

pytestmark = pytest.mark.slow  # scans in real processes, killed and stopped

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "interactions"
QA = Path(sys.executable).parent / "qa"


def count_results(home, url=None):
    store = Store.open(home, url, plugin_manager_with("keys"))
    with Session(store.engine) as session:
        total = session.exec(select(func.count()).select_from(StoredResult)).one()
        distinct = len(set(session.exec(select(StoredResult.interaction_id)).all()))
    ok = store.verify_audit().ok
    store.engine.dispose()
    return total, distinct, ok


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_scan_is_incremental_and_matches_evaluate(request, run_qa, tmp_path, backend):
    env = {"QA_DB_URL": request.getfixturevalue("pg_url")} if backend == "postgresql" else {}
    assert run_qa("init", env=env).returncode == 0
    assert run_qa("ingest", str(EXAMPLES / "default"), env=env).returncode == 0
    first = run_qa("scan", "--workers", "1", "--json", env=env)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["scanned"] == 10
    again = json.loads(run_qa("scan", "--workers", "1", "--json", env=env).stdout)
    assert (again["scanned"], again["skipped"]) == (0, 10)
    stored = [
        json.loads(x)
        for x in run_qa("results", "--ruleset", "default", env=env).stdout.splitlines()
    ]
    out = tmp_path / "eval.jsonl"
    run_qa("evaluate", str(EXAMPLES / "default"), "--ruleset", "default", "--out", str(out))
    evaluated = {x["id"]: x for x in map(json.loads, out.read_text().splitlines())}
    assert len(stored) == 10
    for line in stored:  # the same pipeline: the same scores, criteria and findings
        for key in ("score", "passed", "auto_failed", "criteria", "findings"):
            assert line[key] == evaluated[line["id"]][key]
        for finding in line["findings"]:  # stored turns are redacted where it found
            assert f"[{finding['entity']}]" in line["turns"][finding["turn"]]["text"]
    assert sum(len(line["findings"]) for line in stored) >= 5
    assert any(f["entity"] == "PERSON" for line in stored for f in line["findings"])
    # a replaced interaction is scored again
    changed = json.loads((EXAMPLES / "default" / "call-d01.json").read_text())
    changed["turns"][0]["text"] = "Hello."
    source = tmp_path / "changed.json"
    source.write_text(json.dumps(changed))
    assert run_qa("ingest", str(source), "--replace", env=env).returncode == 0
    third = json.loads(run_qa("scan", "--workers", "1", "--json", env=env).stdout)
    assert (third["scanned"], third["skipped"]) == (1, 9)
    current = [json.loads(x) for x in run_qa("results", env=env).stdout.splitlines()]
    assert len(current) == 10  # the replaced interaction's old result is kept, not listed
    assert next(x for x in current if x["id"] == "call-d01")["turns"][0]["text"] == "Hello."
    status = json.loads(run_qa("status", "--json", env=env).stdout)
    assert status["interactions"] == 10 and status["failed"] == []
    prometheus = run_qa("status", "--prometheus", env=env).stdout
    assert 'qa_results{ruleset="default",version="1"} 10' in prometheus
    assert "qa_failed_interactions 0" in prometheus
    assert run_qa("audit", "verify", env=env).returncode == 0


def test_a_pool_of_workers_scores_the_same(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES)).returncode == 0
    pooled = run_qa("scan", "--workers", "2", "--batch-size", "5", "--json")
    assert pooled.returncode == 0, pooled.stderr
    assert json.loads(pooled.stdout)["batches"] == 9
    scores = {x["id"]: x["score"] for x in map(json.loads, run_qa("results").stdout.splitlines())}
    inline = run_qa("scan", "--workers", "1", "--rescan", "--json")
    assert json.loads(inline.stdout)["scanned"] == 43
    again = {x["id"]: x["score"] for x in map(json.loads, run_qa("results").stdout.splitlines())}
    assert scores == again and len(scores) == 43


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sigkill_at_random_moments_loses_nothing_and_doubles_nothing(request, tmp_path, backend):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    home = tmp_path / "home"
    env = {**os.environ, "QA_HOME": str(home), **({"QA_DB_URL": url} if url else {})}

    def run(*args):
        return subprocess.run(
            [str(QA), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert run("init").returncode == 0
    assert run("ingest", str(EXAMPLES)).returncode == 0
    rng = random.Random(20261123)
    for _ in range(5):
        scan = subprocess.Popen(
            [str(QA), "scan", "--workers", "1", "--batch-size", "2"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.5, 4.0))
        scan.send_signal(signal.SIGKILL)
        scan.wait()
    final = run("scan", "--workers", "1", "--json")
    assert final.returncode == 0, final.stderr
    total, distinct, audit_ok = count_results(home, url)
    assert (total, distinct, audit_ok) == (43, 43, True)


def test_backtest_compares_without_storing(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES / "default")).returncode == 0
    lenient = tmp_path / "lenient.yaml"
    lenient.write_text(
        (ROOT / "rulesets" / "default.yaml")
        .read_text()
        .replace("pass_mark: 80", "pass_mark: 50")
        .replace("version: 1", "version: 2")
        .replace("../examples/", f"{ROOT}/examples/")
    )
    done = run_qa("scan", "--ruleset", str(lenient), "--compare", "default", "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["interactions"] == 10
    assert report["pass_rate"]["new"] > report["pass_rate"]["old"]
    rates = report["pass_rate"]
    assert report["flips"] and all(f["now"] == "pass" for f in report["flips"])
    assert len(report["flips"]) == round((rates["new"] - rates["old"]) * 10)
    assert (
        report["criteria"]["greeting"]["old_met_rate"]
        == report["criteria"]["greeting"]["new_met_rate"]
    )
    assert json.loads(run_qa("status", "--json").stdout)["rulesets"] == []  # nothing stored
    half = run_qa("scan", "--dry-run")
    assert half.returncode == 2 and "needs both --compare OLD and --dry-run" in half.stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_finishes_the_batches_in_flight_then_stops(tmp_path, workers):
    """SIGTERM to the whole process group (as systemd sends it): no half batch, exit 143."""
    home = tmp_path / "home"
    env = {**os.environ, "QA_HOME": str(home)}
    assert subprocess.run([str(QA), "init"], env=env, capture_output=True).returncode == 0
    assert subprocess.run([str(QA), "ingest", str(EXAMPLES)], env=env).returncode == 0
    args = ["scan", "--workers", str(workers), "--batch-size", "2", "--json"]
    scan = subprocess.Popen(
        [str(QA), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while count_results(home)[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(scan.pid, signal.SIGTERM)
    out, err = scan.communicate(timeout=120)
    assert scan.returncode == 143, err
    counts = json.loads(out)
    total, distinct, audit_ok = count_results(home)
    assert counts["stopped"] is True and 0 < total < 43
    assert total == distinct == counts["scanned"] == 2 * counts["batches"]
    assert audit_ok
    rest = subprocess.run(
        [str(QA), "scan", "--workers", "1", "--json"], env=env, capture_output=True, text=True
    )
    assert json.loads(rest.stdout)["scanned"] == 43 - total
    assert count_results(home) == (43, 43, True)


def test_per_plugin_timings_show_where_the_time_went(run_qa):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES / "payments")).returncode == 0
    done = run_qa("scan", "--ruleset", "payments", "--workers", "1", "--json")
    timings = json.loads(done.stdout)["timings"]
    assert {"core", "script", "pci"} <= set(timings)
    core = timings["core"]["parts"]
    assert {"read", "decrypt", "write"} <= set(core) and core["write"]["calls"] == 1
    # recognisers are timed inside Presidio's own loop, rule types per criterion
    pci_parts = timings["pci"]["parts"]
    assert any(part["calls"] >= 1 for part in pci_parts.values())
    assert list(timings) == sorted(timings, key=lambda p: -timings[p]["seconds"])


def test_a_plugin_can_bring_its_own_executor(run_qa, fake_plugins, tmp_path):
    log = tmp_path / "executor.log"
    fake_plugins(
        "qa-reverse",
        {"reverse": "reverse_executor"},
        {
            "reverse_executor": f"""
from qa_core import ScanExecutor, hookimpl

class LastFirst(ScanExecutor):
    name = "last-first"

    def run(self, request):
        scanner = request.local_scanner()
        batches = list(request.batches)
        with open({str(log)!r}, "a") as log:
            for batch in reversed(batches):
                log.write(",".join(batch) + "\\n")
                request.on_batch(scanner.run(batch, request.job.rescan))

@hookimpl
def register_scan_executors():
    return [LastFirst()]
"""
        },
    )
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES / "default")).returncode == 0
    done = run_qa("scan", "--executor", "last-first", "--batch-size", "3", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scanned"] == 10
    batches = log.read_text().splitlines()
    assert len(batches) == 4 and batches[0].split(",") == ["chat-d08"]
    assert len(run_qa("results").stdout.splitlines()) == 10
    unknown = run_qa("scan", "--executor", "nowhere")
    assert unknown.returncode == 2
    line = unknown.stderr.strip()
    assert "no scan executor named 'nowhere'; known: " in line
    known = line.rsplit("known: ", 1)[1].split(", ")
    assert known == sorted(known) and {"inline", "last-first", "pool"} <= set(known)


def test_a_scan_can_keep_to_some_teams(run_qa):
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(EXAMPLES / "default")).returncode == 0
    done = run_qa("scan", "--ruleset", "default", "--team", "billing", "--json")
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    lines = [json.loads(line) for line in run_qa("results", "--json").stdout.splitlines()]
    teams = {
        json.loads(p.read_text())["id"]: json.loads(p.read_text())["team"]
        for p in (EXAMPLES / "default").glob("*.json")
    }
    assert lines and {teams[line["id"]] for line in lines} == {"billing"}
    assert counts["scanned"] == sum(team == "billing" for team in teams.values())
    again = json.loads(run_qa("scan", "--ruleset", "default", "--json").stdout)
    assert again["scanned"] == len(teams) - counts["scanned"]  # the rest, and only the rest
