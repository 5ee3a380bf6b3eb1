"""The encrypted store on a real SQLite file and a real PostgreSQL server."""

import base64
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from qa_core import KeyProvider, hookimpl
from qa_core.errors import UserError
from qa_core.reading import read_interactions
from qa_core.store.envelope import DecryptionError
from qa_core.store.schema import StoredInteraction
from qa_core.store.store import ReplaceRefused, Store
from qa_core.testing import build_interaction, plugin_manager_with

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "interactions"
CANARIES = ["Zyxwvut Qqplonk", "4929 1234 5678 9012", "canary.pii@example.org"]


@pytest.fixture
def pm():
    return plugin_manager_with("keys")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, pm):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    store, created = Store.init(tmp_path / "home", url, pm)
    assert created
    yield store
    store.engine.dispose()


def canary_interaction(n: int = 0):
    return build_interaction(
        ("customer", f"hi my name is {CANARIES[0]}, card {CANARIES[1]}, mail {CANARIES[2]}"),
        id=f"canary-{n}",
        customer_id="cust-secret-77",
        team="billing",
        agent_id="a-1",
        started_at="2026-11-01T10:00:00Z",
    )


def test_init_creates_a_private_key_and_is_idempotent(tmp_path, pm):
    home = tmp_path / "home"
    store, created = Store.init(home, None, pm)
    key_file = home / "master.key"
    assert created and oct(key_file.stat().st_mode & 0o777) == "0o600"
    before = key_file.read_bytes()
    again, created_again = Store.init(home, None, pm)
    assert not created_again and again.store_id == store.store_id
    assert key_file.read_bytes() == before


def test_round_trip_and_plain_columns(store):
    interactions = list(read_interactions(EXAMPLES / "default"))
    counts = store.ingest(interactions, source="default")
    assert counts.stored == 10
    assert store.get("call-d01") == interactions[0]
    with Session(store.engine) as session:
        row = session.get(StoredInteraction, "call-d01")
        assert (row.channel, row.agent_id, row.team) == ("voice", "a-11", "billing")
        assert row.customer_ref != "c-1001" and len(row.customer_ref) == 64
        assert b"Northwind" not in row.ciphertext


def test_reingest_is_a_no_op_and_changes_need_replace(store):
    interaction = canary_interaction()
    assert store.ingest([interaction]).stored == 1
    assert store.ingest([interaction]).unchanged == 1
    changed = build_interaction("agent: something else", id="canary-0")
    with pytest.raises(ReplaceRefused, match="use --replace"):
        store.ingest([changed])
    assert store.get("canary-0") == interaction  # the failed file changed nothing
    assert store.ingest([changed], replace=True).replaced == 1
    assert store.get("canary-0") == changed
    assert store.verify_audit().ok


def test_a_file_is_stored_whole_or_not_at_all(store):
    good = build_interaction("agent: hello", id="good-1")
    clash = build_interaction("agent: other", id="good-1")
    with pytest.raises(ReplaceRefused):
        store.ingest([good, build_interaction("agent: x", id="good-2"), clash])
    assert [r.id for r in store.rows()] == []


def test_rows_cannot_be_swapped_and_a_bad_row_fails_alone(store):
    store.ingest([canary_interaction(1), canary_interaction(2), canary_interaction(3)])
    with Session(store.engine) as session:
        one = session.get(StoredInteraction, "canary-1")
        two = session.get(StoredInteraction, "canary-2")
        (
            one.ciphertext,
            one.nonce,
            one.wrapped_key,
            one.key_nonce,
            two.ciphertext,
            two.nonce,
            two.wrapped_key,
            two.key_nonce,
        ) = (
            two.ciphertext,
            two.nonce,
            two.wrapped_key,
            two.key_nonce,
            one.ciphertext,
            one.nonce,
            one.wrapped_key,
            one.key_nonce,
        )
        session.add_all([one, two])
        session.commit()
    rows = {row.id: row for row in store.rows()}
    for swapped in ("canary-1", "canary-2"):
        with pytest.raises(DecryptionError):
            store.decrypt(rows[swapped])
    assert store.decrypt(rows["canary-3"]).id == "canary-3"


