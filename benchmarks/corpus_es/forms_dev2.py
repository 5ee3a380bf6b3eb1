"""Surface forms and phrasings of the Spanish DEV2 split (a second development split).

Written by another hand than forms_dev.py, to tune on as well: numbers are said the way people
group them (pairs, hundreds, thousands, "doble" and "triple", a zero now and then said "o", a
mix of these within one value), chats type digits with odd separators or half in words, ids are
spelled with "de" examples ("be de burro"), regional letter names ("be grande", "ve chica",
"uve") and NATO words, dates come year first, month first and with two-digit years, e-mail
addresses are spelled, said with "guion bajo" and typed obfuscated, and addresses carry units,
"número exterior" and "interior" and typed abbreviations.

The phrasings change with the interaction: `build` wraps compose.build with a view of this
module whose phrasing tables hold, besides the common ones, those of the channel (voice or
typed), of the caller's country and of a code-switched call (OVERLAYS, NOUNS_LOC). It also gives
IVR and chat-bot prompts the `bot` speaker and gathers a chat's form lines ("Nombre: ...",
"Fecha de nacimiento: ...") into one message, shifting the offsets.
"""

import itertools
import random
import re
import types

from . import compose
from .compose import (
    LETRAS,
    MES3,
    MESES,
    UNIDADES,
    apocope,
    card,
    card_groups,
    chunks,
    curp,
    day,
    fam,
    fold,
    from_family,
    iso,
    mx_groups,
    nie,
    nif,
    norm,
    not_luhn,
    palabras,
    phone_mx,
    phone_us,
    rdigits,
    rfc,
    ssn,
)
from .verify import NUMWORDS, number_alts

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]

# ---------------------------------------------------------------- phrasings (every channel)
# Values said with an article or preposition carry it as unlabeled text before the span
# ("el" ocho del veintisiete, "en el" setenta y cinco ...), so these phrasings put none before
# {v}.
# fmt: off
T = {
    "ask": ["¿Me permite {su} {noun}, por favor?", "Me hace favor de proporcionarme {su} {noun}.",
            "Ocupo que me confirme {su} {noun}.", "¿Sería usted tan amable de darme {su} {noun}?",
            "Para continuar, ¿me comparte {su} {noun}?"],
    "answer": ["Ok, {es} {v}.", "Sí, mire, {es} {v}.", "Ah, sí: {v}.", "Déjeme checar... {v}.",
               "Aquí lo tengo, {v}."],
    "volunteer": ["Le paso {mi} {noun} de una vez: {v}.",
                  "Para que lo tenga, {mi} {noun} {es} {v}.",
                  "Ya de una vez le digo {mi} {noun}, {es} {v}."],
    "ack": ["Excelente, se lo agradezco.", "Listo, anotado.", "Muy amable, ya quedó."],
    "noq_agent": ["Ahora le voy a pedir {su} {noun}.", "Enseguida necesito {su} {noun}.",
                  "Vamos a continuar con {su} {noun}."],
    "noq_cust": ["Ajá, {v}.", "Ok, pues {v}.", "Sí, cómo no, {v}."],
    "readback": ["Déjeme repetirlo: {v}. ¿Es correcto?", "Entonces sería {v}, ¿verdad?",
                 "Nada más para confirmar: {v}, ¿sí?"],
    "readback_only": ["Aquí en el sistema me aparece {v}, ¿sigue siendo correcto?",
                      "Tengo registrado {v}, ¿me lo confirma?"],
    "confirm": ["Sí, ese es.", "Correcto, así es.", "Ajá, está bien."],
    "thanks": ["Gracias, muy amable.", "A usted, gracias."],
    "split_a": ["Van: {v}", "Ok, primero {v}", "Ahí le va: {v}"],
    "split_mid": ["Después {v}", "Sigue {v}", "Ahora {v}"],
    "split_ack": ["Sí, adelante.", "Ajá, ajá.", "Mhm, ok.", "Ok.", "Sí, sí, le voy siguiendo.",
                  "Ajá, sí, lo tengo."],
    "split_b": ["Y al último {v}.", "Y por último {v}.", "Y ya, {v}."],
    "email": ["Les envío {mi} {noun}: {v}.", "Les dejo {mi} {noun}, {es} {v}.",
              "Por si lo necesitan, {mi} {noun} {es} {v}."],
    "form": ["{Label}.- {v}", "*{Label}:* {v}", "- {Label}: {v}", "* {Label}: {v}"],
    "intro": ["Buenos días, gracias por llamar a {org}, habla {v}, ¿en qué puedo apoyarle?",
              "{org}, le saluda {v}. Le recuerdo que esta llamada se graba. ¿Cómo le puedo "
              "ayudar?"],
    "address": ["Perfecto, {v}, ya tengo su cuenta abierta.",
                "Con mucho gusto, {v}, permítame un segundito.",
                "Claro que sí, {v}, déjeme revisar."],
}
T_ENT = {
    "PERSON": {
        "ask": ["¿Con quién tengo el gusto de hablar?", "¿Me podría decir su nombre y apellidos?",
                "¿Cómo se llama usted, por favor?"],
        "answer": ["Mucho gusto, soy {v}.", "Sí, habla {v}.", "Yo soy {v}.", "Sí, soy {v}."],
        "volunteer": ["Buenas, le habla {v}.", "Soy {v}, para que lo tenga."],
        # noq: the agent asks for the account holder, who may be a relative (es2_person_relative)
        "noq_agent": ["¿A nombre de quién aparece la cuenta?",
                      "Necesito el nombre del titular de la cuenta.",
                      "Ahora, ¿la cuenta a nombre de quién está?"],
        "noq_cust": ["Está a nombre de {v}.", "A nombre de {v}.",
                     "La cuenta está a nombre de {v}."],
        "readback": ["¿Entonces hablo con {v}?", "Muy bien, tengo a {v}, ¿correcto?"],
        "readback_only": ["¿Hablo con {v}?", "Tengo registrado a {v} como titular, ¿es usted?"],
        "confirm": ["Sí, soy yo.", "Ajá, así es."],
        "email": ["Soy {v} y les escribo por lo siguiente.", "Me presento, soy {v}."],
    },
    "DATE_OF_BIRTH": {
        "ask": ["Para verificar, ¿me confirma su fecha de nacimiento?",
                "¿Qué fecha de nacimiento tiene registrada?"],
    },
    "CARD_EXPIRY": {
        "answer": ["Vence {v}.", "Dice que vence {v}.", "Expira {v}.", "Ajá, vence {v}."],
        "volunteer": ["La tarjeta expira {v}.", "Ah, y vence {v}."],
        "noq_cust": ["Vence {v}.", "Ok, expira {v}."],
        "readback": ["Entonces vence {v}, ¿correcto?", "O sea que expira {v}, ¿verdad?"],
        "readback_only": ["Tengo que su tarjeta vence {v}, ¿sigue siendo así?"],
    },
    "CARD_CVV": {
        "answer": ["El de atrás es {v}.", "Atrás dice {v}.", "Ok, el código es {v}."],
        "volunteer": ["El código de atrás es {v}."],
    },
    "PHONE_NUMBER": {
        "answer": ["Me puede marcar al {v}.", "Tome nota: {v}.", "Ok, {es} {v}."],
        "volunteer": ["Por si se corta, mi número es {v}."],
        "readback_only": ["El teléfono que tengo es {v}, ¿sigue siendo el mismo?"],
    },
    "EMAIL_ADDRESS": {
        "answer": ["Sería este: {v}.", "El mío es {v}.", "Ok, es {v}, todo junto."],
        "readback_only": ["El correo que tengo registrado es {v}, ¿es correcto?"],
    },
    # neutral: a whole address and a ZIP said alone (es2_addr_zip_only) both fit
    "ADDRESS": {
        "answer": ["Ok, {es} {v}.", "Claro, {v}.", "Ah, ok, {v}."],
        "volunteer": ["La dirección de mi casa es {v}.", "Mi domicilio, {v}."],
        "noq_cust": ["Ahorita estoy viviendo en {v}.", "Es en {v}."],
        "email": ["Mi domicilio actual es {v}."],
    },
}
# An English-speaking agent in a switched call.
T_EN = {
    "ask": ["And what's the {noun}?", "Can you verify the {noun} for me?",
            "Go ahead with the {noun} whenever you're ready."],
    "ack": ["Perfect, thank you.", "Okay, I have it."],
    "noq_agent": ["Okay, now I need the {noun}.", "Let's get the {noun} next."],
    "split_ack": ["Mm-hm.", "Okay, go on.", "Yes, I'm listening."],
    "intro": ["{org}, thank you for calling, this call is recorded for quality. This is {v}, "
              "how may I help?"],
    "address": ["Okay, {v}, I see your account here.", "Thanks a lot, {v}, one moment."],
}

# Prompts said by an IVR or typed by a chat bot: `build` gives their turns the `bot` speaker.
IVR = "Sistema de pago seguro."
IVR_ID = "Para verificar su identidad, diga o marque"
BOT = "🤖 Asistente virtual:"

# Additions by channel, country and language mix: OVERLAYS[key][entity or "*"][phrase key].
# An entity's list adds to T_ENT's (or, when T_ENT has none, to T's); "*" adds to T.
OVERLAYS = {
    "voice": {
        "*": {"ask": ["¿Me dicta {su} {noun}, por favor?"]},
        "CARD_CVV": {"ask": [f"{IVR} Ahora diga o marque el código de seguridad de su tarjeta."]},
        "CARD_EXPIRY": {"ask": [f"{IVR} Diga o marque la fecha de vencimiento de su tarjeta, "
                                "primero el mes y después el año."]},
        "DATE_OF_BIRTH": {
            "ask": [f"{IVR_ID} su fecha de nacimiento."],
            "answer": ["Nací {v}.", "Yo nací {v}.", "Ajá, nací {v}."],
            "volunteer": ["Por si lo ocupa, nací {v}."],
            "noq_cust": ["Nací {v}.", "Ok, nací {v}."],
            "readback": ["Entonces nació {v}, ¿verdad?", "¿Nació {v}?"],
            "readback_only": ["Aquí dice que nació {v}, ¿es correcto?"],
        },
        "PHONE_NUMBER": {"ask": [f"{IVR_ID} el teléfono registrado en su cuenta."]},
        "US_SSN": {"ask": [f"{IVR_ID} su número de seguro social."]},
        "EMAIL_ADDRESS": {"ask": ["¿Me deletrea su correo, por favor?"],
                          "answer": ["Se lo deletreo: {v}."]},
    },
    "typed": {
        "*": {"ask": ["¿Me compartes {el} {noun}, por favor?", "Por favor, escríbeme {el} {noun}."],
              "answer": ["claro, {v}", "va: {v}", "{v} 🙏", "Listo: {v}"],
              "ack": ["Gracias, ya lo tengo 👍"],
              "noq_agent": ["Ahora compárteme {el} {noun}, por favor."],
              "readback": ["Confirmo: {v}. ¿Es correcto?"]},
        "CREDIT_CARD": {"ask": [f"{BOT} para pagar, escribe el número de tu tarjeta."]},
        "CARD_CVV": {"ask": [f"{BOT} escribe el código de seguridad de tu tarjeta."]},
        "DATE_OF_BIRTH": {
            "answer": ["Pues nací el {v}.", "el {v}"],
            "volunteer": ["Ah, y nací el {v}, por si lo ocupan."],
            "noq_cust": ["Ok, nací el {v}."], "readback": ["¿Nació el {v}?"],
            "readback_only": ["Tengo registrado que nació el {v}, ¿es correcto?"],
        },
        "CARD_EXPIRY": {"answer": ["Vence el {v}.", "exp. {v}"]},
        "PERSON": {"ask": ["¿Me compartes tu nombre completo?"], "answer": ["soy {v}"]},
    },
    ("voice", "US"): {"CREDIT_CARD": {"ask": [
        f"{IVR} Por favor, marque o diga el número de su tarjeta, seguido de la tecla numeral."]}},
    ("voice", "MX"): {"CREDIT_CARD": {"ask": [
        f"{IVR} Por favor, marque o diga el número de su tarjeta, seguido de la tecla gato."]}},
    ("voice", "ES"): {"CREDIT_CARD": {"ask": [
        f"{IVR} Por favor, marque o diga el número de su tarjeta, seguido de la tecla "
        "almohadilla."]}},
    # Hispanic US: Caribbean, Colombian and Central American callers, often tuteando
    "US": {"*": {"answer": ["Dale, {v}.", "Mira, {es} {v}.", "Ok, dale: {v}."],
                 "confirm": ["Sí, correcto, mi amor.", "Eso, así mismo."],
                 "ack": ["A la orden."], "thanks": ["Ok, dale, gracias."]}},
    "MX": {"*": {"answer": ["Sale pues, {v}.", "Ándale, {v}.", "Mande... ah, sí, {v}."],
                 "confirm": ["Sí, ándele.", "Ajá, ese mero."], "ack": ["Perfecto, ya quedó."],
                 "noq_cust": ["Va que va, {v}."]}},
    "ES": {"*": {"ask": ["¿Me dice {su} {noun}, por favor?", "¿Me facilita {su} {noun}?"],
                 "answer": ["Vale, {v}.", "Pues mire, {v}.", "Sí, vale: {v}."],
                 "confirm": ["Sí, vale.", "Eso mismo, sí."], "ack": ["Vale, perfecto."],
                 "noq_cust": ["Vale, {v}."]}},
    # Spanish turns with English in them (mix "intra")
    "intra": {"*": {"answer": ["Okay, so {es} {v}.", "Let me see... {v}."],
                    "volunteer": ["Te doy {mi} {noun} real quick: {v}."],
                    "ack": ["Okay, perfecto."], "confirm": ["Yes, correcto."]}},
}

