"""Held-out Spanish debt-collection ("cobranza") phone calls with labels.

Who wrote this
--------------
This file was written by a helper session (an AI assistant session started by
the project's main session). It never saw the project's rules, rulesets,
plugins, core code or examples. It worked only from a plain-language brief
describing six checks. The material is held out: it is for judging
the product's script-adherence checks on Spanish, not for tuning them. Please
do not copy its phrasings into rules. The labels stand in for human labels:
they follow the hand-written definitions below, and each call is built so
that its label is unambiguous under them.

What it produces
----------------
``calls(seed=0, count=200)`` returns a list of ``(interaction, labels)`` pairs.
Output depends only on ``seed`` and ``count``, because it uses ``random.Random(seed)``. It needs only the
standard library. An interaction is a JSON-able dict::

    {"id": "es-cob-0001", "channel": "voice", "language": "es" (sometimes
     "es-MX"/"es-US", omitted in about 30% of calls), "agent_id": "a-3",
     "turns": [{"speaker": "agent"|"customer", "text": ..., "start_s": ...,
                "end_s": ...}, ...]}

The generator speaks at about 0.06-0.08 s per character and leaves gaps of 0.3-1.5 s
between turns. About 40% of calls get ASR-style damage: lower case, missing accents,
no punctuation and no inverted question marks, a misheard or split word
("gra bada"). About 15% of calls switch into English for some of the talk.

How the labels are defined ("met" / "not_met" / "na")
----------------------------------------------------
Turn indices are 0-based over all turns of the call, whoever speaks.

* recording_disclosure: the agent tells the consumer that the call is, or may be,
  recorded (or monitored and recorded). The disclosure has to end within
  the first 30 s, in one of the first 3 turns of the call (index 0-2). A
  disclosure given later in time or in a later turn is "not_met", and so is no
  disclosure. A negated statement ("no se está grabando") is not a disclosure,
  and neither is the customer saying that they record the call.
* mini_miranda: within the first 10 turns, the agent says in substance "this is
  an attempt to collect a debt and any information obtained will be used for
  that purpose". Either half on its own counts, in Spanish or in English.
  A "courtesy call, not a collection call" statement does not count.
* verification: within the first 6 turns, the agent asks to confirm that they
  are speaking with the right person, or checks the person's identity (date of birth,
  last four of the SSN, address, full name, "¿hablo con el señor ...?").
* verification_before_debt: "na" when mini_miranda is not_met. Otherwise
  "met" when verification is met and comes in an earlier turn than the
  mini-Miranda, and "not_met" otherwise. In the "met" calls the debt is also
  never named before the verification.
* no_threats: "not_met" if the agent threatens arrest, jail or the police, an
  immediate lawsuit used to intimidate, garnishing wages today, telling the
  employer or family, or taking the house or car. Otherwise "met". The customer
  may voice such fears and the agent reassure them; the agent may also make
  neutral remarks about the consumer's rights and legal processes. Neither is a threat.
* callback_info: within the last 5 turns of the call (counted over all
  turns), the agent gives a phone number and/or office hours for calling
  back. A number given only earlier in the call, an e-mail address only, "we will
  call you" and the customer giving their own number are all "not_met".

Margins around the boundaries
-----------------------------
Labels are not copied from the generation plan. They are worked out from where
each tagged phrase actually lands in the finished call (turn index and time,
after ASR damage). The result must match the plan. A call whose phrase lands
near a boundary is thrown away and generated again. That happens when:

* a recording disclosure in turns 0-2 ends after 29 s but starts before 35 s;
* a recording disclosure sits in turns 3-5 or in the agent's first three turns;
* the first mini-Miranda is in turns 9-11;
* the first verification is in turns 5-7;
* the verification and the mini-Miranda share a turn;
* the last callback information is the 5th-7th turn from the end, or within the
  agent's own last five turns, without any in the last four turns.

So every label survives an off-by-one reading of the windows, and a reading that
counts only the agent's turns. The near misses sit clearly outside the windows.
A recording disclosure comes at 35 s or later (after a long customer complaint),
or in the agent's 4th turn or later. A mini-Miranda comes at turn 12 or later.
A verification comes at turn 8 or later, after the debt has been named. A
callback number is given only mid-call.
"""

import random
import re
import unicodedata

__all__ = ["calls"]

LABEL_KEYS = (
    "recording_disclosure",
    "mini_miranda",
    "verification",
    "verification_before_debt",
    "no_threats",
    "callback_info",
)

# ---------------------------------------------------------------------------
# People, companies, places
# ---------------------------------------------------------------------------

AGENT_FIRST = [
    ("Laura", "f"),
    ("Karla", "f"),
    ("Jonathan", "m"),
    ("Brenda", "f"),
    ("Luis Alberto", "m"),
    ("Yesenia", "f"),
    ("Kevin", "m"),
    ("Marisol", "f"),
    ("Osvaldo", "m"),
    ("Daniela", "f"),
    ("Héctor", "m"),
    ("Wanda", "f"),
    ("Yadira", "f"),
    ("Edwin", "m"),
    ("Xiomara", "f"),
    ("Jesús", "m"),
    ("Mayra", "f"),
    ("Ricardo", "m"),
    ("Nayeli", "f"),
    ("Giovanni", "m"),
    ("Keila", "f"),
    ("Brayan", "m"),
    ("Ivonne", "f"),
    ("Rafael", "m"),
    ("Griselda", "f"),
    ("Omar", "m"),
    ("Zuleyka", "f"),
    ("Alexis", "m"),
]
AGENT_LAST = [
    "Gómez",
    "Rivera",
    "Santiago",
    "Morales",
    "Castillo",
    "Ortega",
    "Vázquez",
    "Colón",
    "Herrera",
    "Mejía",
    "Aguilar",
    "Cruz",
    "Padilla",
    "Reyes",
]

CUST_FIRST_M = [
    "Juan",
    "José Luis",
    "Francisco",
    "Miguel",
    "Carlos",
    "Roberto",
    "Jorge",
    "Ramón",
    "Efraín",
    "Wilfredo",
    "Alejandro",
    "Ernesto",
    "Julio",
    "Armando",
    "Luis",
    "Pedro",
    "Rigoberto",
    "Héctor",
    "Manuel",
    "Ángel",
]
CUST_FIRST_F = [
    "María",
    "Guadalupe",
    "Rosa",
    "Ana",
    "Leticia",
    "Carmen",
    "Yolanda",
    "Sonia",
    "Marta",
    "Lourdes",
    "Glenda",
    "Maribel",
    "Claudia",
    "Norma",
    "Evelyn",
    "Migdalia",
    "Verónica",
    "Alejandra",
    "Teresa",
    "Damaris",
]
CUST_LAST = [
    "Pérez",
    "López",
    "Hernández",
    "García",
    "Martínez",
    "Rodríguez",
    "Ramírez",
    "Flores",
    "Torres",
    "Medina",
    "Ortiz",
    "Chávez",
    "Sandoval",
    "Quiñones",
    "Figueroa",
    "Rosario",
    "Acevedo",
    "Velásquez",
    "Zelaya",
    "Mendoza",
    "Cabrera",
    "Domínguez",
    "Salazar",
    "Navarro",
    "Guzmán",
]

AGENCIES = [
    "Grupo Altamira y Asociados",
    "Soluciones Financieras Delta",
    "Despacho Ríos Montes",
    "Gestión Integral Atlántico",
    "Consultores Sierra Madre",
    "Atlas Account Services",
    "Crestview Financial Services",
    "Grupo Pedregal",
    "Centro de Atención Financiera Caribe",
    "Bayview Account Solutions",
    "Servicios Corporativos Mirador",
    "Northwind Client Services",
]

_CARD = ["tarjeta de crédito", "tarjeta", "línea de crédito"]
_LOAN = ["préstamo personal", "préstamo", "línea de crédito"]
_MED = ["cuenta médica", "factura del hospital", "cuenta de servicios médicos"]
_PHONE = ["cuenta de celular", "servicio de teléfono", "plan de celular"]
_STORE = ["tarjeta departamental", "financiamiento de muebles", "crédito de la tienda"]
CREDITORS = {
    "Banco Meridiano": _CARD + _LOAN,
    "Tarjetas Horizonte": _CARD,
    "Financiera Sol Naciente": _LOAN,
    "Mueblería El Hogar Feliz": _STORE,
    "Préstamos Aurora": _LOAN,
    "Telefonía Altavoz": _PHONE,
    "Hospital Regional San Rafael": _MED,
    "Clínica Santa Fe": _MED,
    "AutoCrédito del Valle": ["préstamo de auto", "financiamiento del carro"],
    "Tienda Departamental La Fama": _STORE,
    "Cooperativa El Progreso": _LOAN,
    "Sunbelt Wireless": _PHONE,
    "Harbor Point Credit Card": _CARD,
    "Lone Prairie Credit Union": _CARD + _LOAN,
    "Northgate Medical Group": _MED,
    "Electrodomésticos Del Sur": _STORE,
}

REGIONS = ("MX", "CA", "CAR", "US")

STREETS = {
    "MX": ["calle Hidalgo", "avenida Juárez", "calle Morelos", "privada Los Pinos"],
    "CA": ["colonia Escalón, pasaje 3", "barrio La Ronda", "calle Los Almendros"],
    "CAR": ["calle Luna, Santurce", "urbanización Villa Carolina, calle 12", "calle Sol, Bayamón"],
    "US": ["West Elm Street", "Cesar Chavez Avenue", "North Main Street", "Bryan Road"],
}

TIMEZONES = {
    "MX": ["hora del centro", "hora del Pacífico", "hora del centro"],
    "CA": ["hora del centro", "hora del este"],
    "CAR": ["hora del este", "hora de Puerto Rico", "hora del Atlántico"],
    "US": ["hora del este", "hora del centro", "hora del Pacífico", "hora de la montaña"],
}
TZ_EN = {
    "hora del centro": "Central",
    "hora del Pacífico": "Pacific",
    "hora del este": "Eastern",
    "hora de Puerto Rico": "Atlantic",
    "hora del Atlántico": "Atlantic",
    "hora de la montaña": "Mountain",
}

MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"]

PICKUPS = {
    "MX": ["¿Bueno?", "¿Bueno? ¿Sí?", "Bueno, ¿quién habla?", "¿Bueno?"],
    "CA": ["¿Aló?", "¿Sí, aló?", "Aló, buenas.", "¿Diga?"],
    "CAR": ["¿Aló?", "¿Diga?", "Hello, ¿aló?", "Aló, sí."],
    "US": ["Hello?", "¿Hola?", "Hello, ¿sí?", "¿Aló?"],
}

CUST_FILLERS = {
    "MX": ["Este", "Pues", "O sea", "Mire", "Híjole", "Ay", "Eh", "Pues mire"],
    "CA": ["Fíjese que", "Vaya", "Pues", "Mire", "Ay", "Eh", "Vaya pues"],
    "CAR": ["Mira", "Ay bendito", "Oye", "Eh", "O sea", "Ay", "Mire"],
    "US": ["So", "Eh", "O sea", "Okay", "Pues", "Este", "Like"],
}
AGENT_FILLERS = ["Eh", "Bueno", "Ok", "Este", "Pues", "<Mire|Mira>", "Muy bien", "Ajá", "O sea"]

MONEY_WORD = {
    "MX": ["dinero", "lana"],
    "CA": ["dinero", "pisto"],
    "CAR": ["dinero", "chavos"],
    "US": ["dinero", "money"],
}

# ---------------------------------------------------------------------------
# Spanish numbers
# ---------------------------------------------------------------------------

