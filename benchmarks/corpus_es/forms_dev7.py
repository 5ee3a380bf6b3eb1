"""Surface forms and phrasings of the Spanish DEV7 split (a seventh development split).

Written by a seventh hand, from the outside only (the README's dev-family sections, compose.py,
verify.py, the contract and forms_dev6.py as the model of the format; never the recognisers,
their tests or the held-out split). Its emphasis, four values the way Spanish-speaking callers
from the US, Mexico, Central America, the Caribbean and Spain say them, with the variety in the
words around the value, in ASR quirks and in how the turns go rather than in exotic values:

- US_SSN said as NUMBERS: hundreds, a pair and thousands ("quinientos treinta y seis, ochenta y
  uno, cuatro mil doscientos noventa y siete"), a digit then pairs ("cinco treinta y seis ochenta
  y uno cuarenta y dos noventa y siete"), hundreds then pairs, numbers and digits mixed, the
  groups joined by "guion", "raya" or "y"; asked for as "el social", "seguro social", "SSN",
  "el social security"; volunteered, given in pieces, corrected, read back by the agent;
- CARD_EXPIRY with the month or the full year named ("agosto del dos mil veintisiete", "ocho
  del veintisiete", "el mes de agosto del año veintisiete", "para agosto de dos mil veintisiete",
  the year first: "hasta el veintisiete, mes ocho", bare "ocho, veintisiete"), after "vence",
  "expira", "caduca", "válida hasta", or with no such word right after the agent's question;
- ADDRESS: a ZIP / código postal ALONE said as numbers ("noventa mil doscientos diez", "nueve
  cero dos, diez", "noventa y dos, ciento diez"), volunteered in other talk or given after an
  indirect question ("¿por qué rumbo vive?"), and whole addresses said aloud for the US, Mexico
  and Spain, also taken down part by part;
- CREDIT_CARD in every grouping (fours digit by digit with "o" for zero, pairs, blocks as
  thousands, "doble" and "triple", blocks joined by "y", Amex 4-6-5, English), across turns
  with back-channel, the agent's echoes labeled so that no digit is left unlabeled;
- a few CVV, phone, e-mail, date-of-birth and name families, and look-alikes in payment calls
  (amounts, order and confirmation numbers, dates, times, a card that fails the Luhn check).

`build` follows forms_dev6.build's flow with this module's phrasings and scenes.
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

MODES = ["ask", "ask", "volunteer", "noq", "readback", "readback", "split", "form",
         "readback_only"]  # fmt: skip

# ---------------------------------------------------------------- phrasings (every channel)
T = {
    "ask": [
        "Bien, para continuar necesito {su} {noun}.",
        "¿Me podría facilitar {su} {noun}, porfis?",
        "Ahora, si me hace el favor, {su} {noun}.",
        "Muy bien, vamos con {su} {noun}.",
    ],
    "answer": [
        "Mire usted, {es} {v}.",
        "Claro, anótele ahí: {v}.",
        "Fíjese que sí, {es} {v}.",
        "Ahí le va, {v}.",
        "Orita le digo, {v}.",
    ],
    "volunteer": [
        "Antes de que se me pase, {mi} {noun} {es} {v}.",
        "Oiga, y de paso le dejo {mi} {noun}: {v}.",
    ],
    "ack": ["Listo, quedó registrado en el sistema.", "Muy bien, ya lo apunté aquí."],
    "noq_agent": ["Enseguida le pido {su} {noun}.", "Vamos ahora con {su} {noun}."],
    "noq_cust": ["Sale pues, {es} {v}.", "Bueno, a ver, pues {v}."],
    "readback": [
        "Le confirmo lo que anoté: {v}. ¿Está bien?",
        "Permítame repetirlo, {v}, ¿correcto?",
    ],
    "readback_only": [
        "Aquí en pantalla tengo {v}, ¿lo mantenemos así?",
        "Me sale registrado {v}, ¿sigue igual?",
    ],
    "confirm": ["Sí, ese mero es, oiga.", "Exacto, así mero está bien."],
    "thanks": ["Muchas gracias, aquí sigo en la línea.", "Gracias, le espero en la línea."],
    "split_a": ["Empiezo yo: {v}", "Apúntele por favor, {v}", "Primero me va {v}"],
    "split_mid": ["ya después {v}", "y ahí sigue {v}", "luego me viene {v}"],
    "split_b": ["y ya nomás termina en {v}.", "y lo último es {v}.", "y ahí cierra con {v}."],
    "split_ack": ["Mjm, siga usted.", "Okey, ahí lo voy anotando.", "Sí, ¿y luego qué sigue?"],
    "email": [
        "Les envío el dato solicitado en la llamada: {v}.",
        "Para que actualicen mis datos, por favor: {v}.",
    ],
    "form": ["• {Label} — {v} —", "{Label} --> {v} <--", "[{Label}] = {v};"],
    "intro": [
        "Bienvenido a {org}, habla {v}, ¿en qué le ayudo hoy?",
        "Gracias por llamar a {org}, le saluda {v}, ¿a quién tengo en la línea?",
    ],
    "address": ["Muy bien, {v}, deme un momentito.", "Con mucho gusto, {v}, ya lo reviso."],
}
T_EN = {
    "ask": ["Alright, can I have your {noun}?", "Go ahead and give me your {noun}, please."],
    "ack": ["Perfect, I've got it down."],
    "noq_agent": ["Now I just need your {noun}."],
    "split_ack": ["Uh-huh, yeah, keep it going."],
    "intro": ["Hi, thanks for calling {org}, this is {v}, what can I do for you?"],
    "address": ["Alright {v}, one second please."],
}
# Typed customer lines (chat and e-mail).
T_TYPED = {
    "answer": [
        "sii, ahí va {v}",
        "ahi le va: {v}",
        "{v} ese mero es",
        "aquí está, {v} :)",
        "okis, es {v}",
    ],
    "volunteer": ["de paso les paso {mi} {noun}: {v}"],
    "noq_cust": ["sale pues, {v}", "ok va, es el {v}"],
    "split_a": ["empieza con {v}"],
    "split_mid": ["y le sigue {v}"],
    "split_b": ["y ya termina {v}"],
}
# A few lines by country (Central America and the Caribbean ride with US and MX callers).
T_LOC = {
    "US": {
        "ask": ["¿Me deja {su} {noun}, please?"],
        "answer": ["Okay, pues {es} {v}.", "Oye sí, mira, {es} {v}.", "Mira, mi amor, {es} {v}."],
    },
    "MX": {
        "ask": ["¿Me regala {su} {noun}, por favor?"],
        "answer": ["Sí, oiga, {es} {v}.", "Ándele pues, {es} {v}."],
    },
    "ES": {
        "ask": ["¿Me facilita {su} {noun}, si es tan amable?"],
        "answer": ["Pues mira, {es} {v}.", "Sí, apunta, {es} {v}."],
    },
}
T_ENT = {
    "US_SSN": {
        "ask": [
            "¿Me puede dar su número de seguro social, por favorcito?",
            "¿Y su social? Los nueve números, por favor.",
            "Para localizar la cuenta necesito el social, ¿me lo dicta?",
            "¿Tiene a la mano su SSN, el social?",
            "¿Cuál es su seguro social, completito?",
            "Necesito el social security number, ¿me lo puede dar?",
            "¿Me dice el número del social security?",
        ],
        "answer": [
            "Sí, oiga, es el {v}.",
            "Mi seguro social, es el {v}.",
            "A ver, déjeme sacar la tarjeta... {v}.",
            "Okey, el social es {v}.",
            "Ándele, ahí está, {v}.",
            "{v}, ese es mi social.",
            "Ay, a ver si me acuerdo... {v}.",
        ],
        "volunteer": [
            "Para que me encuentre más rápido en el sistema, mi social es {v}.",
            "Le paso mi número de seguro social de una vez, {v}.",
            "Yo soy el titular, mi SSN es {v}, por si lo necesita.",
        ],
        "noq_cust": ["Sí, el social, {v}.", "Okay, el social security es {v}."],
        "readback": [
            "Le repito su seguro social: {v}, ¿está bien?",
            "Seguro social {v}, ¿correcto así?",
            "Okey, entonces {v}, ¿sí es?",
            "Déjeme confirmar, el social es {v}, ¿verdad?",
        ],
        "readback_only": ["Tengo registrado el seguro social {v}, ¿es el de usted?"],
    },
    "CREDIT_CARD": {
        "ask": [
            "¿Me da los dieciséis números de la tarjeta?",
            "Adelante con el número de la tarjeta cuando esté listo.",
            "¿Qué tarjeta vamos a usar? Dígame el número, por favor.",
            "¿Me lee el número de la tarjeta, por favor? Despacito.",
        ],
        "answer": [
            "Es la {v}, la de crédito.",
            "Okey, la tarjeta: {v}.",
            "Aquí la tengo, {v}.",
            "Apunte, {v}, la visa.",
            "Sí, mire, ahí le va {v}.",
        ],
        "volunteer": ["Páguelo con la tarjeta que termina... bueno, toda es {v}."],
        "readback": ["Le leo la tarjeta, {v}, ¿correcto?", "Entonces la tarjeta es {v}, ¿sí?"],
    },
    "CARD_EXPIRY": {
        "ask": [
            "¿Qué fecha de vencimiento tiene el plástico?",
            "¿Y cuándo expira esa tarjeta?",
            "¿Y la fecha que trae al frente, la de vencimiento?",
            "¿Me dice el mes y el año que trae?",
            "¿Hasta qué fecha le sirve la tarjeta?",
            "¿Y cuándo le caduca?",
        ],
        "answer": [
            "Expira {v}, eso dice.",
            "Se me vence en {v}.",
            "La fecha de vencimiento, esa es {v}.",
            "Válida hasta {v}, aquí dice.",
            "Me caduca en {v}.",
            "{v}.",
            "Eh... este... {v}.",
            "Es para {v}, la tarjeta.",
            "Pues hasta {v}, señorita.",
            "{v}, esa es la fecha.",
        ],
        "volunteer": ["Ah, y expira {v}, para que lo tenga."],
        "noq_cust": ["Es {v}, la fecha que trae.", "Expira {v}, oiga."],
        "readback": [
            "Le expira {v}, ¿verdad?",
            "Con vencimiento en {v}, ¿correcto así?",
            "Válida hasta {v}, ¿así es?",
        ],
        "readback_only": [
            "Tenemos la tarjeta con vencimiento {v}, ¿todavía la usa?",
            "En el sistema dice que expira {v}, ¿es la misma?",
            "La que tenemos caduca en {v}, ¿quiere actualizarla?",
        ],
        "email": ["La fecha de vencimiento que trae: {v}.", "Me expira en {v}."],
    },
    "CARD_CVV": {
        "ask": [
            "¿Y los tres numeritos de atrás del plástico?",
            "¿Y el código de seguridad, el que está atrás?",
        ],
        "answer": [
            "En el reverso trae {v}.",
            "El de seguridad dice {v}, atrás.",
            "Los tres de atrás son {v}.",
        ],
    },
    "DATE_OF_BIRTH": {
        "ask": ["¿Su fecha de nacimiento, por favor, con el año?", "¿En qué fecha nació usted?"],
        "answer": [
            "Pues yo nací el {v}, oiga.",
            "El {v}, ese es mi cumpleaños.",
            "Soy del {v}, oiga.",
        ],
        "readback": ["Nació el {v}, ¿está bien así?"],
        "readback_only": ["Su fecha de nacimiento aparece como {v}, ¿es correcta?"],
    },
    "PHONE_NUMBER": {
        "ask": [
            "¿A qué número le puedo regresar la llamada?",
            "¿Tiene un número donde localizarle más tarde?",
        ],
        "answer": ["Al {v}, ese es el cel.", "Es el {v}, de la casa.", "Anote el {v}, por favor."],
        "readback": ["Su número es el {v}, ¿le marco ahí?"],
    },
    "PERSON": {
        "ask": [
            "¿Me dice su nombre completo, como viene en la cuenta?",
            "¿A nombre de quién está la cuenta que vamos a revisar?",
        ],
        "answer": [
            "Pues soy {v}, oiga.",
            "Está a nombre de {v}, la cuenta.",
            "Mi nombre es {v}, para lo que guste.",
        ],
        "readback": ["¿Entonces estoy hablando con {v}, verdad?"],
        "readback_only": ["¿Usted es {v}, la persona titular?"],
        "email": ["Saludos cordiales y gracias, {v}.", "Atte. y gracias, {v}."],
    },
}
NOUNS = {
    "CREDIT_CARD": [
        "el número de la tarjeta con la que va a pagar",
        "los números que trae su tarjeta de crédito",
    ],
    "CARD_CVV": ["el código de tres dígitos de atrás", "los numeritos del reverso"],
    "CARD_EXPIRY": ["la fecha de vencimiento que trae la tarjeta", "el mes y año en que vence"],
    "PERSON": [
        "el nombre con sus dos apellidos",
        "el nombre completo, con sus apellidos, tal como lo usa",
    ],
    "DATE_OF_BIRTH": [
        "la fecha de nacimiento tal cual viene en la identificación",
        "la fecha de nacimiento, día, mes y el año",
    ],
    "ADDRESS": ["la dirección con todo y código postal", "el domicilio donde recibe correo"],
    "PHONE_NUMBER": [
        "el número de teléfono para contactarle si se corta",
        "el celular en el que le encontramos",
    ],
    "EMAIL_ADDRESS": [
        "el correo electrónico que usa ahorita",
        "el correo para mandarle la confirmación del pago",
    ],
    "US_SSN": ["el número de seguro social, los nueve de corrido", "los nueve números del social"],
}
NOUNS_CS = {
    "CREDIT_CARD": ["el card number de su plástico"],
    "CARD_CVV": ["el CVV que trae atrasito"],
    "CARD_EXPIRY": ["el expiration date del plástico"],
    "ADDRESS": ["el home address con todo y zip"],
    "PHONE_NUMBER": ["el cell phone para llamarle"],
    "EMAIL_ADDRESS": ["el email address de usted"],
    "US_SSN": ["el social security number completo, please"],
    "DATE_OF_BIRTH": ["el birthday con todo y año"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["card number, all sixteen"],
    "CARD_CVV": ["security code from the back"],
    "CARD_EXPIRY": ["expiration date on the card"],
    "ADDRESS": ["home address with the ZIP"],
    "PHONE_NUMBER": ["phone number we can reach you at"],
    "EMAIL_ADDRESS": ["email address for the account"],
    "US_SSN": ["social security, all nine"],
    "DATE_OF_BIRTH": ["birthday, month, day and year"],
    "PERSON": ["first name and last names"],
}
LABELS = {
    "CREDIT_CARD": ["Núm. de tarjeta (crédito/débito)", "Tarjeta, los dieciséis dígitos"],
    "CARD_CVV": ["Código CVV (reverso)", "Cód. de seguridad (3 o 4)"],
    "CARD_EXPIRY": ["Fecha de vencimiento (tarjeta)", "Expira el (mes/año)"],
    "PERSON": ["Titular de la tarjeta (nombre)", "Cliente (titular)"],
    "DATE_OF_BIRTH": ["Fecha de nac. (titular)", "Cumpleaños del titular"],
    "ADDRESS": ["Domicilio actual del cliente", "Dirección postal (para correo)"],
    "PHONE_NUMBER": ["Teléfono celular del titular", "Tel. de contacto (cel o casa)"],
    "EMAIL_ADDRESS": [
        "Correo electrónico personal (no del trabajo)",
        "E-mail (contacto principal)",
    ],
    "US_SSN": ["Seguro social del titular", "SSN del cliente (9 dígitos)"],
}

# The ZIP families' phrasings: indirect questions, and the ZIP dropped in other talk.
ZIP_PHR = {
    "ask": [
        "¿De dónde nos habla usted?",
        "¿Por qué rumbo vive usted?",
        "¿Y qué código le toca a usted?",
        "¿Por dónde queda su casa? Con el código postal me basta.",
        "¿Y el código postal de allá?",
        "¿En qué parte vive, más o menos?",
        "¿Me da su código para ver si hay técnico en su zona?",
        "¿Cuál es el código postal de la casa donde vive?",
    ],
    "answer": [
        "Yo vivo por el {v}.",
        "Aquí nomás, el {v}.",
        "Por el rumbo del {v}.",
        "Nos toca el {v}, allá por el mercado.",
        "Mi código es el {v}, fíjese.",
        "Pues es el {v}, por la iglesia.",
        "{v}, ese es el de la casa.",
        "Yo estoy en el {v}, oiga.",
    ],
    "volunteer": [
        "Es que desde que me mudé al {v} no me llega nada, ¿sabe?",
        "Oiga, ¿y tienen sucursal cerca del {v}? Porque la de antes la cerraron.",
        "Yo le llamo porque en el {v} no ha pasado el camión del paquete.",
        "Mi hermana vive en el {v} y a ella sí le llega, no entiendo.",
        "Es para la casa de mi suegra, en el {v}, ¿sí llegan allá?",
    ],
    "ack": ["Sí, hasta ahí sí llegamos.", "Okey, esa zona sí tiene servicio."],
    "noq_agent": ["Ahora deme su código postal para revisar la zona."],
    "noq_cust": ["Bueno, pues el {v}.", "Ah, pues es el {v}, oiga."],
    "readback": [
        "¿El {v}, me dijo?",
        "Le anoto el {v}, ¿sí?",
        "O sea, código postal {v}, ¿verdad?",
    ],
    "readback_only": [
        "Aquí tengo que su código es el {v}, ¿sigue ahí?",
        "El código postal registrado es {v}, ¿no ha cambiado?",
    ],
    "confirm": ["Sí, ese es el bueno.", "Ándele, ese mero, joven."],
    "email": ["Les comparto que ahora mi código postal es {v}.", "CP: {v}, por si lo necesitan."],
}
ZIP_PHR_LOC = {
    "US": {"ask": ["¿Qué zip tiene la casa?"], "answer": ["El zip es {v}, allá en la casa."]},
    "MX": {"ask": ["¿En qué código postal cae su colonia?"], "answer": ["Nos corresponde el {v}."]},
    "ES": {"ask": ["¿Y el código postal de tu zona?"], "answer": ["Es el {v}, vamos, el de casa."]},
}
ZIP_PHR_TYPED = {
    "answer": [
        "cp del domicilio {v}",
        "es el {v} gracias!!",
        "aca nos toca el {v}",
        "zipcode es {v}",
    ],
    "volunteer": ["me mudé al {v}, llegan ahí?", "hacen envíos al {v}?"],
    "noq_cust": ["el cp de aquí es {v}"],
}
ZIP_PHR_EN = {
    "ask": ["What's the ZIP code where you live?"],
    "ack": ["Okay, that area is covered."],
    "noq_agent": ["Let me get your ZIP real quick."],
}
ZIP_NOUNS = ["el código postal de su casa de ahora", "el código postal de por donde vive"]
ZIP_NOUNS_CS = ["el zip de donde está viviendo"]
ZIP_NOUNS_EN = ["ZIP code at home"]
ZIP_LABELS = ["CP del cliente (casa)", "Zip code del cliente"]
# A ZIP given in pieces across turns.
ZIP_PIECE_FIRST = ["Okey, pues es {v}", "A ver, mire, {v}", "Pues mire, es {v}"]
ZIP_PIECE_ACK = ["Mjm, ¿qué más le sigue?", "Ajá, sí, siga nomás.", "Okey, ¿y el resto del código?"]
ZIP_PIECE_ACK_EN = ["Uh-huh, what else comes?"]
ZIP_PIECE_NEXT = ["y luego ya {v}.", "{v}, y ya es todo.", "y {v}, nomás."]

# The last four of an SSN.
LAST4_PHR = {
    "ask": [
        "Nomás para verificar, ¿los últimos cuatro del social?",
        "¿Me confirma los últimos cuatro de su seguro social?",
    ],
    "answer": ["Terminan en {v}, oiga.", "Los cuatro últimos: {v}.", "Son {v}, los del final."],
    "volunteer": ["El social termina en {v}, por si lo busca por ahí."],
    "noq_agent": ["Ahora nada más los últimos cuatro del social."],
    "noq_cust": ["Okay, los últimos son {v}."],
    "readback": ["Termina en {v}, ¿correcto?"],
    "readback_only": ["Su social termina en {v}, según el sistema, ¿es así?"],
    "email": ["Del seguro social les paso los cuatro finales: {v}."],
}
LAST4_PHR_TYPED = {"answer": ["ultimos cuatro del social {v}", "termina en {v} el social"]}
LAST4_PHR_EN = {"ask": ["Just the last four of your social, please."]}
LAST4_NOUNS = ["los últimos cuatro números del seguro social"]
LAST4_NOUNS_EN = ["last four of the social"]
LAST4_LABELS = ["Últimos 4 del SSN (verificación)"]

# An address taken down part by part (the agent asks for each part).
ADDR_PART_ASK = {
    "street": [
        "Vamos con la dirección, ¿número y calle?",
        "¿Qué calle y qué número es, por favor?",
    ],
    "unit": {
        "US": ["¿Es casa o apartamento? ¿Qué número?"],
        "MX": ["¿Su casa tiene número interior?"],
        "ES": ["¿Qué piso y qué puerta?"],
    },
    "colonia": ["¿Qué colonia es la suya?"],
    "city": ["¿Y qué ciudad es esa?", "¿El municipio o la ciudad?"],
    "zip": ["¿Y para terminar, el código postal?", "¿Qué código postal es el de allá?"],
}
ADDR_PART_ASK_EN = ["Alright, and after that?"]
ADDR_PART_SAY = [
    "Es {v}, ya con eso.",
    "Mire, orita, {v}.",
    "Ah, eso es {v}, oiga.",
    "Pues {v}, este, sí.",
]

# A card given block by block with back-channel and the agent's echoes.
CC_BLOCK_SAY_FIRST = ["Bueno, empieza en {v}", "Los primeros cuatro: {v}", "Va que va, {v}"]
CC_BLOCK_SAY_NEXT = ["Le sigo: {v}", "Luego viene {v}", "Ya después, {v}", "Mjm, luego {v}"]
CC_BLOCK_SAY_LAST = ["Y ya termina en {v}.", "Y los cuatro finales, {v}.", "Y ya por último, {v}."]
CC_ECHO = ["{v}, mjm, muy bien.", "{v}... sí, adelante.", "Okey, {v}, siga.", "{v}, ya lo tengo."]
CC_ECHO_EN = ["{v}, uh-huh, got it.", "Okay, so {v}."]
CC_BACK = ["Mjm... ajá, sí.", "Sí, sí, le escucho.", "Okey, continúe usted."]
CC_BACK_EN = ["Uh-huh, okay, go ahead."]

# ASR noise: this writer's fillers and self-corrections (no comma inside a filler).
FILL = ["eh este pues nada", "mmm a ver deje veo", "este pues sí", "ah ver espéreme tantito"]
CORRECTIONS = [
    "no perdón, mejor lo digo bien",
    "ay no, me equivoqué, es",
    "híjole no, lo vuelvo a decir",
    "no espere, corrijo tantito",
]
# Words said inside a value that are not part of it.
SKIP = [
    *FILL,
    "guion",
    "raya",
    "mes",
    "más",
    "y luego",
    "luego",
    "sigue",
    "slash",
    "dash",
    "y ya",
    "todo junto",
    "hundred and",
]
# No filler goes after these words (they modify or join the next one).
GLUE = [
    "y",
    "un",
    "veintiún",
    "de",
    "del",
    "la",
    "el",
    "los",
    "mil",
    "año",
    "mes",
    "guion",
    "raya",
    "doble",
    "triple",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "two",
    "oh",
    "número",
    "piso",
    "puerta",
    "depto",
    "unidad",
    "apartamento",
    "interior",
    "exterior",
    "colonia",
    "calle",
    "avenida",
    "arroba",
    "punto",
]
LETTER_NAMES = {"Y": ["ye"], "W": ["dobleu"]}
EMAIL_WORDS = {"dot": "."}
TYPED_EMAIL = []


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


def _doble(s, r):
    """Digit by digit, a run of two said "doble", of three "triple" (zeros "cero" or "o")."""
    out, i = [], 0
    while i < len(s):
        c, k = s[i], 1
        while i + k < len(s) and s[i + k] == c and k < 3:
            k += 1
        w = "cero" if c == "0" and r.random() < 0.6 else "o" if c == "0" else _d(c)
        if k == 3:
            out.append(f"triple {w}")
        elif k == 2 and r.random() < 0.8:
            out.append(f"doble {w}")
        else:
            k = 1
            out.append(w)
        i += k
    return " ".join(out)


def _hundreds(s):
    """Three digits as a number when no zero leads ('536' -> 'quinientos treinta y seis')."""
    return palabras(int(s)) if s[0] != "0" else _num(s)


# ---------------------------------------------------------------- US_SSN
def _ssn(r, loc):
    return ssn(r)


def _ssn_hund_pair_thou(v, r, loc):
    """'quinientos treinta y seis, ochenta y uno, cuatro mil doscientos noventa y siete'."""
    a, g, ln = chunks(v, [3, 2, 4])
    last = _num(ln) if ln[0] != "0" else f"cero {_num(ln[1:])}"
    return r.choice([", ", " ", ", "]).join([_hundreds(a), _pair(g, r, 0.2), last])


def _ssn_digit_then_pairs(v, r, loc):
    """'cinco treinta y seis ochenta y uno cuarenta y dos noventa y siete'."""
    ps = [_d(v[0])] + [_pair(v[i : i + 2], r, 0.2) for i in range(1, 9, 2)]
    return r.choice([" ", ", "]).join(ps)


def _ssn_hund_then_pairs(v, r, loc):
    """'quinientos treinta y seis, ochenta y uno, cuarenta y dos, noventa y siete'."""
    a, g, ln = chunks(v, [3, 2, 4])
    return ", ".join([_hundreds(a), _pair(g, r, 0.2), _pair(ln[:2], r, 0.2),
                      _pair(ln[2:], r, 0.2)])  # fmt: skip


def _ssn_mixed(v, r, loc):
    """Numbers and digits mixed: 'cinco tres seis, ochenta y uno, cuatro dos nueve siete' or
    'quinientos treinta y seis, ocho uno, cuarenta y dos noventa y siete'."""
    a, g, ln = chunks(v, [3, 2, 4])
    if r.random() < 0.5:
        return f"{_digits(a, r, 0.2)}, {_pair(g, r, 0.2)}, {_digits(ln, r, 0.2)}"
    return f"{_hundreds(a)}, {_digits(g, r, 0.2)}, {_pairs(ln, r, 0.2)}"


def _ssn_joined(v, r, loc):
    """The groups joined by 'guion', 'raya' or 'y': 'quinientos treinta y seis guion ochenta y
    uno guion cuatro mil doscientos noventa y siete'."""
    a, g, ln = chunks(v, [3, 2, 4])
    sa = r.choice([_hundreds(a), _digits(a, r, 0.2)])
    sg = _pair(g, r, 0.2)
    sl = r.choice([_num(ln) if ln[0] != "0" else _pairs(ln, r), _pairs(ln, r, 0.2)])
    word = r.choice(["guion", "raya", "y"] if loc == "US" else ["guion", "raya"])
    out = sa
    for s in (sg, sl):
        w = word
        # "treinta y seis mil" would join two groups into one number: no "y" there
        if w == "y" and out.split(" ")[-1] in _TENS_W and s.split(" ")[0] in UNIDADES[1:]:
            w = "guion"
        out += r.choice([f" {w} ", f", {w}, "]) + s
    return out


