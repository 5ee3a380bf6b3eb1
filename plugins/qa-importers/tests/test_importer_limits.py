"""Importers under load and under attack: linear in their input, within the limits, and
one clear error (file, line or field, what is wrong) that never quotes a value."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from qa_core import InteractionFormatError
from qa_core.testing import plugin_manager_with, read_input

SECRET = "4111111111111111"
ITEMS = 50_000
# generous for a loaded two-core machine; the quadratic steps took minutes at this size
SECONDS = 4.0


@pytest.fixture(scope="module")
def pm():
    return plugin_manager_with("json", "importers")


def timed_import(pm, path: Path, fmt: str):
    started = time.perf_counter()
    interactions = list(read_input(path, fmt, pm))
    return interactions, time.perf_counter() - started


def refused(pm, path: Path, fmt: str) -> str:
    with pytest.raises(InteractionFormatError) as caught:
        list(read_input(path, fmt, pm))
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert "\n" not in message and SECRET not in message, message
    return message


def _item(i: int, content: str = "word") -> dict:
    start = i * 0.1
    return {
        "start_time": f"{start:.2f}",
        "end_time": f"{start + 0.05:.2f}",
        "type": "pronunciation",
        "alternatives": [{"confidence": "0.99", "content": content}],
    }


def _comma() -> dict:
    return {"type": "punctuation", "alternatives": [{"content": ","}]}


# --- linear: 50,000 items in a few seconds -------------------------------------------------


def test_transcribe_channel_identification_is_linear(pm, tmp_path):
    channels = {0: [], 1: []}
    for i in range(ITEMS):
        channel = (i // 10) % 2  # ten words on one channel, then ten on the other
        channels[channel].append(_item(i))
        if i % 10 == 9:
            channels[channel].append(_comma())
    results = {
        "channel_labels": {
            "channels": [
                {"channel_label": f"ch_{c}", "items": items} for c, items in channels.items()
            ]
        },
        "items": [],
    }
    path = tmp_path / "channels.json"
    path.write_text(json.dumps({"jobName": "big-call", "results": results}))
    [call], seconds = timed_import(pm, path, "aws-transcribe")
    assert seconds < SECONDS
    assert len(call.turns) == ITEMS // 10
    assert sum(len(t.words) for t in call.turns) == ITEMS
    first, second = call.turns[:2]
    assert (first.speaker, second.speaker) == ("agent", "customer")
    assert first.text == " ".join(["word"] * 10) + ","
    assert second.words[0].start_s == 1.0


def test_transcribe_speaker_labels_one_long_turn_is_linear(pm, tmp_path):
    items = [_item(i, "w") for i in range(ITEMS)]  # 'w w w …': 99,999 characters, one turn
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps({"jobName": "monologue", "results": {"items": items}}))
    [call], seconds = timed_import(pm, path, "aws-transcribe")
    assert seconds < SECONDS
    [turn] = call.turns
    assert len(turn.text) == 2 * ITEMS - 1 and len(turn.words) == ITEMS
    assert turn.words[-1].offset == 2 * ITEMS - 2


def test_vtt_cues_are_linear(pm, tmp_path):
    cues = "".join(
        f"{i}\n00:{i // 600 % 60:02d}:{i // 10 % 60:02d}.{i % 10}00 --> "
        f"00:{i // 600 % 60:02d}:{i // 10 % 60:02d}.{i % 10}50\n<v Speaker {i % 3}>hi {i}\n\n"
        for i in range(ITEMS // 3)  # a turn per cue: at most 20,000 turns
    )
    path = tmp_path / "big.vtt"
    path.write_text("WEBVTT\n\n" + cues)
    [call], seconds = timed_import(pm, path, "vtt")
    assert seconds < SECONDS
    assert len(call.turns) == ITEMS // 3
    assert call.turns[4].text == "hi 4"


@pytest.mark.parametrize("cue", ["<v a" * 25_000, "<a" * 49_000, "<v." + "a" * 90_000])
def test_vtt_voice_and_tag_patterns_are_linear(pm, tmp_path, cue):
    path = tmp_path / "tags.vtt"
    path.write_text(f"WEBVTT\n\n00:00.000 --> 00:01.000\n{cue}\n")
    [call], seconds = timed_import(pm, path, "vtt")
    assert seconds < 1.0
    assert len(call.turns) == 1


def test_csv_and_contact_lens_are_linear(pm, tmp_path):
    rows = "".join(
        f"chat-{i % 10},2026-11-01T14:{i // 1000 % 60:02d}:00Z,agent,hello {i}\n"
        for i in range(ITEMS)
    )
    path = tmp_path / "chats.csv"
    path.write_text("interaction_id,timestamp,speaker,text\n" + rows)
    chats, seconds = timed_import(pm, path, "csv-chat")
    assert seconds < SECONDS and len(chats) == 10
    transcript = [
        {"ParticipantRole": "AGENT", "Content": f"hello {i}", "BeginOffsetMillis": i * 10}
        | {"EndOffsetMillis": i * 10 + 5}
        for i in range(MAX_CL_TURNS)
    ]
    path = tmp_path / "lens.json"
    path.write_text(json.dumps({"Participants": [], "Transcript": transcript}))
    [call], seconds = timed_import(pm, path, "contact-lens")
    assert seconds < SECONDS and len(call.turns) == MAX_CL_TURNS


MAX_CL_TURNS = 20_000


# --- hostile values: one line, exit 2 in the command ---------------------------------------


def transcribe_file(tmp_path: Path, **item_changes) -> Path:
    path = tmp_path / "call.json"
    item = {**_item(0), **item_changes}
    path.write_text(json.dumps({"jobName": "j", "results": {"items": [item]}}))
    return path


@pytest.mark.parametrize("value", ["1e400", "inf", "nan", "9" * 400, "-1"])
def test_transcribe_times_must_be_finite(pm, tmp_path, value):
    path = transcribe_file(tmp_path, start_time=value)
    message = refused(pm, path, "aws-transcribe")
    assert ": turns[0]." in message and "start_s" in message, message


def test_transcribe_nul_in_a_word_is_refused(pm, tmp_path):
    path = transcribe_file(tmp_path, alternatives=[{"content": SECRET + "\x00"}])
    assert "turns[0].text: holds a NUL character" in refused(pm, path, "aws-transcribe")


def test_a_400_digit_offset_is_refused(pm, tmp_path):
    """Contact Lens has BeginOffsetMillis: 400 digits fit in an int but not in a float."""
    path = tmp_path / "lens.json"
    path.write_text(
        '{"Participants": [], "Transcript": [{"ParticipantRole": "AGENT", "Content": "'
        + SECRET
        + '", "BeginOffsetMillis": '
        + "9" * 400
        + ', "EndOffsetMillis": 1}]}'
    )
    assert "more than 20 digits" in refused(pm, path, "contact-lens")
    path.write_text(path.read_text().replace("9" * 400, "1e400"))
    assert "turns[0].start_s: should be a finite number" in refused(pm, path, "contact-lens")


def test_contact_lens_chat_start_must_convert_to_utc(pm, tmp_path):
    path = tmp_path / "chat.json"
    message = {"ParticipantRole": "AGENT", "Content": "hi", "Type": "MESSAGE"}
    path.write_text(
        json.dumps(
            {
                "Channel": "CHAT",
                "Participants": [],
                "Transcript": [{**message, "AbsoluteTime": "0001-01-01T00:00:00+14:00"}],
            }
        )
    )
    assert "started_at: must lie between the years 1 and 9999" in refused(pm, path, "contact-lens")


def test_vtt_limits_name_the_line(pm, tmp_path):
    path = tmp_path / "long.vtt"
    path.write_text("WEBVTT\n\nNOTE x\n\n00:00.000 --> 00:01.000\n" + "a" * 100_001 + "\n")
    assert refused(pm, path, "vtt").startswith(
        f"{path}:5: cue text is longer than 100,000 characters"
    )
    path.write_text("WEBVTT\n\n" + "00:00.000 --> 00:01.000\nhi\n\n" * 20_001)
    assert refused(pm, path, "vtt") == (
        f"{path}:60003: more than 20,000 cues (the limit of turns in an interaction)"
    )
    path.write_text("WEBVTT\n\n99999999999999999999:00:00.000 --> 00:01.000\nhi\n")
    assert "turns[0].start_s: should be less than or equal to" in refused(pm, path, "vtt")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(pm, tmp_path):
    for name, fmt in [("a.vtt", "vtt"), ("a.csv", "csv-chat"), ("a.json", "aws-transcribe")]:
        path = tmp_path / name
        with path.open("wb") as sparse:  # 64 MiB and one byte, written in no time
            sparse.truncate(64 * 1024 * 1024 + 1)
        assert refused(pm, path, fmt) == (
            f"{path}: file is larger than 64 MiB (the limit for a file read whole)"
        )


def test_importer_errors_never_quote_values(pm, tmp_path):
    path = tmp_path / "call.json"
    item = {**_item(0), "start_time": f"card {SECRET}"}  # float() would quote it
    path.write_text(json.dumps({"jobName": "j", "results": {"items": [item]}}))
    assert refused(pm, path, "aws-transcribe").endswith(
        "not a valid record of this format (ValueError)"
    )
    path = tmp_path / "chats.csv"
    path.write_text(f"interaction_id,timestamp,speaker,text\nc-1,{SECRET},agent,hi\n")
    assert refused(pm, path, "csv-chat") == f"{path}:2: timestamp is not ISO 8601"