NOUNS = {
    "CREDIT_CARD": ["los números de la tarjeta", "el número del plástico",
                    "el número completo de la tarjeta"],
    "CARD_CVV": ["el código que viene al reverso", "el CVC", "el código CVV"],
    "CARD_EXPIRY": ["el vencimiento de la tarjeta", "la fecha de vencimiento del plástico"],
    "PERSON": ["el nombre del titular", "el nombre con apellidos"],
    "DATE_OF_BIRTH": ["la fecha de nacimiento completa", "la fecha de nacimiento, día, mes y año"],
    "ADDRESS": ["la dirección completa", "el domicilio completo", "la dirección de la casa"],
    "PHONE_NUMBER": ["el teléfono", "el teléfono de contacto"],
    "EMAIL_ADDRESS": ["el mail de contacto", "la cuenta de correo electrónico", "el e-mail"],
    "US_SSN": ["el número completo del seguro social", "el número de Social Security"],
    "MX_CURP": ["el CURP", "la clave CURP completa"],
    "MX_RFC": ["el RFC completo con homoclave", "la clave del RFC"],
    "ES_NIF": ["el número completo del DNI", "el documento nacional de identidad"],
    "ES_NIE": ["el número de NIE", "el número de la TIE"],
}
NOUNS_LOC = {
    "US": {"PHONE_NUMBER": ["el celular de contacto"], "ADDRESS": ["la dirección postal"]},
    "MX": {"PHONE_NUMBER": ["el cel", "el número de cel"], "CARD_CVV": ["el código de atrás"]},
    "ES": {"PHONE_NUMBER": ["el número del móvil"],
           "CARD_EXPIRY": ["la fecha de caducidad de la tarjeta"],
           "EMAIL_ADDRESS": ["la dirección de correo"]},
}
NOUNS_CS = {
    "CREDIT_CARD": ["el debit card number", "el card number"],
    "CARD_CVV": ["el security code de atrás"],
    "CARD_EXPIRY": ["el expiration date de la tarjeta", "la fecha de expiration"],
    "PERSON": ["el name completo"],
    "DATE_OF_BIRTH": ["el birthday completo", "la fecha de birth"],
    "ADDRESS": ["el address completo", "el home address completo"],
    "PHONE_NUMBER": ["el cell phone", "el número de cell"],
    "EMAIL_ADDRESS": ["el e-mail address de contacto"],
    "US_SSN": ["el social security completo", "el número del social"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["full card number", "card number on the front"],
    "CARD_CVV": ["CVV code", "code on the back"], "CARD_EXPIRY": ["expiry", "card's expiration"],
    "PERSON": ["name the account is under", "first and last name"],
    "DATE_OF_BIRTH": ["birth date", "DOB"], "ADDRESS": ["current home address", "mailing address"],
    "PHONE_NUMBER": ["best callback number", "cell phone number"],
    "EMAIL_ADDRESS": ["email on file", "e-mail"], "US_SSN": ["social", "SSN on file"],
}
LABELS = {
    "CREDIT_CARD": ["Número de tarjeta", "No. de tarjeta", "Núm. tarjeta"],
    "CARD_CVV": ["Código de seguridad", "CVV/CVC"],
    "CARD_EXPIRY": ["Vencimiento", "Vence (mm/aa)"],
    "PERSON": ["Nombre(s)", "Nombre y apellidos", "Titular de la cuenta"],
    "DATE_OF_BIRTH": ["Fecha de nacimiento (dd/mm/aaaa)", "F. de nacimiento",
                      "Fecha de nacimiento del titular"],
    "ADDRESS": ["Dirección completa", "Domicilio particular"],
    "PHONE_NUMBER": ["Tel. celular", "Cel. de contacto", "Teléfono de contacto"],
    "EMAIL_ADDRESS": ["Correo", "Email de contacto", "Correo (e-mail)"],
    "US_SSN": ["SSN#", "Núm. seguro social", "No. de seguro social"],
    "MX_CURP": ["CURP del titular", "Clave CURP"],
    "MX_RFC": ["RFC c/homoclave", "RFC del titular"],
    "ES_NIF": ["NIF/DNI del titular", "Nº de DNI"],
    "ES_NIE": ["Nº de NIE", "NIE del titular"],
}
LAST4 = ["los últimos dígitos del seguro social", "la terminación del número de seguro social"]
LAST4_CS = ["los last digits del social"]
LAST4_EN = ["last digits of your social"]
LAST4_LABELS = ["Últimos dígitos del SSN", "Terminación SSN"]
CID = ["el código chiquito del frente de la American Express", "el código que viene al frente"]
ZIP = ["el código postal del domicilio", "el zip"]
ZIP_CS = ["el zip code"]
ZIP_EN = ["ZIP code"]
HOLDER_EN = ["account holder's name"]

# ASR noise: fillers, a self-correction (a wrong digit, then the value).
FILL = ["eeh", "em", "pos", "mm", "ay"]
CORRECTIONS = ["no, perdón", "ay, me equivoqué", "bueno, mejor dicho", "corrijo", "no, espéreme"]
# Words said inside a value that are not part of it (connectors, "la letra", "todo junto" ...).
SKIP = [*FILL, "seguido de", "y después", "y ya el último", "y al final", "más", "la letra",
        "y la letra", "letra", "con homoclave", "homoclave", "código de área", "y el número",
        "todo junto", "todo en minúsculas", "todo en minúscula", "todo pegado", "sin espacios",
        "con acento", "con tilde"]
# No filler goes after these words (they modify the next one).
GLUE = ["doble", "triple", "guion", "la", "letra", "más", "con", "un", "veintiún"]
# Regional letter names used on top of compose.LETRAS.
LETTER_NAMES = {"B": ["be grande", "be larga", "be alta"],
                "V": ["ve chica", "ve corta", "ve baja", "uve", "ve"],
                "I": ["i latina"], "Y": ["i griega", "ye"], "W": ["doble u", "uve doble"]}
EMAIL_WORDS = {"guion bajo": "_", "guion medio": "-", "underscore": "_", "dot": ".", "at": "@"}
# Typed e-mail obfuscations: "juan [at] gmail [dot] com", "juan arroba gmail punto com".
TYPED_EMAIL = [
    (r"\s*[\[\(\{<]\s*(?:at|arroba)\s*[\]\)\}>]\s*", "@"),
    (r"\s*[\[\(\{<]\s*(?:dot|punto)\s*[\]\)\}>]\s*", "."),
    (r"\s+(?:arroba|at)\s+", "@"),
    (r"\s+(?:punto|dot)\s+", "."),
    (r"\s+guion bajo\s+", "_"),
]
# fmt: on


def _toks(s):
    return re.findall(r"[a-z0-9]+", fold(s).lower())


# ---------------------------------------------------------------- saying numbers
# Zero is "cero"; digit-by-digit values (cards, codes, SSNs, phones) now and then say "o".


def _w(c, r=None, o=0.0):
    if c == "0":
        return "o" if r is not None and r.random() < o else "cero"
    return UNIDADES[int(c)]


def _seq(s, r, doble=0.6, o=0.0):
    """Digit by digit; a run of two is often "doble", of three "triple"."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        w = _w(s[i], r, o)
        if j - i >= 3 and r.random() < doble * 0.8:
            out.append("triple " + w)
            i += 3
        elif j - i >= 2 and r.random() < doble:
            out.append("doble " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def _two(s, r, doble=True):
    """'45' -> 'cuarenta y cinco', '05' -> 'cero cinco', '00' -> 'cero cero' or 'doble cero'."""
    if s[0] == "0":
        if s == "00" and doble and r.random() < 0.4:
            return "doble cero"
        return "cero " + _w(s[1])
    return palabras(int(s))


def _three(s, r):
    return "cero " + _two(s[1:], r) if s[0] == "0" else palabras(int(s))


def _four(s, r):
    return "cero " + _three(s[1:], r) if s[0] == "0" else palabras(int(s))


def _pairs(s, r, doble=True):
    """A group in pairs ('4522' -> ['cuarenta y cinco', 'veintidós']); an odd digit alone."""
    sizes = [2] * (len(s) // 2)
    if len(s) % 2:
        sizes.insert(0 if r.random() < 0.5 else len(sizes), 1)
    return [_w(p) if len(p) == 1 else _two(p, r, doble) for p in chunks(s, sizes)]


def _numbers(s, r):
    """A group said as hundreds or thousands, the way people group them."""
    n = len(s)
    if n <= 2:
        return [_two(s, r) if n == 2 else _w(s)]
    if n == 3:
        return [_three(s, r)]
    if n == 4:
        k = r.random()
        if k < 0.5:
            return [_four(s, r)]
        if k < 0.7 and s[1] != "0":
            return [_w(s[0]), _three(s[1:], r)]
        return [_two(s[:2], r), _two(s[2:], r)]
    if n == 5:
        return [_two(s[:2], r), _three(s[2:], r)] if r.random() < 0.5 else [
            _three(s[:3], r), _two(s[3:], r)]  # fmt: skip
    return [_three(s[:3], r), _three(s[3:], r)]


def _say_group(s, r, style, o=0.0):
    if style == "digits":
        return _seq(s, r, 0.5, o)
    if style == "pairs":
        return r.choice([" ", ", "]).join(_pairs(s, r))
    return ", ".join(_numbers(s, r))


def _mixed(groups, r, styles=("digits", "pairs", "numbers"), o=0.0):
    """Each group in its own way: 'cuatro cinco cinco dos, treinta y tres cuarenta y cuatro,
    mil doscientos treinta y cuatro ...'."""
    return ", ".join(_say_group(g, r, r.choice(styles), o) for g in groups)


def _half_typed(groups, r):
    """Chat: most groups typed in digits, one or two in words ('4152 3344, doce treinta y
    cuatro, 5678')."""
    k = len(groups)
    said = set(r.sample(range(k), 1 if k < 4 else r.choice([1, 2])))
    out = [_say_group(g, r, r.choice(["digits", "pairs"])) if i in said else g
           for i, g in enumerate(groups)]  # fmt: skip
    text = out[0]
    for i in range(1, k):
        text += (", " if i in said or i - 1 in said else " ") + out[i]
    return text


def _has_run(s):
    return any(a == b for a, b in itertools.pairwise(s))


# ---------------------------------------------------------------- saying letters
# Example words for "be de burro": the letter's first letter, no letter name, no number word.
# fmt: off
AS_IN = {
    "MX": {"A": ["avión", "Acapulco"], "B": ["burro", "Bolivia", "barco"],
           "C": ["casa", "Colima", "Carmen"], "D": ["dedo", "Durango", "dado"],
           "E": ["elefante", "Ecuador"], "F": ["foco", "Francia"],
           "G": ["gato", "Guanajuato"], "H": ["Hidalgo", "helado"], "I": ["iglesia", "Italia"],
           "J": ["Jalisco", "jarra"], "K": ["kilo", "koala"], "L": ["León", "luna"],
           "M": ["mamá", "México", "Michoacán"], "N": ["Nicaragua", "naranja", "Nayarit"],
           "O": ["oso", "Oaxaca"], "P": ["Puebla", "papá", "Pedro"],
           "Q": ["queso", "Querétaro"], "R": ["ratón", "Roma"], "S": ["Sinaloa", "Sonora", "sapo"],
           "T": ["Tamaulipas", "Tomás", "taza"], "U": ["uva", "Uruguay"],
           "V": ["vaca", "Veracruz"], "W": ["Washington"], "X": ["xilófono", "Xochimilco"],
           "Y": ["yoyo", "Yucatán"], "Z": ["zapato", "Zacatecas"], "Ñ": ["ñandú"]},
    "US": {"A": ["Argentina", "Ana"], "B": ["burro", "Bogotá"], "C": ["Colombia", "casa"],
           "D": ["dedo", "Dominicana"], "E": ["Ecuador", "Elena"], "F": ["Florida", "Francia"],
           "G": ["gato", "Guatemala"], "H": ["Honduras", "hotel"], "I": ["Italia", "isla"],
           "J": ["José", "jamón"], "K": ["kilo"], "L": ["Lima", "Laura"],
           "M": ["Miami", "mamá"], "N": ["Nicaragua", "Nancy"], "O": ["oso", "Olga"],
           "P": ["Panamá", "Perú", "Pedro"], "Q": ["queso", "Quito"],
           "R": ["Rosa", "Ramón"], "S": ["Salvador", "Sara"], "T": ["Texas", "Tomás"],
           "U": ["Uruguay", "uva"], "V": ["Venezuela", "vaca", "Víctor"],
           "W": ["Washington"], "X": ["xilófono"], "Y": ["yate", "Yolanda"],
           "Z": ["zapato", "zorro"], "Ñ": ["ñandú"]},
    "ES": {"A": ["Almería", "Ávila"], "B": ["Barcelona", "Burgos"], "C": ["Cáceres", "Cádiz"],
           "D": ["Dinamarca", "dedo"], "E": ["España", "Extremadura"], "F": ["Francia"],
           "G": ["Granada", "Gerona"], "H": ["Huelva", "Huesca"], "I": ["Italia", "Ibiza"],
           "J": ["Jaén"], "K": ["kilo"], "L": ["Lugo", "León"], "M": ["Madrid", "Málaga"],
           "N": ["Navarra"], "O": ["Oviedo"], "P": ["Palencia", "París"], "Q": ["queso"],
           "R": ["Roma"], "S": ["Sevilla", "Soria"], "T": ["Toledo", "Teruel"],
           "U": ["Úbeda"], "V": ["Valencia", "Valladolid"], "W": ["Washington"],
           "X": ["xilófono"], "Y": ["yema", "yate"], "Z": ["Zaragoza", "Zamora"],
           "Ñ": ["ñandú"]},
}
# How a caller of each country names the letters people confuse.
SAY_LETTER = {
    "MX": {"B": ["be", "be grande"], "V": ["ve", "ve chica"], "W": ["doble u", "doble ve"],
           "Y": ["ye", "i griega"], "I": ["i", "i latina"]},
    "US": {"B": ["be", "be grande", "be larga"], "V": ["ve", "ve corta", "ve chica"],
           "W": ["doble u", "doble ve"], "Y": ["ye", "i griega"], "I": ["i", "i latina"]},
    "ES": {"B": ["be"], "V": ["uve"], "W": ["uve doble"], "Y": ["i griega"], "I": ["i"]},
}
NATO_SAY = {"A": "alfa", "B": "bravo", "C": "charlie", "D": "delta", "E": "eco", "F": "fox",
            "G": "golf", "H": "hotel", "I": "india", "J": "julieta", "K": "kilo", "L": "lima",
            "M": "mike", "N": "noviembre", "O": "óscar", "P": "papa", "Q": "quebec",
            "R": "romeo", "S": "sierra", "T": "tango", "U": "uniforme", "V": "víctor",
            "W": "whiskey", "X": "equis", "Y": "yankee", "Z": "zulú"}
NATO_READ = {fold(w).lower(): c.lower() for c, w in NATO_SAY.items() if c != "X"}
NATO_READ |= {"alpha": "a", "echo": "e", "foxtrot": "f", "juliet": "j", "november": "n",
              "uniform": "u", "whisky": "w"}
DOUBLE_LETTERS = set("lrsceotan")
EN_MONTHS = {"jan": 1, "apr": 4, "aug": 8, "dec": 12, "january": 1, "february": 2, "march": 3,
             "april": 4, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
             "november": 11, "december": 12}
MES3_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# fmt: on


def _letter(c, r, loc, as_in=0.0, nato=0.0, la=0.0):
    """One letter as a caller says it: its name, a regional name, 'be de burro', a NATO word."""
    if c.isdigit():
        return _w(c)
    if nato and r.random() < nato:
        w = NATO_SAY[c]
    else:
        names = SAY_LETTER[loc].get(c) or [LETRAS[c]]
        w = r.choice(names)
        if as_in and r.random() < as_in:  # the plain regional name: "ve de vaca", "uve de Valencia"
            w = f"{names[0]} de {r.choice(AS_IN[loc][c])}"
    return ("la letra " + w) if la and r.random() < la else w


def _spell_block(s, r, loc, doble=0.5, **kw):
    """A block of an id, character by character, repeated digits now and then 'doble'."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isdigit() and i + 1 < len(s) and s[i + 1] == c and r.random() < doble:
            out.append("doble " + _w(c))
            i += 2
        else:
            out.append(_letter(c, r, loc, **kw))
            i += 1
    return out


# ---------------------------------------------------------------- people
# fmt: off
NOMBRES_F = ["Yesenia", "Marisol", "Xóchitl", "Citlali", "Nayeli", "Yadira", "Dayana", "Yuliana",
             "Altagracia", "Xiomara", "Nerea", "Ainhoa", "Rocío", "Pilar", "Montserrat", "Maite",
             "Esperanza", "Socorro", "Araceli", "Rosario", "Gabriela", "Jimena", "Valeria",
             "Carolina", "Milagros", "Marta"]
NOMBRES_M = ["Wilmer", "Yeison", "Édgar", "Brayan", "Rigoberto", "Cuauhtémoc", "Yahir", "Aitor",
             "Álvaro", "Jordi", "Íker", "Gonzalo", "Rafael", "Ignacio", "Francisco", "Guillermo",
             "Eduardo", "Alberto", "Ramiro", "Efraín", "Benito", "Leonel", "Osvaldo", "Nelson",
             "Wilson", "Ángel"]
COMPUESTOS_F = ["María del Carmen", "María de los Ángeles", "María de la Luz", "Ana Sofía",
                "María Elena", "Rosa María", "María Eugenia", "Luz Elena", "Diana Carolina",
                "Leidy Johana"]
COMPUESTOS_M = ["José de Jesús", "Juan de Dios", "Jhon Fredy", "José María", "Luis Fernando",
                "Carlos Andrés", "Juan Manuel", "Francisco Javier", "José Manuel"]
APELLIDOS = ["Villaseñor", "Olvera", "Zamudio", "Ochoa", "Ledezma", "Treviño", "Garza",
             "Echeverría", "Irigoyen", "Goicoechea", "Arrieta", "Bermúdez", "Cárdenas",
             "Quiñones", "Rentería", "Valdés", "Céspedes", "Almonte", "Polanco", "Peralta",
             "Betancourt", "Londoño", "Restrepo", "Ospina", "Giraldo", "Carrasco", "Iglesias",
             "Llorente", "Sáez", "Montaño", "Saldaña", "Avendaño", "Muñiz", "Barragán", "Uribe",
             "Zavala", "Espinosa", "Robles", "Cisneros", "Medina", "Rosales", "Acosta", "Fuentes",
             "Herrera", "Reyes", "Torres", "Vargas", "Castillo", "Hernández", "González",
             "Martínez", "Rodríguez", "Gutiérrez", "Ramírez", "Fernández", "Jiménez",
             "Domínguez", "Vázquez"]
CON_PARTICULA = ["de la Garza", "del Río", "de León", "de la Cruz", "de los Santos",
                 "de la Torre", "del Valle", "de la Rosa", "Ruiz de Alarcón",
                 "Fernández de Córdoba", "de Jesús"]
# (nickname, female)
APODOS = [("Lupita", True), ("Lupe", True), ("Maru", True), ("Chayo", True), ("Conchita", True),
          ("Paty", True), ("Lety", True), ("Vero", True), ("Gaby", True), ("Tere", True),
          ("Yoli", True), ("Chuy", False), ("Pepe", False), ("Paco", False), ("Nacho", False),
          ("Memo", False), ("Lalo", False), ("Beto", False), ("Toño", False), ("Quique", False),
          ("Chema", False), ("Pancho", False), ("Rafa", False), ("Manolo", False)]
AGENTES = ["Yesenia", "Brayan", "Jacqueline", "Osvaldo", "Nayeli", "Fabián", "Marisol", "Abraham",
           "Viridiana", "Rigoberto", "Lizbeth", "Nelson", "Maite", "Jonathan", "Anahí", "Fermín"]
PARIENTES = {True: ["mi esposa", "mi mamá", "mi hija", "mi suegra", "mi abuelita", "mi hermana"],
             False: ["mi esposo", "mi papá", "mi hijo", "mi suegro", "mi abuelito", "mi hermano"]}
# Surnames as Mexicans abbreviate them in e-mail addresses.
ABREV = {"Hernández": ["hdz"], "González": ["glz", "gzz"], "Martínez": ["mtz"],
         "Rodríguez": ["rdz", "rdgz"], "Gutiérrez": ["gtz"], "Ramírez": ["rmz"],
         "Fernández": ["fdz"], "Jiménez": ["jmz"], "Domínguez": ["dgz"], "Vázquez": ["vzq"]}
# fmt: on


def _persona(r, compound=0.3, particle=0.0):
    female = r.random() < 0.5
    if r.random() < compound:
        first = r.choice(COMPUESTOS_F if female else COMPUESTOS_M)
    else:
        first = r.choice(NOMBRES_F if female else NOMBRES_M)
    last1, last2 = r.sample(APELLIDOS, 2)
    if r.random() < particle:
        last1 = r.choice(CON_PARTICULA)
    return dict(first=first, female=female, last1=last1, last2=last2)


def _born(r):
    p = _persona(r, particle=0.15)
    p["y"], p["m"], p["d"] = day(r, 1938, 2006)
    return p


# ---------------------------------------------------------------- CREDIT_CARD, CVV, EXPIRY
def _card(render, brands=("visa", "mastercard", "amex", "discover"), w=(4, 3, 1, 1), need=None):
    def fn(r, ch, loc):
        n = card(r, r.choices(brands, w)[0])
        while need and not need(n):
            n = card(r, r.choices(brands, w)[0])
        return render(n, r), n

    return fn


def _cc_pairs(n, r):
    return ", ".join(r.choice([" ", ", "]).join(_pairs(g, r)) for g in card_groups(n))


def _cc_numbers(n, r):
    return ", ".join(", ".join(_numbers(g, r)) for g in card_groups(n))


def _cc_doble(n, r):
    return ", ".join(_seq(g, r, 0.9, 0.05) for g in card_groups(n))


def _cc_mixed(n, r):
    return _mixed(card_groups(n), r, o=0.03)


def _cc_typed_odd(n, r):
    g = card_groups(n)
    k = r.randrange(6)
    if k == 0:
        return ".".join(g)
    if k == 1:
        return " - ".join(g)
    if k == 2:
        return f"{n[:8]} {n[8:]}" if len(n) == 16 else f"{n[:4]} {n[4:10]}-{n[10:]}"
    if k == 3:
        return " ".join(n)
    if k == 4:
        return "/".join(g)
    seps = [r.choice(["-", " ", ".", ""]) for _ in g[1:]]
    return g[0] + "".join(s + x for s, x in zip(seps, g[1:], strict=True))


def _cc_half(n, r):
    return _half_typed(card_groups(n), r)


def _code(gen, render):
    def fn(r, ch, loc):
        s = gen(r)
        return render(s, r), s

    return fn


def _cvv_pair_digit(s, r):
    return f"{_w(s[0])}, {_two(s[1:], r)}" if r.random() < 0.5 else f"{_two(s[:2], r)}, {_w(s[2])}"


def _cvv_doble_value(r):
    a, b = r.sample("0123456789", 2)
    return r.choice([a + a + b, b + a + a, a + a + a])


def _cvv_typed(s, r):
    three = [f"{s[0]} {s[1:]}"] if len(s) == 3 else []
    return r.choice([" ".join(s), "-".join(s), ".".join(s), *three])


def _cid(s, r):
    return ", ".join(_numbers(s, r)) if r.random() < 0.6 else ", ".join(_pairs(s, r))


def _exp(render):
    def fn(r, ch, loc):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        out = render(y, m, r)
        canon = f"{m:02d}{y % 100:02d}"
        return (out, canon) if isinstance(out, str) else (out[0], canon, *out[1:])

    return fn


def _yy(y, r, full=0.3):
    return palabras(y) if r.random() < full else palabras(y % 100)


def _exp_num_del(y, m, r):
    return f"{palabras(m)} del {_yy(y, r)}", "el ", ""


def _exp_month_year(y, m, r):
    return f"{MESES[m - 1]} {r.choice(['de ', 'del ', ''])}{palabras(y)}", r.choice(["en ", ""]), ""


def _exp_bare(y, m, r):
    return f"{palabras(m)}{r.choice([' ', ', '])}{palabras(y % 100)}", r.choice(["el ", ""]), ""


def _exp_mes_ano(y, m, r):
    if r.random() < 0.6:
        return f"{palabras(m)} del año {_yy(y, r)}", "el mes ", ""
    return f"{palabras(m)}, año {_yy(y, r)}", "mes ", ""


def _exp_typed_sep(y, m, r):
    yy = f"{y % 100:02d}"
    return r.choice([f"{m:02d}.{yy}", f"{m:02d}-{yy}", f"{m}-{y}", f"{m:02d}.{y}", f"{m:02d} {yy}",
                     f"{m:02d} / {yy}"])  # fmt: skip


def _exp_typed_abbr(y, m, r):
    yy, ab = f"{y % 100:02d}", MES3[m - 1]
    return r.choice([f"{ab.upper()} {yy}", f"{ab}/{y}", f"{ab.capitalize()}-{yy}",
                     f"{MESES[m - 1]}/{yy}", f"{ab.capitalize()}. {y}"])  # fmt: skip


# ---------------------------------------------------------------- US_SSN, PHONE_NUMBER
def _ssn_numbers(s, r):
    a, g, l4 = chunks(s, [3, 2, 4])
    area = _three(a, r) if r.random() < 0.6 else _seq(a, r, 0.5)
    return f"{area}, {_two(g, r)}, {_say_group(l4, r, r.choice(['pairs', 'numbers']))}"


def _ssn_doble(s, r):
    return ", ".join(_seq(g, r, 0.9, 0.08) for g in chunks(s, [3, 2, 4]))


def _ssn_typed(s, r):
    a, g, l4 = chunks(s, [3, 2, 4])
    return r.choice([f"{a}.{g}.{l4}", f"{a} {g}-{l4}", f"{a}-{g} {l4}", f"{a}.{g}-{l4}"])


def _ssn_half(s, r):
    return _half_typed(chunks(s, [3, 2, 4]), r)


def _last4_said(s, r):
    k = r.random()
    if k < 0.4:
        return r.choice([" ", ", "]).join(_pairs(s, r))
    if k < 0.7:
        return _four(s, r)
    return f"{_w(s[0])} {_w(s[1])}, {_two(s[2:], r)}"


def _last4_typed(r, ch, loc):
    s = ssn(r)[5:]
    k = r.random()
    if k < 0.4:
        return s, s, r.choice(["XXX-XX-", "***-**-", "xxx-xx-"]), ""
    return r.choice([f"{s[:2]} {s[2:]}", "-".join(s), " ".join(s)]), s


def _ssn_gen(need_run=False):
    def gen(r):
        s = ssn(r)
        while need_run and not _has_run(s):
            s = ssn(r)
        return s

    return gen


def _phone(us, mx):
    """A family for US and Mexican callers: us(p, r) and mx(p, k, r) render the number."""

    def fn(r, ch, loc):
        if loc == "US":
            p = phone_us(r)
            out = us(p, r)
        else:
            p, k = phone_mx(r)
            out = mx(p, k, r)
        return (out, p) if isinstance(out, str) else (out[0], p, *out[1:])

    return fn


def _ph_mx_pairs(p, k, r):
    g = mx_groups(p, k)
    lada = _two(g[0], r) if k == 2 else r.choice([_seq(g[0], r, 0.5), _three(g[0], r)])
    rest = p[k:]
    body = _pairs(rest, r) if k == 2 else [_three(rest[:3], r), *_pairs(rest[3:], r)]
    t = ", ".join([lada, *body])
    return ("más cincuenta y dos, " + t) if r.random() < 0.1 else t


def _ph_us_numbers(p, r):
    area, ex, line = chunks(p, [3, 3, 4])
    a = _seq(area, r, 0.3) if r.random() < 0.7 else _three(area, r)
    e = _three(ex, r) if r.random() < 0.6 else _seq(ex, r, 0.5)
    ln = _say_group(line, r, r.choice(["pairs", "numbers"]))
    if r.random() < 0.3:
        return f"{a}, y el número, {e}, {ln}", "código de área ", ""
    return ("uno, " if r.random() < 0.1 else "") + f"{a}, {e}, {ln}"


def _ph_doble_us(p, r):
    return ", ".join(_seq(g, r, 0.9, 0.08) for g in chunks(p, [3, 3, 4]))


def _ph_doble_mx(p, k, r):
    t = ", ".join(_seq(g, r, 0.9) for g in mx_groups(p, k))
    return ("más cincuenta y dos, " + t) if r.random() < 0.15 else t


def _ph_typed_us(p, r):
    a, e, ln = chunks(p, [3, 3, 4])
    return r.choice([f"{a}.{e}.{ln}", f"{a} {e} {ln[:2]} {ln[2:]}", f"{a}/{e}-{ln}",
                     f"+1-{a}-{e}-{ln}", f"1 {a} {e}{ln}", f"({a}){e}.{ln}"])  # fmt: skip


def _ph_typed_mx(p, k, r):
    g = mx_groups(p, k)
    pairs = (
        " ".join(chunks(p[k:], [2] * 4))
        if k == 2
        else f"{p[k : k + 3]} {p[k + 3 : k + 5]} {p[k + 5 :]}"
    )
    return r.choice([".".join(g), f"{g[0]} {pairs}", f"({g[0]}){g[1]}-{g[2]}",
                     f"+52 ({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}{g[2]}",
                     f"+52.{'.'.join(g)}"])  # fmt: skip


def _ph_half_us(p, r):
    return _half_typed(chunks(p, [3, 3, 4]), r)


def _ph_half_mx(p, k, r):
    return _half_typed(mx_groups(p, k), r)


# ---------------------------------------------------------------- EMAIL_ADDRESS
# fmt: off
DOMAINS = [("gmail.com", 8), ("hotmail.com", 5), ("outlook.com", 3), ("yahoo.com", 2),
           ("yahoo.com.mx", 2), ("hotmail.es", 2), ("outlook.es", 1), ("msn.com", 1),
           ("aol.com", 1), ("live.com", 1), ("telefonica.net", 1), ("une.net.co", 1)]
# fmt: on


def _domain(r, loc):
    doms = [d for d in DOMAINS if not (loc != "ES" and d[0].endswith((".es", "telefonica.net")))]
    doms = [d for d in doms if not (loc == "ES" and d[0].endswith((".mx", ".co", "aol.com")))]
    return r.choices([d for d, _ in doms], [w for _, w in doms])[0]


def _user_parts(r, p):
    """The user part of an address as parts: ('w', word said as a word), ('s', letters spelled),
    ('n', digits), ('sep', '.', '_' or '-')."""
    first = norm(p["first"].split()[0])
    said_first = p["first"].split()[0].lower()
    last = p["last1"]
    said_last, nl = last.lower(), norm(last)
    year = str(p["y"]) if r.random() < 0.5 else f"{p['y'] % 100:02d}"
    tail = year if r.random() < 0.6 else str(r.randint(1, 99))
    sep = r.choice([".", ".", "_", "-"])
    k = r.randrange(7)
    if k == 0:
        return [("w", first, said_first), ("sep", sep), ("w", nl, said_last)]
    if k == 1:
        return [("w", first, said_first), ("sep", "_"), ("w", nl, said_last), ("n", tail)]
    if k == 2:
        ini = norm(p["first"])[0] + (norm(p["first"].split()[-1])[0] if " " in p["first"] else "")
        return [("s", ini), ("sep", sep), ("w", nl, said_last)] if r.random() < 0.5 else [
            ("s", ini), ("w", nl, said_last), ("n", tail)]  # fmt: skip
    if k == 3 and last in ABREV:
        return [("w", first, said_first), ("sep", "."), ("s", r.choice(ABREV[last]))]
    if k == 4:
        return [("w", first, said_first), ("w", nl, said_last), ("s", norm(p["last2"])[0])]
    if k == 5:
        return [("w", nl, said_last), ("sep", sep), ("w", first, said_first), ("n", tail)]
    return [("w", first, said_first), ("n", tail)]


def _typed_user(parts):
    return "".join(x[1] for x in parts)


def _say_num_email(s, r):
    if len(s) == 4 and s[0] != "0":
        return (
            palabras(int(s))
            if r.random() < 0.6
            else f"{_two(s[:2], r, False)} {_two(s[2:], r, False)}"
        )
    if len(s) == 2 and s[0] != "0" and r.random() < 0.7:
        return palabras(int(s))
    return " ".join(_w(c) for c in s)


SEP_SAID = {".": ["punto"], "_": ["guion bajo", "underscore"], "-": ["guion", "guion medio"]}


def _say_user(parts, r, loc, spell_all=False):
    out = []
    for part in parts:
        kind = part[0]
        if kind == "sep":
            out.append(r.choice(SEP_SAID[part[1]]) if loc == "US" else SEP_SAID[part[1]][0])
        elif kind == "n":
            out.append(_say_num_email(part[1], r))
        elif kind == "s" or spell_all:
            letters = [c.upper() for c in part[1]]
            out.append(" ".join(_letter(c, r, loc, as_in=0.35 if spell_all else 0.2)
                                for c in letters))  # fmt: skip
        else:
            out.append(part[2] if r.random() < 0.6 else part[1])
    return out


def _say_dom(dom, r):
    return " punto ".join(dom.split("."))


def _email_gen(r, loc):
    p = _persona(r, compound=0.2)
    p["y"] = r.randint(1960, 2004)
    parts = _user_parts(r, p)
    dom = _domain(r, loc)
    return parts, dom, _typed_user(parts) + "@" + dom


def _email_spelled(r, ch, loc):
    parts, dom, e = _email_gen(r, loc)
    said = ", ".join(_say_user(parts, r, loc, spell_all=True))
    return f"{said}, arroba {_say_dom(dom, r)}", e


def _email_guion_bajo(r, ch, loc):
    parts, dom, e = _email_gen(r, loc)
    while not any(x[0] == "sep" or x[0] == "n" for x in parts):
        parts, dom, e = _email_gen(r, loc)
    said = " ".join(_say_user(parts, r, loc))
    if r.random() < 0.4:
        said += ", " + r.choice(["todo junto", "todo en minúsculas", "todo pegado"]) + ","
    at = "at" if loc == "US" and r.random() < 0.1 else "arroba"
    return f"{said} {at} {_say_dom(dom, r)}", e


def _email_obfuscated(r, ch, loc):
    _, _, e = _email_gen(r, loc)
    user, d = e.split("@")
    head, _, tld = d.partition(".")
    k = r.randrange(5)
    if k == 0:
        t = f"{user} [at] {head} [dot] {tld.replace('.', ' [dot] ')}"
    elif k == 1:
        t = f"{user}(arroba){d}"
    elif k == 2:
        t = f"{user} (at) {d}"
    elif k == 3:
        t = f"{user} [arroba] {head} [punto] {tld.replace('.', ' [punto] ')}"
    else:
        t = f"{user} {{at}} {d}"
    return t, e


def _email_typed_words(r, ch, loc):
    _, dom, e = _email_gen(r, loc)
    user = e.split("@")[0]
    t = f"{user} arroba {' punto '.join(dom.split('.'))}"
    if r.random() < 0.3:
        t = f"{user} arroba {dom}"
    return t, e


def _email_typed(r, ch, loc):
    _, _, e = _email_gen(r, loc)
    user, d = e.split("@")
    k = r.random()
    if k < 0.25:
        user = ".".join(w.capitalize() for w in user.split("."))
    elif k < 0.4:
        d = d.capitalize()
    return f"{user}@{d}", e


# ---------------------------------------------------------------- DATE_OF_BIRTH
def _dob(render, y1=2006):
    def fn(r, ch, loc):
        y, m, d = day(r, 1938, y1)
        out = render(y, m, d, r)
        return (out, iso(y, m, d)) if isinstance(out, str) else (out[0], iso(y, m, d), *out[1:])

    return fn


def _d(d, r):
    return "primero" if d == 1 and r.random() < 0.6 else palabras(d)


def _dob_year_first(y, m, d, r):
    rest = f"el {_d(d, r)} de {MESES[m - 1]}"
    if y >= 2000 or r.random() < 0.3:
        return f"{palabras(y)}, {rest}", "en el " if y >= 2000 else "en ", ""
    return f"{palabras(y % 100)}, {rest}", "en el ", ""


def _dob_del_short(y, m, d, r):
    yy = palabras(y) if y >= 2000 else palabras(y % 100)
    return f"{_d(d, r)} de {MESES[m - 1]} del {yy}", "el ", ""


def _dob_numeric(y, m, d, r):
    mm = ("cero " + _w(str(m))) if m < 10 and r.random() < 0.4 else palabras(m)
    yy = palabras(y % 100) if y < 2000 and r.random() < 0.5 else palabras(y)
    k = r.randrange(3)
    if k == 0:
        return f"{palabras(d)} del {mm} del {yy}", "el ", ""
    if k == 1:
        return f"{palabras(d)}, {mm}, {yy}", "el ", ""
    return f"{palabras(d)} del {mm} de {palabras(y)}", "el ", ""


def _dob_month_first(y, m, d, r):
    if y < 2000 and r.random() < 0.4:
        return f"{MESES[m - 1]} {palabras(d)}{r.choice([', ', ' del '])}{palabras(y % 100)}"
    return f"{MESES[m - 1]} {palabras(d)}{r.choice([', ', ' de '])}{palabras(y)}"


def _dob_typed_sep(y, m, d, r):
    return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y % 100:02d}",
                     f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}"])  # fmt: skip


def _dob_typed_month_first(y, m, d, r):
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MES3_EN[m - 1]} {d}, {y}",
                     f"{MESES[m - 1]} {d}, {y}", f"{m:02d}-{d:02d}-{y}"])  # fmt: skip


def _dob_typed_short(y, m, d, r):
    yy = f"{y % 100:02d}"
    return r.choice([f"{d}/{m}/{yy}", f"{d} {MES3[m - 1]} {yy}", f"{d}-{MES3[m - 1]}-{yy}",
                     f"{d} de {MESES[m - 1]} del {yy}"])  # fmt: skip


# ---------------------------------------------------------------- PERSON
def _name_particles(r, ch, loc):
    p = _persona(r, compound=0.5)
    last1 = r.choice(CON_PARTICULA)
    n = f"{p['first']} {last1}" + (f" {p['last2']}" if r.random() < 0.6 else "")
    return n, n


def _name_nickname(r, ch, loc):
    nick, _ = r.choice(APODOS)
    n = f"{nick} {r.choice(APELLIDOS)}"
    return n, n


def _name_spelled(r, ch, loc):
    p = _persona(r, compound=0.3)
    full = f"{p['first']} {p['last1']}" + (f" {p['last2']}" if r.random() < 0.5 else "")
    target = p["last1"]
    letters, i, said = target.upper(), 0, []
    while i < len(letters):
        c = letters[i]
        base = fold(c) if c not in "Ñ" else c
        doubled = i + 1 < len(letters) and fold(letters[i + 1]) == base and base in "LRSC"
        if doubled and r.random() < 0.8:
            said.append("doble " + LETRAS[base])
            i += 2
            continue
        w = _letter(base, r, loc, as_in=0.3)
        if c != base and c in "ÁÉÍÓÚ" and r.random() < 0.7:
            w += r.choice([" con acento", " con tilde"])
        said.append(w)
        i += 1
    return f"{full}, {r.choice([', ', ' ']).join(said)}", full


def _name_relative(r, ch, loc):
    p = _persona(r, compound=0.3)
    n = f"{p['first']} {p['last1']}" + (f" {p['last2']}" if r.random() < 0.5 else "")
    rel = r.choice(PARIENTES[p["female"]])
    if r.random() < 0.3:
        rel += ", la señora" if p["female"] else ", el señor"
    return n, n, rel + " ", ""


def _name_surname_first(r, ch, loc):
    p = _persona(r, compound=0.5)
    n = f"{p['last1']} {p['last2']}, {p['first']}"
    k = r.random()
    if k < 0.5:
        n = n.upper()
    elif k < 0.7:
        n = fold(n).replace(",", "")
    return n, n


def _name_agent(r, ch, loc):
    n = r.choice(AGENTES)
    if r.random() < 0.3:
        n += " " + r.choice(APELLIDOS)
    return n, n


def _name_addressed(r, ch, loc):
    p = _persona(r, compound=0.3)
    first = p["first"]
    if r.random() < 0.4:
        return first, first, ("doña " if p["female"] else "don "), ""
    if r.random() < 0.5:
        first = f"{first} {p['last1']}"
    return first, first


def _name_compound(r, ch, loc):
    p = _persona(r, compound=0.8)
    n = f"{p['first']} {p['last1']} {p['last2']}"
    return n, n


# ---------------------------------------------------------------- ADDRESS
# fmt: off
# (city, state as said, abbreviation, first three ZIP digits)
CIUDADES_US = [("Pasadena", "Texas", "TX", "775"), ("Laredo", "Texas", "TX", "780"),
               ("McAllen", "Texas", "TX", "785"), ("Brownsville", "Texas", "TX", "785"),
               ("Hialeah", "Florida", "FL", "330"), ("Kissimmee", "Florida", "FL", "347"),
               ("Santa Ana", "California", "CA", "927"), ("Oxnard", "California", "CA", "930"),
               ("Salinas", "California", "CA", "939"), ("Tucson", "Arizona", "AZ", "857"),
               ("Las Vegas", "Nevada", "NV", "891"), ("Paterson", "Nueva Jersey", "NJ", "075"),
               ("Yonkers", "Nueva York", "NY", "107"), ("Aurora", "Illinois", "IL", "605"),
               ("Charlotte", "Carolina del Norte", "NC", "282"),
               ("Atlanta", "Georgia", "GA", "303")]
CALLES_US = ["Bissonnet", "Gessner", "Airline", "Irvington", "Pico", "Whittier", "Alameda",
             "Zarzamora", "Culebra", "Kedzie", "Pulaski", "Cermak", "Flagler", "Hillcroft",
             "Fondren", "Buckner", "Broadway", "Ashford"]
# (English suffix, abbreviation, Spanish word a caller may use instead)
SUFIJOS_US = [("Street", "St", "calle"), ("Avenue", "Ave", "avenida"), ("Road", "Rd", ""),
              ("Drive", "Dr", ""), ("Boulevard", "Blvd", "bulevar"), ("Parkway", "Pkwy", ""),
              ("Court", "Ct", ""), ("Circle", "Cir", "")]
UNIDAD_US = ["apartamento", "apartamento número", "apto", "depto", "unidad", "el apartment"]
UNIDAD_US_TYPED = ["Apt", "Apt.", "#", "Unit", "apto", "Depto."]
# (kind, abbreviation, street)
CALLES_MX = [("calle", "C.", "Independencia"), ("avenida", "Av.", "Juárez"),
             ("calle", "C.", "Ignacio Zaragoza"), ("avenida", "Av.", "Lázaro Cárdenas"),
             ("calle", "C.", "Emiliano Zapata"), ("calle", "C.", "Aldama"),
             ("calle", "C.", "Mina"), ("avenida", "Av.", "División del Norte"),
             ("calle", "C.", "Pino Suárez"), ("avenida", "Av.", "Patriotismo"),
             ("calle", "C.", "Álvaro Obregón"), ("privada", "Priv.", "Los Pinos"),
             ("cerrada", "Cda.", "Fresnos"), ("andador", "And.", "Jacarandas"),
             ("avenida", "Av.", "Gonzalitos"), ("calzada", "Calz.", "Ermita Iztapalapa")]
# (colonia, kind of municipality, municipality, first three CP digits, state, abbreviation)
COLONIAS = [("Centro", "alcaldía", "Cuauhtémoc", "060", "Ciudad de México", "CDMX"),
            ("Del Valle Centro", "alcaldía", "Benito Juárez", "031", "Ciudad de México", "CDMX"),
            ("Santa María la Ribera", "alcaldía", "Cuauhtémoc", "064", "Ciudad de México",
             "CDMX"),
            ("Agrícola Oriental", "alcaldía", "Iztacalco", "085", "Ciudad de México", "CDMX"),
            ("Ciudad Satélite", "municipio", "Naucalpan de Juárez", "531", "Estado de México",
             "Edo. Méx."),
            ("Jardines del Bosque", "municipio", "Guadalajara", "445", "Jalisco", "Jal."),
            ("Ciudad del Sol", "municipio", "Zapopan", "450", "Jalisco", "Jal."),
            ("Mitras Centro", "municipio", "Monterrey", "644", "Nuevo León", "N.L."),
            ("Anáhuac", "municipio", "San Nicolás de los Garza", "664", "Nuevo León", "N.L."),
            ("Reforma", "municipio", "Oaxaca de Juárez", "680", "Oaxaca", "Oax."),
            ("García Ginerés", "municipio", "Mérida", "972", "Yucatán", "Yuc."),
            ("Las Quintas", "municipio", "Culiacán", "800", "Sinaloa", "Sin."),
            ("Jardines del Moral", "municipio", "León", "371", "Guanajuato", "Gto."),
            ("Zona Río", "municipio", "Tijuana", "220", "Baja California", "B.C."),
            ("Chapultepec", "municipio", "Cuernavaca", "624", "Morelos", "Mor.")]
# fmt: on


def _addr_us(r):
    city, state, st, z = r.choice(CIUDADES_US)
    suf, abbr, es = r.choice(SUFIJOS_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9899), r.randint(10000, 24999)]))
    unit = str(r.choice([r.randint(1, 9), r.randint(10, 40), r.randint(101, 450)]))
    return dict(num=num, street=r.choice(CALLES_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z + rdigits(r, 2), unit=unit)  # fmt: skip


def _addr_mx(r):
    kind, ab, street = r.choice(CALLES_MX)
    col, mkind, mun, cp, state, st = r.choice(COLONIAS)
    num = str(r.choice([r.randint(3, 99), r.randint(100, 999), r.randint(1000, 4999)]))
    return dict(kind=kind, ab=ab, street=street, num=num, col=col, mkind=mkind, mun=mun,
                cp=cp + rdigits(r, 2), state=state, st=st, unit=str(r.randint(1, 24)))  # fmt: skip


def _canon_us(a, unit=True):
    return " ".join([a["num"], a["street"], *([a["unit"]] if unit else []), a["city"], a["zip"]])


def _canon_mx(a, unit=True):
    return " ".join([a["street"], a["num"], *([a["unit"]] if unit else []), a["col"], a["mun"],
                     a["cp"]])  # fmt: skip


def _house_pairs(num, r):
    """US house numbers as people say them: '4520' -> 'cuarenta y cinco veinte'."""
    if len(num) == 4 and num[2] != "0":
        return f"{_two(num[:2], r)} {_two(num[2:], r)}"
    if len(num) == 3 and num[1] != "0" and r.random() < 0.5:
        return f"{_w(num[0])} {_two(num[1:], r)}"
    return palabras(int(num))


def _unit_said(u, r):
    if len(u) == 3 and u[1] != "0" and r.random() < 0.5:
        return f"{_w(u[0])} {_two(u[1:], r)}"
    return palabras(int(u))


def _zip_said(z, r):
    k = r.random()
    if k < 0.5:
        return _seq(z, r, 0.4)
    if k < 0.8:
        return f"{_two(z[:2], r)}, {_three(z[2:], r)}"
    return f"{_seq(z[:3], r, 0.4)}, {_two(z[3:], r)}"


def _street_us_said(a, r):
    k = r.random()
    if a["es"] and k < 0.4:
        return ("del " if a["es"] == "bulevar" else "de la ") + f"{a['es']} {a['street']}"
    if k < 0.7:
        return f"de la {a['street']}"
    return f"{a['street']} {a['suf']}"


def _addr_us_unit(r, ch, loc):
    a = _addr_us(r)
    num = palabras(int(a["num"]))
    st = _street_us_said(a, r)
    t = f"{num} {st}, {r.choice(UNIDAD_US)} {_unit_said(a['unit'], r)}, {a['city']}"
    t += f", {a['state']}" if r.random() < 0.6 else ""
    t += ", " + r.choice(["código postal ", "zip code ", "el zip ", ""]) + _zip_said(a["zip"], r)
    return t, _canon_us(a), r.choice(["el ", ""]), ""


def _addr_us_pairs(r, ch, loc):
    a = _addr_us(r)
    while len(a["num"]) != 4 or a["num"][2] == "0":
        a = _addr_us(r)
    unit = r.random() < 0.5
    t = f"{_house_pairs(a['num'], r)} {a['street']} {a['suf']}"
    t += f", {r.choice(UNIDAD_US)} {_unit_said(a['unit'], r)}" if unit else ""
    t += f", en {a['city']}, {_zip_said(a['zip'], r)}"
    return t, _canon_us(a, unit)


def _addr_us_typed(r, ch, loc):
    a = _addr_us(r)
    u = r.choice(UNIDAD_US_TYPED)
    unit = f"#{a['unit']}" if u == "#" else f"{u} {a['unit']}"
    t = r.choice(
        [
            f"{a['num']} {a['street']} {a['abbr']} {unit}, {a['city']}, {a['st']} {a['zip']}",
            f"{a['num']} {a['street']} {a['suf']}, {unit}, {a['city']} {a['st']} {a['zip']}",
            f"{a['num']} {a['street']} {a['abbr']}. {unit} {a['city']}, {a['state']} {a['zip']}",
            f"{a['num']} {a['street']} {a['abbr']} {unit}\n{a['city']}, {a['st']} {a['zip']}",
        ]
    )
    return t, _canon_us(a)


def _mun_said(a):
    return f"{a['mkind']} {a['mun']}" if a["mkind"] == "alcaldía" or len(a["mun"]) < 9 else a["mun"]


def _addr_mx_ext_int(r, ch, loc):
    a = _addr_mx(r)
    ext = r.choice(["número exterior ", "número ", "", "exterior "])
    num = palabras(int(a["num"]))
    inner = r.choice(["interior", "departamento", "depto", "int"])
    t = f"{a['kind']} {a['street']} {ext}{num}, {inner} {palabras(int(a['unit']))}"
    if r.random() < 0.3:
        x, y = r.sample([s for _, _, s in CALLES_MX if s != a["street"]], 2)
        t += f", entre {x} y {y}"
    t += f", colonia {a['col']}, {_mun_said(a)}"
    cp = _zip_said(a["cp"], r)
    if r.random() < 0.5:
        t += f", {a['state']}, código postal {cp}"
    else:
        t += f", código postal {cp}, {a['state']}"
    return t, _canon_mx(a)


def _addr_mx_abbrev(r, ch, loc):
    a = _addr_mx(r)
    mk = "Alc." if a["mkind"] == "alcaldía" else "Mpio."
    unit = r.random() < 0.6
    u = r.choice(
        [f" Int. {a['unit']}", f"-{a['unit']}", f" int {a['unit']}", f" Depto. {a['unit']}"]
    )
    no = r.choice(["No. ", "#", "Núm. ", ""])
    t = r.choice([
        f"{a['ab']} {a['street']} {no}{a['num']}{u if unit else ''}, Col. {a['col']}, {mk} "
        f"{a['mun']}, C.P. {a['cp']}, {a['state']}",
        f"{a['ab']} {a['street']} {no}{a['num']}{u if unit else ''}, Col. {a['col']}, {a['mun']}, "
        f"{a['st']}, CP {a['cp']}",
        f"{a['ab']} {a['street']} {a['num']}{u if unit else ''} col. {a['col']} {a['mun']} "
        f"{a['st']} c.p. {a['cp']}",
    ])  # fmt: skip
    return t, _canon_mx(a, unit)


def _addr_zip(r, ch, loc):
    z = _addr_us(r)["zip"] if loc == "US" else _addr_mx(r)["cp"]
    return (_zip_said(z, r) if ch == "voice" else z), z


# ---------------------------------------------------------------- MX_CURP, MX_RFC, ES_NIF, NIE
def _curp(r):
    return curp(r, _born(r))


def _rfc(r):
    return rfc(r, _born(r))


def _id_spoken(gen, blocks, as_in=0.0, nato=0.0, la=0.0, numbers=()):
    """An id said block by block; blocks in `numbers` are said as pairs ('noventa, cero ocho,
    veintidós')."""

    def fn(r, ch, loc):
        s = gen(r)
        out = []
        for i, b in enumerate(chunks(s, blocks)):
            if i in numbers and b.isdigit():
                out.append(", ".join(_pairs(b, r)))
            else:
                out.append(" ".join(_spell_block(b, r, loc, as_in=as_in, nato=nato, la=la)))
        return ", ".join(out), s

    return fn


def _id_typed(gen, styles):
    def fn(r, ch, loc):
        s = gen(r)
        return r.choice(styles)(s, r), s

    return fn


def _curp_styles():
    def blocks(sep, low=False):
        def f(s, r):
            t = sep.join(chunks(s, [4, 6, 6, 2]))
            return t.lower() if low else t

        return f

    return [blocks("-"), blocks(".", True), blocks("-", True), blocks(" / "),
            lambda s, r: s[:4].capitalize() + s[4:].lower(),
            lambda s, r: " ".join(chunks(s, [4, 6, 1, 2, 3, 2])).lower()]  # fmt: skip


def _rfc_styles():
    return [lambda s, r: ".".join(chunks(s, [4, 6, 3])),
            lambda s, r: "-".join(chunks(s, [4, 6, 3])).lower(),
            lambda s, r: s[:4].capitalize() + s[4:10] + s[10:].lower(),
            lambda s, r: f"{s[:4]} {s[4:6]} {s[6:8]} {s[8:10]} {s[10:]}",
            lambda s, r: "/".join(chunks(s, [4, 6, 3]))]  # fmt: skip


def _nif_lead(r):
    s = nif(r)
    while s[0] == "0":
        s = nif(r)
    return s


def _nie_lead(r):
    s = nie(r)
    while s[1] == "0":
        s = nie(r)
    return s


def _letter_tail(c, r, loc, as_in=0.4):
    return r.choice(["letra ", "", "la letra ", "y la letra "]) + _letter(c, r, loc, as_in=as_in)


def _millones(digits):
    n = int(digits)
    m, rest = divmod(n, 1_000_000)
    head = "un millón" if m == 1 else f"{apocope(palabras(m))} millones"
    return head + (f" {palabras(rest)}" if rest else "")


def _nif_pairs(r, ch, loc):
    s = _nif_lead(r)
    body = s[:-1]
    if r.random() < 0.5:
        said = ", ".join(_pairs(body, r, doble=False))
    else:
        said = ", ".join([_two(body[:2], r), _three(body[2:5], r), _three(body[5:], r)])
    return f"{said}, {_letter_tail(s[-1], r, 'ES', 0.3)}", s


def _nif_millions(r, ch, loc):
    s = _nif_lead(r)
    return f"{_millones(s[:-1])}, {_letter_tail(s[-1], r, 'ES', 0.3)}", s


def _nif_spelled(r, ch, loc):
    s = nif(r)
    body = " ".join(_spell_block(s[:-1], r, "ES", doble=0.7))
    return f"{body}, {_letter_tail(s[-1], r, 'ES', 0.9)}", s


def _nif_typed(s, r):
    b, c = s[:-1], s[-1]
    return r.choice([f"{b[:2]}.{b[2:5]}.{b[5:]}-{c}", f"{b}-{c}", f"{b[:2]} {b[2:5]} {b[5:]} {c}",
                     f"{b[:2]}.{b[2:5]}.{b[5:]}-{c.lower()}", f"{b}/{c}"])  # fmt: skip


def _nie_head(c, r):
    return _letter(c, r, "ES", as_in=0.3)


def _nie_pairs(r, ch, loc):
    s = _nie_lead(r)
    body = s[1:-1]
    k = r.random()
    if k < 0.5:
        said = ", ".join([_w(body[0]), *_pairs(body[1:], r, doble=False)])
    else:
        said = ", ".join([_three(body[:3], r), _two(body[3:5], r), _two(body[5:], r)])
    return f"{_nie_head(s[0], r)}, {said}, {_letter_tail(s[-1], r, 'ES', 0.3)}", s


def _nie_millions(r, ch, loc):
    s = _nie_lead(r)
    return f"{_nie_head(s[0], r)}, {_millones(s[1:-1])}, {_letter_tail(s[-1], r, 'ES', 0.3)}", s


def _nie_spelled(r, ch, loc):
    s = nie(r)
    head = _letter(s[0], r, "ES", as_in=0.8)
    body = " ".join(_spell_block(s[1:-1], r, "ES", doble=0.7))
    return f"{head}, {body}, {_letter_tail(s[-1], r, 'ES', 0.9)}", s


def _nie_typed(s, r):
    return r.choice([f"{s[0]}-{s[1:-1]}-{s[-1]}", f"{s[0]}.{s[1:-1]}.{s[-1]}".lower(),
                     f"{s[:-1]}-{s[-1]}", f"{s[0]} {s[1:4]} {s[4:6]} {s[6:8]} {s[-1]}",
                     f"{s[0]}{s[1:-1]} - {s[-1]}"])  # fmt: skip


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es2_cc_spoken_pairs", "v", _card(_cc_pairs)),
        fam("es2_cc_spoken_numbers", "v", _card(_cc_numbers)),
        fam("es2_cc_spoken_doble_triple", "v", _card(
            _cc_doble, need=lambda n: any(_has_run(g) for g in card_groups(n)))),
        fam("es2_cc_spoken_mixed", "v", _card(_cc_mixed)),
        fam("es2_cc_typed_odd_separators", "t", _card(_cc_typed_odd)),
        fam("es2_cc_chat_half_spelled", "t", _card(_cc_half)),
    ],
    "CARD_CVV": [
        fam("es2_cvv_spoken_hundreds", "v", _code(lambda r: rdigits(r, 3), _three)),
        fam("es2_cvv_spoken_digit_and_pair", "v", _code(lambda r: rdigits(r, 3), _cvv_pair_digit)),
        fam("es2_cvv_spoken_doble", "v",
            _code(_cvv_doble_value, lambda s, r: _seq(s, r, 1.0, 0.1))),
        fam("es2_cvv_typed_spaced", "t", _code(lambda r: rdigits(r, r.choice([3, 3, 4])),
                                               _cvv_typed)),
        fam("es2_cvv_amex_numbers", "v", _code(lambda r: rdigits(r, 4), _cid), nouns=CID),
    ],
    "CARD_EXPIRY": [
        fam("es2_exp_spoken_num_del", "v", _exp(_exp_num_del)),
        fam("es2_exp_spoken_month_full_year", "v", _exp(_exp_month_year)),
        fam("es2_exp_spoken_bare_numbers", "v", _exp(_exp_bare)),
        fam("es2_exp_spoken_mes_ano", "v", _exp(_exp_mes_ano)),
        fam("es2_exp_typed_dots_dashes", "t", _exp(_exp_typed_sep)),
        fam("es2_exp_typed_month_abbr", "t", _exp(_exp_typed_abbr)),
    ],
    "US_SSN": [
        fam("es2_ssn_spoken_numbers", "v", _code(ssn, _ssn_numbers), loc="US"),
        fam("es2_ssn_spoken_doble", "v", _code(_ssn_gen(True), _ssn_doble), loc="US"),
        fam("es2_ssn_typed_dots_mixed", "t", _code(ssn, _ssn_typed), loc="US"),
        fam("es2_ssn_chat_half_spelled", "t", _code(ssn, _ssn_half), loc="US"),
        fam("es2_ssn_last4_numbers", "v", _code(lambda r: ssn(r)[5:], _last4_said), loc="US",
            nouns=LAST4, cs_nouns=LAST4_CS, en_nouns=LAST4_EN),
        fam("es2_ssn_last4_chat", "t", _last4_typed, loc="US", nouns=LAST4, cs_nouns=LAST4_CS,
            en_nouns=LAST4_EN, labels=LAST4_LABELS),
    ],
    "PHONE_NUMBER": [
        fam("es2_phone_mx_pairs", "v", _phone(None, _ph_mx_pairs), loc="MX"),
        fam("es2_phone_us_numbers", "v", _phone(_ph_us_numbers, None), loc="US"),
        fam("es2_phone_spoken_doble", "v", _phone(_ph_doble_us, _ph_doble_mx), loc="US MX"),
        fam("es2_phone_typed_odd", "t", _phone(_ph_typed_us, _ph_typed_mx), loc="US MX"),
        fam("es2_phone_chat_half_spelled", "t", _phone(_ph_half_us, _ph_half_mx), loc="US MX"),
    ],
    "EMAIL_ADDRESS": [
        fam("es2_email_spelled_letters", "v", _email_spelled),
        fam("es2_email_said_guion_bajo", "v", _email_guion_bajo),
        fam("es2_email_typed_obfuscated", "t", _email_obfuscated),
        fam("es2_email_typed_words", "t", _email_typed_words),
        fam("es2_email_typed_plain", "t", _email_typed),
    ],
    "DATE_OF_BIRTH": [
        fam("es2_dob_spoken_year_first", "v", _dob(_dob_year_first)),
        fam("es2_dob_spoken_del_short", "v", _dob(_dob_del_short)),
        fam("es2_dob_spoken_numeric", "v", _dob(_dob_numeric)),
        fam("es2_dob_spoken_month_first", "v", _dob(_dob_month_first), loc="US"),
        fam("es2_dob_typed_dots_dashes", "t", _dob(_dob_typed_sep)),
        fam("es2_dob_typed_month_first", "t", _dob(_dob_typed_month_first), loc="US"),
        fam("es2_dob_typed_short_year", "t", _dob(_dob_typed_short)),
    ],
    "PERSON": [
        fam("es2_person_particles", "vt", _name_particles),
        fam("es2_person_nickname", "vt", _name_nickname),
        fam("es2_person_compound_accents", "vt", _name_compound),
        fam("es2_person_spelled_surname", "v", _name_spelled),
        fam("es2_person_surname_first", "t", _name_surname_first),
        fam("es2_person_relative", "vt", _name_relative, ctx="noq", en_nouns=HOLDER_EN),
        fam("es2_person_addressed", "vt", _name_addressed, ctx="address"),
        fam("es2_person_agent_name", "vt", _name_agent, ctx="intro"),
    ],
    "ADDRESS": [
        fam("es2_addr_us_spoken_unit", "v", _addr_us_unit, loc="US"),
        fam("es2_addr_us_spoken_pairs", "v", _addr_us_pairs, loc="US"),
        fam("es2_addr_us_typed_unit", "t", _addr_us_typed, loc="US"),
        fam("es2_addr_mx_spoken_ext_int", "v", _addr_mx_ext_int, loc="MX"),
        fam("es2_addr_mx_typed_abbrev", "t", _addr_mx_abbrev, loc="MX"),
        fam("es2_addr_zip_only", "vt", _addr_zip, loc="US MX", ctx="ask", nouns=ZIP,
            cs_nouns=ZIP_CS, en_nouns=ZIP_EN),
    ],
    "MX_CURP": [
        fam("es2_curp_spelled_as_in", "v",
            _id_spoken(_curp, [4, 6, 1, 2, 3, 2], as_in=0.45, la=0.05), loc="MX"),
        fam("es2_curp_spoken_date_pairs", "v",
            _id_spoken(_curp, [4, 6, 1, 2, 3, 2], as_in=0.1, numbers=(1,)), loc="MX"),
        fam("es2_curp_spelled_nato", "v",
            _id_spoken(_curp, [4, 6, 1, 2, 3, 2], nato=0.6), loc="MX"),
        fam("es2_curp_typed_separators", "t", _id_typed(_curp, _curp_styles()), loc="MX"),
    ],
    "MX_RFC": [
        fam("es2_rfc_spoken_date_pairs", "v",
            _id_spoken(_rfc, [4, 6, 3], as_in=0.15, numbers=(1,)), loc="MX"),
        fam("es2_rfc_spelled_as_in", "v", _id_spoken(_rfc, [4, 6, 3], as_in=0.5, la=0.05),
            loc="MX"),
        fam("es2_rfc_spelled_nato", "v", _id_spoken(_rfc, [4, 6, 3], nato=0.6), loc="MX"),
        fam("es2_rfc_typed_separators", "t", _id_typed(_rfc, _rfc_styles()), loc="MX"),
    ],
    "ES_NIF": [
        fam("es2_nif_spoken_pairs", "v", _nif_pairs, loc="ES"),
        fam("es2_nif_spoken_millions", "v", _nif_millions, loc="ES"),
        fam("es2_nif_spelled_as_in", "v", _nif_spelled, loc="ES"),
        fam("es2_nif_typed_dots_dash", "t", _id_typed(nif, [_nif_typed]), loc="ES"),
    ],
    "ES_NIE": [
        fam("es2_nie_spoken_pairs", "v", _nie_pairs, loc="ES"),
        fam("es2_nie_spoken_millions", "v", _nie_millions, loc="ES"),
        fam("es2_nie_spelled_as_in", "v", _nie_spelled, loc="ES"),
        fam("es2_nie_typed_separators", "t", _id_typed(nie, [_nie_typed]), loc="ES"),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
# fn(r, channel, locale) -> [(speaker, template, decoy value or None)]
CURRENCY = {"US": ("dólares", "${:,}.{:02d}"), "MX": ("pesos", "${:,}.{:02d} MXN"),
            "ES": ("euros", "{:,}.{:02d} €")}  # fmt: skip
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]


def _neg_order(r, ch, loc):
    n = rdigits(r, 8, lead=True)
    if ch == "voice":
        v = ", ".join(_pairs(n, r, doble=False))
    else:
        v = r.choice([f"#{n}", f"PED-{n[:4]}-{n[4:]}", f"MX{n}", n])
    t = r.choice(["El pedido que hice es el {v}.", "Tengo aquí el número de orden: {v}."])
    return [("customer", t, v)]


def _neg_tracking(r, ch, loc):
    n = rdigits(r, 12, lead=True)
    if ch == "voice":
        v = ", ".join(_say_group(g, r, r.choice(["digits", "pairs"])) for g in chunks(n, [4] * 3))
    else:
        v = r.choice([" ".join(chunks(n, [4] * 3)), f"JD{rdigits(r, 18)}", f"EST-{n}"])
    return [("agent", "Le comparto su número de rastreo: {v}.", v)]


def _neg_amount(r, ch, loc):
    n, c = r.randint(12, 6800), r.choice([0, 0, 50, 90, r.randint(1, 99)])
    word, fmt = CURRENCY[loc]
    if ch != "voice":
        s = fmt.format(n, c)
        v = s.replace(",", "X").replace(".", ",").replace("X", ".") if loc == "ES" else s
    else:
        v = f"{palabras(n)} {word}".replace("uno " + word, "un " + word)
        v += f" con {palabras(c)}" + (" centavos" if loc != "ES" else " céntimos") if c else ""
    return [("agent", r.choice(["Serían {v} en total.", "Le quedaría un saldo de {v}."]), v)]


def _neg_appointment(r, ch, loc):
    _, m, d = day(r, 2025, 2026)
    h, mi = r.choice([9, 10, 11, 12, 15, 16, 17]), r.choice([0, 30])
    wd = r.choice(DIAS)
    if ch == "voice":
        hh = palabras(h - 12 if h > 12 else h).replace("uno", "una")
        part = "de la mañana" if h < 12 else "del mediodía" if h == 12 else "de la tarde"
        v = f"{wd} {palabras(d)} de {MESES[m - 1]} a las {hh}{' y media' if mi else ''} {part}"
    else:
        v = r.choice(
            [f"{wd} {d:02d}/{m:02d} a las {h}:{mi:02d}", f"{d} de {MESES[m - 1]}, {h}:{mi:02d} hrs"]
        )
    return [("agent", "Su cita quedó para el {v}.", v)]


def _neg_hours(r, ch, loc):
    a, b = r.choice([(8, 18), (9, 19), (9, 21), (7, 22)])
    if ch == "voice":
        v = f"{palabras(a)} de la mañana a {palabras(b - 12)} de la noche"
    else:
        v = f"{a}:00 a {b}:00 hrs"
    return [("agent", "Nuestro horario de atención es de {v}.", v)]


def _neg_policy(r, ch, loc):
    pre = r.choice(["PZ", "POL", "GM", "AU"])
    n = rdigits(r, 10)
    if ch == "voice":
        v = " ".join(LETRAS[c] for c in pre) + ", " + ", ".join(_pairs(n, r, doble=False))
    else:
        v = r.choice([f"{pre}-{n[:4]}-{n[4:8]}-{n[8:]}", f"{pre} {n}"])
    return [("agent", "El número de su póliza es {v}.", v)]


def _neg_luhn(r, ch, loc):
    n = not_luhn(r)
    if ch == "voice":
        v = ", ".join(" ".join(_pairs(g, r, doble=False)) if r.random() < 0.6
                      else " ".join(_w(c) for c in g) for g in chunks(n, [4] * 4))  # fmt: skip
    else:
        v = r.choice(["-".join(chunks(n, [4] * 4)), ".".join(chunks(n, [4] * 4)), n])
    return [("customer", "En el estado de cuenta me sale este número: {v}, ¿eso qué es?", v)]


def _neg_last4(r, ch, loc):
    n = rdigits(r, 4)
    if ch == "voice":
        v = r.choice([" ".join(_w(c) for c in n), ", ".join(_pairs(n, r, doble=False))])
    else:
        v = n
    if r.random() < 0.5:
        return [
            ("agent", "¿Con qué tarjeta desea pagar?", None),
            ("customer", "Con la que termina en {v}.", v),
        ]
    return [
        ("agent", "¿Le cargo a la tarjeta que termina en {v}?", v),
        ("customer", "Sí, a esa.", None),
    ]


def _neg_confirmation(r, ch, loc):
    s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    if ch == "voice":
        v = ", ".join(NATO_SAY[c] if c.isalpha() else _w(c) for c in s)
    else:
        v = f"{s[:3]}-{s[3:]}"
    return [("agent", "Su número de confirmación es {v}.", v)]


def _neg_extension(r, ch, loc):
    n = str(r.randint(100, 999))
    v = (_seq(n, r, 0.3) if r.random() < 0.5 else palabras(int(n))) if ch == "voice" else n
    return [("agent", "Si necesita algo más, pida la extensión {v}.", v)]


# fmt: off
NEGATIVES = [
    fam("es2_neg_order_pairs", "vt", _neg_order),
    fam("es2_neg_tracking_rastreo", "vt", _neg_tracking),
    fam("es2_neg_amount_said", "vt", _neg_amount),
    fam("es2_neg_appointment", "vt", _neg_appointment),
    fam("es2_neg_business_hours", "vt", _neg_hours),
    fam("es2_neg_policy_number", "vt", _neg_policy),
    fam("es2_neg_luhn_fail_mixed", "vt", _neg_luhn),
    fam("es2_neg_card_last4", "vt", _neg_last4),
    fam("es2_neg_confirmation_code", "vt", _neg_confirmation),
    fam("es2_neg_extension", "vt", _neg_extension),
    fam("es2_neg_phone_pci", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "Si se llega a cortar, me regresa la llamada al {v}, por favor."),
        loc="US MX"),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EXTRA_TYPED = True  # verify.py: also call extra_alts on typed text (numbers typed in words)


_FILL_TOKS = {w for f in FILL for w in _toks(f)}


def _past_fillers(toks, j):
    while j < len(toks) and toks[j] in _FILL_TOKS:
        j += 1
    return j


def _millions_alts(toks, i):
    """'cuarenta y siete (eeh) millones novecientos noventa y cuatro mil ...' -> '47994...'."""
    out, n = [], len(toks)
    for v, j in number_alts(toks, i):
        j = _past_fillers(toks, j)
        if j < n and toks[j] in ("millones", "millon"):
            out.append((str(int(v) * 10**6), j + 1))
            k0 = _past_fillers(toks, j + 1)
            if k0 < n and toks[k0] in NUMWORDS:
                out += [(str(int(v) * 10**6 + int(w)), k) for w, k in number_alts(toks, k0)]
    return out


def _across_fillers(toks, i):
    """Numbers and millions read with the fillers inside them left out ('cuarenta y, eeh, un mil
    ...' as ASR writes a hesitation after 'y' or 'ciento')."""
    idx = [k for k in range(i, len(toks)) if toks[k] not in _FILL_TOKS]
    sub = [toks[k] for k in idx]
    alts = _millions_alts(sub, 0)
    if len(idx) < len(toks) - i:  # a filler inside: plain numbers too
        alts += number_alts(sub, 0)
    return [(v, idx[j - 1] + 1) for v, j in alts]


def extra_alts(toks, i, mode, ctx):
    """Readings dev2 adds: 'doble'/'triple', a zero said 'o', 'millones', 'be de burro', NATO
    words, 'doble ele', and number words and English month names in typed text."""
    t, n, out = toks[i], len(toks), []
    typed = ctx.get("typed")
    if typed:
        if mode in ("digits", "alnum", "date") and t in NUMWORDS:
            out += number_alts(toks, i)
        if mode == "date" and t in EN_MONTHS:
            out.append((f"M{EN_MONTHS[t]:02d}", i + 1))
    if mode in ("digits", "alnum", "address") and t in ("doble", "triple") and i + 1 < n:
        d = ctx["digit"](toks[i + 1], mode)
        if d is not None:
            out.append((d * (2 if t == "doble" else 3), i + 2))
    if mode in ("digits", "alnum"):
        if mode == "digits" and t == "o" and not typed:
            out.append(("0", i + 1))
        if t in NUMWORDS and not typed:
            out += _across_fillers(toks, i)
    if mode == "alnum" and not typed:
        if t == "doble" and i + 1 < n:
            out += [(c * 2, j) for c, j in ctx["letters"](i + 1) if c in DOUBLE_LETTERS]
        for c, j in ctx["letters"](i):
            if j + 1 < n and toks[j] == "de" and ctx["as_in_word"](toks[j + 1], c):
                out.append((c, j + 2))
        if t in NATO_READ:
            out.append((NATO_READ[t], i + 1))
    return out


def email_alts(toks, i, ctx):
    """Spoken e-mail readings dev2 adds: 'pe de Pedro' -> 'p', 'doble ele' -> 'll'."""
    out, n = [], len(toks)
    for c, j in ctx["letters"](i):
        if j + 1 < n and toks[j] == "de" and ctx["as_in_word"](toks[j + 1], c):
            out.append((c, j + 2))
    if toks[i] == "doble" and i + 1 < n:
        out += [(c * 2, j) for c, j in ctx["letters"](i + 1) if c in DOUBLE_LETTERS]
    return out


def date_targets(ent, v, targets):
    """Dev2 dates may also come month first, year first ('setenta y cinco, el tres de marzo'),
    with a two-digit year, or as ISO."""
    if ent != "DATE_OF_BIRTH":
        return targets
    y, m, d = v[:4], int(v[4:6]), int(v[6:])
    ds, ms, ys = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}"), (y, y[2:])
    out = set(targets)
    out |= {a + b + c for a in ds for b in ms for c in ys}
    out |= {b + a + c for a in ds for b in ms for c in ys}
    out |= {c + a + b for a in ds for b in ms for c in ys}
    out.add(f"{y}{m:02d}{d:02d}")
    return out


