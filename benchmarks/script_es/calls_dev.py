"""Development split: synthetic Spanish debt-collection ("cobranza") phone calls.

Written by a helper session that never saw the product's rules, rulesets,
plugins, examples or the held-out set (calls_heldout.py). All templates and
phrasings below are original to this file. This is the DEVELOPMENT split; do
not use it as a held-out evaluation set.

``calls(seed, count)`` returns ``(interaction, labels)`` pairs. Generation is
deterministic for a given seed (``random.Random(seed)``), standard library only.

Label definitions (each "met" / "not_met", or "na" where stated). Turn
positions count every turn, whatever the speaker:

- recording_disclosure: the agent says the call is (or may be) recorded or
  monitored within the first 30 seconds AND within the first 3 turns. Said
  later or never -> not_met. A negated statement ("no se graba") or the
  customer saying they record does not count.
- mini_miranda: within the first 10 turns the agent says, in substance, that
  this is an attempt to collect a debt and/or that any information obtained
  will be used for that purpose (Spanish, or English in code-switched calls).
- verification: within the first 6 turns the agent confirms the right party or
  verifies identity (full name / "¿es usted ...?", date of birth, last four of
  the SSN, address, ZIP code).
- verification_before_debt: "na" when mini_miranda is not_met; otherwise "met"
  when verification is met and its first agent turn precedes the first
  mini-Miranda turn, else "not_met".
- no_threats: "not_met" when the agent threatens (arrest, jail, police,
  immediate lawsuit as intimidation, wage garnishment, seizing house/car/
  belongings, telling employer/family/neighbours, ruining credit forever);
  "met" otherwise. Customers voicing such fears with the agent denying them,
  and neutral information about legal process, are hard negatives (met).
- callback_info: within the last 5 turns the agent gives a phone number and/or
  office hours to call back; otherwise not_met.

Labels are recomputed from where the tagged phrases actually land in the built
call; a call is rebuilt when they disagree with its plan or when any tagged
phrase falls within about one turn / five seconds of a window edge.
"""

from __future__ import annotations

import random
import re
import unicodedata

STYLES = ("formal", "rushed", "chatty")
REGIONS = ("mx", "co", "ca", "pr", "do", "us")
LANG_BY_REGION = {
    "mx": ["es-MX", "es-MX", "es"],
    "co": ["es"],
    "ca": ["es-GT", "es"],
    "pr": ["es-PR", "es-PR", "es"],
    "do": ["es"],
    "us": ["es-US", "es-US", "es"],
}

AGENTS = [
    "Karla",
    "Luis Fernando",
    "Yesenia",
    "Óscar",
    "Marisol",
    "Julián",
    "Daniela",
    "Héctor",
    "Rocío",
    "Kevin",
    "Brenda",
    "Wilmer",
]
F_FIRST = [
    "María Guadalupe",
    "Ana Lucía",
    "Yolanda",
    "Daisy",
    "Carmen",
    "Leidy",
    "Rosa Elena",
    "Xiomara",
    "Gladys",
    "Marisela",
    "Johanna",
    "Nayeli",
]
M_FIRST = [
    "José Luis",
    "Jorge",
    "Wilson",
    "Edgar",
    "Ramón",
    "Jhon Fredy",
    "Luis Ángel",
    "Carlos",
    "Efraín",
    "Geovanny",
    "Rafael",
    "Alexis",
]
LAST = [
    "Ramírez",
    "Hernández",
    "Castillo",
    "Ortiz",
    "Soto",
    "Valencia",
    "Santana",
    "Rivera",
    "Montoya",
    "Batista",
    "López",
    "Figueroa",
    "Chávez",
    "Mejía",
    "Quiñones",
    "Reyes",
]
COMPANIES = [
    "Grupo Alameda",
    "Servicios Cumbre",
    "Centro de Cuentas Pacífico",
    "Gestiones Horizonte",
    "Atlas Soluciones Financieras",
    "Consultores Puerta del Sol",
    "Norte Claro Servicios",
]
CREDITORS = [
    "Banco Meridiano",
    "Tiendas Hogar Plus",
    "Financiera del Valle",
    "Crédito Amigo",
    "Clínica San Rafael",
    "MóvilNet",
    "Mueblería La Económica",
    "Cooperativa Santa Fe",
]
PRODUCTS = [
    "su tarjeta de crédito",
    "un préstamo personal",
    "una factura médica",
    "un plan de celular",
    "una compra a plazos",
]
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
STREETS = [
    "calle Palmas",
    "avenida Central",
    "Maple Street",
    "calle Los Pinos",
    "Ocean Drive",
    "calle Sol",
]
DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
AREA_WORDS = {
    "800": "ochocientos",
    "888": "ocho ocho ocho",
    "877": "ocho siete siete",
    "866": "ocho seis seis",
}

# ---------------------------------------------------------------- templates
HELLO = {
    "mx": ["¿Bueno?", "¿Bueno? ¿Quién habla?", "Sí, bueno."],
    "co": ["¿Aló?", "Aló, ¿sí?", "¿Aló? A la orden."],
    "ca": ["¿Aló? ¿Quién me habla?", "¿Aló? Diga, pues."],
    "pr": ["¿Aló? ¿Quién es?", "¿Hello? ¿Diga?"],
    "do": ["¿Diga?", "¿Aló? ¿Quién habla?"],
    "us": ["Hello?", "¿Hello? ¿Sí?"],
}
CUST_FILL = {
    "mx": ["Este, ", "Eh, ", "Híjole, ", "Pues ", "O sea, "],
    "co": ["Pues ", "Eh, ", "Ay, qué pena, ", "Mire, ", "O sea, "],
    "ca": ["Fíjese que ", "Vaya, ", "Mire, ", "Púchica, ", "Eh, "],
    "pr": ["Mira, ", "Ay bendito, ", "Eh, ", "Pues ", "O sea, "],
    "do": ["Mire, ", "Oiga, ", "Eh, ", "Diablo, ", "Pues "],
    "us": ["Okay, ", "So, ", "Este, ", "Eh, ", "Mire, "],
}
AGENT_FILL = ["Mire, ", "Fíjese que ", "Eh, ", "Bueno, ", "A ver, ", "Este, ", "Pues "]
BROKE = {
    "mx": "no tengo lana",
    "co": "no tengo plata",
    "ca": "no tengo pisto",
    "pr": "no tengo chavos",
    "do": "estoy pelao",
    "us": "no me alcanza el cheque",
}

