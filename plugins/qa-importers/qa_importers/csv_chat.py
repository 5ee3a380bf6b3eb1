"""CSV chats: ``interaction_id,timestamp,speaker,text``, one row per message.

Chat platforms' exports usually say who handled the chat: optional ``agent_id`` and
``team`` columns after those four fill the interaction's fields (the first non-empty
value in the chat's rows).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction, InteractionFormatError

from .common import LIMITS, OnInvalid, guarded, read_text

COLUMNS = ["interaction_id", "timestamp", "speaker", "text"]
OPTIONAL = ["agent_id", "team"]
SPEAKERS = {"agent", "customer", "bot", "system"}


def _known_header(names: list[str]) -> bool:
    extra = names[len(COLUMNS) :]
    return names[: len(COLUMNS)] == COLUMNS and all(
        name in OPTIONAL and extra.count(name) == 1 for name in extra
    )


class CsvChatImporter(Importer):
    name = "csv-chat"
    suffixes = (".csv",)

    def sniff(self, path: Path, head: str) -> bool:
        first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
        return _known_header([c.strip() for c in first.split(",")])

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        # newline="" semantics: a lone CR inside the text is data, not a broken line
        reader = csv.reader(io.StringIO(read_text(path), newline=""))
        try:
            yield from self._read(reader, path, on_invalid)
        except csv.Error as exc:
            raise InteractionFormatError(
                f"not valid CSV ({exc})", where=f"{path}:{reader.line_num}"
            ) from None

    def _read(self, reader: Any, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        header = next(reader, None)
        names = [c.strip().lstrip("\ufeff") for c in header or []]
        if not _known_header(names):
            raise InteractionFormatError(
                f"header must be {','.join(COLUMNS)} (then optionally {','.join(OPTIONAL)})",
                where=f"{path}:1",
            )
        extra = names[len(COLUMNS) :]
        chats: dict[str, list[tuple[int, list[str]]]] = {}
        for count, row in enumerate(reader, start=1):
            line = reader.line_num
            if count > LIMITS.MAX_CSV_ROWS:
                raise InteractionFormatError(
                    f"more than {LIMITS.MAX_CSV_ROWS:,} rows (the limit for one file; split it)",
                    where=f"{path}:{line}",
                )
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                error = InteractionFormatError(
                    f"expected {len(names)} columns, found {len(row)}", where=f"{path}:{line}"
                )
                if on_invalid is None:
                    raise error
                on_invalid(error)
                continue
            chats.setdefault(row[0].strip(), []).append((line, row))
        for chat_id, rows in chats.items():
            where = f"{path}:{rows[0][0]}"
            yield from guarded(
                where,
                lambda rows=rows, chat_id=chat_id: self._interaction(chat_id, rows, path, extra),
                on_invalid,
            )

    def _interaction(
        self, chat_id: str, rows: list[tuple[int, list[str]]], path: Path, extra: list[str]
    ) -> dict[str, Any]:
        turns = []
        start: datetime | None = None
        fields: dict[str, str] = {}
        for line, row in rows:
            _, timestamp, speaker, text = row[: len(COLUMNS)]
            for name, value in zip(extra, row[len(COLUMNS) :], strict=True):
                if value.strip():
                    fields.setdefault(name, value.strip())
            role = speaker.strip().lower()
            if role not in SPEAKERS:
                raise InteractionFormatError(
                    f"speaker must be one of {', '.join(sorted(SPEAKERS))}", where=f"{path}:{line}"
                )
            try:
                at = datetime.fromisoformat(timestamp.strip().replace("Z", "+00:00"))
            except ValueError:
                raise InteractionFormatError(
                    "timestamp is not ISO 8601", where=f"{path}:{line}"
                ) from None
            start = start or at
            offset = round((at - start).total_seconds(), 3)
            turns.append(
                {
                    "speaker": role,
                    "text": text,
                    "start_s": max(offset, 0.0),
                    "end_s": max(offset, 0.0),
                }
            )
        out: dict[str, Any] = {"id": chat_id, "channel": "chat", **fields, "turns": turns}
        if start is not None and start.tzinfo is not None:
            out["started_at"] = start.isoformat().replace("+00:00", "Z")
        return out
