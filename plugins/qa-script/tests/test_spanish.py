"""script rules on Spanish text, for a ruleset that says ``language: es``."""

import pytest

from qa_core import semantic_available
from qa_core.testing import build_interaction, evidence_texts

DISCLOSURE = ["esta llamada puede ser grabada", "esta llamada está siendo grabada"]
MINI_MIRANDA = [
    "este es un intento de cobrar una deuda y cualquier información obtenida será "
    "utilizada para ese fin"
]


@pytest.mark.parametrize(
    ("text", "expected_span"),
    [
        ("Gracias por llamar, esta llamada puede ser grabada.", "esta llamada puede ser grabada"),
        # ASR drops accents and question marks; hesitations in between
        ("esta llamada esta siendo grabada", "esta llamada esta siendo grabada"),
        ("esta llamada, eh, puede ser grabada", "esta llamada, eh, puede ser grabada"),
        ("ESTA LLAMADA ESTÁ SIENDO GRABADA", "ESTA LLAMADA ESTÁ SIENDO GRABADA"),
        ("esta yamada puede ser grabada", "esta yamada puede ser grabada"),
        # "o sea", "pues", "bueno" said inside the phrase
        ("esta llamada, o sea, puede ser grabada", "esta llamada, o sea, puede ser grabada"),
        (
            "esta llamada pues está siendo bueno grabada",
            "esta llamada pues está siendo bueno grabada",
        ),
    ],
)
def test_spanish_disclosure_matches(qa_run_rule, text, expected_span):
    interaction = build_interaction(("agent", text))
    outcome = qa_run_rule("script.phrase", {"phrases": DISCLOSURE}, interaction, languages=("es",))
    assert outcome.result == "met"
    assert evidence_texts(outcome, interaction) == [expected_span]


@pytest.mark.parametrize(
    "text",
    [
        "esta llamada no puede ser grabada",
        "esta llamada nunca es grabada",
        "esta llamada",
        "grabada",
    ],
)
def test_spanish_negations_and_fragments_do_not_match(qa_run_rule, text):
    outcome = qa_run_rule(
        "script.phrase",
        {"phrases": DISCLOSURE},
        build_interaction(("agent", text)),
        languages=("es",),
    )
    assert outcome.result == "not_met"


def test_mini_miranda_said_without_accents_and_with_a_hesitation(qa_run_rule):
    said = (
        "Le informo que, eh, este es un intento de cobrar una deuda y cualquier informacion "
        "obtenida sera utilizada para ese fin."
    )
    outcome = qa_run_rule(
        "script.phrase",
        {"phrases": MINI_MIRANDA},
        build_interaction(("agent", said)),
        languages=("es",),
    )
    assert outcome.result == "met"


def test_spanish_hesitation_is_ignored_only_in_a_spanish_ruleset(qa_run_rule):
    """'este' is a hesitation in Spanish; an English ruleset keeps it as a word, so
    exact matching across it works in one and not the other."""
    interaction = build_interaction(("agent", "esta llamada este puede ser grabada"))
    params = {"phrases": ["esta llamada puede ser grabada"], "match": {"mode": "exact"}}
    assert qa_run_rule("script.phrase", params, interaction, languages=("es",)).result == "met"
    assert qa_run_rule("script.phrase", params, interaction).result == "not_met"


def test_a_word_said_inside_a_phrase_is_matched_over(qa_run_rule):
    """A word the table does not know as a hesitation, said inside the phrase, pushes its
    end out; the match still covers the whole phrase."""
    interaction = build_interaction(("agent", "le aviso que esta llamada se, ahm, graba"))
    params = {"phrases": ["esta llamada se graba"]}
    outcome = qa_run_rule("script.phrase", params, interaction, languages=("es",))
    assert evidence_texts(outcome, interaction) == ["esta llamada se, ahm, graba"]


def test_forbidden_threat_and_its_denial(qa_run_rule):
    params = {"phrases": ["lo vamos a meter a la cárcel", "vamos a embargar su sueldo"]}
    threat = build_interaction(("agent", "Si no paga hoy lo vamos a meter a la carcel."))
    denial = build_interaction(("agent", "No, nadie lo va a meter a la cárcel, señor."))
    assert qa_run_rule("script.forbidden", params, threat, languages=("es",)).result == "not_met"
    assert qa_run_rule("script.forbidden", params, denial, languages=("es",)).result == "met"


@pytest.mark.skipif(
    not semantic_available(), reason="the semantic extra is not installed (make install has it)"
)
def test_semantic_matching_refuses_a_spanish_ruleset(qa_run_rule):
    """The bundled sentence model is English-only: a Spanish ruleset asking for it is
    told so when it loads, instead of matching badly."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="English-only sentence model"):
        qa_run_rule(
            "script.phrase",
            {"phrases": DISCLOSURE, "match": {"mode": "semantic"}},
            build_interaction(("agent", "hola")),
            languages=("es",),
        )
