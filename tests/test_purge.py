"""Crypto-shredding: purged data is unreadable even in a copy taken before the purge."""

import shutil
import sqlite3
from datetime import date

import pytest

from qa_core.store.envelope import DecryptionError
from qa_core.store.holds import add_hold, remove_hold
from qa_core.store.purge import purge_before, purge_customer
from qa_core.store.store import Store
from qa_core.testing import build_interaction, plugin_manager_with


@pytest.fixture
def pm():
    return plugin_manager_with("keys")


def call(id_, customer, day, secret="Zyxwvut Qqplonk"):
    return build_interaction(
        ("customer", f"my name is {secret}"),
        id=id_,
        customer_id=customer,
        started_at=f"2026-10-{day:02d}T09:00:00Z",
    )


@pytest.fixture
def store(tmp_path, pm):
    store, _ = Store.init(tmp_path / "home", None, pm)
    store.ingest(
        [
            call("a1", "alice", 1),
            call("a2", "alice", 20),
            call("b1", "bob", 1),
            call("b2", "bob", 20),
            build_interaction("agent: hi", id="n1", started_at="2026-10-01T10:00:00Z"),
        ]
    )
    return store


def snapshot(store, tmp_path):
    db = store.home / "store.db"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    copy = tmp_path / "before-purge.db"
    shutil.copy(db, copy)
    return copy


def readable(store, ids):
    rows = {r.id: r for r in store.rows()}
    out = {}
    for id_ in ids:
        try:
            out[id_] = store.decrypt(rows[id_]).id == id_
        except DecryptionError:
            out[id_] = False
    return out


def test_purge_customer_shreds_even_an_old_copy(store, tmp_path, pm):
    copy = snapshot(store, tmp_path)
    result = purge_customer(store, "alice")
    assert (result.purged, result.keys_destroyed) == (2, 1)
    assert sorted(r.id for r in store.rows()) == ["b1", "b2", "n1"]
    old = Store.open(store.home, f"sqlite:///{copy}", pm)
    assert readable(old, ["a1", "a2", "b1", "n1"]) == {
        "a1": False,
        "a2": False,
        "b1": True,
        "n1": True,
    }
    assert store.verify_audit().ok


def test_purge_before_a_date_shreds_those_days(store, tmp_path, pm):
    copy = snapshot(store, tmp_path)
    result = purge_before(store, date(2026, 10, 10))
    assert result.purged == 3  # a1, b1, n1 (October 1st)
    assert sorted(r.id for r in store.rows()) == ["a2", "b2"]
    old = Store.open(store.home, f"sqlite:///{copy}", pm)
    assert readable(old, ["a1", "b1", "n1", "a2", "b2"]) == {
        "a1": False,
        "b1": False,
        "n1": False,
        "a2": True,
        "b2": True,
    }


def test_held_interactions_survive_and_stay_readable(store, tmp_path):
    add_hold(store, None, "alice", "litigation 2026-17")
    add_hold(store, "b1", None, "complaint")
    result = purge_before(store, date(2026, 10, 10))
    assert (result.purged, result.held) == (1, 2)  # only n1; a1 and b1 are held
    assert readable(store, ["a1", "b1", "a2"]) == {"a1": True, "b1": True, "a2": True}
    assert purge_customer(store, "alice").purged == 0
    remove_hold(store, None, "alice")
    assert purge_customer(store, "alice").purged == 2
    assert readable(store, ["b1", "b2"]) == {"b1": True, "b2": True}


def test_nothing_of_a_purged_row_lingers_in_the_files(store):
    rows = {r.id: r for r in store.rows()}
    fragments = [rows[i].ciphertext[:24] for i in ("a1", "a2")] + [
        rows[i].wrapped_key[:24] for i in ("a1", "a2")
    ]
    purge_customer(store, "alice")
    for path in store.home.iterdir():
        blob = path.read_bytes()
        for fragment in fragments:
            assert fragment not in blob, f"a purged row's bytes are still in {path.name}"


def test_purge_on_postgresql(tmp_path, pm, pg_url):
    store, _ = Store.init(tmp_path / "home", pg_url, pm)
    store.ingest([call("a1", "alice", 1), call("b1", "bob", 1)])
    assert purge_customer(store, "alice").purged == 1
    assert readable(store, ["b1"]) == {"b1": True}
    assert store.verify_audit().ok
    store.engine.dispose()


def test_cli_purge_and_hold(run_qa, tmp_path):
    import json

    source = tmp_path / "c.jsonl"
    source.write_text(
        "\n".join(json.dumps(call(f"x{n}", "carol", 1).to_json_dict()) for n in range(3)) + "\n"
    )
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(source)).returncode == 0
    assert run_qa("hold", "add", "--id", "x1", "--reason", "case 9").returncode == 0
    held = json.loads(run_qa("hold", "list").stdout)
    assert held == [
        {
            "kind": "interaction",
            "ref": "x1",
            "reason": "case 9",
            "created_at": held[0]["created_at"],
        }
    ]
    done = run_qa("purge", "--customer", "carol", "--json")
    assert json.loads(done.stdout) == {"purged": 2, "held": 1, "keys_destroyed": 1}
    assert run_qa("show", "x1").returncode == 0
    assert run_qa("show", "x0").returncode == 2
    both = run_qa("purge", "--customer", "carol", "--before", "2026-01-01")
    assert both.returncode == 2 and "exactly one" in both.stderr
    assert run_qa("audit", "verify").returncode == 0
