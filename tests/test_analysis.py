"""The shared analysis pass: hooks, offsets, overlaps, times, chunking, styles."""

import re

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from qa_core import Finding, InteractionDetector, hookimpl
from qa_core.analysis.analyzer import MAX_CHUNK, InteractionAnalyzer
from qa_core.analysis.findings import resolve_overlaps, with_times
from qa_core.analysis.redaction import redact_text
from qa_core.errors import UserError
from qa_core.testing import build_interaction, plugin_manager_with


class TicketPlugin:
    """A third party's plugin: a recogniser for ticket ids and a cross-turn detector."""

    @hookimpl
    def register_recognizers(self):
        return [
            PatternRecognizer(
                "TICKET", name="ticket", patterns=[Pattern("ticket", r"\bT-\d{4}\b", 0.9)]
            )
        ]

    @hookimpl
    def register_interaction_detectors(self):
        return [CodeWordDetector()]


class CodeWordDetector(InteractionDetector):
    name = "code word after the agent asks for it"
    entities = ("CODE_WORD",)

    def detect(self, interaction, turns):
        for turn in turns[1:]:
            previous = interaction.turns[turn.index - 1].text
            if "code word" in previous and interaction.turns[turn.index].speaker == "customer":
                yield turn.finding("CODE_WORD", 0, len(turn.view.text), 0.8)


@pytest.fixture
def pm():
    return plugin_manager_with(plugins=[("tickets", TicketPlugin())])


def test_plugin_recognisers_and_detectors_share_one_pass(pm):
    interaction = build_interaction(
        "agent: what's the code word?", "customer: bluebird", "customer: my ticket is T-1234"
    )
    analyzer = InteractionAnalyzer(pm, {"TICKET", "CODE_WORD"})
    findings = analyzer.analyze(interaction)
    assert [(f.entity, f.turn, f.start, f.end, f.plugin) for f in findings] == [
        ("CODE_WORD", 1, 0, 8, "tickets"),
        ("TICKET", 2, 13, 19, "tickets"),
    ]
    assert {"TICKET", "CODE_WORD"} <= pm.known_entities


def test_only_requested_entities_are_reported(pm):
    analyzer = InteractionAnalyzer(pm, {"TICKET"})
    findings = analyzer.analyze(build_interaction("agent: code word?", "customer: bluebird"))
    assert findings == []


def test_no_plugin_means_no_findings_and_no_spacy():
    analyzer = InteractionAnalyzer(plugin_manager_with(), {"CREDIT_CARD"})
    assert not analyzer.active
    assert analyzer.analyze(build_interaction("customer: 4111 1111 1111 1111")) == []


def f(turn, start, end, entity="X", score=0.5, group=None):
    return Finding(turn, start, end, entity, score, "p", group)


@pytest.mark.parametrize(
    ("found", "resolved"),
    [
        ([f(0, 0, 5), f(0, 10, 12)], [(0, 0, 5, "X"), (0, 10, 12, "X")]),
        ([f(0, 0, 5, "A", 0.6), f(0, 3, 9, "B", 0.9)], [(0, 0, 9, "B")]),  # union, best
        (
            [f(0, 0, 5, "PERSON", 0.8), f(0, 0, 5, "CREDIT_CARD", 0.8)],
            [(0, 0, 5, "CREDIT_CARD")],
        ),  # a tie goes to the entity the presets list first
        (
            [f(0, 0, 5, "CREDIT_CARD", 0.4), f(0, 0, 5, "PERSON", 0.8)],
            [(0, 0, 5, "PERSON")],
        ),  # else the higher score
        ([f(0, 0, 5), f(1, 0, 5)], [(0, 0, 5, "X"), (1, 0, 5, "X")]),  # turns never merge
        ([f(0, 0, 4), f(0, 4, 8)], [(0, 0, 4, "X"), (0, 4, 8, "X")]),  # touching is not overlap
        ([f(0, 0, 10), f(0, 2, 3), f(0, 9, 14)], [(0, 0, 14, "X")]),  # chains merge
    ],
)
def test_overlaps_are_resolved_once(found, resolved):
    priority = ("CREDIT_CARD", "PERSON")
    merged = resolve_overlaps(found, priority)
    assert [(x.turn, x.start, x.end, x.entity) for x in merged] == resolved


