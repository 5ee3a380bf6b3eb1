"""Recordings in the store: a file's bytes sealed in chunks under its interaction's data key.

Each chunk is AES-GCM with the store id, interaction id, its place and the chunk count as
associated data, so no chunk can be swapped, reordered, moved to another call or dropped;
the header (format suffix, size, SHA-256) is sealed the same way. Being under the data key,
a recording is shredded by the purge that shreds its interaction, kept by its hold, and
untouched by key rotation (which rewraps the data key, never re-encrypts). Reading goes
through ``SealedRecording``, a seekable file that decrypts a chunk at a time: the
recording is never written out in the clear.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from ..audio.muting import sha256_of
from ..errors import UserError
from .envelope import DecryptionError
from .schema import RecordingChunk, StoredInteraction, StoredRecording

if TYPE_CHECKING:
    from .store import Store

CHUNK_BYTES = 1 << 20


def _header_aad(store: Store, interaction_id: str, chunks: int) -> bytes:
    return f"qa_core recording|{store.store_id}|{interaction_id}|{chunks}".encode()


def _chunk_aad(store: Store, interaction_id: str, seq: int, chunks: int) -> bytes:
    return f"qa_core recording chunk|{store.store_id}|{interaction_id}|{seq}|{chunks}".encode()


def put_recording(store: Store, session: Session, row: StoredInteraction, path: Path) -> int:
    """Seal ``path`` as ``row``'s recording (replacing any), in the caller's transaction;
    returns the number of chunks."""
    size = path.stat().st_size
    chunks = max(1, -(-size // CHUNK_BYTES))
    delete_recordings(session, [row.id])
    with open(path, "rb") as handle:
        for seq in range(chunks):
            data = handle.read(CHUNK_BYTES)
            nonce, ciphertext = store.seal_under(row, data, _chunk_aad(store, row.id, seq, chunks))
            # one statement a chunk, no objects kept: memory stays flat for a long call
            session.exec(
                insert(RecordingChunk),  # type: ignore[call-overload]
                params=[{"interaction_id": row.id, "seq": seq, "nonce": nonce,
                         "ciphertext": ciphertext}],
            )  # fmt: skip
    header = {"suffix": path.suffix.lower(), "size": size, "sha256": sha256_of(path)}
    nonce, ciphertext = store.seal_under(
        row, json.dumps(header).encode(), _header_aad(store, row.id, chunks)
    )
    session.add(
        StoredRecording(
            interaction_id=row.id,
            chunks=chunks,
            nonce=nonce,
            ciphertext=ciphertext,
            ingested_at=datetime.now(UTC),
        )
    )
    return chunks


def delete_recordings(session: Session, interaction_ids: Iterable[str]) -> None:
    ids = list(interaction_ids)
    for model in (RecordingChunk, StoredRecording):
        session.exec(delete(model).where(model.interaction_id.in_(ids)))  # type: ignore[call-overload,attr-defined]


def delete_orphan_recordings(session: Session) -> int:
    """Recordings whose interaction is gone (purged, or raced by a purge): none may stay."""
    deleted = 0
    for model in (RecordingChunk, StoredRecording):
        live = select(StoredInteraction.id).where(
            StoredInteraction.id == model.interaction_id  # type: ignore[attr-defined]
        )
        outcome = session.exec(delete(model).where(~live.exists()))  # type: ignore[call-overload]
        deleted += int(outcome.rowcount or 0) if model is StoredRecording else 0
    return deleted


class SealedRecording(io.RawIOBase):
    """A stored recording as a read-only, seekable file, decrypted a chunk at a time."""

    def __init__(self, store: Store, row: StoredInteraction, stored: StoredRecording) -> None:
        super().__init__()
        self._store, self._row, self._chunks = store, row, stored.chunks
        header = json.loads(
            store.open_under(
                row, stored.nonce, stored.ciphertext, _header_aad(store, row.id, stored.chunks)
            )
        )
        self.suffix: str = header["suffix"]
        self.size: int = header["size"]
        self.sha256: str = header["sha256"]
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        # an error raised inside libsndfile's read callback is printed, not raised: it is
        # kept here for the reader to check (qa_core.audio.muting does)
        self.failure: DecryptionError | None = None

    def verify(self) -> None:
        """Decrypt every chunk once and check the whole file's SHA-256 against the sealed
        header: a swapped, moved, dropped or altered chunk raises ``DecryptionError``."""
        digest = hashlib.sha256()
        for seq in range(self._chunks):
            digest.update(self._chunk(seq))
        if digest.hexdigest() != self.sha256:
            raise DecryptionError("its recording does not match its sealed checksum")
        self._cached = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        """Fills ``buffer`` across chunk boundaries (libsndfile takes a short read for
        the end of the file)."""
        view, done = memoryview(buffer).cast("B"), 0
        while done < len(view) and self._pos < self.size:
            seq, start = divmod(self._pos, CHUNK_BYTES)
            data = self._chunk(seq)[start : start + len(view) - done]
            view[done : done + len(data)] = data
            done += len(data)
            self._pos += len(data)
        return done

    def _chunk(self, seq: int) -> bytes:
        try:
            return self._read_chunk(seq)
        except DecryptionError as exc:
            self.failure = exc
            raise

    def _read_chunk(self, seq: int) -> bytes:
        if self._cached is None or self._cached[0] != seq:
            with Session(self._store.engine) as session:
                chunk = session.get(RecordingChunk, (self._row.id, seq))
            if chunk is None:
                raise DecryptionError(f"chunk {seq} of its recording is missing")
            data = self._store.open_under(
                self._row,
                chunk.nonce,
                chunk.ciphertext,
                _chunk_aad(self._store, self._row.id, seq, self._chunks),
            )
            self._cached = (seq, data)
        return self._cached[1]


def open_recording(store: Store, interaction_id: str) -> SealedRecording | None:
    """The interaction's stored recording, or None when it has none."""
    with Session(store.engine) as session:
        row = session.get(StoredInteraction, interaction_id)
        stored = session.get(StoredRecording, interaction_id)
    if row is None or stored is None:
        return None
    return SealedRecording(store, row, stored)


