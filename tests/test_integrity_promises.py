"""The store's promises to a compliance officer, each against the attack that broke it.

No plaintext without a reason on record; forged plain columns and a wiped or cut audit
trail are noticed; one unreadable key fails its interactions alone. Real SQLite file,
real keys, the installed ``qa`` command.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import textwrap

import pytest

from qa_core.reporting.scorecards import summarise
from qa_core.reporting.source import Filters, reported_results
from qa_core.store.purge import customer_ref
from qa_core.store.store import Store
from qa_core.testing import plugin_manager_with

CARD, SSN, MAIL, NAME = "4539 1488 0343 6467", "536-81-4297", "canary.pii@example.org", "Zyxwvut"


def call(id_: str, customer: str = "c-1") -> dict:
    return {
        "id": id_,
        "channel": "chat",
        "started_at": "2026-11-01T10:00:00Z",
        "customer_id": customer,
        "agent_id": "a-1",
        "team": "billing",
        "turns": [
            {"speaker": "agent", "text": "Thanks for contacting us, my name is Sam."},
            {
                "speaker": "customer",
                "text": f"my name is {NAME} Qqplonk, card {CARD}, SSN {SSN}, mail {MAIL}",
            },
            {"speaker": "agent", "text": "Thank you, anything else I can help with today?"},
        ],
    }


@pytest.fixture
def home(tmp_path, run_qa):
    calls = [call("p-1"), call("p-2"), call("q-1", "c-2"), call("q-2", "c-2")]
    (tmp_path / "calls.jsonl").write_text("".join(json.dumps(c) + "\n" for c in calls))
    assert run_qa("init").returncode == 0
    done = run_qa("ingest", str(tmp_path / "calls.jsonl"))
    assert done.returncode == 0, done.stderr
    return tmp_path / "qa-home"


def open_store(home):
    return Store.open(home, None, plugin_manager_with("keys"))


# --- plaintext only with a reason ----------------------------------------------------


def greeting_ruleset(folder, ruleset_id: str, redaction: str):
    """A one-criterion ruleset with this ``redaction:`` policy."""
    path = folder / f"{ruleset_id}.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            id: {ruleset_id}
            version: 1
            redaction: {redaction}
            sections:
              - id: opening
                criteria:
                  - id: greeting
                    rule: script.phrase
                    params: {{phrases: ["thanks for contacting"]}}
            """
        )
    )
    return path


def test_show_prints_exactly_what_the_reports_print(home, tmp_path, run_qa):
    """With ``hash`` tokens (keyed by the store), ``qa show`` prints the stored result's
    turns, the tokens ``qa results`` and the scorecards show; before a scan it redacts
    the same way a scan would store it."""
    ruleset = greeting_ruleset(tmp_path, "hashed", "{style: hash}")
    before = json.loads(run_qa("show", "p-1", "--ruleset", str(ruleset)).stdout)["turns"]
    assert run_qa("scan", "--ruleset", str(ruleset), "--workers", "1").returncode == 0
    shown = json.loads(run_qa("show", "p-1", "--ruleset", str(ruleset)).stdout)["turns"]
    stored = next(
        json.loads(line)
        for line in run_qa("results", "--ruleset", str(ruleset)).stdout.splitlines()
        if json.loads(line)["id"] == "p-1"
    )
    assert shown == stored["turns"] == before
    assert "redactions" not in stored  # the line keeps the shape of qa evaluate
    assert "[CREDIT_CARD:" in shown[1]["text"] and CARD not in shown[1]["text"]
    out = tmp_path / "reports"
    assert run_qa("report", "scorecards", "--out", str(out)).returncode == 0
    page = next(p.read_text() for p in out.rglob("*.html") if "p-1" in p.name)
    token = shown[1]["text"].split("card ", 1)[1].split(",")[0]
    assert token.startswith("[CREDIT_CARD:") and token in page


def test_show_redacts_by_the_stores_presets_when_the_ruleset_names_none(home, tmp_path, run_qa):
    ruleset = greeting_ruleset(tmp_path, "no-redaction", "{presets: []}")
    shown = run_qa("show", "p-1", "--ruleset", str(ruleset))
    assert shown.returncode == 0, shown.stderr
    for secret in (CARD, SSN, MAIL, NAME):
        assert secret not in shown.stdout
    refused = run_qa("show", "p-1", "--unredacted")
    assert refused.returncode == 2 and "--reason" in refused.stderr
    assert CARD not in refused.stdout + refused.stderr
    assert run_qa("show", "p-1", "--unredacted", "--reason", "dispute 7").returncode == 0
    with sqlite3.connect(home / "store.db") as conn:
        views = [
            (action, json.loads(details))
            for action, details in conn.execute(
                "select action, details from audit_log where subject = 'p-1' order by seq"
            )
        ]
    assert views[0][0] == "view_redacted" and views[0][1]["findings"] >= 4
    assert views[1] == ("view_unredacted", {"reason": "dispute 7"})