def _ssn_english(v, r, loc):
    """A code-switching caller: 'five thirty-six, eighty-one, forty-two ninety-seven'."""
    a, g, ln = chunks(v, [3, 2, 4])
    return ", ".join([_en_group(a, r), _en_pair(g, r), _en_group(ln, r)])


def _ssn_typed(v, r, loc):
    a, g, ln = chunks(v, [3, 2, 4])
    return r.choice([f"{a}-{g}-{ln}", f"{a} {g} {ln}", v, f"{a}–{g}–{ln}", f"{a} {g}-{ln}"])


def _last4(r, loc):
    return ssn(r)[5:]


def _last4_said(v, r, loc):
    """'cuatro mil doscientos noventa y siete', 'cuarenta y dos noventa y siete', ..."""
    k = r.randrange(3)
    if k == 0 and v[0] != "0":
        return palabras(int(v))
    if k == 1:
        return _pairs(v, r, 0.2)
    return f"{_pair(v[:2], r, 0.2)}, {_digits(v[2:])}"


_TENS_W = {"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"}  # fmt: skip


# ---------------------------------------------------------------- CREDIT_CARD
def _card(brands=("visa", "mastercard", "discover", "amex"), w=(5, 4, 1, 1)):
    def make(r, loc):
        return card(r, r.choices(brands, w)[0])

    return make


