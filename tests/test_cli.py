"""The real ``qa`` console script, run in a subprocess, as acceptance checks drive it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "interactions"
D01 = EXAMPLES / "default" / "call-d01.json"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_help_imports_nothing_heavy():
    code = (
        "import sys; from qa_core.cli import qa; "
        "heavy = {'pydantic', 'pluggy', 'rapidfuzz', 'ruamel', 'jinja2'} & "
        "{m.split('.')[0] for m in sys.modules}; print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_evaluate_prints_the_contract_shape(run_qa, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_qa("evaluate", str(D01), "--ruleset", "default", "--out", str(out))
    assert result.returncode == 0, result.stderr
    [line] = lines(out)
    assert list(line)[:7] == [
        "id",
        "ruleset",
        "score",
        "passed",
        "auto_failed",
        "criteria",
        "findings",
    ]
    assert line["language"] == {"declared": "en", "detected": "en", "supported": True}
    assert line["id"] == "call-d01"
    assert line["ruleset"]["id"] == "default" and line["ruleset"]["version"] == 1
    assert len(line["ruleset"]["sha256"]) == 64
    assert (line["score"], line["passed"], line["auto_failed"]) == (100.0, True, False)
    turns = json.loads(D01.read_text())["turns"]
    found = {
        (f["entity"], turns[f["turn"]]["text"][f["start"] : f["end"]], f["plugin"])
        for f in line["findings"]
    }
    assert found >= {("PERSON", "Priya", "hipaa"), ("PERSON", "Daniel Okafor", "hipaa")}
    greeting = line["criteria"][0]
    assert {
        k: greeting[k] for k in ("id", "section", "result", "points", "max_points", "plugin")
    } == {
        "id": "greeting",
        "section": "opening",
        "result": "met",
        "points": 1,
        "max_points": 1,
        "plugin": "script",
    }
    text = json.loads(D01.read_text())["turns"][0]["text"]
    ev = greeting["evidence"][0]
    assert text[ev["start"] : ev["end"]] == "Thank you for calling"


def test_evaluate_a_folder_with_a_ruleset_path(run_qa, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_qa(
        "evaluate",
        str(EXAMPLES / "collections"),
        "--ruleset",
        str(ROOT / "rulesets" / "collections.yaml"),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    evaluated = {line["id"]: line for line in lines(out)}
    assert len(evaluated) == 9
    assert evaluated["call-c03"]["auto_failed"] is True
    assert evaluated["call-c03"]["score"] == 0
    assert "evaluated 9 interactions against collections v2" in result.stderr


def test_na_criteria_print_points_but_count_in_neither_sum(run_qa, tmp_path):
    out = tmp_path / "out.jsonl"
    run_qa(
        "evaluate",
        str(EXAMPLES / "payments" / "call-p03.json"),
        "--ruleset",
        "payments",
        "--out",
        str(out),
    )
    [line] = lines(out)
    order = next(c for c in line["criteria"] if c["id"] == "secure_before_card")
    assert (order["result"], order["points"], order["max_points"]) == ("na", 0, 1)
    assert line["score"] == 100.0


def test_evaluate_jsonl_input(run_qa, tmp_path):
    source = tmp_path / "calls.jsonl"
    source.write_text(
        "\n".join(
            json.dumps(json.loads(p.read_text()))
            for p in sorted((EXAMPLES / "default").glob("*.json"))
        )
    )
    out = tmp_path / "out.jsonl"
    assert (
        run_qa("evaluate", str(source), "--ruleset", "default", "--out", str(out)).returncode == 0
    )
    assert len(lines(out)) == 10


BAD_RULESET = """id: bad
version: 1
sections:
  - id: s
    criteria:
      - id: c
        rule: {rule}
        params: {{phrases: [hello]{extra}}}
