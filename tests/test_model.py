"""The interaction model and its readers: exact to the schema, errors that locate."""

import json
from pathlib import Path

import pytest

from qa_core import Interaction
from qa_core.errors import InteractionFormatError
from qa_core.reading import read_interactions

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "id": "c-1",
    "channel": "voice",
    "metadata": {"queue": "billing", "n": 2},
    "turns": [
        {
            "speaker": "agent",
            "text": "hello",
            "start_s": 0,
            "end_s": 1.5,
            "words": [{"text": "hello", "offset": 0, "start_s": 0, "end_s": 1.5}],
        }
    ],
}


def test_a_valid_interaction_round_trips():
    interaction = Interaction.model_validate(GOOD)
    assert interaction.to_json_dict()["turns"][0]["words"][0]["offset"] == 0
    assert interaction.language == "en"


def test_interactions_are_immutable():
    interaction = Interaction.model_validate(GOOD)
    with pytest.raises(ValueError):
        interaction.id = "other"
    with pytest.raises(TypeError):
        interaction.metadata["queue"] = "x"
    assert isinstance(interaction.turns, tuple)


def test_every_bundled_example_is_valid():
    files = sorted((ROOT / "examples" / "interactions").rglob("*.json"))
    assert len(files) >= 30
    ids = [i.id for f in files for i in read_interactions(f)]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"turns": [{"speaker": "robot", "text": "hi"}]},
            "turns[0].speaker: should be 'agent', 'customer', 'bot' or 'system'",
        ),
        ({"turns": [{"speaker": "agent"}]}, "turns[0].text: required field is missing"),
        (
            {"turns": [{"speaker": "agent", "text": "hi", "colour": 1}]},
            "turns[0].colour: unknown field",
        ),
        ({"channel": "fax"}, "channel: should be 'voice', 'chat', 'email', 'sms' or 'social'"),
        ({"id": ""}, "id: String should have at least 1 character"),
        ({"id": 7}, "id: should be a valid string"),
        ({"started_at": "yesterday"}, "started_at: must be an RFC 3339 date-time"),
        ({"started_at": "2026-11-01T10:00:00"}, "started_at: must be an RFC 3339 date-time"),
        (
            {"turns": [{"speaker": "agent", "text": "hi", "start_s": -1}]},
            "turns[0].start_s: should be greater than or equal to 0",
        ),
        (
            {"turns": [{"speaker": "agent", "text": "hi", "start_s": "1.0"}]},
            "turns[0].start_s: should be a valid number",
        ),
        (
            {"metadata": {"tags": ["a"]}},
            "metadata: value of 'tags' must be a string, number, boolean or null",
        ),
        (
            {"turns": [{"speaker": "agent", "text": "hi", "words": [{"text": "hi"}]}]},
            "turns[0].words[0].offset: required field is missing",
        ),
    ],
)
def test_schema_violations_name_the_field(tmp_path, change, message):
    path = tmp_path / "calls.jsonl"
    lines = [json.dumps(GOOD), json.dumps({**GOOD, **change, "id": change.get("id", "c-2")})]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InteractionFormatError) as caught:
        list(read_interactions(path))
    assert str(caught.value).startswith(f"{path}:2: {message}")


def test_error_never_quotes_the_text(tmp_path):
    secret = "my card is 4111 1111 1111 1111"
    path = tmp_path / "call.json"
    path.write_text(json.dumps({**GOOD, "turns": [{"speaker": "nobody", "text": secret}]}))
    with pytest.raises(InteractionFormatError) as caught:
        list(read_interactions(path))
    assert "4111" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x", "channel": "voice", "turns": []}\n{"id": "y",\n', ":2: invalid JSON"),
        ("[1, 2]\n", ":1: an interaction must be a JSON object"),
    ],
)
def test_broken_jsonl(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(InteractionFormatError, match=message):
        list(read_interactions(path))


def test_json_list_names_the_item(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([GOOD, {**GOOD, "channel": "pigeon"}]))
    with pytest.raises(InteractionFormatError, match=r"item \[1\]: channel"):
        list(read_interactions(path))


def test_reading_is_lazy(tmp_path):
    path = tmp_path / "calls.jsonl"
    path.write_text(json.dumps(GOOD) + "\n{not json\n")
    reader = read_interactions(path)
    assert next(reader).id == "c-1"
    with pytest.raises(InteractionFormatError):
        next(reader)
