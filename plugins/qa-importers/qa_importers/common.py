"""What every importer shares: decode the file, fail with file and record, build turns."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qa_core import Interaction, InteractionFormatError, parse_interaction

OnInvalid = Callable[[InteractionFormatError], None]


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InteractionFormatError("not UTF-8 text", where=str(path)) from None
    except OSError as exc:
        raise InteractionFormatError(f"cannot read: {exc.strerror}", where=str(path)) from None


def read_json(path: Path) -> Any:
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise InteractionFormatError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            where=f"{path}:{exc.lineno}",
        ) from None


def build(data: dict[str, Any], where: str) -> Interaction:
    """Validate as the contract's interaction; errors name the field, never its value."""
    return parse_interaction(data, where=where)


def guarded(
    where: str, make: Callable[[], dict[str, Any]], on_invalid: OnInvalid | None
) -> Iterator[Interaction]:
    """Build one record; a malformed one raises (or goes to ``on_invalid``), never a traceback."""
    try:
        yield build(make(), where)
    except InteractionFormatError as error:
        if on_invalid is None:
            raise
        on_invalid(error)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        error = InteractionFormatError(
            f"not a valid record of this format ({type(exc).__name__})", where=where
        )
        if on_invalid is None:
            raise error from None
        on_invalid(error)


def seconds(value: Any) -> float:
    return round(float(value), 3)
