"""The importer hook: a third party's format, --format auto, and names in errors."""

import pytest

from qa_core import Importer, InteractionFormatError, hookimpl, parse_interaction
from qa_core.errors import UserError
from qa_core.testing import plugin_manager_with, read_input


# --8<-- [start:importer]
class PipeImporter(Importer):
    """``speaker|text`` lines, one interaction per file (a third party's format)."""

    name = "pipe"
    suffixes = (".pipe",)

    def sniff(self, path, head):
        return path.suffix == ".pipe"

    def read(self, path, on_invalid):
        turns = []
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            speaker, sep, text = line.partition("|")
            if not sep:
                raise InteractionFormatError("expected speaker|text", where=f"{path}:{number}")
            turns.append({"speaker": speaker, "text": text})
        yield parse_interaction(
            {"id": path.stem, "channel": "chat", "turns": turns}, where=str(path)
        )


class PipePlugin:
    @hookimpl
    def register_importers(self):
        return [PipeImporter()]


# --8<-- [end:importer]


@pytest.fixture
def pm():
    return plugin_manager_with("json", plugins=[("pipe", PipePlugin())])


def test_a_plugin_importer_is_used_by_name_and_by_sniffing(pm, tmp_path):
    path = tmp_path / "c1.pipe"
    path.write_text("agent|hello\ncustomer|hi there\n")
    for fmt in ("pipe", "auto"):
        [chat] = read_input(path, fmt, pm)
        assert [(t.speaker, t.text) for t in chat.turns] == [
            ("agent", "hello"),
            ("customer", "hi there"),
        ]


def test_a_folder_mixes_formats(pm, tmp_path):
    (tmp_path / "a.pipe").write_text("agent|hello\n")
    (tmp_path / "b.json").write_text('{"id": "b", "channel": "chat", "turns": []}')
    assert [i.id for i in read_input(tmp_path, "auto", pm)] == ["a", "b"]


def test_errors_name_the_record(pm, tmp_path):
    path = tmp_path / "bad.pipe"
    path.write_text("agent|hello\nrobot|beep\n")
    with pytest.raises(InteractionFormatError, match=r"bad\.pipe: turns\[1\]\.speaker"):
        list(read_input(path, "pipe", pm))
    with pytest.raises(
        UserError, match="unknown format 'doc' \\(available: auto, pipe, qa-json\\)"
    ):
        list(read_input(path, "doc", pm))
