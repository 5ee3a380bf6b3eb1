"""Second development split (dev2): synthetic Spanish debt-collection calls and chats.

Written by a helper session that saw neither the ``cobranza`` ruleset, the plugins, the
matching code, the tests nor the held-out calls; every phrasing here is its own. It is a
DEVELOPMENT split: ``--misses`` may list its disagreements, so do not treat it as held out.

``calls(seed, count)`` returns ``count`` pairs ``(interaction, labels)``, deterministic for
a seed (``random.Random(seed)``), standard library only. Calls are US Hispanic, Mexican
and Spain registers, ``usted`` and ``tú``; about 60% of the voice calls read like raw ASR
(lower case, fillers, numbers in words, b/v and accent slips), some are US code-switched,
and about 15% are typed chats (no times).

Each call is composed from a plan, and its labels are the plan's; the built call is then
re-read (where the tagged phrases landed, and at what second) and a call whose positions
would make a label debatable is rebuilt. Labels, as a careful compliance reviewer reads
them:

- recording_disclosure: ``met`` when the agent says THIS call/chat is (or may be)
  recorded or monitored early: in one of the first three turns and, for voice, within
  about the first 30 seconds. Near-misses labelled ``not_met``: said late (turn 7 or
  later and after 45 s), "grabación"/"grabado" about something else (a voicemail, an
  earlier call, a copy of an old agreement), a negated statement, or only the customer
  saying they record.
- mini_miranda: ``met`` when the agent says both that this is an attempt to collect a
  debt / a communication from a debt collector AND that information obtained will be
  used for that purpose. A partial notice (only "esto es un intento de cobrar una
  deuda", only "le llama un cobrador") is ``not_met``, as is no notice at all (also in
  short calls that end before the debt comes up).
- verification: ``met`` when, at the start of the conversation and before the debt is
  discussed or negotiated, the agent confirms the customer's full name AND at least one
  more identifier (date of birth, last four of the SSN, address, ZIP code, DNI digits,
  e-mail). Name only, an identifier the customer refuses to give (the agent going on
  anyway), none, or verification only after the negotiation are ``not_met``.
- verification_before_debt: ``na`` when the agent discloses nothing about the debt in the
  whole call (the customer puts the call off first). Otherwise ``met`` when verification
  is complete before the agent's first disclosure (an amount, a creditor, an overdue
  account, or a mini-Miranda notice, full or partial, which itself tells the listener
  there is a debt); ``not_met`` when something is disclosed first (e.g. the amount said in
  the greeting, then the date of birth asked).
- no_threats: ``not_met`` when the agent threatens or insults (arrest, jail, police, a
  garnishment or seizure "tomorrow", telling the employer or family, ruining credit
  forever, a criminal complaint, name-calling), however politely worded. Lawful
  consequences stated as fact (the account is reported to the credit bureaus, interest
  keeps accruing, a broken plan loses its discount) and the agent denying a customer's
  fear ("nadie va a la cárcel por esto") are ``met``.
- callback_info: ``met`` when the agent gives a number the customer can call back on
  (often with hours, extension or a name), at any point. ``not_met``: "llámenos cuando
  guste" with no number, "nosotros le marcamos", a website only, the customer dictating
  their own number, or the agent reading the customer's number back.
"""

from __future__ import annotations

import random
import re

LABELS = (
    "recording_disclosure",
    "mini_miranda",
    "verification",
    "verification_before_debt",
    "no_threats",
    "callback_info",
)

# ----------------------------------------------------------------- numbers in words
_SMALL = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta"}
_TENS.update({8: "ochenta", 9: "noventa"})
_HUNDREDS = (
    "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos"
).split()


