"""Third development split (dev3): synthetic Spanish debt-collection calls and chats.

Written by a helper session that saw neither the ``cobranza`` ruleset, the plugins, the
matching code, the tests nor the held-out calls; the two earlier splits were read only
for their output format, and every phrasing below is this file's own. It is a
DEVELOPMENT split (``--misses`` may list its disagreements): do not treat it as held out.

Its weight is on ``no_threats``: about fifty distinct ways a collector threatens,
intimidates, insults or humiliates (Mexican, US Hispanic, Puerto Rican, Dominican,
Central American ``vos``, Colombian and Spain registers; direct, veiled, conditional and
sarcastic), against about fifty lawful statements that mention the same topics without
threatening (credit reporting stated as fact, the right to dispute, what a broken plan
costs, the agent denying a customer's fear, fraud warnings, the legal process explained
accurately). About 60% of the voice calls read like raw ASR (lower case, no
punctuation, fillers, numbers in words, dropped accents, a few misheard words); about
15% of the interactions are typed chats (no times).

``calls(seed, count)`` returns ``count`` pairs ``(interaction, labels)``, deterministic
for a seed (``random.Random(seed)``), standard library only.

Labels follow ``calls_dev.py``'s semantics. Turn positions count every turn, whatever
the speaker; labels are recomputed from where the tagged agent phrases land in the
built call, and a call is rebuilt when that disagrees with its plan or when a phrase
lands near a window edge (so no label hangs on a turn or a second):

- recording_disclosure: ``met`` when the agent says this call/chat is (or may be)
  recorded or monitored in one of the first 3 turns and, for voice, within the first
  30 seconds. ``not_met``: said late (turn 7 or later, after 40 s), never said, only a
  voicemail "mensaje grabado" mentioned, or only the customer saying they record.
- mini_miranda: ``met`` when, within the first 10 turns, the agent says that this is an
  attempt to collect a debt and/or that information obtained will be used for that
  purpose (either half is enough). ``not_met`` when never said, or only said after
  turn 12. Talking about the balance is not by itself the notice.
- verification: ``met`` when, within the first 6 turns, the agent confirms it is
  speaking with the right party (``¿hablo con ...?`` answered yes, date of birth, last
  four of the SSN, ZIP code, address, cédula, DNI, DPI, e-mail). ``not_met``: no check,
  the customer refuses and the agent carries on, a relative answers (the right party
  is never reached), or the check only comes late (turn 9 or later).
- verification_before_debt: ``na`` when mini_miranda is ``not_met``. Otherwise ``met``
  when the identity check comes before the first mini-Miranda turn, else ``not_met``.
  In these calls nothing about the debt (no creditor, no amount) is said before the
  mini-Miranda when that notice is given early, so "before the notice" and "before the
  debt is disclosed" are the same thing.
- no_threats: ``not_met`` when the agent threatens or intimidates anyone, the customer or
  a relative who answers (arrest, jail, police, violence, garnishment or seizure
  without basis, telling the employer / family / neighbours, immigration, criminal
  accusations, ruining credit forever) or insults or humiliates; ``met`` otherwise,
  including every lawful statement and every customer fear the agent denies.
- callback_info: ``met`` when the agent, in the closing (last 5 turns), gives a number
  to call back on (often with hours, an extension or a name). ``not_met``: no callback
  at all, or a near-miss with no number and no hours ("llámenos cuando guste", "le
  volvemos a marcar", "viene en la carta", a web page, WhatsApp with no number, the
  agent reading back the customer's own number, the customer dictating theirs).
"""

from __future__ import annotations

import random
import re
import unicodedata

LABELS = (
    "recording_disclosure",
    "mini_miranda",
    "verification",
    "verification_before_debt",
    "no_threats",
    "callback_info",
)
REGIONS = ("mx", "us", "pr", "do", "ca", "co", "es")
LANGS = {
    "mx": ["es-MX", "es"],
    "us": ["es-US", "es-US", "es"],
    "pr": ["es-PR", "es-US", "es"],
    "do": ["es-DO", "es"],
    "ca": ["es-GT", "es-SV", "es"],
    "co": ["es-CO", "es"],
    "es": ["es-ES", "es"],
}
CURRENCY = {
    "mx": "pesos",
    "us": "dólares",
    "pr": "dólares",
    "do": "pesos",
    "ca": "quetzales",
    "co": "pesos",
    "es": "euros",
}

# ------------------------------------------------------------------ numbers in words
_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_DECADES = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta"]
_DECADES += ["ochenta", "noventa"]
_CIENTOS = (
    "- ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos"
).split()


def _below_1000(n: int) -> str:
    if n < 30:
        return _UNITS[n]
    if n < 100:
        d, u = divmod(n, 10)
        return _DECADES[d] + ("" if u == 0 else " y " + _UNITS[u])
    if n == 100:
        return "cien"
    c, rest = divmod(n, 100)
    return _CIENTOS[c] + ("" if rest == 0 else " " + _below_1000(rest))


def spell(n: int) -> str:
    """Cardinal number in Spanish words (0..999999)."""
    if n < 1000:
        return _below_1000(n)
    k, rest = divmod(n, 1000)
    if k == 1:
        head = "mil"
    else:
        head = _below_1000(k)
        head = re.sub(r"veintiuno$", "veintiún", head)
        head = re.sub(r"uno$", "un", head) + " mil"
    return head if rest == 0 else head + " " + _below_1000(rest)


def _digits_words(s: str) -> str:
    return " ".join(_UNITS[int(c)] for c in s if c.isdigit())


def _say_group(rng: random.Random, g: str) -> str:
    if len(g) >= 2 and g[0] != "0" and rng.random() < 0.45:
        return spell(int(g))
    return _digits_words(g)


# ------------------------------------------------------------------ people and firms
AGENTS = [
    "Yuridia",
    "Mauricio",
    "Anabel",
    "Giovanni",
    "Lizbeth",
    "Rubén",
    "Nathaly",
    "Ignacio",
    "Dayana",
    "Esteban",
    "Maribel",
    "Wendy",
    "Armando",
    "Keila",
]
FEMALE = [
    "Rosalba",
    "Yadira",
    "Mirna",
    "Leticia",
    "Glenda",
    "Yajaira",
    "Sandra Milena",
    "Inmaculada",
    "Lourdes",
    "Betsy",
    "Ingrid",
    "Zulema",
    "Aracely",
]
MALE = [
    "Fidel",
    "Ernesto",
    "Yeison",
    "Joel",
    "Abelardo",
    "Wilfredo",
    "Francisco Javier",
    "Heriberto",
    "Darwin",
    "Nelson",
    "Osvaldo",
    "Brayan",
    "Eusebio",
]
SURNAMES = [
    "Zamora",
    "Peralta",
    "Cifuentes",
    "Olivares",
    "Arroyo",
    "Tejeda",
    "Bustamante",
    "Galindo",
    "Espinal",
    "Villalobos",
    "Cordero",
    "Salgado",
    "Pacheco",
    "Marroquín",
    "Aguilar",
    "Echeverría",
]
AGENCIES = [
    "Recursos Altamira",
    "Grupo Faro Azul",
    "Servicios Integrales Cenit",
    "Gestoría Brisamar",
    "Consorcio Tres Ríos",
    "Mediación Lumbre",
    "Asesores Punta Norte",
]
CREDITORS = [
    "Banco Cordillera",
    "Almacenes Estrella",
    "Financiera Sol Naciente",
    "Hospital Santa Clara",
    "Conecta Móvil",
    "Crediautos del Golfo",
    "Caja Popular La Esperanza",
    "Electrodomésticos Ruiz",
]
PRODUCTS = [
    "la tarjeta de crédito",
    "un préstamo personal",
    "una factura del hospital",
    "el plan del celular",
    "una compra a plazos",
    "una línea de sobregiro",
    "un crédito de nómina",
]
MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
STREETS = [
    "calle Azucena",
    "avenida Libertad",
    "calle Ceiba",
    "Elm Street",
    "calle del Carmen",
    "paseo de la Reforma",
    "carrera Séptima",
]

# ------------------------------------------------------------------ phrase banks
# Each entry is "FORMS[:regions]|text". FORMS: u (usted), t (tú), v (vos), * (any);
# regions narrow a register (mx us pr do ca co es); no region list means any region.

