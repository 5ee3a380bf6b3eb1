"""Surface forms and phrasings of the Spanish DEV6 split (a sixth development split).

Written by a sixth hand, from the outside only (the README's conventions, compose.py, verify.py,
the contract and forms_dev5.py as the model of the format; never the recognisers, never the
held-out split). Its emphasis, the ways Spanish-speaking callers in the US, Mexico and Spain
really say these values:

- US_SSN said as NUMBERS and in mixed ways: whole groups ("cuatrocientos doce, treinta y ocho,
  cinco mil seiscientos setenta"), digits with "guion" / "raya" spoken between the groups, a
  run of pairs, digits then thousands, in English by a code-switching caller, the last four said
  as such, typed with any separator; given across turns, read back, from the record, corrected;
- ADDRESS: a ZIP / código postal ALONE in many contexts (volunteered while talking about
  something else, "vivo en el ...", answering "¿de dónde nos llama?", a delivery or coverage
  question, read back from the file, in pieces, corrected), full US addresses said in Spanish
  ("depa", "unidad", "apartamento"), Mexican ones (número exterior / interior, colonia,
  alcaldía / municipio, C.P.), Spanish ones (número, piso, puerta, código postal), typed on one
  line, and an address taken down piece by piece across turns;
- CARD_EXPIRY: read back only by the agent ("me aparece que vence ..."), month names and
  numbers, "del veintiocho", the full year, "mes cero tres año veintisiete", "diagonal",
  English, typed;
- CREDIT_CARD in every grouping: fours digit by digit, pairs as numbers, blocks mixing digits and
  numbers, Amex 4-6-5, English, typed any way, and block by block across turns with the agent
  echoing every block (the echoes are labeled too: `es6_cc_agent_echoes_block`);
- a few CVV, phone, e-mail, date-of-birth and name families, and look-alikes in payment calls
  (amounts with cents, nine-digit order numbers, charge dates, times, tracking numbers,
  extensions, a card's ending, a card-like number failing the Luhn check).

`build` follows compose.build's flow with a scene function of its own: it re-says a value in
another form when the agent reads it back, corrects any value mid-answer (the wrong start, a
correction, the whole value), gives a ZIP or a card across turns, and takes an address down
part by part.
"""

import types

from . import compose
from .compose import (
    LETRAS,
    MESES,
    PCI,
    UNIDADES,
    card,
    chunks,
    fam,
    fill,
    fits,
    norm,
    not_luhn,
    palabras,
    rdigits,
    ssn,
)

