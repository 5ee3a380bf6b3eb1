"""The built wheels carry everything the commands need (rulesets, templates, examples)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.slow
def test_wheels_install_and_run_in_a_fresh_venv(tmp_path):
    dist = tmp_path / "dist"
    plugin_dir = ROOT / "plugins"
    for project in (ROOT, *(plugin_dir / p for p in ("qa-script", "qa-empathy", "qa-dynamics"))):
        run(
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--outdir",
            str(dist),
            str(project),
            cwd=tmp_path,
        )
    wheels = sorted(dist.glob("*.whl"))
    assert [w.name.split("-")[0] for w in wheels] == [
        "qa_core",
        "qa_dynamics",
        "qa_empathy",
        "qa_script",
    ]

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path)
    python = venv / "bin" / "python"
    run(
        str(python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--constraint",
        str(ROOT / "constraints.txt"),
        *map(str, wheels),
        cwd=tmp_path,
    )

    elsewhere = tmp_path / "elsewhere"  # nowhere near the source checkout
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QA_HOME")}
    qa = str(venv / "bin" / "qa")
    listed = json.loads(run(qa, "ruleset", "list", "--json", cwd=elsewhere, env=env).stdout)
    assert {r["id"] for r in listed} == {
        "default",
        "collections",
        "cobranza",
        "healthcare-member-services",
        "payments",
    }
    assert all("site-packages" in r["path"] for r in listed)
    tested = run(qa, "ruleset", "test", cwd=elsewhere, env=env)
    assert tested.stdout.strip().endswith("43 passed, 0 failed")
    demo = run(qa, "demo", "--out", "demo-out", cwd=elsewhere, env=env)
    assert "audit trail intact" in demo.stdout
    for report in ("scorecards", "coaching", "audit", "calibration"):
        assert (elsewhere / "demo-out" / report / "index.html").is_file()
    run(qa, "plugin", "new", "probe", "--out", "kit", cwd=elsewhere, env=env)  # template shipped
    assert (elsewhere / "kit/probe/src/probe/rulesets/probe-example.yaml").is_file()
    plugins = json.loads(run(qa, "plugins", "list", "--json", cwd=elsewhere, env=env).stdout)
    assert [p["name"] for p in plugins] == [
        "dynamics",
        "empathy",
        "executors",
        "json",
        "keys",
        "script",
    ]
    # no semantic extra here: asking for it is one clear line saying how to install it
    semantic = elsewhere / "semantic.yaml"
    semantic.write_text(
        "id: sem\nversion: 1\nsections:\n  - id: s\n    criteria:\n      - id: hello\n"
        "        rule: script.phrase\n        params:\n          phrases: [hello]\n"
        "          match: {mode: semantic, threshold: 0.6}\n"
    )
    refused = subprocess.run(
        [qa, "ruleset", "validate", str(semantic)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1
    assert "pip install 'qa-core[semantic]'" in refused.stderr and ":10:" in refused.stderr
