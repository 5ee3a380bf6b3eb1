"""Turn pydantic's validation errors into short messages that name a field path.

pydantic's own text quotes the input value; we never do, since the value may be
sensitive (a transcript line, a card number). Names the input chose (an unknown field,
a metadata key) are shown only when they look like names, not like data.
"""

from __future__ import annotations

import re
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
    # pydantic-core cannot read a string with a lone surrogate (not valid Unicode)
    "string_unicode": "holds a lone surrogate (not valid Unicode)",
}

Loc = tuple[str | int, ...]

# a name: letters, digits, '_', '-', '.' and spaces, at most 64 characters, and not
# four digits in a row (a card, account or phone number is not a name to print)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\- ]{0,63}")
_DIGITS = re.compile(r"\d{4}")
HIDDEN = "(name not shown)"


def shown_name(name: object) -> str | None:
    """``name`` if it is safe to print (it looks like a field name), else None."""
    if isinstance(name, str) and _NAME.fullmatch(name) and not _DIGITS.search(name):
        return name
    return None


def field_path(loc: Sequence[str | int]) -> str:
    """``('turns', 1, 'speaker')`` → ``turns[1].speaker``; names that may be data hidden."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = shown_name(part) or HIDDEN
            out += f".{name}" if out else name
    return out or "(top level)"


def _message(error: dict) -> str:
    kind = error["type"]
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    msg = str(error["msg"])
    if _quotes(msg, error.get("input")):
        return f"is not valid ({kind})"
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
    for error in exc.errors(include_url=False, include_context=False):
        loc: Loc = tuple(error["loc"])
        if loc and isinstance(loc[-1], str) and loc[-1] in _UNION_TAGS:
            union_seen.setdefault(loc[:-1], []).append(loc[-1])
            continue
        problems.append((loc, _message(error)))
    for loc, tags in union_seen.items():
        problems.append((loc, "should be " + _join_types(tags)))
    return problems


def _quotes(msg: str, value: object) -> bool:
    """Whether pydantic's message quotes a string input (none of those we meet does;
    numbers it never quotes)."""
    return isinstance(value, str) and len(value) >= 3 and repr(value) in msg


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