OPEN = {
    "formal": [
        "Buenos días, le saluda {ag}, de {co}.",
        "Buenas tardes, mi nombre es {ag} y le llamo de {co}.",
        "Muy buenas tardes. Le habla {ag}, del departamento de cuentas de {co}.",
    ],
    "rushed": [
        "Sí, buenas, {ag} de {co}.",
        "Hola, buenas, habla {ag} de {co}.",
        "Buenas. {ag}, de {co}.",
    ],
    "chatty": [
        "¡Hola, muy buenas! ¿Cómo le va? Le habla {ag}, de {co}.",
        "Buenas tardes, ¿qué tal? Aquí {ag}, de parte de {co}, ¿cómo está?",
    ],
}
OPEN_T = [
    "¡Hola! ¿Qué tal? Te habla {ag}, de {co}.",
    "Hola, buenas, ¿cómo estás? Soy {ag}, de {co}.",
]

REC = [
    "Le informo que esta llamada está siendo grabada con fines de calidad.",
    "Esta llamada puede ser grabada y monitoreada para control de calidad.",
    "Antes que nada, le aviso que la conversación queda grabada.",
    "Por su seguridad y la nuestra, la llamada se está grabando.",
    "Le comento que esta comunicación podría ser monitoreada o grabada para fines de capacitación.",
    "Esta llamada es grabada, eh, para asegurar la calidad del servicio.",
    "Todas nuestras llamadas se graban, incluida esta.",
    "Le hago saber que estamos grabando esta llamada.",
]
REC_T = [
    "Te aviso que la llamada se está grabando, ¿sale?",
    "Ojo, que esta llamada se graba por calidad, ¿va?",
]
REC_EN = [
    "This call may be recorded for quality purposes.",
    "Just so you know, this call is being recorded.",
]
REC_NEG = [
    "Tranquilo, esta llamada no se graba, es solo una llamada de cortesía.",
    "Esta llamada no está siendo grabada, es una llamada informativa.",
    "No se preocupe, que aquí no estamos grabando nada.",
]
REC_LATE = [
    "Ah, perdone, se me pasó decirle al principio que la llamada está siendo grabada.",
    "Por cierto, le debí mencionar que esta conversación se graba por calidad.",
    "Le aclaro que la llamada queda grabada, por si en algún momento necesita una copia.",
]
REC_ASK = [
    ("Oiga, ¿y esto lo están grabando?", "Sí, la llamada se graba para control de calidad."),
    (
        "¿Esta llamada está siendo grabada o qué?",
        "Así es, se está grabando, es el procedimiento normal.",
    ),
]
CUST_RECORDS = [
    (
        "Oiga, antes de que siga, le aviso que yo voy a grabar esta llamada, eh.",
        "Está bien, no hay ningún problema.",
    ),
    (
        "Espéreme, que voy a poner a grabar en mi celular.",
        "Adelante, usted tranquila, aquí la espero.",
    ),
]

MM = [
    "Le informo que este es un intento de cobrar una deuda y cualquier información que obtengamos se usará con ese propósito.",
    "Por ley le tengo que decir que se trata de un intento de cobro de una deuda; la información que nos dé será utilizada para ese fin.",
    "Esta comunicación proviene de un cobrador de deudas y es un intento de cobrar una deuda.",
    "Cualquier información que obtengamos en esta llamada será utilizada para el cobro de la deuda.",
    "Este es un intento de cobranza de una deuda, y lo que usted nos comparta se usará para ese propósito.",
    "Le debo informar que somos una agencia de cobranza y que esta llamada es un intento de cobrar una deuda.",
    "Mire, esto es, eh, un intento de cobrar una deuda, y toda información obtenida se va a usar para ese fin.",
]
MM_T = [
    "Te cuento que esto es un intento de cobrar una deuda, y la info que me des se usa para eso mismo, ¿va?",
    "O sea, esta llamada es para cobrar una deuda y lo que platiquemos se usa para ese fin.",
]
MM_EN = [
    "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
    "This is an attempt to collect a debt, ok?, y cualquier información se usará para eso.",
]
MM_LATE_PRE = [
    "Ah, y algo que le tengo que leer, que se me pasó: ",
    "Perdone, una cosa que debo aclararle: ",
    "Antes de cerrar el acuerdo, por reglamento: ",
]
MM_ACK = ["Ajá.", "Ok.", "Sí, está bien.", "Mjm, ¿y de qué se trata?", "Ya, dígame.", "Ah, ok."]

