"""Hostile input, as an outside security test sends it: every bad file ends as exit 2 and
one line naming the file, the line or field and what is wrong. Never a traceback, never
exit 3, never the offending value (a transcript line or a metadata value may be a card
number), and never gigabytes of memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_core import Interaction, InteractionFormatError, parse_interaction
from qa_core.cli import qa
from qa_core.limits import (
    MAX_CSV_ROWS,
    MAX_FILE_BYTES,
    MAX_INT_DIGITS,
    MAX_JSON_ITEMS,
    MAX_METADATA_KEYS,
    MAX_SECONDS,
    MAX_TURN_CHARS,
    MAX_TURNS,
    MAX_WORDS,
)
from qa_core.testing import plugin_manager_with, read_input

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"
SECRET = "4111111111111111"


def good(**fields: Any) -> dict[str, Any]:
    """A valid interaction (turns first, so ``--format auto`` sees them), changed by fields."""
    return {
        "turns": [
            {
                "speaker": "agent",
                "text": "hello there",
                "start_s": 0,
                "end_s": 1.5,
                "words": [
                    {"text": "hello", "offset": 0, "start_s": 0, "end_s": 0.7},
                    {"text": "there", "offset": 6, "start_s": 0.8, "end_s": 1.5},
                ],
            }
        ],
        "id": "c-1",
        "channel": "voice",
        "started_at": "2026-11-01T14:03:00Z",
        "metadata": {"queue": "payments"},
        **fields,
    }


def with_turn(**changes: Any) -> dict[str, Any]:
    turn = {**good()["turns"][0], **changes}
    return good(turns=[turn])


def with_word(**changes: Any) -> dict[str, Any]:
    turn = good()["turns"][0]
    return with_turn(words=[{**turn["words"][0], **changes}, turn["words"][1]])


RULESET = str(ROOT / "rulesets" / "default.yaml")  # a path: no search of the bundled ones


def redact(tmp_path: Path, path: Path, *extra: str):
    """``qa redact`` through click's runner, in a clean QA_HOME; stderr kept apart."""
    return CliRunner().invoke(
        qa,
        ["redact", str(path), "--out", str(tmp_path / "out.jsonl"), "--ruleset", RULESET, *extra],
        env={"QA_HOME": str(tmp_path / "qa-home"), "QA_DISABLE_PLUGINS": ""},
    )


