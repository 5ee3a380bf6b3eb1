"""Envelope encryption: AES-256-GCM under a fresh data key per interaction.

The data key is wrapped under a key derived (HKDF) from the interaction's customer and
day scope keys; the associated data binds both ciphertexts to the store, the
interaction id and the format version, so rows cannot be swapped between ids or stores.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@dataclass(frozen=True)
class Sealed:
    wrapped_key: bytes
    key_nonce: bytes
    nonce: bytes
    ciphertext: bytes


class DecryptionError(Exception):
    """A row that does not decrypt: tampered, swapped, or its key was destroyed."""


def associated_data(store_id: str, interaction_id: str, format_version: int) -> bytes:
    return f"qa_core|{store_id}|{interaction_id}|{format_version}".encode()


def derive(secret: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
        secret
    )


def wrapping_key(customer_key: bytes, period_key: bytes, interaction_id: str) -> bytes:
    return derive(customer_key + period_key, f"qa_core wrap|{interaction_id}")


def seal(payload: bytes, wrap_key: bytes, aad: bytes) -> Sealed:
    data_key = AESGCM.generate_key(bit_length=256)
    nonce, key_nonce = os.urandom(12), os.urandom(12)
    ciphertext = AESGCM(data_key).encrypt(nonce, payload, aad)
    wrapped = AESGCM(wrap_key).encrypt(key_nonce, data_key, aad)
    return Sealed(wrapped, key_nonce, nonce, ciphertext)


def open_sealed(sealed: Sealed, wrap_key: bytes, aad: bytes) -> bytes:
    try:
        data_key = AESGCM(wrap_key).decrypt(sealed.key_nonce, sealed.wrapped_key, aad)
        return AESGCM(data_key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except InvalidTag:
        raise DecryptionError("does not decrypt") from None


def keyed_mac(key: bytes, text: str) -> str:
    """A keyed HMAC-SHA256 (hex): dedup and customer lookups, never a plain hash."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