_UNITS = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
_HUNDREDS = {
    2: "doscientos",
    3: "trescientos",
    4: "cuatrocientos",
    5: "quinientos",
    6: "seiscientos",
    7: "setecientos",
    8: "ochocientos",
    9: "novecientos",
}


def _num_es(n):
    if n < 30:
        return _UNITS[n]
    if n < 100:
        d, u = divmod(n, 10)
        return _TENS[d] + ("" if u == 0 else " y " + _UNITS[u])
    if n < 1000:
        c, rest = divmod(n, 100)
        if n == 100:
            return "cien"
        head = "ciento" if c == 1 else _HUNDREDS[c]
        return head + ("" if rest == 0 else " " + _num_es(rest))
    m, rest = divmod(n, 1000)
    if m == 1:
        head = "mil"
    else:
        h = _num_es(m)
        if h.endswith("veintiuno"):
            h = h[: -len("veintiuno")] + "veintiún"
        elif h.endswith("uno"):
            h = h[:-3] + "un"
        head = h + " mil"
    return head + ("" if rest == 0 else " " + _num_es(rest))


def _money_es(n):
    """Number words before a noun: 'veintiún dólares', 'treinta y un centavos'."""
    w = _num_es(n)
    if w.endswith("veintiuno"):
        return w[: -len("veintiuno")] + "veintiún"
    if w.endswith("uno"):
        return w[:-1]
    return w


def _digits_es(s):
    return " ".join(_UNITS[int(ch)] for ch in s if ch.isdigit())


# ---------------------------------------------------------------------------
# Phrase banks.  "<usted form|tú form>" markers; {keys} filled per call.
# ---------------------------------------------------------------------------

GREET_OUT = [
    "{saludo}, <le|te> habla {agent} de {agency}.",
    "{saludo}, mi nombre es {agent} y <le|te> llamo de {agency}.",
    "{saludo}. Habla {agent_full}, de {agency}.",
    "{saludo}, <le|te> saluda {agent} de parte de {agency}.",
    "{saludo}, ¿cómo <está|estás>? <Le|Te> habla {agent}, de {agency}.",
    "Hola, {saludo_l}. Soy {agent} y me comunico de {agency}.",
    "{saludo}, mucho gusto, <le|te> habla {agent_full} de la oficina de {agency}.",
    "{saludo}, <le|te> llama {agent} de {agency}, ¿qué tal?",
    "Hola, ¿qué tal? {agent} de {agency}.",
    "{saludo}, ¿qué tal? Mi nombre es {agent_full}, de {agency}.",
]
GREET_IN = [
    "Gracias por llamar a {agency}, <le|te> atiende {agent}.",
    "{agency}, {saludo_l}, habla {agent}.",
    "{saludo}, {agency}, mi nombre es {agent}.",
    "{agency}, buen día, <le|te> atiende {agent_full}.",
    "Gracias por comunicarse con {agency}. Mi nombre es {agent}.",
]
GREET_IN_Q = [
    "¿En qué <le|te> puedo ayudar?",
    "¿Cómo <le|te> puedo ayudar?",
    "¿Con qué <le|te> ayudo hoy?",
    "¿En qué <le|te> puedo servir?",
]

REC_ES = [
    "<Le|Te> informo que esta llamada está siendo grabada.",
    "Esta llamada puede ser grabada y monitoreada para fines de calidad.",
    "<Le|Te> comento que esta llamada es grabada por motivos de calidad y entrenamiento.",
    "Antes de continuar, <le|te> aviso que la llamada se está grabando.",
    "Para <su|tu> seguridad y la nuestra, esta conversación queda grabada.",
    "Por calidad en el servicio, esta llamada está siendo monitoreada y grabada.",
    "<Le|Te> hago saber que esta conversación se está grabando.",
    "Nada más para que <sepa|sepas>, estamos grabando la llamada.",
    "Esta llamada será grabada para efectos de calidad.",
    "Todas nuestras llamadas se graban, incluida esta.",
    "<Le|Te> notifico que esta llamada podría ser grabada con fines de capacitación.",
    "<Le|Te> recuerdo que la llamada está siendo grabada.",
    "Quiero <avisarle|avisarte> que esta llamada queda grabada.",
    "Esta llamada se graba y se puede monitorear por control de calidad.",
    "Por políticas de la empresa, la llamada está siendo grabada.",
    "<Le|Te> menciono que esta llamada se graba para <su|tu> protección.",
    "La llamada está siendo monitoreada y grabada, ¿de acuerdo?",
    "Esta conversación puede ser grabada.",
]
REC_EN = [
    "This call is being recorded.",
    "Just so you know, this call is recorded for quality purposes.",
    "This call may be monitored and recorded.",
    "This call is being recorded for quality and training.",
]
REC_LATE_SPONT = [
    "Ah, antes de seguir, se me olvidó <mencionarle|mencionarte> que esta llamada está siendo grabada.",
    "Perdón, debí decirlo al principio: la llamada se está grabando.",
    "Por cierto, esta llamada está siendo grabada por calidad.",
    "Una cosa que no <le|te> dije: la conversación queda grabada.",
]
REC_LATE_ASKED = [
    "Sí, la llamada se está grabando por calidad.",
    "Así es, todas las llamadas se graban, esta también.",
    "Sí, esta llamada está siendo grabada y monitoreada.",
    "Yes, this call is being recorded, es por control de calidad.",
]
CUST_ASK_REC = [
    "Oiga, ¿y esta llamada la están grabando?",
    "¿Me están grabando?",
    "Oiga, antes de que siga, ¿esto está grabado?",
    "¿Esta llamada se está grabando o qué?",
    "Wait, ¿me están grabando?",
]
NEG_REC = [
    "No, esta llamada no se está grabando.",
    "No, no se preocupe, esta llamada no se graba.",
    "No, la llamada no está siendo grabada, <puede|puedes> hablar con confianza.",
    "No, esto no se graba, es solo un recordatorio.",
]
CUST_RECORDS = [
    "Le aviso que yo estoy grabando esta llamada, ¿eh?",
    "Para que sepa, yo sí estoy grabando esta conversación.",
    "Nomás para que sepa, la llamada la estoy grabando yo.",
]
CUST_RECORDS_ACK = [
    "Está bien, no hay ningún problema.",
    "Claro, sin problema.",
    "De acuerdo, <está en su|estás en tu> derecho.",
]

VERQ = [
    "¿Hablo con {quien}?",
    "¿Me comunico con {quien}?",
    "¿Tengo el gusto con {quien}?",
    "¿Estoy hablando con {quien}?",
    "¿Me <confirma|confirmas> si hablo con {quien}?",
    "¿<Me podría|Me podrías> confirmar que hablo con {quien}?",
    "Busco a {quien}, ¿<es usted|eres tú>?",
    "Quisiera confirmar que estoy hablando con {quien}, ¿es correcto?",
    "¿<Es usted|Eres> {quien}?",
]
VERQ_EN = ["Am I speaking with {full}?", "Is this {full}?"]
VERQ_SOFT = ["¿Se encuentra {quien}?", "¿Estará {quien}?"]

VERID = {
    "dob": [
        "Para verificar <su|tu> identidad, ¿me <podría|podrías> dar <su|tu> fecha de nacimiento?",
        "Por seguridad, ¿me <confirma|confirmas> <su|tu> fecha de nacimiento, por favor?",
        "Nada más para asegurarme de que hablo con la persona correcta, ¿cuál es <su|tu> fecha de nacimiento?",
        "¿Me <regala|regalas> <su|tu> fecha de nacimiento para validar <sus|tus> datos?",
        "Antes de continuar necesito validar <su|tu> identidad. ¿<Su|Tu> fecha de nacimiento?",
        "¿Me <ayuda|ayudas> con <su|tu> fecha de nacimiento para confirmar que <es usted|eres tú>?",
    ],
    "ssn": [
        "¿Me <puede|puedes> dar los últimos cuatro dígitos de <su|tu> seguro social?",
        "Por motivos de seguridad, necesito los últimos cuatro de <su|tu> Social Security.",
        "Para confirmar <su|tu> identidad, ¿me <dice|dices> los últimos cuatro números de <su|tu> seguro social?",
        "¿Me <verifica|verificas> las últimas cuatro cifras de <su|tu> número de seguro social?",
    ],
    "addr": [
        "¿Me <confirma|confirmas> la dirección de <su|tu> domicilio, por favor?",
        "Para verificar que hablo con la persona correcta, ¿me <dice|dices> <su|tu> dirección completa?",
        "Para validar <sus|tus> datos, ¿cuál es la dirección donde <vive|vives> actualmente?",
    ],
    "name": [
        "¿Me <confirma|confirmas> <su|tu> nombre completo, por favor?",
        "¿Me <podría|podrías> decir <su|tu> nombre completo para verificar?",
        "Para verificar <su|tu> identidad, ¿me <da|das> <su|tu> nombre completo?",
        "Con gusto. ¿Me <proporciona|proporcionas> <su|tu> nombre completo?",
    ],
}
VERID_EN = {
    "dob": ["Can you verify your date of birth for me?"],
    "ssn": ["Can I get the last four of your social?"],
    "addr": ["Can you confirm your address for me?"],
    "name": ["Can I get your full name, please?"],
}
VERID_LATE_INTRO = [
    "Por cierto, no <le|te> pedí <sus|tus> datos.",
    "Ah, se me pasó algo.",
    "Antes de registrar el acuerdo, una cosa.",
    "Perdón, me faltó un paso.",
    "Oiga, para el sistema,",
]
VER_ANS = {
    "dob": ["{dob}.", "Sí, el {dob}.", "Eh, {dob}.", "Nací el {dob}.", "El {dob}."],
    "ssn": ["{ssn}.", "Son {ssn}.", "Eh, {ssn}.", "Los últimos son {ssn}."],
    "addr": ["{addr}.", "Vivo en {addr}.", "Es {addr}."],
    "name": ["{full}.", "Sí, {full}.", "Me llamo {full}.", "Soy {full}."],
}
VERQ_ANS = [
    "Sí, soy yo.",
    "Sí, {el} habla.",
    "Sí, con {el}. ¿Quién habla?",
    "Sí, dígame.",
    "Yo soy, ¿de parte de quién?",
    "Sí, ¿qué se le ofrece?",
    "Speaking, sí, dígame.",
    "Sí, ¿quién es?",
]
ACKS = [
    "Gracias.",
    "Perfecto, gracias.",
    "Muy amable.",
    "Listo, muchas gracias.",
    "Ok, gracias por confirmar.",
    "Mucho gusto, {voc}.",
    "Gracias, {voc}.",
    "Excelente.",
    "Muy bien.",
]