GREET_OUT = [
    "u|Buenas tardes, le habla {ag}, de {co}.",
    "u|Buenos días, mi nombre es {ag} y le llamo de {co}.",
    "u:mx|Qué tal, buenas tardes, le saluda {ag} de {co}.",
    "u:co|Muy buenos días, le habla {ag}, de {co}, ¿cómo me le va?",
    "u:es|Buenas tardes, soy {ag}, le llamo de {co}.",
    "t|Hola, ¿qué tal? Te habla {ag}, de {co}.",
    "t:pr do|Saludos, te habla {ag}, de la oficina de {co}.",
    "v|Buenas, ¿cómo estás? Te habla {ag}, de {co}.",
    "*:us|Hi, buenas tardes, habla {ag} de {co}.",
]
GREET_IN = [
    "u|Gracias por comunicarse con {co}, le atiende {ag}.",
    "u|{co}, buenas tardes, habla {ag}, ¿en qué le puedo ayudar?",
    "t|Gracias por llamar a {co}, te atiende {ag}.",
    "u:es|{co}, buenos días, le atiende {ag}.",
]
GREET_CHAT = [
    "u|Hola, bienvenido al chat de {co}. Le atiende {ag}.",
    "t|¡Hola! Soy {ag}, del chat de {co}.",
    "u|Buenas tardes, gracias por escribir a {co}; mi nombre es {ag}.",
]
HELLO = {
    "mx": ["¿Bueno?", "Bueno, ¿quién habla?", "¿Sí, bueno?"],
    "us": ["Hello?", "¿Hello, sí?", "Yeah, ¿quién es?"],
    "pr": ["¿Aló?", "¿Diga?", "Hello, ¿quién habla?"],
    "do": ["¿Aló? ¿Quién me llama?", "¿Diga?"],
    "ca": ["¿Aló?", "¿Aló, quién habla, pues?"],
    "co": ["¿Aló?", "¿Aló? ¿Sí, a la orden?"],
    "es": ["¿Sí? ¿Dígame?", "¿Diga?", "¿Sí?"],
}
REPLY = ["Sí, dígame.", "Ajá.", "¿De dónde me dijo?", "Sí, ¿qué se le ofrece?", "Mm, sí."]

REC = [
    "u|Le informo que esta llamada está siendo grabada.",
    "*|Esta llamada puede ser grabada y monitoreada con fines de calidad.",
    "u|Por su seguridad, esta conversación se graba.",
    "u|Le aviso que la llamada queda grabada.",
    "*|Para efectos de calidad y capacitación, esta llamada podría ser monitoreada.",
    "u:es|Le informamos de que esta conversación va a ser grabada.",
    "u:co|Le recordamos que esta llamada está siendo grabada y monitoreada para efectos de calidad del servicio.",
    "*:pr do|Esta llamada es grabada.",
    "u|Le comento que estamos grabando esta llamada.",
    "*|Un supervisor podría estar escuchando esta llamada.",
    "*:us|This call is recorded, esta llamada se graba.",
    "*|La conversación de hoy queda registrada en una grabación.",
    "t|Te aviso que esta llamada se está grabando.",
    "v|Te cuento que esta llamada la estamos grabando.",
    "u|Esta comunicación se está grabando para su protección y la nuestra.",
    "*|Por calidad grabamos todas nuestras llamadas, incluida esta.",
    "*|La llamada está siendo monitoreada por control de calidad.",
    "u|Antes que nada, le informo que se graba esta llamada.",
    "*:es|Esta llamada se graba, conforme a la normativa de protección de datos.",
    "*|Con fines de calidad, la llamada está siendo escuchada y grabada.",
    "t:es|Oye, que sepas que esta llamada queda grabada.",
    "*:mx|Esta llamada se graba y se puede monitorear para mejorar el servicio.",
]
REC_CHAT = [
    "*|Este chat se guarda y puede ser revisado por un supervisor.",
    "u|Le informamos que esta conversación por chat queda registrada y podrá ser monitoreada.",
    "*|Esta sesión de chat se graba para fines de calidad.",
    "t|Te avisamos que este chat queda grabado y lo puede revisar nuestro equipo de calidad.",
    "*|Aviso: la conversación de este chat se almacena y se monitorea.",
]
REC_LATE_PRE = ["Ah, se me pasó decirle: ", "Por cierto, ", "Una cosa que olvidé: ", "Oiga, y "]
# near-misses said in the greeting: a recording, but not of this call
REC_NEAR = [
    "u|Le dejamos un mensaje grabado en su buzón la semana pasada.",
    "u|Le llamo otra vez porque la grabadora de su contestadora se cortó.",
    "t|Te dejé un mensaje de voz grabado el lunes, no sé si lo oíste.",
]
CUST_RECORDS = [
    "Sí, dígame. Y le advierto que yo grabo todas mis llamadas.",
    "Ajá. Nomás para que sepa, yo estoy grabando esto con mi celular.",
    "Sí. Oiga, esta llamada la estoy grabando yo, ¿eh?",
]

MM = [
    "u|Le informo que esta es una comunicación para cobrar una deuda y que cualquier información que obtengamos se usará con ese fin.",
    "*|Esta llamada es un intento de cobro de una deuda.",
    "u|Le aviso que somos una agencia de cobranza y que estamos tratando de cobrar una deuda.",
    "u|Toda la información que usted nos dé será utilizada para el cobro de la deuda.",
    "u|Por ley le debo decir que el propósito de esta llamada es cobrar una deuda.",
    "*:pr do us|Esto es un intento de recaudar una deuda; lo que se hable aquí se usará para ese propósito.",
    "u|Lo estamos contactando para gestionar el cobro de una deuda que tiene pendiente.",
    "u:co|Le informamos que esta comunicación tiene como fin el cobro de una obligación a su cargo, y la información que nos suministre se usará para ese fin.",
    "u:co|Le hablamos para recuperar una cartera vencida a su nombre; esto es una gestión de cobro.",
    "u:co|Le comunico que esta llamada corresponde al cobro prejurídico de su obligación.",
    "u:es|Le informo de que esta llamada tiene por objeto el recobro de una deuda.",
    "u:es|Los datos que nos facilite se tratarán para la gestión del recobro de la deuda.",
    "t:es|Te informo de que te llamamos para reclamarte una deuda, y lo que nos cuentes se usará para gestionar ese cobro.",
    "u:do pr|Esta llamada es para el cobro de un balance pendiente que aparece a su nombre.",
    "u:pr us|Esto es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.",
    "*:us|This is an attempt to collect a debt and any information obtained will be used for that purpose.",
    "u|Le recuerdo que se trata del cobro de una deuda y que los datos que me dé se usarán para cobrarla.",
    "u|Antes de seguir, le advierto que esto es un intento de cobro de una deuda.",
    "u:mx|Cualquier dato que nos comparta se utilizará para recuperar el adeudo.",
    "*:mx|La información que se obtenga en esta conversación podrá usarse para cobrar el adeudo.",
    "u:mx|Nuestro despacho se dedica a la cobranza y esta llamada es para cobrarle un adeudo.",
    "v|Te aviso que esta llamada es para cobrarte una deuda y lo que me digás se va a usar para eso.",
    "t|Te cuento que esto es un intento de cobrar una deuda y la info que nos des se usará con ese fin.",
    "u|Por disposición legal le informo: se trata de un intento de cobro de deuda.",
    "u|Le notifico que esta es una gestión de cobranza de una deuda vencida.",
    "u|La razón de mi llamada es cobrar una deuda; todo lo que usted me diga se utilizará para ese cobro.",
    "*|Esta es una comunicación de un cobrador de deudas: es un intento de cobro y la información se usará para ese fin.",
    "t|Esta llamada es para cobrar una deuda que tienes pendiente; cualquier dato que me des se usará para eso.",
    "v|Mirá, por ley te tengo que decir que esto es un intento de cobro de una deuda.",
    "t:pr do|Esto es un intento de cobrar una deuda, y lo que me digas se va a usar para ese cobro.",
    "*:us|Esta es una llamada de cobranza, an attempt to collect a debt, y la información se usará para eso.",
]
MM_CHAT = [
    "u|Le informamos que este chat es un intento de cobro de una deuda y que la información que nos dé se usará para ese fin.",
    "t|Este chat es para gestionar el cobro de una deuda; lo que nos escribas se usará con ese propósito.",
]
MM_LATE_PRE = ["Antes de colgar: ", "Ah, y se me olvidaba: ", "Por último: "]