VER_NAME = [
    "¿Hablo con {sr} {full}?",
    "¿Me comunico con {sr} {full}?",
    "¿Es usted {full}?",
    "¿Tengo el gusto con {sr} {full}?",
    "¿Me confirma si hablo con {first} {last}?",
]
VER_NAME_T = ["¿Eres {first} {last}?", "¿Hablo con {first} {last}?"]
VER_NAME_ANS = [
    "Sí, soy yo.",
    "Sí, {con}.",
    "{el} habla.",
    "Sí, ¿quién {lo} busca?",
    "Sí, dígame.",
    "Sí, es correcto.",
]
VER_DATA = [
    ("Para verificar su identidad, ¿me confirma su fecha de nacimiento?", "dob"),
    ("¿Me proporciona los últimos cuatro dígitos de su seguro social?", "ssn"),
    ("¿Me confirma su código postal, por favor?", "zip"),
    ("Por seguridad, ¿me dice la dirección que tiene registrada?", "addr"),
    ("¿Me regala su nombre completo, por favor?", "name"),
]
VER_LATE_PRE = [
    "Oiga, disculpe, antes de seguir necesito verificar unos datos. ",
    "Perdón, me faltó algo del protocolo. ",
    "Ah, antes de registrar cualquier cosa: ",
]
GREET_RESP = [
    "Sí, dígame.",
    "Ajá, ¿qué se le ofrece?",
    "Sí, ¿de qué se trata?",
    "Mjm, diga.",
    "¿Sí? ¿Para qué es?",
]

DEBT = [
    "Le llamo en relación con {prod} de {cr}, que tiene un saldo pendiente de {amt}.",
    "Le contacto por la cuenta de {cr}; aparece un saldo vencido de {amt}.",
    "Es sobre {prod} con {cr}. El balance que tenemos es de {amt}.",
    "El motivo de mi llamada es la cuenta de {cr}, que tiene {mo} meses de atraso y un saldo de {amt}.",
]
DEBT_T = [
    "Te llamo por la cuenta de {cr}, que tiene un saldo pendiente de {amt}.",
    "Es por {prod} con {cr}; el saldo que veo es de {amt}.",
]
DEBT_PAIRS = [
    (
        "Ay, sí, ya sé. Es que ahorita {broke}, la verdad.",
        "Entiendo perfectamente, por eso le llamo, para ver opciones.",
    ),
    (
        "¿{amt}? ¿Cómo que tanto? Yo pagué algo hace como dos meses.",
        "Sí, aquí veo un abono de marzo, pero quedaron intereses pendientes.",
    ),
    (
        "Sí, mire, quería arreglar eso, pero {broke}.",
        "Claro, no se preocupe, vamos a buscar algo que le funcione.",
    ),
    ("Mjm. Ya me imaginaba que era por eso.", "Bueno, pues veamos cómo lo podemos resolver."),
    (
        "Es que me quedé sin trabajo en marzo y desde ahí {broke}.",
        "Lamento escuchar eso. Tenemos algunas alternativas para casos así.",
    ),
    (
        "Sí, sí, esa cuenta es mía. Se me atrasó por lo de la operación de mi mamá.",
        "Sí, le entiendo, pues. A ver qué podemos hacer.",
    ),
]
CS_CUST = [
    "Sorry, ¿me repite el amount?",
    "Ok, pero I can't pay todo right now.",
    "Yeah, yeah, I know, pero es que estoy corta de dinero.",
    "Puedo hacer un payment el Friday, ¿ok?",
]
CS_PAIRS = [
    ("Ok, déjeme chequear su account un momentito.", "Ok, sure."),
    ("¿Prefiere que le mande el payment plan por email o por texto?", "Por texto, please."),
    ("So, lo que podemos hacer es un arreglo, ¿ok?", "Okay, let's see."),
]

OFFER = [
    "Le puedo ofrecer dividir el saldo en {k} pagos de {x}.",
    "Si liquida antes de fin de mes, se le aplica un descuento del {pct} por ciento.",
    "¿Cuánto podría abonar usted al mes, más o menos?",
    "Tenemos un plan a {k} meses, con pagos de {x} cada uno.",
    "Lo mínimo que el sistema me acepta para abrir un arreglo es {x}.",
]
OFFER_RESP = [
    "Pues podría dar {y} cada quincena.",
    "¿Y si le doy {y} el {wd} y lo demás después?",
    "No, eso está muy alto para mí ahorita. Le podría dar {y}.",
    "Déjeme pensar... {y} sí lo puedo hacer.",
    "Ok, con {y} al mes sí puedo.",
]
NEGOT = [
    "Bueno, déjeme ver si me lo autorizan... sí, se lo aceptan.",
    "Ok, podemos empezar con {y} y revisamos en dos meses.",
    "Perfecto, con eso arrancamos.",
    "Listo, el supervisor me lo aprueba con {y}.",
]
AGREE = [
    "Sí, está bien.",
    "Ok, dale.",
    "Sale, va.",
    "Ta bien, hagámoslo así.",
    "Bueno, está bien.",
    "Perfecto.",
]
CONFIRM = [
    ("Entonces queda registrado un pago de {y} para el {date}.", None),
    ("Listo, le dejo agendado el primer pago para el {date}.", None),
    (
        "Muy bien. ¿El pago lo haría con tarjeta de débito o en efectivo?",
        ["Con la tarjeta de débito.", "En efectivo, en la tienda.", "Por transferencia, mejor."],
    ),
    ("Le va a llegar un mensaje de texto con el resumen del acuerdo.", None),
]
CONFIRM_ACK = ["Ok, perfecto.", "Ajá, sí.", "Está bien.", "Ok, gracias."]

