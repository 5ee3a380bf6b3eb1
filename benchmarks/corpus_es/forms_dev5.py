"""Surface forms and phrasings of the Spanish DEV5 split (a fifth development split).

Written by a fifth hand, from the outside only (the README's conventions, compose.py, the
contract and the other development splits as models of the format; never the recognisers, never
the held-out split). Its emphasis:

- ADDRESS as a ZIP / código postal ALONE, in every context: answered to many different agent
  questions (some never say "código postal": "¿Y la zona?", "¿De qué parte es?", "¿Qué colonia
  y código?"), volunteered in the middle of other talk, given in pieces across turns
  ("noventa" / "ajá" / "dos diez"), read back by the agent (often in another way), corrected
  mid-answer, as a whole number, in pairs, digit by digit with "cero" or "o", in English, typed
  bare, behind a label and as ZIP+4;
- US_SSN said as NUMBERS ("quinientos treinta y seis, ochenta y uno, cuatro mil doscientos
  noventa y siete"), mixed with digit runs, full and last four;
- MX_CURP spelled with example words ("ce de casa, u de uva", "como", "por", "as in"), the
  caller's own words (names, places), with pauses and in pieces;
- CARD_EXPIRY with the full year ("agosto de dos mil veintisiete", "el mes ocho del año dos mil
  veintisiete", "zero eight twenty twenty-seven");
- EMAIL_ADDRESS with "guion bajo" / "underscore" and numbers;
- PERSON with the surname spelled ("Ibarra, i latina, be, a, doble erre, a");
- CREDIT_CARD said in pairs, in Spanish and in English;
- look-alikes in payment calls: amounts, order and tracking numbers, times, extensions, years
  and a card-like number that fails the Luhn check.

`build` follows compose.build's flow with a view of this module whose phrasings follow the
channel kind and the country, and adds three ZIP scenes of its own: a ZIP given in pieces
across turns, a ZIP corrected mid-answer, and a ZIP read back by the agent in another form.
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
    curp,
    day,
    fam,
    fill,
    fits,
    norm,
    not_luhn,
    palabras,
    rdigits,
    ssn,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]
# A ZIP alone: asked for, volunteered, read back, from the record, in pieces (voice).
MODES_ZIP = ["ask", "ask", "ask", "volunteer", "volunteer", "noq", "readback", "readback",
             "form", "readback_only", "pieces", "pieces"]  # fmt: skip

# ---------------------------------------------------------------- phrasings (every channel)
# fmt: off
T = {
    "ask": ["Oiga, ¿y {su} {noun}, me lo regala?",
            "Nada más me falta {su} {noun}, ¿me lo dicta?",
            "Bien, ahora ocupo {su} {noun}, por favor.",
            "¿Me podría compartir {su} {noun}, por fa?"],
    "answer": ["Órale, pues {es} {v}.", "Sí, fíjese que {es} {v}.", "Es... a ver... {v}.",
               "Ándele, tome nota: {v}.", "Claro, ahí le va: {v}."],
    "volunteer": ["Ah, y antes de que se me olvide, {mi} {noun} {es} {v}.",
                  "Le doy de una vez {mi} {noun}, {es} {v}, para que no batalle."],
    "ack": ["Listo, ya lo tengo anotado.", "Okey, muchas gracias, ya quedó en sistema."],
    "noq_agent": ["Bueno, enseguida le voy a pedir {su} {noun}.",
                  "Para avanzar me hace falta {su} {noun}."],
    "noq_cust": ["Va, {es} {v}.", "Sí, cómo no, mire, {es} {v}."],
    "readback": ["A ver si lo tengo bien: {v}, ¿sí?", "Le confirmo lo que anoté, {v}, ¿verdad?"],
    "readback_only": ["Me aparece registrado {v}, ¿todavía es así?",
                      "En su expediente dice {v}, ¿lo mantenemos?"],
    "confirm": ["Sí, sí, ese mero.", "Ajá, así mero está."],
    "thanks": ["Ándele, gracias a usted.", "Gracias, muy amable, aquí espero."],
    "split_a": ["Sale, anótele, {v}", "Va, primero {v}", "Okey, arranco: {v}"],
    "split_mid": ["ahora {v}", "sigue {v}", "luego viene {v}"],
    "split_b": ["y ya por último {v}.", "y cierra con {v}.", "y para terminar {v}."],
    "split_ack": ["Ajá, le sigo.", "Mjm, adelante, ya lo llevo.", "Sí, ¿qué sigue?"],
    "email": ["Les comparto por aquí {mi} {noun}: {v}.",
              "Para que lo registren, {mi} {noun} {es} {v}."],
    "form": ["{Label} -> {v}", "{Label} | {v}", "[{Label}] {v}"],
    "intro": ["Buenas, gracias por llamar a {org}, habla {v}, ¿en qué le ayudo?",
              "{org}, le saluda {v}, ¿con quién tengo el gusto?"],
    "address": ["Sí, {v}, deme chance de revisar.", "Perfecto, {v}, ya lo reviso."],
}
T_EN = {
    "ask": ["Could I get the {noun} from you?", "Whenever you're ready, go ahead with the {noun}."],
    "ack": ["Alright, I have it, thank you.", "Perfect, that's noted."],
    "noq_agent": ["Now I'll need the {noun} from you."],
    "split_ack": ["Uh-huh, keep going.", "Okay, I'm following."],
    "intro": ["Hi, thanks for calling {org}, you're speaking with {v}. What can I do for you?"],
    "address": ["Sure thing, {v}, one second."],
}
T_ENT = {
    "PERSON": {
        "ask": ["¿Me deletrea su apellido, por favor?",
                "¿A nombre de quién, y cómo se escribe el apellido?",
                "¿Me da su nombre? Y si me lo deletrea, mejor."],
        "answer": ["Yo me llamo {v}.", "Soy {v}, para servirle.",
                   "Está a nombre de {v}, o sea yo."],
        "volunteer": ["Le habla {v}, le llamo por lo de mi cuenta."],
        "noq_agent": ["Le voy a pedir su nombre, deletreando el apellido."],
        "noq_cust": ["Sí, es {v}."],
        "readback": ["Entonces {v}, ¿lo escribí bien?"],
        "readback_only": ["Aquí lo tengo como {v}, ¿es correcto?"],
        "confirm": ["Sí, así se escribe.", "Así es, correcto, así se escribe."],
        "email": ["Mi nombre completo es {v}, para su registro.", "Les escribe su cliente {v}."],
    },
    "US_SSN": {
        "ask": ["¿Me confirma su número de seguro social, por favor?",
                "Para ubicar su expediente, ¿cuál es su social?"],
        "answer": ["Sí, mire, es el {v}, el mío.", "Tengo la tarjeta aquí, dice {v}.",
                   "Pues el mío es {v}, ese."],
        "volunteer": ["Para que me encuentre rápido, mi social es {v}."],
        "readback": ["Le repito: {v}, ¿correcto?"],
        "readback_only": ["El seguro social que tengo es {v}, ¿es el suyo?"],
    },
    "MX_CURP": {
        "ask": ["¿Me dicta su CURP, letra por letra?", "¿Cuál es su CURP? Despacito, por favor."],
        "answer": ["Sí, va, {v}.", "Ahí le va: {v}.", "Es {v}, así viene en mi constancia."],
        "volunteer": ["Le dicto mi CURP de una vez: {v}."],
        "readback": ["Entonces su CURP es {v}, ¿verdad?"],
        "readback_only": ["Tengo registrada la CURP {v}, ¿coincide?"],
    },
    "CARD_EXPIRY": {
        "ask": ["¿Qué fecha de vencimiento tiene la tarjeta, con el año completo?",
                "¿Y hasta cuándo vence su tarjeta?"],
        "answer": ["Pues vence en {v}.", "Aquí en el plástico dice que vence {v}.",
                   "Es hasta {v}."],
        "volunteer": ["Y la tarjeta vence {v}, por si la ocupa."],
        "noq_cust": ["Esa vence {v}."],
        "readback": ["Vencimiento {v}, ¿correcto?"],
        "readback_only": ["Su tarjeta registrada vence {v}, ¿sigue igual?"],
        "email": ["La tarjeta tiene vencimiento {v}."],
    },
    "EMAIL_ADDRESS": {
        "answer": ["Anótelo así, mi correo: {v}.", "Se lo dicto, es {v}, todo pegadito.",
                   "El que uso diario es {v}."],
        "volunteer": ["Mándenme todo al correo {v}, por favor."],
        "readback": ["Le leo el correo: {v}, ¿está bien?"],
    },
    "CREDIT_CARD": {
        "answer": ["Sí, va, {v}.", "Se lo dicto de dos en dos: {v}."],
        "volunteer": ["Quiero pagar con la que termina... bueno, la {v}."],
    },
}
NOUNS = {
    "CREDIT_CARD": ["el número de la tarjeta, los dieciséis",
                    "el número del plástico, de dos en dos"],
    "CARD_EXPIRY": ["la fecha de vencimiento con el año completo",
                    "el vencimiento de la tarjeta, mes y año"],
    "PERSON": ["el nombre con el apellido deletreado", "el nombre de la persona titular"],
    "ADDRESS": ["el código postal de su domicilio", "el código de su zona"],
    "EMAIL_ADDRESS": ["el correo electrónico, tal cual se escribe", "el correo de contacto"],
    "US_SSN": ["el número de seguro social, los nueve", "el número de su social"],
    "MX_CURP": ["la CURP, cada letra con su palabra", "la CURP que viene en su INE, completita"],
}
NOUNS_CS = {
    "CREDIT_CARD": ["el card number completo"], "CARD_EXPIRY": ["el expiration date completo"],
    "PERSON": ["el last name deletreado"], "ADDRESS": ["el zip code de su casa"],
    "EMAIL_ADDRESS": ["el email con underscore y todo"],
    "US_SSN": ["el social security number, los nine digits"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["card number, two digits at a time"], "CARD_EXPIRY": ["expiration, full year"],
    "PERSON": ["name, and please spell the last name"], "ADDRESS": ["ZIP code where you live"],
    "EMAIL_ADDRESS": ["email address, slowly"], "US_SSN": ["social, all nine digits"],
}
LABELS = {
    "CREDIT_CARD": ["Núm. de la tarjeta", "Tarjeta (16 dígitos)"],
    "CARD_EXPIRY": ["Vencimiento (mes/año)", "Válida hasta"],
    "PERSON": ["Nombre y apellido", "Titular de la póliza"],
    "ADDRESS": ["C.P. del domicilio", "Zona postal"],
    "EMAIL_ADDRESS": ["Correo electrónico del titular", "Email (usuario)"],
    "US_SSN": ["No. Seguro Social (SSN)", "Social Security No."],
    "MX_CURP": ["CURP (18 caracteres)", "CURP del titular (18)"],
}
LAST4_NOUNS = ["los cuatro finales del social", "la terminación de su seguro social"]
LAST4_NOUNS_EN = ["last four of the social, please"]
ZIP_NOUNS = ["el código postal de la casa, nada más", "el código de su colonia",
             "el zip de su domicilio"]  # fmt: skip
ZIP_NOUNS_CS = ["el zip code, nada más", "el ZIP de la casa"]
ZIP_NOUNS_EN = ["ZIP, just the ZIP", "postal code at home"]
ZIP_LABELS = ["CP del domicilio", "Código postal (5 dígitos)", "ZIP / C.P."]

# Phrasings of the ZIP families (they replace ADDRESS's), by country and channel kind; many of
# the agent's questions never say "código postal".
ZIP_PHR = {
    "ask": ["¿Y la zona?", "¿De qué parte es usted?", "¿Qué colonia y código?",
            "¿Por dónde vive, más o menos? Con el código me basta.",
            "Para ver si le llega el técnico, ¿dónde queda su casa?",
            "¿Me da nada más el código de su domicilio?",
            "¿A qué zona se lo enviamos?", "¿Y el postal?",
            "¿Dónde está ubicado? Nomás el código, por favor.",
            "Para revisar la sucursal más cercana, ¿en qué zona vive?"],
    "answer": ["Por el {v}.", "Estoy en el {v}.", "Mire, es el {v}, ahí vivo.",
               "La colonia no me la sé bien, pero el código es el {v}.",
               "Es... deje ver... el {v}.", "Me toca el {v}.", "El {v}, ese es.",
               "Pues fíjese que es el {v}.", "El de mi casa es el {v}."],
    "volunteer": [
        "Es que me cambié al {v} y desde entonces no me llega el recibo.",
        "Como ahora vivo en el {v}, no sé si me cambie la sucursal.",
        "Oiga, por cierto, el código de mi casa nueva es el {v}, ¿sí me cubren?",
        "Mi hija dice que ustedes no llegan al {v}, ¿es cierto?",
        "Yo estoy por el {v}, allá por la iglesia, y no ha pasado nadie.",
        "Y si le sirve, mi código es el {v}."],
    "ack": ["Sí, ahí sí tenemos servicio.", "Muy bien, ya quedó la zona."],
    "noq_agent": ["Ahora le pido nada más el código de su zona.",
                  "Me falta el código postal para cerrar el registro."],
    "noq_cust": ["Pues el {v}, ese mero.", "Sería el {v}."],
    "readback": ["¿El {v}?", "Okey, {v}, ¿así es?", "Le repito, {v}, ¿sí?",
                 "Anoté {v}, ¿es correcto?"],
    "readback_only": ["El código de zona que tengo es el {v}, ¿sigue igual?",
                      "Aquí me sale el {v}, ¿todavía vive ahí?"],
    "confirm": ["Sí, ese mero.", "Ajá, ese es.", "Así es, correcto."],
    "email": ["Mi código postal actual es el {v}.", "Ahora vivo en el código postal {v}."],
}
ZIP_PHR_LOC = {
    "US": {"ask": ["¿Y el zip, por favor?", "¿En qué zip vive?", "¿Qué área es? ¿El zip?"],
           "answer": ["El zip es {v}.", "Vivo en el {v}, el zip."],
           "readback": ["Zip {v}, ¿correcto?"]},
    "MX": {"ask": ["¿Qué colonia y código?", "¿En qué colonia, y con qué CP?",
                   "¿De qué rumbo es usted?"],
           "answer": ["Es el {v}, joven.", "El CP es {v}, por el mercado."],
           "readback": ["CP {v}, ¿verdad?"]},
    "ES": {"ask": ["¿De qué zona me llama?", "¿Y el código postal de su calle, por favor?"],
           "answer": ["Vale, es el {v}.", "Pues el {v}, en el centro."],
           "readback": ["Entonces el {v}, ¿vale?"]},
}
ZIP_PHR_TYPED = {
    "ask": ["¿En qué zona vives? Con el código postal me basta 🙂", "¿Me pasas tu CP?",
            "¿De qué parte eres? (código postal)"],
    "answer": ["{v}", "el {v} jeje", "cp {v}", "{v} 👌", "vivo en el {v}"],
    "volunteer": ["me cambié al {v}, me cubren?", "mi zona es {v} por si sirve"],
    "noq_cust": ["{v}", "es el {v}"],
}
ZIP_PHR_EN = {"ask": ["What area are you in? Just the ZIP is fine.", "And your ZIP?"],
              "ack": ["Great, we service that area."],
              "noq_agent": ["I just need the ZIP code now."]}
# A ZIP given in pieces across turns.
ZIP_PIECE_FIRST = ["Es el {v}", "Mire, {v}", "A ver, {v}", "El {v}"]
ZIP_PIECE_ACK = ["Ajá, ¿y luego, luego?", "Mjm, la tengo, siga.", "Sí, ahí voy apuntando.",
                 "Okey, ¿y lo demás?", "Ándele, ¿qué más?"]
ZIP_PIECE_ACK_EN = ["Uh-huh, go on.", "Okay?"]
ZIP_PIECE_NEXT = ["{v}.", "Y {v}.", "{v}, ese es.", "Luego, {v}."]
LAST4_PHR = {
    "ask": ["¿Me da los últimos cuatro de su social?",
            "Para validar, nada más la terminación de su seguro social."],
    "answer": ["Mi social termina en {v}.", "Son el {v}, los últimos.",
               "Los cuatro del final son {v}."],
    "noq_agent": ["Le voy a pedir la terminación de su social."],
    "noq_cust": ["Sí, son {v}."],
    "readback": ["Terminación {v}, ¿verdad?"],
    "readback_only": ["Su social termina en {v}, ¿es correcto?"],
}
LAST4_PHR_EN = {"ask": ["And the last four of your social?"]}

# ASR noise: this writer's fillers and self-corrections (no comma inside a filler).
FILL = ["mm deje ver", "eh bueno", "em pues", "ay a ver"]
CORRECTIONS = ["no, perdone, lo digo otra vez", "ay, me confundí, es", "no, espere, corrijo",
               "uy no, mejor dicho"]
# Words said inside a value that are not part of it.
SKIP = [*FILL, "mes", "se escribe", "y se escribe", "se deletrea", "o sea", "con acento",
        "con tilde", "acentuada", "así", "todo junto", "todo en minúscula"]
# No filler goes after these words (they modify or join the next one).
GLUE = ["y", "de", "del", "la", "el", "los", "las", "como", "por", "as", "in", "doble", "i",
        "guion", "mil", "año", "mes", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "oh", "two", "se", "con", "o", "en", "thousand",
        *(w for v in LETRAS.values() for w in v.split()), "ere", "ve", "uve", "ye"]
LETTER_NAMES = {"V": ["ve", "ve chica", "uve"], "B": ["be grande", "be alta"],
                "W": ["doble u"], "Y": ["i griega", "ye"], "I": ["i latina"], "R": ["ere"]}
EMAIL_WORDS = {"guion bajo": "_", "underscore": "_", "dot": "."}
TYPED_EMAIL = []
# fmt: on


# ---------------------------------------------------------------- saying numbers
def _d(c):
    return UNIDADES[int(c)]


def _dd(s, zero="cero"):
    return " ".join(zero if c == "0" else _d(c) for c in s)


def _dd_o(s, r, p=0.5):
    return " ".join(("o" if r.random() < p else "cero") if c == "0" else _d(c) for c in s)


def _pr(s, r=None, o=0.0):
    """Two digits as a pair: '45' -> 'cuarenta y cinco', '07' -> 'cero siete' (or 'o siete')."""
    if s[0] == "0":
        z = "o" if r is not None and r.random() < o else "cero"
        return f"{z} {z if s[1] == '0' else _d(s[1])}"
    return palabras(int(s))


def _whole(s):
    """A group as one number, its leading zeros said 'cero': '0297' -> 'cero doscientos ...'."""
    k = len(s) - len(s.lstrip("0"))
    rest = s[k:]
    return " ".join(["cero"] * k + ([palabras(int(rest))] if rest else []))


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


def _en_pr(s, r):
    if s[0] == "0":
        z = r.choice(["oh", "zero"])
        return f"{z} {z if s[1] == '0' else EN_D[int(s[1])]}"
    return _en_n(int(s))


def _en_dd(s, r):
    return " ".join(r.choice(["oh", "zero"]) if c == "0" else EN_D[int(c)] for c in s)


# ---------------------------------------------------------------- ZIP / CP values and sayings
# fmt: off
ZIP3_US = ["902", "787", "331", "600", "770", "852", "100", "074", "113", "021", "303", "891",
           "606", "850", "925", "060", "330", "781", "956", "200"]
CP3_MX = ["067", "031", "044", "091", "450", "447", "640", "664", "760", "970", "223", "113",
          "541", "280", "010", "577"]
CP2_ES = ["28", "08", "46", "41", "29", "03", "48", "50", "35", "38", "15", "30", "07", "01"]
# fmt: on


def _tail2(r):
    return r.choice(["00", "10", str(r.randint(1, 9)) + "0", rdigits(r, 2), rdigits(r, 2)])


def _zip_of(r, loc):
    if loc == "US":
        return r.choice(ZIP3_US) + _tail2(r)
    if loc == "MX":
        return r.choice(CP3_MX) + _tail2(r)
    return (
        r.choice(CP2_ES) + "0" + _tail2(r) if r.random() < 0.7 else r.choice(CP2_ES) + rdigits(r, 3)
    )


def _zip_digits(z, r, loc):
    """Digit by digit, zeros 'cero' or 'o', in one run or with a pause."""
    said = _dd_o(z, r, 0.55 if loc == "US" else 0.2).split(" ")
    k = r.randrange(3)
    if k == 0:
        return " ".join(said)
    cut = r.choice([2, 3])
    return " ".join(said[:cut]) + ", " + " ".join(said[cut:])


def _zip_pairs(z, r, loc):
    """In pairs and hundreds: 'noventa, dos diez', 'veintiocho, cero catorce', 'noventa y dos,
    setenta y ocho, cinco'."""
    k = r.randrange(5)
    if k == 0:
        return f"{_pr(z[:2], r, 0.3)}, {_d(z[2])} {_pr(z[3:], r, 0.3)}"
    if k == 1:
        return f"{_pr(z[:2], r, 0.3)} {_whole(z[2:])}"
    if k == 2:
        return f"{_pr(z[:2], r, 0.3)}, {_pr(z[2:4], r, 0.3)}, {_d(z[4])}"
    if k == 3:
        return f"{_d(z[0])}, {_pr(z[1:3], r, 0.3)}, {_pr(z[3:], r, 0.3)}"
    return f"{_dd(z[:3])} {_pr(z[3:], r, 0.3)}"


