"""Errors a user can cause: each ends as one clear line and exit code 2.

Messages name where the problem is (file, line, field) and what is wrong, but never
quote the offending value: an interaction's text may hold a card number.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or configuration; the CLI prints ``str(self)`` and exits 2."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InteractionFormatError(UserError):
    """An interaction file is not valid JSON or does not match the interaction schema."""


class RulesetError(UserError):
    """A ruleset file is malformed, names unknown things, or has bad values."""


class PluginError(UserError):
    """Plugins conflict (duplicate rule type names) or one failed to load under --strict."""