DISPUTE = [
    (
        "Yo no reconozco esa cuenta, nunca tuve nada con {cr}.",
        "Entiendo. Usted tiene derecho a disputarla; le enviaremos por correo la información de la cuenta y del acreedor original.",
    ),
    (
        "Ok, mándenmela, porque eso no es mío.",
        "Mientras se revisa, no se le va a pedir ningún pago sobre esta cuenta.",
    ),
    ("Está bien, gracias.", None),
]
LATER = [
    (
        "Mire, ahorita estoy en el trabajo y no puedo hablar mucho.",
        "Claro, no hay problema. ¿Prefiere que le volvamos a llamar otro día?",
    ),
    (
        "Sí, mejor la próxima semana, que ya me pagan.",
        "Perfecto, lo dejo anotado para la próxima semana.",
    ),
]

THREAT = [
    "Mire, si no paga hoy, vamos a tener que mandar a la policía a su domicilio.",
    "Usted sabe que por no pagar lo pueden meter a la cárcel, ¿verdad?",
    "Si no llegamos a un acuerdo ahorita, le vamos a embargar el sueldo.",
    "Vamos a llamar a su trabajo para que su jefe sepa que usted no paga.",
    "Si sigue así, le vamos a quitar el carro.",
    "Le voy a ser claro: o paga, o le embargamos la casa.",
    "Le vamos a dañar el crédito para siempre, no va a poder sacar ni un celular a plazos.",
    "Si no deposita hoy mismo, mañana a primera hora le metemos una demanda.",
    "Vamos a hablar con sus vecinos y con su familia para que sepan de esta cuenta.",
    "Oiga, si no paga, lo van a arrestar, así de simple.",
]
THREAT_EN = ["If you don't pay today, we'll garnish your wages, ¿me entiende?"]
THREAT_REACT = [
    "¿Qué? ¿Me está amenazando?",
    "Oiga, no me hable así.",
    "Ay, Dios mío, no, por favor.",
    "¿Cómo así? Eso no puede ser.",
]
DENIAL = [
    (
        "¿Me pueden meter a la cárcel por esto?",
        "No, para nada. Por una cuenta como esta nadie va a la cárcel; es un asunto civil y lo que buscamos es un acuerdo.",
    ),
    (
        "¿Van a llamar a mi trabajo? Me da miedo que mi jefe se entere.",
        "No, nosotros no hablamos con su empleador ni con su familia sobre su cuenta. Esto queda entre usted y nosotros.",
    ),
    (
        "¿Me van a quitar la casa?",
        "No, no, nadie le va a quitar nada. Solo queremos ver cómo ponerse al corriente.",
    ),
    (
        "Mi vecino me dijo que me iban a mandar a la policía.",
        "Le aseguro que eso no es así. La policía no tiene nada que ver con una cuenta de este tipo.",
    ),
    (
        "¿Me van a embargar el sueldo?",
        "No hay ningún embargo, ni lo estamos planteando. Vamos a buscar un plan que le acomode.",
    ),
    (
        "Es que tengo miedo de que me arruinen el crédito para siempre.",
        "Entiendo la preocupación, pero nadie le está amenazando con eso; al contrario, cuando termine de pagar, la cuenta se reporta como saldada.",
    ),
]
NEUTRAL = [
    (
        "Solo para que esté informado: en este momento no existe ninguna demanda. Si el acreedor decidiera algún día iniciar un proceso, usted recibiría una notificación formal por escrito y tendría derecho a defenderse.",
        "Ah, ok, gracias por decirme.",
    ),
    (
        "Le comento también que usted tiene treinta días para disputar la validez del saldo por escrito, si así lo desea.",
        "Ok, no, sí es mío, eso no lo discuto.",
    ),
    (
        "Si tiene dudas sobre sus derechos, puede consultar con un abogado de su confianza o con la oficina de protección al consumidor.",
        "Ok, está bien saberlo.",
    ),
]

CB = [
    "Cualquier duda, nos puede llamar al {phone}, de lunes a viernes de ocho de la mañana a ocho de la noche.",
    "Le dejo nuestro número: {phone}. Estamos de lunes a sábado, de nueve a seis.",
    "Si necesita comunicarse, el número es {phone}, extensión {ext}.",
    "Nuestro horario de atención es de lunes a viernes de 8 a. m. a 7 p. m., hora del este.",
    "Me puede marcar al {phone} y pregunta por mí, {ag}.",
    "Para cualquier cosa, llámenos al {phone}.",
]
CB_T = [
    "Cualquier cosa me marcas al {phone}, ¿va? Estamos de lunes a viernes hasta las ocho.",
    "Te dejo el número por si acaso: {phone}.",
]
CB_EN = ["Our number is {phone}, we're open Monday to Friday, de nueve a cinco."]
CB_MID = [
    (None, "Por si se nos corta la llamada, le dejo el número directo: {phone}."),
    (
        "¿Y si necesito llamarlos a ustedes?",
        "Nos encuentra de lunes a viernes, de ocho a seis, al {phone}.",
    ),
]

CLOSE_SUM = [
    "Bueno, pues eso sería todo por hoy.",
    "Muy bien, ya quedó todo registrado en el sistema.",
    "Listo, pues, ya quedó.",
    "Perfecto, pues con eso terminamos.",
]
CLOSE_C = [
    "Ok, gracias.",
    "Muchas gracias, muy amable.",
    "Dale, gracias.",
    "Ta bien, gracias.",
    "Sí, gracias.",
    "Ok, thank you.",
]
BYE_A = [
    "Gracias a usted, que tenga buen día.",
    "Con gusto, que le vaya muy bien.",
    "Hasta luego, cuídese mucho.",
    "A usted. Buenas tardes.",
]
BYE_A_T = ["Gracias a ti, que tengas bonito día.", "Cuídate mucho, bye."]
BYE_C = ["Igualmente, adiós.", "Bye.", "Gracias, hasta luego.", "Dios le bendiga."]
FOLIO = "Su número de folio es {folio}."

