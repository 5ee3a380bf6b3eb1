"""A 1 MB turn is analysed whole, in time linear in its length (no quadratic pattern)."""

import time

from qa_core.testing import analyze, build_interaction

UNIT = (
    "my name is Daniel and my card is four one one one one one one one one one one one "
    "one one one one, call me at 555-234-5678 please. "
)


def timed(pm, size):
    text = UNIT * (size // len(UNIT))
    start = time.perf_counter()
    found = analyze(pm, build_interaction(("customer", text)))
    return time.perf_counter() - start, found, text


def test_a_one_megabyte_turn_is_linear(qa_plugin_manager):
    pm = qa_plugin_manager("pci", "hipaa")
    analyze(pm, build_interaction(("customer", UNIT)))  # load models first
    small, small_found, _ = timed(pm, 250_000)
    big, big_found, text = timed(pm, 1_000_000)
    repeats = len(text) // len(UNIT)
    assert len(text) > 990_000
    cards = [f for f in big_found if f.entity == "CREDIT_CARD"]
    assert len(cards) == repeats  # nothing lost at chunk boundaries, nothing doubled
    assert {text[f.start : f.end] for f in cards} == {
        "four one one one one one one one one one one one one one one one"
    }
    assert abs(len(big_found) / len(small_found) - 4) < 0.05
    assert big / small < 6, f"250 kB took {small:.1f} s, 1 MB took {big:.1f} s"