# ---------------------------------------------------------------- the interaction
def _overlay_keys(kind, loc, mix):
    return [kind, loc, (kind, loc), *(["intra"] if mix == "intra" else [])]


def _merge(kind, loc, mix):
    ovs = [OVERLAYS[k] for k in _overlay_keys(kind, loc, mix) if k in OVERLAYS]
    t = {k: list(v) for k, v in T.items()}
    for ov in ovs:
        for k, v in ov.get("*", {}).items():
            t[k] = t.get(k, []) + v
    te = {}
    for e in {*T_ENT, *(e for ov in ovs for e in ov if e != "*")}:
        keys = {*T_ENT.get(e, {}), *(k for ov in ovs for k in ov.get(e, {}))}
        te[e] = {}
        for k in keys:
            base = T_ENT.get(e, {}).get(k) or t.get(k, [])
            te[e][k] = [*base, *(x for ov in ovs for x in ov.get(e, {}).get(k, []))]
    nouns = {e: [*ns, *NOUNS_LOC.get(loc, {}).get(e, [])] for e, ns in NOUNS.items()}
    return t, te, nouns


_VIEWS = {}


def view(kind, loc, mix):
    """This module as compose.build reads it, with the phrasings of one channel kind ("voice"
    or "typed"), country and language mix."""
    key = (kind, loc, mix)
    if key not in _VIEWS:
        t, te, nouns = _merge(kind, loc, mix)
        _VIEWS[key] = types.SimpleNamespace(
            FAMILIES=FAMILIES, NEGATIVES=NEGATIVES, MODES=MODES, T=t, T_EN=T_EN, T_ENT=te,
            NOUNS=nouns, NOUNS_CS=NOUNS_CS, NOUNS_EN=NOUNS_EN, LABELS=LABELS, FILL=FILL,
            CORRECTIONS=CORRECTIONS, SKIP=SKIP, LETTER_NAMES=LETTER_NAMES, GLUE=GLUE)  # fmt: skip
    return _VIEWS[key]