def _zip_whole(z, r, loc):
    """As one number ('noventa mil doscientos diez'); a leading zero said first."""
    if z[0] != "0":
        return palabras(int(z))
    return "cero " + (palabras(int(z[1:])) if z[1] != "0" else _whole(z[1:]))


def _zip_english(z, r, loc):
    """English digits and pairs inside a Spanish turn ('nine oh two one oh', 'ninety, two ten')."""
    k = r.randrange(3)
    if k == 0:
        return _en_dd(z, r)
    if k == 1:
        return f"{_en_pr(z[:2], r)}, {EN_D[int(z[2])]} {_en_pr(z[3:], r)}"
    return f"{_en_dd(z[:3], r)} {_en_pr(z[3:], r)}"


def _zip_mixed(z, r, loc):
    """Part digit by digit, part as a number ('siete ocho, setecientos cinco')."""
    if r.random() < 0.5:
        return f"{_dd(z[:2])}, {_whole(z[2:])}"
    return f"{_whole(z[:3])}, {_dd(z[3:])}"


RENDERS = [_zip_digits, _zip_pairs, _zip_whole, _zip_mixed]


def _zip_said(render, plus4=False):
    def fn(r, ch, loc):
        z = _zip_of(r, loc)
        t = render(z, r, loc)
        if plus4 and loc == "US" and r.random() < 0.35:
            p4 = rdigits(r, 4, lead=True)
            t += f", {r.choice(['guion', 'y luego', 'más'])} {_pr(p4[:2])} {_pr(p4[2:])}"
            z += p4
        return t, z

    return fn