def assert_one_line(result, path: Path, *expected: str) -> str:
    """Exit 2, exactly one line on stderr that names the file and says what is wrong."""
    assert result.exit_code == 2, (result.exit_code, result.stderr[-500:], result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    [line] = lines
    assert line.startswith(f"qa: error: {path}"), line
    for part in expected:
        assert part in line, line
    assert SECRET not in result.output
    assert "Traceback" not in result.output
    assert len(line) < 400, line
    return line


# --- the cases the security test reported, through the real command ---------------------

BIG_INT = "9" * 5000
RAW_CASES = {
    # Python refuses to turn more than 4,300 digits into an int
    "int-over-4300-digits": (
        '{"turns": [], "id": "c-1", "channel": "voice", "metadata": {"n": ' + BIG_INT + "}}",
        f"more than {MAX_INT_DIGITS} digits",
    ),
    "int-over-the-digit-limit": (
        '{"turns": [], "id": "c-1", "channel": "voice", "metadata": {"n": '
        + "1" * (MAX_INT_DIGITS + 1)
        + "}}",
        f"more than {MAX_INT_DIGITS} digits",
    ),
    "nested-100k-deep": (
        '{"turns": [], "id": "c-1", "channel": "voice", "metadata": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
        "nested too deeply",
    ),
    "lone-surrogate-in-text": (
        '{"turns": [{"speaker": "agent", "text": "card ' + SECRET + ' \\ud800"}], '
        '"id": "c-1", "channel": "voice"}',
        "turns[0].text: holds a lone surrogate",
    ),
    "start-1e400": (
        '{"turns": [{"speaker": "agent", "text": "hi", "start_s": 1e400}], '
        '"id": "c-1", "channel": "voice"}',
        "turns[0].start_s: should be a finite number",
    ),
    "end-Infinity": (
        '{"turns": [{"speaker": "agent", "text": "hi", "end_s": Infinity}], '
        '"id": "c-1", "channel": "voice"}',
        "turns[0].end_s: should be a finite number",
    ),
    "start-NaN": (
        '{"turns": [{"speaker": "agent", "text": "hi", "start_s": NaN}], '
        '"id": "c-1", "channel": "voice"}',
        "turns[0].start_s: should be a finite number",
    ),
    "word-time-Infinity": (
        '{"turns": [{"speaker": "agent", "text": "hi", "words": '
        '[{"text": "hi", "offset": 0, "start_s": Infinity}]}], "id": "c-1", "channel": "voice"}',
        "turns[0].words[0].start_s: should be a finite number",
    ),
    "metadata-NaN": (
        '{"turns": [], "id": "c-1", "channel": "voice", "metadata": {"score": NaN}}',
        "metadata: value of 'score' must be a finite number",
    ),
    "too-many-json-values": (
        '{"turns": [], "id": "c-1", "channel": "voice", "metadata": {"n": ['
        + "0," * MAX_JSON_ITEMS
        + "0]}}",
        "more than 4,000,000 JSON values",
    ),
}


@pytest.mark.parametrize("case", sorted(RAW_CASES))
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_reported_cases_are_one_line_and_exit_2(tmp_path, case, suffix):
    text, expected = RAW_CASES[case]
    path = tmp_path / f"hostile{suffix}"
    path.write_text(text + "\n")
    line = assert_one_line(redact(tmp_path, path), path, expected)
    if suffix == ".jsonl":
        assert line.startswith(f"qa: error: {path}:1: ")


MODEL_CASES = {
    "started_at-year-1-at-plus-14": (
        good(started_at="0001-01-01T00:00:00+14:00"),
        "started_at: must lie between the years 1 and 9999",
    ),
    "started_at-year-9999-at-minus-14": (
        good(started_at="9999-12-31T23:00:00-14:00"),
        "started_at: must lie between the years 1 and 9999",
    ),
    "nul-in-id": (good(id="c-\x001"), "id: holds a NUL character"),
    "nul-in-text": (with_turn(text="hello\x00there"), "turns[0].text: holds a NUL character"),
    "nul-in-agent": (good(agent_id="a\x00"), "agent_id: holds a NUL character"),
    "nul-in-team": (good(team="\x00"), "team: holds a NUL character"),
    "nul-in-customer": (good(customer_id="c\x00"), "customer_id: holds a NUL character"),
    "nul-in-language": (good(language="en\x00"), "language: holds a NUL character"),
    "nul-in-started_at": (
        good(started_at="2026-11-01T14:03:00Z\x00"),
        "started_at: holds a NUL character",
    ),
    "nul-in-metadata-value": (
        good(metadata={"card": SECRET + "\x00"}),
        "metadata: value of 'card' holds a NUL character",
    ),
    "nul-in-metadata-key": (
        good(metadata={"queue\x00": "x"}),
        "metadata: key #1 holds a NUL character",
    ),
    "surrogate-in-metadata-key": (
        good(metadata={"a": 1, "b\ud800": "x"}),
        "metadata: key #2 holds a lone surrogate",
    ),
    "nul-in-word": (with_word(text="hel\x00"), "turns[0].words: word [0] holds a NUL character"),
    "surrogate-in-word": (
        with_word(text="\udfff"),
        "turns[0].words: word [0] holds a lone surrogate",
    ),
    "word-beyond-text": (
        with_word(offset=7),
        "turns[0].words: word [0] lies beyond the turn's text",
    ),
    "word-offset-far-beyond": (
        with_word(offset=10**15),
        "turns[0].words: word [0] lies beyond the turn's text",
    ),
    "time-past-ten-years": (
        with_turn(end_s=MAX_SECONDS + 1),
        f"turns[0].end_s: should be less than or equal to {MAX_SECONDS}",
    ),
    "huge-int-time": (
        with_turn(start_s=10**19),
        "turns[0].start_s: should be less than or equal to",
    ),
    "duration-infinite": (good(duration_s=float("inf")), "duration_s: should be a finite"),
    "turn-too-long": (
        with_turn(text="a" * (MAX_TURN_CHARS + 1), words=None),
        f"turns[0].text: String should have at most {MAX_TURN_CHARS} characters",
    ),
    "too-many-turns": (
        good(turns=[{"speaker": "agent", "text": "hi"}] * (MAX_TURNS + 1)),
        f"turns: Tuple should have at most {MAX_TURNS} items",
    ),
    "too-many-words": (
        good(
            turns=[
                {
                    "speaker": "agent",
                    "text": "a " * 50_000,
                    "words": [{"text": "a", "offset": 2 * i} for i in range(50_000)],
                }
            ]
            * (MAX_WORDS // 50_000 + 1)
        ),
        f"turns: more than {MAX_WORDS:,} words in all",
    ),
    "too-many-metadata-keys": (
        good(metadata={f"k{i}": i for i in range(MAX_METADATA_KEYS + 1)}),
        f"metadata: more than {MAX_METADATA_KEYS:,} keys",
    ),
    # values and unknown names that may be data are never quoted
    "unknown-field-named-like-a-card": (
        good(**{SECRET: "x"}),
        "(name not shown): unknown field",
    ),
    "unknown-turn-field-named-like-a-card": (
        with_turn(**{"cc " + SECRET: 1}),
        "turns[0].(name not shown): unknown field",
    ),
    "metadata-key-like-a-card": (
        good(metadata={SECRET: ["x"]}),
        "metadata: value of key #1 (name not shown) must be a string, number, boolean or null",
    ),
    "metadata-card-in-a-nested-value": (
        good(metadata={"card": {"number": SECRET}}),
        "metadata: value of 'card' must be a string, number, boolean or null",
    ),
    "card-as-started_at": (good(started_at=SECRET), "started_at: must be an RFC 3339"),
    "card-as-channel": (good(channel=SECRET), "channel: should be 'voice'"),
    "card-as-speaker": (with_turn(speaker=SECRET), "turns[0].speaker: should be 'agent'"),
    "card-as-a-number-time": (with_turn(start_s=SECRET), "turns[0].start_s: should be a"),
}


@pytest.mark.parametrize("case", sorted(MODEL_CASES))
def test_the_model_refuses_what_a_backend_would(case):
    data, expected = MODEL_CASES[case]
    with pytest.raises(InteractionFormatError) as caught:
        parse_interaction(data, where="x.json")
    message = str(caught.value)
    assert message.startswith("x.json: " + expected), message
    assert SECRET not in message and "\n" not in message


@pytest.mark.parametrize(
    "case",
    [
        "started_at-year-1-at-plus-14",
        "nul-in-id",
        "surrogate-in-metadata-key",
        "word-beyond-text",
        "unknown-field-named-like-a-card",
        "metadata-key-like-a-card",
    ],
)
def test_model_cases_through_the_command(tmp_path, case):
    data, expected = MODEL_CASES[case]
    path = tmp_path / "hostile.jsonl"
    second = {**data, "id": "c-2"} if data["id"] == "c-1" else data
    path.write_text(json.dumps(good()) + "\n" + json.dumps(second) + "\n")
    assert_one_line(redact(tmp_path, path), path, f"{path}:2: {expected.split(':')[0]}")


def test_ingest_refuses_before_the_store(tmp_path):
    """What would overflow or be refused in the store (year 1 at +14:00 turns into UTC
    before year 1; PostgreSQL refuses NUL) is refused at validation: exit 2, one line."""
    env = {"QA_HOME": str(tmp_path / "qa-home"), "QA_DISABLE_PLUGINS": ""}
    runner = CliRunner()
    assert runner.invoke(qa, ["init"], env=env).exit_code == 0
    for case in ("started_at-year-1-at-plus-14", "nul-in-id", "metadata-key-like-a-card"):
        data, expected = MODEL_CASES[case]
        path = tmp_path / f"{case}.json"
        path.write_text(json.dumps(data))
        result = runner.invoke(qa, ["ingest", str(path)], env=env)
        assert_one_line(result, path, f"{path}: {expected}")
    path = tmp_path / "good.json"
    path.write_text(json.dumps(good(started_at="0001-01-03T00:00:00+14:00")))
    assert runner.invoke(qa, ["ingest", str(path)], env=env).exit_code == 0


def test_limits_accept_what_they_name():
    """At the limit is fine; one past it is refused (above)."""
    words = [{"text": "a", "offset": 2 * i} for i in range(50_000)]
    turn = {"speaker": "agent", "text": "a " * 50_000, "words": words}
    data = good(turns=[turn] * (MAX_WORDS // 50_000))
    assert sum(len(t.words) for t in Interaction.model_validate(data).turns) == MAX_WORDS
    Interaction.model_validate(with_turn(text="a" * MAX_TURN_CHARS, words=None))
    Interaction.model_validate(with_turn(start_s=MAX_SECONDS, end_s=MAX_SECONDS))
    Interaction.model_validate(good(started_at="0001-01-02T00:00:00Z"))
    Interaction.model_validate(good(started_at="2026-11-01T14:03:00+14:00"))
    Interaction.model_validate(good(metadata={"n": 10**19, "x": 1.5, "card": "4111"}))
    # a word may end exactly where the text ends
    Interaction.model_validate(with_word(text="there", offset=6))


def test_a_50_mb_turn_is_refused_with_one_line(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(with_turn(text="x" * 50_000_000, words=None)))
    assert_one_line(
        redact(tmp_path, path), path, f"turns[0].text: String should have at most {MAX_TURN_CHARS}"
    )


def test_readme_states_the_limits():
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("**Limits.**") :][:2500]
    for number in (MAX_TURN_CHARS, MAX_TURNS, MAX_WORDS, MAX_JSON_ITEMS):
        assert f"{number:,}" in section, number
    assert f"{MAX_FILE_BYTES // 2**20} MiB" in section


# --- fuzzing through the command ------------------------------------------------------

HOSTILE_SCALARS = st.sampled_from(
    [
        float("nan"),
        float("inf"),
        -1.0,
        1e308,
        10**25,
        10**400,
        -(10**19),
        "",
        "\x00",
        "\ud800",
        "a\udc00b",
        SECRET,
        "1e400",
        "9" * 400,
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "2026-11-01T14:03:00Z",
        "agent",
        "voice",
        True,
        None,
    ]
)
scalars = HOSTILE_SCALARS | st.text(max_size=12) | st.integers() | st.floats()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=8,
)


def often(valid: Any) -> st.SearchStrategy:
    """The valid value, a known hostile one, or anything."""
    return st.one_of(st.just(valid), HOSTILE_SCALARS, scalars | values)


def _leaves(value: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in _leaves(item, (*path, index))]
    return [path]


@st.composite
def mutated(draw, valid: Any) -> Any:
    """A valid document with one or two of its values (or keys' values) made hostile."""
    doc = json.loads(json.dumps(valid))
    for path in draw(st.lists(st.sampled_from(_leaves(doc)), min_size=1, max_size=2)):
        *parents, last = path
        holder = doc
        for key in parents:
            holder = holder[key]
        holder[last] = draw(st.one_of(HOSTILE_SCALARS, scalars | values))
    return doc


@st.composite
def shaped_interactions(draw) -> dict[str, Any]:
    """The contract's shape, with hostile values in random places."""
    word = st.fixed_dictionaries(
        {"text": often("my"), "offset": often(0)},
        optional={"start_s": often(1.0), "end_s": often(1.2)},
    )
    turn = st.fixed_dictionaries(
        {"speaker": often("customer"), "text": often(f"my card is {SECRET}")},
        optional={"start_s": often(1.0), "end_s": often(2.0), "words": st.lists(word, max_size=3)},
    )
    data = draw(
        st.fixed_dictionaries(
            {"turns": st.lists(turn, max_size=3), "id": often("c-1"), "channel": often("voice")},
            optional={
                "started_at": often("2026-11-01T14:03:00Z"),
                "metadata": st.dictionaries(st.sampled_from(["card", SECRET, "q\x00"]), scalars)
                | often({"card": SECRET}),
                "duration_s": often(3.0),
                "language": often("en"),
            },
        )
    )
    if draw(st.booleans()):
        data[draw(st.sampled_from([SECRET, "extra", "agent_id"]))] = draw(values)
    return data


hostile_interactions = st.one_of(
    mutated(good(agent_id="a-1", team="t", customer_id="c", language="en", duration_s=2.0)),
    shaped_interactions(),
)


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _no_constant(name: str) -> None:
    raise AssertionError(f"the output holds {name}, which is not JSON")


def assert_storable(interaction: Interaction) -> None:
    """What was accepted can be stored on every backend and written as strict JSON."""
    text = json.dumps(interaction.to_json_dict(), allow_nan=False, ensure_ascii=False)
    text.encode("utf-8")  # no lone surrogate
    assert "\x00" not in text and "\\u0000" not in text  # PostgreSQL refuses NUL
    if interaction.started_at:
        datetime.fromisoformat(interaction.started_at).astimezone(UTC)


def assert_sane(result, path: Path, out: Path, fmt: str = "qa-json") -> None:
    """Exit 0, 1 or 2; exit 2 is one line naming the file; nothing echoes the secret; what
    was accepted is storable and what is written is strict JSON (no NaN or Infinity)."""
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr[-800:])
    assert "Traceback" not in result.output and "internal error" not in result.output
    errors = result.stderr.splitlines()
    if result.exit_code == 2:
        assert len(errors) == 1, errors
        assert errors[0].startswith(f"qa: error: {path}"), errors
        assert SECRET not in result.stderr
        return
    # JSON lines end at "\n" only: str.splitlines() would also cut at U+0085 or U+2028,
    # which a line may hold (a vendor's job name is any text)
    for line in filter(None, out.read_text().split("\n")):
        json.loads(line, parse_constant=_no_constant)
    for interaction in read_input(path, fmt, plugin_manager_with("json", "importers")):
        assert_storable(interaction)


@FUZZ
@given(data=st.lists(hostile_interactions, min_size=1, max_size=3), jsonl=st.booleans())
def test_fuzz_the_interaction_reader(tmp_path, data, jsonl):
    path = tmp_path / ("fuzz.jsonl" if jsonl else "fuzz.json")
    (tmp_path / "out.jsonl").unlink(missing_ok=True)
    if jsonl:
        path.write_text("".join(json.dumps(item) + "\n" for item in data))
    else:
        path.write_text(json.dumps(data if len(data) > 1 else data[0]))
    assert_sane(redact(tmp_path, path), path, tmp_path / "out.jsonl")


def _item(start: float, content: str, **extra: Any) -> dict[str, Any]:
    return {
        "start_time": f"{start:.2f}",
        "end_time": f"{start + 0.4:.2f}",
        "type": "pronunciation",
        "alternatives": [{"confidence": "0.98", "content": content}],
        **extra,
    }


COMMA = {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": ","}]}
TRANSCRIBE_SPEAKERS = {
    "jobName": "job-1",
    "results": {
        "transcripts": [{"transcript": "hi there, card"}],
        "speaker_labels": {
            "segments": [
                {"items": [{"start_time": "0.00", "end_time": "0.40", "speaker_label": "spk_0"}]}
            ]
        },
        "items": [
            _item(0, "hi", speaker_label="spk_0"),
            _item(0.5, "there"),
            COMMA,
            _item(1, SECRET, speaker_label="spk_1"),
        ],
    },
}
TRANSCRIBE_CHANNELS = {
    "jobName": "job-2",
    "results": {
        "channel_labels": {
            "channels": [
                {"channel_label": "ch_0", "items": [_item(0, "hi"), COMMA, _item(2, "ok")]},
                {"channel_label": "ch_1", "items": [_item(1, SECRET), COMMA]},
            ]
        },
        "items": [],
    },
}
LENS_CALL = {
    "Channel": "VOICE",
    "LanguageCode": "en-US",
    "CustomerMetadata": {"ContactId": "contact-1"},
    "Participants": [{"ParticipantId": "p-1", "ParticipantRole": "CUSTOMER"}],
    "Transcript": [
        {
            "ParticipantRole": "AGENT",
            "Content": "hi",
            "BeginOffsetMillis": 0,
            "EndOffsetMillis": 900,
        },
        {
            "ParticipantId": "p-1",
            "Content": SECRET,
            "BeginOffsetMillis": 1000,
            "EndOffsetMillis": 2000,
        },
    ],
}
LENS_CHAT = {
    "Channel": "CHAT",
    "Participants": [],
    "Transcript": [
        {
            "ParticipantRole": "AGENT",
            "Content": "hi",
            "Type": "MESSAGE",
            "AbsoluteTime": "2026-11-01T14:03:00Z",
        },
        {
            "ParticipantRole": "CUSTOMER",
            "Content": SECRET,
            "Type": "MESSAGE",
            "AbsoluteTime": "2026-11-01T14:03:09Z",
        },
    ],
}
VTT_LINES = [
    "WEBVTT",
    "",
    "1",
    "00:00:00.000 --> 00:00:01.500",
    "<v Agent>Thank you for calling.",
    "",
    "00:01.600 --> 00:04.000",
    "<v.loud Customer>my card is " + SECRET,
    "",
]
CSV_LINES = [
    "interaction_id,timestamp,speaker,text,agent_id",
    "c-1,2026-11-01T14:03:00Z,agent,hi,a-1",
    f'c-1,2026-11-01T14:03:09Z,customer,"my card, {SECRET}",',
]
TEXT_PIECES = st.sampled_from(
    [
        "00:00.000 --> 00:01.000",
        "99999999999999999999:00:00.000 --> 1e400:00",
        "<v Agent>",
        "<v " * 20,
        "<" * 20,
        "\x00",
        SECRET,
        "",
        "\r",
        ",",
        '"',
        "agent",
        "c-1,",
        "2026-11-01T14:03:00Z",
        "0001-01-01T00:00:00+14:00",
    ]
) | st.text(max_size=8)


@st.composite
def mutated_lines(draw, lines: list[str]) -> str:
    """Valid lines with one or two replaced, cut or added to with hostile pieces."""
    lines = list(lines)
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(lines) - 1))
        pieces = "".join(draw(st.lists(TEXT_PIECES, min_size=1, max_size=4)))
        lines[at] = draw(st.sampled_from([pieces, lines[at] + pieces, lines[at][: len(pieces)]]))
    return "\n".join(lines) + "\n"