MODES = ["ask", "ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]

# ---------------------------------------------------------------- phrasings (every channel)
# fmt: off
T = {
    "ask": ["Muy bien, ahora sí, ¿me proporciona {su} {noun}?",
            "Perfecto, lo que sigue es {su} {noun}, cuando guste.",
            "¿Sería tan amable de pasarme {su} {noun}, por favorcito?",
            "Para seguir con el trámite, dígame {su} {noun}, si es tan amable."],
    "answer": ["Okey, {es} {v}.", "Sí, señorita, {es} {v}.", "Tengo aquí a la mano, {v}.",
               "Ahorita se lo digo... {v}.", "Ah, sí, cómo no, {v}."],
    "volunteer": ["Ah, y le adelanto {mi} {noun} de una vez: {v}.",
                  "Por si lo va a ocupar, {mi} {noun} {es} {v}."],
    "ack": ["Gracias, ya quedó capturado.", "Perfecto, ya lo tengo en pantalla."],
    "noq_agent": ["Ahora le voy a solicitar {su} {noun}.", "El siguiente dato es {su} {noun}."],
    "noq_cust": ["Okey, a ver, {v}.", "Bueno, pues {es} {v}."],
    "readback": ["Déjeme repetírselo: {v}. ¿Es correcto?", "Confirmo entonces, {v}, ¿sí?"],
    "readback_only": ["En el sistema me aparece {v}, ¿sigue vigente?",
                      "Tengo en su registro {v}, ¿todavía es correcto?"],
    "confirm": ["Sí, correcto, así es.", "Ajá, tal cual."],
    "thanks": ["Gracias a usted, muy amable de su parte.", "Sí, aquí le espero en la línea."],
    "split_a": ["Bueno, empiezo, {v}", "Anote, {v}", "Ahí le voy, {v}"],
    "split_mid": ["seguido {v}", "el que sigue, {v}", "ahora va {v}"],
    "split_b": ["y al último {v}.", "y ya nomás {v}.", "y finalmente {v}."],
    "split_ack": ["Sí, sí, dígame.", "Ajá, lo llevo, siga.", "Ok, ¿qué más sigue?"],
    "email": ["Les dejo aquí el dato que me pidieron: {v}.", "Para actualizar mi expediente: {v}."],
    "form": ["▪ {Label}: {v}", "{Label} ==> {v}", "{Label} >> {v}"],
    "intro": ["Gracias por comunicarse a {org}, mi nombre es {v}, ¿con quién tengo el gusto?",
              "{org}, buenas tardes, le atiende {v}, ¿cómo le puedo servir?"],
    "address": ["Con gusto, {v}, permítame un segundito.",
                "Claro que sí, {v}, enseguida lo reviso."],
}
T_EN = {
    "ask": ["Okay, I'm gonna need your {noun}, please.",
            "When you have it handy, go ahead with your {noun}."],
    "ack": ["Got it, thanks so much."],
    "noq_agent": ["Next I'll need your {noun}, okay?"],
    "split_ack": ["Mm-hmm, got that part, go on."],
    "intro": ["Thank you for calling {org}, my name is {v}, how may I help you today?"],
    "address": ["Okay {v}, give me just one moment."],
}
# Typed customer lines (chat and e-mail): shorter, no "dígame".
T_TYPED = {
    "answer": ["ahi va: {v}", "ahí te va {v}", "{v} ese es", "este: {v}", "claro q si, {v}"],
    "volunteer": ["de una vez les dejo {mi} {noun}: {v}"],
    "noq_cust": ["listo, {v}", "ok, es {v}"],
    "split_a": ["son {v}"], "split_mid": ["luego {v}"], "split_b": ["y al final {v}"],
}
# A few lines by country, added to the common ones.
T_LOC = {
    "US": {"ask": ["Okey, ¿me da {su} {noun}, porfa?"],
           "answer": ["Sure, {es} {v}.", "Dale, {es} {v}."]},
    "MX": {"ask": ["¿Me hace favor de darme {su} {noun}?"],
           "answer": ["Mande, sí, {es} {v}.", "Sí, joven, mire, {es} {v}."]},
    "ES": {"ask": ["¿Me indica {su} {noun}, por favor?"],
           "answer": ["Vale, pues {es} {v}.", "Venga, apúntelo, {es} {v}."]},
}
T_ENT = {
    "US_SSN": {
        "ask": ["Para verificar su identidad, ¿me da su número de seguro social completo?",
                "¿Me dice su social, por favor? El número completo.",
                "¿Cuál es su número de Social Security?"],
        "answer": ["Sí, mire, se lo leo, es el {v}.", "Mi social es {v}.", "Es {v}, ahí está.",
                   "Déjeme sacar la tarjetita... {v}."],
        "volunteer": ["Le doy mi seguro social para que me ubique: {v}."],
        "readback": ["Tengo {v}, ¿es correcto?", "Entonces su social es {v}, ¿verdad?"],
        "readback_only": ["En el expediente aparece el social {v}, ¿es el suyo?"],
    },
    "CREDIT_CARD": {
        "ask": ["¿Me dicta el número de la tarjeta, por favor?",
                "Cuando guste, el número de su tarjeta.",
                "¿Con qué tarjeta va a pagar? Los números, por favor."],
        "answer": ["Sí, es la {v}, la de débito no.", "Okey, la tarjeta es la {v}, de crédito.",
                   "A ver, aquí en el plástico dice {v}.", "Va, le leo, {v}."],
        "volunteer": ["Quiero pagar con esta tarjeta, la {v}."],
        "readback": ["Le repito la tarjeta: {v}, ¿correcto?", "Tengo {v}, ¿está bien?"],
    },
    "CARD_EXPIRY": {
        "ask": ["¿Y la fecha de vencimiento?", "¿Hasta qué mes y año es válida?",
                "¿Me da la fecha en que caduca la tarjeta?"],
        "answer": ["Vence {v}, dice aquí.", "Es válida hasta {v}, según el plástico.",
                   "Caduca {v}, ya casi.", "Aquí dice válida hasta {v}.",
                   "Pues hasta {v}, creo."],
        "volunteer": ["Y la fecha, vence {v}, por si acaso."],
        "noq_cust": ["Vence {v}, señorita."],
        "readback": ["Fecha de vencimiento {v}, ¿correcto?", "Vence {v}, ¿verdad?"],
        "readback_only": ["Me aparece que vence {v}, ¿sigue siendo la misma tarjeta?",
                          "La tarjeta que tenemos registrada caduca {v}, ¿la actualizamos?",
                          "Veo que su tarjeta es válida hasta {v}, ¿es correcto?"],
        "email": ["La tarjeta es válida hasta {v}.", "Caduca {v}."],
    },
    "CARD_CVV": {
        "ask": ["¿Y el código de atrás, los numeritos?", "¿Me da el código de seguridad?"],
        "answer": ["El que viene atrasito es {v}.", "Atrás vienen {v}, esos son.",
                   "Dice {v}, atrás."],
    },
    "DATE_OF_BIRTH": {
        "ask": ["¿Me confirma su fecha de nacimiento?", "¿Cuándo nació, por favor?"],
        "answer": ["Pues nací el {v}, fíjese.", "Yo nací el mero {v}.", "Yo soy del {v}."],
        "readback": ["Nacido el {v}, ¿correcto?"],
        "readback_only": ["Tengo como fecha de nacimiento el {v}, ¿es correcto?"],
    },
    "PHONE_NUMBER": {
        "ask": ["¿A qué número le podemos marcar si se corta?", "¿Me da un teléfono de contacto?"],
        "answer": ["Al {v}, es mi celular.", "Márqueme al {v}, a cualquier hora.",
                   "Apúntelo, es el {v}, con whatsapp."],
        "readback": ["Le marcamos al {v}, ¿correcto?"],
    },
    "PERSON": {
        "ask": ["¿Con quién tengo el gusto el día de hoy?",
                "¿Me regala su nombre completo, tal como aparece en la cuenta?"],
        "answer": ["Con {v}, a sus órdenes.", "Me llamo {v}, mucho gusto.",
                   "Sí, le habla {v}, yo soy quien tiene la cuenta."],
        "readback": ["¿{v}, verdad?"],
        "readback_only": ["¿Estoy hablando con {v}, el titular?"],
        "email": ["Atentamente, {v}.", "Soy {v}, titular de la cuenta."],
    },
}
NOUNS = {
    "CREDIT_CARD": ["el número de su tarjeta", "los números del plástico"],
    "CARD_CVV": ["el código de seguridad de atrás", "el numerito de atrás de la tarjeta"],
    "CARD_EXPIRY": ["la fecha en que caduca la tarjeta", "la vigencia que trae la tarjeta"],
    "PERSON": ["el nombre completo, por favor", "el nombre del titular de la cuenta"],
    "DATE_OF_BIRTH": ["la fecha de nacimiento, con todo y año", "el día, mes y año de nacimiento"],
    "ADDRESS": ["la dirección completa, con código postal", "el domicilio con número y calle"],
    "PHONE_NUMBER": ["el número de su celular, con lada", "el teléfono donde se le localiza"],
    "EMAIL_ADDRESS": ["el correo para mandarle el recibo", "la dirección de correo para el recibo"],
    "US_SSN": ["el número del seguro social, completito", "los números del social, completos"],
}
NOUNS_CS = {
    "CREDIT_CARD": ["el número del credit card"], "CARD_CVV": ["el security code de la tarjeta"],
    "CARD_EXPIRY": ["el expiration de la tarjeta"],
    "ADDRESS": ["el address completo con el apartment"],
    "PHONE_NUMBER": ["el phone number para callback"],
    "EMAIL_ADDRESS": ["el email para el receipt"],
    "US_SSN": ["el social security, completo"],
    "DATE_OF_BIRTH": ["el date of birth con todo y año"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["card number, the long one on the front"],
    "CARD_CVV": ["three-digit code on the back"],
    "CARD_EXPIRY": ["card's expiration month and year"], "ADDRESS": ["full mailing address"],
    "PHONE_NUMBER": ["best callback number for you"], "EMAIL_ADDRESS": ["email for the receipt"],
    "US_SSN": ["whole social security number"],
    "DATE_OF_BIRTH": ["date of birth as it shows on your ID"],
    "PERSON": ["full name as it shows on the account"],
}
LABELS = {
    "CREDIT_CARD": ["No. tarjeta", "Número de plástico"],
    "CARD_CVV": ["Cód. seguridad (reverso)", "CVV o CVC de atrás"],
    "CARD_EXPIRY": ["Caducidad", "Vigencia (MM/AA)"],
    "PERSON": ["Titular (nombre y apellidos)", "Nombre completo del cliente/a"],
    "DATE_OF_BIRTH": ["F. de nacimiento del titular", "Nacimiento (día, mes y año)"],
    "ADDRESS": ["Dirección de entrega", "Domicilio donde recibe (calle, número, CP)"],
    "PHONE_NUMBER": ["Cel.", "Tel. para devolver llamada"],
    "EMAIL_ADDRESS": ["E-mail para avisos y recibos", "Correo (recibos)"],
    "US_SSN": ["No. de seguro social / SSN", "SSN (titular de la cuenta)"],
}

# The ZIP families' phrasings (they replace ADDRESS's): questions about where the caller is,
# delivery and coverage, and the ZIP dropped while talking about something else.
ZIP_PHR = {
    "ask": ["¿De dónde nos llama?", "¿Y de qué código postal nos habla?",
            "¿En qué zona le entregamos?", "¿Me dice su código postal para ver la cobertura?",
            "¿Qué código postal tiene su domicilio?",
            "¿Dónde le llevamos el equipo? Con el código postal basta.",
            "¿En qué código postal está el domicilio del servicio?"],
    "answer": ["Le hablo desde el {v}.", "Vivo en el {v}.", "Pues aquí en el {v}.",
               "Es el {v}, aquí por la central de abastos.", "Del {v}, señorita.",
               "El postal es {v}.", "Estamos en el {v}, aquí cerquita del parque."],
    "volunteer": ["Mire, el técnico no ha venido y yo vivo en el {v}, no sé si por eso.",
                  "¿Sí llegan hasta el {v}? Porque a mi vecina no le quisieron entregar.",
                  "Le comento que ahora estoy en el {v}, me mudé hace poco.",
                  "Es que en el {v} se va mucho la señal, ¿saben algo?",
                  "Yo les pagaba en la sucursal del {v}, pero ya la cerraron.",
                  "¿Hacen entregas al {v}? Es para mi mamá."],
    "ack": ["Sí, en esa zona sí tenemos cobertura.", "Déjeme checar... sí, ahí sí entregamos."],
    "noq_agent": ["Le voy a pedir su código postal para revisar la cobertura."],
    "noq_cust": ["Okey, el {v}.", "Ah, pues nos toca el {v}, fíjese."],
    "readback": ["¿Me dijo el {v}?", "Entonces es el {v}, ¿verdad?",
                 "Le anoto código postal {v}, ¿estamos bien?"],
    "readback_only": ["En su expediente tengo el código postal {v}, ¿sigue viviendo ahí?",
                      "Me aparece el {v} como su código postal, ¿es correcto?"],
    "confirm": ["Ese mismo, sí.", "Sí, ese es el mío."],
    "email": ["Les informo que mi código postal es el {v}.", "Mi CP nuevo: {v}."],
}
ZIP_PHR_LOC = {
    "US": {"ask": ["¿En qué zip code está la casa?"], "answer": ["El zip es el {v}, en la casa."]},
    "MX": {"ask": ["¿Qué código postal le toca?"], "answer": ["Nos toca el {v}, joven."]},
    "ES": {"ask": ["¿Me dice el código postal de su calle?"],
           "answer": ["Vale, el {v}, en el barrio."]},
}
ZIP_PHR_TYPED = {
    "answer": ["mi cp es {v} :)", "ando por el {v}", "el {v} por fa", "zip {v}"],
    "volunteer": ["llegan al {v}? es para mi mamá", "ya me cambié, ahora es el {v}"],
    "noq_cust": ["aquí es el {v}"],
}
ZIP_PHR_EN = {"ask": ["Where are you calling from? The ZIP is fine."],
              "ack": ["Okay, we do cover that ZIP."],
              "noq_agent": ["I'll just need your ZIP to check coverage."]}
ZIP_NOUNS = ["el código postal de su domicilio actual", "el código postal de donde nos habla"]
ZIP_NOUNS_CS = ["el zip code donde vive"]
ZIP_NOUNS_EN = ["home ZIP code"]
ZIP_LABELS = ["Cód. postal (domicilio)", "ZIP del domicilio"]
# A ZIP given in pieces across turns.
ZIP_PIECE_FIRST = ["Sí, mire, {v}", "Es... {v}", "Aquí es el {v}"]
ZIP_PIECE_ACK = ["Ajá, ¿y después?", "Mjm, sí, lo llevo.", "Okey... ¿y el resto?"]
ZIP_PIECE_ACK_EN = ["Mm-hmm, and then?"]
ZIP_PIECE_NEXT = ["y {v}.", "{v}, nada más.", "luego {v}, ya."]

# The last four of an SSN.
LAST4_PHR = {
    "ask": ["Para verificar, ¿me da los últimos cuatro de su seguro social?",
            "Nada más los últimos cuatro números del social, por favor."],
    "answer": ["Los últimos cuatro son {v}.", "Son {v}, los últimos cuatro.",
               "Este, los últimos cuatro: {v}."],
    "volunteer": ["Mi social termina en {v}, por si lo busca así."],
    "noq_agent": ["Le voy a pedir los últimos cuatro de su social."],
    "noq_cust": ["Ajá, los últimos cuatro, {v}."],
    "readback": ["Últimos cuatro {v}, ¿verdad?"],
    "readback_only": ["Tengo que su social termina en {v}, ¿correcto?"],
    "email": ["Del social, los últimos cuatro que tengo son {v}."],
}
LAST4_PHR_TYPED = {"answer": ["ultimos 4: {v}", "los últimos cuatro son {v}"]}
LAST4_PHR_EN = {"ask": ["Can you verify the last four of your social for me?"]}
LAST4_NOUNS = ["los últimos cuatro del social"]
LAST4_NOUNS_EN = ["last four digits on your social"]
LAST4_LABELS = ["SSN, nada más los últimos cuatro"]

# An address taken down part by part (the agent asks for each part).
ADDR_PART_ASK = {
    "street": ["¿Me da la dirección? Empecemos con el número y la calle.",
               "¿Cuál es la calle y el número de su casa?"],
    "unit": {"US": ["¿Tiene número de departamento o unidad?"],
             "MX": ["¿Lleva número interior la casa?"],
             "ES": ["¿Y el piso y la puerta?"]},
    "colonia": ["¿Y la colonia cuál es?"],
    "city": ["¿En qué ciudad queda?", "¿Y la población o municipio?"],
    "zip": ["¿Y el código postal, por último?", "¿Me completa con el código postal?"],
}
ADDR_PART_ASK_EN = ["Okay, and the next part?"]
ADDR_PART_SAY = ["Pues sería {v}.", "{v}.", "Ajá, eso sería {v}, ándele.", "Este, a ver, {v}."]

# The agent echoing each block of a card as the caller gives it.
CC_BLOCK_SAY_FIRST = ["Okey, la primera parte es {v}", "Van los primeros: {v}", "Empieza con {v}"]
CC_BLOCK_SAY_NEXT = ["Luego {v}", "Después vienen {v}", "{v}", "Ahora, {v}"]
CC_BLOCK_SAY_LAST = ["Y ya termina con {v}.", "Y los últimos, {v}.", "Y para cerrar, {v}."]
CC_ECHO = ["{v}, ajá.", "{v}... sí, le sigo.", "Okey, {v}, lo tengo.", "{v}, anotado, siga."]
CC_ECHO_EN = ["{v}, okay.", "Got it, {v}."]

# ASR noise: this writer's fillers and self-corrections (no comma inside a filler).
FILL = ["este mire", "eh déjeme ver", "mmm pérame", "ah sí este"]
CORRECTIONS = ["no no no, déjeme empezar de nuevo", "ay perdón, me regreso",
               "espéreme, me trabé, otra vez", "no, así no es, a ver"]
# Words said inside a value that are not part of it.
SKIP = [*FILL, "más", "guion", "raya", "diagonal", "slash", "dash", "mes", "y luego", "luego",
        "y después", "después", "y ya", "sigue", "hundred and", "todo junto",
        "todo en minúsculas"]
# No filler goes after these words (they modify or join the next one).
GLUE = ["y", "un", "veintiún", "de", "del", "la", "el", "los", "mil", "año", "mes", "guion", "raya",
        "diagonal",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "two", "oh", "número", "piso", "puerta", "depa", "unidad",
        "apartamento", "interior", "exterior", "colonia", "calle", "avenida", "arroba", "punto"]
LETTER_NAMES = {"Y": ["i griega"], "W": ["doble u"], "V": ["ve chica"]}
EMAIL_WORDS = {"dot": "."}
TYPED_EMAIL = []
# fmt: on


# ---------------------------------------------------------------- saying numbers
def _d(c):
    return UNIDADES[int(c)]


def _digits(s, r=None, o=0.0):
    """Digit by digit, a zero said 'cero' or (with probability o) 'o'."""
    return " ".join(("o" if r is not None and r.random() < o else "cero") if c == "0" else _d(c)
                    for c in s)  # fmt: skip


def _pair(s, r=None, o=0.0):
    """Two digits as a number: '45' -> 'cuarenta y cinco', '07' -> 'cero siete'."""
    if s[0] == "0":
        z = "o" if r is not None and r.random() < o else "cero"
        return f"{z} {z if s[1] == '0' else _d(s[1])}"
    return palabras(int(s))


def _num(s):
    """A group as one number, leading zeros said 'cero': '0412' -> 'cero cuatrocientos doce'."""
    k = len(s) - len(s.lstrip("0"))
    rest = s[k:]
    return " ".join(["cero"] * k + ([palabras(int(rest))] if rest else []))


def _pairs(s, r=None, o=0.0):
    """A group in pairs (an odd digit first)."""
    out = [] if len(s) % 2 == 0 else [_d(s[0]) if s[0] != "0" else "cero"]
    s = s[len(s) % 2 :]
    return " ".join(out + [_pair(s[i : i + 2], r, o) for i in range(0, len(s), 2)])


def _any_group(s, r, o=0.0):
    """One group of a value in some way people say it: digits, pairs, a whole number, or half
    digits and half a number ('cuatro cinco, treinta y dos')."""
    k = r.randrange(4)
    if k == 0 or len(s) < 2:
        return _digits(s, r, o)
    if k == 1:
        return _pairs(s, r, o)
    if k == 2 and len(s) <= 4:
        return _num(s)
    h = len(s) // 2
    return f"{_digits(s[:h], r, o)} {_pairs(s[h:], r, o)}"


EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip


def _en_n(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])


def _en_digits(s, r):
    return " ".join(r.choice(["oh", "zero"]) if c == "0" else EN_D[int(c)] for c in s)


def _en_pair(s, r):
    if s[0] == "0":
        z = r.choice(["oh", "zero"])
        return f"{z} {z if s[1] == '0' else EN_D[int(s[1])]}"
    return _en_n(int(s))


def _en_group(s, r):
    """A group in English: digits, pairs, or 'four hundred twelve' / 'four twelve'."""
    k = r.randrange(3)
    if k == 0 or s[0] == "0":
        return _en_digits(s, r)
    if len(s) == 3 and k == 1:
        rest = int(s[1:])
        if rest == 0:
            return f"{EN_D[int(s[0])]} hundred"
        if s[1] == "0":
            return f"{EN_D[int(s[0])]} oh {EN_D[int(s[2])]}"
        return f"{EN_D[int(s[0])]} hundred {_en_n(rest)}"
    out = [] if len(s) % 2 == 0 else [EN_D[int(s[0])]]
    s = s[len(s) % 2 :]
    return " ".join(out + [_en_pair(s[i : i + 2], r) for i in range(0, len(s), 2)])


# ---------------------------------------------------------------- the families' makers
def _mk(make, say):
    """A family function from a value maker and a sayer (the sayer re-says any value, for
    read-backs in another form and for corrections)."""

    def fn(r, ch, loc):
        v = make(r, loc)
        out = say(v, r, loc)
        return (out, v) if isinstance(out, str) else (out[0], v, *out[1:])

    return fn


# ---------------------------------------------------------------- US_SSN
def _ssn(r, loc):
    return ssn(r)


def _ssn_numbers(v, r, loc):
    """'cuatrocientos doce, treinta y ocho, cinco mil seiscientos setenta' (or the last group
    in two pairs)."""
    a, g, ln = chunks(v, [3, 2, 4])
    last = _num(ln) if r.random() < 0.5 else _pairs(ln, r, 0.2)
    sep = r.choice([", ", " "])
    return sep.join([_num(a), _pair(g, r, 0.2), last])


def _ssn_guion(v, r, loc):
    """'cuatro uno dos, guion, tres ocho, guion, cinco seis siete cero' ('raya' in Mexico)."""
    word = r.choice(["raya", "guion"] if loc == "MX" else ["guion", "guion", "raya"])
    sep = r.choice([f" {word} ", f", {word}, "])
    return sep.join(_digits(x, r, 0.3) for x in chunks(v, [3, 2, 4]))


def _ssn_pairs_run(v, r, loc):
    """A run of pairs: 'cuatro, doce, treinta y ocho, cincuenta y seis, setenta'."""
    if r.random() < 0.5:
        ps = [_d(v[0]) if v[0] != "0" else "cero"] + [_pair(v[i : i + 2], r, 0.2)
                                                       for i in range(1, 9, 2)]  # fmt: skip
    else:
        ps = [_pair(v[i : i + 2], r, 0.2) for i in range(0, 8, 2)] + [_digits(v[8])]
    return ", ".join(ps)


def _ssn_digits_thousands(v, r, loc):
    """Digits, then a pair, then the last group as thousands or hundreds."""
    a, g, ln = chunks(v, [3, 2, 4])
    last = _num(ln) if ln[0] != "0" or r.random() < 0.5 else f"cero {_num(ln[1:])}"
    return f"{_digits(a, r, 0.2)}, {_digits(g) if r.random() < 0.3 else _pair(g)}, {last}"


def _ssn_english(v, r, loc):
    """A code-switching caller: 'four twelve, thirty-eight, fifty-six seventy'."""
    a, g, ln = chunks(v, [3, 2, 4])
    sep = r.choice([", ", " dash "])
    return sep.join([_en_group(a, r), _en_pair(g, r), _en_group(ln, r)])


def _ssn_typed(v, r, loc):
    a, g, ln = chunks(v, [3, 2, 4])
    return r.choice([f"{a}-{g}-{ln}", f"{a} {g} {ln}", f"{a}.{g}.{ln}", v, f"{a} - {g} - {ln}",
                     f"{a}/{g}/{ln}"])  # fmt: skip


def _last4(r, loc):
    return ssn(r)[5:]


def _last4_said(v, r, loc):
    k = r.randrange(5)
    if k == 0:
        return _digits(v, r, 0.3)
    if k == 1:
        return _pairs(v, r, 0.2)
    if k == 2 and v[0] != "0":
        return palabras(int(v))
    if k == 3 and loc == "US":
        return _en_group(v, r)
    return f"{_digits(v[:2])}, {_pair(v[2:], r, 0.2)}"


def _last4_typed(v, r, loc):
    return r.choice([v, f"{v[:2]} {v[2:]}", v]), r.choice(["", "", "xxx-xx-", "***-**-"]), ""


# ---------------------------------------------------------------- CREDIT_CARD
def _card(brands=("visa", "mastercard", "discover", "amex"), w=(5, 4, 1, 1)):
    def make(r, loc):
        return card(r, r.choices(brands, w)[0])

    return make


def _cc_fours(v, r, loc):
    """Digit by digit in its blocks, zeros 'cero' or 'o', a connector now and then."""
    gs = [_digits(g, r, 0.25) for g in compose.card_groups(v)]
    out = gs[0]
    for g in gs[1:]:
        out += r.choice([", ", ", ", ", luego ", ", sigue "]) + g
    return out


def _cc_pairs(v, r, loc):
    """Pairs as numbers: 'cuarenta y cinco treinta y dos, cero uno cincuenta y uno, ...'."""
    return ", ".join(_pairs(g, r, 0.2) for g in compose.card_groups(v))


def _cc_mixed(v, r, loc):
    """Every block its own way: 'cuatro cinco treinta y dos, mil doscientos ocho, ...'."""
    return ", ".join(_any_group(g, r, 0.2) for g in compose.card_groups(v))


def _cc_amex(v, r, loc):
    """4-6-5: 'tres siete cuarenta y dos, ciento veintitrés cuatrocientos cincuenta y seis, ...'."""
    a, b, c = compose.card_groups(v)
    k = r.randrange(3)
    sb = (_digits(b, r, 0.2) if k == 0 else _pairs(b, r, 0.2) if k == 1
          else f"{_num(b[:3])} {_num(b[3:])}")  # fmt: skip
    sc = r.choice([_digits(c, r, 0.2), _pairs(c, r, 0.2), f"{_num(c[:3])}, {_pair(c[3:])}"])
    return f"{_any_group(a, r, 0.2)}, {sb}, {sc}"


def _cc_english(v, r, loc):
    return ", ".join(_en_group(g, r) if len(g) == 4 else _en_digits(g, r)
                     for g in compose.card_groups(v))  # fmt: skip


def _cc_typed(v, r, loc):
    g = compose.card_groups(v)
    if len(g) == 3:
        return r.choice([" ".join(g), "-".join(g), v, f"{g[0]} {g[1]}{g[2]}"])
    return r.choice([" ".join(g), "-".join(g), v, f"{g[0]}{g[1]} {g[2]}{g[3]}",
                     ".".join(g), f"{g[0]} {g[1]} {g[2]}{g[3]}", "  ".join(g)])  # fmt: skip


def _cc_blocks(v, r, loc):
    """Block by block (the scene gives each block in its own turn)."""
    return ", ".join(_any_group(g, r, 0.2) for g in compose.card_groups(v))


# ---------------------------------------------------------------- CARD_CVV
def _cvv(r, loc):
    return rdigits(r, 4 if r.random() < 0.15 else 3)


def _cvv_said(v, r, loc):
    k = r.randrange(4)
    if k == 0:
        return _digits(v, r, 0.3)
    if k == 1:
        return _num(v)
    if k == 2:
        return f"{_pair(v[:2])}, {_d(v[2])}" + (f" {_d(v[3])}" if len(v) == 4 else "")
    return f"{_digits(v[0])}, {_pairs(v[1:])}"


# ---------------------------------------------------------------- CARD_EXPIRY
def _exp_make(r, loc):
    return f"{r.randint(1, 12):02d}{r.randint(25, 32)}"


def _mm(m, r):
    return r.choice([_pair(f"{m:02d}"), palabras(m)]) if m < 10 else palabras(m)


def _exp_month_del(v, r, loc):
    m, y = int(v[:2]), int(v[2:])
    mes = MESES[m - 1]
    return r.choice([f"{mes} del {palabras(y)}", f"{mes} de {palabras(y)}",
                     f"{mes} del año {palabras(y)}", f"{mes}, {palabras(y)}"])  # fmt: skip


def _exp_mes_ano(v, r, loc):
    m, y = int(v[:2]), int(v[2:])
    return r.choice([f"mes {_pair(v[:2])} año {palabras(y)}", f"mes {palabras(m)} del año "
                     f"{palabras(y)}", f"mes {_mm(m, r)}, año {palabras(y)}"])  # fmt: skip


def _exp_full_year(v, r, loc):
    m, y = int(v[:2]), 2000 + int(v[2:])
    k = r.randrange(4)
    if k == 0:
        return f"{MESES[m - 1]} de {palabras(y)}"
    if k == 1:
        return f"{_mm(m, r)} de {palabras(y)}"
    if k == 2:
        return f"{_mm(m, r)} del {palabras(y)}"
    return f"{_mm(m, r)}, {palabras(y)}"


def _exp_diagonal(v, r, loc):
    m, y = int(v[:2]), int(v[2:])
    yy = palabras(y) if r.random() < 0.8 else palabras(2000 + y)
    return f"{_mm(m, r)} {r.choice(['diagonal', 'diagonal', 'raya'])} {yy}"


def _exp_english(v, r, loc):
    m, y = int(v[:2]), int(v[2:])
    k = r.randrange(4)
    if k == 0:
        return f"{EN_MONTHS[m - 1]} {_en_n(y)}"
    if k == 1:
        return f"{EN_MONTHS[m - 1]} twenty {_en_n(y)}"
    if k == 2:
        return f"{_en_pair(v[:2], r)} slash {_en_n(y)}"
    return f"{_en_pair(v[:2], r)}, two thousand {_en_n(y)}"


def _exp_typed(v, r, loc):
    m, yy = v[:2], v[2:]
    mes = MESES[int(m) - 1]
    return r.choice([f"{m}/{yy}", f"{int(m)}/{yy}", f"{m}/20{yy}", f"{m}-20{yy}",
                     f"{mes[:3]}-{yy}", f"{mes.capitalize()} 20{yy}", f"{m} / {yy}",
                     f"{mes[:3].upper()}/{yy}"])  # fmt: skip


_EXP_SAY = [_exp_month_del, _exp_mes_ano, _exp_full_year, _exp_diagonal]


def _exp_on_file(v, r, loc):
    """What the agent reads from the record (any of the spoken forms; typed in a chat)."""
    return r.choice(_EXP_SAY)(v, r, loc)


# ---------------------------------------------------------------- PHONE_NUMBER
def _phone_us(r, loc):
    return compose.phone_us(r)


def _phone_mx(r, loc):
    return compose.phone_mx(r)[0]


def _phone_us_said(v, r, loc):
    a, b, c = chunks(v, [3, 3, 4])
    sa = _digits(a, r, 0.3)
    sb = _num(b) if r.random() < 0.5 else _digits(b, r, 0.3)
    sc = r.choice([_pairs(c, r, 0.2), _num(c), _digits(c, r, 0.3)])
    pre = r.choice(["", "", "más uno, "])
    return f"{pre}{sa}, {sb}, {sc}"


def _phone_mx_said(v, r, loc):
    two = v[:2] in ("55", "33", "81")
    gs = chunks(v, [2, 2, 2, 2, 2] if two else [3, 3, 2, 2])
    return ", ".join(_pair(g, r, 0.2) if len(g) == 2 else r.choice([_digits(g), _num(g)])
                     for g in gs)  # fmt: skip


def _phone_typed(r, ch, loc):
    if loc == "MX":
        v = _phone_mx(r, loc)
        two = v[:2] in ("55", "33", "81")
        g = chunks(v, [2, 4, 4] if two else [3, 3, 4])
        t = r.choice([" ".join(g), "-".join(g), v, f"+52 {' '.join(g)}", f"({g[0]}) {g[1]} {g[2]}"])
        return t, v
    v = _phone_us(r, loc)
    a, b, c = chunks(v, [3, 3, 4])
    return r.choice([f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a}-{b}-{c}",
                     f"{a}-{b}-{c}"]), v  # fmt: skip


