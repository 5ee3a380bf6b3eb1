"""Read a ruleset's YAML keeping each value's line and column for error messages."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ..errors import RulesetError
from ..limits import MAX_RULESET_BYTES
from .bounded_yaml import bounded_yaml, constructing_mark

# ruamel quotes a value in a few messages ('found duplicate key "k" with value "v"',
# 'failed to construct timestamp from "v"'): keep what is wrong, not the value.
_QUOTED_VALUE = re.compile(r' (?:with value|from) ".*', re.DOTALL)


class RulesetSource:
    """A parsed ruleset file: plain Python data plus positions for any field path."""

    def __init__(self, path: Path, tree: Any) -> None:
        self.path = path
        self._tree = tree
        self.data = _plain(tree)

    def where(self, loc: tuple[str | int, ...], *, at_key: bool = False) -> str:
        """``file:line:column`` of the value at ``loc`` (its key with ``at_key``).

        A missing field points at the mapping that should hold it.
        """
        node = self._tree
        line, col = _start(node)
        for index, part in enumerate(loc):
            last = index == len(loc) - 1
            if isinstance(node, CommentedMap) and part in node:
                position = node.lc.key(part) if (last and at_key) else node.lc.value(part)
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                position = node.lc.item(part)
            else:
                break
            if position is None:  # ruamel keeps no positions inside `!!omap`, `!!set`...
                break
            line, col = position
            node = node[part]
        return f"{self.path}:{line + 1}:{col + 1}"


def read_source(path: Path) -> RulesetSource:
    """Parse ``path``: every way the file can be bad ends as a one-line ``RulesetError``.

    That covers YAML syntax, duplicate keys, and the limits of ``bounded_yaml`` (size,
    aliases, depth), and whatever else the YAML library raises on hostile input: the
    message names the file and, when known, the line, but never quotes the file's text.
    """
    text = _read_text(path)
    yaml = bounded_yaml()
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem and exc.problem.startswith("but "):
            problem = f"{exc.context}, {exc.problem}"  # "expected X, but found Y"
        problem = _QUOTED_VALUE.sub("", problem)
        raise RulesetError(f"YAML error: {_one_line(problem)}", where=_at(path, mark)) from None
    except ReaderError as exc:
        line, column = _line_column(text, exc.position)
        what = f"character #x{exc.character:04x}" if isinstance(exc.character, int) else "character"
        raise RulesetError(
            f"YAML error: unacceptable {what} ({_one_line(str(exc.reason))})",
            where=f"{path}:{line}:{column}",
        ) from None
    except YAMLError as exc:
        problem = _QUOTED_VALUE.sub("", str(exc))
        raise RulesetError(f"YAML error: {_one_line(problem)}", where=str(path)) from None
    except Exception as exc:
        # A bug or an unchecked value in the YAML library (``!!int x``, ``!!omap`` with a
        # repeated key...): its message may quote the file, so name the kind only.
        raise RulesetError(
            f"YAML error: cannot read this value ({type(exc).__name__})",
            where=_at(path, constructing_mark(yaml)),
        ) from None
    if not isinstance(tree, CommentedMap):
        raise RulesetError(
            "a ruleset must be a YAML mapping (id:, version:, sections: ...)", where=f"{path}:1:1"
        )
    return RulesetSource(path, tree)


def _read_text(path: Path) -> str:
    """The file's text, refused unread past ``MAX_RULESET_BYTES``."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            data = b"" if size > MAX_RULESET_BYTES else stream.read(MAX_RULESET_BYTES + 1)
    except FileNotFoundError:
        raise RulesetError("no such file", where=str(path)) from None
    except IsADirectoryError:
        raise RulesetError("is a directory, not a ruleset file", where=str(path)) from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise RulesetError(f"cannot read: {reason}", where=str(path)) from None
    if size > MAX_RULESET_BYTES or len(data) > MAX_RULESET_BYTES:
        raise RulesetError(
            f"file too large: a ruleset may be at most {MAX_RULESET_BYTES:,} bytes",
            where=str(path),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise RulesetError(
            "not UTF-8 text (a ruleset must be UTF-8)", where=f"{path}:{line}:{column}"
        ) from None


def _at(path: Path, mark: Any) -> str:
    if mark is None or getattr(mark, "line", None) is None:
        return str(path)
    return f"{path}:{mark.line + 1}:{mark.column + 1}"


def _line_column(text: str, position: Any) -> tuple[int, int]:
    position = position if isinstance(position, int) else 0
    start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - start + 1


def _one_line(message: str, limit: int = 200) -> str:
    """ruamel's messages may span lines or quote a long key: one short line."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _start(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    return (lc.line, lc.col) if lc is not None and lc.line is not None else (0, 0)


def _plain(node: Any) -> Any:
    """ruamel's commented types → plain dict/list/str/int/float/bool."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime | dt.date):
        return node.isoformat()
    return str(node)
