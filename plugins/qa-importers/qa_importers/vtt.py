"""WebVTT captions with ``<v Speaker>`` voices: one cue, one turn.

A voice whose name says agent/representative/rep is the agent; customer/caller/client
is the customer; otherwise the first voice heard is the agent.

Parsing is linear in the file: lines are read one by one (CR, LF or CRLF end them, as
WebVTT says), a cue's text and the number of cues are held to the limits of a turn's
text and of turns as they are read, and the voice and tag patterns only look up to a
cue's last '>' (past it no tag can end, and a pattern tried at every '<' there would
scan to the end each time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction, InteractionFormatError

from .common import LIMITS, OnInvalid, guarded, read_text

TIMING = re.compile(r"^(?P<start>[\d:.]+)\s+-->\s+(?P<end>[\d:.]+)")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG = re.compile(r"</?[^>]+>")
LINE_END = re.compile(r"\r\n|\r|\n")
AGENT_NAMES = re.compile(r"agent|representative|\brep\b|advisor|support", re.IGNORECASE)
CUSTOMER_NAMES = re.compile(r"customer|caller|client|member|patient", re.IGNORECASE)


def _clock(text: str, where: str) -> float:
    parts = text.split(":")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise InteractionFormatError("bad cue time", where=where) from None
    if len(values) == 2:
        values.insert(0, 0.0)
    if len(values) != 3:
        raise InteractionFormatError("bad cue time", where=where)
    return round(values[0] * 3600 + values[1] * 60 + values[2], 3)


class VttImporter(Importer):
    name = "vtt"
    suffixes = (".vtt",)

    def sniff(self, path: Path, head: str) -> bool:
        return head.lstrip("\ufeff").startswith("WEBVTT")

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        text = read_text(path)
        if not text.lstrip("\ufeff").startswith("WEBVTT"):
            raise InteractionFormatError("not a WebVTT file (no WEBVTT header)", where=f"{path}:1")
        yield from guarded(str(path), lambda: self._interaction(text, path), on_invalid)

    def _interaction(self, text: str, path: Path) -> dict[str, Any]:
        roles: dict[str, str] = {}
        turns: list[dict[str, Any]] = []
        lines = _numbered_lines(text)
        for number, line in lines:
            timing = TIMING.match(line.strip())
            if not timing:
                if "-->" in line:
                    raise InteractionFormatError("bad cue timing", where=f"{path}:{number}")
                continue
            where = f"{path}:{number}"
            start, end = _clock(timing["start"], where), _clock(timing["end"], where)
            body: list[str] = []
            size = 0
            for _, cue_line in lines:
                if not cue_line.strip():
                    break
                body.append(cue_line.strip())
                size += len(body[-1]) + 1
                if size > LIMITS.MAX_TURN_CHARS + 1:
                    raise InteractionFormatError(
                        f"cue text is longer than {LIMITS.MAX_TURN_CHARS:,} characters "
                        "(the limit of a turn's text)",
                        where=where,
                    )
            cue = " ".join(body)
            voice = VOICE.search(cue, 0, cue.rfind(">") + 1)
            name = voice.group(1).strip() if voice else "speaker"
            if name not in roles:
                roles[name] = (
                    "agent"
                    if AGENT_NAMES.search(name)
                    else "customer"
                    if CUSTOMER_NAMES.search(name)
                    else "agent"
                    if "agent" not in roles.values()
                    else "customer"
                )
            said = " ".join(_untagged(cue).split())
            if said:
                if len(turns) == LIMITS.MAX_TURNS:
                    raise InteractionFormatError(
                        f"more than {LIMITS.MAX_TURNS:,} cues (the limit of turns in an "
                        "interaction)",
                        where=where,
                    )
                turns.append({"speaker": roles[name], "text": said, "start_s": start, "end_s": end})
        return {"id": path.stem, "channel": "voice", "turns": turns}


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) one at a time, without a list of every line."""
    number, position = 0, 0
    for end in LINE_END.finditer(text):
        number += 1
        yield number, text[position : end.start()]
        position = end.end()
    if position < len(text):
        yield number + 1, text[position:]


def _untagged(cue: str) -> str:
    """The cue without its tags; nothing after the last '>' can be one."""
    last = cue.rfind(">") + 1
    return TAG.sub("", cue[:last]) + cue[last:]