# ---------------------------------------------------------------- EMAIL_ADDRESS
# fmt: off
MAIL_FIRST = ["rosa", "nayeli", "arturo", "beto", "lalo", "maru", "chuy", "marisol", "ivonne",
              "gaby", "rodrigo", "paty", "toño", "lore"]
MAIL_LAST = ["villa", "campos", "cuellar", "robles", "serna", "lozano", "tapia", "arriaga",
             "pineda", "urbina", "olivares", "cisneros"]
MAIL_DOMS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com",
             "yahoo.com.mx", "prodigy.net.mx", "hotmail.es", "telefonica.net"]
# fmt: on


def _mail_parts(r, loc):
    a, b = r.choice(MAIL_FIRST), r.choice(MAIL_LAST)
    n = r.choice([str(r.randint(60, 99)), str(r.randint(1975, 2005)), str(r.randint(10, 59)), ""])
    local = {"US": (), "MX": ("yahoo.com.mx", "prodigy.net.mx"), "ES": ("hotmail.es",
             "telefonica.net")}[loc]  # fmt: skip
    dom = r.choice([*MAIL_DOMS[:5], *local])
    return a, b, n, dom, r.choice(["a.bN", "abN", "ibN", "b.aN"])


def _mail_user(a, b, n, shape):
    a = norm(a)
    return {"a.bN": f"{a}.{b}{n}", "abN": f"{a}{b}{n}", "ibN": f"{a[0]}{b}{n}",
            "b.aN": f"{b}.{a}{n}"}[shape]  # fmt: skip