MM_FULL = [
    "<Le|Te> informo que este es un intento de cobrar una deuda y cualquier información que obtengamos será utilizada para ese propósito.",
    "Por ley <le|te> tengo que decir que esto es un intento de cobro de una deuda, y la información que nos <dé|des> se va a usar para ese fin.",
    "Esta llamada es de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se usará con ese fin.",
    "<Le|Te> comento que esta comunicación es un intento de cobranza de una deuda y toda la información obtenida será utilizada con ese propósito.",
    "Esto es un intento para cobrar una deuda; cualquier información que se obtenga será usada para ese propósito.",
    "Debo <informarle|informarte> que esta es una comunicación de una agencia de cobros: es un intento de cobrar una deuda y cualquier información obtenida se utilizará para ese fin.",
    "<Le|Te> aviso que la llamada es para cobrar una deuda y lo que <usted nos diga|nos digas> lo vamos a usar para ese fin.",
    "Este es un intento de recaudar una deuda y la información que se obtenga se usará para tal fin.",
    "Antes de seguir, por disposición legal: esta es una llamada para intentar cobrar una deuda, y cualquier dato que nos <proporcione|proporciones> se usará con ese objetivo.",
    "<Le|Te> notifico que estamos intentando cobrar una deuda y que toda información que obtengamos se usará para ese propósito.",
    "Esta es una comunicación de un cobrador de deudas con el fin de cobrar una deuda; la información que obtengamos será usada para ese propósito.",
    "Por regulación federal <le|te> informo: esto es un intento de cobrar una deuda y cualquier información que se obtenga será utilizada para ese propósito.",
]
MM_HALF1 = [
    "<Le|Te> informo que esta llamada es un intento de cobro de una deuda.",
    "Esto es un intento de cobrar una deuda, ¿<de acuerdo|ok>?",
    "<Le|Te> aviso que <le|te> estoy llamando en un intento de cobrar una deuda.",
    "Por ley <le|te> debo decir que esta llamada es para intentar cobrar una deuda.",
]
MM_HALF2 = [
    "Cualquier información que <usted nos proporcione|nos des> será utilizada para el cobro de la deuda.",
    "Toda la información que obtengamos en esta llamada se usará con el propósito de cobrar la deuda.",
]
MM_EN = [
    "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
    "This is an attempt to collect a debt, and any information obtained will be used for that purpose.",
    "This is an attempt to collect a debt.",
]
MM_LATE_INTRO = [
    "Ah, perdón, se me pasó <decirle|decirte> al principio:",
    "Una cosa que <le|te> tengo que mencionar:",
    "Antes de tomar el pago, <le|te> informo algo que me faltó:",
    "Ah, y por ley debo <decirle|decirte> lo siguiente:",
    "<Disculpe|Disculpa>, me faltó <leerle|leerte> esto:",
]
MM_NEG = [
    "No se preocupe, esta no es una llamada de cobranza, nada más es una llamada de cortesía.",
    "No <le|te> estoy llamando para <cobrarle|cobrarte>, solo es un recordatorio amable.",
    "Esta es solamente una llamada de cortesía, no de cobro.",
]

DEBT = [
    "<Le|Te> llamo en relación con <su|tu> cuenta de {creditor}, que tiene un saldo pendiente de {amount}.",
    "El motivo de mi llamada es <su|tu> {product} con {creditor}; el balance pendiente es de {amount}.",
    "Tenemos registrado un adeudo con {creditor} por {amount}.",
    "<Su|Tu> {product} con {creditor} tiene {months} meses de atraso y el saldo total es de {amount}.",
    "<Le|Te> llamo por el saldo vencido de <su|tu> {product} de {creditor}, que a hoy es de {amount}.",
    "Estamos dando seguimiento a <su|tu> cuenta con {creditor}. El saldo que aparece es de {amount}.",
    "{creditor} nos asignó <su|tu> cuenta de {product}; el monto pendiente es de {amount}.",
    "Es referente a un saldo de {amount} con {creditor}, de <su|tu> {product}.",
]
DEBT_EN_TAIL = [
    "O sea, your balance is {amount_en}.",
    "In English, the balance is {amount_en}.",
    "Your current balance is {amount_en}, ¿ok?",
]

REACT_MM = [
    "Ajá.",
    "Ok.",
    "Ajá, ¿de qué se trata?",
    "¿Una deuda? ¿De qué?",
    "Mmm, ok, dígame.",
    "Ok, ¿y qué pasó?",
    "¿Ah, sí? A ver.",
    "Okay.",
]
GREET_ONLY_REPLY = [
    "¿Sí? ¿Quién habla?",
    "¿Sí?",
    "Diga.",
    "Sí, ¿de dónde me habla?",
    "¿De dónde dice?",
    "Ajá, ¿qué se le ofrece?",
    "¿Sí? ¿Qué desea?",
]
INBOUND_REASON = [
    "Hola, buenas. Me dejaron un mensaje en el celular para que me comunicara a este número.",
    "Sí, {saludo_l}, me llegó una carta de ustedes y quiero saber de qué se trata.",
    "Hola, es que me están llamando mucho de este número y quiero saber qué pasa.",
    "Buenas, llamo para ver lo de una cuenta que dicen que debo.",
    "Hola, mire, me marcaron ayer y no pude contestar.",
]
INBOUND_REASON_EN = [
    "Hi, sí, eh, I got a letter from you guys, ¿me puede explicar?",
    "Hello, yeah, me dejaron un voicemail para llamar a este número.",
]

REACT_DEBT = {
    "coop": [
        "Ah, sí, sé de qué me habla. Es que me atrasé con unos pagos.",
        "Sí, ya sabía, tenía pensado llamarles.",
        "Ok, ¿y cuánto tengo que pagar para ponerme al corriente?",
        "Sí, sí, esa cuenta es mía. ¿Qué opciones tengo?",
        "Ajá, me imaginé que era eso.",
    ],
    "upset": [
        "¡Otra vez con eso! Ya les dije que ahorita no puedo pagar.",
        "Mire, ya me tienen cansad{o} con tantas llamadas, todos los días es lo mismo.",
        "¿Y por qué me llaman a esta hora? Estoy trabajando.",
        "Ya hablé con ustedes la semana pasada, ¿por qué me vuelven a llamar?",
        "Si me siguen llamando, yo los voy a demandar a ustedes por acoso.",
        "No puede ser, otra vez. ¿Quién les dio mi número?",
    ],
    "dispute": [
        "¿Cómo? Yo esa cuenta la pagué el año pasado.",
        "Eso no es mío, yo nunca tuve nada con {creditor}.",
        "No, no, ahí hay un error, esa cantidad no es la que yo debía.",
        "Yo cancelé eso hace años, no sé de qué me habla.",
    ],
    "broke": [
        "Sí, pero fíjese que me quedé sin trabajo.",
        "Ahorita no tengo {money}, la verdad.",
        "Sí, ya sé, pero con lo de mi operación no he podido trabajar.",
        "Es que estoy pasando por una situación muy difícil.",
        "Sí, sé que debo, pero ahorita apenas me alcanza para la renta.",
    ],
}
REACT_DEBT_EN = [
    "Yeah, I know, I know, pero ahorita no tengo el money.",
    "Okay, yeah, I remember that account.",
]

RANT = [
    "Mire, ya les he dicho mil veces que dejen de llamarme a esta hora.",
    "Me marcan en la mañana, en la tarde, hasta los domingos, y eso no se vale.",
    "Yo tengo hijos, tengo que trabajar, no puedo estar contestando cada vez que ustedes quieren.",
    "La semana pasada hablé con una muchacha que me dijo que ya estaba todo arreglado y ahora resulta que no.",
    "Y encima me mandan cartas con cantidades que no entiendo, cada vez dicen una cosa diferente.",
    "Ya no sé ni con quién hablar, porque cada vez me contesta alguien distinto y nadie me da razón.",
    "Yo no me estoy negando a pagar, pero así no se puede, ¿me entiende?",
    "La verdad estoy muy molest{o} con ustedes, porque uno trata de hacer las cosas bien.",
    "Y mi mamá me dice que también le llaman a ella, y ella no tiene nada que ver.",
    "Así que dígame rápido qué quiere, porque estoy en el trabajo y no puedo estar en el teléfono.",
]

# Negotiation slots.  Each entry is (agent, customer) or (agent, customer,
# customer-in-English); the deal chosen for the call decides which offer and
# summary are used, so that amounts and dates agree within a call.
OPEN_Q = {
    "coop": [
        (
            "¿<Le|Te> gustaría liquidar el total hoy o <prefiere|prefieres> que veamos un plan de pagos?",
            "Pues todo no puedo, ¿qué opciones tengo?",
            "I can't pay it all, ¿qué opciones hay?",
        ),
        ("¿Cómo <le|te> gustaría resolver este saldo?", "Dígame usted qué opciones hay."),
        (
            "¿Qué posibilidad <tiene|tienes> de hacer un pago el día de hoy?",
            "Hoy no, pero en la quincena sí puedo dar algo.",
        ),
        ("¿Cómo andamos para ponernos al corriente?", "Pues quiero arreglarlo, ¿qué me ofrecen?"),
    ],
    "upset": [
        (
            "Entiendo <su|tu> molestia, {voc}, y <le|te> ofrezco una disculpa por las llamadas. Mi intención es <ayudarle|ayudarte> a resolverlo.",
            "Pues sí, porque ya estoy hart{o}.",
        ),
        (
            "<Tiene|Tienes> toda la razón en estar molest{o}, nadie quiere recibir tantas llamadas. Vamos a ver cómo lo solucionamos hoy.",
            "Está bien, pero rápido que estoy en el trabajo.",
        ),
        (
            "<Le|Te> entiendo perfectamente. Si lo dejamos arreglado hoy, ya no <tiene|tienes> por qué recibir más llamadas.",
            "Eso dicen siempre.",
        ),
        (
            "<Disculpe|Disculpa> las molestias, {voc}. Mi trabajo es encontrar una solución que <le|te> funcione.",
            "Ajá. A ver, ¿qué quiere?",
        ),
    ],
    "broke": [
        (
            "Lamento escuchar eso, {voc}. ¿<Tiene|Tienes> algún ingreso en este momento?",
            "Solo lo del desempleo, y apenas me alcanza para la renta.",
        ),
        (
            "Siento mucho <su|tu> situación. ¿<Cuenta|Cuentas> con algún ingreso ahorita?",
            "Mi espos{o_inv} está trabajando medio tiempo, nada más.",
        ),
        (
            "Entiendo, son momentos difíciles. ¿Cuánto <le|te> queda libre al mes, más o menos?",
            "Casi nada, la verdad, con la renta y los niños.",
        ),
    ],
}
ASK_BUDGET = [
    ("¿Qué cantidad <le|te> quedaría cómoda al mes?", "No sé, cincuenta, sesenta dólares máximo."),
    (
        "<Dígame usted|Dime tú>, ¿cuánto <podría|podrías> dar sin que <le|te> afecte?",
        "Lo que pueda, pero no mucho.",
    ),
    (
        "¿Cuánto <podría|podrías> destinar a esta cuenta cada mes?",
        "Poquito, unos cuarenta dólares.",
    ),
]
OFFER = {
    "plan": [
        (
            "<Le|Te> puedo ofrecer {k} pagos mensuales de {inst}.",
            "Mmm, está un poco alto, pero sí, eso lo puedo hacer.",
            "Okay, that works.",
        ),
        (
            "Lo que puedo hacer es dividir el saldo en {k} pagos de {inst}, sin intereses adicionales.",
            "Déjeme pensarlo... está bien, así le hacemos.",
        ),
        ("Tengo un plan de {k} meses; serían {inst} cada mes.", "Sí, eso sí me alcanza."),
    ],
    "settle": [
        (
            "Tengo autorizado un descuento del {pct} por ciento si <liquida|liquidas> antes del {date}; el total quedaría en {settle}.",
            "¿En serio? Eso sí me conviene.",
            "Oh, okay, that's good.",
        ),
        (
            "Si <paga|pagas> en una sola exhibición, el acreedor acepta {settle}, o sea un {pct} por ciento menos.",
            "Déjeme ver... sí, eso lo puedo juntar para el {date}.",
        ),
    ],
    "small": [
        (
            "Lo mínimo que el sistema me deja es {small} al mes, ¿<le|te> funcionaría?",
            "Bueno, va, pero empezando el {payday}.",
        ),
        (
            "Tenemos un programa por dificultad económica: pagos de {small} al mes por un tiempo.",
            "Eso a lo mejor sí lo puedo hacer, para el {payday}.",
        ),
        (
            "Hagamos algo: <empiece|empieza> con {small} y en unos meses revisamos <su|tu> situación.",
            "Está bien, pero hasta el {payday}.",
        ),
    ],
    "none": [
        (
            "Lo mínimo que puedo <ofrecerle|ofrecerte> es un plan de {inst} al mes.",
            "No, eso no lo puedo pagar. Mejor yo les aviso cuando tenga.",
            "No, I can't do that right now.",
        ),
        (
            "Si no puede hoy, ¿me <podría|podrías> dar una fecha aproximada de pago?",
            "No sé, de verdad no sé cuándo voy a tener {money}.",
        ),
        (
            "¿<Podría|Podrías> hacer aunque sea un pago de {small} este mes?",
            "Ahorita no, de verdad. Ni eso tengo.",
        ),
    ],
}
METHOD = [
    (
        "¿Cómo <le|te> gustaría hacer el pago: con tarjeta de débito, con cuenta de cheques o en efectivo en una tienda?",
        "Con débito, la que termina en {card4}.",
        "card",
    ),
    (
        "¿El pago lo <haría|harías> con tarjeta o con transferencia de <su|tu> cuenta de banco?",
        "Con la cuenta del banco, mejor.",
        "bank",
    ),
    (
        "¿Con qué método de pago lo <quiere|quieres> hacer?",
        "Con la tarjeta, la que termina en {card4}.",
        "card",
    ),
    (
        "¿<Va|Vas> a pagar por teléfono o <prefiere|prefieres> ir a una tienda de conveniencia con la referencia?",
        "En la tienda, en efectivo.",
        "cash",
    ),
]
PAYDATE = [
    (
        "Muy bien. ¿Para qué fecha <le|te> programo el primer pago?",
        "Para el {payday}, que es cuando me pagan.",
    ),
    ("Perfecto. ¿<Le|Te> queda bien el {payday} para el primer pago?", "Sí, ese día está bien."),
    ("¿Y qué día <le|te> acomoda para el pago?", "El {payday}, si se puede."),
]
DISPUTE_FLOW = [
    [
        (
            "Entiendo. ¿<Recuerda|Recuerdas> haber tenido {product} con {creditor}?",
            "Sí tuve, pero la cerré y la pagué completa.",
        ),
        (
            "Muy bien, vamos a revisarlo. ¿<Usted recuerda|Recuerdas> cuándo fue <su|tu> último pago?",
            "Hace como dos años, y me dijeron que ya quedaba en cero.",
        ),
    ],
    [
        (
            "En ese caso <usted tiene|tienes> derecho a disputar la deuda. Si me lo <pide|pides>, <le|te> enviamos por escrito la validación con el detalle de la cuenta.",
            "Sí, mándeme eso, porque yo tengo mis recibos.",
        ),
        (
            "<Usted puede|Puedes> disputar el saldo, y nosotros <le|te> mandamos una carta con la información de la deuda y del acreedor original.",
            "Sí, por favor, quiero todo por escrito.",
        ),
    ],
    [
        (
            "Con gusto. Voy a marcar la cuenta en disputa y mientras revisamos no <le|te> vamos a pedir pagos.",
            "Está bien, gracias.",
        ),
        (
            "Listo, queda anotada la disputa. ¿Tiene algún comprobante de pago que nos pueda mandar?",
            "Sí, tengo los estados de cuenta guardados.",
        ),
    ],
]
FILLER_BEATS = [
    ("Déjeme revisar en el sistema, un momento por favor.", "Sí, claro."),
    ("¿Sigue en la línea?", "Sí, aquí estoy."),
    ("Permítame, estoy revisando las opciones que tengo para <su|tu> cuenta.", "Ok."),
    ("Un segundito, que el sistema está lento.", "Ajá."),
    ("Gracias por esperar. Ya tengo la información en pantalla.", "Ok, dígame."),
]
EN_PREFIX = ["Okay.", "Yeah.", "Okay, okay.", "Hmm, okay.", "Right."]