def _cc_fours_o(v, r, loc):
    """Digit by digit in its blocks, a zero often said 'o' (as in the Caribbean)."""
    return ", ".join(_digits(g, r, 0.6) for g in compose.card_groups(v))


def _cc_pairs(v, r, loc):
    """'cuarenta y cinco treinta y dos, cero uno cincuenta y uno, ...'."""
    return r.choice([", ", " "]).join(_pairs(g, r, 0.3) for g in compose.card_groups(v))


def _cc_thousands(v, r, loc):
    """A block as one number ('cuatro mil quinientos treinta y dos'); a block led by a zero
    in pairs."""
    return ", ".join(palabras(int(g)) if g[0] != "0" and len(g) == 4 else _pairs(g, r, 0.2)
                     for g in compose.card_groups(v))  # fmt: skip


def _cc_doble(v, r, loc):
    """'cuatro doble cinco tres, triple o ...'."""
    return ", ".join(_doble(g, r) for g in compose.card_groups(v))


def _cc_joined_y(v, r, loc):
    """Blocks joined by 'y' or 'y luego', each said digit by digit or in pairs."""
    gs = compose.card_groups(v)
    out = _digits(gs[0], r, 0.3)
    for g in gs[1:]:
        s = r.choice([_digits(g, r, 0.3), _pairs(g, r, 0.2)])
        w = r.choice([" y ", ", y luego ", " y "])
        if w == " y " and out.split(" ")[-1] in _TENS_W and s.split(" ")[0] in UNIDADES[1:]:
            w = ", luego "
        out += w + s
    return out


