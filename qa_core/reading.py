"""Read interactions from ``.json`` / ``.jsonl`` files (or a folder of them).

Errors name the file, the line (``.jsonl``) or list item (``.json``), the field path
and what is wrong; reading is lazy so a large ``.jsonl`` is never held in memory.
A file read whole, or one ``.jsonl`` line, keeps within ``qa_core.limits``:
``read_limited`` and ``decode_json`` are what every importer reads with.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from . import limits
from .errors import InteractionFormatError
from .model import Interaction
from .validation import field_path, validation_problems

SUFFIXES = (".json", ".jsonl")
OnInvalid = Callable[[InteractionFormatError], None]


def interaction_from_dict(data: Any, *, where: str) -> Interaction:
    """Validate one decoded JSON value; ``where`` prefixes any error (file:line)."""
    if not isinstance(data, dict):
        raise InteractionFormatError("an interaction must be a JSON object", where=where)
    try:
        return Interaction.model_validate(data)
    except ValidationError as exc:
        loc, message = validation_problems(exc)[0]
        raise InteractionFormatError(f"{field_path(loc)}: {message}", where=where) from None


parse_interaction = interaction_from_dict  # the public name (qa_core.parse_interaction)


def read_interactions(path: Path, on_invalid: OnInvalid | None = None) -> Iterator[Interaction]:
    """Yield every interaction in a file, or in every ``.json``/``.jsonl`` of a folder.

    A bad record raises, unless ``on_invalid`` takes the error and reading goes on.
    """
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        if not files:
            raise InteractionFormatError("folder holds no .json or .jsonl files", where=str(path))
        for file in files:
            yield from read_interactions(file, on_invalid)
        return
    if not path.is_file():
        raise InteractionFormatError("no such file", where=str(path))
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, on_invalid)
    elif path.suffix == ".json":
        yield from _read_json(path, on_invalid)
    else:
        raise InteractionFormatError(
            f"unsupported file type {path.suffix!r} (expected .json or .jsonl)", where=str(path)
        )


def size_text(size: int) -> str:
    """``64 MiB`` for whole mebibytes, else ``1,000 bytes``."""
    mib = 1024 * 1024
    return f"{size // mib} MiB" if size % mib == 0 else f"{size:,} bytes"


def read_limited(path: Path) -> bytes:
    """A whole file, refused (one line) past ``limits.MAX_FILE_BYTES`` before it is read."""
    limit = limits.MAX_FILE_BYTES
    too_large = InteractionFormatError(
        f"file is larger than {size_text(limit)} (the limit for a file read whole)",
        where=str(path),
    )
    try:
        if path.stat().st_size > limit:
            raise too_large
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a pipe or a growing file: never more than this
    except OSError as exc:
        raise InteractionFormatError(f"cannot read: {exc.strerror}", where=str(path)) from None
    if len(data) > limit:
        raise too_large
    return data


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (a byte-order mark allowed); the error names the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InteractionFormatError("not UTF-8 text", where=f"{path}:{line}") from None


class _TooManyDigits(ValueError):
    pass


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > limits.MAX_INT_DIGITS:
        raise _TooManyDigits
    return int(digits)


def decode_json(text: str, *, where: str, lines: bool = True) -> Any:
    """One JSON document within the limits; every failure is one line that says where.

    ``where`` names the file (``lines``: errors add the line the JSON error is on) or the
    ``.jsonl`` line (then errors add the column). Numbers past ``MAX_INT_DIGITS`` digits,
    nesting deeper than Python's recursion limit and more than ``MAX_JSON_ITEMS`` values
    are refused, before they cost a traceback or gigabytes.
    """
    items = text.count(",") + text.count("[") + text.count("{")
    if items > limits.MAX_JSON_ITEMS:
        raise InteractionFormatError(
            f"more than {limits.MAX_JSON_ITEMS:,} JSON values (the limit for one file or "
            "line; split it)",
            where=where,
        )
    try:
        return json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as exc:
        if lines:
            message = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            raise InteractionFormatError(message, where=f"{where}:{exc.lineno}") from None
        message = f"invalid JSON at column {exc.colno}: {exc.msg}"
        raise InteractionFormatError(message, where=where) from None
    except _TooManyDigits:
        raise InteractionFormatError(
            f"a number has more than {limits.MAX_INT_DIGITS} digits (write long numbers "
            "as strings)",
            where=where,
        ) from None
    except RecursionError:
        raise InteractionFormatError("JSON nested too deeply", where=where) from None


def _read_jsonl(path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
    with _open_text(path) as handle:
        for number, line in enumerate(_limited_lines(path, handle), start=1):
            where = f"{path}:{number}"
            try:
                if line is None:
                    raise InteractionFormatError(
                        f"line is longer than {size_text(limits.MAX_FILE_BYTES)}", where=where
                    )
                if not line.strip():
                    continue
                data = decode_json(line, where=where, lines=False)
                yield interaction_from_dict(data, where=where)
            except InteractionFormatError as error:
                if on_invalid is None:
                    raise
                on_invalid(error)


def _limited_lines(path: Path, handle: IO[bytes]) -> Iterator[str | None]:
    """Each line decoded, or None for a line past the limit (skipped, never held whole)."""
    limit = limits.MAX_FILE_BYTES
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1024 * 1024)
            yield None
            continue
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise InteractionFormatError("not UTF-8 text", where=f"{path}:{number}") from None


def _read_json(path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
    data = decode_json(decode_text(read_limited(path), path), where=str(path))
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        where = f"{path}: item [{index}]" if isinstance(data, list) else str(path)
        try:
            yield interaction_from_dict(item, where=where)
        except InteractionFormatError as error:
            if on_invalid is None:
                raise
            on_invalid(error)


def _open_text(path: Path):
    try:
        return path.open("rb")
    except OSError as exc:
        raise InteractionFormatError(f"cannot read: {exc.strerror}", where=str(path)) from None