THREATS = [
    "<Mire|Mira>, si no <paga|pagas> hoy, vamos a mandar a la policía a <su|tu> casa.",
    "<Usted sabe|Tú sabes> que por no pagar <{lo}|te> pueden meter a la cárcel, ¿verdad?",
    "Si no <hace|haces> el pago hoy, hoy mismo <le|te> embargamos el sueldo.",
    "Si no me da una fecha, voy a llamar a su trabajo y le voy a explicar a su jefe lo que usted debe.",
    "Si esto no se arregla, le vamos a avisar a su familia de la deuda, a ver si ellos sí pagan.",
    "<Le|Te> advierto que si no <paga|pagas> <le|te> vamos a quitar la casa.",
    "Si no me da un pago ahorita, vamos a ir por <su|tu> carro esta misma semana.",
    "Si no <paga|pagas> hoy, mañana mismo <{lo}|te> demandamos y ya no hay vuelta atrás.",
    "Ya tengo aquí la orden para que <{lo}|te> arresten si no paga esta semana.",
    "Le recomiendo que pague, porque si no, vamos a hablar con su esposa y con sus hijos.",
    "Si me cuelga, le mando una patrulla a su domicilio.",
    "Hoy mismo le podemos quitar el sueldo si no coopera.",
]
THREATS_EN = [
    "If you don't pay today, we're going to garnish your wages today.",
    "We will call your employer today if I don't get a payment.",
]
THREAT_TRIGGER = [
    "Y la verdad ahorita no les voy a dar nada.",
    "No tengo {money}, ¿qué quiere que haga?",
    "Ya le dije que no puedo.",
    "Pues ahorita no, ya veré después.",
    "Mire, no sé cuándo voy a poder.",
]
THREAT_LEAD = [
    "<Mire|Mira>, {voc}, <se lo|te lo> voy a decir claro.",
    "Pues <fíjese|fíjate> que así no funciona.",
    "<Mire|Mira>, esto ya es serio.",
    "",
    "",
    "Ok, entonces,",
    "A ver, <entienda|entiende> una cosa:",
    "<Le|Te> voy a hablar claro.",
]
THREAT_REACT = [
    "¿Me está amenazando? Eso no es legal.",
    "No, por favor, no haga eso, yo voy a ver cómo le pago.",
    "Usted no puede hacer eso.",
    "¡Qué falta de respeto! Voy a poner una queja.",
    "Ay, no, por favor, ¿cómo va a hacer eso?",
]

LEGAL_NEUTRAL = [
    "<Usted tiene|Tienes> derecho a disputar esta deuda por escrito dentro de los próximos treinta días.",
    "Si lo <prefiere|prefieres>, <le|te> enviamos una carta de validación con el detalle de la cuenta antes de hacer cualquier pago.",
    "<Le|Te> aclaro que en este momento no hay ninguna demanda ni acción legal en <su|tu> contra; lo que buscamos es un acuerdo.",
    "Si <usted tiene|tienes> un abogado que <{lo}|te> represente, con gusto nos comunicamos directamente con esa persona.",
    "Si en algún momento <prefiere que no {lo}|prefieres que no te> llamemos al trabajo, nada más <díganos|dinos> y lo anotamos.",
    "<Usted puede|Puedes> pedir por escrito que dejemos de <contactarl{o}|contactarte>, y lo vamos a respetar.",
    "Si <está|estás> en un proceso de bancarrota, por favor <avísenos|avísanos> para actualizar la cuenta.",
]
LEGAL_INTRO = [
    "Antes de seguir, <le|te> comento algo.",
    "Un dato importante:",
    "",
    "Por cierto,",
    "Nada más para que lo <sepa|sepas>:",
]
LEGAL_REACT = [
    "Ok, entiendo.",
    "Ah, ok, no sabía.",
    "Está bien.",
    "Ajá, ok.",
    "Bueno, gracias por decirme.",
]

FEAR = [
    (
        "¿Me van a meter a la cárcel por esto?",
        "No, {voc}, nadie <{lo}|te> va a arrestar por una deuda. Esto es un asunto civil y lo podemos resolver con un plan.",
    ),
    (
        "Oiga, ¿no me van a mandar a la policía, verdad?",
        "No, para nada. La policía no tiene nada que ver con esto; <quédese|quédate> tranquil{o}.",
    ),
    (
        "¿Van a llamar a mi trabajo? Porque si se enteran me corren.",
        "No, no nos vamos a comunicar con <su|tu> empleador ni con nadie más sobre <su|tu> cuenta.",
    ),
    (
        "Por favor no le digan nada a mi familia.",
        "<No se preocupe|No te preocupes>, esta información es confidencial; solo la hablamos <con usted|contigo>.",
    ),
    (
        "Una vez me dijeron que me iban a quitar la casa, ¿es cierto?",
        "No, nadie <le|te> va a quitar <su|tu> casa. Lo único que buscamos es llegar a un acuerdo <con usted|contigo>.",
    ),
    (
        "¿Me van a embargar el sueldo?",
        "No, no estamos hablando de ningún embargo. Lo que <le|te> ofrezco es un plan de pagos.",
    ),
    (
        "¿Me pueden quitar el carro por esto?",
        "No, esta cuenta no tiene nada que ver con <su|tu> carro, <no se preocupe|no te preocupes>.",
    ),
    (
        "Y si no pago, ¿me van a demandar?",
        "En este momento no hay ninguna demanda, {voc}. Por eso <le|te> llamo, para buscar una solución.",
    ),
    (
        "My cousin told me they can put you in jail for this, ¿es verdad?",
        "No, nobody is going to arrest you. Esto es civil, no criminal.",
    ),
]

CB_END = [
    "Si <tiene|tienes> alguna duda, <puede comunicarse|puedes comunicarte> con nosotros al {phone}.",
    "Cualquier cosa, nos <puede|puedes> marcar al {phone}, {hours}.",
    "Nuestro horario de atención es {hours}.",
    "<Le|Te> dejo nuestro número, {phone}, extensión {ext}, por si <necesita|necesitas> algo.",
    "Para cualquier aclaración el número es {phone}; con gusto <{lo}|te> atendemos {hours}.",
    "Estamos a <sus|tus> órdenes {hours}.",
    "<Apunte|Apunta> nuestro teléfono, por favor: {phone}. Atendemos {hours}.",
    "Si <le|te> surge alguna pregunta, estamos disponibles {hours} en el {phone}.",
    "<Puede comunicarse|Puedes comunicarte> con nosotros {hours}; el número es {phone}.",
    "Cualquier duda, <me marca|me marcas> al {phone}, extensión {ext}.",
]
CB_END_PAY = [
    "Si <necesita|necesitas> hacer algún cambio, <llámenos|llámanos> {hours} al {phone}.",
    "Si se <le|te> complica la fecha, <márquenos|márcanos> al {phone} antes del pago.",
    "Si no <va|vas> a poder hacer el pago, <avísenos|avísanos> al {phone}, {hours}.",
]
CB_END_EN = [
    "You can call us back at {phone}, {hours_en}.",
    "Our hours are {hours_en}, and the number is {phone}.",
]
CB_EARLY = [
    "Si <quiere|quieres> revisarlo con calma, nos puede llamar al {phone}, {hours}.",
    "<Le|Te> doy el número por si se corta: {phone}.",
    "Por si acaso, nuestro número directo es {phone}.",
]
CB_EARLY_REACT = [
    "Ok, pero mejor lo arreglamos de una vez.",
    "Ya lo anoté. Sigamos.",
    "Ajá, ok. ¿Y entonces?",
]
CB_EMAIL = [
    "<Le|Te> va a llegar la confirmación a <su|tu> correo; cualquier duda nos <puede|puedes> escribir a {email}.",
    "También <puede|puedes> ver el estado de <su|tu> cuenta en nuestra página, {web}.",
    "Cualquier pregunta, <mándenos|mándanos> un correo a {email}.",
]
CB_WECALL = [
    "Yo <le|te> vuelvo a marcar el {weekday} para confirmar, ¿<le|te> parece?",
    "<Le|Te> vamos a llamar la próxima semana para <darle|darte> seguimiento.",
    "Mi compañero <le|te> va a llamar el {weekday} en la tarde para confirmar el pago.",
]
CB_CUSTNUM_Q = [
    "¿A qué número <lo|te> podemos localizar si se corta la llamada?",
    "¿Me <da|das> un número donde <{lo}|te> pueda contactar?",
    "¿Este es el mejor número para <localizarlo|localizarte>, o tiene otro?",
]
CB_CUSTNUM_A = [
    "Al {cust_phone}.",
    "Mejor al celular, {cust_phone}.",
    "Es el {cust_phone}, de mi casa.",
]
CB_CUSTNUM_ACK = ["Perfecto, anotado.", "Listo, ya quedó registrado.", "Muy bien, gracias."]