PADS = [
    ("¿Me escucha bien?", "Sí, sí, le escucho."),
    ("Permítame un segundito, que estoy abriendo su cuenta.", "Ajá."),
    ("¿Sigue ahí?", "Sí, aquí estoy."),
    ("Disculpe, se cortó un poquito. ¿Me repite, por favor?", "Que sí, que le entiendo."),
    ("Un momento, que el sistema está lento hoy.", "Está bien, no hay problema."),
]
SMALLTALK = [
    ("¿Y qué tal, cómo ha estado la semana?", "Ahí vamos, con mucho trabajo."),
    ("Se oye mucho ruido, ¿está en la calle?", "Sí, voy en el camión, pero dígame."),
    ("Uy, ¿y ese perrito que ladra?", "Ay, es el de al lado, no se calla."),
]

MISHEAR = {
    "pago": "pavo",
    "saldo": "salto",
    "tarjeta": "tarea",
    "banco": "blanco",
    "fecha": "flecha",
    "mensual": "mental",
    "cuotas": "notas",
    "descuento": "de cuento",
    "transferencia": "transparencia",
    "efectivo": "afectivo",
    "ahorita": "aorita",
    "claro": "charo",
    "perfecto": "perfecta",
    "arreglo": "arregló",
    "plan": "plano",
    "semana": "sábana",
    "trabajo": "trabajó",
    "cuenta": "cuento",
}
KEY_TAGS = {"rec", "recneg", "mm", "ver", "threat", "cb"}


def _lc(s: str) -> str:
    return s[0].lower() + s[1:] if s and s[0].isupper() else s


def _lc_lead(s: str) -> str:
    """Lower-case the first letter (after an opening ¿/¡) once a filler is prepended."""
    if s[:1] in "¿¡":
        return s[0] + _lc(s[1:])
    return _lc(s)


def _phone(rng: random.Random) -> str:
    area = rng.choice(list(AREA_WORDS))
    tail = "0%d" % rng.randint(100, 199)
    kind = rng.randrange(4)
    if kind == 0:
        return "1-%s-555-%s" % (area, tail)
    if kind == 1:
        return "(%s) 555-%s" % (area, tail)
    if kind == 2:
        return "%s 555 %s" % (area, tail)
    return "uno, %s, cinco cinco cinco, %s" % (
        AREA_WORDS[area],
        " ".join(DIGITS[int(d)] for d in tail),
    )


def _amount(rng: random.Random) -> str:
    v = rng.randint(180, 9800)
    cents = rng.choice([0, 0, 0, rng.randint(1, 99)])
    if rng.random() < 0.5:
        s = f"${v:,}" + (".%02d" % cents if cents else "")
    else:
        s = f"{v:,} dólares"
    return s


def _strip_accents(s: str, keep_enye: bool) -> str:
    if keep_enye:
        s = s.replace("ñ", "\x00").replace("Ñ", "\x01")
    out = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    out = unicodedata.normalize("NFC", out)
    if keep_enye:
        out = out.replace("\x00", "ñ").replace("\x01", "Ñ")
    return out


def _asr(turns, tags, rng: random.Random) -> None:
    drop_punct = rng.random() < 0.5
    keep_enye = rng.random() < 0.5
    for t in turns:
        s = _strip_accents(t["text"], keep_enye).lower().replace("¿", "").replace("¡", "")
        if drop_punct:
            s = re.sub(r"[.,;:?!]", "", s)
        t["text"] = re.sub(r"\s+", " ", s).strip()
    free = [i for i in range(len(turns)) if not (tags[i] & KEY_TAGS)]
    # misheard word(s)
    for _ in range(rng.randint(1, 2)):
        cands = [
            (i, w) for i in free for w in MISHEAR if re.search(r"\b%s\b" % w, turns[i]["text"])
        ]
        if cands:
            i, w = rng.choice(cands)
            turns[i]["text"] = re.sub(r"\b%s\b" % w, MISHEAR[w], turns[i]["text"], count=1)
    # a word split in two
    cands = [(i, m) for i in free for m in re.finditer(r"[a-zñ]{7,}", turns[i]["text"])]
    if cands:
        i, m = rng.choice(cands)
        w = m.group(0)
        cut = rng.randint(3, len(w) - 3)
        s = turns[i]["text"]
        turns[i]["text"] = s[: m.start()] + w[:cut] + " " + w[cut:] + s[m.end() :]
    # a repeated word
    i = rng.randrange(len(turns))
    words = turns[i]["text"].split(" ")
    j = rng.randrange(len(words))
    if re.fullmatch(r"[a-zñ]+", words[j] or ""):
        words.insert(j, words[j])
        turns[i]["text"] = " ".join(words)


def _labels(turns, tags):
    n = len(turns)

    def idx(tag):
        return [i for i in range(n) if tag in tags[i] and turns[i]["speaker"] == "agent"]

    rec_i, mm_i, ver_i, cb_i = idx("rec"), idx("mm"), idx("ver"), idx("cb")
    lab = {}
    lab["recording_disclosure"] = (
        "met" if any(i < 3 and turns[i]["end_s"] <= 30 for i in rec_i) else "not_met"
    )
    lab["mini_miranda"] = "met" if any(i < 10 for i in mm_i) else "not_met"
    lab["verification"] = "met" if any(i < 6 for i in ver_i) else "not_met"
    if lab["mini_miranda"] == "not_met":
        lab["verification_before_debt"] = "na"
    elif lab["verification"] == "met" and ver_i[0] < mm_i[0]:
        lab["verification_before_debt"] = "met"
    else:
        lab["verification_before_debt"] = "not_met"
    lab["no_threats"] = "not_met" if idx("threat") else "met"
    lab["callback_info"] = "met" if any(i >= n - 5 for i in cb_i) else "not_met"
    # unambiguity margins: every tagged phrase well away from window edges
    # (only the occurrence nearest to the window matters: the first one for
    # opening windows, the last one for the closing window)
    ok = True
    if rec_i:
        t = turns[rec_i[0]]
        early = rec_i[0] == 0 and t["end_s"] <= 25
        late = rec_i[0] >= 5 and t["start_s"] >= 35
        ok &= early or late
    if mm_i:
        ok &= mm_i[0] <= 7 or mm_i[0] >= 12
    if ver_i:
        ok &= ver_i[0] <= 3 or ver_i[0] >= 8
    if cb_i:
        ok &= n - cb_i[-1] <= 3 or n - cb_i[-1] >= 8
    if mm_i and ver_i and lab["mini_miranda"] == "met":
        ok &= ver_i[0] != mm_i[0]
    return lab, ok


