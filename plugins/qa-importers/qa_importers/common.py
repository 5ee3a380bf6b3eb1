"""What every importer shares: decode the file, fail with file and record, build turns.

Files are read whole through ``Importer.read_text``/``read_json``, which keep
``qa_core.limits`` (``Importer.limits``); every error names the file and the record or
line, and never quotes a value from the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qa_core import Importer, Interaction, InteractionFormatError, parse_interaction

OnInvalid = Callable[[InteractionFormatError], None]
LIMITS = Importer.limits


def read_text(path: Path) -> str:
    return Importer.read_text(path)


def read_json(path: Path) -> Any:
    return Importer.read_json(path)


def build(data: dict[str, Any], where: str) -> Interaction:
    """Validate as the contract's interaction; errors name the field, never its value."""
    return parse_interaction(data, where=where)


# what a record of the wrong shape raises on the way; their messages may quote a value
# (float('card 4111…')), so only the kind is shown
MALFORMED = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    ArithmeticError,
    RecursionError,
)


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
    except MALFORMED as exc:
        error = InteractionFormatError(
            f"not a valid record of this format ({type(exc).__name__})", where=where
        )
        if on_invalid is None:
            raise error from None
        on_invalid(error)


def seconds(value: Any) -> float:
    """A time as the model takes it; a value past float's range is infinite (refused there)."""
    try:
        return round(float(value), 3)
    except OverflowError:  # an int of 309 digits or more
        return float("inf")