def _email_spoken(r, ch, loc):
    """'rosa punto villa setenta y ocho arroba gmail punto com', 'erre villa ...', 'rosa villa
    mil novecientos noventa, todo junto, arroba ...'."""
    a, b, n, dom, shape = _mail_parts(r, loc)
    num = (" " + (palabras(int(n)) if r.random() < 0.7 else _digits(n))) if n else ""
    said = {
        "a.bN": f"{a} punto {b}{num}",
        "abN": f"{a} {b}{num}",
        "ibN": f"{LETRAS[norm(a)[0].upper()]} {b}{num}",
        "b.aN": f"{b} punto {a}{num}",
    }[shape]
    if shape in ("abN", "ibN") and r.random() < 0.5:
        said += r.choice([", todo junto,", ", todo en minúsculas,"])
    return f"{said} arroba {dom.replace('.', ' punto ')}", _mail_user(a, b, n, shape) + "@" + dom


def _email_typed(r, ch, loc):
    a, b, n, dom, shape = _mail_parts(r, loc)
    v = _mail_user(a, b, n, shape) + "@" + dom
    k = r.random()
    return (v.upper() if k < 0.1 else v[0].upper() + v[1:] if k < 0.3 else v), v


# ---------------------------------------------------------------- DATE_OF_BIRTH
def _dob(r, loc):
    y, m, d = compose.day(r, 1941, 2005)
    return compose.iso(y, m, d)


def _dob_said(v, r, loc):
    """'doce de octubre del setenta y nueve' / 'de mil novecientos setenta y nueve'."""
    y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    dd = "primero" if d == 1 and r.random() < 0.6 else palabras(d)
    yy = palabras(y % 100) if y < 2000 and r.random() < 0.5 else palabras(y)
    if y >= 2000 and r.random() < 0.5:
        yy = palabras(y)
    return f"{dd} de {MESES[m - 1]} {r.choice(['de', 'del'])} {yy}"


def _dob_numbers(v, r, loc):
    """'doce, diez, setenta y nueve' / 'doce del diez del setenta y nueve'."""
    y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    yy = palabras(y % 100) if y < 2000 else palabras(y)
    if loc == "US" and r.random() < 0.5:  # month first, as the forms there ask
        return f"{palabras(m)}, {palabras(d)}, {yy}"
    return r.choice([f"{palabras(d)}, {palabras(m)}, {yy}", f"{palabras(d)} del {palabras(m)} "
                     f"del {yy}"])  # fmt: skip


def _dob_typed(v, r, loc):
    y, m, d = v[:4], v[4:6], v[6:]
    mes = MESES[int(m) - 1]
    if loc == "US" and r.random() < 0.6:
        return r.choice([f"{m}/{d}/{y}", f"{int(m)}/{int(d)}/{y}", f"{m}-{d}-{y[2:]}"])
    return r.choice([f"{d}/{m}/{y}", f"{d}-{m}-{y[2:]}", f"{int(d)} {mes[:3]} {y}",
                     f"{d}.{m}.{y}", f"{int(d)} de {mes} de {y}"])  # fmt: skip


# ---------------------------------------------------------------- PERSON
APELLIDOS6 = ["Cuéllar", "Arriaga", "Robles", "Tapia", "Serna", "Lozano", "Pineda", "Urbina",
              "Olivares", "Cisneros", "Zepeda", "Bustamante"]  # fmt: skip


def _full_name(r, ch, loc):
    p = compose.person(r, compound=True)
    last = [p["last1"] if r.random() < 0.5 else r.choice(APELLIDOS6)]
    if r.random() < 0.6:
        last.append(p["last2"])
    n = " ".join([p["first"], *last])
    return n, n


def _addressed(r, ch, loc):
    p = compose.person(r)
    if r.random() < 0.5:
        t = r.choice(["doña ", "señora "] if p["female"] else ["don ", "señor "])
        return p["first"], p["first"], t, ""
    t = "señora " if p["female"] else "señor "
    return p["last1"], p["last1"], t, ""


def _agent_name(r, ch, loc):
    n = r.choice(["Yesenia", "Rigoberto", "Marisol", "Eliseo", "Anabel", "Octavio"])
    return n, n


# ---------------------------------------------------------------- ADDRESS
# fmt: off
ZIP3_US = ["770", "782", "780", "331", "330", "347", "927", "900", "606", "608", "104", "075",
           "853", "850", "799", "752", "871", "802"]
CP3_MX = ["064", "031", "067", "044", "090", "371", "450", "446", "640", "220", "721", "761"]
CP3_ES = ["280", "080", "460", "410", "290", "480", "500", "470", "330", "030"]
# (city, state as said, abbreviation, first three ZIP digits)
CITIES_US = [("Houston", "Texas", "TX", "770"), ("Pasadena", "Texas", "TX", "775"),
             ("Laredo", "Texas", "TX", "780"), ("Hialeah", "Florida", "FL", "330"),
             ("Kissimmee", "Florida", "FL", "347"), ("Santa Ana", "California", "CA", "927"),
             ("Cicero", "Illinois", "IL", "608"), ("Paterson", "Nueva Jersey", "NJ", "075"),
             ("Yuma", "Arizona", "AZ", "853"), ("Bronx", "Nueva York", "NY", "104")]
STREETS_US = ["Bissonnet", "Gessner", "Long Point", "Pulaski", "Kedzie", "Flagler", "Alvarado",
              "Figueroa", "Zarzamora", "Military", "Bergenline", "Fordham"]
SUFFIX_US = [("Street", "St", "la calle"), ("Avenue", "Ave", "la avenida"),
             ("Road", "Rd", ""), ("Drive", "Dr", ""), ("Boulevard", "Blvd", "el bulevar")]
STREETS_MX = [("calle", "Aldama"), ("avenida", "Juárez"), ("calle", "Abasolo"),
              ("avenida", "Patriotismo"), ("calle", "Río Lerma"), ("privada", "Las Flores"),
              ("calle", "Niños Héroes"), ("cerrada", "Fresnos"), ("andador", "Los Sauces")]