ASK_ANYTHING = [
    "¿Hay algo más en lo que <le|te> pueda ayudar?",
    "¿Alguna otra pregunta?",
    "¿<Tiene|Tienes> alguna otra duda?",
    "¿Algo más, {voc}?",
]
ASK_ANYTHING_NO = [
    "No, eso es todo, gracias.",
    "No, es todo.",
    "No, gracias.",
    "Nada más, gracias.",
    "No, that's it.",
]
ASK_NUMBER = [
    "¿Y a qué número les marco si tengo algún problema con el pago?",
    "¿En qué horario los puedo llamar si tengo una duda?",
    "¿Me da el teléfono de ustedes, por si acaso?",
]
SUMMARY = {
    "plan": [
        "Entonces <le|te> confirmo: {k} pagos de {inst}, el primero el {payday}{method_tail}.",
        "Muy bien, ya quedó registrado <su|tu> acuerdo de {k} pagos de {inst}, el primero el {payday}.",
        "Perfecto, <le|te> dejo programado el plan: {inst} cada mes por {k} meses, empezando el {payday}.",
    ],
    "settle": [
        "Listo, queda programado el pago de {settle} para el {date}{method_tail}, y con eso queda liquidada la cuenta.",
        "Perfecto, entonces queda el pago único de {settle} el {date}.",
    ],
    "small": [
        "Perfecto, quedamos en un pago de {small} el {payday}, y después revisamos <su|tu> situación.",
        "Muy bien, <le|te> anoto {small} para el {payday}{method_tail}.",
    ],
    "none": [
        "Está bien, voy a dejar una nota en <su|tu> cuenta de que todavía no tiene fecha de pago.",
        "De acuerdo, por ahora dejo la cuenta como está y queda pendiente <su|tu> respuesta.",
        "Entiendo, no hay problema, queda anotado que por ahora no <puede|puedes> hacer el pago.",
    ],
    "dispute": [
        "Listo, <su|tu> cuenta queda marcada en disputa y le llegará la validación por correo postal en los próximos días.",
        "Ya quedó registrada la disputa; la carta de validación <le|te> llega a la dirección que tenemos.",
    ],
}
SUMMARY_ACK = [
    "Sí, está bien.",
    "Ok.",
    "Ajá, gracias.",
    "Sale.",
    "Dale.",
    "Okay.",
    "Está bien.",
    "Sí, así quedamos.",
]
FAREWELL = [
    "Que <tenga|tengas> buen día.",
    "Gracias por <su|tu> tiempo, que <esté|estés> bien.",
    "Muchas gracias, {voc}, que <tenga|tengas> una excelente tarde.",
    "Gracias a <usted|ti>, hasta luego.",
    "<Cuídese|Cuídate> mucho, bendiciones.",
    "Que <le|te> vaya bien.",
    "Gracias por atender la llamada, hasta luego.",
    "Que pases buen día.",
    "Muy amable, que <tenga|tengas> bonita tarde.",
]
BYE = [
    "Gracias, igualmente.",
    "Ok, bye.",
    "Sale, gracias.",
    "Adiós.",
    "Está bien, gracias, bye.",
    "Igualmente.",
    "Bye, gracias.",
    "Okay, thank you.",
]
HANGUP = [
    "Ya no me llamen, adiós.",
    "Bueno, ya, adiós.",
    "Sí, sí, adiós.",
    "No me vuelvan a marcar.",
]

# ---------------------------------------------------------------------------
# ASR damage
# ---------------------------------------------------------------------------

ASR_SUBS = {
    "grabada": ["gravada", "gra bada"],
    "grabando": ["gravando", "gra bando"],
    "llamada": ["yamada", "lla mada"],
    "deuda": ["de uda", "deu da", "deudas"],
    "información": ["infor mación", "informaciones"],
    "propósito": ["pro pósito", "proposito"],
    "intento": ["in tento", "intentó"],
    "nacimiento": ["naci miento"],
    "seguro": ["seguros"],
    "monitoreada": ["monitoriada", "moni toreada"],
    "horario": ["orario", "hora rio"],
    "comunicarse": ["comuni carse", "comunicar se"],
    "saldo": ["salgo", "sal do"],
    "cuenta": ["cuentas"],
    "cobrar": ["co brar", "cobra"],
    "cobro": ["co bro", "cobró"],
    "viernes": ["vienes"],
    "hablo": ["ablo", "habló"],
    "usted": ["usté", "ustedes"],
    "entonces": ["tons"],
    "dígitos": ["digito"],
    "ahorita": ["a orita"],
    "pago": ["pagó"],
    "verificar": ["veri ficar"],
    "utilizada": ["utiliza da"],
    "número": ["números"],
}


def _strip_accents(s, keep_enye):
    out = []
    for ch in s:
        if keep_enye and ch in "ñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def _asr_damage(rng, turns):
    lower = rng.random() < 0.85
    strip = rng.random() < 0.8
    keep_enye = rng.random() < 0.5
    nopunct = rng.random() < 0.6
    # misheard / split words: 1-3 per call
    cands = []
    for i, t in enumerate(turns):
        for key in ASR_SUBS:
            if re.search(r"\b%s\b" % re.escape(key), t["text"], re.IGNORECASE):
                cands.append((i, key))
    rng.shuffle(cands)
    for i, key in cands[: rng.randint(1, 3)]:
        rep = rng.choice(ASR_SUBS[key])
        turns[i]["text"] = re.sub(
            r"\b%s\b" % re.escape(key), rep, turns[i]["text"], count=1, flags=re.IGNORECASE
        )
    for t in turns:
        s = t["text"]
        s = s.replace("¿", "").replace("¡", "")
        if rng.random() < 0.08:  # stutter / repeated word
            words = s.split()
            if len(words) > 4:
                j = rng.randrange(1, len(words) - 1)
                words.insert(j, re.sub(r"[^\w]", "", words[j]) or words[j])
                s = " ".join(words)
        if nopunct:
            s = re.sub(r"[!?;:\"]", "", s)
            s = re.sub(r"[.,](?!\d)", "", s)
            s = re.sub(r"\s+", " ", s).strip()
        else:
            s = s.replace("!", ".")
        if strip:
            s = _strip_accents(s, keep_enye)
        if lower:
            s = s.lower()
        t["text"] = s


# ---------------------------------------------------------------------------
# Call builder
# ---------------------------------------------------------------------------


def _domain(name):
    words = [
        w
        for w in _strip_accents(name.lower(), False).split()
        if w not in ("de", "del", "y", "la", "el")
    ]
    return re.sub(r"[^a-z]", "", "".join(words[:2])) + ".com"


_ALT = re.compile(r"<([^<>|]*)\|([^<>|]*)>")