def _chunk_said(c, r, loc):
    """One piece of a ZIP said on its own."""
    if len(c) == 1:
        return _d(c) if c != "0" else r.choice(["cero", "o"])
    if len(c) == 2:
        return _pr(c, r, 0.3) if r.random() < 0.7 else _dd(c)
    return r.choice([_whole(c), f"{_d(c[0])} {_pr(c[1:])}", _dd(c)])


def _zip_typed_bare(r, ch, loc):
    z = _zip_of(r, loc)
    if loc == "US" and r.random() < 0.4:
        p4 = rdigits(r, 4)
        return r.choice([f"{z}-{p4}", f"{z} {p4}"]), z + p4
    return z, z


def _zip_typed_labeled(r, ch, loc):
    z = _zip_of(r, loc)
    if loc == "US":
        label = r.choice(["Zip: ", "zip ", "ZIP code ", "Zip Code: ", "zipcode: "])
        if r.random() < 0.4:
            p4 = rdigits(r, 4)
            return f"{z}-{p4}", z + p4, label, ""
        return z, z, label, ""
    label = r.choice(["C.P ", "cp. ", "Cod. postal: ", "Código postal ", "CP. ", "C. P. "])
    return z, z, label, ""


# ---------------------------------------------------------------- US_SSN
def _ssn_last(ln, r):
    k = r.randrange(3)
    if k == 0:
        return f"{_pr(ln[:2], r, 0.3)} {_pr(ln[2:], r, 0.3)}"
    if k == 1:
        return _whole(ln)
    return f"{_pr(ln[:2], r, 0.3)}, {_pr(ln[2:], r, 0.3)}"