def test_a_scan_under_such_a_ruleset_stores_redacted_text_only(home, tmp_path, run_qa):
    ruleset = tmp_path / "no-redaction.yaml"
    ruleset.write_text(
        "id: no-redaction\nversion: 1\nredaction: {presets: []}\nsections:\n"
        "  - id: s\n    criteria:\n      - id: greeting\n        rule: script.phrase\n"
        '        params: {phrases: ["thanks for contacting"]}\n'
    )
    assert run_qa("scan", "--ruleset", str(ruleset)).returncode == 0
    store = open_store(home)
    for group in reported_results(store, Filters()):
        for reported in group:
            text = json.dumps(reported.line)
            assert CARD not in text and MAIL not in text and NAME not in text
    store.engine.dispose()


# --- forged plain columns -------------------------------------------------------------


def test_forged_plain_columns_are_errors_in_reports_and_fail_verification(home, run_qa):
    assert run_qa("scan").returncode == 0
    assert run_qa("audit", "verify").returncode == 0
    store = open_store(home)
    before = summarise(store, Filters()).overall.verdicts
    with sqlite3.connect(home / "store.db") as conn:
        conn.execute("update results set score = 100, passed = 1 where interaction_id = 'p-1'")
    forged = run_qa("audit", "verify")
    assert forged.returncode == 1 and "'p-1'" in forged.stdout and "MAC" in forged.stdout
    after = summarise(store, Filters()).overall.verdicts
    assert after.get("error", 0) == before.get("error", 0) + 1  # never the forged "pass"
    assert after.get("pass", 0) <= before.get("pass", 0)
    with sqlite3.connect(home / "store.db") as conn:
        conn.execute("update results set score = NULL where interaction_id = 'p-1'")
        conn.execute("update interactions set team = 'elsewhere' where id = 'q-2'")
    moved = run_qa("audit", "verify")
    assert moved.returncode == 1 and "'q-2'" in moved.stdout
    store.engine.dispose()


def test_rows_from_before_column_macs_are_vouched_for_once_against_their_ciphertext(home):
    """A store upgraded in place: honest old rows keep reporting, forged ones do not."""
    store = open_store(home)
    store.engine.dispose()
    with sqlite3.connect(home / "store.db") as conn:
        conn.execute("update interactions set columns_mac = NULL")
        conn.execute("update interactions set agent_id = 'a-forged' where id = 'q-1'")
        conn.execute("update store_info set columns_authenticated = 0")
    store = open_store(home)
    with sqlite3.connect(home / "store.db") as conn:
        macs = dict(conn.execute("select id, columns_mac from interactions"))
    assert macs["q-1"] is None and all(macs[i] for i in ("p-1", "p-2", "q-2"))
    problem = store.verify_audit()
    assert not problem.ok and "'q-1'" in problem.problem
    store.engine.dispose()


# --- the audit trail knows its own head ------------------------------------------------


def test_a_wiped_trail_does_not_verify(home, run_qa):
    with sqlite3.connect(home / "store.db") as conn:
        conn.execute("delete from audit_log")
        conn.execute("delete from audit_checkpoints")
    done = run_qa("audit", "verify")
    assert done.returncode == 1 and "head recorded outside the database" in done.stdout


def test_a_trail_cut_by_its_newest_entry_does_not_verify(home, run_qa):
    with sqlite3.connect(home / "store.db") as conn:
        newest = conn.execute("select max(seq) from audit_log").fetchone()[0]
        conn.execute("delete from audit_log where seq = ?", (newest,))
        conn.execute("delete from audit_checkpoints where seq = ?", (newest,))
    done = run_qa("audit", "verify")
    assert done.returncode == 1 and f"entry {newest}" in done.stdout


def test_restoring_an_older_backup_moves_the_head_back_on_purpose(home, tmp_path, run_qa):
    backup = tmp_path / "backup.db"
    assert run_qa("backup", "--out", str(backup)).returncode == 0
    assert run_qa("scan").returncode == 0  # the trail moves on after the backup
    (home / "store.db").unlink()
    for suffix in ("-wal", "-shm"):
        (home / f"store.db{suffix}").unlink(missing_ok=True)
    restored = run_qa("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run_qa("audit", "verify").returncode == 0


# --- one bad key fails alone ----------------------------------------------------------


def test_one_unreadable_scope_key_fails_its_interactions_alone(home, run_qa):
    store = open_store(home)
    scope = f"c:{customer_ref(store, 'c-2')}"
    store.engine.dispose()
    ring_path = home / "keyring.json"
    ring = json.loads(ring_path.read_text())
    sealed = bytearray(base64.b64decode(ring["scopes"][scope]["key"]))
    sealed[0] ^= 0xFF
    ring["scopes"][scope]["key"] = base64.b64encode(bytes(sealed)).decode()
    ring_path.write_text(json.dumps(ring))
    done = run_qa("scan", "--json")
    assert done.returncode == 1, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["scanned"], summary["failed"]) == (2, 2)


# --- echoes ---------------------------------------------------------------------------


def test_a_duplicate_id_in_one_file_names_the_file_and_both_places(home, tmp_path, run_qa):
    first, second = call("dup-1"), call("dup-1")
    second["turns"][0]["text"] = "Another greeting entirely."
    path = tmp_path / "dups.jsonl"
    path.write_text(
        json.dumps(call("ok-1")) + "\n" + json.dumps(first) + "\n" + json.dumps(second) + "\n"
    )
    done = run_qa("ingest", str(path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "dups.jsonl" in done.stderr and "2 and 3" in done.stderr
    assert "already stored" not in done.stderr and CARD not in done.stderr
