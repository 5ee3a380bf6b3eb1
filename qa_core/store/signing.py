"""The audit trail's signing key: Ed25519, private half in QA_HOME (mode 0600).

A checkpoint signs (store id, sequence number, head hash) at the end of every command
that writes, so anyone holding only the public key can check that nobody rewrote,
extended or cut the trail; ``qa audit anchor`` prints the head for publishing outside.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import UserError

PRIVATE = "audit_signing.key"


def message(store_id: str, seq: int, head_hash: str) -> bytes:
    return f"qa_core audit checkpoint|{store_id}|{seq}|{head_hash}".encode()


class Signer:
    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_key = public_key_text(private.public_key())

    def sign(self, store_id: str, seq: int, head_hash: str) -> str:
        return base64.b64encode(self._private.sign(message(store_id, seq, head_hash))).decode()

    def sign_bytes(self, data: bytes) -> bytes:
        """A signature over ``data``, which must carry its own domain prefix (as the
        audio certificates' do) so it can never pass for a checkpoint's."""
        return self._private.sign(data)

    @classmethod
    def load_or_create(cls, home: Path, *, create: bool) -> Signer:
        path = home / PRIVATE
        if not path.is_file():
            if not create:
                raise UserError("the audit signing key is missing", where=str(path))
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                raw = Ed25519PrivateKey.generate().private_bytes_raw()
                handle.write(base64.b64encode(raw).decode() + "\n")
        try:
            raw = base64.b64decode(path.read_text().strip(), validate=True)
            return cls(Ed25519PrivateKey.from_private_bytes(raw))
        except ValueError:
            raise UserError("the audit signing key is not readable", where=str(path)) from None


def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def verify_signature(
    public_key: str, store_id: str, seq: int, head_hash: str, signature: str
) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        key.verify(base64.b64decode(signature), message(store_id, seq, head_hash))
        return True
    except (InvalidSignature, ValueError):
        return False