VER_NAME = [
    "u|¿Hablo con {tit} {full}?",
    "u|¿Me comunico con {tit} {full}?",
    "u|Busco a {tit} {full}, ¿es usted?",
    "u:pr do us|¿Estoy hablando con {full}?",
    "u:do|¿Usted es {full}, verdad?",
    "u|Quisiera hablar con {full}. ¿Es usted?",
    "u:mx|¿Tengo el gusto con {tit} {full}?",
    "u:co|¿Sumercé es {full}?",
    "u:es|¿Es usted {full}? Necesito confirmarlo antes de seguir.",
    "u|Antes de continuar necesito validar con quién hablo: ¿es usted {full}, titular de la cuenta?",
    "t|¿Eres {full}?",
    "t|¿Estoy hablando con {full}? ¿Eres tú?",
    "v|¿Vos sos {full}?",
    "v|¿Hablo con {full}? ¿Sos vos?",
]
# (spec, kind of answer)
VER_FACTOR = [
    ("u|Para confirmar que hablo con la persona correcta, ¿me da su fecha de nacimiento?", "dob"),
    ("u:us pr|¿Me confirma los últimos cuatro dígitos de su seguro social?", "l4"),
    ("u:us pr|¿Me confirma su código postal?", "zip"),
    ("u:mx|¿Me confirma el código postal de su domicilio?", "zip"),
    ("u|¿Me puede decir su dirección, por favor, para verificar su identidad?", "addr"),
    ("u:co|¿Me confirma su número de cédula, por favor?", "id"),
    ("u:es|¿Me podría confirmar su DNI, por favor?", "id"),
    ("u:mx|¿Me proporciona su fecha de nacimiento, día, mes y año?", "dob"),
    ("u|¿Me confirma el correo electrónico que tenemos registrado?", "email"),
    ("u|¿Me podría decir en qué calle vive, para verificar que es usted?", "addr"),
    ("t|Para verificar que eres tú, ¿me dices tu fecha de nacimiento?", "dob"),
    ("t|¿Me confirmas los últimos cuatro de tu seguro social?", "l4"),
    ("v|Para verificar, ¿me decís tu fecha de nacimiento?", "dob"),
    ("u:ca|¿Me confirma su número de DPI, por favor?", "id"),
    ("v:ca|¿Me confirmás tu número de DPI?", "id"),
    ("t:es|¿Me confirmas los números de tu DNI?", "id"),
]
VER_CHAT = [
    "u|Para validar su identidad, escriba su nombre completo y su fecha de nacimiento.",
    "t|Para validar tu identidad, escribe tu nombre completo y los últimos 4 dígitos de tu seguro social.",
    "u|Por favor indíquenos su nombre completo y el número de su documento para verificar su identidad.",
]
VER_LATE_PRE = [
    "Para registrar el acuerdo necesito confirmar unos datos. ",
    "Antes de procesarlo, una validación. ",
]
CONFIRM = [
    "Sí, soy yo.",
    "Sí, con {ella}.",
    "{El} habla.",
    "Sí, ¿quién habla?",
    "Ajá, sí, dígame.",
    "Sí, a sus órdenes.",
    "Con {ella} habla.",
    "Sí, yo mero.",
]
REFUSE = [
    "¿Quién lo busca? Yo no doy datos por teléfono.",
    "¿Y para qué quiere saber? No le voy a confirmar nada.",
    "Depende, ¿de parte de quién? No le doy mi información.",
]
PROCEED = [
    "Bueno, de todos modos le comento. ",
    "Está bien, igual le explico. ",
    "Ok, entonces le digo de una vez. ",
]
VER_ACK = ["Gracias, ya quedó verificado. ", "Perfecto, gracias. ", "Muy bien, gracias. ", ""]

DEBT = [
    "u|El motivo de mi llamada es el saldo pendiente de {prod} con {cr}, que a la fecha es de {amt}.",
    "u|Tenemos registrado un saldo vencido de {amt} de {prod} con {cr}.",
    "u|Le llamo por su cuenta con {cr}: aparece un atraso de {amt}.",
    "t|Te llamo por el saldo que tienes pendiente con {cr}, son {amt}.",
    "v|Te llamo por lo de {cr}; tenés un saldo atrasado de {amt}.",
    "u:es|Le llamo por un importe pendiente de {amt} con {cr}, de {prod}.",
    "u:co|Le llamo por la obligación con {cr}, que presenta mora por {amt}.",
    "u:pr do|Tenemos un balance atrasado de {amt} con {cr}, de {prod}.",
]

# ---------------------------------------------------------------- threats (not_met)
THREATS = [
    "u:mx|Si no paga hoy mismo, mañana le cae la policía en su casa.",
    "u|Usted sabe que por no pagar lo pueden meter a la cárcel, ¿verdad?",
    "u:mx|Ya tenemos listo el embargo de su carro, nomás falta mi firma.",
    "u:mx|Le vamos a hablar a su patrón para que le descuenten del sueldo.",
    "u|Voy a llamarle a su mamá y a sus vecinos para que sepan que usted no paga lo que debe.",
    "u:us|Con su situación migratoria yo no me arriesgaría; inmigración revisa estas cosas, usted sabrá.",
    "u|Esto ya es fraude, y el fraude es un delito; le vamos a poner una denuncia penal.",
    "u|Qué vergüenza, una persona de su edad que no sabe pagar lo que debe.",
    "u|No sea sinvergüenza y pague lo que debe.",
    "u:mx|No se haga {el} viv{oa}, que sabemos dónde vive y dónde trabaja.",
    "u|Ah, ¿no tiene dinero? Para el celular nuevo sí tuvo, ¿verdad? Qué poca vergüenza.",
    "t:pr|Mira, si tú no pagas, yo mismo te mando los alguaciles a la casa.",
    "t:do|¿Tú quieres que te lleven pres{oa}? Porque así es que vamos.",
    "u:co|Si no me paga hoy, le mando el abogado con la orden de embargo y le sacamos hasta la nevera.",
    "u:co|Lo reporto en Datacrédito y no vuelve a sacar ni un celular en la vida, se lo garantizo.",
    "u:es|Como no pague esta semana, le mando a los de recobro a su portal y que se enteren todos los vecinos.",
    "u:es|Le vamos a embargar la nómina el lunes, usted verá lo que hace.",
    "u:es|Hay que tener poca vergüenza para deber dinero y encima quejarse.",
    "v|Mirá, si no pagás vamos a ir a tu trabajo a hablar con tu jefe.",
    "v|Vos sabés que te podemos quitar la casa, ¿verdad?",
    "u|La próxima llamada ya no se la hago yo; se la hace la policía.",
    "u|Usted no quiere que sus hijos vean cuando vengan a sacar sus cosas de la casa, ¿o sí?",
    "u:mx|Su caso ya lo mandamos al Ministerio Público.",
    "u|Le estoy dando la última oportunidad antes de que giren la orden de arresto.",
    "u:mx|A ver si así de valiente se pone cuando le toquen la puerta los de la fiscalía.",
    "u:mx|Lo vamos a publicar en el grupo de Facebook de su colonia como deudor.",
    "u|Deje de llorar y pague, que para gastar bien rápido sí fue.",
    "u|Pero qué brut{oa} es usted, ¿no entiende lo que le estoy diciendo?",
    "u|No sea ignorante, las deudas se pagan.",
    "u|Con gente como usted es que este país no avanza.",
    "u:us|We're gonna garnish your wages, ¿me entiende? El lunes ya le quitan del cheque.",
    "u:us|Le podemos reportar a inmigración; usted sabe cómo están las cosas ahorita.",
    "u:us|Si no paga, le suspenden la licencia de manejar y ya no va a poder trabajar.",
    "u|Le voy a mandar a unos muchachos para que le cobren en persona.",
    "u|A la gente que no paga le pasan cosas, usted sabrá.",
    "u:mx|Si me cuelga, hoy mismo sale la orden de aprehensión.",
    "u|Voy a hablar con {spouse} para que se entere de lo que usted hace con el dinero.",
    "u|Aquí tengo el teléfono de su hermana; si usted no coopera, le llamo a ella y a toda su familia.",
    "u:mx|Lo vamos a boletinar en todos los bancos y no va a poder abrir ni una cuenta de ahorro nunca más.",
    "t:pr|Si no resuelves hoy, te embargamos la cuenta del banco y el carro, así de fácil.",
    "t:do|Deja la vagabundería y paga lo que debes.",
    "u:co|No sea tan descarad{oa}, que esto le va a salir muy caro.",
    "u:es|¿Quiere acabar en el juzgado de guardia? Pues siga así.",
    "t:es|Mira, o pagas o te vas a enterar de lo que es bueno.",
    "u|Claro, claro... eso mismo me dicen todos los mentirosos.",
    "u|Le vamos a poner un letrero en la puerta de su casa diciendo que es moros{oa}.",
    "u|Le informo que ya tiene una orden de arresto pendiente por esta deuda.",
    "v|Si no pagás hoy, el lunes te caen a embargar la moto, vos sabrás.",
    "v:ca|No te hagás {el} loc{oa}, que ya sabemos dónde trabajás.",
    "t|Si no pagas hoy, vamos a llamar a tu jefe para que te descuenten de la quincena.",
    "t|Eres una persona irresponsable, así de simple.",
    "t|Tienes hijos, ¿no? Piensa en ellos antes de que vayamos por tus cosas.",
    "u:ca|Si no paga, lo vamos a ir a buscar a su trabajo y ahí mismo lo vamos a avergonzar delante de todos.",
    "u:co|Vamos a mandar su foto a los grupos del barrio para que todos sepan que usted no paga.",
    "t:us|Si no pagas hoy, tomorrow we send the sheriff, ¿me entiendes?",
    "u|Si no paga hoy, le quitamos el sueldo completo y el carro el mismo día.",
]
# said to a relative who answered instead of the customer
THREATS_RELATIVE = [
    "u|Pues dígale que si no se reporta hoy, lo vamos a ir a buscar a su trabajo.",
    "u|Dígale que si no paga, la próxima vez le va a llegar la policía.",
    "u|Avísele que ya le mandamos al abogado con el embargo de la casa.",
    "u|Usted como familiar debería darle vergüenza; dígale que pague o lo exhibimos con todo el vecindario.",
]
THREAT_REACT = [
    "¿Me está amenazando?",
    "Oiga, no me hable así.",
    "Eso no es legal, voy a poner una queja.",
    "¡Qué abuso!",
    "Ay, Dios mío... yo no sabía que eso podía pasar.",
    "Mire, no me grite.",
    "Voy a hablar con un abogado.",
    "Eso no se dice así, señor{a_agent}.",
]
THREAT_FOLLOW = [
    "No es amenaza, es la realidad. ",
    "Usted verá. ",
    "Yo solo le digo lo que va a pasar. ",
]