def _peek(r):
    """The locale, channel and mix compose.build is about to draw (from a copy of r)."""
    p = random.Random()
    p.setstate(r.getstate())
    loc = p.choices(["US", "MX", "ES"], [5, 4, 2])[0]
    p.choices(["banking", "retail", "health", "services"], [3, 2, 3, 2])
    channel = p.choices(["voice", "chat", "email"], [6, 3, 2])[0]
    mix = "es"
    if loc == "US":
        mix = p.choices(["es", "intra", "switch"], [2, 1, 1])[0]
    elif loc == "MX" and p.random() < 0.15:
        mix = "intra"
    if channel == "email" and mix == "switch":
        mix = "intra"
    return loc, channel, mix


BOT_PREFIXES = [_toks(p) for p in (IVR, IVR_ID, BOT)]


def _renumber(item, drop, into, shift):
    """Turn `drop` was appended to turn `into` (its text now starts `shift` characters in)."""
    for s in item["spans"] + item["decoys"]:
        if s["turn"] == drop:
            s.update(turn=into, start=s["start"] + shift, end=s["end"] + shift)
        elif s["turn"] > drop:
            s["turn"] -= 1


def _gather_forms(item):
    """A chat's form lines ("Nombre: ...", "Fecha de nacimiento: ...") as one message, at the
    place of the first."""
    turns = item["interaction"]["turns"]
    form_turns = sorted({s["turn"] for s in item["spans"] if s["context"] == "form"})
    if len(form_turns) < 2:
        return
    first = form_turns[0]
    pos = next(s["position"] for s in item["spans"] if s["turn"] == first)
    for removed, k in enumerate(form_turns[1:]):
        cur = k - removed  # each merged turn moves the later ones up by one
        for s in item["spans"]:
            if s["turn"] == cur:
                s["position"] = pos
        shift = len(turns[first]["text"]) + 1
        turns[first]["text"] += "\n" + turns[cur]["text"]
        _renumber(item, cur, first, shift)
        del turns[cur]
    item["spans"].sort(key=lambda s: (s["turn"], s["start"]))
    item["decoys"].sort(key=lambda s: (s["turn"], s["start"]))


def build(r, F, split, iid):
    """compose.build with the phrasings of the interaction's channel, country and mix; IVR and
    chat-bot prompts get the `bot` speaker and a chat's form lines become one message."""
    loc, channel, mix = _peek(r)
    kind = "voice" if channel == "voice" else "typed"
    item = compose.build(r, view(kind, loc, mix), split, iid)
    inter = item["interaction"]
    meta = inter["metadata"]
    got = (meta["locale"], inter["channel"], meta["mix"])
    assert got == (loc, channel, mix), ("compose.build draws changed", got, (loc, channel, mix))
    for t in inter["turns"]:
        toks = _toks(t["text"])
        if t["speaker"] == "agent" and any(toks[: len(p)] == p for p in BOT_PREFIXES):
            t["speaker"] = "bot"
    if channel == "chat":
        _gather_forms(item)
    return item


# Every phrasing of the overlays and country nouns (for the package's no-shared-wording check).
EXTRA_WORDING = tuple(
    x for ov in OVERLAYS.values() for table in ov.values() for xs in table.values() for x in xs
) + tuple(x for table in NOUNS_LOC.values() for xs in table.values() for x in xs)
