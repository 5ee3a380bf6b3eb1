"""qa_core.semantic: sentences, embeddings once per interaction, only where asked."""

import pytest

from qa_core import RuleContext, semantic
from qa_core.testing import build_interaction

needs_semantic = pytest.mark.skipif(
    not semantic.semantic_available(), reason="the semantic extra is not installed"
)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Hello. Thanks for calling!", ["Hello.", "Thanks for calling!"]),
        ("  one\ntwo?  ", ["one", "two?"]),
        # ASR: no punctuation, cut into runs of at most 16 words
        (
            " ".join(f"w{k}" for k in range(20)),
            [" ".join(f"w{k}" for k in range(16)), "w16 w17 w18 w19"],
        ),
        ("", []),
    ],
)
def test_sentences(text, pieces):
    assert [text[s:e] for s, e in semantic.sentences(text)] == pieces


@needs_semantic
def test_only_selected_turns_are_embedded_once_per_interaction():
    interaction = build_interaction(
        ("agent", "Hello. Thanks for calling."), ("customer", "Hi. My card."), ("agent", "Sure.")
    )
    ctx = RuleContext(interaction, {})
    first = semantic.turn_sentences(ctx, [0, 2])
    again = semantic.turn_sentences(ctx, [0, 2])
    assert set(first) == {0, 2} and first[0][0] == [(0, 6), (7, 26)]
    assert first[0][1] is again[0][1]  # cached in the interaction's memo, not re-embedded
    assert not ctx.memo_has(("semantic.turn", 1))  # the customer's turn was never embedded
    (evidence,) = semantic.semantic_evidence(ctx, [0], ["thank you for calling"], 0.5)
    assert interaction.turns[0].text[evidence.start : evidence.end] == "Thanks for calling."


@needs_semantic
def test_a_sentence_nearer_to_what_a_target_is_not_does_not_count():
    interaction = build_interaction(("agent", "Have you thought about changing your tariff?"))
    ctx = RuleContext(interaction, {})
    targets = ["I'm sorry your bill went up so much."]
    near = semantic.semantic_evidence(ctx, [0], targets, 0.1)
    assert near and near[0].score < 0.9  # related in topic, so close enough on its own
    unlike = ["Would you like to switch to a cheaper plan?"]
    assert semantic.semantic_evidence(ctx, [0], targets, 0.1, against=unlike) == []