# ---------------------------------------------------------------- lawful (met)
LAWFUL = [
    "u|Le comento que la cuenta aparece reportada como vencida en el buró de crédito; cuando se liquide, nosotros enviamos la actualización.",
    "u|Si se paga el acuerdo completo, se reporta como saldada ante las agencias de crédito.",
    "u|Usted tiene derecho a disputar esta deuda; si lo hace por escrito dentro de treinta días, detenemos la gestión mientras la verificamos.",
    "u|Si prefiere, le mandamos por correo la validación de la deuda con el detalle del saldo.",
    "u|Con el plan de pagos, si se atrasa más de quince días, el descuento se pierde y queda el saldo original.",
    "u|Los intereses siguen corriendo según su contrato mientras la cuenta esté abierta.",
    "u|Le aclaro que nadie le va a hacer nada por deber: esto es una deuda civil, no es un delito.",
    "u|Nosotros no llamamos a su trabajo ni a su familia; este asunto lo tratamos solo con usted.",
    "u|Le aclaro que nosotros no podemos embargar nada. Eso solo lo puede ordenar un juez, y en su cuenta no hay ningún proceso judicial.",
    "u|Tenga cuidado: hay gente que llama haciéndose pasar por cobradores y amenaza con arrestos; nosotros nunca pedimos pagos con tarjetas de regalo.",
    "u|Si alguien le pide pagar en efectivo a un mensajero, no lo haga; los pagos son solo por los canales oficiales.",
    "u|Si usted nos lo pide por escrito, dejamos de llamarle.",
    "u|Puede pedirnos que solo le contactemos por correo o en cierto horario.",
    "u|Un reporte negativo no es para siempre; la ley le pone un límite de tiempo.",
    "u|Si paga hoy o dentro de treinta días, el monto es el mismo; usted decide.",
    "u|Si el pago rebota, su banco le puede cobrar una comisión; por eso le pregunto si tiene fondos.",
    "u:es|Si no está de acuerdo con el importe, puede presentar una reclamación ante el servicio de atención al cliente o ante el Banco de España.",
    "u:co|Por ley debemos avisarle antes de cualquier reporte negativo a las centrales de riesgo; este es ese aviso, y usted tiene veinte días para ponerse al día o presentar un reclamo.",
    "u|Si está pasando por un momento difícil, tenemos un programa de ayuda por dificultad económica.",
    "u|Le aclaro que yo no soy abogado ni trabajo para ningún juzgado.",
    "u|Si no está conforme con esta llamada, puede pedir hablar con mi supervisor.",
    "u|Si no puede pagar ahora, no pasa nada; anoto que volvamos a hablar el mes que viene.",
    "u|Es cierto que el saldo vencido aparece en su historial, pero ponerse al día lo mejora con el tiempo.",
    "u|No tiene que decidir hoy; piénselo con calma.",
    "u:us|Su estatus migratorio no tiene nada que ver con esta cuenta; no lo preguntamos ni lo reportamos a nadie.",
    "u:mx|Si liquida, le entregamos una carta finiquito y el buró se actualiza en los siguientes días.",
    "t|Tienes derecho a pedir que te mandemos por escrito el detalle de la deuda antes de pagar nada.",
    "t|Si prefieres, te damos un plan a seis meses sin intereses adicionales; si te atrasas, vuelve el saldo normal.",
    "v|No te preocupés, nadie va preso por una deuda; es un asunto civil.",
    "v|Si querés, te mandamos el detalle por escrito para que lo revisés tranquilo.",
    "t:es|Si no estás de acuerdo con la cantidad, puedes reclamarla y lo revisamos sin compromiso.",
    "t:pr do|Si un día no puedes hacer el pago, avísanos antes y lo movemos, sin problema.",
]
# (customer fear or accusation, agent denial/calm answer): FORMS apply to the answer
FEARS = [
    (
        "u|¿Me van a meter pres{oa} por esto?",
        "No, de ninguna manera. Nadie va a la cárcel por una deuda de este tipo.",
    ),
    (
        "u|¿Le van a avisar a mi patrón?",
        "No, su información es confidencial; no hablamos con su empleador.",
    ),
    (
        "u|¿Me van a quitar la casa?",
        "No, esta cuenta no tiene ninguna garantía sobre su casa; nadie le va a quitar nada.",
    ),
    (
        "u:us|Tengo miedo por mis papeles, yo no tengo estatus.",
        "No se preocupe, nosotros no tenemos nada que ver con inmigración ni preguntamos eso.",
    ),
    (
        "u|Me dijeron que iban a mandar a la policía.",
        "Quien le haya dicho eso le informó mal; nosotros no mandamos a nadie, solo buscamos un acuerdo.",
    ),
    (
        "u|¿Me van a demandar?",
        "Le soy honest{oa_agent}: hoy no hay ninguna demanda. Si algún día el acreedor decidiera ir a juicio, tendría que notificarle oficialmente y usted podría defenderse ante un juez.",
    ),
    ("u|¿Le van a llamar a mi mamá?", "No, de esto solo hablamos con usted, con nadie más."),
    (
        "u|¿Me van a embargar el sueldo?",
        "No, nosotros no podemos hacer eso; no hay ninguna orden ni proceso en su contra.",
    ),
    (
        "u|Oiga, me está acosando, me llaman todos los días.",
        "Disculpe si se sintió así; puedo anotar que solo le llamemos por las tardes, o que no le llamemos más si lo pide por escrito.",
    ),
    (
        "u|Ustedes son unos buitres, unos ladrones.",
        "Entiendo su molestia. Sigamos con calma, estoy aquí para ayudarle a resolverlo.",
    ),
    (
        "u|¿Eso es una amenaza?",
        "No, para nada; no le estoy amenazando, solo le explico las opciones que tiene.",
    ),
    (
        "u|¿Me van a quitar el carro?",
        "No, esta cuenta no tiene nada que ver con su carro y nadie se lo puede llevar.",
    ),
    (
        "u|Me llegó un mensaje que decía que me iban a arrestar si no pagaba con tarjetas de regalo.",
        "Eso es una estafa; no pague nada. Nosotros jamás pedimos tarjetas de regalo ni amenazamos con arrestos.",
    ),
    (
        "u|¿Esto me va a arruinar el crédito para siempre?",
        "No para siempre; el reporte tiene un plazo máximo por ley, y si se pone al día se refleja como pagado.",
    ),
    (
        "u:es|¿Me van a meter en un fichero de morosos?",
        "Si la deuda sigue sin pagarse, puede constar en un fichero de solvencia, pero antes se le avisa por escrito y usted puede oponerse si no está de acuerdo.",
    ),
    (
        "u:co|¿Me van a reportar en Datacrédito?",
        "Por ley primero le avisamos por escrito; si se pone al día dentro del plazo, no se hace ningún reporte.",
    ),
    ("v|¿Me van a meter pres{oa}?", "No, vos tranquil{oa}, nadie va preso por deber plata."),
    (
        "t|¿Van a llamar a mi trabajo?",
        "No, tranquil{oa}, nunca llamamos al trabajo de nadie; esto queda entre tú y nosotros.",
    ),
]