def _ssn_numbers(r, ch, loc):
    """'quinientos treinta y seis, ochenta y uno, cuarenta y dos noventa y siete'."""
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    return f"{_whole(a)}, {_pr(g, r, 0.3)}, {_ssn_last(ln, r)}", s


def _ssn_thousands(r, ch, loc):
    """The last group as thousands: '..., cuatro mil doscientos noventa y siete'."""
    s = ssn(r)
    while s[5] == "0":
        s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    sa = _whole(a) if r.random() < 0.6 else f"{_d(a[0])} {_pr(a[1:], r, 0.3)}"
    return f"{sa}, {_pr(g, r, 0.3)}, {palabras(int(ln))}", s


def _ssn_mixed(r, ch, loc):
    """Digit runs and numbers in one SSN: 'cinco tres seis, ochenta y uno, cuatro mil ...'."""
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    k = r.randrange(3)
    if k == 0:
        return f"{_dd(a)}, {_pr(g, r, 0.3)}, {_ssn_last(ln, r)}", s
    if k == 1:
        return f"{_whole(a)}, {_dd(g)}, {_dd_o(ln, r, 0.3)}", s
    return f"{_whole(a)}, {_pr(g, r, 0.3)}, {_dd(ln[:2])} {_pr(ln[2:], r, 0.3)}", s


def _last4_number(r, ch, loc):
    s = ssn(r)[5:]
    return _ssn_last(s, r) if s[0] == "0" or r.random() < 0.5 else palabras(int(s)), s


# ---------------------------------------------------------------- MX_CURP (example words)
# fmt: off
EXAMPLES = {
    "A": ["árbol", "avión", "Alicia", "Aguascalientes", "ancla"],
    "B": ["burro", "Bogotá", "barco", "Beatriz"], "C": ["casa", "Carmen", "Colima", "coco"],
    "D": ["dedo", "Daniel", "Durango", "dado"], "E": ["elefante", "Ernesto", "Ecuador"],
    "F": ["foca", "Francia", "Fernando", "fresa"], "G": ["gato", "Guadalajara", "Gabriel"],
    "H": ["hotel", "Hidalgo", "helado", "Hugo"], "I": ["iglesia", "Italia", "Irma", "imán"],
    "J": ["Jalisco", "jamón", "Juan", "jirafa"], "K": ["kilo", "Kenia", "koala"],
    "L": ["León", "luna", "Laura", "limón"], "M": ["mamá", "México", "Mario", "manzana"],
    "N": ["Nicolás", "naranja", "Nayarit", "nube"], "O": ["oso", "Oaxaca", "Óscar", "olla"],
    "P": ["papá", "Puebla", "Pedro", "perro"], "Q": ["queso", "Querétaro", "Quique"],
    "R": ["Roma", "ratón", "Rosa", "Ramón"], "S": ["Sonora", "sol", "silla", "Sinaloa"],
    "T": ["Toluca", "tomate", "Tamaulipas", "taza"], "U": ["uva", "Uruapan", "Úrsula"],
    "V": ["vaca", "Veracruz", "Victoria", "vela"], "W": ["Washington", "Walter", "wifi"],
    "X": ["Xochimilco", "xilófono", "Ximena"], "Y": ["yoyo", "Yucatán", "yate", "Yolanda"],
    "Z": ["zapato", "Zacatecas", "zorro", "Zamora"],
}
# The caller's own example words (family, pets, home towns).
OWN_WORDS = {
    "A": ["Adela", "Acapulco"], "B": ["Bruno", "Bertha"], "C": ["Cuca", "Celaya"],
    "D": ["Dolores", "Delicias"], "E": ["Ensenada", "Eva"], "F": ["Fresnillo", "Fito"],
    "G": ["Guanajuato", "Goyo"], "H": ["Hermosillo", "Héctor"], "I": ["Irapuato", "Isabel"],
    "J": ["Juchitán", "Javier"], "K": ["Karina", "Kevin"], "L": ["Lupita", "Linares"],
    "M": ["Morelia", "Memo"], "N": ["Nogales", "Nelly"], "O": ["Orizaba", "Olga"],
    "P": ["Pachuca", "Paco"], "Q": ["Quintana", "Queta"], "R": ["Reynosa", "Rita"],
    "S": ["Saltillo", "Sergio"], "T": ["Tepic", "Tere"], "U": ["Uriel", "Ulises"],
    "V": ["Valladolid", "Vicente"], "W": ["Wendy", "Wilfrido"], "X": ["Xalapa", "Xóchitl"],
    "Y": ["Yautepec", "Yesenia"], "Z": ["Zamora", "Zoila"],
}
# fmt: on
NAMES_MX = {
    "B": ["be", "be grande"],
    "V": ["ve", "ve chica", "uve"],
    "W": ["doble u"],
    "Y": ["i griega", "ye"],
    "I": ["i", "i latina"],
}  # fmt: skip


