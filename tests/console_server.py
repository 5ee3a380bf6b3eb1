"""A real ``qa serve`` for console tests: a store with scored calls and one user per
role, the server in its own process on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qa_cli import run_in_process

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"
PASSWORDS = {
    "ana": "my own long secret 1",
    "bo": "a quite long secret 2",
    "eva": "reviewer sure thing 77",
    "olivia": "officer passphrase 31",
    "root": "admin passphrase 99!",
}
ROLES = {"ana": "agent", "bo": "agent", "eva": "evaluator", "olivia": "officer", "root": "admin"}
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
HOSTILE = {
    "id": "xss-1",
    "channel": "chat",
    "agent_id": "a-11",
    "team": '"><script>alert(2)</script>',
    "metadata": {"note": XSS},
    "started_at": "2026-11-03T10:00:00Z",
    "turns": [
        {"speaker": "agent", "text": f"Thank you for calling, this is Ana. {XSS}"},
        {"speaker": "customer", "text": f"My card is 4111 1111 1111 1111 {XSS}"},
    ],
}


@dataclass
class Server:
    url: str
    home: Path

    def qa(self, *args: str, stdin: str | None = None):
        return run_in_process(*args, env={"QA_HOME": str(self.home)}, stdin=stdin)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(home: Path, db_url: str | None = None) -> None:
    env = {"QA_HOME": str(home), **({"QA_DB_URL": db_url} if db_url else {})}

    def qa(*args: str, stdin: str | None = None) -> None:
        done = run_in_process(*args, env=env, stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)

    qa("init")
    hostile = home.parent / "hostile.json"
    hostile.write_text(json.dumps(HOSTILE), encoding="utf-8")
    qa("ingest", str(ROOT / "examples" / "interactions" / "default"), str(hostile))
    qa("scan", "--workers", "1")
    for name, role in ROLES.items():
        agent = ["--agent-id", "a-11" if name == "ana" else "a-13"] if role == "agent" else []
        qa(
            "user",
            "add",
            name,
            "--role",
            role,
            *agent,
            "--password-stdin",
            stdin=PASSWORDS[name] + "\n",
        )


@contextmanager
def serving(home: Path, db_url: str | None = None) -> Iterator[Server]:
    port = free_port()
    env = {**os.environ, "QA_HOME": str(home), **({"QA_DB_URL": db_url} if db_url else {})}
    process = subprocess.Popen(
        [str(QA), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stderr.read().decode()) from None
                time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", home)
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stderr is not None:
            process.stderr.close()
