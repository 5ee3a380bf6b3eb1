"""Read interactions from ``.json`` / ``.jsonl`` files (or a folder of them).

Errors name the file, the line (``.jsonl``) or list item (``.json``), the field path
and what is wrong; reading is lazy so a large ``.jsonl`` is never held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

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


def _read_jsonl(path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
    with _open_text(path) as lines:
        for number, line in enumerate(_decoded(path, lines), start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InteractionFormatError(
                        f"invalid JSON at column {exc.colno}: {exc.msg}", where=where
                    ) from None
                yield interaction_from_dict(data, where=where)
            except InteractionFormatError as error:
                if on_invalid is None:
                    raise
                on_invalid(error)


def _read_json(path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
    with _open_text(path) as handle:
        text = "".join(_decoded(path, handle))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InteractionFormatError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            where=f"{path}:{exc.lineno}",
        ) from None
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


def _decoded(path: Path, lines: Any) -> Iterator[str]:
    for number, raw in enumerate(lines, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise InteractionFormatError("not UTF-8 text", where=f"{path}:{number}") from None