"""


@pytest.mark.parametrize(
    ("input_text", "ruleset_text", "message"),
    [
        (
            '{"id": "a", "channel": "voice", "turns": []}\n{"id": "b", "channel": ',
            None,
            "calls.jsonl:2: invalid JSON at column",
        ),
        (
            '{"id": "a", "channel": "voice", "turns": [{"speaker": "robot", "text": "4111"}]}',
            None,
            "calls.jsonl:1: turns[0].speaker: should be 'agent', 'customer', 'bot' or",
        ),
        (
            None,
            BAD_RULESET.format(rule="script.phrasing", extra=""),
            "r.yaml:7:15: sections[0].criteria[0].rule: unknown rule type 'script.phrasing'",
        ),
        (
            None,
            BAD_RULESET.format(rule="script.phrase", extra=", loudness: 3"),
            "r.yaml:8:36: sections[0].criteria[0].params.loudness: unknown key 'loudness'",
        ),
        (None, "id: bad\nversion: [1\n", "r.yaml:3:1: YAML error:"),
        (
            None,
            "id: bad\nversion: 1\nsections: []\nauthor: me\n",
            "r.yaml:3:11: sections: List should have at least 1 item",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run_qa, tmp_path, input_text, ruleset_text, message):
    source = tmp_path / "calls.jsonl"
    source.write_text(input_text or json.dumps(json.loads(D01.read_text())))
    ruleset = tmp_path / "r.yaml"
    ruleset.write_text(ruleset_text or (ROOT / "rulesets" / "default.yaml").read_text())
    if ruleset_text is None:
        ruleset = "default"
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n")
    result = run_qa("evaluate", str(source), "--ruleset", str(ruleset), "--out", str(out))
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("qa: error: ") and message in line, line
    assert "Traceback" not in result.stderr and "4111" not in result.stderr
    assert out.read_text() == "previous results\n"  # whole or not at all
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["evaluate", "missing.json", "--ruleset", "default", "--out", "o.jsonl"],
            "missing.json: no such file",
        ),
        (
            ["evaluate", str(D01), "--ruleset", "nope", "--out", "o.jsonl"],
            "--ruleset: no ruleset file or bundled ruleset named 'nope' (bundled: cobranza, "
            "collections, default, healthcare-member-services, payments)",
        ),
        (
            ["evaluate", str(D01), "--ruleset", "default", "--out", "o.jsonl", "--format", "doc"],
            "--format: unknown format 'doc' (available: auto, aws-transcribe, contact-lens, "
            "csv-chat, qa-json, vtt)",
        ),
        (
            ["evaluate", str(D01), "--ruleset", "default", "--out", "no/such/dir/o.jsonl"],
            "no/such/dir/o.jsonl: output folder does not exist",
        ),
        (["ruleset", "validate", "missing.yaml"], "missing.yaml: no such file"),
        (["evaluate", str(D01), "--ruleset", "default"], "Missing option '--out'"),
    ],
)
def test_usage_errors_exit_2(run_qa, args, message):
    result = run_qa(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_ruleset_commands(run_qa):
    listed = json.loads(run_qa("ruleset", "list", "--json").stdout)
    assert {r["id"] for r in listed} >= {
        "default",
        "collections",
        "healthcare-member-services",
        "payments",
    }
    valid = run_qa("ruleset", "validate", str(ROOT / "rulesets" / "payments.yaml"), "--json")
    assert valid.returncode == 0 and json.loads(valid.stdout)["id"] == "payments"
    tested = run_qa("ruleset", "test")
    assert tested.returncode == 0, tested.stdout
    assert tested.stdout.strip().endswith("43 passed, 0 failed")


def test_ruleset_test_exits_1_when_an_example_fails(run_qa, tmp_path):
    text = (ROOT / "rulesets" / "default.yaml").read_text()
    text = text.replace("../examples/", f"{ROOT}/examples/").replace(
        "expect: {no_abusive_language: not_met}", "expect: {no_abusive_language: met}"
    )
    path = tmp_path / "changed.yaml"
    path.write_text(text)
    result = run_qa("ruleset", "test", str(path), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["failed"] == 1
    [failed] = [e for e in report["examples"] if not e["ok"]]
    assert failed["interaction"] == "call-d05"
    assert failed["failures"] == ["no_abusive_language: expected met, got not_met"]


def test_a_plugin_can_ship_rulesets(run_qa, fake_plugins, tmp_path):
    shipped = tmp_path / "acme_rulesets"
    shipped.mkdir()
    (shipped / "acme.yaml").write_text(
        "id: acme-greeting\nversion: 1\nsections:\n  - id: s\n    criteria:\n"
        "      - id: hello\n        rule: script.phrase\n        params: {phrases: [hello]}\n"
        f"tests:\n  - interaction: {D01}\n    expect: {{hello: not_met}}\n"
    )
    fake_plugins(
        "qa-acme",
        {"acme": "acme_dirs"},
        {
            "acme_dirs": f"""
from pathlib import Path
from qa_core import hookimpl

@hookimpl
def register_ruleset_dirs():
    return [Path({str(shipped)!r})]
"""
        },
    )
    listed = {r["id"]: r for r in json.loads(run_qa("ruleset", "list", "--json").stdout)}
    assert listed["acme-greeting"]["provider"] == "acme"
    result = run_qa("ruleset", "test", "acme-greeting")
    assert result.returncode == 0 and "1 passed, 0 failed" in result.stdout
    (shipped / "dupe.yaml").write_text((ROOT / "rulesets" / "default.yaml").read_text())
    clash = run_qa("ruleset", "list")
    assert clash.returncode == 2
    assert "ruleset id 'default' is shipped by both qa_core and acme" in clash.stderr


def test_a_plugin_that_raises_fails_only_its_interaction(run_qa, fake_plugins, tmp_path):
    fake_plugins(
        "qa-fragile",
        {"fragile": "fragile_mod"},
        {
            "fragile_mod": """
from qa_core import Outcome, RuleType, hookimpl

class Fragile(RuleType):
    name = "fragile.check"
    def evaluate(self, ctx, params):
        if ctx.interaction.id == "bad":
            raise RuntimeError("secret text 4111 1111 1111 1111")
        return Outcome.met()

@hookimpl
def register_rule_types():
    return [Fragile()]
"""
        },
    )
    ruleset = tmp_path / "r.yaml"
    ruleset.write_text(
        "id: f\nversion: 1\nsections:\n  - id: s\n    criteria:\n"
        "      - id: c\n        rule: fragile.check\n"
    )
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            json.dumps({"id": i, "channel": "chat", "turns": []}) for i in ("ok-1", "bad", "ok-2")
        )
    )
    out = tmp_path / "out.jsonl"
    result = run_qa("evaluate", str(source), "--ruleset", str(ruleset), "--out", str(out))
    assert result.returncode == 1
    got = lines(out)
    assert [line["id"] for line in got] == ["ok-1", "bad", "ok-2"]
    assert got[1]["error"] == {"plugin": "fragile", "criterion": "c", "type": "RuntimeError"}
    assert got[2]["score"] == 100.0
    assert "4111" not in result.stderr + out.read_text()


def test_internal_errors_are_one_line_without_debug(run_qa, tmp_path):
    (tmp_path / "qa-home").mkdir()
    (tmp_path / "qa-home" / "config.toml").write_text("[plugins\n")
    result = run_qa("plugins", "list")
    assert result.returncode == 2
    assert "config.toml: invalid TOML" in result.stderr
    assert "Traceback" not in result.stderr
