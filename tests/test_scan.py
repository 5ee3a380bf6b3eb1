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
        assert "[PERSON]" in json.dumps(line["turns"]) or not line["findings"]
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
    assert json.loads(pooled.stdout)["batches"] == 7
    scores = {x["id"]: x["score"] for x in map(json.loads, run_qa("results").stdout.splitlines())}
    inline = run_qa("scan", "--workers", "1", "--rescan", "--json")
    assert json.loads(inline.stdout)["scanned"] == 34
    again = {x["id"]: x["score"] for x in map(json.loads, run_qa("results").stdout.splitlines())}
    assert scores == again and len(scores) == 34


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
    assert (total, distinct, audit_ok) == (34, 34, True)


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
