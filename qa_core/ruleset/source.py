"""Read a ruleset's YAML keeping each value's line and column for error messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ..errors import RulesetError


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
                line, col = node.lc.key(part) if (last and at_key) else node.lc.value(part)
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                break
        return f"{self.path}:{line + 1}:{col + 1}"


def read_source(path: Path) -> RulesetSource:
    """Parse ``path``; YAML syntax errors and duplicate keys end as one-line errors."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesetError("no such file", where=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesetError(f"cannot read: {exc}", where=str(path)) from None
    try:
        tree = YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or exc.context or "invalid YAML"
        if "duplicate key" in problem:
            problem = problem.split(" with value")[0]
        raise RulesetError(f"YAML error: {problem}", where=where) from None
    except YAMLError as exc:
        raise RulesetError(f"YAML error: {exc}", where=str(path)) from None
    if not isinstance(tree, CommentedMap):
        raise RulesetError(
            "a ruleset must be a YAML mapping (id:, version:, sections: ...)", where=f"{path}:1:1"
        )
    return RulesetSource(path, tree)


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