def test_times_come_from_words_else_the_turn():
    interaction = build_interaction(
        {
            "speaker": "customer",
            "text": "it is four one",
            "start_s": 10.0,
            "end_s": 14.0,
            "words": [
                {"text": "it", "offset": 0, "start_s": 10.0, "end_s": 10.2},
                {"text": "is", "offset": 3, "start_s": 10.3, "end_s": 10.5},
                {"text": "four", "offset": 6, "start_s": 11.0, "end_s": 11.4},
                {"text": "one", "offset": 11, "start_s": 11.5, "end_s": 11.9},
            ],
        },
        {"speaker": "customer", "text": "five five", "start_s": 20.0, "end_s": 22.0},
        ("customer", "no times here"),
    )
    timed = with_times([f(0, 6, 14), f(1, 0, 4), f(2, 0, 2)], interaction)
    assert [(x.start_s, x.end_s) for x in timed] == [(11.0, 11.9), (20.0, 22.0), (None, None)]
    assert "start_s" not in timed[2].to_json()


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("tag", "call [PHONE_NUMBER] or [PERSON]"),
        ("mask", "call ***-**** or ***"),
    ],
)
def test_styles(style, expected):
    text = "call 555-1234 or Bob"
    found = [f(0, 5, 13, "PHONE_NUMBER"), f(0, 17, 20, "PERSON")]
    assert redact_text(text, found, style) == expected


def test_hash_is_keyed_and_equal_for_equal_values():
    text = "4111 1111 and four one one one one one one one"
    found = [f(0, 0, 9, "CREDIT_CARD"), f(0, 14, len(text), "CREDIT_CARD")]
    out = redact_text(text, found, "hash", b"secret")
    first, second = re.findall(r"\[CREDIT_CARD:([0-9a-f]{8})\]", out)
    assert first == second
    other = redact_text(text, found, "hash", b"another key")
    assert re.findall(r"\[CREDIT_CARD:([0-9a-f]{8})\]", other)[0] != first
    with pytest.raises(UserError, match="needs a key"):
        redact_text(text, found, "hash", None)


def test_a_turn_longer_than_a_chunk_is_analysed_whole(pm):
    filler = "word " * ((MAX_CHUNK * 2 + 1000) // 5)
    text = "T-1111 " + filler + "T-2222 " + filler + "T-3333"
    analyzer = InteractionAnalyzer(pm, {"TICKET"})
    findings = analyzer.analyze(build_interaction(("customer", text)))
    assert [text[x.start : x.end] for x in findings] == ["T-1111", "T-2222", "T-3333"]


def test_a_finding_across_a_chunk_boundary_is_found_once(pm):
    from qa_core.analysis.analyzer import _chunks

    text = "word " * (MAX_CHUNK // 5 - 2) + "T-4444 " + "word " * 100
    starts = [offset for offset, _ in _chunks(text)]
    assert len(starts) == 2
    findings = InteractionAnalyzer(pm, {"TICKET"}).analyze(build_interaction(("customer", text)))
    assert [text[x.start : x.end] for x in findings] == ["T-4444"]


def test_a_finding_inside_another_yields_the_label_to_the_whole():
    """A town inside an address, a word inside a web address: the part names nothing."""
    from qa_core.analysis.findings import Finding, resolve_overlaps

    whole = Finding(0, 10, 40, "ADDRESS", 0.8)
    part = Finding(0, 20, 31, "PERSON", 0.85)
    merged = resolve_overlaps([whole, part])
    assert [(f.entity, f.start, f.end) for f in merged] == [("ADDRESS", 10, 40)]
    # overlapping without one holding the other: the better score still names the union
    crossing = Finding(0, 35, 50, "PERSON", 0.85)
    assert [f.entity for f in resolve_overlaps([whole, crossing])] == ["PERSON"]


def test_presidio_is_given_the_recognisers_in_the_order_plugins_registered_them():
    """Presidio keeps the first of two equal results; it used to collect recognisers in a
    set ordered by object address, so which one survived changed from run to run."""
    pm = plugin_manager_with("pci")
    analyzer = InteractionAnalyzer(pm, pm.known_entities)
    registry = analyzer._analyzer_engine().registry
    asked = registry.get_recognizers(language="en", entities=["CREDIT_CARD", "CARD_CVV"])
    registered = [r for r in registry.recognizers if r in asked]
    assert asked == registered


def test_a_cue_in_the_sentence_before_introduces_nothing(qa_find):
    email = build_interaction(
        "customer: I'm writing to pay for my recent order.\n\n"
        "You asked for the PAN, it is 35289293-71795235.",
        channel="email",
    )
    assert ("CREDIT_CARD", 0, "35289293-71795235") in qa_find(email, ["CREDIT_CARD"], ("pci",))