def _cc_amex(v, r, loc):
    """4-6-5: 'tres siete doce, ciento veintitrés cuatrocientos cincuenta y seis, ...'."""
    a, b, c = compose.card_groups(v)
    sb = r.choice(
        [_digits(b, r, 0.3), _pairs(b, r, 0.2), f"{_hundreds(b[:3])}, {_hundreds(b[3:])}"]
    )
    sc = r.choice([_digits(c, r, 0.3), f"{_hundreds(c[:3])}, {_pair(c[3:], r, 0.2)}"])
    return f"{r.choice([_digits(a), _pairs(a)])}, {sb}, {sc}"


def _cc_english(v, r, loc):
    return ", ".join(_en_group(g, r) if len(g) == 4 else _en_digits(g, r)
                     for g in compose.card_groups(v))  # fmt: skip


def _cc_any(v, r, loc):
    return ", ".join(_any_group(g, r, 0.3) for g in compose.card_groups(v))


def _cc_typed(v, r, loc):
    g = compose.card_groups(v)
    if len(g) == 3:
        return r.choice([" ".join(g), "-".join(g), v])
    return r.choice([" ".join(g), "-".join(g), v, f"{g[0]}{g[1]}-{g[2]}{g[3]}",
                     f"{g[0]} {g[1]} {g[2]} {g[3]}"])  # fmt: skip


_CC_SAY = [_cc_fours_o, _cc_pairs, _cc_thousands, _cc_doble]


# ---------------------------------------------------------------- CARD_CVV
def _cvv(r, loc):
    return rdigits(r, 4 if r.random() < 0.1 else 3)


def _cvv_said(v, r, loc):
    k = r.randrange(3)
    if k == 0:
        return _digits(v, r, 0.4)
    if k == 1:
        return _num(v)
    return f"{_d(v[0])}, {_pairs(v[1:], r, 0.3)}"


# ---------------------------------------------------------------- CARD_EXPIRY
def _exp_make(r, loc):
    return f"{r.randint(1, 12):02d}{r.randint(25, 32)}"


def _mm(m, r):
    return r.choice([_pair(f"{m:02d}"), palabras(m), palabras(m)]) if m < 10 else palabras(m)


