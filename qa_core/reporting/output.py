"""JSON and CSV beside every HTML report, safe to open in a spreadsheet.

A CSV cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return)
is read as a formula by spreadsheets; it is written with a leading apostrophe instead
(OWASP's advice), so an agent id or a ruleset title cannot run anything.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .render import replace_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class RowFiles:
    """One table written row by row to ``NAME.json`` and ``NAME.csv`` at once.

    Both are written to temporary files and renamed only when the block succeeds, so
    a report never leaves half a table behind, and rows are never all held at once.
    """

    def __init__(
        self, folder: Path, name: str, head: dict[str, Any], key: str, columns: Sequence[str]
    ) -> None:
        self.paths = (folder / f"{name}.json", folder / f"{name}.csv")
        self.head, self.key, self.columns = head, key, list(columns)
        self.count = 0

    def __enter__(self) -> RowFiles:
        json_path, csv_path = self.paths
        self._json = json_path.with_name(f".{json_path.name}.tmp").open("w", encoding="utf-8")
        self._csv_handle = csv_path.with_name(f".{csv_path.name}.tmp").open(
            "w", encoding="utf-8", newline=""
        )
        self._csv = csv.writer(self._csv_handle, lineterminator="\n")
        self._csv.writerow([neutralise(c) for c in self.columns])
        opening = json.dumps(self.head, ensure_ascii=False, default=str)[:-1]
        self._json.write((opening + ", " if self.head else "{") + json.dumps(self.key) + ": [\n")
        return self

    def add(self, row: dict[str, Any]) -> None:
        """One row: the JSON gets it whole, the CSV gets ``columns`` (lists joined by spaces)."""
        self._json.write(
            ("" if self.count == 0 else ",\n") + json.dumps(row, ensure_ascii=False, default=str)
        )
        self._csv.writerow([_cell(row.get(c)) for c in self.columns])
        self.count += 1

    def __exit__(self, kind, value, traceback) -> None:
        self._json.write("\n]}\n")
        self._json.close()
        self._csv_handle.close()
        for path in self.paths:
            tmp = path.with_name(f".{path.name}.tmp")
            if kind is None:
                os.replace(tmp, path)
            else:
                tmp.unlink(missing_ok=True)


def _cell(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value  # a number is no formula, even a negative one
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value)
    return neutralise(value)


def write_table(path_stem: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A small table as CSV only (the JSON beside it holds it in its document)."""

    def chunks() -> Iterable[str]:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([_cell(v) for v in row])
        yield out.getvalue()

    replace_whole(path_stem.with_suffix(".csv"), chunks())


def write_json(path: Path, document: dict[str, Any]) -> None:
    replace_whole(path, [json.dumps(document, indent=1, ensure_ascii=False, default=str), "\n"])