@st.composite
def importer_files(draw) -> tuple[str, str, str]:
    """(format, file suffix, content): a vendor's file with hostile values inside."""
    kind = draw(st.sampled_from(["aws-transcribe", "contact-lens", "vtt", "csv-chat"]))
    if kind == "aws-transcribe":
        doc = draw(mutated(draw(st.sampled_from([TRANSCRIBE_SPEAKERS, TRANSCRIBE_CHANNELS]))))
        return kind, ".json", json.dumps(doc)
    if kind == "contact-lens":
        doc = draw(mutated(draw(st.sampled_from([LENS_CALL, LENS_CHAT]))))
        return kind, ".json", json.dumps(doc)
    if kind == "vtt":
        return kind, ".vtt", draw(mutated_lines(VTT_LINES))
    return kind, ".csv", draw(mutated_lines(CSV_LINES))


@FUZZ
@given(file=importer_files(), auto=st.booleans())
def test_fuzz_every_importer(tmp_path, file, auto):
    fmt, suffix, content = file
    path = tmp_path / f"fuzz{suffix}"
    (tmp_path / "out.jsonl").unlink(missing_ok=True)
    path.write_text(content, errors="surrogatepass")
    result = redact(tmp_path, path, "--format", "auto" if auto else fmt)
    assert_sane(result, path, tmp_path / "out.jsonl", fmt)


