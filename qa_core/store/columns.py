"""Keyed MACs over the plain columns, so a forged agent, team, score or verdict shows.

Plain columns exist for SQL filters and totals; anyone with write access to the
database could change them while the encrypted content disagrees. Each row carries an
HMAC (the store's MAC key) of its plain columns: reports treat a row whose MAC does not
match as an error, never as its forged figures, and ``qa audit verify`` names it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from .envelope import keyed_mac

INTERACTION_COLUMNS = (
    "id",
    "channel",
    "agent_id",
    "team",
    "started_at",
    "customer_ref",
    "content_mac",
)
RESULT_COLUMNS = (
    "interaction_id",
    "content_mac",
    "ruleset_id",
    "ruleset_version",
    "ruleset_sha256",
    "score",
    "passed",
    "auto_failed",
    "failed",
    "error",
    "scanned_at",
)
TAMPERED = "TamperedColumns"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):  # SQLite hands back naive UTC, PostgreSQL aware
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def columns_mac(mac_key: bytes, table: str, values: Any) -> str:
    """The MAC of a row's plain columns (a model or a dict of its columns)."""
    names = INTERACTION_COLUMNS if table == "interactions" else RESULT_COLUMNS
    get = values.get if isinstance(values, dict) else lambda n: getattr(values, n)
    body = json.dumps([table, *(_plain(get(n)) for n in names)], separators=(",", ":"))
    return keyed_mac(mac_key, "columns|" + body)


def authentic(mac_key: bytes, table: str, row: Any) -> bool:
    return row.columns_mac is not None and row.columns_mac == columns_mac(mac_key, table, row)