# ---------------------------------------------------------------- call paths
ASK_PAY = [
    "u|¿Podría hacer un abono hoy?",
    "u|¿Con cuánto podría comprometerse esta semana?",
    "t|¿Cuánto podrías pagar esta semana?",
    "v|¿Cuánto podés abonar esta semana?",
    "u:es|¿Qué cantidad podría ingresar este mes?",
]
OFFER_PAY = [
    "Puedo dar {amt2} el {day}.",
    "Le puedo pagar {amt2} el {day}.",
    "Unos {amt2}, el {day}.",
]
BOOK_PAY = [
    "u|Perfecto, le registro un pago de {amt2} para el {day}.",
    "*|Listo, queda anotado: {amt2} el {day}.",
    "t|Va, te lo dejo registrado: {amt2} el {day}.",
]
HARD = [
    "Mire, perdí el trabajo y ahorita {broke}.",
    "Estoy enferm{oa} y {broke}, la verdad.",
    "Con los gastos de la escuela de los niños {broke}.",
]
BROKE = {
    "mx": "no tengo lana",
    "us": "no me alcanza el cheque",
    "pr": "no tengo chavos",
    "do": "estoy pasando trabajo",
    "ca": "no tengo pisto",
    "co": "no tengo plata",
    "es": "no llego a fin de mes",
}
PLAN = [
    "u|Entiendo. Podemos ver un plan con pagos pequeños, desde {amt2} al mes.",
    "t|Te entiendo. Podemos armar un plan chiquito, desde {amt2} al mes.",
    "v|Te entiendo. Podemos ver un plan desde {amt2} al mes.",
    "u:es|Lo entiendo. Podríamos fraccionarlo en cuotas desde {amt2} al mes.",
]
PLAN_REPLY = [
    "Déjeme pensarlo.",
    "Bueno, eso sí lo puedo hacer.",
    "Mm, voy a ver.",
    "Ok, está bien.",
]
DISPUTE = [
    "Esa deuda no es mía, yo nunca tuve nada con {cr}.",
    "Yo eso ya lo pagué hace como un año.",
    "Ese monto está mal, era mucho menos.",
]
DISPUTE_ANS = [
    "u|Entiendo; le abro una revisión y le mandamos el estado de cuenta.",
    "t|Va, te abro una aclaración y te mandamos el detalle.",
    "u:es|De acuerdo, abro una incidencia y le enviamos el desglose.",
]
DISPUTE_REPLY = ["Sí, mándemelo.", "Ok, lo espero.", "Bueno, a ver qué me mandan."]
BUSY = [
    "Ahorita no puedo hablar, estoy en el trabajo.",
    "Voy manejando, ¿me puede llamar más tarde?",
    "Estoy en el médico, no puedo ahora.",
]
BUSY_ASK = [
    "u|¿A qué hora le puedo volver a llamar?",
    "t|¿A qué hora te vuelvo a marcar?",
    "v|¿A qué hora te llamo, entonces?",
]
BUSY_REPLY = ["Después de las seis.", "Mañana en la mañana.", "El sábado, mejor."]
PADS = [
    ("u|¿Prefiere que le mande el comprobante por mensaje de texto?", "Sí, por mensaje."),
    ("*|Déjeme revisar el sistema un momento.", "Ok."),
    ("u|¿El pago sería con tarjeta de débito o en efectivo?", "En efectivo."),
    ("u|¿Le queda bien esa fecha?", "Sí, está bien."),
    ("*|Un segundito, que se me trabó la pantalla.", "Ajá."),
    ("u|¿Tiene a la mano dónde anotar?", "Sí, espéreme tantito."),
]
CLOSE_SUM = [
    "u|Entonces queda registrado lo que hablamos.",
    "*|Muy bien, eso sería todo por hoy.",
    "u|Le agradezco su tiempo.",
    "t|Bueno, pues eso sería todo.",
]
CLOSE_C = ["Ok, gracias.", "Está bien.", "Ajá, gracias.", "Sale.", "Vale."]
BYE_A = [
    "Que tenga buen día.",
    "Hasta luego.",
    "Que le vaya bien.",
    "Cuídese mucho.",
    "Bendiciones.",
]
BYE_C = ["Igualmente.", "Bye.", "Adiós.", "Gracias, igualmente."]

# ---------------------------------------------------------------- callbacks
CB = [
    "u|Si tiene alguna duda, puede llamarnos al {phone}, {hours}.",
    "*|Nuestro número es el {phone}, extensión {ext}.",
    "u:mx|Cualquier cosa me marca al {phone} y pregunta por {ag}.",
    "u|Le dejo el número para que nos regrese la llamada: {phone}.",
    "u|Apunte nuestro teléfono, por favor: {phone}.",
    "u:es|Puede contactarnos en el {phone}, {hours}.",
    "u:co|Nos puede llamar a la línea gratuita {phone}, {hours}.",
    "u|Para hacer el pago o si algo cambia, llame al {phone}.",
    "t:pr do us|Llámanos al {phone} cuando puedas, {hours}.",
    "v|Cualquier cosa llamame al {phone}, {hours}.",
    "*|El número de la oficina es el {phone}; atendemos {hours}.",
    "u|Si quiere hablar con mi supervisor, el número directo es el {phone}.",
    "u|Puede devolvernos la llamada al {phone}; tenga a mano su número de referencia.",
    "u|Por WhatsApp o por llamada, estamos en el {phone}.",
    "u|Ese número también viene en la carta, pero se lo doy: {phone}.",
    "u|Marque al {phone} y escoja la opción dos.",
    "u|Si quiere disputar la cuenta, llame al {phone} y pida el área de aclaraciones.",
    "u|Le doy mi línea directa, el {phone}; estoy {hours}.",
    "*|Puede dejarnos un mensaje a cualquier hora en el {phone}.",
    "t|Si tienes preguntas, llámanos al {phone}, {hours}.",
    "t:es|Si te surge cualquier cosa, nos llamas al {phone}, {hours}.",
    "u:ca|Para cualquier consulta, llámenos al {phone}, {hours}.",
    "*:us|For callbacks, el número es {phone}, {hours}.",
]
CB_CHAT = [
    "u|Si prefiere llamarnos, el número es {phone} ({hours}).",
    "t|Si prefieres llamar, marca al {phone}, {hours}.",
    "*|Teléfono de atención: {phone}, {hours}.",
]
CB_RELATIVE = [
    "u|¿Le puede dar este número para que nos llame? Es el {phone}.",
    "u|Dígale, por favor, que se comunique al {phone}, {hours}.",
    "u|Que nos regrese la llamada al {phone}, por favor.",
]
CB_NEAR = [
    "u|Llámenos cuando guste.",
    "u|Nosotros le volvemos a marcar la próxima semana.",
    "u|El número para comunicarse viene en la carta que le llegó.",
    "u|Puede entrar a nuestra página web y ahí hace el pago.",
    "u|Cualquier duda, nos busca.",
    "u|Le mandamos un mensaje de texto con los detalles del acuerdo.",
    "u|Le confirmo el número que tenemos registrado de usted: {cphone}, ¿correcto?",
    "u|Si necesita algo, responda al correo que le vamos a enviar.",
    "t|Escríbenos por el chat de la app si necesitas algo.",
    "u|Mi supervisor le devuelve la llamada mañana.",
    "u|Búsquenos en internet como {co} y ahí encuentra todo.",
    "v|Cualquier cosa, nos escribís por WhatsApp.",
    "u|Si cambia de número, avísenos, por favor.",
]
CB_NEAR_RELATIVE = [
    "u|No se preocupe, nosotros volvemos a llamar.",
    "u|Está bien, lo buscamos otro día.",
]
RELATIVES = ["hermana", "mamá", "hijo", "cuñado", "tía", "{spouse2}"]

