"""qa keys rotate: a new master key, nothing re-encrypted but the keyring, resumable."""

import json
from pathlib import Path

from qa_core.store.key_providers import FileKeyProvider
from qa_core.store.keyring import reseal
from qa_core.store.rotation import rotate
from qa_core.store.store import Store
from qa_core.testing import build_interaction, plugin_manager_with


def fill(tmp_path):
    pm = plugin_manager_with("keys")
    home = tmp_path / "home"
    store, _ = Store.init(home, None, pm)
    store.ingest(
        [
            build_interaction("customer: hello", id=f"r{n}", customer_id=f"c{n % 2}")
            for n in range(4)
        ]
    )
    payloads = {r.id: (r.ciphertext, r.wrapped_key) for r in store.rows()}
    return pm, home, payloads


def test_rotation_changes_the_key_not_the_payloads(tmp_path):
    pm, home, payloads = fill(tmp_path)
    old_key = (home / "master.key").read_text()
    assert rotate(home, None, pm)["scope_keys"] >= 3
    assert (home / "master.key").read_text() != old_key
    assert not (home / "master.key.next").exists()
    store = Store.open(home, None, pm)
    assert {r.id: (r.ciphertext, r.wrapped_key) for r in store.rows()} == payloads
    assert store.get("r3").id == "r3"
    assert (
        store.ingest([build_interaction("customer: hello", id="r1", customer_id="c1")]).unchanged
        == 1
    )  # keyed references survive the rotation
    assert store.verify_audit().ok


def test_a_rotation_that_crashed_after_resealing_is_finished(tmp_path):
    pm, home, _ = fill(tmp_path)
    provider = FileKeyProvider()
    current, new = provider.load(home), provider.next_key(home)
    reseal(home / "keyring.json", current, new)  # ... and then the process died
    rotate(home, None, pm)
    assert Store.open(home, None, pm).get("r0").id == "r0"


def test_cli_rotate(run_qa, tmp_path):
    assert run_qa("init").returncode == 0
    source = Path(tmp_path / "one.json")
    source.write_text(
        json.dumps({"id": "k1", "channel": "chat", "turns": [{"speaker": "agent", "text": "hi"}]})
    )
    assert run_qa("ingest", str(source)).returncode == 0
    done = run_qa("keys", "rotate")
    assert done.returncode == 0 and "re-sealed under a new master key" in done.stdout
    assert run_qa("show", "k1", "--unredacted", "--reason", "check").returncode == 0
    assert run_qa("audit", "verify").returncode == 0
