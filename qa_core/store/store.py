"""The store: open or create it, ingest interactions encrypted, read them back.

Keys come from the configured key provider (master key) and the keyring beside it
(scope keys); neither is ever written to the database, logs or messages.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import ValidationError
from sqlalchemy import Engine, delete, event, insert, inspect
from sqlmodel import Session, select

from ..config import load_config
from ..errors import NO_SPACE, UserError, out_of_space
from ..iterating import batched
from ..model import Interaction
from ..plugins import QAPluginManager
from . import audit
from .columns import columns_mac
from .database import database_url, make_engine, migrate
from .envelope import (
    DecryptionError,
    Sealed,
    associated_data,
    derive,
    keyed_mac,
    open_sealed,
    seal,
    wrapping_key,
)
from .head import Head, database_key, head_problem, read_head, record_head
from .keyring import Keyring
from .recordings import delete_recordings, ingest_recordings
from .schema import FORMAT_VERSION, AuditCheckpoint, StoredInteraction, StoreInfo
from .signing import Signer

NO_CUSTOMER = "c:none"
WRONG_KEY = "the key does not match this store (wrong key provider, key file or QA_HOME?)"


def mac_scope(store_id: str) -> str:
    return f"mac:{store_id}"


INGEST_CHUNK = 500


@dataclass
class IngestCounts:
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    recordings: int = 0
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {
            "stored": self.stored,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "skipped": self.skipped,
        }
        if self.recordings:  # `qa ingest --audio` only: other ingests keep their shape
            out["recordings"] = self.recordings
        return out


class ReplaceRefused(UserError):
    """The same id with other content, without --replace."""


def key_provider(pm: QAPluginManager, home: Path):
    name = os.environ.get("QA_KEY_PROVIDER") or load_config(home).get("keys", {}).get(
        "provider", "file"
    )
    providers = {name: registered.item for name, registered in pm.key_providers.items()}
    if name not in providers:
        raise UserError(
            f"unknown key provider {name!r} (installed: {', '.join(sorted(providers)) or 'none'})",
            where="QA_KEY_PROVIDER",
        )
    return providers[name]


class Store:
    """An opened store: database engine, store id and keys."""

    def __init__(self, home: Path, engine: Engine, info: StoreInfo, master: bytes) -> None:
        self.home = home
        self.engine = engine
        self.store_id = info.store_id
        self.keyring = Keyring(home / "keyring.json", master)
        # the MAC key lives in the keyring too, so rotating the master key keeps every
        # keyed reference (dedup, customer lookups) valid
        try:
            self.mac_key = self.keyring.key(mac_scope(info.store_id)) or b""
        except DecryptionError:
            raise UserError(WRONG_KEY, where="key") from None
        if keyed_mac(self.mac_key, "key check") != info.key_check:
            raise UserError(WRONG_KEY, where="key")
        self.signer = Signer.load_or_create(home, create=False)

    @cached_property
    def reader(self) -> Engine:
        """An engine for reading only (pages and reports): on SQLite its transactions
        do not take the write lock, so readers never queue behind one another; on
        PostgreSQL it is the engine itself."""
        if self.engine.dialect.name != "sqlite":
            return self.engine
        return make_engine(str(self.engine.url), for_reading=True)

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def init(cls, home: Path, url: str | None, pm: QAPluginManager) -> tuple[Store, bool]:
        """Create the store and its key; an existing store is left exactly as it is."""
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = make_engine(database_url(home, url))
        provider = key_provider(pm, home)
        if _initialised(engine):
            return cls(home, engine, _info(engine), provider.load(home)), False
        if not provider.exists(home):
            provider.create(home)
        Signer.load_or_create(home, create=True)
        master = provider.load(home)
        migrate(engine)
        _private(home / "store.db")
        store_id = str(uuid.uuid4())
        keyring = Keyring(home / "keyring.json", master)
        mac_key = keyring.key(mac_scope(store_id), create=True)
        keyring.save()
        info = StoreInfo(
            store_id=store_id,
            created_at=datetime.now(UTC),
            format_version=FORMAT_VERSION,
            key_check=keyed_mac(mac_key, "key check"),
            columns_authenticated=True,
        )
        store = cls(home, engine, info, master)
        with Session(engine) as session:
            session.add(info)
            store.audit(
                session,
                "init",
                store_id,
                {
                    "format_version": FORMAT_VERSION,
                    "key_provider": provider.name,
                    "database": engine.dialect.name,
                },
            )
            session.commit()
        return cls(home, engine, _info(engine), master), True

    @classmethod
    def open(cls, home: Path, url: str | None, pm: QAPluginManager) -> Store:
        engine = make_engine(database_url(home, url))
        if not _initialised(engine):
            raise UserError("no store here; run 'qa init' first", where=str(home))
        migrate(engine)
        store = cls(home, engine, _info(engine), key_provider(pm, home).load(home))
        if not _info(engine).columns_authenticated:
            from .forgery import authenticate_older_rows

            authenticate_older_rows(store)
        return store

    # --- writing ---------------------------------------------------------------------

    def ingest(
        self,
        interactions: Iterable[Interaction],
        *,
        replace: bool = False,
        source: str = "",
        recordings: Path | None = None,
    ) -> IngestCounts:
        """Encrypt and store all of ``interactions`` in ONE transaction (all or nothing),
        with each one's recording from the ``recordings`` folder when it has one there.

        Rows are checked and inserted in chunks (one query per chunk, not per row).
        """
        counts = IngestCounts()
        seen: dict[str, tuple[str, int]] = {}  # id -> (content MAC, record), in this file
        self.keyring.begin_sealing()
        with Session(self.engine) as session:
            if replace:  # a replaced row is locked before the chain, as purges and scans do
                audit.lock_chain(session)
            for chunk in batched(interactions, INGEST_CHUNK):
                self._ingest_chunk(session, chunk, replace, counts, seen, source)
                if recordings is not None:
                    counts.recordings += ingest_recordings(
                        self, session, [i.id for i in chunk], recordings, replace
                    )
            # scope keys reach disk before any row that needs them, and no purge can
            # destroy one of them between this check and the commit; the chain's lock
            # first, the keyring's second, in the order a purge takes them
            audit.lock_chain(session)
            with self.keyring.sealing_checked(source or "ingest"):
                self.audit(session, "ingest", source or None, counts.to_json())
                session.commit()
        return counts

    def _ingest_chunk(
        self,
        session: Session,
        chunk: list[Interaction],
        replace: bool,
        counts: IngestCounts,
        seen: dict[str, tuple[str, int]],
        source: str,
    ) -> None:
        stored = dict(
            session.exec(
                select(StoredInteraction.id, StoredInteraction.content_mac).where(
                    StoredInteraction.id.in_([i.id for i in chunk])
                )
            ).all()
        )
        # every new scope key of the chunk reaches disk in one locked write, first
        scopes = [self._scopes(i) for i in chunk]
        self.keyring.ensure(s for found in scopes for s in found[2:])
        rows = []
        for interaction, found in zip(chunk, scopes, strict=True):
            payload = json.dumps(
                interaction.to_json_dict(),
                sort_keys=True,
                separators=(",", ":"),
                ensure_ascii=False,
            ).encode("utf-8")
            mac = keyed_mac(self.mac_key, "content|" + payload.decode("utf-8"))
            record = counts.stored + counts.unchanged + counts.replaced + 1
            earlier = seen.get(interaction.id)
            known = earlier[0] if earlier else stored.get(interaction.id)
            if known == mac:
                counts.unchanged += 1
                continue
            if earlier is not None and not replace:
                raise ReplaceRefused(
                    f"interaction {interaction.id!r} appears twice with other content "
                    f"(interactions {earlier[1]} and {record} of the file)",
                    where=source or "ingest",
                )
            if known is not None:
                if not replace:
                    raise ReplaceRefused(
                        f"interaction {interaction.id!r} is already stored with other content; "
                        "use --replace to overwrite it",
                        where=source or "ingest",
                    )
                rows = [r for r in rows if r["id"] != interaction.id]
                session.exec(
                    delete(StoredInteraction).where(  # type: ignore[call-overload]
                        StoredInteraction.id == interaction.id
                    )
                )
                # sealed under the old data key: the new row's recording comes with it
                delete_recordings(session, [interaction.id])
                self.audit(session, "replace", interaction.id, {})
                counts.replaced += 1
            else:
                counts.stored += 1
            seen[interaction.id] = (mac, record)
            try:
                rows.append(self._row(interaction, payload, mac, found).model_dump())
            except DecryptionError:
                raise UserError(
                    f"a key this store seals {interaction.id!r} under does not open; "
                    "nothing of this file was stored",
                    where=source or "ingest",
                ) from None
        if rows:
            session.exec(insert(StoredInteraction), params=rows)  # type: ignore[call-overload]

    def _scopes(self, interaction: Interaction) -> tuple[str | None, datetime | None, str, str]:
        """(customer ref, start time, customer scope, period scope) of an interaction."""
        customer_ref = (
            keyed_mac(self.mac_key, "customer|" + interaction.customer_id)
            if interaction.customer_id
            else None
        )
        started = _parse_time(interaction.started_at)
        customer_scope = f"c:{customer_ref}" if customer_ref else NO_CUSTOMER
        period_scope = "d:" + (started or datetime.now(UTC)).strftime("%Y-%m-%d")
        return customer_ref, started, customer_scope, period_scope

    def _row(
        self,
        interaction: Interaction,
        payload: bytes,
        mac: str,
        scopes: tuple[str | None, datetime | None, str, str],
    ) -> StoredInteraction:
        customer_ref, started, customer_scope, period_scope = scopes
        wrap = self._wrapping_key(customer_scope, period_scope, interaction.id, create=True)
        sealed = seal(payload, wrap, self._aad(interaction.id))
        row = StoredInteraction(
            id=interaction.id,
            channel=interaction.channel,
            agent_id=interaction.agent_id,
            team=interaction.team,
            started_at=started,
            customer_ref=customer_ref,
            content_mac=mac,
            customer_scope=customer_scope,
            period_scope=period_scope,
            wrapped_key=sealed.wrapped_key,
            key_nonce=sealed.key_nonce,
            nonce=sealed.nonce,
            ciphertext=sealed.ciphertext,
            format_version=FORMAT_VERSION,
            ingested_at=datetime.now(UTC),
        )
        row.columns_mac = columns_mac(self.mac_key, "interactions", row)
        return row

    def _wrapping_key(
        self, customer_scope: str, period_scope: str, interaction_id: str, *, create: bool = False
    ) -> bytes:
        customer_key = self.keyring.key(customer_scope, create=create)
        period_key = self.keyring.key(period_scope, create=create)
        if customer_key is None or period_key is None:
            raise DecryptionError("its key was destroyed")
        return wrapping_key(customer_key, period_key, interaction_id)

    def rewrap(
        self, sealed: Sealed, row: StoredInteraction, customer_scope: str, period_scope: str
    ) -> Sealed:
        """The same data key wrapped under other scope keys (payload untouched)."""
        aad = self._aad(row.id)
        old = self._wrapping_key(row.customer_scope, row.period_scope, row.id)
        try:
            data_key = AESGCM(old).decrypt(sealed.key_nonce, sealed.wrapped_key, aad)
        except Exception:
            raise DecryptionError("does not decrypt") from None
        new = self._wrapping_key(customer_scope, period_scope, row.id, create=True)
        key_nonce = os.urandom(12)
        return Sealed(
            AESGCM(new).encrypt(key_nonce, data_key, aad),
            key_nonce,
            sealed.nonce,
            sealed.ciphertext,
        )

    def _aad(self, interaction_id: str) -> bytes:
        return associated_data(self.store_id, interaction_id, FORMAT_VERSION)

    # --- reading ---------------------------------------------------------------------

    def redaction_key(self) -> bytes:
        """The store's key for ``hash`` redaction tokens (``QA_REDACT_KEY`` overrides)."""
        from ..analysis.redaction import redaction_key_from_env

        return redaction_key_from_env() or derive(self.mac_key, "qa_core redaction key")

    def _data_key(self, row: StoredInteraction) -> bytes:
        wrap = self._wrapping_key(row.customer_scope, row.period_scope, row.id)
        try:
            return AESGCM(wrap).decrypt(row.key_nonce, row.wrapped_key, self._aad(row.id))
        except Exception:
            raise DecryptionError("does not decrypt") from None

    def _result_aad(self, row: StoredInteraction, ruleset_sha256: str) -> bytes:
        return (
            f"qa_core result|{self.store_id}|{row.id}|{ruleset_sha256}|{row.content_mac}".encode()
        )

    def seal_result(
        self, row: StoredInteraction, ruleset_sha256: str, payload: bytes
    ) -> tuple[bytes, bytes]:
        """A result encrypted under its interaction's data key: shredded with it."""
        return self.seal_under(row, payload, self._result_aad(row, ruleset_sha256))

    def open_result(
        self, row: StoredInteraction, ruleset_sha256: str, nonce: bytes, ciphertext: bytes
    ) -> bytes:
        return self.open_under(row, nonce, ciphertext, self._result_aad(row, ruleset_sha256))

    def seal_under(self, row: StoredInteraction, payload: bytes, aad: bytes) -> tuple[bytes, bytes]:
        """(nonce, ciphertext) of ``payload`` under the interaction's data key (a result, a
        recording's chunks): shredded, held, rotated and copied with the interaction."""
        nonce = os.urandom(12)
        return nonce, AESGCM(self._data_key(row)).encrypt(nonce, payload, aad)

    def open_under(
        self, row: StoredInteraction, nonce: bytes, ciphertext: bytes, aad: bytes
    ) -> bytes:
        try:
            return AESGCM(self._data_key(row)).decrypt(nonce, ciphertext, aad)
        except DecryptionError:
            raise
        except Exception:
            raise DecryptionError("does not decrypt") from None

    def decrypt(self, row: StoredInteraction) -> Interaction:
        """The interaction in a row; ``DecryptionError`` if tampered, swapped or shredded."""
        wrap = self._wrapping_key(row.customer_scope, row.period_scope, row.id)
        payload = open_sealed(
            Sealed(row.wrapped_key, row.key_nonce, row.nonce, row.ciphertext),
            wrap,
            self._aad(row.id),
        )
        try:
            return Interaction.model_validate(json.loads(payload))
        except ValidationError:  # stored by an older version, before today's input limits
            raise DecryptionError("its content is outside this version's input limits") from None

    def get(self, interaction_id: str) -> Interaction:
        with Session(self.engine) as session:
            row = session.get(StoredInteraction, interaction_id)
        if row is None:
            raise UserError(f"no interaction {interaction_id!r} in the store", where="show")
        try:
            return self.decrypt(row)
        except DecryptionError as exc:
            raise UserError(
                f"interaction {interaction_id!r} cannot be read: {exc}", where="store"
            ) from None

    def rows(self) -> Iterator[StoredInteraction]:
        with Session(self.engine) as session:
            yield from session.exec(
                select(StoredInteraction).order_by(StoredInteraction.id)
            ).yield_per(500)

    def audit(
        self, session: Session, action: str, subject: str | None = None, details: dict | None = None
    ) -> None:
        """An audit entry, and the signed checkpoint that closes it, in ``session``.

        Once the session commits, the new head is recorded outside the database too.
        """
        entry = audit.append(
            session,
            action,
            subject,
            details,
            sign=lambda seq, head: self.signer.sign(self.store_id, seq, head),
        )
        session.info["audit_head"] = Head(
            self.store_id,
            entry.seq,
            entry.hash,
            self.signer.sign(self.store_id, entry.seq, entry.hash),
        )
        if not session.info.get("head_listener"):
            session.info["head_listener"] = True
            event.listen(session, "after_commit", self._record_head)
            event.listen(session, "after_rollback", _forget_head)

    def _record_head(self, session: Session) -> None:
        head = session.info.pop("audit_head", None)
        if head is not None:
            record_head(self.home, database_key(self.engine), head)

    def reset_head(self) -> None:
        """Record the trail's present head, even an older one (after a restore)."""
        with Session(self.engine) as session:
            last = session.exec(
                select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)  # type: ignore[union-attr]
            ).first()
        if last is not None:
            head = Head(self.store_id, last.seq, last.head_hash, last.signature)
            record_head(self.home, database_key(self.engine), head, reset=True)

    def record(self, action: str, subject: str | None, details: dict) -> None:
        """An audit entry in a transaction of its own."""
        with Session(self.engine) as session:
            self.audit(session, action, subject, details)
            session.commit()

    def verify_audit(
        self, public_key: str | None = None, *, whole_store: bool = True
    ) -> audit.Verification:
        """Chain and checkpoints, with this store's public key unless another is given.

        ``whole_store`` also checks what lies outside the trail: that it still reaches
        the head recorded beside the keyring, and that no row's plain columns were
        changed. A copy being checked before it replaces the store skips both.
        """
        key = public_key or self.signer.public_key
        with Session(self.engine) as session:
            result = audit.verify(session, self.store_id, key)
            if not (result.ok and whole_store):
                return result
            head = read_head(self.home, database_key(self.engine))
            problem = head_problem(session, head, self.store_id, key)
        if problem is not None:
            return audit.Verification(False, result.entries, result.head, *problem)
        from .forgery import first_forged

        forged = first_forged(self)
        if forged is not None:
            return audit.Verification(False, result.entries, result.head, forged, None)
        return result


def _forget_head(session: Session) -> None:
    """A rolled-back entry is no head: the session may commit something else later."""
    session.info.pop("audit_head", None)


def _private(path: Path) -> None:
    """The SQLite file holds only ciphertext, but nobody else needs to read it."""
    if path.is_file():
        path.chmod(0o600)


def _initialised(engine: Engine) -> bool:
    try:
        if not inspect(engine).has_table("store_info"):
            return False
    except Exception as exc:
        if out_of_space(exc):
            raise UserError(NO_SPACE, where="--db") from None
        raise UserError(f"cannot reach the database ({type(exc).__name__})", where="--db") from None
    with Session(engine) as session:
        return session.get(StoreInfo, 1) is not None


def _info(engine: Engine) -> StoreInfo:
    with Session(engine) as session:
        info = session.get(StoreInfo, 1)
        assert info is not None
        session.expunge(info)
        return info


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).astimezone(UTC)
