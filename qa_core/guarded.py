"""A plugin's object, guarded: when the core calls it and it raises, the plugin fails
alone and by name.

Importers and key providers are objects a plugin registers and the core calls later
(``sniff``, ``read``, ``load``). Their contract names the errors they may raise on
bad input (``UserError`` and its kinds, which carry one clear line); anything else is
the plugin's fault, and becomes the error ``on_error`` makes of it. Iterators a method
returns (an importer's ``read``) are guarded item by item.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any

from .errors import UserError


def guarded(item: Any, on_error: Callable[[str], Exception]) -> Any:
    """``item`` with every public method guarded; attributes read through unchanged."""
    return _Guarded(item, on_error)


class _Guarded:
    __slots__ = ("_item", "_on_error")

    def __init__(self, item: Any, on_error: Callable[[str], Exception]) -> None:
        object.__setattr__(self, "_item", item)
        object.__setattr__(self, "_on_error", on_error)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._item, name)
        if name.startswith("_") or not callable(value) or inspect.isclass(value):
            return value
        return _guard_call(value, self._on_error)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._item, name, value)

    def __repr__(self) -> str:
        return f"guarded({self._item!r})"

    @property  # isinstance() and type checks look through the guard
    def __class__(self) -> type:  # type: ignore[override]
        return type(self._item)


def _guard_call(method: Callable[..., Any], on_error: Callable[[str], Exception]) -> Any:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            result = method(*args, **kwargs)
        except UserError:
            raise
        except Exception as exc:
            raise on_error(type(exc).__name__) from exc
        if isinstance(result, Iterator):
            return _guard_iteration(result, on_error)
        return result

    return call


def _guard_iteration(items: Iterator[Any], on_error: Callable[[str], Exception]) -> Iterator[Any]:
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except UserError:
            raise
        except Exception as exc:
            raise on_error(type(exc).__name__) from exc
        yield item
