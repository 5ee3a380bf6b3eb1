"""What was muted in a released recording, and a signature anyone can check.

The certificate names the input and output files by their SHA-256, the muted intervals,
the number of findings and the plugins that found them (contract section 7). Signed, it is
signed with the audit trail's Ed25519 key over its canonical JSON, so a recipient holding
only the public key can check that the file in hand is the muted one, and that nobody
edited the intervals since.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..store.signing import Signer
from .muting import sha256_of

SIGNATURE = "signature"
_DOMAIN = b"qa_core audio certificate|"


def certificate(
    interaction_id: str,
    input_sha256: str,
    output_sha256: str,
    muted: list[list[float]],
    findings: int,
    plugins: Mapping[str, str],
) -> dict[str, Any]:
    return {
        "id": interaction_id,
        "input_sha256": input_sha256,
        "output_sha256": output_sha256,
        "muted": muted,
        "findings": findings,
        "plugins": dict(sorted(plugins.items())),
    }


def _signed_bytes(cert: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in cert.items() if k != SIGNATURE}
    return _DOMAIN + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def sign(cert: dict[str, Any], signer: Signer) -> dict[str, Any]:
    """The certificate with its signature (algorithm, public key, value) added."""
    value = base64.b64encode(signer.sign_bytes(_signed_bytes(cert))).decode()
    return {
        **cert,
        SIGNATURE: {"algorithm": "Ed25519", "public_key": signer.public_key, "value": value},
    }


def problems(cert: Mapping[str, Any], audio: Path, public_key: str) -> list[str]:
    """Why ``audio`` is not the recording ``cert`` certifies under ``public_key`` (none: it is)."""
    found = []
    signature = cert.get(SIGNATURE)
    if not isinstance(signature, Mapping) or not isinstance(signature.get("value"), str):
        found.append("the certificate is not signed")
    elif not _valid(public_key, signature["value"], _signed_bytes(cert)):
        found.append("the signature does not match this public key and certificate")
    if sha256_of(audio) != cert.get("output_sha256"):
        found.append("the audio is not the file the certificate names (output_sha256 differs)")
    return found


def _valid(public_key: str, signature: str, data: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), data)
        return True
    except (InvalidSignature, ValueError):
        return False