BANK_COUNTS = {
    "threats": len(THREATS) + len(THREATS_RELATIVE),
    "lawful": len(LAWFUL) + len(FEARS),
    "mini_miranda": len(MM) + len(MM_CHAT),
    "recording": len(REC) + len(REC_CHAT),
    "callback_number": len(CB) + len(CB_CHAT) + len(CB_RELATIVE),
    "callback_near": len(CB_NEAR) + len(CB_NEAR_RELATIVE) + 1,
    "verification": len(VER_NAME) + len(VER_FACTOR) + len(VER_CHAT),
}


def _parse(spec: str) -> tuple[str, tuple[str, ...], str]:
    head, text = spec.split("|", 1)
    forms, _, regions = head.partition(":")
    return forms, tuple(regions.split()), text


def _pick(rng: random.Random, bank, form: str, region: str):
    """An entry of ``bank`` (specs, or (spec, extra) pairs) fitting the register."""
    items = [(x if isinstance(x, str) else x[0], x) for x in bank]
    for want in (form, "u"):
        ok = []
        if want != "u" and rng.random() < 0.5:
            continue  # small tú/vos pools: agents slip into usted now and then
        for spec, item in items:
            forms, regions, _ = _parse(spec)
            if (want in forms or forms == "*") and (not regions or region in regions):
                ok.append((regions, item))
        if ok and (want == "u" or len(ok) >= 4 or rng.random() < 0.5):
            regional = [it for r, it in ok if r]
            generic = [it for r, it in ok if not r]
            if regional and (not generic or rng.random() < 0.55):
                return rng.choice(regional)
            return rng.choice(generic)
    return rng.choice(bank)


def _text(item) -> str:
    return _parse(item if isinstance(item, str) else item[0])[2]


# ---------------------------------------------------------------- ASR rendering
MISHEARD = {
    "grabada": "gravada",
    "llamada": "yamada",
    "usted": "uste",
    "verdad": "verda",
    "para": "pa",
    "ahorita": "orita",
    "nada": "na",
    "vez": "ves",
    "haber": "aver",
    "hoy": "oi",
    "pues": "pos",
    "todavía": "toavía",
    "entonces": "entons",
    "señora": "seño",
    "estoy": "toy",
}
FILLERS = ["eh", "este", "mmm", "o sea", "bueno", "ajá", "pues"]


def _strip_accents(s: str) -> str:
    s = s.replace("ñ", "\0")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.replace("\0", "ñ")


def _asr(text: str, rng: random.Random) -> str:
    t = text.lower()
    t = re.sub(r"[¿?¡!.,;:()\"]", " ", t)
    if rng.random() < 0.75:
        t = _strip_accents(t)
    words = t.split()
    out = []
    for w in words:
        base = _strip_accents(w)
        if base in MISHEARD and rng.random() < 0.15:
            w = MISHEARD[base]
        out.append(w)
        if rng.random() < 0.03:
            out.append(rng.choice(["eh", "mm"]))
    if rng.random() < 0.35:
        out.insert(0, rng.choice(FILLERS))
    return " ".join(out)


# ---------------------------------------------------------------- building a call
def _phone(rng: random.Random, region: str) -> list[str]:
    tail = "01%02d" % rng.randint(0, 99)
    if region in ("us", "pr", "do"):
        if rng.random() < 0.5:
            return ["1", rng.choice(["800", "888", "877", "866"]), "555", tail]
        area = {"us": ["213", "305", "956", "915"], "pr": ["787", "939"], "do": ["809", "829"]}
        return [rng.choice(area[region]), "555", tail]
    if region == "mx":
        return ["800", "%03d" % rng.randint(200, 999), "%04d" % rng.randint(0, 9999)]
    if region == "co":
        if rng.random() < 0.5:
            return ["01", "8000", "%03d" % rng.randint(100, 999), "%03d" % rng.randint(0, 999)]
        return ["601", "555", tail]
    if region == "ca":
        return ["2%03d" % rng.randint(200, 999), "%04d" % rng.randint(0, 9999)]
    return ["900", "%03d" % rng.randint(100, 999), "%03d" % rng.randint(100, 999)]


def _cust_phone(rng: random.Random, region: str) -> list[str]:
    if region == "es":
        return [
            "6%02d" % rng.randint(0, 99),
            "%03d" % rng.randint(0, 999),
            "%03d" % rng.randint(0, 999),
        ]
    if region == "mx":
        return ["55", "%04d" % rng.randint(0, 9999), "%04d" % rng.randint(0, 9999)]
    if region == "co":
        return [
            "3%02d" % rng.randint(0, 50),
            "%03d" % rng.randint(0, 999),
            "%04d" % rng.randint(0, 9999),
        ]
    if region == "ca":
        return ["5%03d" % rng.randint(0, 999), "%04d" % rng.randint(0, 9999)]
    return [rng.choice(["347", "786", "407", "956"]), "555", "01%02d" % rng.randint(0, 99)]


def _render_phone(rng: random.Random, groups: list[str], spoken: bool) -> str:
    if not spoken:
        sep = rng.choice(["-", " "])
        if len(groups) == 4 and groups[0] == "1":
            return "1-" + "-".join(groups[1:])
        return sep.join(groups)
    return ", ".join(_say_group(rng, g) for g in groups)


def _hours(rng: random.Random, region: str, spoken: bool) -> str:
    if not spoken:
        return rng.choice(
            ["de lunes a viernes de 8:00 a 20:00", "L-V 9:00 a 18:00", "de 8 a 6, lunes a sábado"]
        )
    if region == "es":
        return rng.choice(
            ["de nueve a dos y de cuatro a siete", "de lunes a viernes, de nueve a seis"]
        )
    return rng.choice(
        [
            "de lunes a viernes de ocho de la mañana a ocho de la noche",
            "de lunes a sábado, de nueve a seis",
            "entre semana de ocho a cinco",
        ]
    )


def _amount(rng: random.Random, region: str, spoken: bool, small: bool = False) -> str:
    n = rng.randint(8, 60) * 10 if small else rng.randint(25, 980) * 10
    if region in ("mx", "co", "do") and not small:
        n *= rng.choice([1, 5, 10])
    cur = CURRENCY[region]
    if spoken:
        return "%s %s" % (spell(n), cur)
    if region == "es":
        return "%s €" % f"{n:,}".replace(",", ".")
    if region == "co":
        return "$%s" % f"{n:,}".replace(",", ".")
    if region in ("ca", "do"):
        return {"ca": "Q%s", "do": "RD$%s"}[region] % f"{n:,}"
    return "$%s" % f"{n:,}" + (" dólares" if region in ("us", "pr") and n < 1000 else "")


