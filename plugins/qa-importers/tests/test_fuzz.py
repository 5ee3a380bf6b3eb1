"""Fuzzing every importer: whatever the bytes, a clear error or interactions, never a
traceback of another kind."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_core import Interaction, InteractionFormatError
from qa_core.testing import plugin_manager_with, read_input

PM = plugin_manager_with("json", "importers")
FORMATS = ["auto", "qa-json", "aws-transcribe", "contact-lens", "vtt", "csv-chat"]
SUFFIX = {
    "qa-json": ".json",
    "aws-transcribe": ".json",
    "contact-lens": ".json",
    "vtt": ".vtt",
    "csv-chat": ".csv",
    "auto": ".json",
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "results",
                    "items",
                    "Transcript",
                    "Participants",
                    "Channel",
                    "alternatives",
                    "content",
                    "type",
                    "start_time",
                    "end_time",
                    "speaker_label",
                    "Content",
                    "ParticipantId",
                    "BeginOffsetMillis",
                    "turns",
                    "id",
                    "channel",
                    "speaker",
                    "text",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


def check(tmp_path, fmt, data: bytes) -> None:
    path = tmp_path / f"fuzz{SUFFIX[fmt]}"
    path.write_bytes(data)
    try:
        for interaction in read_input(path, fmt, PM):
            assert isinstance(interaction, Interaction)
    except InteractionFormatError as error:
        assert str(error) and "\n" not in str(error)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fmt=st.sampled_from(FORMATS), value=json_values)
def test_structured_garbage(tmp_path, fmt, value):
    check(tmp_path, fmt, json.dumps(value).encode())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fmt=st.sampled_from(FORMATS), data=st.binary(max_size=300))
def test_byte_garbage(tmp_path, fmt, data):
    check(tmp_path, fmt, data)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fmt=st.sampled_from(["vtt", "csv-chat"]),
    lines=st.lists(st.text(alphabet='WEBVT0123456789:.-> <v>ab,"\n', max_size=40), max_size=8),
)
def test_text_format_garbage(tmp_path, fmt, lines):
    head = "WEBVTT\n\n" if fmt == "vtt" else "interaction_id,timestamp,speaker,text\n"
    check(tmp_path, fmt, (head + "\n".join(lines)).encode())
