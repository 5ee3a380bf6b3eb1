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


NO_SPACE = (
    "no space left on the disk that holds the store or its keyring; the command "
    "stopped without half-writing anything: free some space and run it again"
)


def out_of_space(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a full disk, from the OS or a database."""
    import errno

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if getattr(current, "sqlite_errorname", None) in ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"):
            return True  # the database, or its WAL index, cannot grow
        if getattr(current, "sqlstate", None) in ("53100", "53000"):  # disk_full, resources
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False