def _lname(c, r):
    return r.choice(NAMES_MX.get(c) or [LETRAS[c]])


def _as_in(c, r, loc, own):
    if c.isdigit():
        return _d(c)
    if r.random() < 0.25:
        return _lname(c, r)
    conn = r.choice(
        ["de", "de", "de", "como", "por", "como en"] + (["as in"] if loc == "US" else [])
    )
    word = r.choice(OWN_WORDS[c] if own else EXAMPLES[c])
    return f"{_lname(c, r)} {conn} {word}"


def _curp_words(own):
    def fn(r, ch, loc):
        p = compose.person(r)
        p["y"], p["m"], p["d"] = day(r, 1945, 2005)
        s = curp(r, p)
        date = (", ".join(_pr(x) for x in chunks(s[4:10], [2, 2, 2])) if r.random() < 0.6
                else _dd(s[4:10]))  # fmt: skip
        items = [_as_in(c, r, loc, own) for c in s[:4]] + [date]
        items += [_as_in(c, r, loc, own) for c in s[10:18]]
        return ", ".join(items), s

    return fn


# ---------------------------------------------------------------- CARD_EXPIRY (full year)
def _exp(render):
    def fn(r, ch, loc):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        out = render(y, m, r, loc)
        canon = f"{m:02d}{y % 100:02d}"
        return (out, canon) if isinstance(out, str) else (out[0], canon, *out[1:])

    return fn


def _exp_month_year(y, m, r, loc):
    mes, yy = MESES[m - 1], palabras(y)
    return r.choice([f"{mes} de {yy}", f"{mes} del {yy}", f"{mes} del año {yy}", f"{mes}, {yy}"])


def _exp_num_year(y, m, r, loc):
    mm = ("cero " + _d(str(m))) if m < 10 and r.random() < 0.35 else palabras(m)
    k = r.randrange(4)
    if k == 0:
        return f"mes {palabras(m)} del año {palabras(y)}", "el ", ""
    if k == 1:
        return f"{mm} del {palabras(y)}"
    if k == 2:
        return f"{mm} de {palabras(y)}"
    return f"{mm}, {palabras(y)}"


def _exp_english(y, m, r, loc):
    yy = _en_n(y % 100)
    k = r.randrange(3)
    if k == 0:
        mm = _en_pr(f"{m:02d}", r) if m < 10 else _en_n(m)
        return f"{mm} twenty {yy}"
    if k == 1:
        return f"{EN_MONTHS[m - 1]} twenty {yy}"
    return f"{_en_n(m)}, two thousand {yy}"


def _exp_typed(y, m, r, loc):
    ab = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    mes = MESES[m - 1]
    return r.choice([f"{m:02d} del {y}", f"{mes} de {y}", f"{m:02d}-{y}", f"{m} / {y}",
                     f"{ab[m - 1].capitalize()}. {y}", f"{mes.capitalize()} del {y}"])  # fmt: skip


# ---------------------------------------------------------------- EMAIL_ADDRESS
DOMINIOS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "icloud.com",
            "hotmail.es", "live.com.mx", "msn.com"]  # fmt: skip
NOMBRES = ["juan", "rosa", "pedro", "lupita", "karen", "mario", "sandra", "hector", "brenda",
           "omar", "diana", "ruben", "norma", "victor"]  # fmt: skip
APELLIDOS_MAIL = ["perez", "garcia", "ramos", "medina", "salinas", "ochoa", "rivas", "campos",
                  "ponce", "duarte", "vega", "solis"]  # fmt: skip


def _email_parts(r, loc):
    a, b = r.choice(NOMBRES), r.choice(APELLIDOS_MAIL)
    k = r.random()
    num = str(r.randint(10, 99)) if k < 0.5 else str(r.randint(1970, 2006)) if k < 0.8 else (
        rdigits(r, 3, lead=True))  # fmt: skip
    dom = r.choice([d for d in DOMINIOS if loc == "ES" or not d.endswith(".es")])
    shape = r.choice(["a_bN", "a_b_N", "aN_b", "a_bN", "ab_N"])
    return a, b, num, dom, shape


def _say_num(num, r):
    if len(num) == 4:
        return palabras(int(num)) if r.random() < 0.7 else _dd(num)
    if len(num) == 3:
        return _dd(num)
    return palabras(int(num)) if r.random() < 0.6 else _dd(num)


def _email_spoken(r, ch, loc):
    a, b, num, dom, shape = _email_parts(r, loc)
    us = "underscore" if loc == "US" and r.random() < 0.4 else "guion bajo"
    n = _say_num(num, r)
    said = {"a_bN": f"{a} {us} {b} {n}", "a_b_N": f"{a} {us} {b} {us} {n}",
            "aN_b": f"{a} {n} {us} {b}",
            "ab_N": f"{a} {b}, todo junto, {us} {n}"}[shape]  # fmt: skip
    user = {"a_bN": f"{a}_{b}{num}", "a_b_N": f"{a}_{b}_{num}", "aN_b": f"{a}{num}_{b}",
            "ab_N": f"{a}{b}_{num}"}[shape]  # fmt: skip
    return f"{said} arroba {dom.replace('.', ' punto ')}", f"{user}@{dom}"


def _email_typed(r, ch, loc):
    a, b, num, dom, shape = _email_parts(r, loc)
    user = {"a_bN": f"{a}_{b}{num}", "a_b_N": f"{a}_{b}_{num}", "aN_b": f"{a}{num}_{b}",
            "ab_N": f"{a}{b}_{num}"}[shape]  # fmt: skip
    e = f"{user}@{dom}"
    k = r.random()
    return (e.upper() if k < 0.15 else e[0].upper() + e[1:] if k < 0.35 else e), e


# ---------------------------------------------------------------- PERSON (spelled surname)
# fmt: off
NOMBRES_P = ["Rocío", "Yadira", "Marisela", "Noemí", "Consuelo", "Efrén", "Rogelio", "Baltazar",
             "Horacio", "Wilfredo", "Anselmo", "Dulce"]
APELLIDOS_P = ["Ibarra", "Villarreal", "Zavala", "Becerra", "Quezada", "Arellano", "Valenzuela",
               "Carrillo", "Gallegos", "Montañez", "Yáñez", "Escobedo", "Treviño", "Huerta",
               "Jaramillo", "Olvera"]
# fmt: on
_VOWEL_ACC = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}


