"""Real services for tests: skip (saying why) where they are absent, fail in CI."""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

import pytest


def service_or_skip(url: str, what: str) -> None:
    """Skip (saying why) when nothing answers at ``url``; fail instead where the
    services must be there (CI sets QA_REQUIRE_SERVICES=1)."""
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port), timeout=2):
            return
    except OSError as exc:
        if os.environ.get("QA_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{what} is required here but not reachable: {type(exc).__name__}")
        pytest.skip(f"no {what} at {parsed.hostname}:{parsed.port} ({type(exc).__name__})")
