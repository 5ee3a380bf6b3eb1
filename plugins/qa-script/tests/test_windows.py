"""The within window as script rules apply it (contract section 4)."""

import pytest

from qa_core.testing import build_interaction

TIMED = build_interaction(
    ("agent", "hello there", 0.0, 2.0),
    ("customer", "hi", 2.5, 3.0),
    ("agent", "this call may be recorded", 35.0, 38.0),
    ("agent", "goodbye and thank you for calling", 100.0, 103.0),
)
UNTIMED = build_interaction(
    "agent: hello there",
    "customer: hi",
    "agent: this call may be recorded",
    "agent: goodbye and thank you for calling",
    channel="chat",
)


@pytest.mark.parametrize(
    ("interaction", "within", "result"),
    [
        (TIMED, {"seconds": 30}, "not_met"),
        (TIMED, {"seconds": 40}, "met"),
        (TIMED, {"seconds": 30, "turns": 3}, "not_met"),  # times present: seconds apply
        (UNTIMED, {"seconds": 30, "turns": 3}, "met"),  # no times: turns apply
        (UNTIMED, {"seconds": 30}, "met"),  # no usable bound: whole interaction
        (UNTIMED, {"turns": 2}, "not_met"),
        (UNTIMED, {"turns": 2, "from": "end"}, "met"),
        (TIMED, {"seconds": 60, "from": "end"}, "not_met"),
        (TIMED, {"seconds": 70, "from": "end"}, "met"),
        (TIMED, None, "met"),
    ],
)
def test_disclosure_window(qa_run_rule, interaction, within, result):
    params = {"phrases": ["this call may be recorded"]}
    if within is not None:
        params["within"] = within
    assert qa_run_rule("script.phrase", params, interaction).result == result


def test_closing_from_end(qa_run_rule):
    params = {"phrases": ["thank you for calling"], "within": {"turns": 1, "from": "end"}}
    assert qa_run_rule("script.phrase", params, UNTIMED).result == "met"
    params["within"] = {"turns": 1}
    assert qa_run_rule("script.phrase", params, UNTIMED).result == "not_met"