# --- bounded memory: large hostile files in a process with 1.5 GB of address space -----


def _write_big(path: Path, kind: str) -> None:
    mb = 1024 * 1024
    with path.open("w") as out:
        if kind == "turn-50mb":
            out.write('{"id": "c-1", "channel": "voice", "turns": [{"speaker": "agent", "text": "')
            out.write("x" * (50 * mb) + '"}]}')
        elif kind == "file-over-limit":
            out.write('{"id": "c-1", "channel": "voice", "turns": [], "metadata": {"x": "')
            out.write("x" * MAX_FILE_BYTES + '"}}')
        elif kind == "line-over-limit":
            out.write(json.dumps(good()) + "\n")
            out.write('{"id": "c-2", "channel": "voice", "turns": [], "metadata": {"x": "')
            out.write("x" * MAX_FILE_BYTES + '"}}\n')
        elif kind == "empty-lists":
            out.write('{"turns": [], "id": "c", "channel": "voice", "metadata": {"x": [')
            out.write("[]," * (20 * mb) + "[]]}}")
        elif kind == "vtt-long-cue":
            out.write("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Agent>")
            out.write(("<v a" * 1000 + "\n") * (12 * mb // 1000))
        elif kind == "vtt-many-cues":
            out.write("WEBVTT\n\n" + "00:00.000 --> 00:01.000\nhi\n\n" * mb)
        elif kind == "csv-many-rows":
            out.write("interaction_id,timestamp,speaker,text\n")
            out.write("".join(f"{i},,agent,\n" for i in range(MAX_CSV_ROWS + 1)))
        elif kind == "transcribe-many-words":
            # a new speaker every 20 words: turns stay short, words add up past the limit
            item = '{"type":"pronunciation","start_time":"1.0","end_time":"1.5",'
            item += '"speaker_label":"spk_%d","alternatives":[{"content":"hi"}]}'
            out.write('{"jobName": "j", "results": {"items": [')
            out.write(",".join(item % (i // 20 % 2) for i in range(MAX_WORDS + 1)) + "]}}")


BIG = {
    "turn-50mb": (".json", "qa-json", "turns[0].text: String should have at most"),
    "file-over-limit": (".json", "qa-json", f"larger than {MAX_FILE_BYTES // 2**20} MiB"),
    "line-over-limit": (".jsonl", "qa-json", f":2: line is longer than {MAX_FILE_BYTES >> 20} MiB"),
    "empty-lists": (".json", "qa-json", "more than 4,000,000 JSON values"),
    "vtt-long-cue": (".vtt", "vtt", f":3: cue text is longer than {MAX_TURN_CHARS:,}"),
    "vtt-many-cues": (".vtt", "vtt", f"more than {MAX_TURNS:,} cues"),
    "csv-many-rows": (".csv", "csv-chat", f"more than {MAX_CSV_ROWS:,} rows"),
    "transcribe-many-words": (
        ".json",
        "aws-transcribe",
        f"turns: more than {MAX_WORDS:,} words in all",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(BIG))
def test_large_hostile_files_stay_within_memory(tmp_path, kind):
    suffix, fmt, expected = BIG[kind]
    path = tmp_path / f"big{suffix}"
    _write_big(path, kind)
    limit = 1536 * 1024 * 1024

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, "QA_HOME": str(tmp_path / "qa-home"), "QA_DISABLE_PLUGINS": "pci,hipaa"}
    result = subprocess.run(
        [str(QA), "redact", str(path), "--out", str(tmp_path / "o.jsonl"), "--format", fmt],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=cap,
        timeout=120,
    )
    errors = [line for line in result.stderr.splitlines() if not line.startswith("qa: warning")]
    assert result.returncode == 2, result.stderr[-800:]
    assert len(errors) == 1 and errors[0].startswith(f"qa: error: {path}"), errors
    assert expected in errors[0], errors[0]
