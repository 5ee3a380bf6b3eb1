"""Scans plan the muting of stored recordings when a ruleset asks (`redaction: {audio:
true}`); the audit report counts them, and the scorecard page draws the muted stretches on
a timeline beside the turns."""

from __future__ import annotations

import json

from speech import CARD_CALL, needs_espeak, speak_call

pytestmark = needs_espeak

TURNS = [("agent", "this call is recorded what is the card number"), *CARD_CALL[1:]]
RULESET = """\
id: muted-payments
version: 1
pass_mark: 50
redaction: {presets: [pci], audio: true, audio_pad: 0.1}
sections:
  - id: s
    criteria:
      - id: disclosure
        rule: script.phrase
        params: {phrases: ["this call is recorded"]}
"""


def test_a_scan_plans_muting_and_the_reports_show_it(run_qa, tmp_path):
    timed = speak_call("rec-t", TURNS)
    untimed = speak_call("rec-u", TURNS)
    for turn in untimed.interaction["turns"]:
        del turn["start_s"], turn["end_s"], turn["words"]
    plain = speak_call("rec-none", TURNS)  # no recording stored for this one
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps(c.interaction) + "\n" for c in (timed, untimed, plain)))
    audio = tmp_path / "audio"
    audio.mkdir()
    timed.write(audio / "rec-t.wav")
    untimed.write(audio / "rec-u.wav")
    ruleset = tmp_path / "muted.yaml"
    ruleset.write_text(RULESET)
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", str(source), "--audio", str(audio)).returncode == 0
    scanned = run_qa("scan", "--ruleset", str(ruleset))
    assert scanned.returncode == 0, scanned.stderr
    results = run_qa("results", "--ruleset", str(ruleset))
    assert results.returncode == 0, results.stderr
    lines = {x["id"]: x for x in map(json.loads, results.stdout.splitlines())}
    plan = lines["rec-t"]["audio"]
    assert plan["status"] == "muted" and plan["muted"] and plan["pad_s"] == 0.1
    assert 0 < plan["muted_s"] < plan["duration_s"]
    assert lines["rec-u"]["audio"] == {"status": "unsafe", "untimed_findings": 1}
    assert "audio" not in lines["rec-none"]

    # the file `qa show --audio` renders mutes exactly what the scan planned
    out = tmp_path / "rec-t.wav"
    shown = run_qa("show", "rec-t", "--audio", str(out), "--ruleset", str(ruleset))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(out.with_suffix(".json").read_text())["muted"] == plan["muted"]
    refused = run_qa("show", "rec-u", "--audio", str(tmp_path / "u.wav"), "--ruleset",
                     str(ruleset))  # fmt: skip
    assert refused.returncode == 1 and "rec-u" in refused.stderr
    assert not (tmp_path / "u.wav").exists()

    report = tmp_path / "audit"
    done = run_qa("report", "audit", "--out", str(report), "--ruleset", str(ruleset))
    assert done.returncode == 0, done.stderr
    recordings = json.loads((report / "audit.json").read_text())["recordings"]
    assert recordings == {
        "muted": 1,
        "seconds_muted": round(plan["muted_s"], 1),
        "refused_unsafe": 1,
        "unreadable": 0,
        "released": 1,
    }
    page = (report / "index.html").read_text()
    assert 'data-figure="recordings-unsafe">1<' in page

    cards = tmp_path / "cards"
    done = run_qa("report", "scorecards", "--out", str(cards), "--ruleset", str(ruleset))
    assert done.returncode == 0, done.stderr
    html = (cards / "interactions" / "rec-t.html").read_text()
    assert "data-timeline" in html
    assert html.count("data-muted=") == len(plan["muted"])
    assert html.count('class="seg agent"') == 2 and html.count('class="seg customer"') == 1
    assert "Not releasable" in (cards / "interactions" / "rec-u.html").read_text()
    assert "data-timeline" not in (cards / "interactions" / "rec-none.html").read_text()
    assert "four one" not in html  # the page shows the redacted transcript only