# (colonia, kind, municipality, first three CP digits, state, abbreviation)
COLS_MX = [("Santa María la Ribera", "alcaldía", "Cuauhtémoc", "064", "Ciudad de México", "CDMX"),
           ("Del Valle Centro", "alcaldía", "Benito Juárez", "031", "Ciudad de México", "CDMX"),
           ("Jardines del Moral", "municipio", "León", "371", "Guanajuato", "Gto."),
           ("Chapalita", "municipio", "Zapopan", "450", "Jalisco", "Jal."),
           ("Mitras Centro", "municipio", "Monterrey", "644", "Nuevo León", "N.L."),
           ("Zona Río", "municipio", "Tijuana", "220", "Baja California", "B.C."),
           ("La Paz", "municipio", "Puebla", "721", "Puebla", "Pue.")]
STREETS_ES = [("calle", "Serrano"), ("calle", "Alcalá"), ("paseo", "Zorrilla"),
              ("avenida", "Blasco Ibáñez"), ("calle", "Sierpes"), ("calle", "Larios"),
              ("calle", "Uría"), ("ronda", "Sant Pere"), ("calle", "Bravo Murillo")]
CITIES_ES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
             ("Málaga", "290"), ("Bilbao", "480"), ("Zaragoza", "500"), ("Valladolid", "470"),
             ("Oviedo", "330")]
# fmt: on


# Phrases no filler goes inside (multiword names of streets, places and people).
_KEEP = [*SKIP, *LETRAS.values(), *(n for ns in LETTER_NAMES.values() for n in ns),
         *STREETS_US, *(c[0] for c in CITIES_US), *(c[1] for c in CITIES_US),
         *(x for _, x in STREETS_MX), *(c[0] for c in COLS_MX), *(c[2] for c in COLS_MX),
         *(c[4] for c in COLS_MX), *(x for _, x in STREETS_ES), *(c[0] for c in CITIES_ES),
         *compose.COMPUESTOS_F, *compose.COMPUESTOS_M, *(f"{d} hundred" for d in EN_D),
         "two thousand"]  # fmt: skip


def _tail(r):
    return r.choice(["00", "10", str(r.randint(1, 9)) + "0", rdigits(r, 2), rdigits(r, 2)])


def _zip(r, loc):
    pool = {"US": ZIP3_US, "MX": CP3_MX, "ES": CP3_ES}[loc]
    return r.choice(pool) + _tail(r)


def _zip_digits(z, r, loc):
    said = _digits(z, r, 0.5 if loc == "US" else 0.15)
    if r.random() < 0.35:
        w = said.split(" ")
        return " ".join(w[:2]) + ", " + " ".join(w[2:])
    return said


def _zip_numbers(z, r, loc):
    """'setenta y siete mil ocho', 'noventa y dos, ciento diez', 'cero seis, cuatrocientos'."""
    k = r.randrange(4)
    if k == 0:
        return _num(z) if z[0] != "0" else "cero " + _num(z[1:])
    if k == 1:
        return f"{_pair(z[:2], r, 0.2)}, {_num(z[2:])}"
    if k == 2:
        return f"{_num(z[:3])}, {_pair(z[3:], r, 0.2)}"
    return f"{_digits(z[0])} {_pair(z[1:3], r, 0.2)} {_pair(z[3:], r, 0.2)}"


def _zip_english(z, r, loc):
    k = r.randrange(3)
    if k == 0:
        return _en_digits(z, r)
    if k == 1:
        return f"{_en_pair(z[:2], r)}, {_en_group(z[2:], r)}"
    return f"{_en_digits(z[:3], r)}, {_en_pair(z[3:], r)}"


_ZIP_SAY = [_zip_digits, _zip_numbers]


def _zip_typed(z, r, loc):
    if loc == "US" and r.random() < 0.3:
        return f"{z}-{rdigits(r, 4, lead=True)}"
    return z


def _zip_typed_fn(r, ch, loc):
    z = _zip(r, loc)
    t = _zip_typed(z, r, loc)
    return t, norm(t)


def _house(n, r):
    """A house number: whole, in pairs ('veinticuatro diez') or digit by digit."""
    k = r.randrange(3)
    if k == 0 or len(n) < 3:
        return _num(n)
    if k == 1 and len(n) == 4 and n[2] != "0":
        return f"{_pair(n[:2])} {_pair(n[2:])}"
    return _digits(n)


def _us_addr(r):
    city, state, st, z3 = r.choice(CITIES_US)
    suf, abbr, es = r.choice(SUFFIX_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9899)]))
    unit = str(r.choice([r.randint(2, 9), r.randint(10, 40), r.randint(101, 350)]))
    return dict(num=num, street=r.choice(STREETS_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z3 + _tail(r), unit=unit,
                has_unit=r.random() < 0.6)  # fmt: skip


def _us_parts(a, r):
    """The spoken parts of a US address: number and street, unit, city and state, ZIP."""
    num = _house(a["num"], r)
    if a["es"] and r.random() < 0.5:
        street = f"{num} de {a['es']} {a['street']}"
    else:
        street = f"{num} {a['street']} {a['suf']}"
    unit = ""
    if a["has_unit"]:
        word = r.choice(["depa", "apartamento", "unidad", "apartment", "el depa número"])
        unit = f"{word} {_num(a['unit']) if r.random() < 0.7 else _digits(a['unit'])}"
    place = f"{a['city']}, {a['state']}" if r.random() < 0.7 else a["city"]
    zp = r.choice(_ZIP_SAY)(a["zip"], r, "US")
    parts = [("street", street), ("unit", unit), ("city", place), ("zip", zp)]
    return [(k, p) for k, p in parts if p]


def _us_canon(a):
    return " ".join([a["num"], a["street"], *([a["unit"]] if a["has_unit"] else []), a["city"],
                     a["zip"]])  # fmt: skip


def _addr_us_spoken(r, ch, loc):
    a = _us_addr(r)
    parts = [p for _, p in _us_parts(a, r)]
    if r.random() < 0.4:
        parts[-1] = r.choice(["código postal ", "zip code ", "zip "]) + parts[-1]
    return ", ".join(parts), _us_canon(a), r.choice(["", "", "el "]), ""


def _mx_addr(r):
    kind, street = r.choice(STREETS_MX)
    col, mkind, mun, cp, state, st = r.choice(COLS_MX)
    num = str(r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 3999)]))
    return dict(kind=kind, street=street, num=num, col=col, mkind=mkind, mun=mun, state=state,
                st=st, cp=cp + _tail(r), unit=str(r.randint(1, 12)),
                has_unit=r.random() < 0.5)  # fmt: skip


def _mx_parts(a, r):
    num = _num(a["num"]) if r.random() < 0.7 else _digits(a["num"])
    street = f"{a['kind']} {a['street']} " + r.choice(
        [f"número exterior {num}", f"número {num}", num]
    )
    unit = f"interior {_num(a['unit'])}" if a["has_unit"] else ""
    col = f"colonia {a['col']}"
    mun = f"{a['mkind']} {a['mun']}" + (f", {a['state']}" if r.random() < 0.6 else "")
    cp = r.choice(["código postal ", "ce pe "]) if r.random() < 0.8 else ""
    cp += r.choice(_ZIP_SAY)(a["cp"], r, "MX")
    parts = [("street", street), ("unit", unit), ("colonia", col), ("city", mun), ("zip", cp)]
    return [(k, p) for k, p in parts if p]


def _mx_canon(a):
    return " ".join([a["street"], a["num"], *([a["unit"]] if a["has_unit"] else []), a["col"],
                     a["mun"], a["cp"]])  # fmt: skip


def _addr_mx_spoken(r, ch, loc):
    a = _mx_addr(r)
    return ", ".join(p for _, p in _mx_parts(a, r)), _mx_canon(a)


def _es_addr(r):
    kind, street = r.choice(STREETS_ES)
    city, cp3 = r.choice(CITIES_ES)
    return dict(kind=kind, street=street, num=str(r.randint(1, 180)), floor=str(r.randint(1, 9)),
                door=str(r.randint(1, 4)), city=city, cp=cp3 + _tail(r),
                has_unit=r.random() < 0.75)  # fmt: skip


def _es_parts(a, r):
    street = f"{a['kind']} {a['street']}, " + r.choice(["número ", ""]) + _num(a["num"])
    unit = f"piso {_num(a['floor'])}, puerta {_num(a['door'])}" if a["has_unit"] else ""
    cp = r.choice(["código postal ", ""]) + r.choice(_ZIP_SAY)(a["cp"], r, "ES")
    parts = [("street", street), ("unit", unit), ("city", a["city"]), ("zip", cp)]
    return [(k, p) for k, p in parts if p]


def _es_canon(a):
    return " ".join([a["street"], a["num"], *([a["floor"], a["door"]] if a["has_unit"] else []),
                     a["city"], a["cp"]])  # fmt: skip


def _addr_es_spoken(r, ch, loc):
    a = _es_addr(r)
    return ", ".join(p for _, p in _es_parts(a, r)), _es_canon(a), r.choice(["", "en la "]), ""


def _addr_typed(r, ch, loc):
    """One line, the way each country writes it."""
    if loc == "US":
        a = _us_addr(r)
        unit = f" {r.choice(['Apt', 'Apt.', '#', 'Unit', 'depto'])} {a['unit']}" * a["has_unit"]
        street = f"{a['num']} {a['street']} {r.choice([a['suf'], a['abbr']])}"
        t = f"{street}{unit}, {a['city']}, {a['st']} {a['zip']}"
        return t, _us_canon(a)
    if loc == "MX":
        a = _mx_addr(r)
        unit = f" Int. {a['unit']}" if a["has_unit"] else ""
        t = (f"{a['kind'].capitalize()} {a['street']} #{a['num']}{unit}, Col. {a['col']}, "
             f"{a['mun']}, {a['st']}, C.P. {a['cp']}")  # fmt: skip
        return t, _mx_canon(a)
    a = _es_addr(r)
    unit = f", {a['floor']}.º {a['door']}.ª" if a["has_unit"] else ""
    kind = {"calle": "C/", "avenida": "Avda.", "paseo": "Pº", "ronda": "Ronda"}[a["kind"]]
    t = f"{kind} {a['street']} {a['num']}{unit}, {a['cp']} {a['city']}"
    return t, " ".join([a["street"], a["num"], *([a["floor"], a["door"]] if a["has_unit"] else []),
                        a["cp"], a["city"]])  # fmt: skip


def _addr_in_pieces(r, ch, loc):
    """The whole address as 'kind=text' parts joined by ' | ' (the scene gives it part by
    part, the agent asking for each)."""
    a, parts, canon = {"US": (_us_addr, _us_parts, _us_canon), "MX": (_mx_addr, _mx_parts,
                       _mx_canon), "ES": (_es_addr, _es_parts, _es_canon)}[loc]  # fmt: skip
    adr = a(r)
    return " | ".join(f"{k}={p}" for k, p in parts(adr, r)), canon(adr)


