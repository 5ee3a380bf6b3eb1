"""Write an output file whole or not at all: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import UserError


@contextlib.contextmanager
def atomic_text_writer(path: Path) -> Iterator[TextIO]:
    """Yield a handle whose content replaces ``path`` only if the block succeeds."""
    with _atomic(path, "w") as handle:
        yield handle


@contextlib.contextmanager
def atomic_binary_writer(path: Path) -> Iterator[BinaryIO]:
    """``atomic_text_writer`` for bytes (a recording)."""
    with _atomic(path, "wb") as handle:
        yield handle


@contextlib.contextmanager
def _atomic(path: Path, mode: str) -> Iterator:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("output folder does not exist", where=str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    text = {"encoding": "utf-8", "newline": "\n"} if mode == "w" else {}
    try:
        with os.fdopen(fd, mode, **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