def words(n: int) -> str:
    """Spanish cardinal for 0 <= n < 1,000,000 ("uno", not "un")."""
    if n < 30:
        return _SMALL[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _TENS[t] + (" y " + _SMALL[u] if u else "")
    if n < 1000:
        if n == 100:
            return "cien"
        h, r = divmod(n, 100)
        return _HUNDREDS[h] + (" " + words(r) if r else "")
    k, r = divmod(n, 1000)
    head = "mil" if k == 1 else _apocope(words(k)) + " mil"
    return head + (" " + words(r) if r else "")


def _apocope(s: str) -> str:
    """ "veintiuno" -> "veintiún", "treinta y uno" -> "treinta y un" (before a noun)."""
    if s.endswith("veintiuno"):
        return s[:-3] + "ún"
    if s.endswith("uno"):
        return s[:-1]
    return s


def _digits_spoken(d: str) -> str:
    return " ".join(_SMALL[int(c)] for c in d)


# ----------------------------------------------------------------- people and places
AGENTS = {
    "us": ["Jessica", "Brian", "Yadira", "Kevin", "Stephanie", "Eduardo", "Vanessa", "Cristian"],
    "mx": ["Itzel", "Ulises", "Fernanda", "Rodrigo", "Guadalupe", "Iván", "Montserrat", "Saúl"],
    "es": ["Lucía", "Álvaro", "Nerea", "Sergio", "Marta", "Javier", "Irene", "Rubén"],
}
CUST_F = {
    "us": ["Maritza", "Ana Gabriela", "Yesenia", "Norma", "Karina", "Blanca Estela", "Wendy"],
    "mx": ["Rosa María", "Alejandra", "Leticia", "Verónica", "Dulce", "Martha Patricia"],
    "es": ["Pilar", "Montserrat", "Inmaculada", "Begoña", "Rocío", "Encarna"],
}
CUST_M = {
    "us": ["Juan Carlos", "Nelson", "Rigoberto", "Elvis", "Francisco", "Osvaldo", "Tony"],
    "mx": ["Jesús", "Arturo", "José Manuel", "Gerardo", "Rubén Darío", "Adrián"],
    "es": ["Paco", "Íñigo", "Jordi", "Manuel", "Agustín", "Borja"],
}
SURNAMES = {
    "us": ["Pineda", "Benítez", "Zelaya", "Acosta", "Villalobos", "Cruz", "Maldonado", "Peña"],
    "mx": ["Olvera", "Bautista", "Zavala", "Guzmán", "Cervantes", "Ibarra", "Salinas", "Trejo"],
    "es": ["Fernández", "Navarro", "Gil", "Serrano", "Domínguez", "Iglesias", "Vidal", "Prieto"],
}
COMPANIES = {
    "us": ["Crestline Partners", "Alcance Financiero", "Bayside Account Services", "Grupo Solano"],
    "mx": ["Grupo Orizaba Servicios", "Soluciones Sierra Azul", "Consultores Tehuacán"],
    "es": ["Consultoría Almena", "Gestiona Levante", "Servicios Ribera Norte"],
}
CREDITORS = {
    "us": ["Banco Altamar", "Tarjeta Plata Plus", "Hospital San Lucas", "AutoFinanciera Cardenal"],
    "mx": ["Mueblería Don Chema", "Préstamos Luna", "Telefonía Brisa", "Tiendas El Faro"],
    "es": ["Energía Sureste", "Financiera Tajo", "Telefonía Brisa", "Banco Almendro"],
}
MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MONTHS = MONTHS.split()
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"]
STREETS = {
    "us": ["Cypress Avenue", "calle Olmo", "West Jefferson", "Palm Drive", "calle Roble"],
    "mx": ["calle Morelos", "avenida Juárez", "calle Aldama", "privada Los Sauces"],
    "es": ["calle Mayor", "avenida de la Constitución", "calle del Carmen", "plaza San Roque"],
}
CUST_AREA = ["213", "305", "956", "718", "602", "915"]
AGENCY_AREA = ["800", "888", "877", "866", "855"]

# ----------------------------------------------------------------- openings
HELLO = {
    "us": ["¿Hello?", "Hello, ¿quién habla?", "¿Sí, diga?", "Hello, ¿sí?"],
    "mx": ["¿Bueno?", "¿Bueno, sí?", "Bueno, ¿quién habla?", "¿Mande?"],
    "es": ["¿Sí? ¿Dígame?", "¿Diga?", "¿Sí?", "Dígame."],
}
GREET_OUT = {
    "u": [
        "Buenas tardes, le habla {ag}, de {co}.",
        "Hola, buen día. Mi nombre es {ag} y le llamo de {co}.",
        "Qué tal, buenas tardes, soy {ag} y me comunico de la oficina de {co}.",
        "Buenos días, ¿cómo está? Le saluda {ag}, de parte de {co}.",
    ],
    "us": ["Sí, buenas, habla {ag} con {co}.", "Hi, buenas tardes, mi nombre es {ag}, de {co}."],
    "mx": ["Buenas tardes, ¿cómo le va? Habla {ag}, de {co}."],
    "es": [
        "Buenos días, le llamo de {co}, mi nombre es {ag}.",
        "Hola, buenas tardes, soy {ag}, de {co}.",
    ],
    "t": [
        "Hola, ¿qué tal? Soy {ag}, de {co}.",
        "Hola, buenas, te habla {ag} de {co}.",
        "Hola, ¿cómo estás? Te marco de {co}, habla {ag}.",
    ],
}
GREET_IN = [
    "Gracias por comunicarse a {co}, le atiende {ag}.",
    "{co}, buenas tardes, mi nombre es {ag}, ¿en qué le puedo servir?",
    "Muchas gracias por llamar a {co}. Habla {ag}, ¿cómo le ayudo?",
]
GREET_CHAT = {
    "u": [
        "Buenas tardes, le saluda {ag} del equipo de {co}.",
        "Hola, gracias por escribir a {co}. Mi nombre es {ag}.",
    ],
    "t": [
        "¡Hola! Soy {ag}, de {co}, gracias por escribirnos.",
        "Hola, bienvenido al chat de {co}, te atiende {ag}.",
    ],
}
IN_REASON = [
    "Hola, sí, me dejaron un recado en el teléfono para que llamara a este número.",
    "Buenas, es que me llegó una carta de ustedes y quiero saber de qué se trata.",
    "Sí, mire, me marcaron ayer de aquí y no alcancé a contestar.",
]
IN_REASON_HINT = [  # the customer names the creditor: the agent still has to verify first
    "Hola, creo que me llamaron por lo de mi tarjeta de {cr}, ¿verdad?",
    "Buenas, llamo por la cuenta de {cr}, me dijeron que hay algo pendiente.",
]
CHAT_HELLO = [
    "hola, me llego un mensaje de texto de ustedes",
    "Buenas tardes, recibí una carta y quiero información",
    "hola buenas, me dijeron q escribiera por aqui",
    "Hola. ¿Me pueden decir por qué me están buscando?",
]
SOFT_REASON = {  # said before verification; reveals nothing about a debt
    "u": [
        "Le llamo por un asunto personal.",
        "Es sobre un asunto administrativo, nada grave.",
        "Le busco por un tema personal, solo le quito unos minutos.",
    ],
    "t": ["Te llamo por un asunto personal."],
}

# ----------------------------------------------------------------- recording
REC = {
    "u": [
        "Esta llamada está siendo grabada para fines de calidad y capacitación.",
        "Le comento que la conversación se está grabando.",
        "Le aviso que esta llamada puede ser grabada o monitoreada.",
        "Para su protección y la nuestra, esta llamada se graba.",
        "Esta conversación queda grabada y la puede escuchar un supervisor.",
        "Le notifico que estamos grabando esta llamada.",
        "Esta llamada puede ser monitoreada por nuestro departamento de calidad.",
        "Antes de seguir, le hago saber que esta llamada queda registrada en una grabación.",
        "Esta llamada es grabada por su seguridad.",
        "Todo lo que hablemos en esta llamada queda grabado.",
    ],
    "es": [
        "Le informo de que esta llamada está siendo grabada.",
        "Le advierto que la llamada se graba por motivos de calidad.",
        "Le comunico que esta conversación se está grabando, ¿vale?",
    ],
    "t": [
        "Te cuento que esta llamada se está grabando.",
        "Ojo, te aviso que la llamada queda grabada.",
        "Nomás para que sepas, esta llamada se graba y la pueden monitorear.",
    ],
    "en": ["This call may be monitored or recorded.", "Le aviso que this call is being recorded."],
    "chat_t": [
        "Te informamos que esta conversación queda grabada y puede ser monitoreada.",
        "Ojo: este chat se graba y lo puede revisar un supervisor.",
    ],
    "chat": [
        "Esta conversación queda grabada y puede ser monitoreada para fines de calidad.",
        "Le informamos que este chat se graba y puede ser revisado por un supervisor.",
        "Aviso: esta conversación por chat queda grabada y puede ser monitoreada.",
    ],
}
REC_ASK = [  # inbound: the customer asks at once, the agent confirms in turn 3
    (
        "Oiga, antes que nada, ¿esta llamada la están grabando?",
        "Sí, efectivamente, esta llamada se está grabando, es parte del procedimiento.",
    ),
    ("Una pregunta, ¿me están grabando?", "Así es, esta llamada se graba para control de calidad."),
]
REC_LATE = {
    "u": [
        "Ah, se me olvidó comentarle al principio: esta llamada está siendo grabada.",
        "Disculpe, le debí avisar desde el inicio que la llamada se graba.",
        "Por cierto, la llamada está siendo monitoreada, nada más para que lo sepa.",
        "Una cosa que no le dije: esta conversación queda grabada.",
    ],
    "t": [
        "Ah, se me pasó decirte al principio: esta llamada se está grabando.",
        "Por cierto, esta llamada la están monitoreando, nomás para que lo sepas.",
    ],
}
REC_LATE_ASK = {
    "u": [
        (
            "Oiga, ¿y esto lo están grabando o qué?",
            "Sí, la llamada se graba, le debí decir al inicio.",
        ),
        (
            "¿Me están grabando?",
            "Sí, esta conversación se está grabando, disculpe que no lo mencioné.",
        ),
    ],
    "t": [
        ("Oye, ¿y esto lo están grabando?", "Sí, la llamada se graba; te lo debí decir al inicio.")
    ],
}
REC_NEAR_OPEN = {  # "grabado" in the greeting, about a voicemail: not a disclosure
    "u": [
        "Le marco porque el martes le dejamos un mensaje grabado en su buzón.",
        "Le llamo por el mensaje grabado que le dejamos ayer.",
    ],
    "t": ["Te marco porque el martes te dejamos un mensaje grabado en tu buzón."],
}
REC_NEAR_MID = {
    "u": [
        "En la grabación de la llamada anterior consta que usted se comprometió a pagar el día quince.",
        "Si gusta, le podemos mandar copia de la grabación del acuerdo que hizo el mes pasado.",
        "Hoy el sistema de grabaciones anda fallando, así que voy tomando nota a mano.",
        "El mensaje grabado que le llegó era automático, por eso no decía mi nombre.",
    ],
    "t": [
        "En la grabación de la llamada pasada quedó que te comprometiste a pagar el quince.",
        "Si quieres, te mandamos copia de la grabación del acuerdo del mes pasado.",
        "Hoy el sistema de grabaciones anda fallando, así que voy tomando nota a mano.",
        "El mensaje grabado que te llegó era automático, por eso no decía mi nombre.",
    ],
}
REC_NEG = {
    "u": [
        "Esta llamada no se está grabando, es solo un recordatorio.",
        "No se preocupe, esta conversación no queda grabada.",
    ],
    "t": ["Esta llamada no se graba, eh, es solo un recordatorio."],
}
CUST_REC = [
    (
        "Antes de que siga, le aviso que yo estoy grabando esta llamada desde mi teléfono.",
        "Está bien, no hay problema.",
    ),
    ("Oiga, voy a grabar esto, ¿eh?, para tener pruebas.", "Claro, usted está en su derecho."),
]

# ----------------------------------------------------------------- mini-Miranda
MM_FULL = {
    "u": [
        "Le informo que esta es una comunicación de un cobrador de deudas, que esto es un intento de cobrar una deuda y que cualquier información que se obtenga será utilizada para ese fin.",
        "Por disposición legal le comunico que somos una agencia de cobros, que esta llamada tiene como objetivo cobrar una deuda y que toda información que obtengamos se usará con ese objetivo.",
        "Antes de continuar debo avisarle: este es un intento de cobro de una deuda, y la información que usted nos proporcione se utilizará únicamente para ese propósito.",
        "Es mi obligación informarle que le llama un cobrador de deudas; estamos intentando cobrar una deuda y los datos que obtengamos se van a usar para eso.",
        "Mire, le comento que esto es un intento de cobrar un adeudo y la información que recabemos se utilizará con ese propósito.",
        "Como empresa de cobranza estamos obligados a decirle que esta comunicación busca cobrar una deuda, y que cualquier información recabada será usada para ese efecto.",
        "Esto es un intento para cobrar una deuda; cualquier información que obtengamos la vamos a usar para ese propósito.",
        "Le comunico que somos cobradores de deudas y estamos tratando de cobrar una deuda; toda información obtenida será utilizada para ese propósito.",
        "Un aviso que le tengo que dar por ley: la llamada es de un cobrador de deudas, con el fin de cobrar una deuda, y cualquier dato que nos dé se empleará con ese fin.",
    ],
    "es": [
        "Debo comunicarle que esta llamada la realiza una empresa de recobro con el objeto de cobrar una deuda, y que la información que nos facilite se utilizará para dicha finalidad.",
        "Le informo de que se trata de un intento de cobro de una deuda y de que los datos que nos proporcione se usarán exclusivamente con ese fin.",
    ],
    "t": [
        "Oye, por ley te tengo que decir que esto es un intento de cobrar una deuda y que cualquier información que me des se va a usar para ese fin.",
        "Te aviso que esta es una llamada de un cobrador de deudas: estamos intentando cobrar una deuda y la información que obtengamos la usaremos para eso.",
        "Algo que te debo decir: esto es un intento de cobro de una deuda y lo que me compartas se utiliza con ese propósito.",
    ],
    "en": [
        "Le tengo que leer esto: this is a communication from a debt collector, this is an attempt to collect a debt, and any information obtained will be used for that purpose.",
        "This is an attempt to collect a debt and any information obtained will be used for that purpose, ¿okay?",
    ],
    "chat_t": [
        "Te informamos que este mensaje es de un cobrador de deudas: es un intento de cobrar una deuda y cualquier información que obtengamos se usará para ese propósito.",
    ],
    "chat": [
        "Le informamos que este mensaje proviene de un cobrador de deudas, es un intento de cobrar una deuda y cualquier información obtenida será usada para ese propósito.",
        "Aviso legal: esta es una comunicación de un cobrador de deudas para cobrar una deuda; la información que nos proporcione se usará con ese fin.",
    ],
}
MM_PART = {  # a debt-collection notice without "information used for that purpose"
    "u": [
        "Le informo que este es un intento de cobrar una deuda.",
        "Le llama un cobrador de deudas, ¿de acuerdo?",
        "Por ley debo decirle que esta llamada es un intento de cobro de una deuda.",
        "Esta es una comunicación de un cobrador de deudas.",
        "Somos una agencia de cobranza y le llamo por una deuda.",
        "Le recuerdo que esta comunicación es con fines de cobranza.",
    ],
    "es": ["Le comunico que le llamamos de una empresa de recobro de deudas."],
    "t": [
        "Te llamo de una agencia de cobros, es por una deuda que tienes.",
        "Te cuento que esto es un intento de cobrar una deuda, ¿va?",
    ],
    "en": ["This is an attempt to collect a debt, ¿okay?"],
    "chat": ["Le recordamos que esta es una comunicación de un cobrador de deudas."],
    "chat_t": ["Te recordamos que esta es una comunicación de un cobrador de deudas."],
}

# ----------------------------------------------------------------- verification
# (text, asks the customer to SAY the full name)
VNAME = {
    "u": [
        ("¿Hablo con {sr} {full}?", False),
        ("¿Me podría comunicar con {sr} {full}, por favor?", False),
        ("Busco {a_sr} {full}, ¿es usted?", False),
        ("¿Se encuentra {sr} {full}?", False),
        ("¿Me confirma su nombre completo, por favor?", True),
        ("¿Con quién tengo el gusto? Necesito su nombre completo.", True),
    ],
    "es": [("¿Es usted {don} {full}?", False), ("¿Hablo con {don} {full}?", False)],
    "t": [
        ("¿Hablo con {full}?", False),
        ("¿Tú eres {full}?", False),
        ("¿Me dices tu nombre completo?", True),
    ],
    "chat": [
        ("Para empezar, ¿me indica su nombre completo?", True),
        ("Para atenderle, ¿me escribe su nombre completo, por favor?", True),
    ],
    "chat_t": [("¿Me compartes tu nombre completo, por favor?", True)],
}
VNAME_YES = [
    "Sí, soy yo.",
    "Sí, {el} habla.",
    "Mande, sí soy yo.",
    "Sí, con {el2} habla.",
    "Sí, yo soy, dígame.",
]
VNAME_YES_ES = ["Sí, soy yo, dígame.", "Sí, {el} mismo{a}.", "Soy yo, sí."]
VNAME_SAY = ["{full}.", "Sí, {full}.", "Me llamo {full}.", "Soy {full}."]
VID = {
    "dob": {
        "u": [
            "Para proteger su privacidad, ¿me confirma su fecha de nacimiento?",
            "Necesito validar un dato: ¿en qué fecha nació usted?",
            "¿Me regala su fecha de nacimiento, por favor?",
        ],
        "t": [
            "¿Me das tu fecha de nacimiento, porfa?",
            "Para verificar, ¿cuál es tu fecha de nacimiento?",
        ],
    },
    "ssn": {
        "u": [
            "¿Me dice los últimos cuatro números de su seguro social?",
            "Por seguridad, ¿cuáles son los cuatro últimos dígitos de su social?",
        ],
        "t": ["¿Me pasas los últimos cuatro de tu seguro social?"],
    },
    "addr": {
        "u": [
            "¿Me confirma la dirección de su domicilio?",
            "¿Cuál es su dirección actual, por favor?",
        ],
        "t": ["¿Me confirmas tu dirección?"],
    },
    "zip": {
        "u": ["¿Y su código postal?", "¿Me confirma el zip code de su domicilio?"],
        "t": ["¿Y tu código postal?"],
    },
    "dni": {
        "u": [
            "¿Me indica las cuatro últimas cifras de su DNI?",
            "Para comprobar su identidad, ¿me dice los últimos dígitos de su DNI?",
        ],
        "t": ["¿Me dices las últimas cuatro cifras de tu DNI?"],
    },
    "email": {
        "u": ["¿Me confirma el correo electrónico que tiene registrado con nosotros?"],
        "t": ["¿Me confirmas tu correo electrónico?"],
    },
}
VID_KINDS = {"us": ["dob", "ssn", "addr", "zip", "email"], "mx": ["dob", "addr", "zip", "email"]}
VID_KINDS["es"] = ["dob", "dni", "addr", "email"]
VOK = {
    "u": [
        "Gracias, todo coincide.",
        "Perfecto, ya quedó verificado.",
        "Muy bien, gracias por confirmar.",
    ],
    "es": ["Vale, gracias, ya está comprobado.", "Perfecto, todo correcto."],
    "t": ["Perfecto, gracias.", "Listo, ya te verifiqué."],
}
VID_REFUSE = [
    "No, yo esos datos no los doy por teléfono.",
    "¿Y para qué quiere eso? No, no le voy a dar nada.",
    "Mire, no sé quién es usted, no le voy a dar mis datos.",
]
REFUSE_GO_ON = {
    "u": [
        "Bueno, no pasa nada, le explico de todos modos.",
        "Está bien, entonces nada más le comento rápido.",
    ],
    "t": ["Bueno, no pasa nada, te explico de todos modos."],
}
REFUSE_STOP = {
    "u": [
        "Entiendo. Sin ese dato no le puedo dar información de la cuenta, por su privacidad.",
        "Está en su derecho. Sin verificar su identidad no puedo hablarle de ningún asunto, es por su protección.",
    ],
    "t": ["Entiendo. Sin ese dato no te puedo dar información de la cuenta, es por tu privacidad."],
}
LATE_VER = {
    "u": [
        "Antes de dejar esto registrado, necesito verificar su identidad: ¿me confirma su nombre completo y su fecha de nacimiento?",
        "Ah, para poder procesarlo me falta validar sus datos. ¿Su nombre completo y su fecha de nacimiento?",
    ],
    "t": [
        "Antes de registrarlo necesito verificar tu identidad: ¿me confirmas tu nombre completo y tu fecha de nacimiento?"
    ],
}
VER_INTRO = {
    "u": ["Con gusto le ayudo. Primero necesito verificar su identidad."],
    "t": ["Con gusto te ayudo. Primero necesito verificar tu identidad."],
}

# ----------------------------------------------------------------- the debt
DEBT = {
    "u": [
        "El motivo de la llamada es el saldo de {amt} de su tarjeta de {cr}, que está vencido desde {mes}.",
        "Tenemos asignada su cuenta de {cr} con terminación {acct}, con un adeudo de {amt}.",
        "Le marco por el préstamo que tiene con {cr}; el balance atrasado es de {amt}.",
        "Su cuenta con {cr} tiene {k} pagos sin cubrir, que suman {amt}.",
        "Le llamo de parte de {cr} por un saldo de {amt} que quedó pendiente.",
        "Es referente a una factura de {cr} por {amt} que aparece sin pagar.",
        "¿Usted está enterado de que tiene un saldo de {amt} con {cr}?",
    ],
    "es": [
        "Le llamamos en relación con una deuda de {amt} con {cr}, por unos recibos impagados.",
        "Le contacto por el importe pendiente de {amt} con {cr}.",
    ],
    "t": [
        "Te llamo por lo de tu cuenta de {cr}, que tiene {amt} pendientes.",
        "Es por el saldo de {amt} que quedó en tu cuenta de {cr}.",
    ],
    "cs": [
        "Le llamo por su account con {cr}, que tiene un balance past due de {amt}.",
        "Es sobre el balance de {amt} de su tarjeta de {cr}, que está en collections.",
    ],
    "chat_t": [
        "Veo un saldo vencido de {amt} en tu cuenta de {cr}.",
        "Tu cuenta de {cr} tiene un adeudo de {amt}, con {k} meses de atraso.",
    ],
    "chat": [
        "Veo en el sistema un saldo vencido de {amt} en la cuenta de {cr}.",
        "Su cuenta con {cr} presenta un adeudo de {amt}, con {k} meses de atraso.",
    ],
}
REACT = {
    "pay": [
        "Ah, sí, ya sé cuál es. Quiero arreglar eso.",
        "Sí, sé que debo eso. ¿Cuánto sería para liquidarlo?",
        "Mire, justo quería pagar eso ya, nomás no sabía a dónde.",
    ],
    "plan": [
        "Sí, pero es que {broke}.",
        "Ya sé, pero me quedé sin trabajo y no puedo pagar todo junto.",
        "Es que estuve {enferma} y se me juntaron las cuentas.",
    ],
    "promise": [
        "Sí, el viernes me pagan y ahí le abono algo.",
        "Ok, déjeme ver, creo que a fin de mes puedo pagar.",
    ],
    "dispute": [
        "¿Cómo? Yo ya pagué eso hace meses.",
        "Yo nunca tuve una cuenta con {cr}, eso no es mío.",
        "Esa cantidad no está bien, yo debía mucho menos.",
    ],
}
REACT_CS = [
    "Yeah, I know, pero ahorita no tengo todo el money.",
    "Okay, pero I already paid algo el mes pasado.",
    "Sí, sí, pero necesito un payment plan, porque no me alcanza.",
]
BROKE = {
    "us": "no me alcanza con el cheque",
    "mx": "ahorita ando {corta} de lana",
    "es": "este mes voy muy just{a} de dinero",
}
FILL_C = {
    "us": ["Okay, ", "Eh, ", "Mire, ", "So, ", "Pues "],
    "mx": ["Este, ", "Pues ", "Híjole, ", "Órale, ", "Ay, "],
    "es": ["Vale, ", "Pues ", "Hombre, ", "Mire, ", "Bueno, "],
}

# ----------------------------------------------------------------- the middle
PAY = {
    "u": [
        (
            "Si liquida el total antes del {date}, le puedo aplicar un descuento del {pct} por ciento.",
            "Ah, pues eso me conviene. Sí, lo pago.",
        ),
        (
            "El saldo para liquidar hoy sería de {amt}. ¿Lo quiere cubrir completo?",
            "Sí, prefiero quitármelo de encima.",
        ),
    ],
    "t": [
        (
            "Si liquidas el total antes del {date}, te puedo aplicar un descuento del {pct} por ciento.",
            "Ah, pues eso me conviene. Sí, lo pago.",
        ),
        (
            "Para liquidar hoy serían {amt}. ¿Lo quieres cubrir completo?",
            "Sí, prefiero quitármelo de encima.",
        ),
    ],
}
PLAN = {
    "u": [
        ("¿Cuánto podría pagar usted al mes, siendo realistas?", "Pues unos {x}, no más."),
        ("Le puedo ofrecer dividirlo en {k} pagos de {x}.", "Ok, eso sí lo puedo hacer."),
        (
            "Tenemos un programa para personas con dificultades, con pagos de {x} al mes.",
            "Ah, ok, eso me ayuda.",
        ),
    ],
    "t": [
        ("¿Cuánto podrías pagar al mes, siendo realistas?", "Pues unos {x}, no más."),
        ("Te puedo ofrecer dividirlo en {k} pagos de {x}.", "Ok, eso sí lo puedo hacer."),
        (
            "Tenemos un programa para gente con dificultades, con pagos de {x} al mes.",
            "Ah, ok, eso me ayuda.",
        ),
    ],
}
PROMISE = {
    "u": [
        ("¿Qué día podría hacer el pago y de cuánto sería?", "El {date}, de {x}."),
        ("¿Me puede dar una fecha aproximada para el pago?", "Para el {date} ya tengo el dinero."),
    ],
    "t": [
        ("¿Qué día podrías hacer el pago y de cuánto?", "El {date}, de {x}."),
        ("¿Me das una fecha aproximada para el pago?", "Para el {date} ya tengo el dinero."),
    ],
}
DISPUTE = {
    "u": [
        (
            "Entiendo. Está en su derecho de disputarla; voy a registrar la disputa y le llegará por escrito la verificación de la deuda con los datos del acreedor.",
            "Sí, por favor, mándenmelo.",
        ),
        (
            "Mientras se revisa la disputa, no le vamos a pedir pagos sobre esta cuenta.",
            "Ok, está bien.",
        ),
    ],
    "t": [
        (
            "Entiendo. Estás en tu derecho de disputarla; registro la disputa y te llega por escrito la verificación de la deuda con los datos del acreedor.",
            "Sí, porfa, mándenmelo.",
        ),
        ("Mientras se revisa, no te vamos a pedir pagos de esta cuenta.", "Ok, está bien."),
    ],
}
PADS = {
    "u": [
        ("Permítame un momento, estoy revisando el sistema.", "Sí, lo espero."),
        ("¿Me escucha bien? Se cortó un poquito.", "Sí, ya le escucho."),
        ("Deme un segundito, que el sistema está lento hoy.", "Ajá, no hay problema."),
        ("¿Sigue en la línea?", "Sí, aquí estoy."),
    ],
    "t": [
        ("Dame un momento, estoy revisando el sistema.", "Sí, va."),
        ("¿Me escuchas bien? Se cortó tantito.", "Sí, ya te escucho."),
        ("¿Sigues ahí?", "Sí, aquí estoy."),
    ],
    "cs": [
        ("Déjeme chequear su account un momentito.", "Ok, sure."),
        ("So, ¿prefiere que le mande el plan por text?", "Sí, por text, please."),
    ],
}
PADS_CHAT = {
    "u": [
        ("Permítame un momento, reviso su cuenta.", "ok"),
        ("¿Sigue conectado?", "si aqui estoy"),
    ],
    "t": [("Dame un momento, reviso tu cuenta.", "ok"), ("¿Sigues por aquí?", "si, aqui sigo")],
}

THREAT = [
    "Pues si no me da un pago hoy, mañana mismo le embargamos el sueldo.",
    "Con todo respeto, si no paga le voy a tener que avisar a su patrón de que usted no cumple.",
    "Usted puede terminar en la cárcel por esto, ¿eh?, no es juego.",
    "Vamos a mandar a alguien a su casa a recoger sus cosas.",
    "Mire, es usted un sinvergüenza, ya deje de poner excusas.",
    "Si sigue así voy a hablar con su familia para que se enteren de cómo es usted.",
    "La policía puede pasar por usted si no arregla esto esta semana.",
    "O paga hoy o le quitamos el carro, así de simple.",
    "No lo estoy amenazando, pero ya tenemos lista la orden de arresto, nomás falta firmarla.",
    "Le vamos a arruinar el crédito para siempre, nunca más le van a prestar ni un peso.",
    "Si no paga vamos a poner una denuncia penal contra usted.",
    "Yo sé dónde trabaja, y no le conviene que su supervisor se entere de esto.",
    "Usted es un mentiroso, siempre dice lo mismo y nunca paga.",
]
THREAT_ES = [
    "O paga hoy o el viernes le retenemos la nómina, usted verá.",
    "No sea caradura, que la deuda es suya y lo sabe.",
]
THREAT_T = [
    "Si no pagas hoy, te vamos a embargar todo, eh.",
    "Mira, si no pagas le voy a marcar a tu mamá para que sepa.",
    "Eres un irresponsable, ya deja de dar excusas.",
    "Te puedes ir a la cárcel por esto, ¿eh?",
    "Voy a llamar a tu trabajo para que tu jefe sepa que no pagas.",
]
THREAT_REACT = [
    "¿Me está amenazando? No me hable así.",
    "Oiga, usted no me puede decir eso.",
    "¿Qué? Eso no es legal, ¿verdad?",
    "Ay, no, por favor, no haga eso.",
]
LAWFUL_T = [
    (
        "Nada más para que lo sepas: mientras la cuenta siga vencida, así aparece en tu reporte de crédito.",
        "Sí, ya me imaginaba.",
    ),
    (
        "Si el acuerdo no se cumple, se pierde el descuento y vuelve el saldo total.",
        "Sí, entendido.",
    ),
    (
        "Ojo: si alguien te llama diciendo que es de la policía y te pide pagar con tarjetas de regalo, es un fraude; no pagues y repórtalo.",
        "Ah, qué bueno que me dices.",
    ),
]
LAWFUL = [
    (
        "Le comento, como información, que mientras la cuenta siga vencida aparece así en su reporte de crédito.",
        "Sí, ya me imaginaba.",
    ),
    (
        "El acreedor reporta el estado de la cuenta a las agencias de crédito cada mes; cuando usted pague, el reporte se actualiza como saldado.",
        "Ok, entiendo.",
    ),
    (
        "Si el acuerdo no se cumple, se pierde el descuento y el saldo vuelve a ser el total.",
        "Sí, entendido.",
    ),
    (
        "Los intereses siguen corriendo según su contrato mientras haya saldo pendiente.",
        "Ya, por eso quiero arreglarlo.",
    ),
    (
        "Si no llegamos a un arreglo, la cuenta se regresa a {cr} y ellos deciden los siguientes pasos; yo no le puedo decir qué harán.",
        "Ok.",
    ),
    (
        "Un consejo: si alguien le llama diciendo que es de la policía y le pide pagar esta cuenta con tarjetas de regalo, no pague, es un fraude y lo puede reportar.",
        "Ah, qué bueno que me dice.",
    ),
    (
        "Nosotros no hacemos visitas a domicilio ni llamamos a familiares, eso no está permitido.",
        "Ah, qué bueno.",
    ),
]
LAWFUL_ES = [
    (
        "Le informo de que, si la deuda sigue impagada, el acreedor puede incluirla en un fichero de morosos, conforme a la normativa.",
        "Ya, vale.",
    )
]
FEAR_T = [
    (
        "¿Me pueden meter a la cárcel por esto?",
        "No, para nada. Nadie va a la cárcel por una deuda así; lo que buscamos es un arreglo contigo.",
    ),
    (
        "¿Le van a avisar a mi familia?",
        "No, tu información es confidencial; solo la platico contigo.",
    ),
    ("¿Me van a embargar?", "No, nosotros no embargamos nada; solo te llamo para ver opciones."),
]
FEAR = [
    (
        "¿Me van a meter a la cárcel por esto?",
        "No, para nada. Por una deuda así nadie va a la cárcel; lo que queremos es llegar a un arreglo con usted.",
    ),
    (
        "¿Le van a decir a mi esposo?",
        "No, su información es confidencial, solo la hablamos con usted.",
    ),
    (
        "¿Me van a embargar el sueldo?",
        "Nosotros no embargamos nada; yo solo le llamo para ver opciones de pago.",
    ),
    ("¿Van a llamar a mi trabajo?", "No, no vamos a contactar a su empleador por este asunto."),
    (
        "¿Me pueden quitar la casa por esto?",
        "No, no se preocupe, eso no va a pasar por esta cuenta.",
    ),
]

# ----------------------------------------------------------------- closing
SUMMARY = {
    "pay": [
        "Entonces queda registrado su pago de {amt} para el {date}.",
        "Listo, ya quedó programado el pago total para el {date}.",
    ],
    "plan": [
        "Le queda el plan de {k} pagos de {x}, el primero el {date}.",
        "Perfecto, le dejo el arreglo de {x} mensuales, empezando el {date}.",
    ],
    "promise": [
        "Le dejo anotado que el {date} hace un pago de {x}.",
        "Queda registrada su promesa de pago para el {date}.",
    ],
    "dispute": [
        "Queda levantada su disputa; le llegará la información por correo en los próximos días."
    ],
    "defer": [
        "Perfecto, entonces lo dejamos para más tarde.",
        "Claro que sí, no hay ningún problema.",
    ],
}
SUMMARY_T = {
    "pay": ["Entonces te queda registrado el pago de {amt} para el {date}."],
    "plan": ["Te queda el plan de {k} pagos de {x}, el primero el {date}."],
    "promise": ["Te dejo anotado que el {date} pagas {x}."],
    "dispute": ["Ya quedó tu disputa; te llega la información por correo."],
    "defer": ["Va, sin problema, lo vemos después."],
}
SUM_ACK = ["Ok, perfecto.", "Está bien, gracias.", "Sí, así quedamos.", "Ajá, ok."]
CB = {
    "u": [
        "Si necesita algo, puede llamarnos al {phone}, {hours}.",
        "Mi extensión es la {ext}, y el número es el {phone}; atendemos {hours}.",
        "Para cualquier duda, marque al {phone} y pregunte por {ag}.",
        "Le dejo nuestro número: {phone}. Atendemos {hours}.",
        "Apunte, por favor: {phone}, extensión {ext}.",
        "Nuestro número gratuito es el {phone}; estamos disponibles {hours}.",
        "Si quiere regresar la llamada, el número directo es {phone}.",
        "Le dejo el número para que lo apunte: {phone}, y pregunta por mí, {ag}.",
    ],
    "es": [
        "Puede llamarnos al {phone}, {hours}.",
        "Si le surge cualquier duda, nuestro teléfono es el {phone}, {hours}.",
    ],
    "t": [
        "Si te surge algo, me marcas al {phone}, ¿va? Preguntas por {ag}.",
        "Cualquier cosa, llámanos al {phone}, {hours}.",
    ],
    "cs": [
        "Puede llamar para atrás al {phone}, {hours}.",
        "Si tiene preguntas, call us al {phone}.",
    ],
    "chat": [
        "Si prefiere llamar, nuestro teléfono es {phone}, {hours}.",
        "También puede comunicarse al {phone}, {hours}.",
    ],
    "chat_t": ["Si prefieres llamar, nuestro teléfono es {phone}, {hours}."],
}
CB_MID_C = [
    "Déjeme consultarlo con mi esposo y yo les llamo.",
    "¿Y si tengo una duda después, a dónde llamo?",
    "¿Me da un número por si necesito llamarles?",
]
CB_MID_C_CHAT = ["¿Tienen un teléfono al que pueda llamar?", "y si tengo dudas a donde llamo?"]
CB_MID_ACK = ["Ok, ya lo anoté.", "Ajá, lo tengo.", "Ok, gracias."]
CB_VAGUE = {
    "u": [
        "Cualquier duda, nos puede llamar con toda confianza.",
        "Si tiene alguna pregunta, regrésenos la llamada.",
        "Nosotros le volvemos a marcar el {date} para confirmar.",
        "Cualquier cosa, aquí estamos para servirle.",
    ],
    "t": [
        "Cualquier duda, nos marcas con confianza.",
        "Nosotros te volvemos a marcar el {date}.",
        "Si tienes una pregunta, regrésanos la llamada.",
    ],
}
CB_WEB = {
    "u": [
        "También puede revisar su cuenta en nuestro portal, {web}.",
        "Todo el detalle lo encuentra en {web}.",
    ],
    "t": ["También puedes ver tu cuenta en nuestro portal, {web}."],
}
CB_CUST = [
    ("Y mejor llámeme a este otro número, el {cphone}.", "Perfecto, ya lo anoté en su cuenta."),
    ("Le doy mi celular para que me marquen ahí: {cphone}.", "Muy bien, lo registro."),
]
CB_READBACK = {
    "u": [
        ("Le confirmo su número de contacto: {cphone}, ¿es correcto?", "Sí, ese es."),
        ("¿Seguimos teniendo su teléfono como el {cphone}?", "Sí, ese mismo."),
    ],
    "t": [("Te confirmo tu número de contacto: {cphone}, ¿es correcto?", "Sí, ese es.")],
}
BYE = {
    "u": [
        "Que tenga buen día.",
        "Gracias por su tiempo, hasta luego.",
        "Cuídese mucho, que esté bien.",
    ],
    "es": ["Muchas gracias, que tenga buena tarde.", "Gracias, hasta luego."],
    "t": ["Cuídate, que estés bien.", "Gracias, bye."],
}
BYE_C = ["Gracias, igualmente.", "Ok, bye.", "Adiós.", "Hasta luego."]
DEFER_C = [
    "Mire, ahorita estoy en el trabajo, ¿me puede llamar más tarde?",
    "Ahorita voy manejando, no puedo hablar.",
    "Estoy con mis hijos en el doctor, ¿puede ser otro día?",
]
DEFER_A = {
    "u": ["Claro, ¿a qué hora le queda mejor?", "Por supuesto. ¿Cuándo le puedo llamar?"],
    "t": ["Claro, ¿a qué hora te queda mejor?"],
}
DEFER_IN = [
    "Ay, perdón, me tengo que ir, ¿puedo llamar después?",
    "Mejor lo vemos otro día, ahorita no tengo tiempo.",
]
DEFER_CHAT = ["perdon tengo q irme, escribo despues", "Mejor otro día, ahorita no puedo seguir."]
DEFER_WHEN = ["Después de las seis.", "Mañana en la mañana.", "El sábado, mejor."]

# ASR: homophone and colloquial slips a recogniser makes on Spanish speech
MISHEARS = [
    ("grabada", "gravada"),
    ("grabando", "gravando"),
    ("grabación", "gravación"),
    ("monitoreada", "monitoriada"),
    ("verificar", "berificar"),
    ("para", "pa"),
    ("usted", "usté"),
    ("cobrar", "cobra"),
    ("está", "esta"),
    ("vez", "ves"),
    ("haber", "a ver"),
    ("okay", "ok"),
]
FILLERS = ["eh", "este", "o sea", "mm", "pues", "bueno"]
_NUMBER_WORDS = set(_SMALL) | set(_TENS.values()) | set(_HUNDREDS) | {"y", "mil", "cien", "un"}
_ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")


# ----------------------------------------------------------------- helpers
def _amount(rng, region, spoken):
    if region == "mx" and rng.random() < 0.5:
        d, cents, cur, sub = rng.randint(30, 600) * 100, 0, "pesos", "centavos"
    else:
        d, cents = rng.randint(180, 9800), rng.choice([0, 0, rng.randint(1, 99)])
        cur, sub = ("euros", "céntimos") if region == "es" else ("dólares", "centavos")
    if spoken:
        s = _apocope(words(d)) + " " + cur
        return s + (" con " + _apocope(words(cents)) + " " + sub if cents else ""), cur
    if cur == "euros":
        s = f"{d:,}".replace(",", ".")
        return s + ("," + f"{cents:02d}" if cents else "") + " €", cur
    s = f"${d:,}" + (f".{cents:02d}" if cents else "")
    return s + (" pesos" if cur == "pesos" else ""), cur


def _phone(rng, region, spoken, agency=True):
    if region == "es" and agency:
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        return f"novecientos, {words(a)}, {words(b)}" if spoken else f"900 {a} {b}"
    area = rng.choice(AGENCY_AREA if agency else CUST_AREA)
    line = "01%02d" % rng.randint(0, 99)
    if not spoken:
        return rng.choice([f"1-{area}-555-{line}", f"({area}) 555-{line}", f"{area} 555 {line}"])
    head = "ochocientos" if area == "800" and rng.random() < 0.5 else _digits_spoken(area)
    tail = _digits_spoken(line)
    if line[2] != "0" and rng.random() < 0.5:
        tail = "cero uno, " + words(int(line[2:]))
    return rng.choice(["uno, ", ""]) + head + ", cinco cinco cinco, " + tail


def _hours(rng, region, spoken, chat):
    if chat:
        return rng.choice(["de lunes a viernes de 8am a 8pm", "L-V de 9:00 a 18:00"])
    if region == "es":
        return rng.choice(
            [
                "de nueve a dos y de cuatro a siete",
                "de lunes a viernes, de nueve de la mañana a seis de la tarde",
            ]
        )
    if spoken:
        return rng.choice(
            [
                "de lunes a viernes, de ocho de la mañana a ocho de la noche",
                "de lunes a sábado, de nueve a cinco",
                "entre semana hasta las siete de la tarde",
            ]
        )
    return rng.choice(
        ["de lunes a viernes de 8 a 8", "de lunes a sábado de 9 a 5", "entre semana hasta las 7 pm"]
    )


def _cust_phone(rng, region, spoken):
    if region != "es":
        return _phone(rng, region, spoken, agency=False)
    groups = [
        600 + rng.randint(10, 99),
        rng.randint(10, 99),
        rng.randint(10, 99),
        rng.randint(10, 99),
    ]
    return (", " if spoken else " ").join(words(g) if spoken else str(g) for g in groups)


def _strip_accents(s):
    return s.translate(_ACCENTS)


def _asr(text, rng, strip, punct, speaker):
    t = text.lower().replace("¿", "").replace("¡", "")
    if not punct:
        t = re.sub(r"[.,;:!?]", "", t)
    out = []
    rate = 0.05 if speaker == "customer" else 0.03
    ws = t.split()
    for k, w in enumerate(ws):
        out.append(w)
        # no filler at the end of a turn, nor inside a number read out
        number = w.strip(",.") in _NUMBER_WORDS or ws[min(k + 1, len(ws) - 1)] in _NUMBER_WORDS
        if k < len(ws) - 1 and not number and rng.random() < rate:
            out.append(rng.choice(FILLERS))
    t = " ".join(out)
    for a, b in MISHEARS:
        if rng.random() < 0.35:
            t = re.sub(r"\b%s\b" % a, b, t)
    return _strip_accents(t) if strip else t


def _chat_typo(text, rng):
    t = text
    if rng.random() < 0.5:
        t = t.lower()
    if rng.random() < 0.5:
        t = _strip_accents(t).replace("¿", "")
    if rng.random() < 0.4:
        t = re.sub(r"\bque\b", "q", t)
    if rng.random() < 0.3:
        t = re.sub(r"\bpor favor\b", "porfa", t)
    return t.rstrip(".")


# ----------------------------------------------------------------- one call
class _Call:
    def __init__(self):
        self.turns = []  # [speaker, [(text, tag)]]

    def say(self, speaker, *parts):
        parts = [p if isinstance(p, tuple) else (p, None) for p in parts if p]
        if self.turns and self.turns[-1][0] == speaker:
            self.turns[-1][1].extend(parts)
        else:
            self.turns.append([speaker, list(parts)])

    def n(self):
        return len(self.turns)


def _build(rng: random.Random, number: int):
    region = rng.choices(["us", "mx", "es"], [0.5, 0.3, 0.2])[0]
    chat = rng.random() < 0.15
    inbound = not chat and rng.random() < 0.2
    asr = not chat and rng.random() < 0.6
    spoken = asr or (not chat and rng.random() < 0.3)
    tu = rng.random() < (0.45 if chat else 0.3 if region == "mx" else 0.2)
    cs = region == "us" and not chat and rng.random() < 0.3
    female = rng.random() < 0.5
    first = rng.choice((CUST_F if female else CUST_M)[region])
    s1 = rng.choice(SURNAMES[region])
    last = (
        s1
        if region == "us" and rng.random() < 0.5
        else s1 + " " + rng.choice([s for s in SURNAMES[region] if s != s1])
    )

    def num(n):
        return words(n) if spoken else str(n)

    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    year = rng.randint(1952, 2002)
    if spoken:
        yr = (
            "mil novecientos " + words(year - 1900)
            if year < 2000
            else "dos mil" + (" " + words(year - 2000) if year > 2000 else "")
        )
        dob = rng.choice(
            [
                f"el {words(day)} de {month} de {yr}",
                f"{words(day)} de {month} del {words(year % 100) if year < 2000 else yr}",
            ]
        )
    else:
        dob = rng.choice(
            [f"el {day} de {month} de {year}", f"{day}/{MONTHS.index(month) + 1:02d}/{year}"]
        )
    four = "%04d" % rng.randint(0, 9999)
    zipc = "%05d" % rng.randint(10000, 99999)
    street = rng.choice(STREETS[region])
    house = rng.randint(3, 9800) if region != "es" else rng.randint(2, 140)
    answers = {
        "dob": dob,
        "ssn": _digits_spoken(four) if spoken else four,
        "addr": (f"{num(house)} {street}" if region == "us" else f"{street} {num(house)}"),
        "zip": _digits_spoken(zipc) if spoken else zipc,
        "dni": _digits_spoken(four) if spoken else four,
        "email": (
            f"{first.split()[0].lower()} punto {s1.lower()} arroba gmail punto com"
            if spoken
            else f"{first.split()[0].lower()}.{s1.lower()}@gmail.com"
        ),
    }
    amt, cur = _amount(rng, region, spoken)
    x_amt = rng.choice([40, 50, 60, 75, 80, 100, 125, 150, 200, 250])
    if cur == "pesos":
        x_amt *= 20
    ctx = {
        "ag": rng.choice(AGENTS[region]),
        "co": rng.choice(COMPANIES[region]),
        "cr": rng.choice(CREDITORS[region]),
        "amt": amt,
        "acct": _digits_spoken(four[::-1]) if spoken else four[::-1],
        "mes": rng.choice(MONTHS),
        "k": num(rng.choice([3, 4, 6, 8, 10, 12])),
        "x": (words(x_amt) + " " + cur)
        if spoken
        else (
            f"{x_amt} €" if cur == "euros" else f"${x_amt:,}" + (" pesos" if cur == "pesos" else "")
        ),
        "pct": num(rng.choice([10, 15, 20, 25, 30, 40])),
        "date": rng.choice(
            [
                f"{rng.choice(WEEKDAYS)} {num(rng.randint(1, 28))}",
                f"{num(rng.randint(1, 28))} de {rng.choice(MONTHS)}",
                f"próximo {rng.choice(WEEKDAYS)}",
            ]
        ),
        "phone": _phone(rng, region, spoken),
        "cphone": _cust_phone(rng, region, spoken),
        "ext": num(rng.randint(100, 480)),
        "hours": _hours(rng, region, spoken, chat),
        "web": rng.choice(["pagafacil", "micuentaenlinea", "portalpagos"])
        + (" punto com" if spoken else ".com"),
        "first": first,
        "full": first + " " + last,
        "sr": "la señora" if female else "el señor",
        "a_sr": "a la señora" if female else "al señor",
        "don": "doña" if female else "don",
        "el": "ella" if female else "él",
        "el2": "ella" if female else "él",
        "lo": "la" if female else "lo",
        "a": "a" if female else "o",
        "enferma": "enferma" if female else "enfermo",
        "corta": "corta" if female else "corto",
    }
    ctx["broke"] = BROKE[region].format(**ctx)

    def fmt(s):
        return s.format(**ctx)

    def pick(table, extra=()):
        """Pick from a register table: chat, tú, Spain, code-switch, usted."""
        pool = []
        if chat and tu and "chat_t" in table:
            pool = list(table["chat_t"])
        elif chat and "chat" in table:
            pool = list(table["chat"])
        elif tu and "t" in table:
            pool = list(table["t"])
        else:
            pool = list(table.get("u", []))
            if region in table and region != "u":
                pool += list(table[region]) * 2
            if cs:
                for key in extra:
                    pool += list(table.get(key, []))
        return fmt(rng.choice(pool))

    def pair(table):
        """An (agent, customer) or (customer, agent) pair in the call's register."""
        pool = (
            table["t"] if tu and "t" in table else table["u"] + (table.get("cs", []) if cs else [])
        )
        a, b = rng.choice(pool)
        return fmt(a), fmt(b)

    # ------------------------------------------------------------- plan
    path = rng.choices(
        ["pay", "plan", "promise", "dispute", "defer"], [0.24, 0.28, 0.18, 0.14, 0.16]
    )[0]
    rec = rng.choices(
        ["early", "late", "none", "near", "negated", "cust"], [0.58, 0.11, 0.08, 0.13, 0.04, 0.06]
    )[0]
    if chat and rec in ("late", "negated", "cust"):
        rec = rng.choice(["early", "none", "near"])
    if path == "defer" and rec == "late":
        rec = "none"
    mm = (
        "none"
        if path == "defer"
        else rng.choices(["full", "partial", "none"], [0.64, 0.2, 0.16])[0]
    )
    ver = rng.choices(
        ["full", "name_only", "refused", "late", "none"], [0.64, 0.12, 0.07, 0.08, 0.09]
    )[0]
    if path == "defer" and ver == "late":
        ver = "full"
    blurt = None
    if ver == "full" and path != "defer" and rng.random() < 0.25:
        blurt = rng.choice(["debt", "mm"]) if mm != "none" else "debt"
    threat = (
        "none"
        if path == "defer"
        else rng.choices(["threat", "lawful", "fear", "none"], [0.18, 0.22, 0.2, 0.4])[0]
    )
    cb = rng.choices(
        ["end", "mid", "cust", "readback", "vague", "web"], [0.54, 0.1, 0.1, 0.07, 0.13, 0.06]
    )[0]
    if path == "defer" and cb == "mid":
        cb = "end"

    expected = {
        "recording_disclosure": "met" if rec == "early" else "not_met",
        "mini_miranda": "met" if mm == "full" else "not_met",
        "verification": "met" if ver == "full" else "not_met",
        "verification_before_debt": (
            "na" if path == "defer" else "met" if ver == "full" and not blurt else "not_met"
        ),
        "no_threats": "not_met" if threat == "threat" else "met",
        "callback_info": "met" if cb in ("end", "mid") else "not_met",
    }

    call = _Call()
    A = lambda *p: call.say("agent", *p)  # noqa: E731
    C = lambda *p: call.say("customer", *p)  # noqa: E731

    def cust(text):
        if rng.random() < 0.25 and not chat:
            f = rng.choice(FILL_C[region])
            text = f + text[0].lower() + text[1:]
        C(fmt(text))

    def mm_part():
        if mm == "full":
            return (pick(MM_FULL, ("en",)), "mm")
        return (pick(MM_PART, ("en",)), "mm")

    def debt_part():
        return (pick(DEBT, ("cs",)), "debt")

    def vok():
        return pick(VOK)

    id_kinds = rng.sample(VID_KINDS[region], 2)

    def ask_name(inline_parts=()):
        table = VNAME
        if chat:
            pool = table["chat_t" if tu else "chat"]
        else:
            pool = table["t"] if tu else table["u"] + table.get(region, []) * 2
        if inbound:  # they called us: ask for the name rather than for a person
            pool = [q for q in pool if q[1]] or [q for q in table["u"] if q[1]]
        q, say_it = rng.choice(pool)
        A(*inline_parts, fmt(q))
        if say_it:
            C((fmt(rng.choice(VNAME_SAY)), "vname"))
        else:
            pool = VNAME_YES_ES if region == "es" else VNAME_YES
            C((fmt(rng.choice(pool)), "vname"))

    def ask_id(kind, refuse=False):
        A(fmt(rng.choice(VID[kind]["t" if tu else "u"])))
        if refuse:
            C(rng.choice(VID_REFUSE))
            return
        ans = answers[kind]
        ans = ans[0].upper() + ans[1:] + "."
        if rng.random() < 0.3 and not chat:
            ans = rng.choice(["Sí, es ", "Ajá, ", "Mm, "]) + ans[0].lower() + ans[1:]
        C((ans, "vid"))

    # ------------------------------------------------------------- opening
    opening = []
    if chat:
        C(rng.choice(CHAT_HELLO))
        opening.append(pick(GREET_CHAT))
    elif inbound:
        opening.append(fmt(rng.choice(GREET_IN)))
    else:
        C(rng.choice(HELLO[region]))
        opening.append(pick(GREET_OUT))
    rec_ask = rec == "early" and inbound and rng.random() < 0.4
    if rec == "early" and not rec_ask:
        opening.append((pick(REC, ("en",)), "rec"))
    elif rec == "negated":
        opening.append(pick(REC_NEG))
    rec_near_done = rec == "near" and not inbound and not chat and rng.random() < 0.5
    if rec_near_done:
        opening.append(pick(REC_NEAR_OPEN))

    if blurt == "debt" and not inbound and not chat and rng.random() < 0.5:
        opening.append(debt_part())
        blurt_done = True
    else:
        blurt_done = False
    if blurt == "mm" and not inbound and not chat:
        opening.append(mm_part())
        blurt_done = True

    name_inline = (
        not inbound
        and not chat
        and rec != "cust"
        and ver in ("full", "name_only", "refused")
        and not blurt_done
        and rng.random() < 0.6
    )
    if name_inline:
        ask_name(opening)
        name_done = True
    else:
        if (
            ver in ("full", "name_only", "refused")
            and not (inbound or chat or blurt_done)
            and rng.random() < 0.5
        ):
            opening.append(pick(SOFT_REASON))
        A(*opening)
        name_done = False
        if rec_ask:
            c, a = rng.choice(REC_ASK)
            C(c)
            A((a, "rec"))
        if rec == "cust":
            c, a = rng.choice(CUST_REC)
            C(c)
            A(a)
        if inbound:
            cust(rng.choice(IN_REASON_HINT if rng.random() < 0.35 else IN_REASON))
        elif chat:
            C(rng.choice(["ok", "Ok, gracias", "bueno", "Sí, dígame"]))
        elif blurt_done:
            C(rng.choice(["¿Qué? ¿Quién habla?", "Ajá...", "¿Cómo dice?", "Ok, ¿y?"]))
        else:
            C(rng.choice(["Sí, dígame.", "Ajá, ¿de qué se trata?", "¿Sí? ¿Para qué es?", "Mjm."]))

    # ------------------------------------------------------------- verification
    if blurt and not blurt_done:
        # inbound/chat: the agent confirms the account before verifying
        if blurt == "mm":
            A(mm_part())
        else:
            A(debt_part())
        C(rng.choice(["Ajá.", "Ok...", "Sí, ya sé.", "Mjm."]))
    if ver in ("full", "name_only", "refused"):
        if not name_done:
            if inbound and rng.random() < 0.5:
                A(pick(VER_INTRO))
                C(rng.choice(["Sí, claro.", "Ok."]))
            ask_name()
        if ver == "full":
            ask_id(id_kinds[0])
            if rng.random() < 0.3:
                ask_id(id_kinds[1])
        elif ver == "refused":
            ask_id(id_kinds[0], refuse=True)
    # the customer's answer that completes the verification
    if ver == "full":
        last_vid = max(i for i, t in enumerate(call.turns) if any(tag == "vid" for _, tag in t[1]))
        call.turns[last_vid][1][-1] = (call.turns[last_vid][1][-1][0], "vdone")

    # ------------------------------------------------------------- defer: nothing disclosed
    if path == "defer":
        if ver == "refused":
            A(pick(REFUSE_STOP))
            C(rng.choice(["Pues entonces llámeme otro día.", "Bueno, luego veo."]))
        else:
            if ver == "full":
                A(vok())
            if inbound or chat:
                C(rng.choice(DEFER_CHAT if chat else DEFER_IN))
            else:
                cust(rng.choice(DEFER_C))
                A(pick(DEFER_A))
                C(rng.choice(DEFER_WHEN))
        if rec == "near" and not rec_near_done:
            # only the remarks that say nothing about an account
            A(
                rng.choice(["Va. ", "Perfecto. ", "Claro. "])
                + rng.choice(REC_NEAR_MID["t" if tu else "u"][2:])
            )
            C("Ok.")
        _closing(call, rng, fmt, pick, path, cb, tu, A, C, cust)
        return _finish(call, rng, number, region, chat, inbound, asr, expected, ver)

    # ------------------------------------------------------------- disclosure
    parts = []
    if ver == "full" and not blurt:
        parts.append(vok())
    elif ver == "refused":
        parts.append(pick(REFUSE_GO_ON))
    if mm != "none" and blurt != "mm":
        parts.append(mm_part())
        if rng.random() < 0.5:
            A(*parts)
            C(rng.choice(["Ajá.", "Ok.", "Mjm, ¿y de qué es?", "Sí, está bien.", "Ya, dígame."]))
            parts = []
    parts.append(debt_part())
    A(*parts)
    cust(rng.choice(REACT_CS) if cs and rng.random() < 0.5 else rng.choice(REACT[path]))

    # ------------------------------------------------------------- middle
    middle = []  # segments: lists of (speaker, parts)
    if path == "plan":
        steps = rng.sample(PLAN["t" if tu else "u"], 2)
    elif path == "dispute":
        steps = DISPUTE["t" if tu else "u"]
    else:
        steps = [rng.choice((PAY if path == "pay" else PROMISE)["t" if tu else "u"])]
    for a, c in steps:
        middle.append([("agent", [a]), ("customer", [c])])
    if rng.random() < 0.5:
        a, c = pair(PADS_CHAT if chat else PADS)
        middle.insert(rng.randint(0, len(middle)), [("agent", [a]), ("customer", [c])])

    threat_seg = None
    if threat == "threat":
        pool = THREAT_T if tu else THREAT + (THREAT_ES if region == "es" else []) * 2
        seg = []
        if path in ("plan", "promise") and rng.random() < 0.7:
            nudge = [
                "¿Entonces qué me dice?",
                "¿Ni siquiera una parte?",
                "¿Y no tiene a alguien que le preste?",
            ]
            if tu:
                nudge = ["¿Entonces qué me dices?", "¿Ni siquiera una parte?"]
            seg.append(("agent", [rng.choice(nudge)]))
            seg.append(
                (
                    "customer",
                    [
                        rng.choice(
                            [
                                "Es que de verdad no tengo.",
                                "No puedo pagar nada ahorita.",
                                "Ya le dije que no tengo dinero.",
                            ]
                        )
                    ],
                )
            )
        seg += [("agent", [(rng.choice(pool), "threat")]), ("customer", [rng.choice(THREAT_REACT)])]
        threat_seg = seg
    elif threat == "lawful":
        a, c = rng.choice(LAWFUL_T if tu else LAWFUL + (LAWFUL_ES * 2 if region == "es" else []))
        threat_seg = [("agent", [a]), ("customer", [c])]
    elif threat == "fear":
        c, a = rng.choice(FEAR_T if tu else FEAR)
        threat_seg = [("customer", [c]), ("agent", [a])]
    if threat_seg:
        middle.insert(rng.randint(1, len(middle)), threat_seg)
    if rec == "near" and not rec_near_done:
        middle.insert(
            rng.randint(0, len(middle)),
            [
                ("agent", [pick(REC_NEAR_MID)]),
                ("customer", [rng.choice(["Ah, ok.", "Mjm.", "Ya."])]),
            ],
        )
    if rec == "late":
        if rng.random() < 0.4:
            c, a = pair(REC_LATE_ASK)
            seg = [("customer", [c]), ("agent", [(a, "rec")])]
        else:
            seg = [
                ("agent", [(pick(REC_LATE), "rec")]),
                ("customer", [rng.choice(["Ah, ok.", "Está bien.", "Mjm."])]),
            ]
        middle.insert(len(middle) - 1 if len(middle) > 1 else len(middle), seg)
    if cb == "mid":
        seg = []
        if rng.random() < 0.6:
            seg.append(("customer", [rng.choice(CB_MID_C_CHAT if chat else CB_MID_C)]))
        seg += [("agent", [(pick(CB, ("cs",)), "cb")]), ("customer", [rng.choice(CB_MID_ACK)])]
        middle.insert(rng.randint(0, max(0, len(middle) - 1)), seg)
    if ver == "late":
        middle.append(
            [
                ("agent", [pick(LATE_VER)]),
                ("customer", [(fmt("{full}, ") + answers["dob"] + ".", "vdone")]),
            ]
        )
        middle.append([("agent", [vok()]), ("customer", [rng.choice(["Ok.", "Ajá."])])])
    for seg in middle:
        for speaker, prts in seg:
            if speaker == "agent":
                A(*[(fmt(p[0]), p[1]) if isinstance(p, tuple) else fmt(p) for p in prts])
            else:
                p = prts[0]
                if isinstance(p, tuple):
                    C((fmt(p[0]), p[1]))
                else:
                    cust(p)
    _closing(call, rng, fmt, pick, path, cb, tu, A, C, cust)
    return _finish(call, rng, number, region, chat, inbound, asr, expected, ver)


def _closing(call, rng, fmt, pick, path, cb, tu, A, C, cust):
    summary = fmt(rng.choice((SUMMARY_T if tu else SUMMARY)[path]))
    bye = pick(BYE)
    if cb == "end":
        cbt = (pick(CB, ("cs",)), "cb")
        v = rng.randrange(3)
        if v == 0:
            A(summary)
            C(rng.choice(SUM_ACK))
            A(cbt, bye)
            if rng.random() < 0.7:
                C(rng.choice(BYE_C))
        elif v == 1:
            A(summary, cbt)
            C(rng.choice(["Ok, ya lo anoté.", "Ok, gracias.", "Ajá, lo apunto."]))
            A(bye)
            C(rng.choice(BYE_C))
        else:
            A(cbt)
            C(rng.choice(["Ok, ya lo apunté.", "Ajá.", "Ok."]))
            A(summary, bye)
    else:
        A(summary)
        C(rng.choice(SUM_ACK))
        if cb == "vague":
            A(pick(CB_VAGUE), bye)
        elif cb == "web":
            A(pick(CB_WEB), bye)
        elif cb == "cust":
            c, a = rng.choice(CB_CUST)
            C(fmt(c))
            A(a, bye)
        elif cb == "readback":
            a, c = rng.choice(CB_READBACK["t" if tu else "u"])
            A(fmt(a))
            C(c)
            A(bye)
        else:  # "mid": the number was given earlier
            A(bye)
        if rng.random() < 0.6:
            C(rng.choice(BYE_C))


def _finish(call, rng, number, region, chat, inbound, asr, expected, ver):
    punct = rng.random() < 0.4
    strip = rng.random() < 0.6
    turns, tags = [], []
    for speaker, parts in call.turns:
        text, marks = "", []
        for txt, tag in parts:
            if text:
                text += " "
            if tag:
                marks.append((tag, len(text)))
            text += txt
        # tag positions as a share of the turn, kept through the ASR rewrite
        tags.append([(tag, off / max(1, len(text))) for tag, off in marks])
        if asr:
            text = _asr(text, rng, strip, punct, speaker)
        elif chat and speaker == "customer":
            text = _chat_typo(text, rng)
        turns.append({"speaker": speaker, "text": text})
    if not chat:
        t = rng.uniform(0.3, 2.0)
        for turn in turns:
            dur = len(turn["text"]) * rng.uniform(0.055, 0.075) + 0.3
            turn["start_s"], turn["end_s"] = round(t, 2), round(t + dur, 2)
            t += dur + rng.uniform(0.2, 1.2)

    # ---- re-read the built call: where did the tagged phrases land?
    def where(tag):
        out = []
        for i, marks in enumerate(tags):
            for tg, frac in marks:
                if tg == tag:
                    if chat:
                        out.append((i, frac, None))
                    else:
                        s, e = turns[i]["start_s"], turns[i]["end_s"]
                        out.append((i, frac, s + frac * (e - s)))
        return out

    ok = True
    recs = where("rec")
    if expected["recording_disclosure"] == "met":
        ok &= len(recs) == 1 and recs[0][0] <= 2 and (chat or recs[0][2] <= 22)
    else:
        ok &= all(i >= 6 and (chat or t >= 45) for i, _, t in recs)
    disc = sorted(where("mm") + where("debt"))
    done = where("vdone")
    if not disc:
        order = "na"
    elif done and (done[0][0], done[0][1]) < (disc[0][0], disc[0][1]):
        order = "met"
    else:
        order = "not_met"
    ok &= order == expected["verification_before_debt"]
    if ver == "full":  # complete in the opening, before the negotiation
        ok &= bool(done) and done[0][0] <= 9
    ok &= bool(where("threat")) == (expected["no_threats"] == "not_met")
    ok &= bool(where("cb")) == (expected["callback_info"] == "met")
    ok &= all(
        turns[i]["speaker"] == "agent"
        for tag in ("rec", "mm", "debt", "threat", "cb")
        for i, _, _ in where(tag)
    )

    interaction = {"id": "es-dev2-%04d" % number, "channel": "chat" if chat else "voice"}
    if rng.random() < 0.75:
        interaction["language"] = rng.choice(
            {"us": ["es-US", "es-US", "es"], "mx": ["es-MX", "es"], "es": ["es-ES", "es"]}[region]
        )
    interaction["agent_id"] = "a-%d" % (200 + rng.randint(1, 24))
    interaction["metadata"] = {
        "queue": "cobranza",
        "direction": "inbound" if chat or inbound else "outbound",
    }
    interaction["turns"] = turns
    return interaction, dict(expected), ok


def calls(seed: int = 0, count: int = 200) -> list[tuple[dict, dict[str, str]]]:
    """``count`` (interaction, labels) pairs, deterministic for ``seed``."""
    rng = random.Random(seed)
    out = []
    for n in range(1, count + 1):
        for _ in range(500):
            interaction, labels, ok = _build(rng, n)
            if ok:
                break
        else:  # pragma: no cover - the plan's positions are nearly always clear
            raise RuntimeError("no unambiguous call %d" % n)
        out.append((interaction, {k: labels[k] for k in LABELS}))
    return out