# ---------------------------------------------------------------- families
_Z = dict(nouns=ZIP_NOUNS, cs_nouns=ZIP_NOUNS_CS, en_nouns=ZIP_NOUNS_EN, labels=ZIP_LABELS,
          zip=True)  # fmt: skip
_L4 = dict(nouns=LAST4_NOUNS, en_nouns=LAST4_NOUNS_EN, labels=LAST4_LABELS, last4=True)
_SSN_SAY = [_ssn_numbers, _ssn_guion, _ssn_pairs_run, _ssn_digits_thousands]
_CC_SAY = [_cc_fours, _cc_pairs, _cc_mixed]
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es6_cc_spoken_fours_digit_by_digit", "v", _mk(_card(), _cc_fours), say=_cc_fours,
            others=_CC_SAY),
        fam("es6_cc_spoken_pairs_as_numbers", "v", _mk(_card(), _cc_pairs), say=_cc_pairs,
            others=_CC_SAY),
        fam("es6_cc_spoken_mixed_digits_numbers", "v", _mk(_card(), _cc_mixed), say=_cc_mixed,
            others=_CC_SAY, w=1.5),
        fam("es6_cc_spoken_amex_four_six_five", "v", _mk(_card(("amex",), (1,)), _cc_amex),
            say=_cc_amex, others=[_cc_amex, _cc_fours]),
        fam("es6_cc_spoken_english_groups", "v", _mk(_card(), _cc_english), say=_cc_english,
            others=[_cc_fours], loc="US"),
        fam("es6_cc_spoken_block_by_block", "v", _mk(_card(), _cc_blocks), say=_cc_blocks,
            modes=["blocks"], w=1.5),
        fam("es6_cc_agent_echoes_block", "v", _mk(_card(), _cc_blocks), internal=True),
        fam("es6_cc_typed_any_grouping", "t", _mk(_card(), _cc_typed), say=_cc_typed),
    ],
    "CARD_CVV": [
        fam("es6_cvv_spoken_digits_or_number", "v", _mk(_cvv, _cvv_said), say=_cvv_said),
        fam("es6_cvv_typed_plain", "t", _mk(_cvv, lambda v, r, loc: v)),
    ],
    "CARD_EXPIRY": [
        fam("es6_exp_spoken_month_del_yy", "v", _mk(_exp_make, _exp_month_del),
            say=_exp_month_del, others=_EXP_SAY),
        fam("es6_exp_spoken_mes_ano_numbers", "v", _mk(_exp_make, _exp_mes_ano),
            say=_exp_mes_ano, others=_EXP_SAY),
        fam("es6_exp_spoken_full_year", "v", _mk(_exp_make, _exp_full_year),
            say=_exp_full_year, others=_EXP_SAY),
        fam("es6_exp_spoken_diagonal", "v", _mk(_exp_make, _exp_diagonal), say=_exp_diagonal,
            others=_EXP_SAY),
        fam("es6_exp_spoken_english", "v", _mk(_exp_make, _exp_english), say=_exp_english,
            loc="US"),
        fam("es6_exp_agent_reads_from_file", "vt", _mk(_exp_make, _exp_on_file),
            modes=["readback_only"], typed_say=_exp_typed, w=1.5),
        fam("es6_exp_typed_any_format", "t", _mk(_exp_make, _exp_typed)),
    ],
    "US_SSN": [
        fam("es6_ssn_spoken_whole_groups", "v", _mk(_ssn, _ssn_numbers), loc="US",
            say=_ssn_numbers, others=_SSN_SAY, w=1.5),
        fam("es6_ssn_spoken_digits_guion_raya", "v", _mk(_ssn, _ssn_guion), loc="US",
            say=_ssn_guion, others=_SSN_SAY),
        fam("es6_ssn_spoken_pairs_run", "v", _mk(_ssn, _ssn_pairs_run), loc="US",
            say=_ssn_pairs_run, others=_SSN_SAY),
        fam("es6_ssn_spoken_digits_then_thousands", "v", _mk(_ssn, _ssn_digits_thousands),
            loc="US", say=_ssn_digits_thousands, others=_SSN_SAY),
        fam("es6_ssn_spoken_english_code_switch", "v", _mk(_ssn, _ssn_english), loc="US",
            say=_ssn_english, others=[_ssn_english, _ssn_guion]),
        fam("es6_ssn_typed_any_separator", "t", _mk(_ssn, _ssn_typed), loc="US"),
        fam("es6_ssn_last4_said_any_way", "v", _mk(_last4, _last4_said), loc="US",
            say=_last4_said, others=[_last4_said], **_L4),
        fam("es6_ssn_last4_typed_masked", "t", _mk(_last4, _last4_typed), loc="US", **_L4),
    ],
    "PHONE_NUMBER": [
        fam("es6_phone_us_spoken_mixed", "v", _mk(_phone_us, _phone_us_said), loc="US",
            say=_phone_us_said),
        fam("es6_phone_mx_spoken_pairs", "v", _mk(_phone_mx, _phone_mx_said), loc="MX",
            say=_phone_mx_said),
        fam("es6_phone_typed_us_mx", "t", _phone_typed, loc="US MX"),
    ],
    "EMAIL_ADDRESS": [
        fam("es6_email_spoken_punto_numbers", "v", _email_spoken),
        fam("es6_email_typed_plain_case", "t", _email_typed),
    ],
    "DATE_OF_BIRTH": [
        fam("es6_dob_spoken_de_del_year", "v", _mk(_dob, _dob_said)),
        fam("es6_dob_spoken_numbers_only", "v", _mk(_dob, _dob_numbers)),
        fam("es6_dob_typed_by_country", "t", _mk(_dob, _dob_typed)),
    ],
    "PERSON": [
        fam("es6_person_full_name_one_or_two_surnames", "vt", _full_name, w=2.0),
        fam("es6_person_titled_addressed", "vt", _addressed, ctx="address"),
        fam("es6_person_agent_intro", "vt", _agent_name, ctx="intro", w=0.5),
    ],
    "ADDRESS": [
        fam("es6_zip_spoken_digit_by_digit", "v", _mk(_zip, _zip_digits), say=_zip_digits,
            others=_ZIP_SAY, w=1.5, **_Z),
        fam("es6_zip_spoken_as_numbers", "v", _mk(_zip, _zip_numbers), say=_zip_numbers,
            others=_ZIP_SAY, w=1.5, **_Z),
        fam("es6_zip_spoken_english", "v", _mk(_zip, _zip_english), say=_zip_english,
            others=[_zip_digits, _zip_english], loc="US", **_Z),
        fam("es6_zip_typed_alone", "t", _zip_typed_fn, w=1.5, **_Z),
        fam("es6_addr_us_spoken_in_spanish", "v", _addr_us_spoken, loc="US"),
        fam("es6_addr_mx_spoken_ext_int_colonia", "v", _addr_mx_spoken, loc="MX"),
        fam("es6_addr_es_spoken_piso_puerta", "v", _addr_es_spoken, loc="ES"),
        fam("es6_addr_typed_one_line", "t", _addr_typed),
        fam("es6_addr_spoken_part_by_part", "v", _addr_in_pieces, modes=["parts"], w=0.7),
    ],
    "MX_CURP": [],
    "MX_RFC": [],
    "ES_NIF": [],
    "ES_NIE": [],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
NEG_T = {
    "amount": ["Le aparece un cargo de {v}, ¿lo reconoce?", "El pago mínimo es de {v}."],
    "order": ["El número de orden es {v}, por si lo quiere checar.", "Mi orden es la {v}."],
    "date": ["El cargo se hizo el {v}, en la tienda en línea.", "Su corte fue el {v}."],
    "time": ["Le devolvemos la llamada a {v}, ¿le parece?", "Mañana le marcan a {v}."],
    "tracking": ["Su número de seguimiento de paquetería es {v}."],
    "ext": ["Si necesita algo más, marque la extensión {v}.", "Mi extensión directa es {v}."],
    "ending": [
        "¿Va a usar la tarjeta con terminación {v}?",
        "La que tiene guardada termina en {v}, ¿esa?",
    ],
    "luhn": ["En la tarjeta de puntos me sale el número {v}, ¿ese sirve?"],
}


def _neg(kind, speaker, voice, typed):
    def fn(r, ch, loc):
        v = voice(r, loc) if ch == "voice" else typed(r, loc)
        return [(speaker, r.choice(NEG_T[kind]), v)]

    return fn


def _amt_v(r, loc):
    cur, cents = {"US": ("dólares", "centavos"), "MX": ("pesos", "centavos"),
                  "ES": ("euros", "céntimos")}[loc]  # fmt: skip
    return f"{palabras(r.randint(120, 9800))} {cur} con {palabras(r.randint(11, 99))} {cents}"


def _amt_t(r, loc):
    n, c = r.randint(120, 9800), r.randint(11, 99)
    return f"${n:,}.{c}" if loc != "ES" else f"{n},{c} €"


def _order_v(r, loc):
    return _digits(rdigits(r, 9, lead=True))


def _order_t(r, loc):
    return "#" + rdigits(r, 9, lead=True) if r.random() < 0.5 else rdigits(r, 9, lead=True)


def _date_v(r, loc):
    return f"{palabras(r.randint(2, 28))} de {r.choice(MESES)} de {palabras(r.randint(2023, 2025))}"


def _date_t(r, loc):
    return f"{r.randint(2, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2023, 2025)}"


def _time_v(r, loc):
    h = r.randint(2, 11)
    return f"las {palabras(h)} {r.choice(['y cuarto', 'y media', 'en punto', 'menos diez'])}"


def _time_t(r, loc):
    return f"las {r.randint(9, 18)}:{r.choice(['15', '30', '45'])}"


def _track_v(r, loc):
    return _digits(rdigits(r, 12, lead=True))


def _track_t(r, loc):
    return "1Z" + rdigits(r, 3) + "E" + rdigits(r, 12)


def _ext_v(r, loc):
    return _digits(rdigits(r, 3, lead=True))


def _ending_v(r, loc):
    return r.choice([_digits(rdigits(r, 4)), _pairs(rdigits(r, 4, lead=True))])


def _luhn_v(r, loc):
    n = not_luhn(r)
    return ", ".join(_digits(g) for g in chunks(n, [4, 4, 4, 4]))


def _luhn_t(r, loc):
    return "-".join(chunks(not_luhn(r), [4, 4, 4, 4]))


