"""script.phrase: table-driven over what agents say and what ASR writes."""

import pytest

from qa_core import semantic_available
from qa_core.testing import build_interaction, evidence_texts

DISCLOSURE = ["this call may be recorded", "this call is being recorded"]


@pytest.mark.parametrize(
    ("text", "expected_span"),
    [
        ("Thanks for calling, this call may be recorded.", "this call may be recorded"),
        ("THIS CALL MAY BE RECORDED!", "THIS CALL MAY BE RECORDED"),
        ("this call, um, may be recorded", "this call, um, may be recorded"),
        ("uh this call is uh being recorded for training", "this call is uh being recorded"),
        # what speech recognisers write
        ("this call maybe recorded", "this call maybe recorded"),
        ("this call is be in recorded", "this call is be in recorded"),
        ("this col may be recorded", "this col may be recorded"),
        ("this call may be record it", "this call may be record"),
        ("hi there this call is bean recorded okay", "this call is bean recorded"),
    ],
)
def test_disclosure_variants_match(qa_run_rule, text, expected_span):
    interaction = build_interaction(("agent", text))
    outcome = qa_run_rule("script.phrase", {"phrases": DISCLOSURE}, interaction)
    assert outcome.result == "met"
    assert evidence_texts(outcome, interaction) == [expected_span]


@pytest.mark.parametrize(
    "text",
    [
        "this call may not be recorded",
        "this call is never recorded",
        "we don't record calls",
        "this call",
        "recorded",
        "the weather may be nice today",
        "this car may be repaired",
        "these calls are all about billing",
    ],
)
def test_near_misses_do_not_match(qa_run_rule, text):
    outcome = qa_run_rule("script.phrase", {"phrases": DISCLOSURE}, ("agent", text))
    assert outcome.result == "not_met"
    assert outcome.evidence == ()


def test_short_turn_cannot_match_a_long_phrase_by_being_part_of_it(qa_run_rule):
    outcome = qa_run_rule(
        "script.phrase", {"phrases": ["thank you for calling contoso"]}, "agent: thanks"
    )
    assert outcome.result == "not_met"


def test_speaker_filter(qa_run_rule):
    turns = ["customer: is this call being recorded", "agent: yes it is"]
    assert qa_run_rule("script.phrase", {"phrases": DISCLOSURE}, turns).result == "not_met"
    params = {"phrases": ["is this call being recorded"], "speaker": "customer"}
    assert qa_run_rule("script.phrase", params, turns).result == "met"


def test_exact_mode_needs_whole_words(qa_run_rule):
    params = {"phrases": ["this call may be recorded"], "match": {"mode": "exact"}}
    assert qa_run_rule("script.phrase", params, "agent: This call may be recorded.").result == "met"
    outcome = qa_run_rule("script.phrase", params, "agent: this call maybe recorded")
    assert outcome.result == "not_met"
    params = {"phrases": ["speaking"], "match": {"mode": "exact"}}
    assert qa_run_rule("script.phrase", params, "agent: I'm outspeaking you").result == "not_met"


@pytest.mark.parametrize(("threshold", "result"), [(0.95, "not_met"), (0.75, "met")])
def test_threshold_decides(qa_run_rule, threshold, result):
    params = {
        "phrases": ["this call may be recorded"],
        "match": {"mode": "fuzzy", "threshold": threshold},
    }
    outcome = qa_run_rule("script.phrase", params, "agent: this col maybe record it")
    assert outcome.result == result


def test_several_phrases_and_evidence_in_every_matching_turn(qa_run_rule):
    interaction = build_interaction(
        "agent: Thanks for calling!", "customer: hi", "agent: thank you for calling again"
    )
    outcome = qa_run_rule(
        "script.phrase", {"phrases": ["thanks for calling", "thank you for calling"]}, interaction
    )
    assert outcome.result == "met"
    assert [e.turn for e in outcome.evidence] == [0, 2]
    assert evidence_texts(outcome, interaction) == ["Thanks for calling", "thank you for calling"]


def test_offsets_point_into_original_text_with_apostrophes_and_unicode(qa_run_rule):
    interaction = build_interaction(("agent", "Héllo — you’re speaking with Zoë, how can I help?"))
    outcome = qa_run_rule("script.phrase", {"phrases": ["you're speaking with"]}, interaction)
    assert evidence_texts(outcome, interaction) == ["you’re speaking with"]


needs_semantic = pytest.mark.skipif(
    not semantic_available(), reason="the semantic extra is not installed (make install has it)"
)


@needs_semantic
@pytest.mark.parametrize(
    ("agent", "result"),
    [
        # the same meaning in other words: met; the words without the meaning: not
        ("Just so you know, we record these calls to train our staff.", "met"),
        ("this call may be recorded for quality and training purposes", "met"),
        ("I'd like to record a new address for your account.", "not_met"),
        ("The weather is lovely today.", "not_met"),
    ],
)
def test_semantic_mode_matches_meaning(qa_run_rule, agent, result):
    params = {
        "phrases": ["this call may be recorded for quality and training purposes"],
        "match": {"mode": "semantic", "threshold": 0.6},
    }
    interaction = build_interaction(("agent", "Hello, thanks for calling."), ("agent", agent))
    assert qa_run_rule("script.phrase", params, interaction).result == result


@needs_semantic
def test_semantic_evidence_is_the_sentence_not_the_turn(qa_run_rule):
    turn = "Thanks for calling. Calls are recorded for training. How can I help?"
    interaction = build_interaction(("agent", turn))
    params = {
        "phrases": ["this call is being recorded"],
        "match": {"mode": "semantic", "threshold": 0.5},
    }
    outcome = qa_run_rule("script.phrase", params, interaction)
    assert evidence_texts(outcome, interaction) == ["Calls are recorded for training."]
    assert 0.5 <= outcome.evidence[0].score <= 1


@pytest.mark.parametrize(
    "params",
    [
        {"phrases": []},
        {"phrases": ["..."]},
        {"phrases": ["hi"], "speaker": "robot"},
        {"phrases": ["hi"], "match": {"threshold": 1.5}},
        {"phrases": ["hi"], "within": {}},
        {"phrases": ["hi"], "within": {"seconds": -3}},
        {"phrases": ["hi"], "colour": "blue"},
    ],
)
def test_bad_params_are_rejected(qa_run_rule, params):
    with pytest.raises(ValueError):
        qa_run_rule("script.phrase", params, "agent: hi")