class _Call:
    def __init__(self, rng, plan, agent):
        self.rng = rng
        self.plan = plan
        self.agent = agent
        self._context()

    # -- context ---------------------------------------------------------
    def _context(self):
        rng = self.rng
        plan = self.plan
        region = self.agent["region"] if rng.random() < 0.8 else rng.choice(REGIONS)
        self.region = region
        self.tu = rng.random() < (0.28 if region in ("CAR", "US") else 0.1)
        self.en = rng.random() < 0.15
        self.asr = rng.random() < 0.40
        female = rng.random() < 0.5
        first = rng.choice(CUST_FIRST_F if female else CUST_FIRST_M)
        last = rng.choice(CUST_LAST)
        if rng.random() < 0.35:
            last2 = rng.choice([x for x in CUST_LAST if x != last])
            full_last = last + " " + last2
        else:
            full_last = last
        full = first + " " + full_last
        if self.tu:
            quien = rng.choice([full, first + " " + last])
            voc = first
        else:
            style = rng.random()
            if style < 0.55:
                t = "señora" if female else "señor"
                if female and rng.random() < 0.2:
                    t = "señorita"
                quien = ("la " if female else "el ") + t + " " + full
                voc = t + " " + last
            elif style < 0.75:
                t = "doña" if female else "don"
                quien = t + " " + full
                voc = t + " " + first.split()[0]
            else:
                quien = full
                voc = ("señora " if female else "señor ") + last
        # money
        amount = rng.randint(180, 9500) + (rng.choice([0, 0, 0.5, 0.25, 0.75, 0.99, 0.4]))
        amount = round(amount, 2)
        ints = int(amount)
        cents = int(round((amount - ints) * 100))
        fmt_choice = rng.random()
        if fmt_choice < 0.4:
            amount_s = f"${amount:,.2f}"
        elif fmt_choice < 0.6:
            amount_s = f"{ints:,} dólares"
        elif fmt_choice < 0.85:
            amount_s = (
                _money_es(ints)
                + " dólares"
                + (" con " + _money_es(cents) + " centavos" if cents else "")
            )
        else:
            amount_s = f"${amount:,.2f} dólares"
        creditor = rng.choice(sorted(CREDITORS))
        if amount < 600:
            k = rng.choice([2, 3, 4])
        elif amount < 2000:
            k = rng.choice([4, 6, 8, 10])
        else:
            k = rng.choice([12, 18, 24, 24, 36])
        inst = amount / k
        pct = rng.choice([20, 25, 30, 35, 40, 45, 50])
        settle = amount * (100 - pct) / 100.0
        small = rng.choice([25, 30, 40, 50, 60, 75])

        def money(x):
            if rng.random() < 0.7:
                return f"${x:,.2f}"
            return _money_es(int(round(x))) + " dólares"

        tz = rng.choice(TIMEZONES[region])
        h1 = rng.choice([7, 8, 8, 9])
        h2 = rng.choice([5, 6, 7, 8, 9])
        days = rng.choice(["de lunes a viernes", "de lunes a viernes", "de lunes a sábado"])
        hstyle = rng.random()
        if hstyle < 0.4:
            hours = "%s, de %d de la mañana a %d de la %s, %s" % (
                days,
                h1,
                h2,
                "noche" if h2 >= 7 else "tarde",
                tz,
            )
        elif hstyle < 0.7:
            hours = "%s de %d a. m. a %d p. m., %s" % (days, h1, h2, tz)
        elif hstyle < 0.85:
            hours = "%s de %s de la mañana a %s de la %s, %s" % (
                days,
                _num_es(h1),
                _num_es(h2),
                "noche" if h2 >= 7 else "tarde",
                tz,
            )
        else:
            hours = "de lunes a viernes de %d a %d horas, y los sábados de 9 a 13 horas, %s" % (
                h1,
                h2 + 12,
                tz,
            )
        hours_en = "Monday through Friday, %d a.m. to %d p.m. %s" % (h1, h2, TZ_EN[tz])
        line = "01%02d" % rng.randint(0, 99)
        if region == "CAR" and rng.random() < 0.6:
            area = rng.choice(["787", "939"])
        else:
            area = rng.choice(["800", "888", "877", "866", "855"])
        pstyle = rng.random()
        if pstyle < 0.35:
            phone = "1-%s-555-%s" % (area, line)
        elif pstyle < 0.55:
            phone = "(%s) 555-%s" % (area, line)
        elif pstyle < 0.75:
            phone = "%s 555 %s" % (area, line)
        else:
            phone = "%s, cinco cinco cinco, %s" % (_digits_es(area), _digits_es(line))
        dob_y = rng.randint(1952, 2001)
        dob_m = rng.randrange(12)
        dob_d = rng.randint(1, 28)
        dstyle = rng.random()
        if dstyle < 0.4:
            dob = "%d de %s de %d" % (dob_d, MONTHS[dob_m], dob_y)
        elif dstyle < 0.7:
            dob = "%s de %s del %s" % (
                _num_es(dob_d),
                MONTHS[dob_m],
                _num_es(dob_y % 100) if dob_y < 2000 else "dos mil " + _num_es(dob_y % 100),
            )
        else:
            dob = "%02d/%02d/%d" % (dob_m + 1, dob_d, dob_y)
        ssn = "%04d" % rng.randint(0, 9999)
        ssn_s = _digits_es(ssn) if rng.random() < 0.6 else ssn
        addr = "%d %s" % (rng.randint(12, 4800), rng.choice(STREETS[region]))
        cust_phone = "(%s) 555-01%02d" % (
            rng.choice(["210", "956", "787", "305", "213", "312"]),
            rng.randint(0, 99),
        )
        agency = rng.choice(AGENCIES) if rng.random() < 0.3 else self.agent["agency"]
        tod = rng.choice(
            ["Buenos días", "Buenas tardes", "Buenas tardes", "Buenas noches", "Buen día"]
        )
        self.fmt = {
            "agent": self.agent["first"],
            "agent_full": self.agent["first"] + " " + self.agent["last"],
            "agency": agency,
            "creditor": creditor,
            "product": rng.choice(CREDITORS[creditor]),
            "amount": amount_s,
            "amount_en": f"${amount:,.2f}",
            "months": _num_es(rng.randint(3, 14))
            if rng.random() < 0.6
            else str(rng.randint(3, 14)),
            "quien": quien,
            "voc": voc,
            "first": first,
            "full": full,
            "el": "ella" if female else "él",
            "o_inv": "o" if female else "a",
            "method_tail": "",
            "o": "a" if female else "o",
            "lo": "la" if female else "lo",
            "dob": dob,
            "ssn": ssn_s,
            "addr": addr,
            "phone": phone,
            "ext": str(rng.randint(100, 4999)),
            "hours": hours,
            "hours_en": hours_en,
            "email": rng.choice(["pagos", "servicio", "clientes", "ayuda"]) + "@" + _domain(agency),
            "web": "www." + _domain(agency),
            "k": str(k),
            "inst": money(inst),
            "pct": str(pct),
            "settle": money(settle),
            "small": money(small),
            "payday": rng.choice(
                [
                    "viernes",
                    "día 15",
                    "próximo lunes",
                    "día primero",
                    "día 30",
                    "jueves",
                    "próxima quincena",
                ]
            ),
            "date": "%d de %s" % (rng.randint(1, 28), rng.choice(MONTHS)),
            "weekday": rng.choice(WEEKDAYS),
            "card4": "%04d" % rng.randint(0, 9999),
            "cust_phone": cust_phone,
            "saludo": tod,
            "saludo_l": tod[0].lower() + tod[1:],
            "money": rng.choice(MONEY_WORD[region]),
        }
        self.proper = {
            self.fmt["agent"].split()[0],
            first.split()[0],
            self.fmt["agency"].split()[0],
            self.fmt["creditor"].split()[0],
            "Social",
            "Security",
        }
        # disposition
        if plan["rec"] == "late_time":
            self.disp = "upset"
        elif plan["threat"]:
            self.disp = rng.choices(["upset", "broke", "coop"], weights=[50, 35, 15])[0]
        else:
            self.disp = rng.choices(
                ["coop", "upset", "dispute", "broke"], weights=[35, 30, 12, 23]
            )[0]
        # the deal this call ends with
        if self.disp == "dispute":
            self.deal = "dispute"
        elif self.disp == "coop":
            self.deal = rng.choices(["plan", "settle", "none"], weights=[55, 33, 12])[0]
        elif self.disp == "upset":
            self.deal = rng.choices(["plan", "small", "none"], weights=[25, 30, 45])[0]
        else:
            self.deal = rng.choices(["small", "plan", "none"], weights=[55, 10, 35])[0]
        # opening type
        need_agent_first = plan["rec"] in ("second", "late_time")
        r = rng.random()
        if need_agent_first:
            self.opening = "inbound" if r < 0.25 else "agent_first"
        else:
            self.opening = "agent_first" if r < 0.55 else ("cust_first" if r < 0.8 else "inbound")

    # -- text helpers -----------------------------------------------------
    def r(self, tmpl):
        s = _ALT.sub(lambda m: m.group(2) if self.tu else m.group(1), tmpl)
        return s.format(**self.fmt)

    def pick(self, bank):
        return self.r(self.rng.choice(bank))

    def _decap(self, s):
        m = re.match(r"([¿¡]?)(\w+)", s)
        if not m:
            return s
        word = m.group(2)
        if word in self.proper or word.isupper():
            return s
        i = len(m.group(1))
        return s[:i] + s[i].lower() + s[i + 1 :]

    def _after(self, intro, s):
        """Lower-case the start of s when it continues a sentence (after ',' or ':')."""
        if intro.rstrip().endswith((",", ":")):
            return self._decap(s)
        return s

    def agent_turn(self, parts, filler_p=0.18):
        """parts: list of (text, tag-or-None) -> turn dict with char spans."""
        parts = [(p, tag) for p, tag in parts if p]
        if parts and self.rng.random() < filler_p:
            f = self.r(self.rng.choice(AGENT_FILLERS))
            if self.en and self.rng.random() < 0.4:
                f = self.rng.choice(["Okay", "So", "Alright"])
            parts[0] = (f + ", " + self._decap(parts[0][0]), parts[0][1])
        text = ""
        spans = {}
        for p, tag in parts:
            if text:
                text += " "
            s = len(text)
            text += p
            if tag:
                spans.setdefault(tag, (s, len(text)))
        n = float(len(text))
        spans = {k: (a / n, b / n) for k, (a, b) in spans.items()}
        return {"speaker": "agent", "text": text, "tags": set(spans), "spans": spans}

    def cust(self, text, filler_p=0.3):
        if self.en and self.rng.random() < 0.12:
            text = self.rng.choice(EN_PREFIX) + " " + text
        elif self.rng.random() < filler_p:
            f = self.rng.choice(CUST_FILLERS[self.region])
            text = f + ", " + self._decap(text)
        return text

    # -- pieces -------------------------------------------------------------
    def rec_sentence(self):
        if self.en and self.rng.random() < 0.5:
            return self.rng.choice(REC_EN)
        return self.pick(REC_ES)

    def mm_sentence(self, kind):
        if self.en and self.rng.random() < 0.35:
            bank = MM_EN if kind == "full" else MM_EN[-1:]
            if kind == "half2":
                bank = MM_HALF2
            return self.pick(bank)
        bank = {"full": MM_FULL, "half1": MM_HALF1, "half2": MM_HALF2}[kind]
        return self.pick(bank)

    def verid_sentence(self, kind):
        if self.en and self.rng.random() < 0.3:
            return self.pick(VERID_EN[kind])
        return self.pick(VERID[kind])

    def verq_sentence(self):
        if self.en and self.rng.random() < 0.3:
            return self.pick(VERQ_EN)
        return self.pick(VERQ)

    def debt_parts(self):
        parts = [(self.pick(DEBT), "debt")]
        if self.en and self.rng.random() < 0.6:
            parts.append((self.pick(DEBT_EN_TAIL), "debt"))
        return parts

    def react_debt(self):
        if self.en and self.rng.random() < 0.3:
            return self.pick(REACT_DEBT_EN)
        return self.pick(REACT_DEBT[self.disp])

    # -- the call -------------------------------------------------------------
    def build(self):
        rng = self.rng
        plan = self.plan
        beats = []  # each: {"a": turn, "c": text-or-None}
        pre = None
        if self.opening == "cust_first":
            pre = self.cust(self.r(rng.choice(PICKUPS[self.region])), filler_p=0.0)
        base = 1 if pre is not None else 0

        rec = plan["rec"]
        ver = plan["ver"]
        mm = plan["mm"]
        mm_early = mm in ("full", "half1", "half2")
        inbound = self.opening == "inbound"

        # verification acts
        ver_acts = []
        if ver == "early":
            if inbound:
                ver_acts = rng.choice(
                    [
                        ["name", "dob"],
                        ["name"],
                        ["dob"],
                        ["ssn"],
                        ["name", "ssn"],
                        ["addr"],
                        ["name", "addr"],
                    ]
                )
            else:
                ver_acts = rng.choice(
                    [
                        ["verq"],
                        ["verq", "dob"],
                        ["verq", "ssn"],
                        ["verq", "addr"],
                        ["dob"],
                        ["ssn"],
                        ["soft", "dob"],
                        ["soft", "ssn"],
                        ["verq", "name"],
                    ]
                )
        elif ver == "after_mm":
            ver_acts = [rng.choice(["dob", "dob", "ssn", "addr", "name"])]
        elif ver == "late":
            ver_acts = [rng.choice(["dob", "ssn", "addr", "name"])]
        self.late_kind = ver_acts[0] if ver == "late" else None

        # ---- turn 0 (agent's first) ----
        t0 = []
        if inbound:
            t0.append((self.pick(GREET_IN), None))
        else:
            t0.append((self.pick(GREET_OUT), None))
        if rec == "first":
            t0.append((self.rec_sentence(), "rec"))
        verq_in_t0 = False
        if ver == "early" and ver_acts and ver_acts[0] in ("verq", "soft"):
            act = ver_acts.pop(0)
            if act == "verq":
                t0.append((self.verq_sentence(), "ver"))
            else:
                t0.append((self.pick(VERQ_SOFT), None))
            verq_in_t0 = True
        mm_done = False
        debt_done = False
        mmneg_done = False
        if ver == "after_mm" and rng.random() < 0.35:
            t0.append((self.mm_sentence(mm), "mm"))
            mm_done = True
            if rng.random() < 0.6:
                t0.extend(self.debt_parts())
                debt_done = True
        if mm == "negated" and ver in ("late", "missing") and rng.random() < 0.5:
            t0.append((self.pick(MM_NEG), None))
            mmneg_done = True
        if inbound:
            t0.append((self.pick(GREET_IN_Q), None))

        # customer reply to turn 0
        if rec == "late_time":
            head = (
                self.r(rng.choice(VERQ_ANS[:2])) + " "
                if verq_in_t0
                else (
                    "Hola, mire, me dejaron como diez mensajes. "
                    if inbound
                    else "¿Otra vez ustedes? "
                )
            )
            sents = RANT[:]
            rng.shuffle(sents)
            txt = head
            for s in sents:
                txt += self.r(s) + " "
                if len(txt) >= 500:
                    break
            c0 = txt.strip()
        else:
            if inbound:
                base_reply = self.pick(
                    INBOUND_REASON_EN if self.en and rng.random() < 0.4 else INBOUND_REASON
                )
                if ver in ("late", "missing", "after_mm") and rng.random() < 0.3:
                    base_reply += " Me llamo " + self.fmt["full"] + "."
            elif verq_in_t0:
                base_reply = self.pick(VERQ_ANS)
            elif mm_done:
                base_reply = self.pick(REACT_MM)
            elif mmneg_done:
                base_reply = "Ah, ok. ¿Y de qué se trata?"
            else:
                base_reply = self.pick(GREET_ONLY_REPLY)
            if debt_done:
                base_reply = self.react_debt()
            if rec == "negated":
                c0 = base_reply + " " + self.pick(CUST_ASK_REC)
            elif rec == "cust_records":
                c0 = base_reply + " " + self.pick(CUST_RECORDS)
            else:
                c0 = base_reply
            c0 = self.cust(c0, filler_p=0.2)
        beats.append({"a": self.agent_turn(t0, filler_p=0.05), "c": c0})

        # ---- remaining opening turns ----
        queue = []  # list of (parts, reply-kind)
        if ver == "early":
            for act in ver_acts:
                queue.append(([(self.verid_sentence(act), "ver")], ("ver", act)))
            if mm_early:
                if rng.random() < 0.5:
                    queue.append(([(self.mm_sentence(mm), "mm")] + self.debt_parts(), ("debt",)))
                else:
                    queue.append(([(self.mm_sentence(mm), "mm")], ("mm",)))
                    queue.append((self.debt_parts(), ("debt",)))
            else:
                pre_parts = [(self.pick(MM_NEG), None)] if mm == "negated" else []
                queue.append((pre_parts + self.debt_parts(), ("debt",)))
        elif ver == "after_mm":
            if not mm_done:
                if rng.random() < 0.6:
                    queue.append(
                        ([(self.mm_sentence(mm), "mm")] + self.debt_parts(), ("debt_soft",))
                    )
                    debt_done = True
                else:
                    queue.append(([(self.mm_sentence(mm), "mm")], ("mm",)))
                mm_done = True
            intro = self.r(
                rng.choice(
                    [
                        "Antes de seguir,",
                        "Antes de continuar,",
                        "Primero,",
                        "<Disculpe|Disculpa>, antes de <darle|darte> detalles,",
                        "",
                    ]
                )
            )
            ver_txt = self.verid_sentence(ver_acts[0])
            if intro:
                ver_txt = intro + " " + self._after(intro, ver_txt)
            queue.append(([(ver_txt, "ver")], ("ver", ver_acts[0])))
            if not debt_done:
                queue.append((self.debt_parts(), ("debt",)))
        else:  # late / missing verification: the debt is named straight away
            if mm_early:
                if rng.random() < 0.5:
                    queue.append(([(self.mm_sentence(mm), "mm")] + self.debt_parts(), ("debt",)))
                else:
                    queue.append((self.debt_parts(), ("debt_soft",)))
                    queue.append(([(self.mm_sentence(mm), "mm")], ("mm",)))
            else:
                pre_parts = []
                if mm == "negated" and not mmneg_done:
                    pre_parts = [(self.pick(MM_NEG), None)]
                if not debt_done:
                    queue.append((pre_parts + self.debt_parts(), ("debt",)))
                elif pre_parts:
                    queue.append((pre_parts, ("mm",)))

        # prefixes on the agent's second turn
        prefix = []
        if rec in ("second", "late_time"):
            lead = ""
            if rec == "late_time":
                leads = [
                    "Entiendo, y <disculpe|disculpa> la molestia.",
                    "<Le|Te> entiendo, y lamento las llamadas.",
                    "Comprendo <su|tu> molestia.",
                    "<Tiene razón, disculpe|Tienes razón, disculpa>.",
                ]
                if verq_in_t0:
                    leads.append("Entiendo, {voc}, y disculpe la molestia.")
                lead = self.r(rng.choice(leads))
            prefix = ([(lead, None)] if lead else []) + [(self.rec_sentence(), "rec")]
        elif rec == "negated":
            prefix = [(self.pick(NEG_REC), None)]
        elif rec == "cust_records":
            prefix = [(self.pick(CUST_RECORDS_ACK), None)]
        elif verq_in_t0 and rng.random() < 0.7:
            prefix = [(self.pick(ACKS), None)]
        if not queue:
            queue.append(([], ("debt",)))
        queue[0] = (prefix + queue[0][0], queue[0][1])

        prev_ver = False
        for parts, kind in queue:
            if prev_ver and rng.random() < 0.6:
                parts = [(self.pick(ACKS), None)] + parts
            prev_ver = kind[0] == "ver"
            if kind[0] == "ver":
                ans = self.pick(VER_ANS[kind[1]])
            elif kind[0] == "mm":
                ans = self.pick(REACT_MM)
            elif kind[0] == "debt_soft":
                ans = self.pick(["Ajá.", "Ok...", "¿Cuánto dice?", "Mmm.", "Ajá, sí."])
            else:
                ans = self.react_debt()
            beats.append({"a": self.agent_turn(parts), "c": self.cust(ans)})

        # ---- negotiation with inserted events ----
        events = []
        if rec == "late_turn":
            events.append(["rec_late", rng.randint(6, 12)])
        if ver == "late":
            events.append(["ver_late", rng.randint(8, 12)])
        if mm == "late":
            events.append(["mm_late", rng.randint(12, 16)])
        if plan["cb"] == "early_only":
            events.append(["cb_early", rng.randint(4, 6)])
        if plan["threat"]:
            events.append(["threat", rng.randint(6, 10)])
        # a customer's fear plus the agent's reassurance (a hard negative); not in
        # calls where the agent threatens, which would contradict the reassurance
        if not plan["threat"] and (
            rng.random() < 0.22 or (self.disp == "broke" and rng.random() < 0.3)
        ):
            events.append(["fear", rng.randint(6, 14)])
        if rng.random() < 0.25 and self.disp != "dispute":
            events.append(["legal", rng.randint(6, 16)])
        events.sort(key=lambda e: e[1])

        flow = self._flow()
        fi = 0
        guard = 0
        while (fi < len(flow) or events) and guard < 40:
            guard += 1
            idx = base + 2 * len(beats)
            if events and events[0][1] <= idx:
                ev = events.pop(0)[0]
                self._event(ev, beats)
                continue
            if fi < len(flow):
                item = flow[fi]
                fi += 1
            else:
                item = rng.choice(FILLER_BEATS)
            a_txt = self.r(item[0])
            if len(item) > 2 and self.en and rng.random() < 0.5:
                c_txt = self.r(item[2])
            else:
                c_txt = self.r(item[1])
            beats.append({"a": self.agent_turn([(a_txt, None)]), "c": self.cust(c_txt)})

        # ---- closing ----
        agreed = self.deal
        self._closing(beats, agreed)

        turns = []
        if pre is not None:
            turns.append({"speaker": "customer", "text": pre, "tags": set(), "spans": {}})
        for b in beats:
            turns.append(b["a"])
            if b["c"] is not None:
                turns.append({"speaker": "customer", "text": b["c"], "tags": set(), "spans": {}})
        return turns

    def _flow(self):
        rng = self.rng
        deal = self.deal
        if deal == "dispute":
            flow = [rng.choice(slot) for slot in DISPUTE_FLOW]
            if rng.random() < 0.3:
                del flow[2]
            return flow
        flow = [rng.choice(OPEN_Q[self.disp])]
        if self.disp in ("upset", "broke") and rng.random() < 0.6:
            flow.append(rng.choice(ASK_BUDGET))
        flow.append(rng.choice(OFFER[deal]))
        if deal != "none":
            if deal != "small" or rng.random() < 0.5:
                method = rng.choice(METHOD)
                flow.append(method[:2])
                tails = {
                    "card": [", con la tarjeta que termina en {card4}", " con <su|tu> tarjeta", ""],
                    "bank": [", con cargo a <su|tu> cuenta de banco", ""],
                    "cash": [", en efectivo con la referencia que <le|te> voy a dar", ""],
                }
                self.fmt["method_tail"] = self.r(rng.choice(tails[method[2]]))
            if deal in ("plan", "small") and rng.random() < 0.6:
                flow.append(rng.choice(PAYDATE))
        elif rng.random() < 0.5:
            flow.append(rng.choice(OFFER["none"]))
        return flow

    def _event(self, ev, beats):
        rng = self.rng
        if ev == "rec_late":
            if rng.random() < 0.5:
                beats[-1]["c"] = beats[-1]["c"] + " " + self.pick(CUST_ASK_REC)
                a = self.agent_turn([(self.pick(REC_LATE_ASKED), "rec")])
                c = self.cust(rng.choice(["Ah, bueno.", "Ok, está bien.", "Mmm, ok.", "Ya."]))
            else:
                a = self.agent_turn(
                    [
                        (self.pick(REC_LATE_SPONT), "rec"),
                        (
                            self.r(
                                rng.choice(["¿Seguimos?", "Entonces, como <le|te> decía...", ""])
                            ),
                            None,
                        ),
                    ]
                )
                c = self.cust(rng.choice(["Ok.", "Ajá.", "Está bien, siga.", "Bueno."]))
        elif ev == "ver_late":
            kind = self.late_kind or rng.choice(["dob", "ssn", "addr", "name"])
            intro = self.pick(VERID_LATE_INTRO)
            a = self.agent_turn(
                [(intro, None), (self._after(intro, self.verid_sentence(kind)), "ver")]
            )
            c = self.cust(self.pick(VER_ANS[kind]))
        elif ev == "mm_late":
            intro = self.pick(MM_LATE_INTRO)
            a = self.agent_turn(
                [(intro, None), (self._after(intro, self.mm_sentence("full")), "mm")]
            )
            c = self.cust(rng.choice(["Ajá, ok.", "Ok.", "Sí, ya sé.", "Ah, bueno.", "Mmm."]))
        elif ev == "cb_early":
            a = self.agent_turn([(self.pick(CB_EARLY), "cb")])
            c = self.cust(self.pick(CB_EARLY_REACT))
        elif ev == "threat":
            if self.en and rng.random() < 0.5:
                th = rng.choice(THREATS_EN)
            else:
                th = self.pick(THREATS)
            if self.disp != "coop" and rng.random() < 0.5:
                beats[-1]["c"] = beats[-1]["c"] + " " + self.r(rng.choice(THREAT_TRIGGER))
            lead = self.r(rng.choice(THREAT_LEAD))
            a = self.agent_turn([(lead, None), (self._after(lead, th), "threat")])
            c = self.cust(self.pick(THREAT_REACT))
        elif ev == "fear":
            options = [f for f in FEAR if not ("carro" in f[0] and "Auto" in self.fmt["creditor"])]
            q, ans = rng.choice(options)
            beats[-1]["c"] = beats[-1]["c"] + " " + self.r(q)
            a = self.agent_turn([(self.r(ans), None)])
            c = self.cust(
                rng.choice(
                    [
                        "Ah, bueno, qué alivio.",
                        "Ok, es que me asusté.",
                        "Está bien, gracias por explicarme.",
                        "Ok.",
                    ]
                )
            )
        elif ev == "legal":
            intro = self.pick(LEGAL_INTRO)
            a = self.agent_turn(
                [(intro, None), (self._after(intro, self.pick(LEGAL_NEUTRAL)), None)]
            )
            c = self.cust(self.pick(LEGAL_REACT))
        else:
            raise ValueError(ev)
        beats.append({"a": a, "c": c})

    def _closing(self, beats, agreed):
        rng = self.rng
        cb = self.plan["cb"]
        summary = self.pick(SUMMARY[agreed])
        hang = self.disp == "upset" and agreed == "none" and rng.random() < 0.5

        def cb_text():
            if self.en and rng.random() < 0.35:
                return self.pick(CB_END_EN)
            if agreed in ("plan", "settle", "small") and rng.random() < 0.3:
                return self.pick(CB_END_PAY)
            return self.pick(CB_END)

        if cb == "end":
            variant = rng.choice("ABCD")
            if variant == "A":
                beats.append(
                    {
                        "a": self.agent_turn([(summary, None)]),
                        "c": self.cust(self.pick(SUMMARY_ACK)),
                    }
                )
                beats.append(
                    {
                        "a": self.agent_turn([(cb_text(), "cb"), (self.pick(ASK_ANYTHING), None)]),
                        "c": self.cust(self.pick(ASK_ANYTHING_NO)),
                    }
                )
            elif variant == "B":
                beats.append(
                    {
                        "a": self.agent_turn([(summary, None)]),
                        "c": self.cust(self.pick(SUMMARY_ACK)),
                    }
                )
                beats.append(
                    {
                        "a": self.agent_turn([(self.pick(ASK_ANYTHING), None)]),
                        "c": self.cust(self.pick(ASK_NUMBER)),
                    }
                )
                beats.append(
                    {
                        "a": self.agent_turn([(cb_text(), "cb"), (self.pick(FAREWELL), None)]),
                        "c": self.cust(self.pick(BYE)) if rng.random() < 0.7 else None,
                    }
                )
                return
            elif variant == "C":
                beats.append(
                    {
                        "a": self.agent_turn([(summary, None), (cb_text(), "cb")]),
                        "c": self.cust(self.pick(SUMMARY_ACK)),
                    }
                )
            else:
                beats.append(
                    {
                        "a": self.agent_turn([(summary, None)]),
                        "c": self.cust(self.pick(SUMMARY_ACK)),
                    }
                )
                beats.append(
                    {
                        "a": self.agent_turn([(cb_text(), "cb"), (self.pick(FAREWELL), None)]),
                        "c": self.cust(self.pick(BYE if not hang else HANGUP)),
                    }
                )
                return
            if hang:
                beats.append(
                    {"a": self.agent_turn([(self.pick(FAREWELL), None)]), "c": self.pick(HANGUP)}
                )
            else:
                beats.append(
                    {
                        "a": self.agent_turn([(self.pick(FAREWELL), None)]),
                        "c": self.cust(self.pick(BYE)) if rng.random() < 0.7 else None,
                    }
                )
            return

        # negative callback endings
        beats.append(
            {"a": self.agent_turn([(summary, None)]), "c": self.cust(self.pick(SUMMARY_ACK))}
        )
        if cb == "email_only":
            beats.append(
                {
                    "a": self.agent_turn([(self.pick(CB_EMAIL), None)]),
                    "c": self.cust(rng.choice(["Ok, gracias.", "Está bien.", "Ajá."])),
                }
            )
        elif cb == "we_call":
            beats.append(
                {
                    "a": self.agent_turn([(self.pick(CB_WECALL), None)]),
                    "c": self.cust(
                        rng.choice(["Sí, está bien.", "Ok, en la tarde mejor.", "Ajá."])
                    ),
                }
            )
        elif cb == "cust_number":
            beats.append(
                {
                    "a": self.agent_turn([(self.pick(CB_CUSTNUM_Q), None)]),
                    "c": self.cust(self.pick(CB_CUSTNUM_A)),
                }
            )
            beats.append(
                {
                    "a": self.agent_turn(
                        [(self.pick(CB_CUSTNUM_ACK), None), (self.pick(ASK_ANYTHING), None)]
                    ),
                    "c": self.cust(self.pick(ASK_ANYTHING_NO)),
                }
            )
        elif rng.random() < 0.5:
            beats.append(
                {
                    "a": self.agent_turn([(self.pick(ASK_ANYTHING), None)]),
                    "c": self.cust(self.pick(ASK_ANYTHING_NO)),
                }
            )
        if hang:
            beats.append(
                {"a": self.agent_turn([(self.pick(FAREWELL), None)]), "c": self.pick(HANGUP)}
            )
        else:
            beats.append(
                {
                    "a": self.agent_turn([(self.pick(FAREWELL), None)]),
                    "c": self.cust(self.pick(BYE)) if rng.random() < 0.7 else None,
                }
            )