# fmt: off
NEGATIVES = [
    fam("es6_neg_amount_with_cents", "vt", _neg("amount", "agent", _amt_v, _amt_t)),
    fam("es6_neg_order_nine_digits", "vt", _neg("order", "customer", _order_v, _order_t)),
    fam("es6_neg_charge_date_not_dob", "vt", _neg("date", "agent", _date_v, _date_t)),
    fam("es6_neg_callback_time", "vt", _neg("time", "agent", _time_v, _time_t)),
    fam("es6_neg_tracking_number", "vt", _neg("tracking", "agent", _track_v, _track_t)),
    fam("es6_neg_phone_extension", "vt", _neg("ext", "agent", _ext_v,
                                              lambda r, loc: rdigits(r, 3, lead=True))),
    fam("es6_neg_card_ending_only", "vt", _neg("ending", "agent", _ending_v,
                                               lambda r, loc: rdigits(r, 4))),
    fam("es6_neg_luhn_fail_points_card", "vt", _neg("luhn", "customer", _luhn_v, _luhn_t)),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EN_UNIT_V = {w: i for i, w in enumerate(EN_D)} | {"oh": 0}
EN_TEEN_V = {w: 10 + i for i, w in enumerate(EN_TEEN)}
EN_TENS_V = {w: 10 * i for i, w in enumerate(EN_TENS) if w}
EN_MONTH_V = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}


def _en_num(toks, i):
    """English numbers below a hundred from toks[i]: [(value, next index)]."""
    n, t, out = len(toks), toks[i], []
    if t in EN_UNIT_V:
        out.append((EN_UNIT_V[t], i + 1))
    elif t in EN_TEEN_V:
        out.append((EN_TEEN_V[t], i + 1))
    elif t in EN_TENS_V:
        out.append((EN_TENS_V[t], i + 1))
        if i + 1 < n and toks[i + 1] in EN_UNIT_V and toks[i + 1] not in ("zero", "oh"):
            out.append((EN_TENS_V[t] + EN_UNIT_V[toks[i + 1]], i + 2))
    return out


def extra_alts(toks, i, mode, ctx):
    """Readings dev6 adds (spoken only): English numbers ('four hundred twelve', 'fifty-six'),
    months and 'two thousand twenty-nine', 'o' for zero."""
    t, out, n = toks[i], [], len(toks)
    if mode not in ("digits", "date", "address"):
        return out
    for v, j in _en_num(toks, i):
        out.append((str(v), j))
        if 0 < v < 10 and j < n and toks[j] == "hundred":
            out.append((str(v * 100), j + 1))
            if j + 1 < n:
                out += [(str(v * 100 + w), k) for w, k in _en_num(toks, j + 1) if w > 0]
    if t == "o":
        out.append(("0", i + 1))
    if mode == "date":
        if t in EN_MONTH_V:
            out.append((f"M{EN_MONTH_V[t]:02d}", i + 1))
        if t == "two" and i + 2 < n and toks[i + 1] == "thousand":
            out += [(f"20{v:02d}", j) for v, j in _en_num(toks, i + 2)]
    return out


def date_targets(ent, v, targets):
    """Dev6 dates of birth may come month first (US) and with a two-digit year."""
    if ent != "DATE_OF_BIRTH":
        return targets
    y, m, d = v[:4], int(v[4:6]), int(v[6:])
    ds, ms, ys = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}"), (y, y[2:])
    out = set(targets)
    out |= {a + b + c for a in ds for b in ms for c in ys}
    out |= {b + a + c for a in ds for b in ms for c in ys}
    return out


# ---------------------------------------------------------------- the interaction
LOCALE_ENTITIES = {
    "US": ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN"],
    "MX": ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "ES": ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "EMAIL_ADDRESS"],
}
_VIEWS = {}


def view(kind, loc, f=None):
    """This module's phrasings for one channel kind, country and family (the ZIP and
    last-four families have their own)."""
    which = "zip" if f is not None and f.opts.get("zip") else (
        "last4" if f is not None and f.opts.get("last4") else "")  # fmt: skip
    key = (kind, loc, which)
    if key not in _VIEWS:
        t = {k: list(v) for k, v in T.items()}
        for k, v in T_LOC[loc].items():
            t[k] += v
        te = {e: {k: list(v) for k, v in d.items()} for e, d in T_ENT.items()}
        if kind == "typed":
            t.update({k: list(v) for k, v in T_TYPED.items()})
            for d in te.values():
                for k in ("answer", "noq_cust"):
                    d.pop(k, None)
        t_en = dict(T_EN)
        if which == "zip":
            own = {k: list(v) for k, v in ZIP_PHR.items()}
            for k, v in ZIP_PHR_LOC[loc].items():
                own[k] += v
            if kind == "typed":
                own.update({k: list(v) for k, v in ZIP_PHR_TYPED.items()})
            te["ADDRESS"] = own
            t_en.update(ZIP_PHR_EN)
        elif which == "last4":
            te["US_SSN"] = {k: list(v) for k, v in LAST4_PHR.items()}
            if kind == "typed":
                te["US_SSN"].update(LAST4_PHR_TYPED)
            t_en.update(LAST4_PHR_EN)
        _VIEWS[key] = types.SimpleNamespace(
            FAMILIES=FAMILIES, NEGATIVES=NEGATIVES, MODES=MODES, T=t, T_EN=t_en, T_ENT=te,
            NOUNS=NOUNS, NOUNS_CS=NOUNS_CS, NOUNS_EN=NOUNS_EN, LABELS=LABELS, FILL=FILL,
            CORRECTIONS=CORRECTIONS, SKIP=SKIP, LETTER_NAMES=LETTER_NAMES, GLUE=GLUE)  # fmt: skip
    return _VIEWS[key]


def _pick_mode(r, ent, f, channel, mix):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    modes = f.opts.get("modes") or MODES
    if channel == "email":
        return "readback_only" if modes == ["readback_only"] and r.random() < 0.5 else "email"
    bad = {"form"} if channel == "voice" else {"blocks", "parts"}
    if ent not in compose.SPLITTABLE and not f.opts.get("zip"):
        bad.add("split")
    if ent in compose.NO_READBACK_ONLY:
        bad.add("readback_only")
    if mix == "switch":
        bad |= {"readback", "readback_only"}
    return r.choice([m for m in modes if m not in bad] or ["ask"])


def _label(ent, f, value, mode, noise, pos):
    return dict(entity=ent, category=f.name, value=norm(value), context=mode, noise=noise,
                position=pos)  # fmt: skip


def _correct(r, f, text, canon, loc):
    """A wrong start, a correction, then the whole value ('cuatro cinco tres uno, ay perdón,
    me regreso, cuatro cinco tres dos, ...'); None when the family cannot re-say a value."""
    say = f.opts.get("say")
    if not say:
        return None
    digits = [i for i, c in enumerate(canon) if c.isdigit()]
    i = 3 if f.name.startswith("es6_exp") else r.choice(digits[:2])
    wrong = canon[:i] + str((int(canon[i]) + r.randint(1, 9)) % 10) + canon[i + 1 :]
    w = say(wrong, r, loc)
    w = w if isinstance(w, str) else w[0]
    if not f.name.startswith(("es6_exp", "es6_zip")):
        w = w.split(", ")[0]
    return f"{w}, {r.choice(CORRECTIONS)}, {text}"


def _resay(r, f, canon, loc, fallback):
    """The agent's read-back, often in another form than the caller's."""
    others = f.opts.get("others")
    if others and r.random() < 0.6:
        out = r.choice(others)(canon, r, loc)
        return out if isinstance(out, str) else out[0]
    return fallback


def _scene(r, V, ent, f, out, mode, noise, pos, org, channel, mix, loc):
    """One rendered value `out` in one context: a list of (speaker, segments)."""
    text, canon = out[0], out[1]
    pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
    clean = text
    applied = "none"
    if noise == "selfcorrect" and mode not in ("split", "blocks", "parts"):
        c = _correct(r, f, text, canon, loc)
        if c:
            text, applied = c, "selfcorrect"
    elif noise == "fillers":
        noisy = compose.add_filler(r, text, FILL, _KEEP, GLUE)
        text, applied = noisy, ("fillers" if noisy != text else "none")
    pieces = compose.split_pieces(r, text, [*FILL, *SKIP]) if mode == "split" else None
    if mode == "split" and not pieces:
        mode = "ask"
    lab = _label(ent, f, canon, mode, applied, pos)
    A, U = "agent", "customer"
    nouns = f.opts.get("nouns") or V.NOUNS[ent]
    cs = f.opts.get("cs_nouns") or V.NOUNS_CS.get(ent)
    if mix == "intra" and cs and r.random() < 0.8:
        nouns = cs
    kw = compose.grammar(r.choice(nouns))
    kw_en = {"noun": r.choice(f.opts.get("en_nouns") or V.NOUNS_EN.get(ent) or ["details"])}

    def pick(k, who=U):
        if who == A and mix == "switch" and k in V.T_EN:
            return r.choice(V.T_EN[k]), kw_en
        return r.choice(V.T_ENT.get(ent, {}).get(k) or V.T[k]), kw

    def val(t, first=True, last=True, lab=lab):
        return [(pre if first else "", None), (t, lab), (post if last else "", None)]

    def say(k, t, who=U, lab=lab, **extra):
        tmpl, kw_ = pick(k, who)
        return (who, fill(tmpl, val(t, lab=lab), None, **kw_, **extra))

    def line(k, who=U):
        tmpl, kw_ = pick(k, who)
        return (who, fill(tmpl, None, None, **kw_))

    if mode == "signature":
        return [(U, val(text))]
    if mode == "email":
        return [say("email", text)]
    if mode == "form":
        return [say("form", text, Label=r.choice(f.opts.get("labels") or V.LABELS[ent]))]
    if mode == "intro":
        return [say("intro", text, A, org=org)]
    if mode == "address":
        return [say("address", text, A), line("thanks")]
    if mode == "readback_only":
        return [say("readback_only", text, A), line("confirm")]
    if mode == "volunteer":
        return [say("volunteer", text), line("ack", A)]
    if mode == "noq":
        return [line("noq_agent", A), say("noq_cust", text)]
    ask = line("ask", A)
    if mode == "ask":
        return [ask, say("answer", text)]
    if mode == "readback":
        back = _resay(r, f, canon, loc, clean) if channel == "voice" else clean
        blab = dict(lab, context="readback", noise="none")
        return [ask, say("answer", text), say("readback", back, A, lab=blab), line("confirm")]
    if mode == "split":
        turns = [ask]
        for i, p in enumerate(pieces):
            k = "split_a" if i == 0 else "split_b" if i == len(pieces) - 1 else "split_mid"
            if i:
                turns.append(line("split_ack", A))
            tmpl, kw_ = pick(k)
            turns.append((U, fill(tmpl, val(p, i == 0, i == len(pieces) - 1), lab, **kw_)))
        return turns
    raise ValueError(mode)


