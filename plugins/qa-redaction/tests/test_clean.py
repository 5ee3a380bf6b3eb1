"""redaction.clean: a speaker never says data of the given entities aloud."""

import pytest


@pytest.mark.parametrize(
    ("params", "turns", "result"),
    [
        ({}, ["agent: what's the card number?", "customer: 4111 1111 1111 1111"], "met"),
        ({}, ["customer: 4111 1111 1111 1111", "agent: 4111 1111 1111 1111?"], "not_met"),
        ({"speaker": "customer"}, ["customer: 4111 1111 1111 1111"], "not_met"),
        (
            {"entities": ["US_SSN"], "speaker": "customer"},
            ["customer: my social is 123-45-6789"],
            "not_met",
        ),
        ({"entities": ["US_SSN"], "speaker": "customer"}, ["customer: 4111 1111 1111 1111"], "met"),
    ],
)
def test_clean(qa_run_rule, params, turns, result):
    outcome = qa_run_rule("redaction.clean", params, turns, plugins=("pci", "hipaa"))
    assert outcome.result == result


def test_unknown_entity_is_a_ruleset_error(tmp_path, qa_plugin_manager):
    from qa_core.testing import RulesetError, load_ruleset

    path = tmp_path / "r.yaml"
    path.write_text(
        "id: r\nversion: 1\nsections:\n  - id: s\n    criteria:\n"
        "      - id: c\n        rule: redaction.clean\n"
        "        params: {entities: [CARD_PIN]}\n"
    )
    with pytest.raises(RulesetError, match="no installed plugin finds 'CARD_PIN'"):
        load_ruleset(path, qa_plugin_manager("redaction", "pci"))