# ---------------------------------------------------------------------------
# Post-processing, timing and labels
# ---------------------------------------------------------------------------


def _split_some(rng, turns):
    """Occasionally split a middle turn into two by the same speaker."""
    if rng.random() >= 0.25:
        return turns
    n = len(turns)
    cands = [
        i
        for i in range(12, n - 9)
        if not turns[i]["tags"] and len(re.findall(r"[.?!]\s", turns[i]["text"])) >= 1
    ]
    if not cands:
        return turns
    i = rng.choice(cands)
    t = turns[i]
    m = list(re.finditer(r"[.?!]\s", t["text"]))
    cut = rng.choice(m).end()
    a = dict(t, text=t["text"][:cut].strip(), tags=set(), spans={})
    b = dict(t, text=t["text"][cut:].strip(), tags=set(), spans={})
    return turns[:i] + [a, b] + turns[i + 1 :]


def _timing(rng, turns):
    t = rng.uniform(0.2, 1.5)
    prev_spk = None
    for turn in turns:
        if prev_spk is not None:
            t += rng.uniform(0.3, 0.8) if turn["speaker"] == prev_spk else rng.uniform(0.3, 1.5)
        rate = rng.uniform(0.06, 0.08)
        dur = max(0.45, len(turn["text"]) * rate)
        turn["start_s"] = round(t, 2)
        t += dur
        turn["end_s"] = round(t, 2)
        prev_spk = turn["speaker"]