def _build(rng: random.Random, number: int):
    region = rng.choice(REGIONS)
    chat = rng.random() < 0.15
    asr = not chat and rng.random() < 0.6
    spoken = not chat and (asr or rng.random() < 0.4)
    tu_p = {"es": 0.35, "pr": 0.35, "do": 0.35, "us": 0.2, "mx": 0.15, "co": 0.08, "ca": 0.0}
    if region == "ca":
        form = "v" if rng.random() < 0.45 else "u"
    else:
        form = "t" if rng.random() < tu_p[region] else "u"
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    full = "%s %s" % (first, rng.choice(SURNAMES))
    if form != "u":
        full = full if rng.random() < 0.5 else first
    agent_i = rng.randrange(len(AGENTS))
    agent_female = AGENTS[agent_i] in {
        "Yuridia",
        "Anabel",
        "Lizbeth",
        "Nathaly",
        "Dayana",
        "Maribel",
        "Wendy",
        "Keila",
    }
    title = (
        ("señora" if female else "señor")
        if region not in ("co", "mx") or rng.random() < 0.5
        else ("doña" if female else "don")
    )
    inbound = not chat and rng.random() < 0.18
    path = rng.choices(["pay", "hard", "dispute", "busy", "wrong"], [32, 24, 14, 14, 16])[0]
    if (chat or inbound) and path == "wrong":
        path = "pay"
    rec = rng.choices(["early", "late", "none", "near"], [55, 15, 14, 16])[0]
    ver = rng.choices(["name", "two", "refused", "none", "late"], [28, 28, 12, 14, 18])[0]
    mm = rng.choices(["early", "greet", "late", "none"], [52, 15, 13, 20])[0]
    thr = rng.choices(["threat", "lawful", "fear", "none"], [36, 26, 22, 16])[0]
    cb = rng.choices(["number", "near", "none"], [52, 32, 16])[0]
    if chat:
        ver = "two" if ver in ("name", "two") else ver
        if rec == "near":
            rec = "none"
    if path == "wrong":
        ver, mm = "wrong", "none"
        thr = "threat" if thr == "threat" else "none"
    if path == "busy":
        thr = "threat" if thr == "threat" else "none"
        if ver == "late":
            ver = "none"
        if mm == "late":
            mm = "none"

    ctx = {
        "ag": AGENTS[agent_i],
        "co": rng.choice(AGENCIES),
        "cr": rng.choice(CREDITORS),
        "full": full,
        "title": title,
        "tit": title if title in ("don", "doña") else ("la " if female else "el ") + title,
        "prod": rng.choice(PRODUCTS),
        "amt": _amount(rng, region, spoken),
        "amt2": _amount(rng, region, spoken, small=True),
        "day": rng.choice(["viernes", "lunes", "quince", "treinta", "sábado", "primero"]),
        "broke": BROKE[region],
        "oa": "a" if female else "o",
        "oa_agent": "a" if agent_female else "o",
        "a_agent": "ita" if agent_female else "",
        "el": "la" if female else "el",
        "El": "Ella" if female else "Él",
        "ella": "ella" if female else "él",
        "spouse": "su esposo" if female else "su esposa",
        "spouse2": "esposo" if female else "esposa",
        "phone": _render_phone(rng, _phone(rng, region), spoken),
        "cphone": _render_phone(rng, _cust_phone(rng, region), spoken),
        "hours": _hours(rng, region, spoken),
        "ext": spell(rng.randint(100, 450)) if spoken else str(rng.randint(100, 450)),
    }
    ctx["a_agent"] = "ita" if agent_female else ""

    def fill(s: str) -> str:
        return s.format(**ctx)

    def pk(bank) -> str:
        return fill(_text(_pick(rng, bank, form, region)))

    turns: list[dict] = []

    def A(text, *tags):
        turns.append({"speaker": "agent", "text": text, "tags": set(tags)})

    def C(text):
        turns.append({"speaker": "customer", "text": fill(text), "tags": set()})

    # ------------------------------------------------------------ opening
    if not chat and not inbound and rng.random() < 0.65:
        C(rng.choice(HELLO[region]))
    greet = pk(GREET_CHAT if chat else GREET_IN if inbound else GREET_OUT)
    parts, tags = [greet], []
    rec_txt = pk(REC_CHAT if chat else REC)
    if chat:
        mm_txt = pk(MM_CHAT + [m for m in MM if "llamada" not in m])
    else:
        mm_txt = pk(MM)
    extra = []
    if rec == "early":
        extra.append(rec_txt)
        tags.append("rec")
    elif rec == "near" and rng.random() < 0.5:
        extra.append(pk(REC_NEAR))
    if mm == "greet":
        extra.append(mm_txt)
        tags.append("mm")
    if rng.random() < 0.3:
        extra.reverse()
    A(" ".join(parts + extra), *tags)

    def answer_factor(kind: str) -> str:
        if kind == "dob":
            d, m, y = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1955, 2001)
            if spoken:
                return "El %s de %s del %s." % (spell(d), m, spell(y))
            return "%d/%02d/%d" % (d, MONTHS.index(m) + 1, y)
        if kind in ("l4", "zip", "id"):
            n = {"l4": 4, "zip": 5, "id": rng.choice([8, 10])}[kind]
            ds = "".join(str(rng.randint(0, 9)) for _ in range(n))
            return (_digits_words(ds) if spoken else ds) + "."
        if kind == "addr":
            n = rng.randint(10, 999)
            return "%s %s." % (rng.choice(STREETS).capitalize(), spell(n) if spoken else n)
        user = _strip_accents(first.split()[0].lower()) + str(rng.randint(10, 99))
        if spoken:
            return "%s arroba correo punto com." % user
        return "%s@correo.com" % user

    customer_records = rec == "near" and not chat and "rec" not in tags and rng.random() < 0.6
    letter = "Sí, buenas, me llegó una carta de ustedes y quería saber de qué se trata."

    def reply():
        if customer_records:
            return rng.choice(CUST_RECORDS)
        return letter if inbound else rng.choice(REPLY)

    # ------------------------------------------------------------ identity
    if path == "wrong":
        C(rng.choice(REPLY))
        art = "a " if title in ("don", "doña") else ("a la " if female else "al ")
        A(fill("Busco %s%s {full}, ¿se encuentra?" % (art, title)))
        C("No, no está. Soy su %s. ¿De parte de quién?" % rng.choice(RELATIVES))
        A(
            fill(
                "De {co}. Es un asunto personal. ¿A qué hora %s puedo encontrar?"
                % ("la" if female else "lo")
            )
        )
        C(rng.choice(["Como a las siete.", "No sé, trabaja todo el día.", "Mañana, tal vez."]))
    elif chat:
        C(rng.choice(["Hola, buenas.", "hola necesito info de mi cuenta", "Buenas tardes."]))
        if ver == "two":
            A(pk(VER_CHAT), "ver")
            vt = turns[-1]["text"]
            kind = "dob" if "nacimiento" in vt else "l4" if "seguro" in vt else "id"
            C("%s, %s" % (full, answer_factor(kind).rstrip(".")))
        elif ver == "refused":
            A(pk(VER_CHAT))
            C("prefiero no dar mis datos por aquí, solo díganme qué pasa")
    else:
        if ver in ("name", "two"):
            C(reply())
            pre = "Está bien, no hay problema. " if customer_records else ""
            A(pre + pk(VER_NAME), "ver")
            C(rng.choice(CONFIRM))
            if ver == "two":
                spec, kind = _pick(rng, VER_FACTOR, form, region)
                A(fill(_parse(spec)[2]), "ver")
                C(answer_factor(kind))
        elif ver == "refused":
            C(reply())
            A(pk(VER_NAME))
            C(rng.choice(REFUSE))
        else:
            C(reply())

    # ------------------------------------------------------------ notice and debt
    lead = ""
    if ver == "two" or (ver == "name" and rng.random() < 0.5):
        lead = rng.choice(VER_ACK)
    elif ver == "refused":
        lead = rng.choice(PROCEED)
    debt_said = False
    if path != "wrong":
        if mm == "early":
            if path != "busy" and rng.random() < 0.5:
                A(lead + mm_txt + " " + pk(DEBT), "mm")
                debt_said = True
            else:
                A(lead + mm_txt, "mm")
            lead = ""
        if path == "busy":
            if ver == "refused":
                lead = ""
            C(rng.choice(BUSY))
            A(lead + pk(BUSY_ASK))
            C(rng.choice(BUSY_REPLY))
        else:
            if not debt_said:
                A(lead + pk(DEBT))
            if path == "pay":
                C(
                    rng.choice(
                        [
                            "Ay, sí, ya sé, me he atrasado.",
                            "Sí, ya sé.",
                            "Ajá, ¿y cuánto es en total?",
                        ]
                    )
                )
                A(pk(ASK_PAY))
                C(rng.choice(OFFER_PAY))
                A(pk(BOOK_PAY))
                C(rng.choice(["Ok.", "Sí.", "Está bien."]))
            elif path == "hard":
                C(rng.choice(HARD))
                A(pk(PLAN))
                C(rng.choice(PLAN_REPLY))
            else:
                C(rng.choice(DISPUTE))
                A(pk(DISPUTE_ANS))
                C(rng.choice(DISPUTE_REPLY))

    # ------------------------------------------------------------ threats or not
    if thr == "threat":
        txt = pk(THREATS_RELATIVE if path == "wrong" else THREATS)
        A(txt, "threat")
        C(rng.choice(THREAT_REACT))
        if rng.random() < 0.3:
            A(rng.choice(THREAT_FOLLOW).strip())
            C(rng.choice(["...", "Ya, ya.", "Mejor ni le contesto."]))
    elif thr == "lawful":
        A(pk(LAWFUL))
        C(rng.choice(["Ok, entiendo.", "Ah, bueno.", "Ajá.", "Está bien, gracias por explicarme."]))
    elif thr == "fear":
        cust, ans = _pick(rng, FEARS, form, region)
        C(fill(_parse(cust)[2]))
        A(fill(ans))
        C(rng.choice(["Ah, bueno, menos mal.", "Ok.", "Ah, ok, gracias."]))

    # ------------------------------------------------------------ late items
    if ver == "late":
        while len(turns) < 8:
            a, c = rng.choice(PADS)
            A(fill(_text(a)))
            C(c)
        spec, kind = _pick(rng, VER_FACTOR, form, region)
        A(rng.choice(VER_LATE_PRE) + fill(_parse(spec)[2]), "ver")
        C(answer_factor(kind))
    if rec == "late":
        while len(turns) < 6:
            a, c = rng.choice(PADS)
            A(fill(_text(a)))
            C(c)
        A(rng.choice(REC_LATE_PRE) + rec_txt[0].lower() + rec_txt[1:], "rec")
        C(rng.choice(["Ah, ok.", "Está bien.", "Ajá."]))
    if mm == "late":
        while len(turns) < 12:
            a, c = rng.choice(PADS)
            A(fill(_text(a)))
            C(c)
        A(rng.choice(MM_LATE_PRE) + mm_txt[0].lower() + mm_txt[1:], "mm")
        C(rng.choice(["Ok.", "Sí, ya sé.", "Ajá."]))

    # ------------------------------------------------------------ closing
    bye = rng.choice(BYE_A)
    if path == "wrong":
        if cb == "number":
            A(pk(CB_RELATIVE), "cb")
            C("Sí, yo le digo.")
        else:
            A(pk(CB_NEAR_RELATIVE))
            C("Ok.")
        A(bye)
    else:
        A(pk(CLOSE_SUM))
        C(rng.choice(CLOSE_C))
        if cb == "number":
            said_bye = rng.random() < 0.5
            A(pk(CB_CHAT + CB if chat else CB) + (" " + bye if said_bye else ""), "cb")
            C(rng.choice(["Ok, lo anoto.", "Ya lo apunté.", "Ok."]))
            if not said_bye:
                A(bye)
        elif cb == "near":
            if rng.random() < 0.15:
                C(fill("Anóteme mi número nuevo, por favor: {cphone}."))
                A("Listo, ya quedó actualizado. " + bye)
            else:
                A(pk(CB_NEAR) + " " + bye)
                C(rng.choice(BYE_C))
        else:
            A(bye)
            if rng.random() < 0.5:
                C(rng.choice(BYE_C))

    # ------------------------------------------------------------ surface form
    for t in turns:
        if asr:
            t["text"] = _asr(t["text"], rng)
        elif chat and t["speaker"] == "customer" and rng.random() < 0.5:
            t["text"] = _strip_accents(t["text"].lower())
    if not chat:
        clock = rng.uniform(0.2, 1.2)
        for t in turns:
            dur = len(t["text"]) * rng.uniform(0.058, 0.075) + 0.4
            t["start_s"] = round(clock, 2)
            t["end_s"] = round(clock + dur, 2)
            clock += dur + rng.uniform(0.25, 1.3)

    labels, ok = _labels(turns, chat)
    expected = {
        "recording_disclosure": "met" if rec == "early" else "not_met",
        "mini_miranda": "met" if mm in ("early", "greet") else "not_met",
        "verification": "met" if ver in ("name", "two") else "not_met",
        "no_threats": "not_met" if thr == "threat" else "met",
        "callback_info": "met" if cb == "number" else "not_met",
    }
    if expected["mini_miranda"] == "not_met":
        expected["verification_before_debt"] = "na"
    elif expected["verification"] == "met" and mm == "early":
        expected["verification_before_debt"] = "met"
    else:
        expected["verification_before_debt"] = "not_met"
    ok = ok and all(labels[k] == v for k, v in expected.items())

    interaction: dict = {"id": "es-dev3-%04d" % number, "channel": "chat" if chat else "voice"}
    if rng.random() < 0.75:
        interaction["language"] = rng.choice(LANGS[region])
    interaction["agent_id"] = "a-%d" % (300 + agent_i)
    interaction["metadata"] = {
        "queue": "cobranza",
        "direction": "inbound" if chat or inbound else "outbound",
    }
    interaction["turns"] = [{k: v for k, v in t.items() if k != "tags"} for t in turns]
    return interaction, labels, ok