def test_a_wrong_key_is_one_clear_line(tmp_path, pm):
    home = tmp_path / "home"
    Store.init(home, None, pm)
    (home / "master.key").write_text("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n")
    with pytest.raises(UserError, match="the key does not match this store"):
        Store.open(home, None, pm)


def test_canaries_never_reach_disk_in_plain_text(tmp_path, pm):
    home = tmp_path / "home"
    store, _ = Store.init(home, None, pm)
    store.ingest([canary_interaction(n) for n in range(50)])
    store.get("canary-7")
    sqlite3.connect(home / "store.db").execute("PRAGMA wal_checkpoint(PASSIVE)").close()
    for path in home.iterdir():
        blob = path.read_bytes()
        for canary in [*CANARIES, "cust-secret-77"]:
            assert canary.encode() not in blob, f"{canary!r} found in {path.name}"


def test_audit_chain_detects_edit_delete_and_reorder(store):
    store.ingest([canary_interaction()], source="a")
    store.record("view_unredacted", "canary-0", {"reason": "dispute"})
    store.ingest([canary_interaction(5)], source="b")
    assert store.verify_audit().ok and store.verify_audit().entries == 4

    def tamper(sql):
        with store.engine.begin() as conn:
            conn.execute(text(sql))

    tamper('UPDATE audit_log SET details = \'{"reason":"other"}\' WHERE seq = 3')
    result = store.verify_audit()
    assert (result.ok, result.bad_seq, result.problem) == (False, 3, "entry 3 was altered")


@pytest.mark.parametrize(
    ("sql", "bad", "problem"),
    [
        ("DELETE FROM audit_log WHERE seq = 2", 2, "entry 2 is missing (found 3 next)"),
        (
            "UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 "
            "WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 100",
            2,
            "entry 2 does not follow the entry before it",
        ),
    ],
)
def test_audit_chain_detects_deletion_and_reordering(store, sql, bad, problem):
    for n in range(3):
        store.ingest([canary_interaction(n)], source=str(n))
    with store.engine.begin() as conn:
        for statement in sql.split("; "):
            conn.execute(text(statement))
    result = store.verify_audit()
    assert (result.ok, result.bad_seq, result.problem) == (False, bad, problem)