def _labels(turns):
    """Labels from where tagged phrases landed; None if a phrase sits near a boundary."""
    n = len(turns)
    ords = []
    k = 0
    for t in turns:
        if t["speaker"] == "agent":
            k += 1
        ords.append(k)
    total_agent = k

    def first(tag):
        for i, t in enumerate(turns):
            if t["speaker"] == "agent" and tag in t["tags"]:
                return i
        return None

    # recording disclosure
    rec_met = False
    rec_amb = False
    for i, t in enumerate(turns):
        if t["speaker"] != "agent" or "rec" not in t["tags"]:
            continue
        fs, fe = t["spans"]["rec"]
        d = t["end_s"] - t["start_s"]
        ps, pe = t["start_s"] + fs * d, t["start_s"] + fe * d
        if i <= 2:
            if pe <= 29.0:
                rec_met = True
            elif ps < 35.0:
                rec_amb = True
        elif i <= 5 or ords[i] <= 3:
            rec_amb = True
    if rec_amb and not rec_met:
        return None

    mm_i = first("mm")
    if mm_i is not None and 9 <= mm_i <= 11:
        return None
    mm_met = mm_i is not None and mm_i <= 8

    ver_i = first("ver")
    if ver_i is not None and 5 <= ver_i <= 7:
        return None
    ver_met = ver_i is not None and ver_i <= 4

    if not mm_met:
        vbd = "na"
    elif ver_met and ver_i == mm_i:
        return None
    elif ver_met and ver_i < mm_i:
        debt_i = first("debt")
        if debt_i is not None and debt_i < ver_i:
            return None
        vbd = "met"
    else:
        vbd = "not_met"

    threat = any(t["speaker"] == "agent" and "threat" in t["tags"] for t in turns)

    cb_idx = [i for i, t in enumerate(turns) if t["speaker"] == "agent" and "cb" in t["tags"]]
    cb_met = False
    if cb_idx:
        last = max(cb_idx)
        if last >= n - 4:
            cb_met = True
        elif last >= n - 7 or ords[last] > total_agent - 5:
            return None
    return {
        "recording_disclosure": "met" if rec_met else "not_met",
        "mini_miranda": "met" if mm_met else "not_met",
        "verification": "met" if ver_met else "not_met",
        "verification_before_debt": vbd,
        "no_threats": "not_met" if threat else "met",
        "callback_info": "met" if cb_met else "not_met",
    }


def _expected(plan):
    mm_met = plan["mm"] in ("full", "half1", "half2")
    ver_met = plan["ver"] in ("early", "after_mm")
    if not mm_met:
        vbd = "na"
    else:
        vbd = "met" if plan["ver"] == "early" else "not_met"
    return {
        "recording_disclosure": "met" if plan["rec"] in ("first", "second") else "not_met",
        "mini_miranda": "met" if mm_met else "not_met",
        "verification": "met" if ver_met else "not_met",
        "verification_before_debt": vbd,
        "no_threats": "not_met" if plan["threat"] else "met",
        "callback_info": "met" if plan["cb"] == "end" else "not_met",
    }


def _plan(rng):
    fails = set()
    if rng.random() < 0.52:
        k = 1 if rng.random() < 0.62 else 2
        pool = [
            "rec",
            "rec",
            "rec",
            "mm",
            "mm",
            "ver",
            "ver",
            "order",
            "threat",
            "threat",
            "cb",
            "cb",
        ]
        while len(fails) < k:
            f = rng.choice(pool)
            if f == "order" and ("mm" in fails or "ver" in fails):
                continue
            if f in ("mm", "ver") and "order" in fails:
                continue
            fails.add(f)
    plan = {}
    if "rec" in fails:
        plan["rec"] = rng.choices(
            ["late_turn", "late_time", "missing", "negated", "cust_records"],
            weights=[33, 25, 22, 12, 8],
        )[0]
    else:
        plan["rec"] = "first" if rng.random() < 0.7 else "second"
    if "mm" in fails:
        plan["mm"] = rng.choices(["missing", "late", "negated"], weights=[40, 45, 15])[0]
    else:
        plan["mm"] = rng.choices(["full", "half1", "half2"], weights=[80, 12, 8])[0]
    if "ver" in fails:
        plan["ver"] = "late" if rng.random() < 0.55 else "missing"
    elif "order" in fails:
        plan["ver"] = "after_mm"
    else:
        plan["ver"] = "early"
    plan["threat"] = "yes" if "threat" in fails else None
    if "cb" in fails:
        plan["cb"] = rng.choices(
            ["missing", "early_only", "we_call", "email_only", "cust_number"],
            weights=[35, 25, 15, 12, 13],
        )[0]
    else:
        plan["cb"] = "end"
    return plan


def _make_agents(rng):
    agents = []
    names = AGENT_FIRST[:]
    rng.shuffle(names)
    for i in range(12):
        first, _g = names[i]
        agents.append(
            {
                "id": "a-%d" % (i + 1),
                "first": first,
                "last": rng.choice(AGENT_LAST),
                "region": rng.choice(REGIONS),
                "agency": rng.choice(AGENCIES),
            }
        )
    return agents


def _language(rng, call):
    if rng.random() < 0.30:
        return None
    r = rng.random()
    if call.en and r < 0.5:
        return "es-US"
    if call.region == "MX" and r < 0.4:
        return "es-MX"
    if call.region == "US" and r < 0.4:
        return "es-US"
    return "es"


def calls(seed: int = 0, count: int = 200) -> list[tuple[dict, dict[str, str]]]:
    """Return ``count`` (interaction, labels) pairs, deterministic for ``seed``."""
    rng = random.Random(seed)
    agents = _make_agents(rng)
    out = []
    for n in range(count):
        plan = _plan(rng)
        want = _expected(plan)
        for _attempt in range(300):
            agent = rng.choice(agents)
            call = _Call(rng, plan, agent)
            turns = call.build()
            turns = _split_some(rng, turns)
            if call.asr:
                _asr_damage(rng, turns)
            _timing(rng, turns)
            labels = _labels(turns)
            if labels == want:
                break
        else:  # pragma: no cover - the retry budget is far above what is needed
            raise RuntimeError("could not realise plan %r" % (plan,))
        interaction = {
            "id": "es-cob-%04d" % (n + 1),
            "channel": "voice",
            "agent_id": agent["id"],
            "turns": [
                {
                    "speaker": t["speaker"],
                    "text": t["text"],
                    "start_s": t["start_s"],
                    "end_s": t["end_s"],
                }
                for t in turns
            ],
        }
        lang = _language(rng, call)
        if lang is not None:
            interaction["language"] = lang
        out.append((interaction, labels))
    return out