def _zip_pieces(r, V, f, z, pos, loc, mix):
    """A ZIP given in pieces across turns, one span per piece; maybe read back whole."""
    cut = r.choice([[2, 3], [3, 2], [2, 2, 1], [1, 2, 2]])
    lab = _label("ADDRESS", f, z, "split", "none", pos)
    turns = [("agent", [(r.choice(V.T_ENT["ADDRESS"]["ask"]), None)])]
    for i, c in enumerate(chunks(z, cut)):
        if len(c) == 1:
            p = _digits(c, r, 0.3)
        else:
            p = r.choice([_digits(c, r, 0.3), _pair(c, r, 0.2) if len(c) == 2 else _num(c)])
        if i:
            acks = ZIP_PIECE_ACK_EN if mix == "switch" else ZIP_PIECE_ACK
            turns.append(("agent", [(r.choice(acks), None)]))
        turns.append(("customer", fill(r.choice(ZIP_PIECE_NEXT if i else ZIP_PIECE_FIRST), p, lab)))
    if mix != "switch" and r.random() < 0.5:
        back = _label("ADDRESS", f, z, "readback", "none", pos)
        said = r.choice(_ZIP_SAY)(z, r, loc)
        turns += [("agent", fill(r.choice(V.T_ENT["ADDRESS"]["readback"]), said, back)),
                  ("customer", [(r.choice(V.T_ENT["ADDRESS"]["confirm"]), None)])]  # fmt: skip
    return turns


def _cc_blocks_scene(r, V, f, out, pos, loc, mix):
    """A card given block by block across turns, the agent echoing every block (the echoes
    are the spans of `es6_cc_agent_echoes_block`)."""
    v = out[1]
    echo_f = next(g for g in FAMILIES["CREDIT_CARD"] if g.opts.get("internal"))
    lab = _label("CREDIT_CARD", f, v, "split", "none", pos)
    elab = _label("CREDIT_CARD", echo_f, v, "split", "none", pos)
    groups = compose.card_groups(v)
    if mix == "switch":
        ask = r.choice(T_EN["ask"]).replace("{noun}", r.choice(NOUNS_EN["CREDIT_CARD"]))
    else:
        ask = fill(r.choice(V.T_ENT["CREDIT_CARD"]["ask"]), None, None)[0][0]
    turns = [("agent", [(ask, None)])]
    for i, g in enumerate(groups):
        said = _any_group(g, r, 0.2)
        first, last = i == 0, i == len(groups) - 1
        tmpl = r.choice(CC_BLOCK_SAY_FIRST if first else CC_BLOCK_SAY_LAST if last
                        else CC_BLOCK_SAY_NEXT)  # fmt: skip
        turns.append(("customer", fill(tmpl, said, lab)))
        if mix == "switch":
            echo = _en_digits(g, r) if r.random() < 0.5 else _en_group(g, r)
            turns.append(("agent", fill(r.choice(CC_ECHO_EN), echo, elab)))
        else:
            echo = said if r.random() < 0.4 else r.choice([_digits(g), _pairs(g), _any_group(g, r)])
            turns.append(("agent", fill(r.choice(CC_ECHO), echo, elab)))
    return turns


def _addr_parts_scene(r, V, f, out, pos, loc, mix):
    """An address taken down part by part: the agent asks for each part, one span per part
    (two neighbouring parts now and then said together); maybe read back whole."""
    text, canon = out[0], out[1]
    lab = _label("ADDRESS", f, canon, "split", "none", pos)
    parts = [tuple(x.split("=", 1)) for x in text.split(" | ")]
    merged = []
    for k, p in parts:
        if merged and merged[-1][0] != "street" and k != "zip" and r.random() < 0.3:
            merged[-1] = (merged[-1][0], f"{merged[-1][1]}, {p}")
        else:
            merged.append((k, p))
    turns = []
    for k, p in merged:
        if mix == "switch":
            ask = r.choice(ADDR_PART_ASK_EN)
        else:
            ask = r.choice(ADDR_PART_ASK[k][loc] if k == "unit" else ADDR_PART_ASK[k])
        turns.append(("agent", [(ask, None)]))
        turns.append(("customer", fill(r.choice(ADDR_PART_SAY), p, lab)))
    if mix != "switch" and r.random() < 0.4:
        back = _label("ADDRESS", f, canon, "readback", "none", pos)
        whole = ", ".join(p for _, p in parts)
        turns += [("agent", fill(r.choice(T["readback"]), whole, back)),
                  ("customer", [(r.choice(T["confirm"]), None)])]  # fmt: skip
    return turns


def build(r, F, split, iid):
    """compose.build's flow with this module's phrasings and scenes."""
    loc = r.choices(["US", "MX", "ES"], [7, 4, 2])[0]
    domain = r.choices(["banking", "retail", "health", "services"], [3, 2, 4, 3])[0]
    preset = "hipaa" if domain in ("health", "services") else "pci"
    channel = r.choices(["voice", "chat", "email"], [7, 3, 2])[0]
    mix = "es"
    if loc == "US":
        mix = r.choices(["es", "intra", "switch"], [2, 1, 1])[0]
    elif loc == "MX" and r.random() < 0.15:
        mix = "intra"
    if channel == "email" and mix == "switch":
        mix = "intra"
    kind = "voice" if channel == "voice" else "typed"
    org = r.choice(compose.ORG[domain])
    ents, negs = [], []
    neg_ok = [n for n in NEGATIVES if fits(n, channel, loc)]
    if preset == "pci":
        if r.random() < 0.2:
            negs = r.sample(neg_ok, min(len(neg_ok), r.randint(1, 3)))
        else:
            probs = [0.8, 0.3, 0.7]
            ents = [e for e, p in zip(PCI, probs, strict=True) if r.random() < p]
            ents = ents or [r.choice(["CREDIT_CARD", "CARD_EXPIRY"])]
            negs = r.sample(neg_ok, min(len(neg_ok), r.randint(0, 2)))
    else:
        pool = [e for e in LOCALE_ENTITIES[loc] if e not in ("ADDRESS", "US_SSN")]
        ents = r.sample(pool, r.randint(1, 2))
        if loc == "US":  # the full number, and now and then the last four too (or again)
            ents += ["US_SSN"] * (1 + (r.random() < 0.4))
        ents.append("ADDRESS")
        if r.random() < 0.5:
            ents.append("ADDRESS")
        ents += [r.choice(["CREDIT_CARD", "CARD_EXPIRY"])] if r.random() < 0.3 else []
    nfill = r.randint(2, 6)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro, used = [], None, set()
    for e in ents:
        fams = [f for f in FAMILIES[e] if fits(f, channel, loc) and f.name not in used]
        fams = [f for f in fams if not f.opts.get("internal")]
        if channel == "email" or intro:
            fams = [f for f in fams if f.opts.get("ctx") not in ("intro", "address")]
        if not fams:
            continue
        f = r.choices(fams, [x.opts.get("w", 1.0) for x in fams])[0]
        used.add(f.name)
        V = view(kind, loc, f)
        out = f.fn(r, channel, loc)
        if channel != "voice" and f.opts.get("typed_say"):
            out = (f.opts["typed_say"](out[1], r, loc), out[1])
        mode = _pick_mode(r, e, f, channel, mix)
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        if mode in ("readback_only", "address", "intro") or e == "PERSON":
            noise = "none" if mode != "ask" else noise.replace("selfcorrect", "none")
        pos = r.choice(list(slots))
        if mode == "blocks":
            turns = _cc_blocks_scene(r, V, f, out, pos, loc, mix)
        elif mode == "parts":
            turns = _addr_parts_scene(r, V, f, out, pos, loc, mix)
        elif mode == "split" and f.opts.get("zip") and channel == "voice" and len(out[1]) == 5:
            turns = _zip_pieces(r, V, f, out[1], pos, loc, mix)
        else:
            if mode == "split" and (f.opts.get("zip") or (channel != "voice" and r.random() < 0.5)):
                mode = "ask"
            turns = _scene(r, V, e, f, out, mode, noise, "early" if mode == "intro" else pos,
                           org, channel, mix, loc)  # fmt: skip
        if mode == "intro":
            intro = ("intro", turns)
        else:
            blocks.append((slots[pos](), len(blocks), turns))
    for n in negs:
        blocks.append((r.randint(0, nfill), len(blocks), compose.decoy_turns(r, n, channel, loc)))
    blocks.sort(key=lambda b: (b[0], b[1]))
    if channel == "email":
        turns = compose._email(r, domain, preset, org, blocks, None)
    else:
        turns = compose._dialog(r, domain, preset, org, channel, mix, blocks, intro, nfill)
    style = "clean"
    if channel == "voice":
        style = r.choices(["clean", "asr_lower", "asr_noaccents"], [3, 5, 2])[0]
    elif channel == "chat" and r.random() < 0.3:
        style = "casual_lower"
    out, spans, decoys = compose.finalize(turns, style, channel)
    if style != "clean":
        for s in spans:
            s["noise"] = style if s["noise"] == "none" else s["noise"] + "+" + style
    tags = {"US": ["es-US", "es", None], "MX": ["es-MX", "es", None], "ES": ["es", None]}[loc]
    if mix == "switch":
        tags = ["es-US", None]
    lang = r.choice(tags)
    meta = {"split": split, "domain": domain, "style": style, "locale": loc, "mix": mix}
    inter = {"id": iid, "channel": channel, **({"language": lang} if lang else {}),
             "metadata": meta, "turns": out}  # fmt: skip
    return {
        "interaction": inter,
        "spans": spans,
        "lookalike_only": not spans and bool(decoys),
        "preset": preset,
        "decoys": decoys,
    }


def _flat(table):
    if isinstance(table, str):
        return [table]
    if isinstance(table, dict):
        return [x for v in table.values() for x in _flat(v)]
    return [x for v in table for x in _flat(v)]


# Every phrasing of the ZIP, last-four, address-part and card-block tables, the typed and
# country lines, and the negatives (for the package's no-shared-wording check).
EXTRA_WORDING = tuple(
    _flat([T_TYPED, T_LOC, ZIP_PHR, ZIP_PHR_LOC, ZIP_PHR_TYPED, ZIP_PHR_EN, ZIP_NOUNS,
           ZIP_NOUNS_CS, ZIP_NOUNS_EN, ZIP_LABELS, ZIP_PIECE_FIRST, ZIP_PIECE_ACK,
           ZIP_PIECE_ACK_EN, ZIP_PIECE_NEXT, LAST4_PHR, LAST4_PHR_TYPED, LAST4_PHR_EN,
           LAST4_NOUNS, LAST4_NOUNS_EN, LAST4_LABELS, ADDR_PART_ASK, ADDR_PART_ASK_EN,
           ADDR_PART_SAY, CC_BLOCK_SAY_FIRST, CC_BLOCK_SAY_NEXT, CC_BLOCK_SAY_LAST, CC_ECHO,
           CC_ECHO_EN, NEG_T])
)  # fmt: skip
