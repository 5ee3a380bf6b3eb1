"""``qa keys rotate``: a new master key, the keyring re-sealed under it, payloads untouched.

Resumable: the new key is written first (pending), then the keyring is re-sealed in one
atomic rename, then the new key is promoted and the old one retired. A crash at any
point leaves a store that opens (with the old or the new key) and a rotation that the
next ``qa keys rotate`` finishes.
"""

from __future__ import annotations

from ..errors import UserError
from ..plugins import QAPluginManager
from .envelope import DecryptionError
from .keyring import Keyring, reseal
from .store import Store, key_provider
from .store import _info as store_info


def rotate(store_home, url: str | None, pm: QAPluginManager) -> dict:
    provider = key_provider(pm, store_home)
    ring_path = store_home / "keyring.json"
    current = provider.load(store_home)
    new = provider.next_key(store_home)
    if _opens(ring_path, new):  # a crash after re-sealing: only the promotion is left
        scopes = len(Keyring(ring_path, new).scopes())
    else:
        if not _opens(ring_path, current):
            raise UserError(
                "neither the current nor the pending key opens the keyring", where="keys"
            )
        scopes = reseal(ring_path, current, new)
    provider.promote(store_home)
    store = Store.open(store_home, url, pm)
    store.record("keys_rotate", None, {"scope_keys": scopes, "key_provider": provider.name})
    assert store_info(store.engine).store_id == store.store_id
    return {"scope_keys": scopes}


def _opens(path, master: bytes) -> bool:
    ring = Keyring(path, master)
    scopes = ring.scopes()
    if not scopes:
        return True
    try:
        ring.key(scopes[0])
        return True
    except (UserError, DecryptionError):
        return False