def _exp_month_full_year(v, r, loc):
    """'agosto del dos mil veintisiete', 'agosto de dos mil ...', 'agosto del año dos mil ...'."""
    m, y = int(v[:2]), palabras(2000 + int(v[2:]))
    return r.choice([f"{MESES[m - 1]} del {y}", f"{MESES[m - 1]} de {y}",
                     f"{MESES[m - 1]} del año {y}", f"{MESES[m - 1]}, {y}"])  # fmt: skip


def _exp_number_del_yy(v, r, loc):
    """'ocho del veintisiete', 'cero ocho del veintisiete', 'ocho de dos mil veintisiete'."""
    m, y = int(v[:2]), int(v[2:])
    yy = palabras(y) if r.random() < 0.75 else palabras(2000 + y)
    return f"{_mm(m, r)} {r.choice(['del', 'del', 'de'])} {yy}"


def _exp_mes_de_ano(v, r, loc):
    """'el mes de agosto del año veintisiete', 'mes ocho del año dos mil veintisiete'."""
    m, y = int(v[:2]), int(v[2:])
    yy = palabras(y) if r.random() < 0.6 else palabras(2000 + y)
    if r.random() < 0.5:
        return f"mes de {MESES[m - 1]} del año {yy}", "el ", ""
    return f"mes {r.choice([MESES[m - 1], _mm(m, r)])} del año {yy}"


def _exp_year_first(v, r, loc):
    """The year first: 'el veintisiete, mes ocho', 'dos mil veintisiete, mes de agosto'."""
    m, y = int(v[:2]), int(v[2:])
    yy = palabras(y) if r.random() < 0.6 else palabras(2000 + y)
    mes = r.choice([f"mes {_mm(m, r)}", f"mes de {MESES[m - 1]}", f"mes {MESES[m - 1]}"])
    if r.random() < 0.5:
        return f"{yy}, {mes}", "el ", ""
    return f"año {yy}, {mes}"


def _exp_bare(v, r, loc):
    """Two numbers and nothing else: 'ocho, veintisiete', 'cero ocho veintisiete'."""
    m, y = int(v[:2]), int(v[2:])
    return f"{_mm(m, r)}{r.choice([', ', ' '])}{palabras(y)}"


def _exp_english(v, r, loc):
    m, y = int(v[:2]), int(v[2:])
    return r.choice([f"{EN_MONTHS[m - 1]} twenty {_en_n(y)}", f"{EN_MONTHS[m - 1]} {_en_n(y)}",
                     f"{_en_pair(v[:2], r)}, {_en_n(y)}"])  # fmt: skip


def _exp_typed(v, r, loc):
    m, yy = v[:2], v[2:]
    mes = MESES[int(m) - 1]
    return r.choice([f"{m}/20{yy}", f"{mes[:3]} 20{yy}", f"{int(m)}-{yy}", f"{m}.{yy}",
                     f"{mes.capitalize()} de 20{yy}", f"{m}/{yy}"])  # fmt: skip


_EXP_SAY = [_exp_month_full_year, _exp_number_del_yy, _exp_mes_de_ano, _exp_bare]


def _exp_on_file(v, r, loc):
    out = r.choice(_EXP_SAY)(v, r, loc)
    return out if isinstance(out, str) else out[0]


# ---------------------------------------------------------------- PHONE_NUMBER
def _phone_us(r, loc):
    return compose.phone_us(r)


def _phone_mx(r, loc):
    return compose.phone_mx(r)[0]


def _phone_said(v, r, loc):
    if loc == "MX":
        two = v[:2] in ("55", "33", "81")
        gs = chunks(v, [2, 4, 4] if two else [3, 3, 4])
        return ", ".join(r.choice([_digits(g, r, 0.2), _pairs(g, r, 0.2)]) for g in gs)
    a, b, c = chunks(v, [3, 3, 4])
    return f"{_digits(a, r, 0.3)}, {r.choice([_digits(b), _hundreds(b)])}, {_pairs(c, r, 0.2)}"


def _phone_make(r, loc):
    return _phone_mx(r, loc) if loc == "MX" else _phone_us(r, loc)


def _phone_typed(r, ch, loc):
    v = _phone_make(r, loc)
    a, b, c = chunks(v, [3, 3, 4])
    return r.choice([f"{a}-{b}-{c}", f"({a}) {b} {c}", v, f"{a} {b} {c}"]), v


# ---------------------------------------------------------------- EMAIL_ADDRESS
# fmt: off
MAIL_FIRST = ["yadira", "wilmer", "keila", "yunior", "dayana", "osvaldo", "maritza", "elvin",
              "glenda", "rosendo", "xiomara", "nelson"]
MAIL_LAST = ["batista", "almonte", "reyes", "quezada", "paulino", "zelaya", "caceres",
             "mejia", "orellana", "valdez"]
MAIL_DOMS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "aol.com"]
# fmt: on


def _email_spoken(r, ch, loc):
    a, b = r.choice(MAIL_FIRST), r.choice(MAIL_LAST)
    n = r.choice(["", str(r.randint(10, 99)), str(r.randint(1980, 2004))])
    dom = r.choice(MAIL_DOMS)
    sep = r.choice(["punto", ""])
    user = f"{a}.{b}{n}" if sep else f"{a}{b}{n}"
    num = f" {palabras(int(n))}" if n else ""
    said = f"{a} {'punto ' if sep else ''}{b}{num}"
    return f"{said} arroba {dom.replace('.', ' punto ')}", f"{user}@{dom}"


def _email_typed(r, ch, loc):
    a, b = r.choice(MAIL_FIRST), r.choice(MAIL_LAST)
    v = f"{a}{r.choice(['.', '_', ''])}{b}{r.randint(1, 99)}@{r.choice(MAIL_DOMS)}"
    return v, v


# ---------------------------------------------------------------- DATE_OF_BIRTH
def _dob(r, loc):
    y, m, d = compose.day(r, 1945, 2004)
    return compose.iso(y, m, d)


def _dob_said(v, r, loc):
    y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    return f"{palabras(d)} de {MESES[m - 1]} de {palabras(y)}"


def _dob_typed(v, r, loc):
    y, m, d = v[:4], v[4:6], v[6:]
    return r.choice([f"{d}/{m}/{y}", f"{d}-{m}-{y}"])


# ---------------------------------------------------------------- PERSON
def _full_name(r, ch, loc):
    p = compose.person(r, compound=r.random() < 0.4)
    n = " ".join([p["first"], p["last1"], *([p["last2"]] if r.random() < 0.5 else [])])
    return n, n


def _agent_name(r, ch, loc):
    n = r.choice(["Yuleisy", "Wilfredo", "Dayanara", "Ezequiel", "Mayra", "Nelson"])
    return n, n


# ---------------------------------------------------------------- ADDRESS
# fmt: off
ZIP3_US = ["902", "900", "917", "770", "782", "331", "328", "100", "112", "070", "606", "852",
           "891", "200", "201", "021", "331", "787"]
CP3_MX = ["062", "036", "045", "072", "114", "442", "450", "664", "780", "830", "970", "580"]
CP3_ES = ["280", "281", "080", "081", "460", "410", "180", "150", "350", "380", "070", "290"]
# (city, state as said, abbreviation, first three ZIP digits)
CITIES_US = [("Los Angeles", "California", "CA", "900"), ("Long Beach", "California", "CA", "908"),
             ("Dallas", "Texas", "TX", "752"), ("El Paso", "Texas", "TX", "799"),
             ("Miami", "Florida", "FL", "331"), ("Orlando", "Florida", "FL", "328"),
             ("Queens", "Nueva York", "NY", "113"), ("Elizabeth", "Nueva Jersey", "NJ", "072"),
             ("Phoenix", "Arizona", "AZ", "850"), ("Las Vegas", "Nevada", "NV", "891"),
             ("Chicago", "Illinois", "IL", "606"), ("Silver Spring", "Maryland", "MD", "209")]
STREETS_US = ["Whittier", "Cesar Chavez", "Buckner", "Alameda", "Le Jeune", "Roosevelt",
              "Elizabeth", "Indian School", "Sahara", "Cermak", "University", "Jefferson"]
