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
from .envelope import DecryptionError

KEYRING_VERSION = 1


class ScopeKeyUnreadable(DecryptionError):
    """One scope key does not open under the master key: its data only is unreadable."""


class KeysDestroyedMeanwhile(UserError):
    """Another process destroyed a key this one sealed rows under, before they landed."""


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
        self._sealed_under: dict[str, dict[str, str]] = {}  # scope -> sealed form used
        self._reload()

    def key(self, scope: str, *, create: bool = False) -> bytes | None:
        """The scope's key; a fresh one with ``create``; None when it was destroyed.

        ``create`` means "to seal new data under": the key is remembered, and
        ``sealing_checked`` refuses to commit if another process destroys it meanwhile.
        """
        if create:
            self._reload()  # a purge elsewhere may have destroyed a key cached here
        if scope not in self._open:
            self._open_scope(scope, create)
        if scope not in self._open:
            return None
        if create:
            self._sealed_under.setdefault(scope, self._sealed[scope])
        return self._open[scope]

    def _open_scope(self, scope: str, create: bool) -> None:
        if scope not in self._sealed and scope not in self._destroyed:
            self._reload()  # another process may have made it since
        if scope not in self._sealed:
            if not create:
                return
            self.ensure([scope])
        sealed = self._sealed[scope]
        try:
            self._open[scope] = self._master.decrypt(
                base64.b64decode(sealed["nonce"]),
                base64.b64decode(sealed["key"]),
                scope.encode(),
            )
        except Exception:
            raise ScopeKeyUnreadable("its key does not open under this store's key") from None

    def ensure(self, scopes: Iterable[str]) -> None:
        """Make sure these scopes have keys ON DISK, creating the missing ones at once.

        One locked read-merge-write for the lot, so a process that ingests many new
        customers rewrites the file once per chunk, not once per customer.
        """
        self._reload()
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

    def begin_sealing(self) -> None:
        """Forget keys an earlier, abandoned transaction sealed under (not its concern)."""
        self._sealed_under.clear()

    @contextmanager
    def sealing_checked(self, where: str) -> Iterator[None]:
        """Hold the lock while the caller commits rows sealed under this ring's keys.

        Under the lock the file is read afresh: if a purge destroyed (or replaced) a key
        that rows of this transaction were sealed under, the commit is refused, since
        those rows could never be read. New keys reach disk first. A purge takes the
        same lock for its own commit, so neither can slip between the check and the
        commit of the other.
        """
        with self._locked():
            self._seen = None
            self._reload()
            lost = [s for s, used in self._sealed_under.items() if self._sealed.get(s) != used]
            if lost:
                self._sealed_under.clear()
                raise KeysDestroyedMeanwhile(
                    f"a purge destroyed {len(lost)} key(s) this data was being sealed under "
                    "while it was stored; nothing of it was stored: run the command again",
                    where=where,
                )
            if self._created or self._destroyed:
                self._write_merged()
            try:
                yield
            finally:
                self._sealed_under.clear()

    @contextmanager
    def destroying(self, scopes: Iterable[str]) -> Iterator[int]:
        """Destroy ``scopes`` on disk (yielding how many existed), holding the lock.

        The caller commits the database inside the block: the keys are gone from disk
        before anything records that they are, and no ingest can commit rows under a
        destroyed key in between. If the write fails (a full disk), nothing was
        destroyed and the caller's transaction is rolled back.
        """
        with self._locked():
            self._seen = None
            self._reload()
            doomed = {s: self._sealed[s] for s in set(scopes) if s in self._sealed}
            for scope in doomed:
                self.destroy(scope)
            try:
                self._write_merged()
            except BaseException:
                # not on disk, so not destroyed: a long-lived process (the scheduler)
                # must not finish this purge later, unaudited, with its next save
                self._sealed.update(doomed)
                self._destroyed -= set(doomed)
                raise
            yield len(doomed)

    def _reload(self) -> None:
        """Follow the file: keys other processes made, and forget ones they destroyed.

        A key made or destroyed here and not yet saved is kept as it is here.
        """
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return
        if self._seen == (stat.st_mtime_ns, stat.st_size):
            return
        on_disk = self._read()
        for scope in [s for s in self._sealed if s not in on_disk and s not in self._created]:
            del self._sealed[scope]  # destroyed by another process
            self._open.pop(scope, None)
        for scope, sealed in on_disk.items():
            if scope in self._destroyed or scope in self._created:
                continue
            if self._sealed.get(scope) != sealed:
                self._open.pop(scope, None)  # made again elsewhere: another key
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
        fresh._adopt(scope, _key_to_reseal(ring, scope))
    fresh.path = path
    with fresh._locked():  # no key creation elsewhere while the ring is re-sealed
        ring._reload()
        for scope in ring.scopes():
            if scope not in fresh._sealed:
                fresh._adopt(scope, _key_to_reseal(ring, scope))
        fresh._write(dict(fresh._sealed))
    return len(fresh.scopes())


def _key_to_reseal(ring: Keyring, scope: str) -> bytes:
    try:
        key = ring.key(scope)
    except ScopeKeyUnreadable:
        raise UserError(
            "a scope key does not open under the current master key; nothing was rotated",
            where=str(ring.path),
        ) from None
    assert key is not None
    return key