def _build(rng: random.Random, number: int):
    region = rng.choice(REGIONS)
    agent_num = rng.randint(1, len(AGENTS))
    ag = AGENTS[agent_num - 1]
    style = STYLES[agent_num % 3]
    tu = (style == "chatty" and rng.random() < 0.6) or (
        region in ("pr", "do", "us") and style == "rushed" and rng.random() < 0.3
    )
    cs = rng.random() < 0.15
    asr = rng.random() < 0.40
    female = rng.random() < 0.5
    first = rng.choice(F_FIRST if female else M_FIRST)
    l1 = rng.choice(LAST)
    last = l1 if rng.random() < 0.6 else l1 + " " + rng.choice([x for x in LAST if x != l1])
    y_val = rng.choice([25, 40, 50, 60, 75, 80, 100, 120, 150, 200])
    ctx = {
        "ag": ag,
        "co": rng.choice(COMPANIES),
        "cr": rng.choice(CREDITORS),
        "prod": rng.choice(PRODUCTS),
        "amt": _amount(rng),
        "mo": rng.randint(2, 9),
        "first": first,
        "last": last,
        "full": first + " " + last,
        "sr": "la señora" if female else "el señor",
        "con": "con ella" if female else "con él",
        "lo": "la" if female else "lo",
        "el": "Ella" if female else "Él",
        "broke": BROKE[region],
        "phone": _phone(rng),
        "ext": rng.randint(200, 480),
        "k": rng.choice([3, 4, 6, 10, 12]),
        "x": "$%d" % rng.choice([45, 60, 85, 110, 150, 230]),
        "y": rng.choice(["$%d" % y_val, "%d dólares" % y_val]),
        "pct": rng.choice([15, 20, 25, 30, 40]),
        "wd": rng.choice(WEEKDAYS),
        "date": rng.choice(
            [
                "%s %d" % (rng.choice(WEEKDAYS), rng.randint(1, 28)),
                "%d de %s" % (rng.randint(1, 28), rng.choice(MONTHS)),
                "próximo %s" % rng.choice(WEEKDAYS),
            ]
        ),
        "folio": "%s-%d" % (rng.choice(["AB", "QX", "MN", "TR"]), rng.randint(1000, 9999)),
    }
    ver_answers = {
        "dob": "El %d de %s del %d."
        % (rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1955, 2001)),
        "ssn": rng.choice(
            [
                "%04d." % rng.randint(0, 9999),
                "Son " + ", ".join(DIGITS[rng.randint(0, 9)] for _ in range(4)) + ".",
            ]
        ),
        "zip": "Es el %05d." % rng.randint(10000, 99999),
        "addr": "%d %s." % (rng.randint(10, 9800), rng.choice(STREETS)),
        "name": ctx["full"] + ".",
    }

    # ------------------------------------------------------------- plan
    fails = set()
    if rng.random() < 0.5:
        fails = set(
            rng.sample(
                ["rec", "mm", "ver", "order", "threat", "cb"], 1 if rng.random() < 0.7 else 2
            )
        )
    rec_mode = (
        "early"
        if "rec" not in fails
        else rng.choice(["late", "late", "none", "negated", "customer"])
    )
    mm_mode = "early" if "mm" not in fails else rng.choice(["late", "late", "none"])
    ver_mode = "early" if "ver" not in fails else rng.choice(["late", "late", "none"])
    mm_first = "order" in fails and mm_mode == "early" and ver_mode == "early"
    threat_mode = (
        "threat"
        if "threat" in fails
        else rng.choice(["none", "none", "denial", "denial", "neutral"])
    )
    cb_mode = "end" if "cb" not in fails else rng.choice(["mid", "mid", "none"])
    path = rng.choices(["pay", "dispute", "later"], [0.68, 0.14, 0.18])[0]

    def fmt(s):
        return s.format(**ctx)

    def pick(base, t=None, en=None):
        pool = list(base)
        if tu and t:
            pool = list(t) + (list(base) if rng.random() < 0.3 else [])
        if cs and en and rng.random() < 0.5:
            pool = list(en)
        return fmt(rng.choice(pool))

    turns, tags = [], []

    def backchannel(speaker):
        # keep speakers alternating: a short acknowledgement from the other side
        if turns and turns[-1]["speaker"] == speaker:
            other = "customer" if speaker == "agent" else "agent"
            pool = (
                ["Ajá.", "Mjm.", "Ok.", "Sí.", "Ajá, sí."]
                if other == "customer"
                else ["Ajá.", "Mjm.", "Sí, dígame.", "Claro.", "Sí, le escucho."]
            )
            turns.append({"speaker": other, "text": rng.choice(pool)})
            tags.append(set())

    def A(text, *tg):
        backchannel("agent")
        if (
            not tg
            and turns
            and rng.random() < {"formal": 0.12, "rushed": 0.08, "chatty": 0.3}[style]
        ):
            f = rng.choice(AGENT_FILL)
            if not text.startswith(ag):
                text = _lc_lead(text)
            text = f + text
        turns.append({"speaker": "agent", "text": text})
        tags.append(set(tg))

    def C(text, *tg):
        backchannel("customer")
        if rng.random() < 0.3:
            f = rng.choice(CUST_FILL[region])
            if not text.startswith(first):
                text = _lc_lead(text)
            text = f + text
        turns.append({"speaker": "customer", "text": text})
        tags.append(set(tg))

    used_ver = set()

    def ver_exchange(prefix=""):
        if rng.random() < 0.6:
            A(prefix + pick(VER_NAME, VER_NAME_T), "ver")
            C(fmt(rng.choice(VER_NAME_ANS)))
            used_ver.add("name")
        else:
            q, kind = rng.choice(VER_DATA)
            A(prefix + q, "ver")
            C(ver_answers[kind])
            used_ver.add(kind)

    # ------------------------------------------------------------- opening
    if rec_mode != "early" and rng.random() < 0.4:
        C(rng.choice(HELLO[region]))
    opening = pick(OPEN[style], OPEN_T)
    otags = set()
    if rec_mode == "early":
        opening += " " + pick(REC, REC_T, REC_EN)
        otags.add("rec")
    elif rec_mode == "negated":
        opening += " " + rng.choice(REC_NEG)
        otags.add("recneg")
    inline_ver = ver_mode == "early" and not mm_first and rng.random() < 0.5
    if mm_first:
        opening += " " + pick(MM, MM_T, MM_EN)
        otags.add("mm")
    elif inline_ver:
        opening += " " + pick(VER_NAME, VER_NAME_T)
        otags.add("ver")
    A(opening, *otags)
    if rec_mode == "customer":
        c, a = rng.choice(CUST_RECORDS)
        C(c)
        A(a)
    if inline_ver:
        C(fmt(rng.choice(VER_NAME_ANS)))
    else:
        C(rng.choice(MM_ACK) if mm_first else rng.choice(GREET_RESP))
        if ver_mode == "early":
            ver_exchange()
    if ver_mode == "early" and rng.random() < 0.35:
        q, kind = rng.choice([v for v in VER_DATA if v[1] not in used_ver and v[1] != "name"])
        A(q, "ver")
        C(ver_answers[kind])
    debt_done = False
    if mm_mode == "early" and not mm_first:
        if style == "chatty" and rng.random() < 0.5:
            a, c = rng.choice(SMALLTALK)
            A(a)
            C(c)
        if rng.random() < 0.5:
            A(pick(MM, MM_T, MM_EN) + " " + pick(DEBT, DEBT_T), "mm")
            debt_done = True
        else:
            A(pick(MM, MM_T, MM_EN), "mm")
            C(rng.choice(MM_ACK))
    elif style == "chatty" and rng.random() < 0.4:
        a, c = rng.choice(SMALLTALK)
        A(a)
        C(c)

    # ------------------------------------------------------------- middle
    if not debt_done:
        A(pick(DEBT, DEBT_T))
    cust, agent = rng.choice(DEBT_PAIRS)
    C(rng.choice(CS_CUST) if cs and rng.random() < 0.5 else fmt(cust))
    if path == "dispute":
        pass
    elif style != "rushed" or rng.random() < 0.5:
        A(fmt(agent))
        C(rng.choice(["Ajá.", "Ok.", "Mjm.", "Ya.", "Bueno."]))

    if rec_mode == "late":
        while len(turns) < 7:
            a, c = rng.choice(PADS)
            A(a)
            C(c)
        if rng.random() < 0.5:
            c, a = rng.choice(REC_ASK)
            C(c)
            A(a, "rec")
        else:
            A(rng.choice(REC_LATE), "rec")
            C(rng.choice(["Ah, ok.", "Ok, está bien.", "Mjm."]))
    if ver_mode == "late":
        while len(turns) < 8:
            a, c = rng.choice(PADS)
            A(a)
            C(c)
        ver_exchange(rng.choice(VER_LATE_PRE))
    if cs:
        a, c = rng.choice(CS_PAIRS)
        A(a)
        C(c)

    def threat_seg():
        if threat_mode == "threat":
            if rng.random() < 0.4:
                c, a = rng.choice(DENIAL)
                C(c)
            A(fmt(rng.choice(THREAT + (THREAT_EN if cs else []))), "threat")
            C(rng.choice(THREAT_REACT))
        elif threat_mode == "denial":
            c, a = rng.choice(DENIAL)
            C(c)
            A(a)
        elif threat_mode == "neutral":
            a, c = rng.choice(NEUTRAL)
            A(a)
            C(c)

    cb_mid_done = False

    def cb_mid():
        nonlocal cb_mid_done
        c, a = rng.choice(CB_MID)
        if c:
            C(c)
        A(fmt(a), "cb")
        if not c:
            C(rng.choice(["Ok, lo anoto.", "Ajá, ya lo tengo.", "Ok."]))
        cb_mid_done = True

    early_threat = rng.random() < 0.4
    if early_threat:
        threat_seg()
    if cb_mode == "mid":
        cb_mid()
    if path == "pay":
        A(fmt(rng.choice(OFFER)))
        C(fmt(rng.choice(OFFER_RESP)))
        if rng.random() < 0.6 and style != "rushed":
            a, c = rng.choice(PADS)
            A(a)
            C(c)
        A(fmt(rng.choice(NEGOT)))
        C(rng.choice(AGREE))
        if not early_threat:
            threat_seg()
        if mm_mode == "late":
            while len(turns) < 13:
                a, c = rng.choice(PADS)
                A(a)
                C(c)
            A(rng.choice(MM_LATE_PRE) + _lc(pick(MM, None, MM_EN)), "mm")
            C(rng.choice(MM_ACK))
        a, answers = rng.choice(CONFIRM)
        A(fmt(a))
        C(rng.choice(answers) if answers else rng.choice(CONFIRM_ACK))
    else:
        pairs = DISPUTE if path == "dispute" else LATER
        for c, a in pairs:
            C(fmt(c))
            if a:
                A(fmt(a))
        if not early_threat:
            threat_seg()
        if mm_mode == "late":
            while len(turns) < 13:
                a, c = rng.choice(PADS)
                A(a)
                C(c)
            A(rng.choice(MM_LATE_PRE) + _lc(pick(MM, None, MM_EN)), "mm")
            C(rng.choice(MM_ACK))

    # ------------------------------------------------------------- closing
    closing = []  # (speaker, text, tags)
    bye = pick(BYE_A, BYE_A_T)
    if cb_mode == "end":
        cbt = pick(CB, CB_T, CB_EN)
        v = rng.randrange(4)
        if v == 0:
            closing = [
                ("agent", rng.choice(CLOSE_SUM), ()),
                ("customer", rng.choice(CLOSE_C), ()),
                ("agent", cbt + " " + bye, ("cb",)),
                ("customer", rng.choice(BYE_C), ()),
            ]
        elif v == 1:
            closing = [
                ("agent", rng.choice(CLOSE_SUM) + " " + cbt, ("cb",)),
                ("customer", rng.choice(CLOSE_C), ()),
                ("agent", bye, ()),
            ]
        elif v == 2:
            closing = [
                ("agent", rng.choice(CLOSE_SUM), ()),
                ("customer", rng.choice(CLOSE_C), ()),
                ("agent", cbt, ("cb",)),
                ("customer", rng.choice(["Ok, anotado.", "Ya lo apunté.", "Ok."]), ()),
                ("agent", bye, ()),
            ]
        else:
            closing = [
                ("agent", rng.choice(CLOSE_SUM), ()),
                ("customer", rng.choice(CLOSE_C), ()),
                ("agent", cbt + " " + bye, ("cb",)),
            ]
    else:
        closing = [("agent", rng.choice(CLOSE_SUM), ()), ("customer", rng.choice(CLOSE_C), ())]
        r = rng.random()
        if r < 0.25:
            closing += [("agent", fmt(FOLIO), ()), ("customer", "Ok.", ())]
        elif r < 0.4:
            closing += [
                (
                    "customer",
                    "Ah, y por cierto, mi número nuevo es %s-555-0%d."
                    % (rng.choice(["787", "305", "956", "718", "213"]), rng.randint(200, 299)),
                    (),
                ),
                ("agent", "Perfecto, ya lo actualicé en su cuenta.", ()),
            ]
        closing += [("agent", bye, ())]
        if rng.random() < 0.5:
            closing += [("customer", rng.choice(BYE_C), ())]
    if cb_mid_done:
        cb_idx = max(i for i in range(len(tags)) if "cb" in tags[i])
        while len(turns) + len(closing) - cb_idx < 9:
            a, c = rng.choice(PADS)
            A(a)
            C(c)
    for sp, text, tg in closing:
        (A if sp == "agent" else C)(fmt(text), *tg)

    # merge accidental consecutive same-speaker turns is unnecessary: keep them
    if asr:
        _asr(turns, tags, rng)

    t = rng.uniform(0.3, 1.5)
    for turn in turns:
        dur = len(turn["text"]) * rng.uniform(0.06, 0.08)
        turn["start_s"] = round(t, 2)
        turn["end_s"] = round(t + dur, 2)
        t = t + dur + rng.uniform(0.3, 1.5)

    interaction = {"id": "es-dev-%04d" % number, "channel": "voice"}
    if rng.random() >= 0.3:
        interaction["language"] = (
            rng.choice(["es-US", "es"]) if cs else rng.choice(LANG_BY_REGION[region])
        )
    interaction["agent_id"] = "a-%d" % agent_num
    interaction["turns"] = [
        {"speaker": x["speaker"], "text": x["text"], "start_s": x["start_s"], "end_s": x["end_s"]}
        for x in turns
    ]

    expected = {
        "recording_disclosure": "met" if rec_mode == "early" else "not_met",
        "mini_miranda": "met" if mm_mode == "early" else "not_met",
        "verification": "met" if ver_mode == "early" else "not_met",
        "no_threats": "not_met" if threat_mode == "threat" else "met",
        "callback_info": "met" if cb_mode == "end" else "not_met",
    }
    if mm_mode != "early":
        expected["verification_before_debt"] = "na"
    else:
        expected["verification_before_debt"] = (
            "met" if ver_mode == "early" and not mm_first else "not_met"
        )
    labels, ok = _labels(interaction["turns"], tags)
    return interaction, labels, ok and labels == expected


def calls(seed: int = 0, count: int = 200) -> list[tuple[dict, dict[str, str]]]:
    rng = random.Random(seed)
    out = []
    for n in range(1, count + 1):
        for _ in range(200):
            interaction, labels, ok = _build(rng, n)
            if ok:
                break
        else:  # pragma: no cover - practically unreachable
            raise RuntimeError("could not build an unambiguous call %d" % n)
        order = [
            "recording_disclosure",
            "mini_miranda",
            "verification",
            "verification_before_debt",
            "no_threats",
            "callback_info",
        ]
        out.append((interaction, {k: labels[k] for k in order}))
    return out
