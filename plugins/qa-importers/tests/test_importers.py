"""Each importer on fixtures in the shapes the vendors write (table-driven)."""

from pathlib import Path

import pytest

from qa_core import InteractionFormatError
from qa_core.testing import plugin_manager_with, read_input

FORMATS = Path(__file__).resolve().parents[3] / "examples" / "formats"


@pytest.fixture(scope="module")
def pm():
    return plugin_manager_with("json", "importers")


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        (
            "transcribe-call.json",
            "aws-transcribe",
            [
                (
                    "transcribe-call-0001",
                    "voice",
                    [
                        ("agent", "Thanks for calling, this is Maya."),
                        ("customer", "Hi, my card number is four one one one."),
                    ],
                )
            ],
        ),
        (
            "contact-lens-call.json",
            "contact-lens",
            [
                (
                    "cl-call-0001",
                    "voice",
                    [
                        ("agent", "Thank you for calling, this call may be recorded."),
                        ("customer", "Hi, I want to update my address."),
                        ("agent", "Sure, what's the new address?"),
                        ("customer", "It's 42 Maple Drive, Springfield."),
                    ],
                )
            ],
        ),
        (
            "contact-lens-chat.json",
            "contact-lens",
            [
                (
                    "cl-chat-0001",
                    "chat",
                    [
                        ("system", "Thanks for contacting us. An agent will join shortly."),
                        ("agent", "Hi, this is Ana. How can I help you today?"),
                        ("customer", "I need a refund for order 5376897."),
                    ],
                )
            ],
        ),
        (
            "call.vtt",
            "vtt",
            [
                (
                    "call",
                    "voice",
                    [
                        ("agent", "Thank you for calling, this call is being recorded."),
                        ("customer", "Hi, I'd like to pay my bill."),
                        ("agent", "Sure, can I have the number on the card?"),
                    ],
                )
            ],
        ),
        (
            "chats.csv",
            "csv-chat",
            [
                (
                    "chat-csv-1",
                    "chat",
                    [
                        ("agent", "Hi, thanks for reaching out! How can I help you today?"),
                        ("customer", "my router keeps dropping the connection"),
                        ("agent", "I've pushed a firmware update; it will restart in two minutes."),
                    ],
                ),
                (
                    "chat-csv-2",
                    "chat",
                    [
                        ("customer", "can I change my payment date to the 15th?"),
                        ("agent", "Done, it's the 15th from next month. Anything else?"),
                    ],
                ),
            ],
        ),
    ],
)
@pytest.mark.parametrize("auto", [True, False])
def test_importers(pm, name, fmt, expected, auto):
    got = list(read_input(FORMATS / name, "auto" if auto else fmt, pm))
    assert [(i.id, i.channel, [(t.speaker, t.text) for t in i.turns]) for i in got] == expected


def test_transcribe_words_carry_offsets_and_times(pm):
    [call] = read_input(FORMATS / "transcribe-call.json", "aws-transcribe", pm)
    turn = call.turns[1]
    assert (turn.start_s, turn.end_s) == (3.0, 6.1)
    for word in turn.words:
        assert turn.text[word.offset : word.offset + len(word.text)] == word.text
    assert [(w.text, w.start_s) for w in turn.words][-2:] == [("one", 4.9), ("one", 5.2)]


def test_times_and_started_at(pm):
    [chat] = read_input(FORMATS / "contact-lens-chat.json", "contact-lens", pm)
    assert chat.started_at == "2026-10-27T03:31:53.390000Z"
    assert [t.start_s for t in chat.turns] == [0.0, 11.61, 27.11]
    [call] = read_input(FORMATS / "call.vtt", "vtt", pm)
    assert (call.turns[0].start_s, call.turns[0].end_s) == (0.4, 3.1)


@pytest.mark.parametrize(
    ("name", "content", "fmt", "message"),
    [
        (
            "bad.csv",
            "interaction_id,timestamp,speaker,text\nc1,2026-01-01T00:00:00Z,robot,hi\n",
            "csv-chat",
            "bad.csv:2: speaker must be one of agent, bot, customer, system",
        ),
        (
            "bad.csv",
            "id,text\nc1,hi\n",
            "csv-chat",
            "bad.csv:1: header must be interaction_id,timestamp,speaker,text",
        ),
        (
            "bad.csv",
            "interaction_id,timestamp,speaker,text\nc1,yesterday,agent,hi\n",
            "csv-chat",
            "bad.csv:2: timestamp is not ISO 8601",
        ),
        ("bad.vtt", "hello\n", "vtt", "bad.vtt:1: not a WebVTT file"),
        (
            "bad.vtt",
            "WEBVTT\n\n00:00:xx --> 00:00:02.000\n<v A>hi\n",
            "vtt",
            "bad.vtt:3: bad cue timing",
        ),
        (
            "bad.json",
            '{"results": {"items": [{"type": "pronunciation"}]}}',
            "aws-transcribe",
            "bad.json: not a valid record of this format (KeyError)",
        ),
        (
            "bad.json",
            '{"Transcript": "nope"}',
            "contact-lens",
            "bad.json: not a valid record of this format",
        ),
        ("bad.json", "{broken", "contact-lens", "bad.json:1: invalid JSON"),
        ("bad.json", "{}", "auto", "bad.json: cannot tell the format"),
    ],
)
def test_bad_records_are_one_clear_error(pm, tmp_path, name, content, fmt, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InteractionFormatError) as caught:
        list(read_input(path, fmt, pm))
    assert str(caught.value).replace(str(tmp_path) + "/", "").startswith(message)


def test_skip_invalid_keeps_the_good_records(pm, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "interaction_id,timestamp,speaker,text\nc1,2026-01-01T00:00:00Z,agent,hi\n"
        "c2,2026-01-01T00:00:00Z,robot,beep\nc3,2026-01-01T00:00:00Z,customer,yo\n"
    )
    problems = []
    got = list(read_input(path, "csv-chat", pm, problems.append))
    assert [i.id for i in got] == ["c1", "c3"]
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "speaker must be one of agent, bot, customer, system"
    ]


def test_csv_chats_may_say_who_handled_them(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "interaction_id,timestamp,speaker,text,agent_id,team\n"
        "c1,2026-11-02T09:00:00Z,customer,hi there,,\n"
        "c1,2026-11-02T09:00:30Z,agent,hello! how can I help?,a-12,support\n"
        "c2,2026-11-02T10:00:00Z,agent,hi,a-14,\n"
    )
    pm = plugin_manager_with("json", "importers")
    chats = {c.id: c for c in read_input(path, "auto", pm)}
    assert (chats["c1"].agent_id, chats["c1"].team) == ("a-12", "support")
    assert (chats["c2"].agent_id, chats["c2"].team) == ("a-14", None)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "interaction_id,timestamp,speaker,text,queue\nc1,2026-11-02T09:00:00Z,agent,hi,x\n"
    )
    with pytest.raises(InteractionFormatError, match="then optionally agent_id,team"):
        list(read_input(bad, "csv-chat", pm))