def _spell_name(name, r, loc):
    """'Ibarra' -> 'i latina, be, a, doble erre, a' (an accent said after its vowel)."""
    out, i, low = [], 0, name.lower()
    while i < len(low):
        c = low[i]
        if c in ("r", "l") and low[i : i + 2] == c * 2 and r.random() < 0.6:
            out.append(f"doble {LETRAS[c.upper()]}")
            i += 2
            continue
        if c in _VOWEL_ACC:
            acc = r.choice(["con acento", "con tilde", "acentuada"])
            out.append(f"{LETRAS[_VOWEL_ACC[c].upper()]} {acc}")
        elif c == "ñ":
            out.append("eñe")
        else:
            C = c.upper()
            if r.random() < 0.2 and C in EXAMPLES:
                out.append(f"{_lname(C, r)} de {r.choice(EXAMPLES[C])}")
            else:
                out.append(_lname(C, r) if C in NAMES_MX else LETRAS[C])
        i += 1
    return r.choice([", ", " "]).join(out)


def _person_spelled(r, ch, loc):
    female = r.random() < 0.5
    first = r.choice(NOMBRES_P[:6] if female else NOMBRES_P[5:])
    last = r.choice(APELLIDOS_P)
    lead = r.choice([", ", ", se escribe ", ", y se escribe ", ", o sea "])
    n = f"{first} {last}"
    return f"{n}{lead}{_spell_name(last, r, loc)}", n


def _surname_spelled(r, ch, loc):
    last = r.choice(APELLIDOS_P)
    lead = r.choice([", ", ", se deletrea ", ", se escribe así: "])
    return f"{last}{lead}{_spell_name(last, r, loc)}", last


def _name_agent(r, ch, loc):
    n = r.choice(["Yuridia", "Abraham", "Jazmín", "Ulises", "Nayeli", "Fabián"])
    return n, n


# ---------------------------------------------------------------- CREDIT_CARD (pairs)
def _card(render, brands=("visa", "mastercard", "discover", "amex"), w=(5, 4, 1, 1)):
    def fn(r, ch, loc):
        n = card(r, r.choices(brands, w)[0])
        return render(n, r), n

    return fn


def _cc_pairs_es(n, r):
    pairs = [_pr(n[i : i + 2], r, 0.3) for i in range(0, len(n) - 1, 2)]
    if len(n) % 2:
        pairs.append(_d(n[-1]))
    if r.random() < 0.5:
        return ", ".join(pairs)
    return ", ".join(" ".join(pairs[i : i + 2]) for i in range(0, len(pairs), 2))


def _cc_pairs_en(n, r):
    pairs = [_en_pr(n[i : i + 2], r) for i in range(0, len(n) - 1, 2)]
    if len(n) % 2:
        pairs.append(EN_D[int(n[-1])])
    return ", ".join(pairs)


def _cc_typed(n, r):
    g = chunks(n, [4, 4, 4, 4]) if len(n) == 16 else chunks(n, [4, 6, 5])
    if len(g) == 4:
        return r.choice([f"{g[0]}-{g[1]} {g[2]}-{g[3]}", f"{g[0]}{g[1]} {g[2]}{g[3]}",
                         f"{g[0]} / {g[1]} / {g[2]} / {g[3]}"])  # fmt: skip
    return r.choice([f"{g[0]} / {g[1]} / {g[2]}", f"{g[0]}{g[1]} {g[2]}"])


# ---------------------------------------------------------------- families
_Z = dict(nouns=ZIP_NOUNS, cs_nouns=ZIP_NOUNS_CS, en_nouns=ZIP_NOUNS_EN, labels=ZIP_LABELS,
          zip=True, modes=MODES_ZIP)  # fmt: skip
_L4 = dict(nouns=LAST4_NOUNS, en_nouns=LAST4_NOUNS_EN, last4=True)
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es5_cc_spoken_pairs_es", "v", _card(_cc_pairs_es)),
        fam("es5_cc_spoken_pairs_en", "v", _card(_cc_pairs_en), loc="US"),
        fam("es5_cc_typed_mixed_separators", "t", _card(_cc_typed)),
    ],
    "CARD_CVV": [],
    "CARD_EXPIRY": [
        fam("es5_exp_spoken_month_full_year", "v", _exp(_exp_month_year)),
        fam("es5_exp_spoken_number_full_year", "v", _exp(_exp_num_year)),
        fam("es5_exp_spoken_english_full_year", "v", _exp(_exp_english), loc="US"),
        fam("es5_exp_typed_full_year", "t", _exp(_exp_typed)),
    ],
    "US_SSN": [
        fam("es5_ssn_spoken_whole_groups", "v", _ssn_numbers, loc="US"),
        fam("es5_ssn_spoken_thousands_last", "v", _ssn_thousands, loc="US"),
        fam("es5_ssn_spoken_digits_and_numbers", "v", _ssn_mixed, loc="US"),
        fam("es5_ssn_last4_spoken_number", "v", _last4_number, loc="US", **_L4),
    ],
    "PHONE_NUMBER": [],
    "EMAIL_ADDRESS": [
        fam("es5_email_spoken_guion_bajo_number", "v", _email_spoken),
        fam("es5_email_typed_underscore_digits", "t", _email_typed),
    ],
    "DATE_OF_BIRTH": [],
    "PERSON": [
        fam("es5_person_name_spelled_surname", "vt", _person_spelled, w=2.0),
        fam("es5_person_surname_spelled_alone", "v", _surname_spelled, w=1.5),
        fam("es5_person_agent_greeting", "v", _name_agent, ctx="intro", w=0.5),
    ],
    "ADDRESS": [
        fam("es5_zip_spoken_digit_run", "v", _zip_said(_zip_digits, True), render=_zip_digits,
            **_Z),
        fam("es5_zip_spoken_pairs_hundreds", "v", _zip_said(_zip_pairs, True),
            render=_zip_pairs, **_Z),
        fam("es5_zip_spoken_whole_number", "v", _zip_said(_zip_whole), render=_zip_whole, **_Z),
        fam("es5_zip_spoken_digits_then_number", "v", _zip_said(_zip_mixed), render=_zip_mixed,
            **_Z),
        fam("es5_zip_spoken_english", "v", _zip_said(_zip_english), render=_zip_english,
            loc="US", **_Z),
        fam("es5_zip_typed_bare_or_plus4", "t", _zip_typed_bare, **_Z),
        fam("es5_zip_typed_labeled", "t", _zip_typed_labeled,
            **{**_Z, "modes": ["ask", "ask", "volunteer", "noq", "form"]}),
    ],
    "MX_CURP": [
        fam("es5_curp_spelled_example_words", "v", _curp_words(False), loc="MX"),
        fam("es5_curp_spelled_own_words", "v", _curp_words(True), loc="MX"),
    ],
    "MX_RFC": [],
    "ES_NIF": [],
    "ES_NIE": [],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
NEG_T = {
    "amount": ["Su saldo al corte es de {v}.", "El cargo fue por {v}, ¿lo reconoce?"],
    "order": ["Mi pedido es el {v}, para que lo busque.", "El folio de la compra es {v}."],
    "tracking": ["La guía de su paquete es {v}."],
    "time": ["La llamada de seguimiento queda para {v}."],
    "ext": ["Si se corta, pida la extensión {v}."],
    "year": ["La compra es para un coche modelo {v}.", "Soy cliente desde {v}."],
    "luhn": ["También traigo esta otra tarjeta, la {v}, pero creo que está cancelada."],
}


