"""Empathy in Spanish: the moves, the distress that calls for them, and the rules on a
Spanish or code-switched call (each turn read in its own language)."""

import pytest
from qa_empathy.markers import find_moves
from qa_empathy.sentiment import sounds_negative
from qa_empathy.text import plain

from qa_core.testing import build_interaction, evidence_texts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Entiendo perfectamente lo frustrante que debe ser.", ["acknowledge", "acknowledge"]),
        ("Qué pena, me imagino lo difícil que ha sido esta semana.", ["acknowledge"] * 2),
        ("Tiene toda la razón en estar molesto.", ["validate"]),
        ("Es completamente comprensible.", ["validate"]),
        ("Lo siento mucho por las molestias.", ["apologise"]),
        ("Le pido una disculpa, fue un error nuestro.", ["apologise", "apologise"]),
        ("No se preocupe, yo me encargo de que quede resuelto hoy.", ["reassure", "reassure"]),
        ("Si le entiendo bien, el reembolso nunca llegó.", ["reflect"]),
        # ASR: no accents, no punctuation
        ("lo siento mucho no se preocupe", ["apologise", "reassure"]),
        # negated, or taken back
        ("No entiendo por qué no pagó a tiempo.", []),
        ("Lo siento, pero no hay nada que hacer.", ["dismissive"]),
        # dismissive
        ("Cálmese, señora.", ["dismissive"]),
        ("Como ya le dije, no es mi problema.", ["dismissive", "dismissive"]),
        ("Lamento que usted lo vea así.", ["dismissive"]),
        # business talk
        ("Entiendo su número de cuenta es 1234, ¿correcto?", []),
        ("Su tarjeta nueva llega en cinco días.", []),
    ],
)
def test_spanish_moves(text, kinds):
    assert [m.kind for m in find_moves(text, "es")] == kinds


def test_spanish_evidence_points_at_the_accented_original():
    text = "Ay, lo siento muchísimo, de verdad."
    (move,) = find_moves(text, "es")
    assert text[move.start : move.end] == "lo siento muchísimo"


@pytest.mark.parametrize(
    ("customer", "negative"),
    [
        ("Ya es la tercera vez que llamo y nadie me ha ayudado.", True),
        ("perdi mi trabajo y no puedo pagar", True),
        ("Me cobraron dos veces, esto es un abuso.", True),
        ("Sí, soy yo, dígame.", False),
        ("Mi fecha de nacimiento es el tres de marzo.", False),
    ],
)
def test_spanish_customer_distress(customer, negative):
    assert sounds_negative(plain(customer).text, customer, -0.25, "es") is negative


SPANISH_CALL = [
    ("customer", "Perdí mi trabajo y no puedo pagar la cuenta este mes, estoy desesperada."),
    ("agent", "Lo siento mucho, señora. Me imagino lo difícil que es."),
]


def test_markers_on_a_spanish_call(qa_run_rule):
    interaction = build_interaction(*SPANISH_CALL, language="es")
    outcome = qa_run_rule("empathy.markers", {}, interaction)
    assert outcome.result == "met"
    assert evidence_texts(outcome, interaction) == ["Lo siento mucho", "Me imagino"]


def test_markers_on_an_undeclared_spanish_call_detect_its_language(qa_run_rule):
    interaction = build_interaction(*SPANISH_CALL)
    assert qa_run_rule("empathy.markers", {}, interaction).result == "met"


def test_a_cold_spanish_reply_is_not_met(qa_run_rule):
    interaction = build_interaction(
        SPANISH_CALL[0], ("agent", "Como ya le dije, el pago vence el viernes."), language="es"
    )
    assert qa_run_rule("empathy.markers", {}, interaction).result == "not_met"
    assert qa_run_rule("empathy.dismissive", {}, interaction).result == "not_met"


def test_a_code_switched_call_reads_each_turn_in_its_language(qa_run_rule):
    interaction = build_interaction(
        ("agent", "Thank you for calling, how can I help you today?"),
        SPANISH_CALL[0],
        ("agent", "I'm so sorry to hear that, no se preocupe, vamos a buscar una solución."),
        language="en",
    )
    assert qa_run_rule("empathy.markers", {}, interaction).result == "met"
