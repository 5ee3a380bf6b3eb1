"""Scope keys, kept OUTSIDE the database so that destroying one shreds its data.

Every interaction's data key is wrapped under a key derived from two scope keys: its
customer's and its day's. Destroying either (a right-to-erasure request, a retention
run) makes the interaction unreadable everywhere, in copies and backups of the
database too. The keyring file holds each scope key encrypted under the master key.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import UserError

KEYRING_VERSION = 1


class Keyring:
    """The scope keys of one store, shared safely by every process that opens it.

    Several processes use one keyring at once (an ingest, a scan, the scheduler, a
    purge). So a key missing here is looked for on disk before it counts as missing,
    new keys are created under an exclusive file lock after rereading the file, and
    every write merges into what is on disk, never overwriting another process's keys
    or bringing back one another process destroyed.
    """

    def __init__(self, path: Path, master: bytes) -> None:
        self.path = path
        self._master = AESGCM(master)
        self._sealed: dict[str, dict[str, str]] = {}
        self._open: dict[str, bytes] = {}
        self._created: set[str] = set()  # made or adopted here, not yet on disk
        self._destroyed: set[str] = set()  # destroyed here, not yet on disk
        self._seen: tuple[int, int] | None = None  # (mtime_ns, size) of the file read
        self._reload()

    def key(self, scope: str, *, create: bool = False) -> bytes | None:
        """The scope's key; a fresh one with ``create``; None when it was destroyed."""
        if scope in self._open:
            return self._open[scope]
        if scope not in self._sealed and scope not in self._destroyed:
            self._reload()  # another process may have made it since
        if scope not in self._sealed:
            if not create:
                return None
            self.ensure([scope])
        sealed = self._sealed[scope]
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

    def ensure(self, scopes: Iterable[str]) -> None:
        """Make sure these scopes have keys ON DISK, creating the missing ones at once.

        One locked read-merge-write for the lot, so a process that ingests many new
        customers rewrites the file once per chunk, not once per customer.
        """
        missing = {s for s in scopes if s not in self._sealed}
        if not missing:
            return
        with self._locked():
            self._reload()
            for scope in sorted(missing - set(self._sealed)):
                self._seal(scope, AESGCM.generate_key(bit_length=256))
                self._destroyed.discard(scope)
            self._write_merged()

    def _seal(self, scope: str, key: bytes) -> None:
        nonce = os.urandom(12)
        sealed = self._master.encrypt(nonce, key, scope.encode())
        self._sealed[scope] = {
            "nonce": base64.b64encode(nonce).decode(),
            "key": base64.b64encode(sealed).decode(),
        }
        self._open[scope] = key
        self._created.add(scope)

    def _adopt(self, scope: str, key: bytes) -> None:
        """Seal an existing scope key under this ring's master key."""
        self._seal(scope, key)

    def scopes(self) -> list[str]:
        return sorted(self._sealed)

    def destroy(self, scope: str) -> bool:
        """Forget a scope key for good (once saved); True if there was one."""
        self._open.pop(scope, None)
        self._created.discard(scope)
        existed = self._sealed.pop(scope, None) is not None
        if existed:
            self._destroyed.add(scope)
        return existed

    def save(self) -> None:
        """Merge this ring's changes into the file, before the database commits."""
        if not (self._created or self._destroyed):
            return
        with self._locked():
            self._write_merged()

    def _reload(self) -> None:
        """Take in keys other processes wrote (never ones destroyed here)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return
        if self._seen == (stat.st_mtime_ns, stat.st_size):
            return
        for scope, sealed in self._read().items():
            if scope not in self._destroyed and scope not in self._created:
                self._sealed[scope] = sealed
        self._seen = (stat.st_mtime_ns, stat.st_size)

    def _read(self) -> dict[str, dict[str, str]]:
        if not self.path.is_file():
            return {}
        try:
            return dict(json.loads(self.path.read_text())["scopes"])
        except (ValueError, KeyError, TypeError):
            raise UserError("the keyring is not readable", where=str(self.path)) from None

    def _write_merged(self) -> None:
        """Under the lock: the file's keys plus ours, minus ours destroyed; atomically."""
        scopes = self._read()
        scopes.update({s: self._sealed[s] for s in self._created})
        for scope in self._destroyed:
            scopes.pop(scope, None)
        self._write(scopes)

    def _write(self, scopes: dict[str, dict[str, str]]) -> None:
        text = json.dumps({"version": KEYRING_VERSION, "scopes": scopes}, sort_keys=True)
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
        for scope, sealed in scopes.items():
            if scope not in self._sealed:
                self._sealed[scope] = sealed
        self._created.clear()
        self._destroyed.clear()
        stat = self.path.stat()
        self._seen = (stat.st_mtime_ns, stat.st_size)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock beside the keyring, held by one writing process at a time."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


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
    with fresh._locked():  # no key creation elsewhere while the ring is re-sealed
        ring._reload()
        for scope in ring.scopes():
            if scope not in fresh._sealed:
                key = ring.key(scope)
                assert key is not None
                fresh._adopt(scope, key)
        fresh._write(dict(fresh._sealed))
    return len(fresh.scopes())
