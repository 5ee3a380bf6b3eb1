"""``qa redact`` through the real console script (contract section 2)."""

import json

import pytest

CALL = {
    "id": "pay-1",
    "channel": "voice",
    "turns": [
        {
            "speaker": "agent",
            "text": "Thanks for calling, I'm Kim. Can I have the card number?",
            "start_s": 0.0,
            "end_s": 3.0,
        },
        {
            "speaker": "customer",
            "text": "four one one one one one one one",
            "start_s": 3.5,
            "end_s": 7.0,
            "words": [
                {"text": "four", "offset": 0, "start_s": 3.9, "end_s": 4.2},
                *(
                    {
                        "text": "one",
                        "offset": 5 + 4 * i,
                        "start_s": 4.3 + i * 0.3,
                        "end_s": 4.5 + i * 0.3,
                    }
                    for i in range(7)
                ),
            ],
        },
        {"speaker": "agent", "text": "okay", "start_s": 7.2, "end_s": 7.5},
        {
            "speaker": "customer",
            "text": "one one one one one one one one",
            "start_s": 8.0,
            "end_s": 11.0,
        },
        {"speaker": "customer", "text": "you can call me at 555-234-5678, I paid 212 dollars"},
    ],
}
SECRET_WORDS = ("4111", "five five five", "234-5678")


@pytest.fixture
def call_file(tmp_path):
    path = tmp_path / "call.jsonl"
    path.write_text(json.dumps(CALL) + "\n")
    return path


def redact(run_qa, source, tmp_path, *args, env=None):
    out = tmp_path / "out.jsonl"
    result = run_qa("redact", str(source), "--out", str(out), *args, env=env)
    lines = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
    return result, lines


def test_redact_shape_groups_and_times(run_qa, call_file, tmp_path):
    result, [line] = redact(run_qa, call_file, tmp_path)
    assert result.returncode == 0, result.stderr
    assert list(line) == ["id", "findings", "turns", "language"]
    assert line["language"] == {"declared": "en", "detected": "en", "supported": True}
    cards = [f for f in line["findings"] if f["entity"] == "CREDIT_CARD"]
    assert [(f["turn"], f["start"], f["end"]) for f in cards] == [(1, 0, 32), (3, 0, 31)]
    assert cards[0]["group"] == cards[1]["group"]
    assert (cards[0]["start_s"], cards[0]["end_s"]) == (3.9, 6.3)  # the words' times
    assert (cards[1]["start_s"], cards[1]["end_s"]) == (8.0, 11.0)  # no words: the turn's
    assert [t["text"] for t in line["turns"]][1:4] == ["[CREDIT_CARD]", "okay", "[CREDIT_CARD]"]
    assert all("words" not in t for t in line["turns"])
    assert line["turns"][0]["start_s"] == 0.0 and "start_s" not in line["turns"][4]
    entities = {f["entity"] for f in line["findings"]}
    assert {"PERSON", "PHONE_NUMBER"} <= entities  # default policy: pci and hipaa
    assert "212 dollars" in line["turns"][4]["text"]
    assert not any(word in result.stderr for word in SECRET_WORDS)


def test_pci_only_leaves_phone_numbers(run_qa, call_file, tmp_path):
    ruleset = tmp_path / "pci.yaml"
    ruleset.write_text(
        "id: pci-only\nversion: 1\nredaction: {presets: [pci]}\nsections:\n"
        "  - id: s\n    criteria:\n      - id: c\n        rule: script.phrase\n"
        "        params: {phrases: [hello]}\n"
    )
    result, [line] = redact(run_qa, call_file, tmp_path, "--ruleset", str(ruleset))
    assert result.returncode == 0, result.stderr
    assert {f["entity"] for f in line["findings"]} == {"CREDIT_CARD"}
    assert "555-234-5678" in line["turns"][4]["text"]


@pytest.mark.parametrize(
    ("style", "pattern"),
    [("mask", "**** *** *** ***"), ("tag", "[CREDIT_CARD]")],
)
def test_styles(run_qa, call_file, tmp_path, style, pattern):
    _, [line] = redact(run_qa, call_file, tmp_path, "--style", style)
    assert line["turns"][1]["text"].startswith(pattern)


def test_hash_needs_a_key_and_is_stable(run_qa, call_file, tmp_path):
    result, _ = redact(run_qa, call_file, tmp_path, "--style", "hash")
    assert result.returncode == 2
    assert "style 'hash' needs a key: set QA_REDACT_KEY" in result.stderr
    env = {"QA_REDACT_KEY": "a secret for tests"}
    _, [first] = redact(run_qa, call_file, tmp_path, "--style", "hash", env=env)
    _, [again] = redact(run_qa, call_file, tmp_path, "--style", "hash", env=env)
    assert first["turns"][1]["text"].startswith("[CREDIT_CARD:")
    assert first == again
    assert "a secret for tests" not in json.dumps(first)


def test_an_uncovered_language_is_flagged_not_clean(run_qa, tmp_path):
    source = tmp_path / "es.jsonl"
    source.write_text(
        json.dumps(
            {
                "id": "fr-1",
                "channel": "chat",
                "language": "en",
                "turns": [
                    {
                        "speaker": "customer",
                        "text": "Bonjour, je voudrais payer ma facture avec ma carte de "
                        "crédit, s'il vous plaît. Je m'appelle Lucie.",
                    }
                ],
            }
        )
        + "\n"
    )
    result, [line] = redact(run_qa, source, tmp_path)
    assert line["language"] == {"declared": "en", "detected": "fr", "supported": False}
    assert "1 interactions are in a language" in result.stderr


def test_a_spanish_call_declared_english_is_read_in_spanish(run_qa, tmp_path):
    """The bundled plugins read Spanish: a call in Spanish is routed to the Spanish
    recognisers whatever it declares, and says so only because they ran."""
    source = tmp_path / "es.jsonl"
    call = {
        "id": "es-1",
        "channel": "voice",
        "language": "en",
        "turns": [
            {"speaker": "agent", "text": "¿Me da el número de su tarjeta, por favor?"},
            {
                "speaker": "customer",
                "text": "sí, es cuatro uno uno uno, eh, uno uno uno uno, este, uno uno uno "
                "uno, uno uno uno uno, y vence en agosto del veintisiete",
            },
        ],
    }
    source.write_text(json.dumps(call) + "\n")
    result, [line] = redact(run_qa, source, tmp_path)
    assert result.returncode == 0, result.stderr
    assert line["language"] == {"declared": "en", "detected": "es", "supported": True}
    assert [f["entity"] for f in line["findings"]] == ["CREDIT_CARD", "CARD_EXPIRY"]
    assert "uno" not in line["turns"][1]["text"] and "agosto" not in line["turns"][1]["text"]


def test_non_utf8_input_is_exit_2(run_qa, tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_bytes(
        b'{"id": "x", "channel": "chat", "turns": [{"speaker": "agent", "text": "caf\xe9"}]}\n'
    )
    result, _ = redact(run_qa, source, tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"qa: error: {source}:1: not UTF-8 text"


def test_errors_never_show_finding_text(run_qa, tmp_path):
    source = tmp_path / "calls.jsonl"
    source.write_text(json.dumps(CALL) + "\n" + json.dumps({**CALL, "channel": "fax"}) + "\n")
    result, lines = redact(run_qa, source, tmp_path)
    assert result.returncode == 2 and lines == []
    assert not any(word in result.stderr for word in SECRET_WORDS)