SUFFIX_US = [("Street", "St", "la calle"), ("Avenue", "Ave", "la avenida"),
             ("Boulevard", "Blvd", "el bulevar"), ("Road", "Rd", ""), ("Lane", "Ln", "")]
STREETS_MX = [("calle", "Morelos"), ("avenida", "Constituyentes"), ("calle", "Allende"),
              ("calle", "Zaragoza"), ("avenida", "Vallarta"), ("privada", "Los Pinos"),
              ("calle", "Vicente Guerrero"), ("callejón", "del Sapo"), ("avenida", "Tecnológico")]
# (colonia, kind, municipality, first three CP digits, state, abbreviation)
COLS_MX = [("Doctores", "alcaldía", "Cuauhtémoc", "067", "Ciudad de México", "CDMX"),
           ("Portales Norte", "alcaldía", "Benito Juárez", "033", "Ciudad de México", "CDMX"),
           ("Americana", "municipio", "Guadalajara", "441", "Jalisco", "Jal."),
           ("Cumbres", "municipio", "Monterrey", "643", "Nuevo León", "N.L."),
           ("Otay", "municipio", "Tijuana", "225", "Baja California", "B.C."),
           ("Centro", "municipio", "Oaxaca de Juárez", "680", "Oaxaca", "Oax."),
           ("San Benito", "municipio", "Hermosillo", "831", "Sonora", "Son.")]
STREETS_ES = [("calle", "Goya"), ("calle", "Princesa"), ("avenida", "Diagonal"),
              ("calle", "Colón"), ("paseo", "Castellana"), ("calle", "Real"),
              ("avenida", "Andalucía"), ("calle", "Mayor"), ("plaza", "España")]
CITIES_ES = [("Madrid", "280"), ("Alcalá de Henares", "288"), ("Barcelona", "080"),
             ("Valencia", "460"), ("Granada", "180"), ("Murcia", "300"), ("Alicante", "030"),
             ("Palma", "070"), ("Vigo", "362"), ("Córdoba", "140")]
# fmt: on

_KEEP = [*SKIP, *LETRAS.values(), *(n for ns in LETTER_NAMES.values() for n in ns),
         *STREETS_US, *(c[0] for c in CITIES_US), *(c[1] for c in CITIES_US),
         *(x for _, x in STREETS_MX), *(c[0] for c in COLS_MX), *(c[2] for c in COLS_MX),
         *(c[4] for c in COLS_MX), *(x for _, x in STREETS_ES), *(c[0] for c in CITIES_ES),
         *compose.COMPUESTOS_F, *compose.COMPUESTOS_M, *(f"{d} hundred" for d in EN_D),
         "two thousand", "y luego", "y ya"]  # fmt: skip


def _tail(r):
    return r.choice(["10", "00", "20", str(r.randint(1, 9)) + "0", rdigits(r, 2), rdigits(r, 2)])


def _zip(r, loc):
    pool = {"US": ZIP3_US, "MX": CP3_MX, "ES": CP3_ES}[loc]
    return r.choice(pool) + _tail(r)


def _zip_whole(z, r, loc):
    """'noventa mil doscientos diez' ('cero seis mil doscientos' for a leading zero)."""
    return _num(z)


def _zip_digits_pair(z, r, loc):
    """'nueve cero dos, diez', 'nueve o dos diez'."""
    return f"{_digits(z[:3], r, 0.2)}{r.choice([', ', ' '])}{_pair(z[3:], r, 0.1)}"


def _zip_pair_hundreds(z, r, loc):
    """'noventa y dos, ciento diez', 'cero seis, cuatrocientos'."""
    tail = _hundreds(z[2:]) if z[2] != "0" else f"{_d(z[2])} {_pair(z[3:], r)}"
    return f"{_pair(z[:2], r, 0.3)}{r.choice([', ', ' '])}{tail}"


def _zip_digit_by_digit(z, r, loc):
    return _digits(z, r, 0.5 if loc == "US" else 0.2)


def _zip_english(z, r, loc):
    return r.choice([_en_digits(z, r), f"{_en_digits(z[:3], r)}, {_en_pair(z[3:], r)}"])


_ZIP_SAY = [_zip_whole, _zip_digits_pair, _zip_pair_hundreds, _zip_digit_by_digit]


def _zip_any(z, r, loc):
    return r.choice(_ZIP_SAY)(z, r, loc)


def _zip_typed_fn(r, ch, loc):
    z = _zip(r, loc)
    t = f"{z}-{rdigits(r, 4, lead=True)}" if loc == "US" and r.random() < 0.25 else z
    return t, norm(t)


def _house(n, r):
    k = r.randrange(3)
    if k == 0 or len(n) < 3:
        return _num(n)
    if k == 1 and len(n) == 4 and n[0] != "0" and n[2] != "0":
        return f"{_pair(n[:2])} {_pair(n[2:])}"
    return _digits(n)


def _us_addr(r):
    city, state, st, z3 = r.choice(CITIES_US)
    suf, abbr, es = r.choice(SUFFIX_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9899), r.randint(10, 99)]))
    unit = str(r.choice([r.randint(2, 9), r.randint(10, 40), r.randint(101, 350)]))
    return dict(num=num, street=r.choice(STREETS_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z3 + _tail(r), unit=unit,
                has_unit=r.random() < 0.5)  # fmt: skip


def _us_parts(a, r):
    num = _house(a["num"], r)
    if a["es"] and r.random() < 0.5:
        street = f"{num} {a['es']} {a['street']}"
    else:
        street = f"{num} {a['street']} {a['suf']}"
    unit = ""
    if a["has_unit"]:
        word = r.choice(["apartamento", "apartamento número", "unidad", "apt", "el apartamento"])
        unit = f"{word} {_num(a['unit']) if r.random() < 0.6 else _digits(a['unit'])}"
    place = f"{a['city']}, {a['state']}" if r.random() < 0.6 else a["city"]
    zp = _zip_any(a["zip"], r, "US")
    if r.random() < 0.5:
        zp = r.choice(["zip ", "código postal ", "el zip "]) + zp
    parts = [("street", street), ("unit", unit), ("city", place), ("zip", zp)]
    return [(k, p) for k, p in parts if p]


def _us_canon(a):
    return " ".join([a["num"], a["street"], *([a["unit"]] if a["has_unit"] else []), a["city"],
                     a["zip"]])  # fmt: skip


def _addr_us_spoken(r, ch, loc):
    a = _us_addr(r)
    return ", ".join(p for _, p in _us_parts(a, r)), _us_canon(a)


def _mx_addr(r):
    kind, street = r.choice(STREETS_MX)
    col, mkind, mun, cp, state, st = r.choice(COLS_MX)
    num = str(r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 2999)]))
    return dict(kind=kind, street=street, num=num, col=col, mkind=mkind, mun=mun, state=state,
                st=st, cp=cp + _tail(r), unit=str(r.randint(1, 20)),
                has_unit=r.random() < 0.5)  # fmt: skip


def _mx_parts(a, r):
    num = _num(a["num"]) if r.random() < 0.6 else _digits(a["num"])
    street = f"{a['kind']} {a['street']} " + r.choice([f"número {num}", num, f"número {num}"])
    unit = ""
    if a["has_unit"]:
        unit = f"{r.choice(['interior', 'departamento', 'int'])} {_num(a['unit'])}"
    col = f"colonia {a['col']}"
    mun = f"{a['mkind']} {a['mun']}" + (f", {a['state']}" if r.random() < 0.5 else "")
    cp = r.choice(["código postal ", "ce pe ", ""]) + _zip_any(a["cp"], r, "MX")
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
    return dict(kind=kind, street=street, num=str(r.randint(1, 140)), floor=str(r.randint(1, 8)),
                door=str(r.randint(1, 4)), city=city, cp=cp3 + _tail(r),
                has_unit=r.random() < 0.7)  # fmt: skip


def _es_parts(a, r):
    street = f"{a['kind']} {a['street']}, " + r.choice(["número ", "", "el "]) + _num(a["num"])
    unit = ""
    if a["has_unit"]:
        unit = r.choice([f"piso {_num(a['floor'])}, puerta {_num(a['door'])}",
                         f"planta {_num(a['floor'])}, la {_num(a['door'])}"])  # fmt: skip
    cp = r.choice(["código postal ", "", "ce pe "]) + _zip_any(a["cp"], r, "ES")
    parts = [("street", street), ("unit", unit), ("city", a["city"]), ("zip", cp)]
    return [(k, p) for k, p in parts if p]


