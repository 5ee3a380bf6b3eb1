"""WebVTT captions with ``<v Speaker>`` voices: one cue, one turn.

A voice whose name says agent/representative/rep is the agent; customer/caller/client
is the customer; otherwise the first voice heard is the agent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction, InteractionFormatError

from .common import OnInvalid, guarded, read_text

TIMING = re.compile(r"^(?P<start>[\d:.]+)\s+-->\s+(?P<end>[\d:.]+)")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG = re.compile(r"</?[^>]+>")
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
        turns = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            timing = TIMING.match(lines[i].strip())
            if not timing:
                if "-->" in lines[i]:
                    raise InteractionFormatError("bad cue timing", where=f"{path}:{i + 1}")
                i += 1
                continue
            where = f"{path}:{i + 1}"
            start, end = _clock(timing["start"], where), _clock(timing["end"], where)
            body = []
            i += 1
            while i < len(lines) and lines[i].strip():
                body.append(lines[i].strip())
                i += 1
            cue = " ".join(body)
            voice = VOICE.search(cue)
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
            said = " ".join(TAG.sub("", cue).split())
            if said:
                turns.append({"speaker": roles[name], "text": said, "start_s": start, "end_s": end})
        return {"id": path.stem, "channel": "voice", "turns": turns}
