"""`qa plugin new` as an outsider uses it: generate, pip install, run its tests, use it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds and installs plugins with pip

PYTHON = Path(sys.executable)


def pip_install(project: Path, site: Path) -> None:
    """Install like a user would, into a folder of its own so other tests never see it."""
    done = subprocess.run(
        [
            str(PYTHON),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(site),
            str(project),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def run_plugin_tests(folder: Path, site: Path) -> str:
    """The plugin's own test suite, with the installed plugin; every test must run."""
    tests = subprocess.run(
        [str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert "skipped" not in tests.stdout, tests.stdout[-500:]
    return tests.stdout


def test_a_generated_plugin_installs_passes_its_tests_and_scores(run_qa, run_qa_process, tmp_path):
    made = run_qa("plugin", "new", "acme-tickets", "--out", str(tmp_path / "src"))
    assert made.returncode == 0, made.stderr
    project = tmp_path / "src" / "acme-tickets"
    assert (project / "pyproject.toml").is_file()
    ruff = PYTHON.parent / "ruff"
    for check in (["check"], ["format", "--check"]):  # clean code is the example we set
        linted = subprocess.run(
            [str(ruff), *check, "."], cwd=project, capture_output=True, text=True
        )
        assert linted.returncode == 0, linted.stdout
    site = tmp_path / "site"
    pip_install(project, site)
    env = {"PYTHONPATH": str(site)}

    assert "18 passed" in run_plugin_tests(project, site)

    listed = json.loads(run_qa_process("plugins", "list", "--json", env=env).stdout)
    mine = next(p for p in listed if p["name"] == "acme-tickets")
    assert mine["version"] == "0.1.0" and mine["status"] == "loaded"
    assert mine["rule_types"] == ["acme_tickets.mentions"]
    assert mine["hooks"] == ["register_recognizers", "register_rule_types", "register_ruleset_dirs"]

    call = project / "src/acme_tickets/rulesets/examples/jargon-call.json"
    out = tmp_path / "result.json"
    done = run_qa_process(
        "evaluate", str(call), "--ruleset", "acme-tickets-example", "--out", str(out), env=env
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text())
    by_id = {c["id"]: c for c in result["criteria"]}
    assert by_id["no_internal_jargon"]["result"] == "not_met"
    assert by_id["no_internal_jargon"]["plugin"] == "acme-tickets"
    assert result["auto_failed"] is True
    assert [f["entity"] for f in result["findings"]] == ["ACME_TICKETS_TICKET"]
    redacted = tmp_path / "redacted.json"
    done = run_qa_process(
        "redact", str(call), "--ruleset", "acme-tickets-example", "--out", str(redacted), env=env
    )
    assert done.returncode == 0, done.stderr
    assert "four eight two" not in redacted.read_text()
    assert "[ACME_TICKETS_TICKET]" in redacted.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["9lives"], "'9lives' is not a plugin name: use letters, digits and single"),
        (["acme--x"], "'acme--x' is not a plugin name"),
        (["pci"], "a plugin named 'pci' is already installed; choose another name"),
    ],
)
def test_bad_plugin_names_are_refused_with_one_line(run_qa, tmp_path, args, message):
    done = run_qa("plugin", "new", *args, "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_existing_folder_is_never_overwritten(run_qa, tmp_path):
    (tmp_path / "acme").mkdir()
    (tmp_path / "acme" / "keep.txt").write_text("mine")
    done = run_qa("plugin", "new", "acme", "--out", str(tmp_path))
    assert done.returncode == 2 and "already exists; nothing was written" in done.stderr
    assert [p.name for p in (tmp_path / "acme").iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".acme-")]


def test_the_example_plugin_installs_like_an_outsiders(run_qa_process, tmp_path):
    """examples/plugins/eu-payments: pip install, its own tests, then qa uses it."""
    project = Path(__file__).resolve().parents[1] / "examples" / "plugins" / "eu-payments"
    site = tmp_path / "site"
    pip_install(project, site)
    env = {"PYTHONPATH": str(site)}
    copy = tmp_path / "eu-payments"  # its tests run against the installed copy only
    shutil.copytree(project / "tests", copy / "tests")
    run_plugin_tests(copy, site)

    listed = {
        p["name"]: p
        for p in json.loads(run_qa_process("plugins", "list", "--json", env=env).stdout)
    }
    assert listed["eu-payments"]["rule_types"] == [
        "eu_payments.mentions",
        "eu_payments.notice_before_bank_details",
    ]
    assert listed["eu-payments"]["entities"] == ["IBAN_CODE"]
    tested = run_qa_process("ruleset", "test", "eu-payments-example", env=env)
    assert tested.returncode == 0 and "3 passed, 0 failed" in tested.stdout, tested.stdout

    examples = project / "src/eu_payments/rulesets/examples"
    out = tmp_path / "redacted.jsonl"
    done = run_qa_process(
        "redact",
        str(examples / "notice-first.json"),
        "--ruleset",
        "eu-payments-example",
        "--out",
        str(out),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "It's [IBAN_CODE]." in out.read_text() and "eight nine" not in out.read_text()
