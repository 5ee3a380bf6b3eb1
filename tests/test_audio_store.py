"""Recordings in the store (contract section 7): sealed in chunks with their interaction,
released muted and signed, the original only with a reason; purges, holds, key rotation,
backup, restore and migration cover them as they cover text."""

from __future__ import annotations

import json
import shutil
import sqlite3

import numpy as np
import pytest
import soundfile
from speech import CARD_CALL, needs_espeak, speak_call

pytestmark = needs_espeak

TURNS = CARD_CALL


@pytest.fixture
def stored(run_qa, tmp_path):
    """Two spoken calls of two customers, ingested with their recordings."""
    calls = [speak_call("rec-1", TURNS), speak_call("rec-2", TURNS, stereo=True)]
    calls[0].interaction["customer_id"] = "cust-a"
    calls[1].interaction["customer_id"] = "cust-b"
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps(c.interaction) + "\n" for c in calls))
    audio = tmp_path / "audio"
    audio.mkdir()
    for call in calls:
        call.write(audio / f"{call.interaction['id']}.wav")
    assert run_qa("init").returncode == 0
    done = run_qa("ingest", str(source), "--audio", str(audio), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["recordings"] == 2
    return calls, audio


def _pcm_windows(samples: np.ndarray, count: int = 40, width: int = 48) -> list[bytes]:
    raw = samples.astype("<i2").tobytes()
    loud = [i for i in range(0, len(raw) - width, len(raw) // count) if any(raw[i : i + width])]
    return [raw[i : i + width] for i in loud]


def test_no_window_of_a_recording_is_anywhere_under_qa_home(stored, tmp_path, run_qa):
    calls, _ = stored
    assert run_qa("show", "rec-1", "--audio", str(tmp_path / "out.wav")).returncode == 0
    windows = [w for c in calls for w in _pcm_windows(c.samples)]
    assert len(windows) > 60
    files = [p for p in (tmp_path / "qa-home").rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files)
    for path in files:
        data = path.read_bytes()
        assert not any(w in data for w in windows), path


def test_show_audio_releases_it_muted_signed_and_audited(stored, tmp_path, run_qa):
    calls, _ = stored
    out = tmp_path / "released.wav"
    done = run_qa("show", "rec-2", "--audio", str(out), "--pad", "0.1")
    assert done.returncode == 0, done.stderr
    cert = json.loads(out.with_suffix(".json").read_text())
    assert cert["id"] == "rec-2" and cert["findings"] >= 1 and cert["muted"]
    samples, rate = soundfile.read(out, dtype="int16", always_2d=True)
    call = calls[1]
    assert samples.shape == call.samples.shape
    expected = call.samples.copy()
    for a, b in cert["muted"]:
        expected[round(a * rate) : round(b * rate)] = 0
    assert np.array_equal(samples, expected)
    for k in range(3, 19):  # the sixteen digits, on the customer's channel
        a, b = call.word_frames(1, k)
        assert not samples[a:b].any()
    assert run_qa("audio", "verify", str(out.with_suffix(".json")), str(out)).returncode == 0
    trail = run_qa("audit", "export", "--out", str(tmp_path / "trail.jsonl"))
    assert trail.returncode == 0
    entries = [json.loads(x) for x in (tmp_path / "trail.jsonl").read_text().splitlines()]
    released = [e for e in entries if e.get("action") == "recording_released"]
    assert released and released[-1]["subject"] == "rec-2"
    assert json.loads(released[-1]["details"])["output_sha256"] == cert["output_sha256"]
    assert run_qa("audit", "verify").returncode == 0


def test_the_original_needs_a_reason_and_is_audited(stored, tmp_path, run_qa):
    _, audio = stored
    out = tmp_path / "original.wav"
    refused = run_qa("show", "rec-1", "--audio", str(out), "--unredacted")
    assert refused.returncode == 2 and "--reason" in refused.stderr and not out.exists()
    done = run_qa("show", "rec-1", "--audio", str(out), "--unredacted", "--reason", "dispute 9")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (audio / "rec-1.wav").read_bytes()
    assert run_qa("audit", "export", "--out", str(tmp_path / "t.jsonl")).returncode == 0
    text = (tmp_path / "t.jsonl").read_text()
    assert "recording_unredacted" in text and "dispute 9" in text


def test_a_scan_s_findings_are_the_ones_muted(stored, tmp_path, run_qa):
    assert run_qa("scan").returncode == 0
    out = tmp_path / "scanned.wav"
    assert run_qa("show", "rec-1", "--audio", str(out)).returncode == 0
    assert json.loads(out.with_suffix(".json").read_text())["findings"] >= 1


def test_purge_shreds_the_recording_and_a_hold_keeps_one(stored, tmp_path, run_qa):
    assert run_qa("hold", "add", "--id", "rec-2", "--reason", "case 1").returncode == 0
    for customer in ("cust-a", "cust-b"):
        assert run_qa("purge", "--customer", customer).returncode == 0
    db = tmp_path / "qa-home" / "store.db"
    with sqlite3.connect(db) as conn:
        left = {r[0] for r in conn.execute("select interaction_id from recording_chunks")}
        assert left == {"rec-2"}
        assert {r[0] for r in conn.execute("select interaction_id from recordings")} == {"rec-2"}
    gone = run_qa("show", "rec-1", "--audio", str(tmp_path / "x.wav"))
    assert gone.returncode == 2 and "Traceback" not in gone.stderr
    kept = run_qa("show", "rec-2", "--audio", str(tmp_path / "kept.wav"))
    assert kept.returncode == 0, kept.stderr


def test_key_rotation_backup_and_restore_keep_recordings(stored, tmp_path, run_qa):
    _, audio = stored
    assert run_qa("keys", "rotate").returncode == 0
    original = tmp_path / "after-rotate.wav"
    done = run_qa("show", "rec-1", "--audio", str(original), "--unredacted", "--reason", "drill")
    assert done.returncode == 0, done.stderr
    assert original.read_bytes() == (audio / "rec-1.wav").read_bytes()
    snapshot = tmp_path / "snap.db"
    assert run_qa("backup", "--out", str(snapshot)).returncode == 0
    fresh = tmp_path / "fresh-home"
    fresh.mkdir()
    for name in ("master.key", "keyring.json", "audit_signing.key"):
        shutil.copy(tmp_path / "qa-home" / name, fresh / name)
    env = {"QA_HOME": str(fresh)}
    assert run_qa("restore", str(snapshot), env=env).returncode == 0
    out = tmp_path / "restored.wav"
    done = run_qa("show", "rec-2", "--audio", str(out), "--unredacted", "--reason", "drill",
                  env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (audio / "rec-2.wav").read_bytes()


def test_migration_to_postgresql_carries_recordings(stored, tmp_path, run_qa, pg_url):
    _, audio = stored
    assert run_qa("migrate", "--to", pg_url).returncode == 0
    out = tmp_path / "pg.wav"
    env = {"QA_DB_URL": pg_url}
    done = run_qa("show", "rec-1", "--audio", str(out), "--unredacted", "--reason", "pg",
                  env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (audio / "rec-1.wav").read_bytes()
    muted = run_qa("show", "rec-1", "--audio", str(tmp_path / "m.wav"), env=env)
    assert muted.returncode == 0, muted.stderr


@pytest.mark.parametrize("tamper", ["swap", "drop", "move"])
def test_chunks_cannot_be_swapped_dropped_or_moved(stored, tmp_path, run_qa, monkeypatch, tamper):
    import qa_core.store.recordings as recordings

    # small chunks, so a call has several; set for this process's ingest and reads
    monkeypatch.setattr(recordings, "CHUNK_BYTES", 4096)
    _, audio = stored
    source = tmp_path / "more.jsonl"
    call = speak_call("rec-3", TURNS)
    source.write_text(json.dumps(call.interaction) + "\n")
    call.write(audio / "rec-3.wav")
    assert run_qa("ingest", str(source), "--audio", str(audio)).returncode == 0
    db = tmp_path / "qa-home" / "store.db"
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select seq, nonce, ciphertext from recording_chunks where interaction_id='rec-3' "
            "order by seq"
        ).fetchall()
        assert len(rows) > 3
        if tamper == "swap":
            for (seq, _, _), (_, nonce, ct) in zip(rows[1:3], rows[2:0:-1], strict=True):
                conn.execute("update recording_chunks set nonce=?, ciphertext=? where "
                             "interaction_id='rec-3' and seq=?", (nonce, ct, seq))  # fmt: skip
        elif tamper == "drop":
            conn.execute("delete from recording_chunks where interaction_id='rec-3' and seq=?",
                         (rows[-1][0],))  # fmt: skip
        else:  # rec-1's first chunk put in place of rec-3's
            nonce, ct = conn.execute(
                "select nonce, ciphertext from recording_chunks where interaction_id='rec-1' "
                "and seq=0"
            ).fetchone()
            conn.execute("update recording_chunks set nonce=?, ciphertext=? where "
                         "interaction_id='rec-3' and seq=0", (nonce, ct))  # fmt: skip
    out = tmp_path / "tampered.wav"
    for extra in ([], ["--unredacted", "--reason", "check"]):
        bad = run_qa("show", "rec-3", "--audio", str(out), *extra)
        assert bad.returncode == 2, bad.stdout + bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
        assert not out.exists()


def test_bad_recordings_stop_the_ingest_whole(run_qa, tmp_path):
    call = speak_call("rec-9", TURNS)
    source = tmp_path / "calls.jsonl"
    source.write_text(json.dumps(call.interaction) + "\n")
    audio = tmp_path / "audio"
    audio.mkdir()
    (audio / "rec-9.wav").write_bytes(b"RIFF....WAVEfmt nonsense")
    assert run_qa("init").returncode == 0
    bad = run_qa("ingest", str(source), "--audio", str(audio))
    assert bad.returncode == 2 and "rec-9.wav" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_qa("show", "rec-9")
    assert missing.returncode == 2  # nothing of the file was stored
    none = run_qa("ingest", str(source), "--audio", str(tmp_path / "nowhere"))
    assert none.returncode == 2 and "no such folder" in none.stderr
    call.write(audio / "rec-9.wav")
    assert run_qa("ingest", str(source), "--audio", str(audio)).returncode == 0
    wrong = run_qa("show", "rec-9", "--audio", str(tmp_path / "x.flac"))
    assert wrong.returncode == 2 and ".wav" in wrong.stderr
    other = speak_call("rec-9", [("customer", "something else entirely")])
    other.write(audio / "rec-9.wav")
    again = run_qa("ingest", str(source), "--audio", str(audio))
    assert again.returncode == 2 and "--replace" in again.stderr
