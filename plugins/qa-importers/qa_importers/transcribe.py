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
        items = _labelled_items(results)
        roles: dict[str, str] = {}
        turns: list[dict[str, Any]] = []
        for item in items:
            content = item["alternatives"][0]["content"]
            label = item.get("_label") or "spk_0"
            if label not in roles:
                roles[label] = "agent" if (label == "ch_0" or not roles) else "customer"
            if item.get("type") == "punctuation":
                if turns:
                    turns[-1]["text"] += content
                continue
            start, end = seconds(item["start_time"]), seconds(item["end_time"])
            if not turns or turns[-1]["_label"] != label:
                turns.append(
                    {
                        "_label": label,
                        "speaker": roles[label],
                        "text": "",
                        "start_s": start,
                        "end_s": end,
                        "words": [],
                    }
                )
            turn = turns[-1]
            if turn["text"]:
                turn["text"] += " "
            turn["words"].append(
                {"text": content, "offset": len(turn["text"]), "start_s": start, "end_s": end}
            )
            turn["text"] += content
            turn["end_s"] = end
        for turn in turns:
            del turn["_label"]
        return {"id": str(data.get("jobName") or path.stem), "channel": "voice", "turns": turns}


def _labelled_items(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Items in time order, each tagged with its speaker or channel label."""
    if "channel_labels" in results:
        items = []
        for channel in results["channel_labels"]["channels"]:
            for item in channel["items"]:
                items.append({**item, "_label": channel["channel_label"]})
        timed = [i for i in items if "start_time" in i]
        # punctuation has no time: keep it right after the word before it, per channel
        ordered: list[dict[str, Any]] = []
        for item in sorted(timed, key=lambda i: float(i["start_time"])):
            ordered.append(item)
        by_channel: dict[str, list[dict[str, Any]]] = {}
        for item in items:
            by_channel.setdefault(item["_label"], []).append(item)
        out: list[dict[str, Any]] = []
        for item in ordered:
            out.append(item)
            channel = by_channel[item["_label"]]
            position = channel.index(item) + 1
            while position < len(channel) and "start_time" not in channel[position]:
                out.append(channel[position])
                position += 1
        return out
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
        out.append({**item, "_label": last})
    return out
