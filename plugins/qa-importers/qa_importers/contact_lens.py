"""Amazon Connect Contact Lens analysis output, for calls and for chats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction

from .common import OnInvalid, guarded, read_json, seconds

ROLES = {
    "AGENT": "agent",
    "CUSTOMER": "customer",
    "SYSTEM": "system",
    "CUSTOM_BOT": "bot",
    "BOT": "bot",
}


class ContactLensImporter(Importer):
    name = "contact-lens"
    suffixes = (".json",)

    def sniff(self, path: Path, head: str) -> bool:
        return any(key in head for key in ('"Transcript"', '"ContentMetadata"', '"Participants"'))

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        data = read_json(path)
        yield from guarded(str(path), lambda: self._interaction(data, path), on_invalid)

    def _interaction(self, data: dict[str, Any], path: Path) -> dict[str, Any]:
        roles = {
            p["ParticipantId"]: ROLES.get(p.get("ParticipantRole", ""), "customer")
            for p in data.get("Participants", [])
        }
        chat = str(data.get("Channel", "VOICE")).upper() == "CHAT"
        turns = []
        start: datetime | None = None
        for item in data["Transcript"]:
            if chat and item.get("Type", "MESSAGE") != "MESSAGE":
                continue
            content = item.get("Content")
            if not isinstance(content, str) or not content.strip():
                continue
            role = ROLES.get(item.get("ParticipantRole", "")) or roles.get(
                item.get("ParticipantId"), "customer"
            )
            turn: dict[str, Any] = {"speaker": role, "text": content}
            if chat and item.get("AbsoluteTime"):
                at = datetime.fromisoformat(item["AbsoluteTime"].replace("Z", "+00:00"))
                start = start or at
                turn["start_s"] = turn["end_s"] = round((at - start).total_seconds(), 3)
            elif "BeginOffsetMillis" in item:
                turn["start_s"] = seconds(item["BeginOffsetMillis"] / 1000)
                turn["end_s"] = seconds(item["EndOffsetMillis"] / 1000)
            turns.append(turn)
        contact = (data.get("CustomerMetadata") or {}).get("ContactId") or path.stem
        out: dict[str, Any] = {
            "id": str(contact),
            "channel": "chat" if chat else "voice",
            "turns": turns,
        }
        if start is not None:
            out["started_at"] = start.isoformat().replace("+00:00", "Z")
        if isinstance(data.get("LanguageCode"), str):
            out["language"] = data["LanguageCode"].split("-")[0]
        return out
