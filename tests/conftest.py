"""Shared test helpers: fake installed plugin distributions, the real qa command."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QA = Path(sys.executable).parent / "qa"


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

    return install


@pytest.fixture
def run_qa(tmp_path):
    """Run the installed ``qa`` console script in a subprocess, in a clean QA_HOME."""

    def run(
        *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "QA_HOME": str(tmp_path / "qa-home"), **(env or {})}
        full_env.pop("QA_DISABLE_PLUGINS", None) if "QA_DISABLE_PLUGINS" not in (
            env or {}
        ) else None
        return subprocess.run(
            [str(QA), *args],
            capture_output=True,
            text=True,
            env=full_env,
            cwd=cwd or tmp_path,
            timeout=timeout,
        )

    return run