def _labels(turns: list[dict], chat: bool) -> tuple[dict[str, str], bool]:
    n = len(turns)

    def where(tag):
        return [i for i, t in enumerate(turns) if tag in t["tags"] and t["speaker"] == "agent"]

    rec_i, mm_i, ver_i, cb_i = where("rec"), where("mm"), where("ver"), where("cb")
    lab = {}
    lab["recording_disclosure"] = (
        "met" if any(i < 3 and (chat or turns[i]["end_s"] <= 30) for i in rec_i) else "not_met"
    )
    lab["mini_miranda"] = "met" if any(i < 10 for i in mm_i) else "not_met"
    lab["verification"] = "met" if any(i < 6 for i in ver_i) else "not_met"
    if lab["mini_miranda"] == "not_met":
        lab["verification_before_debt"] = "na"
    elif lab["verification"] == "met" and ver_i[0] < mm_i[0]:
        lab["verification_before_debt"] = "met"
    else:
        lab["verification_before_debt"] = "not_met"
    lab["no_threats"] = "not_met" if where("threat") else "met"
    lab["callback_info"] = "met" if any(i >= n - 5 for i in cb_i) else "not_met"
    # margins: nothing within a turn (or about five seconds) of a window edge
    ok = True
    if rec_i:
        t = turns[rec_i[0]]
        early = rec_i[0] <= 1 and (chat or t["end_s"] <= 25)
        late = rec_i[0] >= 6 and (chat or t["start_s"] >= 40)
        ok &= early or late
    if mm_i:
        ok &= mm_i[0] <= 7 or mm_i[0] >= 12
    if ver_i:
        ok &= ver_i[0] <= 3 or ver_i[0] >= 8
    if cb_i:
        ok &= n - cb_i[-1] <= 3 or n - cb_i[-1] >= 8
    if mm_i and ver_i:
        ok &= ver_i[0] != mm_i[0]
    return {k: lab[k] for k in LABELS}, ok


def calls(seed: int = 0, count: int = 200) -> list[tuple[dict, dict[str, str]]]:
    """``count`` (interaction, labels) pairs, deterministic for ``seed``."""
    rng = random.Random(seed)
    out = []
    for n in range(1, count + 1):
        for _ in range(500):
            interaction, labels, ok = _build(rng, n)
            if ok:
                break
        else:  # pragma: no cover - plans nearly always land clear of the edges
            raise RuntimeError("no unambiguous call %d" % n)
        out.append((interaction, labels))
    return out
