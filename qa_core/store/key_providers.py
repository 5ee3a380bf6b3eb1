"""Where the master key-encryption key lives: built-in providers, registered as a plugin.

``file`` (default) keeps it in ``$QA_HOME/master.key`` (mode 0600); ``env`` reads
``QA_MASTER_KEY`` (base64 of 32 bytes), for workers and containers. Vault or a cloud
KMS can come as third-party plugins through the same hook. Choose one with
``QA_KEY_PROVIDER`` or ``[keys] provider`` in ``config.toml``.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from ..errors import UserError
from ..plugins import hookimpl

KEY_BYTES = 32


class KeyProvider:
    """Loads (and, where it can, creates) the store's master key; never prints it."""

    name = ""

    def exists(self, home: Path) -> bool:
        raise NotImplementedError

    def create(self, home: Path) -> None:
        raise NotImplementedError

    def load(self, home: Path) -> bytes:
        raise NotImplementedError

    # Rotation, in two steps so a crash in between can be resumed: ``next_key`` makes
    # (or returns the pending) new key; ``promote`` makes it current and retires the old.
    def next_key(self, home: Path) -> bytes:
        raise UserError(f"the {self.name!r} key provider cannot rotate keys", where="keys")

    def promote(self, home: Path) -> None:
        raise UserError(f"the {self.name!r} key provider cannot rotate keys", where="keys")


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        raise UserError("the master key is not valid base64", where=where) from None
    if len(key) != KEY_BYTES:
        raise UserError(f"the master key must be {KEY_BYTES} bytes", where=where)
    return key


class FileKeyProvider(KeyProvider):
    name = "file"

    def path(self, home: Path) -> Path:
        return home / "master.key"

    def exists(self, home: Path) -> bool:
        return self.path(home).is_file()

    def create(self, home: Path) -> None:
        path = self.path(home)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(base64.b64encode(os.urandom(KEY_BYTES)).decode() + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def next_key(self, home: Path) -> bytes:
        pending = home / "master.key.next"
        if not pending.is_file():
            fd = os.open(pending, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(base64.b64encode(os.urandom(KEY_BYTES)).decode() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        return _decode(pending.read_text(), str(pending))

    def promote(self, home: Path) -> None:
        old = self.path(home)
        old.write_text("")  # the retired key's bytes do not stay on disk
        os.replace(home / "master.key.next", old)

    def pending(self, home: Path) -> bytes | None:
        path = home / "master.key.next"
        return _decode(path.read_text(), str(path)) if path.is_file() else None

    def load(self, home: Path) -> bytes:
        path = self.path(home)
        if not path.is_file():
            raise UserError(
                "no master key; run 'qa init' (or set QA_KEY_PROVIDER)", where=str(path)
            )
        if path.stat().st_mode & 0o077:
            raise UserError("the key file is readable by others; chmod 600 it", where=str(path))
        return _decode(path.read_text(), str(path))


class EnvKeyProvider(KeyProvider):
    name = "env"
    variable = "QA_MASTER_KEY"

    def exists(self, home: Path) -> bool:
        return bool(os.environ.get(self.variable))

    def create(self, home: Path) -> None:
        raise UserError(
            f"set {self.variable} to a base64-encoded {KEY_BYTES}-byte key "
            "(for example: head -c 32 /dev/urandom | base64)",
            where=self.variable,
        )

    def load(self, home: Path) -> bytes:
        value = os.environ.get(self.variable)
        if not value:
            raise UserError("not set", where=self.variable)
        return _decode(value, self.variable)


@hookimpl
def register_key_providers() -> list[KeyProvider]:
    return [FileKeyProvider(), EnvKeyProvider()]
