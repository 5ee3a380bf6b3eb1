"""Scope keys, kept OUTSIDE the database so that destroying one shreds its data.

Every interaction's data key is wrapped under a key derived from two scope keys: its
customer's and its day's. Destroying either (a right-to-erasure request, a retention
run) makes the interaction unreadable everywhere, in copies and backups of the
database too. The keyring file holds each scope key encrypted under the master key.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import UserError

KEYRING_VERSION = 1


class Keyring:
    def __init__(self, path: Path, master: bytes) -> None:
        self.path = path
        self._master = AESGCM(master)
        self._sealed: dict[str, dict[str, str]] = {}
        self._open: dict[str, bytes] = {}
        self._dirty = False
        if path.is_file():
            try:
                data = json.loads(path.read_text())
                self._sealed = dict(data["scopes"])
            except (ValueError, KeyError, TypeError):
                raise UserError("the keyring is not readable", where=str(path)) from None

    def key(self, scope: str, *, create: bool = False) -> bytes | None:
        """The scope's key; a fresh one with ``create``; None when it was destroyed."""
        if scope in self._open:
            return self._open[scope]
        sealed = self._sealed.get(scope)
        if sealed is None:
            if not create:
                return None
            key = AESGCM.generate_key(bit_length=256)
            nonce = os.urandom(12)
            self._sealed[scope] = {
                "nonce": base64.b64encode(nonce).decode(),
                "key": base64.b64encode(self._master.encrypt(nonce, key, scope.encode())).decode(),
            }
            self._dirty = True
        else:
            try:
                key = self._master.decrypt(
                    base64.b64decode(sealed["nonce"]),
                    base64.b64decode(sealed["key"]),
                    scope.encode(),
                )
            except Exception:
                raise UserError(
                    "the key does not match this store (wrong key provider, key file or QA_HOME?)",
                    where="key",
                ) from None
        self._open[scope] = key
        return key

    def _adopt(self, scope: str, key: bytes) -> None:
        """Seal an existing scope key under this ring's master key."""
        nonce = os.urandom(12)
        sealed = self._master.encrypt(nonce, key, scope.encode())
        self._sealed[scope] = {
            "nonce": base64.b64encode(nonce).decode(),
            "key": base64.b64encode(sealed).decode(),
        }
        self._open[scope] = key
        self._dirty = True

    def scopes(self) -> list[str]:
        return sorted(self._sealed)

    def destroy(self, scope: str) -> bool:
        """Forget a scope key for good (once saved); True if there was one."""
        self._open.pop(scope, None)
        existed = self._sealed.pop(scope, None) is not None
        self._dirty |= existed
        return existed

    def save(self) -> None:
        """Write the keyring whole (temp file, fsync, rename) before the database commits."""
        if not self._dirty:
            return
        text = json.dumps({"version": KEYRING_VERSION, "scopes": self._sealed}, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=".keyring.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        self._dirty = False


def reseal(path: Path, old_master: bytes, new_master: bytes) -> int:
    """Re-encrypt every scope key under a new master key; the payloads are untouched.

    Written whole (temp file, rename), so a crash leaves either the old or the new ring.
    """
    ring = Keyring(path, old_master)
    fresh = Keyring(path.with_name(path.name + ".rotating"), new_master)
    for scope in ring.scopes():
        key = ring.key(scope)
        assert key is not None
        fresh._adopt(scope, key)
    fresh.path = path
    fresh._dirty = True
    fresh.save()
    return len(ring.scopes())
