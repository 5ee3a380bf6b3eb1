"""``RATINGS.csv``: ``item_id,rater_id,criterion_id,value``; a missing rating is an absent row.

The value ``na`` is a missing rating too. ``met`` and ``not_met`` read as 1 and 0, so
people's pass/fail judgements and the machine's results are the same kind of number.
A criterion's values are numbers when every value parses as one, else labels.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError

HEADER = ["item_id", "rater_id", "criterion_id", "value"]
MISSING = {"na", "n/a", ""}
RESULTS = {"met": "1", "not_met": "0"}


@dataclass
class CriterionRatings:
    """One criterion's ratings: item → rater → value (a number, or a label)."""

    values: dict[str, dict[str, float | str]] = field(default_factory=dict)
    numeric: bool = True

    @property
    def raters(self) -> list[str]:
        return sorted({r for by_rater in self.values.values() for r in by_rater})

    @property
    def items(self) -> list[str]:
        return sorted(self.values)


@dataclass
class Ratings:
    criteria: dict[str, CriterionRatings]
    rows: int

    @property
    def raters(self) -> list[str]:
        return sorted({r for c in self.criteria.values() for r in c.raters})


def read_ratings(
    path: Path, known_criteria: Iterable[str] | None = None, numeric_only: bool = False
) -> Ratings:
    """Read and check the whole file; the first problem is one ``UserError`` line."""
    return read_ratings_rows(path, known_criteria, numeric_only)[0]


def ratings_from_rows(rows: Iterable[tuple[str, str, str, str]], where: str) -> Ratings:
    """Ratings from stored (item, rater, criterion, value) rows, already checked once."""
    raw: dict[str, dict[str, dict[str, tuple[int, str]]]] = {}
    count = 0
    for n, (item, rater, criterion, value) in enumerate(rows, 1):
        raw.setdefault(criterion, {}).setdefault(item, {})[rater] = (n, value)
        count += 1
    if not count:
        raise UserError("no ratings", where=where)
    return Ratings({c: _typed(c, items, Path(where), False) for c, items in raw.items()}, count)


def read_ratings_rows(
    path: Path, known_criteria: Iterable[str] | None = None, numeric_only: bool = False
) -> tuple[Ratings, list[tuple[str, str, str, str]]]:
    """The checked ratings, and the rows as read (for storing a session)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError("no such file", where=str(path)) from None
    except UnicodeDecodeError:
        raise UserError("not UTF-8 text", where=str(path)) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != HEADER:
            raise UserError(f"header must be {','.join(HEADER)}", where=f"{path}:1")
        known = set(known_criteria) if known_criteria is not None else None
        raw: dict[str, dict[str, dict[str, tuple[int, str]]]] = {}
        rows = 0
        kept: list[tuple[str, str, str, str]] = []
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(HEADER):
                raise UserError(f"expected 4 columns, found {len(row)}", where=f"{path}:{line}")
            item, rater, criterion, value = (cell.strip() for cell in row)
            if not item or not rater or not criterion:
                raise UserError("item_id, rater_id and criterion_id must not be empty",
                                where=f"{path}:{line}")  # fmt: skip
            if known is not None and criterion not in known:
                raise UserError(f"unknown criterion {criterion!r}", where=f"{path}:{line}")
            by_item = raw.setdefault(criterion, {}).setdefault(item, {})
            if rater in by_item:
                raise UserError(
                    f"{rater!r} rated {item!r} on {criterion!r} twice "
                    f"(first on line {by_item[rater][0]})",
                    where=f"{path}:{line}",
                )
            by_item[rater] = (line, value)
            rows += 1
            kept.append((item, rater, criterion, value))
    except csv.Error as exc:
        raise UserError(f"not valid CSV ({exc})", where=f"{path}:{reader.line_num}") from None
    if not rows:
        raise UserError("no ratings", where=str(path))
    typed = {c: _typed(c, items, path, numeric_only) for c, items in raw.items()}
    return Ratings(typed, rows), kept


def _number(value: str) -> float | None:
    try:
        number = float(RESULTS.get(value.lower(), value))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _typed(criterion: str, items: dict, path: Path, numeric_only: bool) -> CriterionRatings:
    present = [(line, v) for by_rater in items.values() for line, v in by_rater.values()
               if v.lower() not in MISSING]  # fmt: skip
    numeric = all(_number(v) is not None for _, v in present)
    if numeric_only and not numeric:
        line, value = next((line, v) for line, v in present if _number(v) is None)
        raise UserError(
            f"{value!r} is not a number, and interval statistics were asked for",
            where=f"{path}:{line}",
        )
    out = CriterionRatings(numeric=numeric)
    for item, by_rater in items.items():
        kept = {
            rater: (_number(v) if numeric else v)
            for rater, (_, v) in by_rater.items()
            if v.lower() not in MISSING
        }
        if kept:
            out.values[item] = kept
    return out
