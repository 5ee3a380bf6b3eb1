"""Shared test helpers: fake installed plugin distributions, the real qa command."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from qa_cli import QAResult, run_in_process, run_process

ROOT = Path(__file__).resolve().parent.parent


def write_distribution(
    folder: Path,
    dist: str,
    version: str,
    entry_points: dict[str, str],
    modules: dict[str, str],
    requires: tuple[str, ...] = (),
) -> Path:
    """Write a real installed-looking distribution (dist-info + modules) into ``folder``."""
    info = folder / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    metadata = [f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n"]
    metadata += [f"Requires-Dist: {requirement}\n" for requirement in requires]
    (info / "METADATA").write_text("".join(metadata))
    lines = ["[qa_core]", *(f"{name} = {target}" for name, target in entry_points.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(textwrap.dedent(source))
    return folder


@pytest.fixture
def fake_plugins(tmp_path, monkeypatch):
    """Install fake plugin distributions for this test only (sys.path and PYTHONPATH)."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv("PYTHONPATH", str(folder))

    def install(
        dist: str,
        entry_points: dict[str, str],
        modules: dict[str, str],
        version: str = "1.0",
        requires: tuple[str, ...] = (),
    ) -> None:
        write_distribution(folder, dist, version, entry_points, modules, requires)

    yield install
    # a plugin imported by an in-process ``qa`` run is forgotten with its folder: the
    # next test's module of the same name is its own
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(str(folder)):
            del sys.modules[name]


@pytest.fixture
def run_qa(tmp_path):
    """Run ``qa`` in this process (click's runner), in a clean QA_HOME, from ``tmp_path``.

    For a test about the process itself (exit by signal, kill, crash), use
    ``run_qa_process``: the same call, the installed console script in a subprocess.
    """

    def run(
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stdin: str | None = None,
    ) -> QAResult:
        return run_in_process(*args, env=_qa_env(tmp_path, env), cwd=cwd or tmp_path, stdin=stdin)

    return run


@pytest.fixture
def run_qa_process(tmp_path):
    """Run the installed ``qa`` console script in a subprocess, in a clean QA_HOME."""

    def run(
        *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        return run_process(*args, env=_qa_env(tmp_path, env), cwd=cwd or tmp_path, timeout=timeout)

    return run


def _qa_env(tmp_path: Path, env: dict[str, str] | None) -> dict[str, str | None]:
    """QA_HOME under the test's folder; QA_DISABLE_PLUGINS only when the test sets it."""
    return {"QA_HOME": str(tmp_path / "qa-home"), "QA_DISABLE_PLUGINS": None, **(env or {})}
