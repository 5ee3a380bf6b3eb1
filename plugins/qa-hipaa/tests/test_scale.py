"""A turn longer than one analysis chunk is analysed whole: nothing lost or doubled at
the chunk boundaries. (That time grows linearly with the turn is measured in
``benchmarks/long_turn.py``, not here.)"""

import pytest

from qa_core.testing import analyze, build_interaction

pytestmark = pytest.mark.slow  # the longest turn the model accepts

SIZE = 99_000  # the analyser reads a long turn in chunks of 20 kB: this is five

UNIT = (
    "my name is Daniel and my card is four one one one one one one one one one one one "
    "one one one one, call me at 555-234-5678 please. "
)


def test_a_turn_of_several_chunks_loses_and_doubles_nothing(qa_plugin_manager):
    pm = qa_plugin_manager("pci", "hipaa")
    text = UNIT * (SIZE // len(UNIT))
    found = analyze(pm, build_interaction(("customer", text)))
    repeats = len(text) // len(UNIT)
    assert len(text) > SIZE - len(UNIT)
    cards = [f for f in found if f.entity == "CREDIT_CARD"]
    assert len(cards) == repeats
    assert {text[f.start : f.end] for f in cards} == {
        "four one one one one one one one one one one one one one one one"
    }
    phones = [f for f in found if f.entity == "PHONE_NUMBER"]
    assert len(phones) == repeats
    assert {text[f.start : f.end] for f in phones} == {"555-234-5678"}
