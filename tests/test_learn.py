"""``qa learn`` and ``qa learn export``: people's verdicts in, a model a ruleset names out.

Real embeddings, a real fit, a real store: the examples are the repo's own sentences
(empathic moves and business talk an agent says), 24 of each verdict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_core import semantic_available
from qa_core.learning.model import LearnedModel

needs_semantic = pytest.mark.skipif(
    not semantic_available(), reason="the semantic extra is not installed (make install has it)"
)

CARING = [
    "That sounds exhausting, being passed from desk to desk.",
    "No wonder you're upset after three weeks of this.",
    "I'd be worried too if my account looked like that.",
    "What a rotten week you've had with all this.",
    "I'm so sorry you've had to chase us about it.",
    "That must have been such a shock when the bill came.",
    "Anyone would be frustrated after waiting that long.",
    "I really feel for you, losing a day's work to this.",
]
BUSINESS = [
    "Can you confirm the postcode on the account?",
    "The refund takes five to seven business days.",
    "Your plan renews on the first of each month.",
    "Let me pull up the order on my screen.",
    "Please restart the router and wait two minutes.",
    "The form is on page two of the letter.",
    "I have updated the mailing address.",
    "Is there anything else I can help with today?",
]
TOPICS = [
    "I'll move the payment date for you.",
    "I've opened a ticket with the engineers.",
    "The credit will show on your next statement.",
]


def example(n: int, caring: bool) -> dict:
    first = (CARING if caring else BUSINESS)[n % 8]
    text = f"{first} {TOPICS[n % 3]}"
    turns = [
        {"speaker": "customer", "text": "This is the third time I've called about it."},
        {"speaker": "agent", "text": text},
    ]
    return {
        "interaction": {"id": f"ex-{caring}-{n}", "channel": "voice", "turns": turns},
        "met": caring,
    }


def write_examples(path: Path, met: int = 24, not_met: int = 24) -> Path:
    lines = [example(n, True) for n in range(met)] + [example(n, False) for n in range(not_met)]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


RULESET = """\
id: learned-care
version: 1
sections:
  - id: care
    criteria:
      - id: empathy
        rule: empathy.markers
        params: {{when: always, model: {model}}}
