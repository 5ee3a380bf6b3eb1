"""pci.no_readback: the agent never says a full card number back."""

import pytest


@pytest.mark.parametrize(
    ("turns", "result"),
    [
        (["customer: 4111 1111 1111 1111", "agent: thank you"], "met"),
        (["customer: 4111 1111 1111 1111", "agent: the card ending in one one one one"], "met"),
        (
            ["customer: 4111 1111 1111 1111", "agent: that's 4111 1111 1111 1111, correct?"],
            "not_met",
        ),
        (
            [
                "agent: card number?",
                "customer: 4111 1111 1111 1111",
                "agent: four one one one",
                "customer: yes",
                "agent: one one one one one one one one one one one one",
            ],
            "not_met",
        ),
    ],
)
def test_no_readback(qa_run_rule, turns, result):
    assert qa_run_rule("pci.no_readback", {}, turns, plugin="pci").result == result