def _es_canon(a):
    return " ".join([a["street"], a["num"], *([a["floor"], a["door"]] if a["has_unit"] else []),
                     a["city"], a["cp"]])  # fmt: skip


def _addr_es_spoken(r, ch, loc):
    a = _es_addr(r)
    return ", ".join(p for _, p in _es_parts(a, r)), _es_canon(a)


def _addr_typed(r, ch, loc):
    if loc == "US":
        a = _us_addr(r)
        unit = f" {r.choice(['Apt', 'Apt.', '#', 'Unit'])} {a['unit']}" * a["has_unit"]
        t = f"{a['num']} {a['street']} {a['abbr']}{unit}, {a['city']}, {a['st']} {a['zip']}"
        return t, _us_canon(a)
    if loc == "MX":
        a = _mx_addr(r)
        unit = f" Int. {a['unit']}" if a["has_unit"] else ""
        t = (f"{a['kind'].capitalize()} {a['street']} No. {a['num']}{unit}, Col. {a['col']}, "
             f"C.P. {a['cp']}, {a['mun']}, {a['state']}")  # fmt: skip
        return t, " ".join([a["street"], a["num"], *([a["unit"]] if a["has_unit"] else []),
                            a["col"], a["cp"], a["mun"]])  # fmt: skip
    a = _es_addr(r)
    unit = f", piso {a['floor']}, pta. {a['door']}" if a["has_unit"] else ""
    t = f"{a['kind'].capitalize()} {a['street']}, {a['num']}{unit}, {a['cp']} {a['city']}"
    return t, " ".join([a["street"], a["num"], *([a["floor"], a["door"]] if a["has_unit"] else []),
                        a["cp"], a["city"]])  # fmt: skip


def _addr_in_pieces(r, ch, loc):
    a, parts, canon = {"US": (_us_addr, _us_parts, _us_canon), "MX": (_mx_addr, _mx_parts,
                       _mx_canon), "ES": (_es_addr, _es_parts, _es_canon)}[loc]  # fmt: skip
    adr = a(r)
    return " | ".join(f"{k}={p}" for k, p in parts(adr, r)), canon(adr)


# ---------------------------------------------------------------- families
_Z = dict(nouns=ZIP_NOUNS, cs_nouns=ZIP_NOUNS_CS, en_nouns=ZIP_NOUNS_EN, labels=ZIP_LABELS,
          zip=True)  # fmt: skip
_L4 = dict(nouns=LAST4_NOUNS, en_nouns=LAST4_NOUNS_EN, labels=LAST4_LABELS, last4=True)
_SSN_SAY = [_ssn_hund_pair_thou, _ssn_digit_then_pairs, _ssn_hund_then_pairs, _ssn_mixed,
            _ssn_joined]  # fmt: skip
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es7_cc_spoken_fours_o_for_zero", "v", _mk(_card(), _cc_fours_o), say=_cc_fours_o,
            others=_CC_SAY),
        fam("es7_cc_spoken_pairs_numbers", "v", _mk(_card(), _cc_pairs), say=_cc_pairs,
            others=_CC_SAY),
        fam("es7_cc_spoken_blocks_as_thousands", "v", _mk(_card(), _cc_thousands),
            say=_cc_thousands, others=_CC_SAY),
        fam("es7_cc_spoken_doble_triple_runs", "v", _mk(_card(), _cc_doble), say=_cc_doble,
            others=_CC_SAY),
        fam("es7_cc_spoken_blocks_joined_y", "v", _mk(_card(), _cc_joined_y),
            say=_cc_joined_y, others=_CC_SAY),
        fam("es7_cc_spoken_amex_four_six_five", "v", _mk(_card(("amex",), (1,)), _cc_amex),
            say=_cc_amex, others=[_cc_amex, _cc_fours_o]),
        fam("es7_cc_spoken_english_code_switch", "v", _mk(_card(), _cc_english),
            say=_cc_english, others=[_cc_fours_o], loc="US"),
        fam("es7_cc_spoken_blocks_backchannel", "v", _mk(_card(), _cc_any), say=_cc_any,
            modes=["blocks"], w=2.0),
        fam("es7_cc_agent_echo_block", "v", _mk(_card(), _cc_any), internal=True),
        fam("es7_cc_typed_groupings", "t", _mk(_card(), _cc_typed)),
    ],
    "CARD_CVV": [
        fam("es7_cvv_spoken_any", "v", _mk(_cvv, _cvv_said), say=_cvv_said),
    ],
    "CARD_EXPIRY": [
        fam("es7_exp_spoken_month_full_year", "v", _mk(_exp_make, _exp_month_full_year),
            say=_exp_month_full_year, others=_EXP_SAY, w=1.5),
        fam("es7_exp_spoken_number_del_yy", "v", _mk(_exp_make, _exp_number_del_yy),
            say=_exp_number_del_yy, others=_EXP_SAY),
        fam("es7_exp_spoken_mes_de_ano", "v", _mk(_exp_make, _exp_mes_de_ano),
            say=_exp_mes_de_ano, others=_EXP_SAY),
        fam("es7_exp_spoken_year_first", "v", _mk(_exp_make, _exp_year_first),
            say=_exp_year_first, others=_EXP_SAY),
        fam("es7_exp_spoken_bare_numbers", "v", _mk(_exp_make, _exp_bare), say=_exp_bare,
            others=_EXP_SAY),
        fam("es7_exp_agent_reads_on_file", "vt", _mk(_exp_make, _exp_on_file),
            modes=["readback_only"], typed_say=_exp_typed),
        fam("es7_exp_typed_month_year", "t", _mk(_exp_make, _exp_typed), w=1.5),
    ],
    "US_SSN": [
        fam("es7_ssn_spoken_hundreds_pair_thousands", "v", _mk(_ssn, _ssn_hund_pair_thou),
            loc="US", say=_ssn_hund_pair_thou, others=_SSN_SAY, w=1.5),
        fam("es7_ssn_spoken_digit_then_pairs", "v", _mk(_ssn, _ssn_digit_then_pairs),
            loc="US", say=_ssn_digit_then_pairs, others=_SSN_SAY),
        fam("es7_ssn_spoken_hundreds_then_pairs", "v", _mk(_ssn, _ssn_hund_then_pairs),
            loc="US", say=_ssn_hund_then_pairs, others=_SSN_SAY),
        fam("es7_ssn_spoken_numbers_digits_mixed", "v", _mk(_ssn, _ssn_mixed), loc="US",
            say=_ssn_mixed, others=_SSN_SAY),
        fam("es7_ssn_spoken_guion_raya_y", "v", _mk(_ssn, _ssn_joined), loc="US",
            say=_ssn_joined, others=_SSN_SAY),
        fam("es7_ssn_spoken_english_numbers", "v", _mk(_ssn, _ssn_english), loc="US",
            say=_ssn_english, others=[_ssn_english, _ssn_hund_pair_thou]),
        fam("es7_ssn_typed_separators", "t", _mk(_ssn, _ssn_typed), loc="US"),
        fam("es7_ssn_last4_spoken_numbers", "v", _mk(_last4, _last4_said), loc="US",
            say=_last4_said, others=[_last4_said], **_L4),
    ],
    "PHONE_NUMBER": [
        fam("es7_phone_spoken_us_mx", "v", _mk(_phone_make, _phone_said), loc="US MX",
            say=_phone_said),
    ],
    "EMAIL_ADDRESS": [
        fam("es7_email_spoken_punto_arroba", "v", _email_spoken),
    ],
    "DATE_OF_BIRTH": [
        fam("es7_dob_spoken_day_month_year", "v", _mk(_dob, _dob_said)),
        fam("es7_dob_typed_day_first", "t", _mk(_dob, _dob_typed)),
    ],
    "PERSON": [
        fam("es7_person_full_name", "vt", _full_name, w=2.0),
        fam("es7_person_agent_intro", "vt", _agent_name, ctx="intro", w=0.5),
    ],
    "ADDRESS": [
        fam("es7_zip_spoken_whole_number", "v", _mk(_zip, _zip_whole), say=_zip_whole,
            others=_ZIP_SAY, w=1.5, **_Z),
        fam("es7_zip_spoken_digits_then_pair", "v", _mk(_zip, _zip_digits_pair),
            say=_zip_digits_pair, others=_ZIP_SAY, w=1.5, **_Z),
        fam("es7_zip_spoken_pair_then_hundreds", "v", _mk(_zip, _zip_pair_hundreds),
            say=_zip_pair_hundreds, others=_ZIP_SAY, w=1.5, **_Z),
        fam("es7_zip_spoken_digit_by_digit", "v", _mk(_zip, _zip_digit_by_digit),
            say=_zip_digit_by_digit, others=_ZIP_SAY, **_Z),
        fam("es7_zip_spoken_english", "v", _mk(_zip, _zip_english), say=_zip_english,
            others=[_zip_english, _zip_digit_by_digit], loc="US", w=0.5, **_Z),
        fam("es7_zip_typed_alone", "t", _zip_typed_fn, w=1.5, **_Z),
        fam("es7_addr_us_spoken_aloud", "v", _addr_us_spoken, loc="US"),
        fam("es7_addr_mx_spoken_aloud", "v", _addr_mx_spoken, loc="MX"),
        fam("es7_addr_es_spoken_aloud", "v", _addr_es_spoken, loc="ES"),
        fam("es7_addr_typed_one_line", "t", _addr_typed),
        fam("es7_addr_spoken_part_by_part", "v", _addr_in_pieces, modes=["parts"], w=0.7),
    ],
    "MX_CURP": [],
    "MX_RFC": [],
    "ES_NIF": [],
    "ES_NIE": [],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