def _neg(kind, speaker, voice, typed):
    def fn(r, ch, loc):
        v = voice(r, loc) if ch == "voice" else typed(r, loc)
        return [(speaker, r.choice(NEG_T[kind]), v)]

    return fn


def _amt_v(r, loc):
    cur = {"US": "dólares", "MX": "pesos", "ES": "euros"}[loc]
    return f"{palabras(r.randint(10000, 99999))} {cur}"


def _amt_t(r, loc):
    n = r.randint(10000, 99999)
    return f"${n:,}.00" if loc != "ES" else f"{n:,} €".replace(",", ".")


def _order_v(r, loc):
    n = rdigits(r, 8, lead=True)
    return ", ".join(_pr(x) for x in chunks(n, [2, 2, 2, 2]))


def _tracking_v(r, loc):
    return _dd(rdigits(r, 10, lead=True))


def _time_v(r, loc):
    h = r.randint(1, 11)
    hh = "la una" if h == 1 else "las " + palabras(h)
    return f"{hh} {r.choice(['y media', 'y cuarto', 'y diez'])}"


def _time_t(r, loc):
    return f"{r.randint(9, 18)}:{r.choice(['00', '30'])}"


def _ext_v(r, loc):
    return palabras(r.randint(1000, 9999))


def _year_v(r, loc):
    return palabras(r.randint(1995, 2025))


def _luhn_v(r, loc):
    n = not_luhn(r)
    return ", ".join(_pr(n[i : i + 2]) for i in range(0, 16, 2))


def _luhn_t(r, loc):
    n = not_luhn(r)
    return " ".join(chunks(n, [4, 4, 4, 4]))


# fmt: off
NEGATIVES = [
    fam("es5_neg_amount_whole", "vt", _neg("amount", "agent", _amt_v, _amt_t)),
    fam("es5_neg_order_pairs", "vt", _neg("order", "customer", _order_v,
                                          lambda r, loc: rdigits(r, 8, lead=True))),
    fam("es5_neg_tracking_digits", "vt", _neg("tracking", "agent", _tracking_v,
                                              lambda r, loc: "MX" + rdigits(r, 10))),
    fam("es5_neg_callback_time", "vt", _neg("time", "agent", _time_v,
                                            _time_t)),
    fam("es5_neg_extension_number", "vt", _neg("ext", "agent", _ext_v,
                                               lambda r, loc: str(r.randint(1000, 9999)))),
    fam("es5_neg_year", "vt", _neg("year", "customer", _year_v,
                                   lambda r, loc: str(r.randint(1995, 2025)))),
    fam("es5_neg_luhn_fail_pairs", "vt", _neg("luhn", "customer", _luhn_v, _luhn_t)),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EXTRA_TYPED = True  # verify.py: extra_alts is called on typed text too

EN_UNIT_V = {w: i for i, w in enumerate(EN_D)} | {"oh": 0}
EN_TEEN_V = {w: 10 + i for i, w in enumerate(EN_TEEN)}
EN_TENS_V = {w: 10 * i for i, w in enumerate(EN_TENS) if w}
EN_MONTH_V = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}
CONNECT = [("de",), ("como",), ("por",), ("como", "en"), ("as", "in")]


def _en_num(toks, i):
    """English numbers below a hundred: [(value, next index)]."""
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
    """Readings dev5 adds: English numbers and months ('two thousand twenty-seven'), 'o' for
    zero, a letter with its example word ('ce de casa', 'as in'), 'doble erre'."""
    t, out, n = toks[i], [], len(toks)
    if ctx.get("typed"):
        return out
    if mode in ("digits", "date", "address"):
        out += [(str(v), j) for v, j in _en_num(toks, i)]
        if t == "o":
            out.append(("0", i + 1))
    if mode == "date":
        if t in EN_MONTH_V:
            out.append((f"M{EN_MONTH_V[t]:02d}", i + 1))
        if t == "two" and i + 1 < n and toks[i + 1] == "thousand" and i + 2 < n:
            out += [(f"20{v:02d}", j) for v, j in _en_num(toks, i + 2)]
    if mode == "alnum":
        if t == "doble" and i + 1 < n:
            out += [(c * 2, j) for c, j in ctx["letters"](i + 1)]
        for c, j in ctx["letters"](i):
            for con in CONNECT:
                k = j + len(con)
                if tuple(toks[j:k]) == con and k < n and ctx["as_in_word"](toks[k], c):
                    out.append((c, k + 1))
    return out


# ---------------------------------------------------------------- the interaction
LOCALE_ENTITIES = {
    "US": ["PERSON", "ADDRESS", "EMAIL_ADDRESS", "US_SSN"],
    "MX": ["PERSON", "ADDRESS", "EMAIL_ADDRESS", "MX_CURP"],
    "ES": ["PERSON", "ADDRESS", "EMAIL_ADDRESS"],
}
_VIEWS = {}


def view(kind, loc, f=None):
    """This module as compose.scene reads it, with the ZIP or last-four phrasings of family `f`
    (by country and channel kind) in place of its entity's."""
    which = "zip" if f is not None and f.opts.get("zip") else (
        "last4" if f is not None and f.opts.get("last4") else "")  # fmt: skip
    key = (kind, loc, which)
    if key not in _VIEWS:
        te = {e: dict(v) for e, v in T_ENT.items()}
        t_en = dict(T_EN)
        if which == "zip":
            own = {k: list(v) for k, v in ZIP_PHR.items()}
            for k, v in ZIP_PHR_LOC[loc].items():
                own[k] = own.get(k, []) + v
            if kind == "typed":
                own.update({k: list(v) for k, v in ZIP_PHR_TYPED.items()})
            te["ADDRESS"] = own
            t_en.update(ZIP_PHR_EN)
        elif which == "last4":
            te["US_SSN"] = dict(LAST4_PHR)
            t_en.update(LAST4_PHR_EN)
        _VIEWS[key] = types.SimpleNamespace(
            FAMILIES=FAMILIES, NEGATIVES=NEGATIVES, MODES=MODES, T=T, T_EN=t_en, T_ENT=te,
            NOUNS=NOUNS, NOUNS_CS=NOUNS_CS, NOUNS_EN=NOUNS_EN, LABELS=LABELS, FILL=FILL,
            CORRECTIONS=CORRECTIONS, SKIP=SKIP, LETTER_NAMES=LETTER_NAMES, GLUE=GLUE)  # fmt: skip
    return _VIEWS[key]


def _pick_mode(r, ent, f, channel, mix, n_words):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    modes = f.opts.get("modes") or MODES
    if channel == "email":
        return r.choice(["email", "email", "form"]) if "form" in modes else "email"
    bad = {"form"} if channel == "voice" else {"pieces"}
    if n_words < 2 or ent not in compose.SPLITTABLE or channel != "voice":
        bad.add("split")
    if ent in compose.NO_READBACK_ONLY:
        bad.add("readback_only")
    if mix == "switch":
        bad |= {"readback", "readback_only"}
    return r.choice([m for m in modes if m not in bad] or ["ask"])


def _label(ent, f, value, mode, noise, pos):
    return dict(entity=ent, category=f.name, value=norm(value), context=mode, noise=noise,
                position=pos)  # fmt: skip


