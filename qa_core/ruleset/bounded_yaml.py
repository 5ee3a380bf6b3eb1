"""Parse a ruleset's YAML within fixed bounds, so a hostile file ends as one clear error.

A ruleset may come from anyone who can hand a file to ``qa``. Four limits (their values
are in ``qa_core.limits``) keep reading one quick and small, whatever the file holds; each
is enforced while the file is read, never after the harm is done:

``MAX_RULESET_BYTES``
    The file's size, checked before it is parsed (and the read itself stops there).
``MAX_RULESET_NODES``
    Values (mappings, lists, scalars, keys included) in the document *with every alias
    expanded*: a 500-byte "billion laughs" file names a billion values this way. The count is
    kept while the document is composed, an alias adding the size of the node it names, so
    the error comes before anything is expanded.
``MAX_RULESET_TEXT_CHARS``
    Characters of scalar text, aliases expanded the same way (one long string named by many
    aliases).
``MAX_RULESET_DEPTH``
    Nesting depth, aliases expanded too; ``[[[[...`` would otherwise exhaust the recursion
    of the composer and of everything that walks the data afterwards.

An alias to a node that contains it (``a: &a [*a]``) is refused as well: it would be data
without end.

Real rulesets sit far inside these bounds (the bundled ones: under 7 kB, under 500 values,
under 5,000 characters of text, depth 8). The bounds are set by what reading costs: ruamel's
round-trip parser is pure Python and takes about 10 s and 200 MB for a megabyte of dense
YAML, so the largest file allowed reads in a few seconds and well under 200 MB.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
from ruamel.yaml.events import AliasEvent, ScalarEvent

from ..limits import MAX_RULESET_DEPTH, MAX_RULESET_NODES, MAX_RULESET_TEXT_CHARS


class _BoundedComposer(Composer):
    """ruamel's composer, counting the document as if every alias were expanded."""

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        # A repeated anchor is legal YAML (the later one wins); ruamel's warning about it
        # would print several lines of the file to stderr.
        self.warn_double_anchors = False
        self._nodes = 0  # values so far, aliases expanded
        self._text = 0  # scalar characters so far, aliases expanded
        self._reach = 0  # deepest level reached inside the node being composed
        # id(finished anchored node) -> (values, characters, levels below it)
        self._sizes: dict[int, tuple[int, int, int]] = {}

    def compose_document(self) -> Any:
        self._nodes = self._text = self._reach = 0
        self._sizes = {}
        return super().compose_document()

    def compose_node(self, parent: Any, index: Any) -> Any:
        level = self.depth + 1  # the level of the node about to be composed (root: 1)
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            node = self.anchors.get(event.anchor)
            if node is not None:  # an undefined alias is ruamel's own error
                size = self._sizes.get(id(node))
                if size is None:
                    raise ComposerError(
                        None,
                        None,
                        f"alias {event.anchor!r} refers to a node that contains it",
                        event.start_mark,
                    )
                nodes, text, below = size
                self._grow(nodes, text, level + below, event.start_mark)
            return super().compose_node(parent, index)
        text = len(event.value) if isinstance(event, ScalarEvent) else 0
        self._grow(1, text, level, event.start_mark)
        start_nodes, start_text, outer_reach = self._nodes - 1, self._text - text, self._reach
        self._reach = level
        node = super().compose_node(parent, index)
        if event.anchor is not None:
            self._sizes[id(node)] = (
                self._nodes - start_nodes,
                self._text - start_text,
                self._reach - level,
            )
        self._reach = max(outer_reach, self._reach)
        return node

    def _grow(self, nodes: int, text: int, level: int, mark: Any) -> None:
        self._nodes += nodes
        self._text += text
        self._reach = max(self._reach, level)
        if level > MAX_RULESET_DEPTH:
            problem = f"nested more than {MAX_RULESET_DEPTH} levels deep (aliases expanded)"
        elif self._nodes > MAX_RULESET_NODES:
            problem = f"more than {MAX_RULESET_NODES:,} values once aliases are expanded"
        elif self._text > MAX_RULESET_TEXT_CHARS:
            problem = (
                f"more than {MAX_RULESET_TEXT_CHARS:,} characters of text once aliases are expanded"
            )
        else:
            return
        raise ComposerError(None, None, f"{problem}: the limit for a ruleset", mark)


class _RecordingConstructor(RoundTripConstructor):
    """ruamel's round-trip constructor, remembering where it is for errors of its own."""

    last_mark: Any = None

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        self.last_mark = node.start_mark
        return super().construct_object(node, deep=deep)

    def construct_yaml_float(self, node: Any) -> Any:
        # Under a `%YAML 1.1` directive ruamel warns (several lines on stderr) about
        # `1e3`; as an error it is one line like any other.
        if self.resolver.processing_version != (1, 2):
            value = str(node.value).replace("_", "").lower()
            if "e" in value and "." not in value.split("e")[0]:
                raise ConstructorError(
                    None,
                    None,
                    "a YAML 1.1 float needs a '.' before its exponent",
                    node.start_mark,
                )
        return super().construct_yaml_float(node)


_RecordingConstructor.add_constructor(
    "tag:yaml.org,2002:float", _RecordingConstructor.construct_yaml_float
)


def bounded_yaml() -> YAML:
    """A round-trip ``YAML`` (positions kept) enforcing this module's limits."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Composer = _BoundedComposer
    yaml.Constructor = _RecordingConstructor
    return yaml


def constructing_mark(yaml: YAML) -> Any:
    """Where the constructor was when it failed, or None if it had not started."""
    constructor = getattr(yaml, "_constructor", None)
    return getattr(constructor, "last_mark", None)