NEG_T = {
    "amount": [
        "El saldo que debe es de {v}, ¿lo quiere liquidar hoy?",
        "Le voy a cobrar {v}, ¿está de acuerdo?",
    ],
    "order": ["Mi pedido es el número {v}, nunca llegó.", "Tengo el número de pedido {v}."],
    "confirm": [
        "Su número de confirmación es el {v}, anótelo por favor.",
        "Le queda el folio de pago {v}.",
    ],
    "date": ["El último pago se aplicó el {v}.", "Se le va a cobrar el {v}, ¿de acuerdo?"],
    "time": ["Un supervisor le llama hoy a {v}.", "Las sucursales están abiertas hasta {v}."],
    "luhn": ["Tengo otro número en la tarjeta del súper, el {v}, ¿ese no sirve?"],
}


def _neg(kind, speaker, voice, typed):
    def fn(r, ch, loc):
        v = voice(r, loc) if ch == "voice" else typed(r, loc)
        return [(speaker, r.choice(NEG_T[kind]), v)]

    return fn


def _amt_v(r, loc):
    cur = {"US": "dólares", "MX": "pesos", "ES": "euros"}[loc]
    n = r.choice([r.randint(1000, 99999), r.randint(20, 999)])
    return f"{palabras(n)} {cur}" + (f" con {palabras(r.randint(1, 99))}" if r.random() < 0.5
                                     else "")  # fmt: skip


def _amt_t(r, loc):
    n = r.randint(20, 99999)
    return f"${n:,}.{r.randint(0, 99):02d}" if loc != "ES" else f"{n} €"


def _order_v(r, loc):
    return _pairs(rdigits(r, 8, lead=True), r)


def _order_t(r, loc):
    return rdigits(r, 8, lead=True)


def _conf_v(r, loc):
    return r.choice([_digits(rdigits(r, 7, lead=True)), _pairs(rdigits(r, 6, lead=True), r)])


def _conf_t(r, loc):
    return "PG-" + rdigits(r, 7, lead=True)


def _date_v(r, loc):
    return f"{palabras(r.randint(2, 28))} de {r.choice(MESES)}"


def _date_t(r, loc):
    return f"{r.randint(1, 28)}/{r.randint(1, 12)}"


def _time_v(r, loc):
    return f"las {palabras(r.randint(2, 11))} {r.choice(['de la tarde', 'y veinte', 'y media'])}"


def _time_t(r, loc):
    return f"las {r.randint(8, 20)}:{r.choice(['00', '20', '40'])}"


def _luhn_v(r, loc):
    return ", ".join(_pairs(g, r) for g in chunks(not_luhn(r), [4, 4, 4, 4]))


def _luhn_t(r, loc):
    return " ".join(chunks(not_luhn(r), [4, 4, 4, 4]))


# fmt: off
NEGATIVES = [
    fam("es7_neg_amount_owed", "vt", _neg("amount", "agent", _amt_v, _amt_t)),
    fam("es7_neg_order_number_pairs", "vt", _neg("order", "customer", _order_v, _order_t)),
    fam("es7_neg_confirmation_number", "vt", _neg("confirm", "agent", _conf_v, _conf_t)),
    fam("es7_neg_payment_date", "vt", _neg("date", "agent", _date_v, _date_t)),
    fam("es7_neg_callback_time", "vt", _neg("time", "agent", _time_v, _time_t)),
    fam("es7_neg_luhn_fail_store_card", "vt", _neg("luhn", "customer", _luhn_v, _luhn_t)),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EN_UNIT_V = {w: i for i, w in enumerate(EN_D)} | {"oh": 0}
EN_TEEN_V = {w: 10 + i for i, w in enumerate(EN_TEEN)}
EN_TENS_V = {w: 10 * i for i, w in enumerate(EN_TENS) if w}
_TENS_F = {"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"}  # fmt: skip
_UNIT_F = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"}


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
    """Readings dev7 adds (spoken only): English numbers ('five hundred thirty-six'), 'o' for
    zero, 'doble' / 'triple' runs, and 'y' between two groups (never inside 'treinta y seis')."""
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
    if t in ("doble", "triple") and i + 1 < n:
        d = ctx["digit"](toks[i + 1], mode)
        if d is not None:
            out.append((d * (2 if t == "doble" else 3), i + 2))
    if t == "y" and mode == "digits":
        inside = i > 0 and toks[i - 1] in _TENS_F and i + 1 < n and toks[i + 1] in _UNIT_F
        if not inside:
            out.append(("", i + 1))
    return out


def date_targets(ent, v, targets):
    """Dev7 expiries may come year first ('el veintisiete, mes ocho')."""
    if ent != "CARD_EXPIRY":
        return targets
    m, yy = int(v[:2]), v[2:]
    return set(targets) | {b + a for a in (str(m), f"{m:02d}", f"M{m:02d}")
                           for b in (yy, "20" + yy)}  # fmt: skip


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
    i = 3 if f.name.startswith("es7_exp") else r.choice(digits[:2])
    wrong = canon[:i] + str((int(canon[i]) + r.randint(1, 9)) % 10) + canon[i + 1 :]
    w = say(wrong, r, loc)
    w = w if isinstance(w, str) else w[0]
    if not f.name.startswith(("es7_exp", "es7_zip")):
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
    """A card given block by block across turns: after each block the agent either gives a
    back-channel with no digits (every block) or echoes the block (every block; the echoes are
    the spans of `es7_cc_agent_echo_block`, so no digit said aloud is left unlabeled)."""
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
    echoes = r.random() < 0.6  # the agent echoes every block, or none (back-channel only)
    for i, g in enumerate(groups):
        said = _any_group(g, r, 0.3)
        first, last = i == 0, i == len(groups) - 1
        tmpl = r.choice(CC_BLOCK_SAY_FIRST if first else CC_BLOCK_SAY_LAST if last
                        else CC_BLOCK_SAY_NEXT)  # fmt: skip
        turns.append(("customer", fill(tmpl, said, lab)))
        if not echoes:
            if not last:
                back = CC_BACK_EN if mix == "switch" else CC_BACK
                turns.append(("agent", [(r.choice(back), None)]))
            continue
        if mix == "switch":
            echo = _en_digits(g, r) if r.random() < 0.5 else _en_group(g, r)
            turns.append(("agent", fill(r.choice(CC_ECHO_EN), echo, elab)))
        else:
            echo = said if r.random() < 0.4 else r.choice([_digits(g), _pairs(g), _doble(g, r)])
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
            probs = [0.8, 0.3, 0.8]
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
           CC_ECHO_EN, CC_BACK, CC_BACK_EN, NEG_T])
)  # fmt: skip
