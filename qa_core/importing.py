"""Turn files of any supported format into interactions, through the importer hook.

``--format auto`` asks each importer whether it recognises a file (first yes wins,
our own ``qa-json`` last); a folder is read file by file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from . import limits as _limits
from .errors import InteractionFormatError, PluginError, UserError
from .model import Interaction
from .plugins import QAPluginManager, hookimpl

OnInvalid = Callable[[InteractionFormatError], None]
SNIFF_BYTES = 4096


class Importer:
    """Reads one vendor format. Subclasses set ``name`` and ``suffixes`` and implement
    ``sniff`` (does this file look like mine?) and ``read``.

    ``read_text`` and ``read_json`` read a whole file within ``limits`` (the module
    ``qa_core.limits``: file size, JSON values, digits, nesting), failing with one line
    that names the file; ``parse_interaction`` then keeps the model's limits.
    """

    name = ""
    suffixes: tuple[str, ...] = ()
    limits: ClassVar[ModuleType] = _limits

    def sniff(self, path: Path, head: str) -> bool:
        return False

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        raise NotImplementedError

    @staticmethod
    def read_text(path: Path) -> str:
        """The whole file as UTF-8 text, at most ``limits.MAX_FILE_BYTES`` of it."""
        from .reading import decode_text, read_limited

        return decode_text(read_limited(path), path)

    @staticmethod
    def read_json(path: Path) -> Any:
        """The whole file as one JSON document, within the limits."""
        from .reading import decode_json

        return decode_json(Importer.read_text(path), where=str(path))


class QaJsonImporter(Importer):
    """The contract's own format: one object, a list, or JSON lines."""

    name = "qa-json"
    suffixes = (".json", ".jsonl")

    def sniff(self, path: Path, head: str) -> bool:
        return path.suffix in self.suffixes and '"turns"' in head

    def read(self, path: Path, on_invalid: OnInvalid | None) -> Iterator[Interaction]:
        from .reading import read_interactions

        return read_interactions(path, on_invalid)


@hookimpl
def register_importers() -> list[Importer]:
    return [QaJsonImporter()]


def importers(pm: QAPluginManager) -> dict[str, Importer]:
    """Every importer by name, each guarded: one that raises fails its plugin by name."""
    return {name: registered.item for name, registered in pm.importers.items()}


def read_input(
    path: Path, input_format: str, pm: QAPluginManager, on_invalid: OnInvalid | None = None
) -> Iterator[Interaction]:
    """Every interaction in ``path`` (a file or folder) in ``input_format`` or ``auto``."""
    available = importers(pm)
    if input_format != "auto" and input_format not in available:
        raise UserError(
            f"unknown format {input_format!r} (available: auto, {', '.join(sorted(available))})",
            where="--format",
        )
    files = _files(path, available)
    for file in files:
        importer = available[input_format] if input_format != "auto" else _guess(file, available)
        yield from importer.read(file, on_invalid)


def _files(path: Path, available: dict[str, Importer]) -> list[Path]:
    if path.is_dir():
        suffixes = {s for i in available.values() for s in i.suffixes}
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)
        if not files:
            raise InteractionFormatError(
                "folder holds no file of a supported format", where=str(path)
            )
        return files
    if not path.is_file():
        raise InteractionFormatError("no such file", where=str(path))
    return [path]


def _guess(path: Path, available: dict[str, Importer]) -> Importer:
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError as exc:
        raise InteractionFormatError(f"cannot read: {exc.strerror}", where=str(path)) from None
    ordered = sorted(available.values(), key=lambda i: i.name == "qa-json")
    broken: PluginError | None = None
    for importer in ordered:
        try:
            if importer.sniff(path, head):
                return importer
        except PluginError as exc:  # its plugin failed alone; the others may know the file
            broken = broken or exc
    if broken is not None:
        raise broken
    raise InteractionFormatError(
        f"cannot tell the format; name it with --format ({', '.join(sorted(available))})",
        where=str(path),
    )