def _zip_ask(r, V, f, mix):
    if mix == "switch":
        en = {"noun": r.choice(f.opts.get("en_nouns") or ["ZIP code"])}
        return ("agent", fill(r.choice(V.T_EN["ask"]), None, None, **en))
    kw = compose.grammar(r.choice(f.opts["nouns"]))
    return ("agent", fill(r.choice(V.T_ENT["ADDRESS"]["ask"]), None, None, **kw))


def _zip_pieces_scene(r, V, f, z, pos, loc, mix):
    """A ZIP given in pieces across turns ('noventa' / 'ajá' / 'dos diez'), one span per
    piece, context "split"; maybe read back whole by the agent."""
    cut = r.choice([[2, 3], [3, 2], [2, 2, 1], [1, 2, 2]])
    pieces = [_chunk_said(c, r, loc) for c in chunks(z, cut)]
    lab = _label("ADDRESS", f, z, "split", "none", pos)
    turns = [_zip_ask(r, V, f, mix)]
    for i, p in enumerate(pieces):
        if i:
            acks = ZIP_PIECE_ACK_EN if mix == "switch" else ZIP_PIECE_ACK
            turns.append(("agent", [(r.choice(acks), None)]))
        tmpl = r.choice(ZIP_PIECE_NEXT if i else ZIP_PIECE_FIRST)
        turns.append(("customer", fill(tmpl, p, lab)))
    if mix != "switch" and r.random() < 0.4:
        back = _label("ADDRESS", f, z, "readback", "none", pos)
        kw = compose.grammar(r.choice(f.opts["nouns"]))
        said = r.choice(RENDERS)(z, r, loc)
        turns += [("agent", fill(r.choice(V.T_ENT["ADDRESS"]["readback"]), said, back, **kw)),
                  ("customer", [(r.choice(V.T_ENT["ADDRESS"]["confirm"]), None)])]  # fmt: skip
    return turns


def _zip_voice_scene(r, V, f, out, mode, noise, pos, loc, mix):
    """A ZIP asked for, volunteered or read back, maybe corrected mid-answer ('siete ocho dos
    uno, no, perdone, lo digo otra vez, siete ocho dos cero cinco'); the agent reads it back in
    another way ('noventa mil doscientos diez' -> 'nueve cero dos uno cero')."""
    text, z = out[0], out[1]
    render = f.opts["render"]
    applied = "none"
    if noise == "selfcorrect" and len(z) == 5:
        wrong = list(z)
        i = r.randrange(1, 5)
        wrong[i] = str((int(z[i]) + r.randint(1, 9)) % 10)
        w = render("".join(wrong), r, loc)
        text, applied = f"{w}, {r.choice(CORRECTIONS)}, {text}", "selfcorrect"
    elif noise == "fillers":
        keep = [*SKIP, *LETRAS.values()]
        noisy = compose.add_filler(r, text, FILL, keep, GLUE)
        text, applied = noisy, ("fillers" if noisy != text else "none")
    te = V.T_ENT["ADDRESS"]
    kw = compose.grammar(r.choice(f.opts["nouns"]))
    lab = _label("ADDRESS", f, z, mode, applied, pos)
    if mode == "volunteer":
        return [("customer", fill(r.choice(te["volunteer"]), text, lab, **kw)),
                ("agent", fill(r.choice(te["ack"]), None, None, **kw))]  # fmt: skip
    turns = [_zip_ask(r, V, f, mix), ("customer", fill(r.choice(te["answer"]), text, lab, **kw))]
    if mode == "readback":
        back = _label("ADDRESS", f, z, "readback", "none", pos)
        said = r.choice(RENDERS)(z[:5], r, loc) if len(z) == 5 else out[0]
        turns += [("agent", fill(r.choice(te["readback"]), said, back, **kw)),
                  ("customer", fill(r.choice(te["confirm"]), None, None, **kw))]  # fmt: skip
    return turns


def build(r, F, split, iid):
    """compose.build's flow with this module's phrasings and its ZIP scenes (in pieces,
    corrected, read back in another form)."""
    loc = r.choices(["US", "MX", "ES"], [5, 4, 2])[0]
    domain = r.choices(["banking", "retail", "health", "services"], [2, 2, 3, 3])[0]
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
            probs = [0.75, 0.0, 0.7]
            ents = [e for e, p in zip(PCI, probs, strict=True) if r.random() < p]
            ents = ents or [r.choice(["CREDIT_CARD", "CARD_EXPIRY"])]
            negs = r.sample(neg_ok, min(len(neg_ok), r.randint(0, 2)))
    else:
        pool = [e for e in LOCALE_ENTITIES[loc] if e != "ADDRESS"]
        ents = r.sample(pool, r.randint(1, len(pool)))
        own_id = {"US": "US_SSN", "MX": "MX_CURP"}.get(loc)
        if own_id and own_id not in ents and r.random() < 0.4:
            ents.append(own_id)
        ents.append("ADDRESS")
        if r.random() < 0.6:
            ents.append("ADDRESS")  # a second ZIP (another address, a correction of the record)
        ents += [r.choice(["CREDIT_CARD", "CARD_EXPIRY"])] if r.random() < 0.25 else []
    nfill = r.randint(2, 6)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro, used = [], None, set()
    for e in ents:
        fams = [f for f in FAMILIES[e] if fits(f, channel, loc) and f.name not in used]
        if channel == "email" or intro:
            fams = [f for f in fams if f.opts.get("ctx") != "intro"]
        if not fams:
            continue
        f = r.choices(fams, [x.opts.get("w", 1.0) for x in fams])[0]
        used.add(f.name)
        V = view(kind, loc, f)
        out = f.fn(r, channel, loc)
        mode = _pick_mode(r, e, f, channel, mix, len(out[0].split(" ")))
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        if mode in ("readback_only", "address", "intro"):
            noise = "none"
        pos = r.choice(list(slots))
        turns = None
        if f.opts.get("zip") and channel == "voice":
            if mode == "pieces" and len(out[1]) != 5:
                mode = "ask"
            if mode == "pieces":
                turns = _zip_pieces_scene(r, V, f, out[1], pos, loc, mix)
            elif mode in ("ask", "noq", "volunteer", "readback") and (
                noise != "none" or mode == "readback" or r.random() < 0.5
            ):
                m = "ask" if mode == "noq" else mode
                turns = _zip_voice_scene(r, V, f, out, m, noise, pos, loc, mix)
        if turns is None:
            where = "early" if mode == "intro" else pos
            turns = compose.scene(r, V, e, f, out, mode, noise, where, org, channel, mix)
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


# Every phrasing of the ZIP and last-four tables, scenes and negatives (for the package's
# no-shared-wording check).
EXTRA_WORDING = tuple(
    _flat([ZIP_PHR, ZIP_PHR_LOC, ZIP_PHR_TYPED, ZIP_PHR_EN, ZIP_PIECE_FIRST, ZIP_PIECE_ACK,
           ZIP_PIECE_ACK_EN, ZIP_PIECE_NEXT, LAST4_PHR, LAST4_PHR_EN, NEG_T, ZIP_NOUNS,
           ZIP_NOUNS_CS, ZIP_NOUNS_EN, ZIP_LABELS, LAST4_NOUNS, LAST4_NOUNS_EN])
)  # fmt: skip
