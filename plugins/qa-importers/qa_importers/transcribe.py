"""Amazon Transcribe batch output: speaker labels or channel identification.

Pronunciation items become words (with offsets into the turn text and times);
punctuation attaches to the word before it; a new speaker starts a new turn. With
channel identification ``ch_0`` is the agent (Amazon Connect's layout); with speaker
labels the first voice heard is taken as the agent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction

from .common import OnInvalid, guarded, read_json, seconds


class TranscribeImporter(Importer):
    name = "aws-transcribe"
    suffixes = (".json",)

    def sniff(self, path: Path, head: str) -> bool:
        return '"results"' in head and ('"items"' in head or '"transcripts"' in head)

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        data = read_json(path)
        yield from guarded(str(path), lambda: self._interaction(data, path), on_invalid)

    def _interaction(self, data: dict[str, Any], path: Path) -> dict[str, Any]:
        results = data["results"]
        roles: dict[str, str] = {}
        turns: list[dict[str, Any]] = []
        texts: list[list[str]] = []  # each turn's pieces, joined once at the end
        sizes: list[int] = []  # each turn's text length so far (the next word's offset)
        label: str | None = None
        for found, item in _labelled_items(results):
            content = item["alternatives"][0]["content"]
            if not isinstance(content, str):
                raise TypeError("content is not a string")
            name = found or "spk_0"
            if name not in roles:
                roles[name] = "agent" if (name == "ch_0" or not roles) else "customer"
            if item.get("type") == "punctuation":
                if turns:
                    texts[-1].append(content)
                    sizes[-1] += len(content)
                continue
            start, end = seconds(item["start_time"]), seconds(item["end_time"])
            if not turns or label != name:
                label = name
                turns.append({"speaker": roles[name], "start_s": start, "end_s": end, "words": []})
                texts.append([])
                sizes.append(0)
            if sizes[-1]:
                texts[-1].append(" ")
                sizes[-1] += 1
            turns[-1]["words"].append(
                {"text": content, "offset": sizes[-1], "start_s": start, "end_s": end}
            )
            texts[-1].append(content)
            sizes[-1] += len(content)
            turns[-1]["end_s"] = end
        for turn, pieces in zip(turns, texts, strict=True):
            turn["text"] = "".join(pieces)
        return {"id": str(data.get("jobName") or path.stem), "channel": "voice", "turns": turns}


def _labelled_items(results: dict[str, Any]) -> list[tuple[Any, dict[str, Any]]]:
    """(speaker or channel label, item) in time order.

    With channel identification, each timed item keeps the untimed items (punctuation)
    that follow it on its channel, and these runs are ordered by start time (stable:
    a tie keeps the channels' order). Linear but for the sort.
    """
    if "channel_labels" in results:
        runs: list[list[tuple[Any, dict[str, Any]]]] = []
        for channel in results["channel_labels"]["channels"]:
            label = channel["channel_label"]
            run: list[tuple[Any, dict[str, Any]]] | None = None
            for item in channel["items"]:
                if "start_time" in item:
                    run = [(label, item)]
                    runs.append(run)
                elif run is not None:  # before the channel's first word: no place to go
                    run.append((label, item))
        runs.sort(key=lambda run: float(run[0][1]["start_time"]))
        return [pair for run in runs for pair in run]
    speakers: dict[tuple[str, str], str] = {}
    for segment in results.get("speaker_labels", {}).get("segments", []):
        for item in segment["items"]:
            speakers[(item["start_time"], item["end_time"])] = item["speaker_label"]
    out = []
    last = "spk_0"
    for item in results["items"]:
        if "start_time" in item:
            last = item.get("speaker_label") or speakers.get(
                (item["start_time"], item["end_time"]), last
            )
        out.append((last, item))
    return out
