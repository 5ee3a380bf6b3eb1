"""``qa redact --audio`` and ``qa audio verify`` on calls spoken by espeak-ng (contract
section 7): silence over every sensitive word, the same samples everywhere else."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile
from speech import CARD, CARD_CALL, needs_espeak, speak_call

pytestmark = needs_espeak

PAYMENT = [
    *CARD_CALL[:2],
    ("agent", "and the expiry date"),
    ("customer", "oh eight twenty seven"),
    ("agent", "thank you that is all"),
]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _redact(run_qa, tmp_path, calls, *args, audio_in=None):
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps(c.interaction) + "\n" for c in calls))
    audio_in = audio_in or tmp_path / "audio"
    audio_in.mkdir(exist_ok=True)
    for call in calls:
        if not any(audio_in.glob(f"{call.interaction['id']}.*")):
            call.write(audio_in / f"{call.interaction['id']}.wav")
    out = tmp_path / "out.jsonl"
    result = run_qa(
        "redact", str(source), "--out", str(out), "--audio", str(audio_in),
        "--audio-out", str(tmp_path / "muted"), *args,
    )  # fmt: skip
    lines = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
    return result, lines, tmp_path / "muted"


def _frames(muted, rate):
    return [(round(a * rate), round(b * rate)) for a, b in muted]


def _expected(samples, ranges):
    out = samples.copy()
    for a, b in ranges:
        out[a:b] = 0
    return out


def _sensitive_words(call, findings):
    """(turn, word) of every word a finding covers."""
    found = set()
    for f in findings:
        for k, w in enumerate(call.interaction["turns"][f["turn"]].get("words", [])):
            if w["offset"] < f["end"] and w["offset"] + len(w["text"]) > f["start"]:
                found.add((f["turn"], k))
    return found


@pytest.mark.parametrize("stereo", [False, True], ids=["mono", "stereo"])
def test_every_sensitive_word_is_silenced_and_every_other_sample_is_kept(run_qa, tmp_path, stereo):
    call = speak_call("pay-1", PAYMENT, stereo=stereo)
    result, lines, muted_dir = _redact(run_qa, tmp_path, [call], "--pad", "0.05")
    assert result.returncode == 0, result.stderr
    findings = lines[0]["findings"]
    assert {f["entity"] for f in findings} >= {"CREDIT_CARD", "CARD_EXPIRY"}
    cert = json.loads((muted_dir / "pay-1.json").read_text())
    out, rate = soundfile.read(muted_dir / "pay-1.wav", dtype="int16", always_2d=True)
    info, original = soundfile.info(muted_dir / "pay-1.wav"), call.samples
    assert (rate, info.channels, info.subtype, len(out)) == (
        call.rate, 2 if stereo else 1, "PCM_16", len(original)
    )  # fmt: skip
    # exactly the certificate's intervals are zero, on every channel; the rest is the input
    ranges = _frames(cert["muted"], rate)
    assert np.array_equal(out, _expected(original, ranges))
    # every word of every finding lies in a muted interval, pad included
    words = _sensitive_words(call, findings)
    assert len(words) >= 16 + 4
    for turn, k in words:
        a, b = call.word_frames(turn, k)
        assert not out[a:b].any(), (turn, k)
        pad = int(0.05 * rate) - 1
        assert not out[max(0, a - pad) : b + pad].any()
    # the agent's question is heard: not one of its words is touched
    for k in range(len(call.interaction["turns"][0]["words"])):
        a, b = call.word_frames(0, k)
        assert np.array_equal(out[a:b], original[a:b])
    assert cert["id"] == "pay-1"
    assert cert["findings"] == len(findings)
    assert cert["input_sha256"] == _sha256(tmp_path / "audio" / "pay-1.wav")
    assert cert["output_sha256"] == _sha256(muted_dir / "pay-1.wav")
    assert cert["muted"] == sorted(cert["muted"])
    assert all(a < b < c for (a, b), (c, _) in zip(cert["muted"], cert["muted"][1:], strict=False))
    assert set(cert["plugins"]) >= {"pci"}
    assert "muted 1 recordings" in result.stderr


def test_turn_times_without_word_times_mute_the_whole_turn(run_qa, tmp_path):
    call = speak_call("pay-2", PAYMENT, word_times=False)
    result, _, muted_dir = _redact(run_qa, tmp_path, [call], "--pad", "0")
    assert result.returncode == 0, result.stderr
    cert = json.loads((muted_dir / "pay-2.json").read_text())
    out, rate = soundfile.read(muted_dir / "pay-2.wav", dtype="int16", always_2d=True)
    turns = call.interaction["turns"]
    for t in (1, 3):  # the card turn and the expiry turn, whole
        a, b = round(turns[t]["start_s"] * rate), round(turns[t]["end_s"] * rate)
        assert not out[a:b].any()
        assert [turns[t]["start_s"], turns[t]["end_s"]] in [
            [round(x, 4) for x in m] for m in cert["muted"]
        ]
    a, b = round(turns[0]["start_s"] * rate), round(turns[0]["end_s"] * rate)
    assert np.array_equal(out[a:b], call.samples[a:b])


def test_a_finding_without_times_refuses_the_recording_and_exits_1(run_qa, tmp_path):
    safe = speak_call("pay-ok", PAYMENT)
    unsafe = speak_call("pay-bad", PAYMENT)
    for turn in unsafe.interaction["turns"]:
        del turn["start_s"], turn["end_s"], turn["words"]
    muted_dir = tmp_path / "muted"
    muted_dir.mkdir()
    (muted_dir / "pay-bad.wav").write_bytes(b"an earlier release")  # must not survive
    result, lines, _ = _redact(run_qa, tmp_path, [safe, unsafe])
    assert result.returncode == 1
    assert [x["id"] for x in lines] == ["pay-ok", "pay-bad"]  # the text is still whole
    assert "pay-bad" in result.stderr and "pay-ok" not in result.stderr.replace("muted", "")
    assert not (muted_dir / "pay-bad.wav").exists()
    assert not (muted_dir / "pay-bad.json").exists()
    assert (muted_dir / "pay-ok.wav").is_file() and (muted_dir / "pay-ok.json").is_file()
    assert "Traceback" not in result.stderr


def test_flac_in_flac_out_and_pad_clipped_to_the_file(run_qa, tmp_path):
    call = speak_call("pay-3", [("customer", CARD)])
    audio = tmp_path / "audio"
    audio.mkdir()
    soundfile.write(audio / "pay-3.flac", call.samples, call.rate, format="FLAC")
    result, _, muted_dir = _redact(run_qa, tmp_path, [call], "--pad", "5", audio_in=audio)
    assert result.returncode == 0, result.stderr
    cert = json.loads((muted_dir / "pay-3.json").read_text())
    out, rate = soundfile.read(muted_dir / "pay-3.flac", dtype="int16", always_2d=True)
    assert soundfile.info(muted_dir / "pay-3.flac").format == "FLAC"
    assert cert["muted"] == [[0.0, round(len(out) / rate, 6)]]  # clipped at both ends
    assert not out.any() and len(out) == len(call.samples)


def test_a_call_without_findings_is_released_unchanged(run_qa, tmp_path):
    call = speak_call("chat-1", [("agent", "good morning how can I help")])
    result, _, muted_dir = _redact(run_qa, tmp_path, [call])
    assert result.returncode == 0, result.stderr
    cert = json.loads((muted_dir / "chat-1.json").read_text())
    assert cert["muted"] == [] and cert["findings"] == 0
    out, _ = soundfile.read(muted_dir / "chat-1.wav", dtype="int16", always_2d=True)
    assert np.array_equal(out, call.samples)


def test_verify_checks_the_file_and_the_signature_with_the_public_key_alone(run_qa, tmp_path):
    assert run_qa("init").returncode == 0  # a store here: its audit key signs releases
    call = speak_call("pay-4", PAYMENT)
    result, _, muted_dir = _redact(run_qa, tmp_path, [call])
    assert result.returncode == 0, result.stderr
    cert_path, audio = muted_dir / "pay-4.json", muted_dir / "pay-4.wav"
    cert = json.loads(cert_path.read_text())
    key = cert["signature"]["public_key"]
    ok = run_qa("audio", "verify", str(cert_path), str(audio))
    assert ok.returncode == 0 and "verified" in ok.stdout
    key_file = tmp_path / "public.key"
    key_file.write_text(key + "\n")
    elsewhere = {"QA_HOME": str(tmp_path / "nowhere")}
    ok = run_qa("audio", "verify", str(cert_path), str(audio), "--public-key", str(key_file),
                env=elsewhere)  # fmt: skip
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # the original recording is not the released one
    bad = run_qa("audio", "verify", str(cert_path), str(tmp_path / "audio" / "pay-4.wav"))
    assert bad.returncode == 1 and "output_sha256" in bad.stdout
    # an interval edited out of the certificate breaks the signature
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps({**cert, "muted": cert["muted"][1:]}))
    bad = run_qa("audio", "verify", str(edited), str(audio))
    assert bad.returncode == 1 and "signature" in bad.stdout
    # another store's key does not verify it
    other = run_qa("init", env=elsewhere)
    assert other.returncode == 0
    bad = run_qa("audio", "verify", str(cert_path), str(audio), env=elsewhere)
    assert bad.returncode == 1


def test_unsigned_release_without_a_store_does_not_verify(run_qa, tmp_path):
    call = speak_call("pay-5", [("customer", CARD)])
    result, _, muted_dir = _redact(run_qa, tmp_path, [call])
    assert result.returncode == 0
    cert = json.loads((muted_dir / "pay-5.json").read_text())
    assert "signature" not in cert
    key = "MCowBQYDK2VwAyEA" + "A" * 28
    bad = run_qa("audio", "verify", str(muted_dir / "pay-5.json"), str(muted_dir / "pay-5.wav"),
                 "--public-key", key)  # fmt: skip
    assert bad.returncode == 1 and "not signed" in bad.stdout


def test_bad_audio_input_is_one_line_and_exit_2(run_qa, tmp_path):
    call = speak_call("pay-6", [("customer", CARD)])
    source = tmp_path / "calls.jsonl"
    source.write_text(json.dumps(call.interaction) + "\n")
    out = tmp_path / "out.jsonl"
    alone = run_qa("redact", str(source), "--out", str(out), "--audio", str(tmp_path))
    assert alone.returncode == 2 and "--audio-out" in alone.stderr
    missing = run_qa("redact", str(source), "--out", str(out), "--audio", str(tmp_path / "no"),
                     "--audio-out", str(tmp_path / "m"))  # fmt: skip
    assert missing.returncode == 2 and "no such folder" in missing.stderr
    audio = tmp_path / "audio"
    audio.mkdir()
    (audio / "pay-6.wav").write_bytes(b"RIFF not really a wave file")
    result, lines, muted_dir = _redact(run_qa, tmp_path, [call], audio_in=audio)
    assert result.returncode == 2
    assert [x["id"] for x in lines] == ["pay-6"]
    errors = [x for x in result.stderr.splitlines() if "pay-6.wav" in x]
    assert len(errors) == 1 and "not a readable" in errors[0]
    assert "Traceback" not in result.stderr and not (muted_dir / "pay-6.wav").exists()
    # a lossy encoding is refused: writing it again would change other samples
    soundfile.write(audio / "pay-6.wav", call.samples, call.rate, subtype="IMA_ADPCM")
    result, _, muted_dir = _redact(run_qa, tmp_path, [call], audio_in=audio)
    assert result.returncode == 2 and "IMA_ADPCM" in result.stderr


@pytest.mark.parametrize("subtype", ["PCM_U8", "PCM_24", "FLOAT", "ULAW", "ALAW"])
def test_other_encodings_keep_their_subtype_and_samples(run_qa, tmp_path, subtype):
    call = speak_call("pay-7", [("customer", CARD)])
    audio = tmp_path / "audio"
    audio.mkdir()
    call.write(audio / "pay-7.wav", subtype=subtype)
    result, _, muted_dir = _redact(run_qa, tmp_path, [call], audio_in=audio)
    assert result.returncode == 0, result.stderr
    assert soundfile.info(muted_dir / "pay-7.wav").subtype == subtype
    original, _ = soundfile.read(audio / "pay-7.wav", dtype="float64", always_2d=True)
    out, rate = soundfile.read(muted_dir / "pay-7.wav", dtype="float64", always_2d=True)
    ranges = _frames(json.loads((muted_dir / "pay-7.json").read_text())["muted"], rate)
    keep = np.ones(len(out), dtype=bool)
    for a, b in ranges:
        keep[a:b] = False
        assert np.abs(out[a:b]).max() <= 8 / 32768  # A-law's quietest code; zero elsewhere
    assert np.array_equal(out[keep], original[keep])