def test_cli_store_commands(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    again = run_qa("init")
    assert again.returncode == 0 and "nothing changed" in again.stdout
    source = tmp_path / "calls.jsonl"
    good = json.loads((EXAMPLES / "default" / "call-d01.json").read_text())
    source.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "id": "x", "channel": "fax"}) + "\n"
    )
    refused = run_qa("ingest", str(source))
    assert refused.returncode == 2 and "calls.jsonl:2: channel" in refused.stderr
    skipped = run_qa("ingest", str(source), "--skip-invalid", "--json")
    assert skipped.returncode == 1
    assert json.loads(skipped.stdout) == {"stored": 1, "unchanged": 0, "replaced": 0, "skipped": 1}
    no_reason = run_qa("show", "call-d01", "--unredacted")
    assert no_reason.returncode == 2 and "needs --reason" in no_reason.stderr
    shown = run_qa("show", "call-d01", "--unredacted", "--reason", "dispute 12")
    assert json.loads(shown.stdout)["id"] == "call-d01"
    redacted = run_qa("show", "call-d01")
    assert "Daniel Okafor" not in redacted.stdout and "[PERSON]" in redacted.stdout
    verified = run_qa("audit", "verify", "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["entries"] == 4
    db = tmp_path / "qa-home" / "store.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    broken = run_qa("audit", "verify")
    assert broken.returncode == 1 and "entry 2 was altered" in broken.stdout
    assert os.stat(db).st_mode & 0o077 == 0


# --8<-- [start:key-provider]
class MemoryVault:
    """A third party's key provider (think Vault or a KMS), kept in memory for the test."""

    def __init__(self):
        self.keys = {}

    @hookimpl
    def register_key_providers(self):
        vault = self

        class VaultProvider(KeyProvider):
            name = "vault"

            def exists(self, home):
                return str(home) in vault.keys

            def create(self, home):
                vault.keys[str(home)] = os.urandom(32)

            def load(self, home):
                return vault.keys[str(home)]

        return [VaultProvider()]


# --8<-- [end:key-provider]


def test_a_plugin_key_provider_holds_the_key(tmp_path, monkeypatch):
    vault = MemoryVault()
    pm = plugin_manager_with("keys", plugins=[("vault", vault)])
    monkeypatch.setenv("QA_KEY_PROVIDER", "vault")
    home = tmp_path / "home"
    store, _ = Store.init(home, None, pm)
    store.ingest([canary_interaction()])
    assert not (home / "master.key").exists() and str(home) in vault.keys
    assert Store.open(home, None, pm).get("canary-0").id == "canary-0"
    monkeypatch.setenv("QA_KEY_PROVIDER", "nope")
    with pytest.raises(UserError, match="unknown key provider 'nope'"):
        Store.open(home, None, pm)


def test_the_env_key_provider(tmp_path, monkeypatch, pm):
    monkeypatch.setenv("QA_KEY_PROVIDER", "env")
    monkeypatch.delenv("QA_MASTER_KEY", raising=False)
    with pytest.raises(UserError, match="set QA_MASTER_KEY"):
        Store.init(tmp_path / "home", None, pm)
    monkeypatch.setenv("QA_MASTER_KEY", base64.b64encode(os.urandom(32)).decode())
    store, _ = Store.init(tmp_path / "home", None, pm)
    store.ingest([canary_interaction()])
    assert Store.open(tmp_path / "home", None, pm).get("canary-0").id == "canary-0"


def test_cli_ingests_vendor_formats_whole_or_not_at_all(run_qa, tmp_path):
    formats = ROOT / "examples" / "formats"
    assert run_qa("init").returncode == 0
    done = run_qa("ingest", *(str(p) for p in sorted(formats.iterdir())), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stored"] == 6
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "interaction_id,timestamp,speaker,text\nz1,2026-01-01T00:00:00Z,agent,hi\n"
        "z2,2026-01-01T00:00:00Z,robot,beep\n"
    )
    refused = run_qa("ingest", str(bad))
    assert refused.returncode == 2
    assert (
        refused.stderr.strip() == f"qa: error: {bad}:3: speaker must be one of agent, "
        "bot, customer, system"
    )
    assert run_qa("show", "z1").returncode == 2  # nothing of that file was stored
    redacted = run_qa(
        "redact", str(formats / "contact-lens-call.json"), "--out", str(tmp_path / "r.jsonl")
    )
    assert redacted.returncode == 0, redacted.stderr
    line = json.loads((tmp_path / "r.jsonl").read_text())
    assert line["id"] == "cl-call-0001" and "[ADDRESS]" in line["turns"][3]["text"]


def forge_entry(store, seq_offset=1):
    """What an attacker with database access can do: append an entry with a valid hash."""
    from qa_core.store.audit import entry_hash
    from qa_core.store.schema import AuditEntry

    with Session(store.engine) as session:
        last = session.exec(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC")).first()
        seq = last[0] + seq_offset
        at = "2026-11-23T00:00:00.000000+00:00"
        session.add(
            AuditEntry(
                seq=seq,
                at=at,
                actor="mallory",
                action="ingest",
                subject=None,
                details="{}",
                prev_hash=last[1],
                hash=entry_hash(last[1], seq, at, "mallory", "ingest", None, "{}"),
            )
        )
        session.commit()


def test_checkpoints_catch_forged_appends_and_cut_tails(store):
    for n in range(4):
        store.ingest([canary_interaction(n)], source=str(n))
    assert store.verify_audit().ok
    forge_entry(store)
    result = store.verify_audit()
    assert (result.ok, result.problem) == (False, "entries after 5 are not signed")
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq >= 4"))
    result = store.verify_audit()
    assert (result.ok, result.problem) == (
        False,
        "the trail was cut: a checkpoint signs entry 4, now gone",
    )


def test_a_rewritten_chain_fails_its_signatures(store):
    from qa_core.store.audit import GENESIS, entry_hash

    store.ingest([canary_interaction()], source="x")
    with store.engine.begin() as conn:
        rows = conn.execute(
            text("SELECT seq, at, actor, action, subject, details FROM audit_log ORDER BY seq")
        ).all()
        prev = GENESIS
        for seq, at, _actor, action, subject, details in rows:  # rewrite every actor
            digest = entry_hash(prev, seq, at, "mallory", action, subject, details)
            conn.execute(
                text("UPDATE audit_log SET actor='mallory', prev_hash=:p, hash=:h WHERE seq=:s"),
                {"p": prev, "h": digest, "s": seq},
            )
            prev = digest
    result = store.verify_audit()
    assert (result.ok, result.problem) == (False, "checkpoint 1 does not verify")


def test_export_verifies_with_the_public_key_alone_and_anchors_catch_cuts(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    source = EXAMPLES / "default" / "call-d01.json"
    assert run_qa("ingest", str(source)).returncode == 0
    anchor = tmp_path / "anchor.json"
    anchor.write_text(run_qa("audit", "anchor").stdout)
    public_key = json.loads(anchor.read_text())["public_key"]
    assert run_qa("show", "call-d01").returncode == 0
    export = tmp_path / "trail.jsonl"
    assert run_qa("audit", "export", "--out", str(export)).returncode == 0
    home = tmp_path / "qa-home"
    shutil.copytree(home, tmp_path / "elsewhere")  # an outsider without the store
    ok = run_qa("audit", "verify", "--export", str(export), "--public-key", public_key)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    lines = export.read_text().splitlines()
    lines[1] = lines[1].replace('"init"', '"purge"')
    export.write_text("\n".join(lines) + "\n")
    bad = run_qa("audit", "verify", "--export", str(export), "--public-key", public_key)
    assert bad.returncode == 1 and "entry 1 was altered" in bad.stdout
    db = home / "store.db"
    with sqlite3.connect(db) as conn:  # cut the tail AND its checkpoints
        conn.execute("DELETE FROM audit_log WHERE seq >= 2")
        conn.execute("DELETE FROM audit_checkpoints WHERE seq >= 2")
    alone = run_qa("audit", "verify")  # the head recorded beside the keyring tells ...
    assert alone.returncode == 1 and "head recorded outside the database" in alone.stdout
    (home / "audit_head.json").unlink()  # ... and with that gone too, an anchor still does
    assert run_qa("audit", "verify").returncode == 0
    cut = run_qa("audit", "verify", "--anchor", str(anchor))
    assert cut.returncode == 1 and "the anchored entry 2 is gone" in cut.stdout  # ... not here


def test_stores_open_in_several_processes_share_one_keyring_safely(store, pm):
    """Two opened stores (two processes' views) ingest new customers at once; a third,
    opened before either (a running scheduler), still reads every row, and a purge in
    one never sees its destroyed key brought back by another's save."""
    url = None if store.engine.dialect.name == "sqlite" else store.engine.url
    scanner = Store.open(store.home, url and url.render_as_string(hide_password=False), pm)
    other = Store.open(store.home, url and url.render_as_string(hide_password=False), pm)

    def calls(prefix, n):
        return [
            build_interaction(
                ("customer", f"hello from {prefix} {k}"),
                id=f"{prefix}-{k}",
                customer_id=f"cust-{k % 7}",  # the same customers from both
                started_at="2026-11-02T10:00:00Z",
            )
            for k in range(n)
        ]

    assert store.ingest(calls("first", 20)).stored == 20
    assert other.ingest(calls("second", 20)).stored == 20  # its keyring was read before
    with Session(store.engine) as session:
        rows = session.exec(select(StoredInteraction)).all()
    assert len(rows) == 40
    for reader in (store, other, scanner):
        assert all(reader.decrypt(row).turns for row in rows)
    # a key destroyed by one is not written back by another that still knew it
    assert other.keyring.destroy("d:2026-11-02")
    other.keyring.save()
    store.keyring.ensure(["c:new-customer"])
    assert "d:2026-11-02" not in json.loads((store.home / "keyring.json").read_text())["scopes"]
    for opened in (scanner, other):
        opened.engine.dispose()