def ingest_recordings(
    store: Store, session: Session, interaction_ids: Iterable[str], folder: Path, replace: bool
) -> int:
    """Seal the recordings ``folder`` holds for these (just stored) interactions; a same
    recording stored already is left alone, another one needs ``replace``. Returns how
    many were sealed. An unreadable recording stops the whole ingest (nothing is stored)."""
    from ..audio.muting import AudioError, Recording
    from ..audio.release import recording_for
    from .store import ReplaceRefused

    sealed = 0
    for interaction_id in interaction_ids:
        path = recording_for(folder, interaction_id)
        if path is None:
            continue
        try:
            Recording.open(path)
        except AudioError as exc:
            raise UserError(str(exc), where=str(path)) from None
        row = session.get(StoredInteraction, interaction_id)
        stored = session.get(StoredRecording, interaction_id)
        assert row is not None
        if stored is not None:
            if SealedRecording(store, row, stored).sha256 == sha256_of(path):
                continue
            if not replace:
                raise ReplaceRefused(
                    f"interaction {interaction_id!r} already has another recording; "
                    "use --replace to overwrite it",
                    where=str(path),
                )
        put_recording(store, session, row, path)
        sealed += 1
    return sealed


def recorded(store: Store, interaction_ids: Iterable[str]) -> set[str]:
    """Which of these interactions have a stored recording (one query for a batch)."""
    with Session(store.engine) as session:
        query = select(StoredRecording.interaction_id).where(
            StoredRecording.interaction_id.in_(list(interaction_ids))  # type: ignore[attr-defined]
        )
        return set(session.exec(query).all())