"""


@needs_semantic
def test_learn_writes_a_model_a_ruleset_uses(run_qa, tmp_path):
    examples = write_examples(tmp_path / "examples.jsonl")
    done = run_qa("learn", "empathy.markers", str(examples), "--out", "care.model", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["n"] == 48 and figures["classes"] == {"met": 24, "not_met": 24}
    assert set(figures["cv"]) == {"f1", "precision", "recall"}
    assert figures["cv"]["f1"] >= 0.8  # the two verdicts are far apart in meaning
    data = (tmp_path / "care.model").read_bytes()
    model = LearnedModel.from_bytes(data)
    assert model.sha256 == figures["sha256"] and model.rule_type == "empathy.markers"
    # the same examples give the same file, byte for byte
    again = run_qa("learn", "empathy.markers", str(examples), "--out", "again.model")
    assert again.returncode == 0 and (tmp_path / "again.model").read_bytes() == data
    assert again.stdout.strip() == figures["sha256"]

    (tmp_path / "r.yaml").write_text(RULESET.format(model="care.model"), encoding="utf-8")
    calls = tmp_path / "calls.jsonl"
    warm = "Honestly, what a miserable morning you've had. I'll get the engineer out today."
    cold = "Please hold while I check the system. The engineer slot is Tuesday."
    complaint = {"speaker": "customer", "text": "My internet has been down all week."}
    lines = [
        {"id": i, "channel": "voice", "turns": [complaint, {"speaker": "agent", "text": text}]}
        for i, text in (("warm", warm), ("cold", cold))
    ]
    calls.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    done = run_qa("evaluate", str(calls), "--ruleset", "r.yaml", "--out", "out.jsonl")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    verdicts = {x["id"]: x["criteria"][0] for x in lines}
    assert verdicts["warm"]["result"] == "met" and verdicts["cold"]["result"] == "not_met"
    for criterion in verdicts.values():
        assert 0.5 <= criterion["confidence"] <= 1
    # the sentence that carried the verdict is the one the model rates highest alone
    best = max(verdicts["warm"]["evidence"], key=lambda e: e["score"])
    assert warm[best["start"] : best["end"]].startswith("Honestly, what a miserable")
    assert verdicts["cold"]["evidence"] == []


@needs_semantic
def test_a_retrained_model_changes_the_rulesets_identity(run_qa, tmp_path):
    from qa_core.plugins import make_plugin_manager
    from qa_core.ruleset.loader import load_ruleset

    run_qa("learn", "empathy.markers", str(write_examples(tmp_path / "a.jsonl")), "--out", "m")
    (tmp_path / "r.yaml").write_text(RULESET.format(model="m"), encoding="utf-8")
    pm = make_plugin_manager()
    first = load_ruleset(tmp_path / "r.yaml", pm).sha256
    examples = write_examples(tmp_path / "b.jsonl", met=30)
    assert run_qa("learn", "empathy.markers", str(examples), "--out", "m").returncode == 0
    assert load_ruleset(tmp_path / "r.yaml", pm).sha256 != first
    # a model learned for another rule type, or damaged, is refused where it is named
    body = json.loads((tmp_path / "m").read_text())
    (tmp_path / "m").write_text(json.dumps({**body, "rule_type": "script.phrase"}))
    done = run_qa("ruleset", "validate", "r.yaml")
    assert done.returncode == 2
    assert "r.yaml:8" in done.stderr and "learned for 'script.phrase'" in done.stderr
    (tmp_path / "m").write_text("{}")
    done = run_qa("ruleset", "validate", "r.yaml")
    assert done.returncode == 2 and "not a model file written by `qa learn`" in done.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", ":2: invalid JSON"),
        ('{"interaction": {"id": "a", "channel": "voice", "turns": []}}', ":2: met: must be"),
        ('{"met": true}', ":2: interaction: field required"),
        (
            '{"interaction": {"id": "a", "channel": "fax", "turns": []}, "met": true}',
            ":2: interaction",
        ),
        ('{"interaction": {}, "met": true, "why": 1}', ":2: why: unknown field"),
    ],
)
def test_a_bad_example_line_is_one_error_naming_it(run_qa, tmp_path, line, message):
    good = json.dumps(example(0, True))
    (tmp_path / "x.jsonl").write_text(f"{good}\n{line}\n", encoding="utf-8")
    done = run_qa("learn", "empathy.markers", "x.jsonl", "--out", "m")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "m").exists()


def test_too_few_of_a_verdict_or_a_rule_that_cannot_learn(run_qa, tmp_path):
    write_examples(tmp_path / "x.jsonl", met=19)
    done = run_qa("learn", "empathy.markers", "x.jsonl", "--out", "m")
    assert done.returncode == 2 and "met has 19" in done.stderr
    done = run_qa("learn", "script.phrase", "x.jsonl", "--out", "m")
    assert done.returncode == 2 and "'script.phrase' cannot learn" in done.stderr
    assert "empathy.markers" in done.stderr  # says which can
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff", "not JSON"),
        (b'{"format": "other"}', "not a model file"),
        (b'{"format": "qa-learned-model", "format_version": 9}', "retrain"),
        (b'{"format": "qa-learned-model", "format_version": 1, "coef": "x"}', "damaged"),
    ],
)
def test_a_damaged_model_file_says_so(data, message):
    with pytest.raises(ValueError, match=message):
        LearnedModel.from_bytes(data)


def test_export_writes_peoples_majority_verdicts_redacted(run_qa, tmp_path):
    """Ratings from a calibration session and an override, from the store, as examples:
    one line per interaction people agree on, ties left out, card numbers redacted."""
    card = "4111 1111 1111 1111"
    calls = [
        {"id": f"c{n}", "channel": "voice", "turns": [
            {"speaker": "customer", "text": f"My card is {card} and it was charged twice."},
            {"speaker": "agent", "text": "I'm so sorry, let me fix that."}]}
        for n in range(3)
    ]  # fmt: skip
    (tmp_path / "calls.jsonl").write_text("".join(json.dumps(c) + "\n" for c in calls))
    ratings = tmp_path / "ratings.csv"
    ratings.write_text(
        "item_id,rater_id,criterion_id,value\n"
        "c0,ann,empathy,met\nc0,bob,empathy,met\n"  # agreed: met
        "c1,ann,empathy,met\nc1,bob,empathy,not_met\n"  # a tie: left out
        "c2,ann,empathy,0\n"  # one person: not met
        "nowhere,ann,empathy,met\n"  # not in the store
        "c0,ann,greeting,not_met\n"  # another criterion
    )
    assert run_qa("init").returncode == 0
    assert run_qa("ingest", "calls.jsonl").returncode == 0
    assert run_qa("calibrate", "import", str(ratings), "--session", "s1").returncode == 0
    done = run_qa("learn", "export", "--criterion", "empathy", "--out", "ex.jsonl", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "written": 2, "met": 1, "not_met": 1, "ties": 1, "verdicts": 5
    }  # fmt: skip
    out = tmp_path / "ex.jsonl"
    assert out.stat().st_mode & 0o777 == 0o600
    text = out.read_text()
    assert card not in text and "[CREDIT_CARD]" in text
    lines = [json.loads(x) for x in text.splitlines()]
    assert [(x["interaction"]["id"], x["met"]) for x in lines] == [("c0", True), ("c2", False)]
    # the original text needs a reason, which the audit trail keeps
    done = run_qa("learn", "export", "--criterion", "empathy", "--out", "o.jsonl", "--unredacted")
    assert done.returncode == 2 and "--reason" in done.stderr
    done = run_qa(
        "learn", "export", "--criterion", "empathy", "--out", "o.jsonl",
        "--unredacted", "--reason", "training the care model",
    )  # fmt: skip
    assert done.returncode == 0 and card in (tmp_path / "o.jsonl").read_text()
    assert run_qa("audit", "verify").returncode == 0
