"""Turn pydantic's validation errors into short messages that name a field path.

pydantic's own text quotes the input value; we never do, since the value may be
sensitive (a transcript line, a card number).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import ValidationError

# Union branches pydantic reports one by one; we fold them into one message.
_UNION_TAGS = {"str", "int", "float", "bool", "none", "list", "dict", "tuple"}
_TYPE_WORDS = {
    "tuple_type": "should be a list",
    "list_type": "should be a list",
    "dict_type": "should be an object",
    "model_type": "should be an object",
    "model_attributes_type": "should be an object",
    "extra_forbidden": "unknown field",
    "missing": "required field is missing",
}

Loc = tuple[str | int, ...]


def field_path(loc: Sequence[str | int]) -> str:
    """``('turns', 1, 'speaker')`` → ``turns[1].speaker``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _message(error: dict) -> str:
    kind = error["type"]
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    msg = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix) :]
    if msg.startswith("Input should be"):
        msg = "should be" + msg[len("Input should be") :]
    return msg


def validation_problems(exc: ValidationError) -> list[tuple[Loc, str]]:
    """(location, message) pairs, union branches folded into one 'should be …'."""
    problems: list[tuple[Loc, str]] = []
    union_seen: dict[Loc, list[str]] = {}
    for error in exc.errors(include_url=False, include_input=False):
        loc: Loc = tuple(error["loc"])
        if loc and isinstance(loc[-1], str) and loc[-1] in _UNION_TAGS:
            union_seen.setdefault(loc[:-1], []).append(loc[-1])
            continue
        problems.append((loc, _message(error)))
    for loc, tags in union_seen.items():
        problems.append((loc, "should be " + _join_types(tags)))
    return problems


def _join_types(tags: Iterable[str]) -> str:
    names = {
        "str": "a string",
        "int": "a number",
        "float": "a number",
        "bool": "a boolean",
        "none": "null",
        "list": "a list",
        "dict": "an object",
        "tuple": "a list",
    }
    words: list[str] = []
    for tag in tags:
        if names[tag] not in words:
            words.append(names[tag])
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]
