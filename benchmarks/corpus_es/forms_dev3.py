"""Surface forms and phrasings of the Spanish DEV3 split (a third development split).

Written by a third hand, from the outside only (the README's conventions, compose.py and the
other development splits' conventions; never the recognisers, never the held-out split), to
tune on as well. Its emphasis is the way callers in the US, Mexico and Spain really hand over
their data:

- addresses above all: US addresses said in Spanish and Spanglish ("en la Navigation, el dos
  mil cien, apartamento doce", the house number in English, "suite", "espacio", ZIP digit by
  digit, in pairs or as a whole number), Mexican ones (privada, cerrada, circuito, manzana y
  lote, número exterior e interior, fraccionamiento, "entre calles", "ce pe"), Spanish ones
  (portal, piso said as an ordinal, puerta, código postal as a number, provincia); typed on one
  line, on several lines, in a labeled web form; volunteered in the middle of a complaint, for a
  delivery or a move, read from the record by the agent, given in pieces across turns, partial
  (street and number, ZIP alone);
- phones with "más uno", "más cincuenta y dos", "lada", "código de área", in whole numbers and
  in English digits; SSNs with "guion" said aloud and in English; cards and codes with spoken
  connectors ("sigue", "y los últimos son") and "y" before the last digit; expiries with
  "diagonal"/"barra"; dates of birth with "día, mes, año" labels, years in pairs ("diecinueve
  ochenta y cinco"), digit by digit as on a keypad, in English, typed year first, with month
  abbreviations and roman months; ids with "hache de hombre"/"eme de mujer", spelled with the
  caller's own example words and with "y la homoclave es ...";
- names in forms (one span per field), signatures (surname first, capitals, a title left out),
  third parties ("a nombre de mi cuñado ..."), particles, "y" between surnames and hyphens.

`build` is compose.build's flow with a view of this module whose phrasings follow the channel
kind, the country and the language mix, and with three scenes of its own: an address given in
pieces across turns (one span per piece, context "split"), a form with one span per name field
(context "form") and a chat or e-mail signature (context "signature").
"""

import re
import types

from . import compose
from .compose import (
    LETRAS,
    MESES,
    PCI,
    UNIDADES,
    card,
    card_groups,
    chunks,
    curp,
    day,
    fam,
    fill,
    fits,
    fold,
    from_family,
    iso,
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
from .verify import NUMWORDS, UNIT, number_alts

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]
# The address is the weakest area: read from the record and volunteered more often.
MODES_ENT = {
    "ADDRESS": ["ask", "volunteer", "volunteer", "noq", "readback", "split", "form",
                "readback_only", "readback_only"],
}  # fmt: skip

# ---------------------------------------------------------------- phrasings (every channel)
# fmt: off
T = {
    "ask": ["¿Me podría compartir {su} {noun}, por favorcito?",
            "Necesito que me diga {su} {noun} para seguir con el trámite.",
            "¿Me ayuda con {su} {noun}, por favor?",
            "Permítame {su} {noun}, si es tan amable.",
            "Vamos a verificar {su} {noun}, ¿me {lo} proporciona?"],
    "answer": ["A ver, déjeme ver, {es} {v}.", "Sí, mire, se lo digo: {v}.",
               "Claro que sí, señorita, {v}.", "Con mucho gusto, {es} {v}.",
               "Apúntele, por favor: {v}."],
    "volunteer": ["Antes de que se me olvide, {mi} {noun} {es} {v}.",
                  "Le adelanto {mi} {noun} para ganar tiempo: {v}.",
                  "Ah, y {mi} {noun}, por si lo va a necesitar, {es} {v}."],
    "ack": ["Listo, muchas gracias, ya quedó capturado.", "Muy bien, ya lo anoté en el sistema.",
            "Okey, ya lo tengo aquí en pantalla."],
    "noq_agent": ["Ahora, por favor, voy a ocupar {su} {noun}.",
                  "Lo que sigue en el formulario es {su} {noun}.",
                  "Y ahora me hace falta nada más {su} {noun}."],
    "noq_cust": ["Ya, a ver, {v}.", "Órale, pues es {v}.", "Mmm, sí, sí: {v}."],
    "readback": ["Lo repito para confirmar: {v}. ¿Estamos bien?",
                 "Anoté {v}, ¿así es o me equivoqué?", "Me quedó {v}, ¿es correcto eso?"],
    "readback_only": ["Según el sistema, {su} {noun} {es} {v}; ¿sigue igual?",
                      "En su expediente aparece {v}, ¿lo dejamos así como está?",
                      "Veo en pantalla {v}, ¿todavía es vigente eso?"],
    "confirm": ["Así es, sí, está bien.", "Correcto, ese mismo es.", "Sí, todavía es ese."],
    "thanks": ["No, de nada, señorita.", "Sí, aquí sigo en la línea."],
    "split_a": ["Ok, pues son {v}", "Le voy dictando, {v}", "Empiezo, ¿eh?: {v}"],
    "split_mid": ["{v}, ajá, ¿sí?", "luego sigue {v}", "y después {v}"],
    "split_ack": ["Ajá, sí, le sigo.", "Mjm, sí, lo voy anotando.", "Sí, sí, dígame lo demás.",
                  "Ajá... ¿y luego qué sigue?", "Ándele, sí, siga por favor.",
                  "Ok, sí, lo tengo, siga."],
    "split_b": ["Y lo último sería: {v}.", "Ya por último, {v}, es todo.",
                "Y ya nada más falta {v}."],
    "email": ["Les indico {mi} {noun}: {v}.", "{Mi} {noun} {es} {v}, por si lo ocupan.",
              "Anoto {mi} {noun} para que lo tengan: {v}."],
    "form": ["▸ {Label}: {v}", "{Label} ........ {v}", "| {Label} | {v} |", "{Label} → {v}"],
    "intro": ["Bienvenido a {org}, mi nombre es {v} y esta llamada se graba. ¿En qué le ayudo?",
              "Gracias por contactar a {org}. Le saluda {v}, ¿cómo le puedo ayudar hoy?"],
    "address": ["Gracias, {v}, ya localicé su cuenta.", "Con gusto le ayudo, {v}, deme un momento.",
                "Perfecto, {v}, un segundito por favor en lo que abro su expediente."],
}
T_ENT = {
    "PERSON": {
        "ask": ["¿Con quién tengo el gusto de hablar esta tarde?",
                "¿Me dice su nombre con apellido paterno y materno, despacio?",
                "¿A nombre de quién le registro el reporte?"],
        "answer": ["Le habla {v}, buenas tardes.", "Me llamo {v}, para servirle.",
                   "Mi nombre es {v}, mucho gusto.", "Pues con {v}, que es quien tiene la cuenta."],
        "volunteer": ["Buenas tardes, le llama {v}, ¿cómo está?",
                      "Sí, buenas, mi nombre es {v} y le llamo por lo siguiente."],
        "noq_agent": ["Necesito el nombre completo, tal como está en la cuenta.",
                      "Ahora deme su nombre completo, por favor, con apellidos."],
        "noq_cust": ["Ok, pues me llamo {v}.", "Ah, sí, mi nombre es {v}, con apellidos."],
        "readback": ["Entonces es {v}, ¿verdad que sí?", "Le anoto como {v}, ¿correcto?"],
        "readback_only": ["¿Estoy hablando con {v}, por favor?",
                          "La cuenta está a nombre de {v}, ¿es usted?"],
        "confirm": ["Sí, yo mero, dígame.", "Sí, soy yo, dígame en qué le ayudo."],
        "email": ["Les saluda {v}, cliente de hace años.",
                  "Mi nombre es {v}, soy cliente de ustedes."],
        "address": ["Claro que sí, {v}, ahorita lo reviso.", "Muy bien, {v}, permítame tantito.",
                    "Gracias por la espera, {v}, ya casi terminamos."],
    },
    "DATE_OF_BIRTH": {
        "ask": ["Para ubicarle en el sistema, ¿su fecha de nacimiento?",
                "¿Me confirma su fecha de nacimiento, con todo y año?",
                "¿Qué día nació usted, con todo y año, por favor?"],
        "answer": ["Mi fecha de nacimiento es esta: {v}.", "Sería {v}, según mi acta.",
                   "Es {v}, señorita, así viene en mi identificación."],
        "volunteer": ["Le doy de una vez mi fecha de nacimiento: {v}."],
        "noq_agent": ["Ahora su fecha de nacimiento, por favor, día, mes y año."],
        "noq_cust": ["Ok, a ver, {v}."],
        "readback": ["Entonces su fecha de nacimiento es {v}, ¿verdad?"],
        "readback_only": ["Aparece con fecha de nacimiento {v}, ¿es correcto?"],
        "email": ["Mi fecha de nacimiento, para que me ubiquen: {v}."],
    },
    "ADDRESS": {
        "ask": ["¿A qué dirección se la mandamos esta vez?",
                "¿Cuál es la dirección donde está viviendo ahorita?",
                "¿Me confirma su domicilio completo, con todo y código postal?",
                "¿Dónde quiere que le llegue el plástico nuevo?"],
        "answer": ["Ahorita estoy rentando en {v}.", "Mi casa queda en {v}, por la escuela.",
                   "Sería {v}, por favor.", "Estoy viviendo con mi hija en {v}.",
                   "La dirección es {v}, ahí mismo."],
        "volunteer": [
            "Es que me llega a la casa de mi mamá, en {v}, y yo ya no vivo ahí.",
            "Me mandaron el paquete a {v} y nunca llegó nada.",
            "Ya me cambié, ahora estoy en {v}, a ver si lo pueden actualizar.",
            "Oiga, el recibo sigue llegando a {v}, y ese es mi domicilio viejo.",
            "Yo les di la dirección {v} y aun así me dicen que no encuentran la casa.",
            "Lo necesito en {v}, que es donde trabajo, porque en la casa no hay nadie."],
        "noq_agent": ["Ahora vamos a actualizar su domicilio en el sistema.",
                      "Necesito la dirección a donde enviamos la tarjeta nueva."],
        "noq_cust": ["Ok, pues es {v}.", "Mándela mejor a {v}, por favor."],
        "readback": ["Entonces el domicilio le queda {v}, ¿verdad?",
                     "Le leo lo que anoté: {v}. ¿Está bien?"],
        "readback_only": [
            "Tengo su domicilio como {v}, ¿sigue siendo así?",
            "La dirección que aparece en el sistema es {v}. ¿Ahí mismo le enviamos todo?",
            "Le tengo registrado {v}, ¿todavía vive ahí?",
            "El envío está programado para {v}, ¿es correcto?",
            "Aquí me sale la dirección {v}, ¿no ha cambiado?"],
        "confirm": ["Sí, ahí mismo, no ha cambiado.", "Sí, ahí sigo viviendo todavía.",
                    "Ajá, esa es la buena."],
        "email": ["Mi nueva dirección es {v}, favor de actualizarla.",
                  "Favor de enviar la correspondencia a {v}.",
                  "Actualmente resido en {v}, desde hace poco."],
    },
    "PHONE_NUMBER": {
        "ask": ["¿A qué número le podemos regresar la llamada si se corta?",
                "¿Me da un teléfono de contacto, de preferencia celular?",
                "¿Cuál es su número de celular actual, el que trae ahorita?"],
        "answer": ["Mi número, a ver, es este: {v}.",
                   "Márqueme al {v}, por favor, a cualquier hora.",
                   "Es el {v}, es mi celular personal."],
        "volunteer": ["Es que me siguen llamando al {v} y ese número ya no lo uso.",
                      "Si se corta, llámeme al {v}, por favor."],
        "noq_cust": ["Ok, me localiza al {v}."],
        "readback": ["Le repito el número para no equivocarme: {v}, ¿correcto?"],
        "readback_only": ["¿Le seguimos llamando al {v}, o ya cambió?",
                          "Tengo como su celular el {v}, ¿sigue activo?"],
    },
    "US_SSN": {
        "answer": ["Sí, a ver, el mío es {v}.", "Ok, lo tengo aquí en la tarjetita: {v}."],
        "volunteer": ["Para que no me lo pida después, {mi} {noun} {es} {v}."],
    },
    "CREDIT_CARD": {
        "answer": ["Se lo leo de la tarjeta: {v}.", "Tenga, son estos: {v}.",
                   "Ok, de la tarjeta que termina igual: {v}."],
        "volunteer": ["Le voy a pagar con esta tarjeta, {es} {v}."],
    },
    "CARD_CVV": {
        "answer": ["Atrás trae el {v}, ya casi ni se ve.", "El codiguito de atrás es {v}."],
        "volunteer": ["Y el de seguridad, el de atrás, es {v}."],
    },
    "CARD_EXPIRY": {
        "answer": ["Aquí dice que vence hasta {v}.", "Es válida hasta {v}, la acaban de mandar.",
                   "Dice válida hasta {v}, en letras chiquitas."],
        "volunteer": ["Ah, y vence hasta {v}, por si lo pide."],
        "noq_cust": ["Hasta {v}, dice aquí abajito."],
        "readback": ["Válida hasta {v}, ¿así dice en el plástico?"],
        "readback_only": ["La tarjeta que tengo registrada vence {v}, ¿es la misma?"],
    },
    "EMAIL_ADDRESS": {
        "answer": ["Mi correo, apúntelo bien: {v}.", "Es el {v}, todo en chiquitas."],
        "readback_only": ["Le llegan los avisos a {v}, ¿verdad?"],
    },
}
# An English-speaking agent in a switched call.
T_EN = {
    "ask": ["Could I get the {noun} real quick?", "Please give me the {noun} when you're ready.",
            "I'll need the {noun} to continue with this."],
    "ack": ["Alright, got it, thank you so much.", "Okay, that's noted on the account."],
    "noq_agent": ["Now I'm going to need the {noun}, please."],
    "split_ack": ["Okay, keep going, I'm writing it down.", "Mm-hmm, go on, please.",
                  "Uh-huh, yes, what's next?"],
    "intro": ["Hi, you've reached {org}. This call is recorded. I'm {v}, what can I do for you?"],
    "address": ["Thanks, {v}, let me check on that for you.",
                "Sure, {v}, give me just one second here."],
}

# Additions by channel kind, country and language mix: OVERLAY[key][entity or "*"][phrase key].
OVERLAY = {
    "voice": {
        "*": {"ask": ["¿Me podría decir {su} {noun}, despacito, por favor?"],
              "answer": ["Sí, ahí le va despacio para que lo anote: {v}."]},
        "PHONE_NUMBER": {"answer": ["Sí, anótelo, por favor, que luego se me olvida: {v}."]},
        "ADDRESS": {"answer": ["Mire, le explico cómo llegar, es {v}."]},
    },
    "typed": {
        "*": {"ask": ["¿Me escribes {el} {noun}, por favor, aquí en el chat?",
                      "Por este medio puede enviarme {su} {noun}, es seguro."],
              "answer": ["ok, ahí va: {v}",
                         "{v} 👍👍",
                         "sale, es {v}",
                         "aquí está lo que pide: {v}"],
              "ack": ["Recibido, muchas gracias por escribirlo."]},
        "ADDRESS": {"answer": ["te la paso como viene en el recibo:\n{v}",
                               "es esta, la de ahorita:\n{v}"],
                    "volunteer": ["Les escribo porque me cambié de casa, la nueva es:\n{v}"]},
    },
    "US": {"*": {"answer": ["Ok, pues mira, {v}.", "Bueno, okay, so {v}."],
                 "confirm": ["Yes, está correcto, okay.", "Sí, that's it, correcto."],
                 "ack": ["Perfecto, gracias, okay, ya."]}},
    "MX": {"*": {"answer": ["Órale, pues es {v}.", "Sí, señorita, es {v}."],
                 "confirm": ["Sí, ese merito es.", "Ajá, así mero, señorita."],
                 "noq_cust": ["Sale, pues es {v}."]}},
    "ES": {"*": {"answer": ["Venga, apunte: {v}.", "Pues es {v}, ¿vale?", "Vale, apúntelo: {v}."],
                 "confirm": ["Sí, eso es, vale, vale.", "Correcto, sí, sí, ese."],
                 "ack": ["Vale, muchas gracias, ya está."],
                 "ask": ["¿Me indica {su} {noun}, si es tan amable?"]}},
    "intra": {"*": {"answer": ["So, {es} {v}, okay?", "Okay, déjame ver, {v}."],
                    "volunteer": ["Te paso {mi} {noun} right now: {v}."]}},
}

NOUNS = {
    "CREDIT_CARD": ["el número largo de la tarjeta",
                    "el número de la tarjeta para el pago"],
    "CARD_CVV": ["el código de atrás de la tarjeta", "el numerito de seguridad de atrás",
                 "el código de la parte de atrás"],
    "CARD_EXPIRY": ["la fecha de vencimiento impresa en la tarjeta",
                    "la fecha de vencimiento, mes y año",
                    "la vigencia de la tarjeta"],
    "PERSON": ["el nombre tal como aparece en la identificación",
               "el nombre y los apellidos completos"],
    "DATE_OF_BIRTH": ["la fecha de nacimiento que viene en el acta",
                      "la fecha de nacimiento con todo y año"],
    "ADDRESS": ["la dirección de su casa", "el domicilio particular actual",
                "la dirección para el envío", "la dirección donde llega la correspondencia"],
    "PHONE_NUMBER": ["el número de contacto para avisos", "el teléfono fijo o celular",
                     "el número de celular actual"],
    "EMAIL_ADDRESS": ["el correo donde llegan los avisos", "la dirección de e-mail de uso diario",
                      "el correo electrónico personal"],
    "US_SSN": ["el número de la tarjetita del seguro social", "el número del seguro, completo",
               "el SSN completito"],
    "MX_CURP": ["la clave única de registro", "la CURP tal como viene en el acta",
                "la Clave Única de Registro de Población del titular"],
    "MX_RFC": ["el RFC con todo y homoclave", "el registro federal de contribuyentes ante el SAT",
               "la clave de RFC para facturar"],
    "ES_NIF": ["el número del DNI con la letra", "el NIF con su letra",
               "el número del documento de identidad"],
    "ES_NIE": ["el NIE con las letras", "el número de extranjero asignado",
               "el número que viene en la tarjeta de residencia"],
}
NOUNS_LOC = {
    "US": {"PHONE_NUMBER": ["el número de teléfono con código de área"],
           "ADDRESS": ["la dirección con el zip code"]},
    "MX": {"PHONE_NUMBER": ["el número de celular con lada"],
           "ADDRESS": ["el domicilio con colonia y código postal"]},
    "ES": {"ADDRESS": ["las señas de su casa", "la dirección con el código postal"]},
}
NOUNS_CS = {
    "CREDIT_CARD": ["el card number de la tarjeta", "los numbers de la card"],
    "CARD_CVV": ["el code de atrás de la card"],
    "CARD_EXPIRY": ["el expiration de la card"],
    "PERSON": ["el first y last name"],
    "DATE_OF_BIRTH": ["el birthday con año"],
    "ADDRESS": ["el address de la casa", "el mailing address actual"],
    "PHONE_NUMBER": ["el phone number de la casa", "el cell de contacto"],
    "EMAIL_ADDRESS": ["el email address personal"],
    "US_SSN": ["el número del social security", "el SSN completo"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["long number on the credit or debit card"],
    "CARD_CVV": ["verification code on the back of the card"],
    "CARD_EXPIRY": ["month and year the card expires"],
    "PERSON": ["name as it appears on the account"],
    "DATE_OF_BIRTH": ["date you were born"],
    "ADDRESS": ["street address with apartment number", "address we have on the account"],
    "PHONE_NUMBER": ["number we can reach you at", "phone number we have on file"],
    "EMAIL_ADDRESS": ["best email to reach you"], "US_SSN": ["full social security number"],
}
LABELS = {
    "CREDIT_CARD": ["Tarjeta de crédito/débito", "Núm. de la tarjeta a cargar"],
    "CARD_CVV": ["CVV (reverso de la tarjeta)", "Cód. de seguridad (atrás)"],
    "CARD_EXPIRY": ["Vigencia de la tarjeta (MM/AA)", "Fecha de expiración de la tarjeta"],
    "PERSON": ["Nombre del cliente (como en su ID)", "Titular del servicio"],
    "DATE_OF_BIRTH": ["Fecha de nac. del titular", "Nació el (día/mes/año)",
                      "F. nac. (DD-MM-AAAA)"],
    "ADDRESS": ["Domicilio actual del titular", "Dirección de entrega del pedido",
                "Dirección para envío de estados de cuenta"],
    "PHONE_NUMBER": ["Teléfono de casa o celular", "Celular (WhatsApp)", "Tel. para localizarle"],
    "EMAIL_ADDRESS": ["E-mail para avisos", "Correo electrónico del cliente"],
    "US_SSN": ["Seguro social (SSN)", "Social Security # del titular"],
    "MX_CURP": ["CURP (como en el acta)", "Clave CURP del cliente"],
    "MX_RFC": ["RFC (con homoclave, para factura)", "R.F.C. para facturar"],
    "ES_NIF": ["DNI/NIF del cliente", "Documento de identidad (DNI)"],
    "ES_NIE": ["NIE/TIE del cliente", "Documento de identidad (NIE)"],
}
LAST4 = ["los dígitos finales del seguro social", "la terminación de la tarjeta del social"]
LAST4_CS = ["los last digits del SSN"]
LAST4_EN = ["ending digits of the SSN"]
LAST4_LABELS = ["SSN (terminación, por seguridad)", "Social, últimos dígitos nada más"]
ZIP = ["el código postal de la casa", "el código postal donde vive"]
ZIP_CS = ["el zip de la casa"]
ZIP_EN = ["ZIP code for that address"]
STREET = ["la calle y el número de la casa", "la calle con el número exterior"]
STREET_EN = ["street name and the house number"]
HOLDER_EN = ["name of the account owner"]

# Phrasings of single families (they replace the entity's for those keys).
PHR = {
    "zip": {
        "ask": ["¿Y su código postal, para ver qué sucursal le toca?",
                "¿Me confirma el código postal, nada más?",
                "Nada más necesito el código postal para ver la cobertura."],
        "answer": ["El mío es el {v}.", "Mmm, es el {v}, creo.", "Sí, es {v}, el de la casa."],
    },
    "street": {
        "ask": ["¿En qué calle y número vive usted, nada más eso?",
                "Nada más la calle y el número, por favor, para el croquis.",
                "¿Me dice la calle y el número de la casa?"],
        "answer": ["Vivo ahí por {v}.", "Ahí en {v}, cerquita del parque.",
                   "Es en la mera {v}."],
    },
    "form_block": {
        "answer": ["Se la copio como la tengo en el formulario:{v}", "Va, con todo y datos:{v}"],
        "volunteer": ["Les mando mi dirección completa para el envío:{v}"],
        "noq_cust": ["Ahí va, como viene en mi comprobante:{v}"],
        "email": ["Mis datos de envío son los siguientes:{v}"],
    },
    "third_party": {
        "volunteer": ["Es que la cuenta está a nombre de {v}, pero yo soy quien paga.",
                      "Le hablo por parte de {v}, que ahorita no puede hablar.",
                      "El servicio lo contrató {v} y yo nada más ayudo con los pagos."],
        "ack": ["Entiendo, gracias por avisarme.", "Muy bien, lo anoto en la cuenta."],
    },
}
# Chat and e-mail signatures, the form that gathers name fields, the scene of an address given
# in pieces.
SIGN_CHAT = ["Gracias por la ayuda, de verdad.\n{v}", "Saludos cordiales y buen día,\n{v}",
             "Quedo pendiente de su respuesta.\n— {v}"]
FORM_HEAD = ["Les paso mis datos como me los pidieron:", "Datos del titular de la cuenta",
             "Mis datos para el registro del servicio:"]
NAME_FIELDS = {
    "MX": [("Nombres del titular", "first"), ("Apellido paterno del titular", "last1"),
           ("Apellido materno del titular", "last2")],
    "US": [("First name / Nombre", "first"), ("Last name / Apellidos", "lasts")],
    "ES": [("Nombre del titular", "first"), ("Primer apellido del titular", "last1"),
           ("Segundo apellido del titular", "last2")],
}
ADDR_SPLIT_A = ["Ok, le digo, es {v}", "Le voy diciendo por partes: {v}", "Mire, primero {v}"]
ADDR_SPLIT_B = ["Y luego va {v}.", "Ya después sigue {v}.", "Y ya al final {v}."]

# ASR noise: fillers and self-corrections of this writer.
FILL = ["ehhh", "hmmm", "este, pues", "a ver, a ver"]
CORRECTIONS = ["no, no, perdone", "ay, me confundí", "espéreme, no es así", "uy, no, está mal"]
# Words said inside a value that are not part of it.
SKIP = [*FILL, "más", "plus", "mes", "y el año", "sigue", "luego vienen", "los siguientes son",
        "y los últimos son", "después", "y luego", "y el número es", "y después el",
        "y ya el número", "y de ahí", "que es la lada", "y la homoclave es", "con homoclave",
        "y la letra", "homoclave", "y la letra es la", "y la letra es", "con la letra",
        "la letra", "letra", "sin espacios", "todo seguido"]
# No filler goes after these words (they modify or join the next one).
GLUE = ["y", "de", "del", "la", "el", "más", "plus", "double", "hundred", "thousand", "and",
        "letra", "con", "que", "es", "lada", "homoclave", "barra", "guion", "diagonal", "slash",
        "dash", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "ve", "be", "uve", "doble", "i"]
# Letter names this writer's callers use on top of compose.LETRAS.
LETTER_NAMES = {"V": ["ve", "uve", "ve chiquita", "ve pequeña"], "B": ["be grande", "be alta"],
                "W": ["doble u", "uve doble", "doble ve"], "Y": ["i griega", "ye"],
                "R": ["ere"]}
EMAIL_WORDS = {"barra baja": "_", "guion bajo": "_"}
TYPED_EMAIL = []
# fmt: on


# ---------------------------------------------------------------- saying numbers
def _w(c):
    return UNIDADES[int(c)]


def _dig(s, sep=" "):
    """Digit by digit."""
    return sep.join(_w(c) for c in s)


def _two(s):
    """'45' -> 'cuarenta y cinco', '05' -> 'cero cinco'."""
    return ("cero " + _w(s[1])) if s[0] == "0" else palabras(int(s))


def _num(s):
    """A group said as one number, its leading zeros said 'cero': '0234' -> 'cero doscientos
    treinta y cuatro'."""
    k = len(s) - len(s.lstrip("0"))
    rest = s[k:]
    return " ".join(["cero"] * k + ([palabras(int(rest))] if rest else []))


def _with_y(words):
    """'cuatro cero siete' -> 'cuatro, cero y siete' (a list read out, 'y' before the last)."""
    ws = words.split(" ")
    if len(ws) < 2:
        return words
    return " ".join(ws[:-1]) + " y " + ws[-1]


EN_U = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_MONTHS_SAY = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]  # fmt: skip


def _en_digits(s, r, oh=0.4):
    return " ".join(("oh" if r.random() < oh else "zero") if c == "0" else EN_U[int(c)] for c in s)


def _en_two(n):
    if n < 10:
        return EN_U[n]
    if n < 20:
        return EN_TEEN[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_U[n % 10])


def _en_pair(s):
    return ("oh " + EN_U[int(s[1])]) if s[0] == "0" else _en_two(int(s))


def _en_group(s):
    """A number as English speakers group it: '1442' -> 'fourteen forty-two', '1200' ->
    'twelve hundred', '205' -> 'two oh five'."""
    n = len(s)
    if n == 1:
        return EN_U[int(s)]
    if n == 2:
        return _en_pair(s)
    if n == 3:
        return EN_U[int(s[0])] + " " + _en_pair(s[1:])
    if n == 4:
        if s[2:] == "00" and s[1] != "0":
            return _en_two(int(s[:2])) + " hundred"
        return _en_pair(s[:2]) + " " + _en_pair(s[2:])
    return _en_pair(s[:2]) + " " + EN_U[int(s[2])] + " " + _en_pair(s[3:])


def _en_year(y):
    if y >= 2000:
        return "two thousand " + _en_two(y - 2000) if y > 2000 else "two thousand"
    return _en_two(y // 100) + " " + _en_pair(f"{y % 100:02d}")


# ---------------------------------------------------------------- saying letters
# The caller's own example words ("ce de Campeche"): each starts with its letter and is neither
# a letter name nor a number word.
# fmt: off
AS_IN = {
    "MX": {"A": ["Aguascalientes", "árbol"], "B": ["Baja", "bota"], "C": ["Campeche", "coco"],
           "D": ["dinero", "dominó"], "E": ["Ensenada", "estrella"], "F": ["fresa", "Fresnillo"],
           "G": ["Guadalajara", "gallo"], "H": ["Hermosillo", "hilo"], "I": ["Irapuato", "indio"],
           "J": ["Juárez", "jabón"], "K": ["kiosco"], "L": ["limón", "Lerma"],
           "M": ["Monterrey", "Morelia"], "N": ["Nogales", "nube"], "O": ["Orizaba", "ojo"],
           "P": ["Pachuca", "perro"], "Q": ["Quintana Roo", "queso"], "R": ["Reynosa", "rojo"],
           "S": ["Saltillo", "silla"], "T": ["Toluca", "Tepic"], "U": ["Uruapan", "uva"],
           "V": ["Victoria", "vela"], "W": ["Walter"], "X": ["Xalapa"], "Y": ["yegua", "Yautepec"],
           "Z": ["zorrillo", "Zamora"]},
    "US": {"A": ["amor", "Alabama"], "B": ["bebé", "Boston"], "C": ["Carolina", "Cuba"],
           "D": ["Diana", "Denver"], "E": ["Estados", "Esteban"], "F": ["fuego", "Fernando"],
           "G": ["Gloria", "Georgia"], "H": ["Houston", "hielo"], "I": ["Irma", "Idaho"],
           "J": ["Jorge", "jirafa"], "K": ["Kevin", "Kansas"], "L": ["Luis", "Louisiana"],
           "M": ["Mario", "Maine"], "N": ["Nora", "Nevada"], "O": ["Oscar", "Ohio"],
           "P": ["Pablo", "Puerto Rico"], "Q": ["Quique"], "R": ["Ricardo", "Rosa"],
           "S": ["Susana", "sol"], "T": ["Teresa", "Tennessee"], "U": ["Ulises", "Utah"],
           "V": ["Vicente", "Virginia"], "W": ["Walter", "Wisconsin"], "X": ["Xavier"],
           "Y": ["Yesenia"], "Z": ["Zulema"]},
    "ES": {"A": ["Alicante", "Albacete"], "B": ["Bilbao", "Badajoz"], "C": ["Córdoba", "Cuenca"],
           "D": ["Donostia", "dado"], "E": ["Elche", "Estepona"], "F": ["Ferrol", "Figueres"],
           "G": ["Gijón", "Guadalajara"], "H": ["Haro", "Hellín"], "I": ["Irún", "Igualada"],
           "J": ["Jerez", "Játiva"], "K": ["kiwi"], "L": ["Logroño", "Lérida"],
           "M": ["Murcia", "Mérida"], "N": ["Noruega", "Nájera"], "O": ["Orense", "Olot"],
           "P": ["Pamplona", "Palma"], "Q": ["Quesada"], "R": ["Ronda", "Reus"],
           "S": ["Segovia", "Santander"], "T": ["Tarragona", "Tudela"], "U": ["Utrera"],
           "V": ["Vigo", "Vitoria"], "W": ["Wenceslao"], "X": ["Xátiva"], "Y": ["Yecla"],
           "Z": ["Zamora", "Zafra"]},
}
SAY_LETTER = {
    "MX": {"B": ["be", "be grande"], "V": ["ve", "ve chiquita"], "W": ["doble u"],
           "Y": ["i griega", "ye"]},
    "US": {"B": ["be", "be alta"], "V": ["ve", "ve pequeña"], "W": ["doble u", "doble ve"],
           "Y": ["i griega"]},
    "ES": {"V": ["uve"], "W": ["uve doble"], "Y": ["i griega"]},
}
# fmt: on


def _letter(c, r, loc, as_in=0.0):
    """One character as a caller says it: a digit's name, a letter's name or 'ce de Campeche'."""
    if c.isdigit():
        return _w(c)
    names = SAY_LETTER[loc].get(c) or [LETRAS[c]]
    w = r.choice(names)
    if as_in and r.random() < as_in:
        w = f"{names[0]} de {r.choice(AS_IN[loc][c])}"
    return w


def _letters(s, r, loc, as_in=0.0):
    return " ".join(_letter(c, r, loc, as_in) for c in s)


# ---------------------------------------------------------------- people
# fmt: off
NOMBRES_F = ["Yahaira", "Wendy", "Nallely", "Abril", "Itzayana", "Zoraida", "Belén", "Nuria",
             "Lidia", "Amparo", "Consuelo", "Dolores", "Irene", "Noelia", "Karina", "Jazmín",
             "Fabiola", "Brenda", "Estela", "Berenice"]
NOMBRES_M = ["Wilfredo", "Eliseo", "Fausto", "Baltasar", "Xavier", "Joel", "Isidro", "Teodoro",
             "Ulises", "Mauricio", "Hilario", "Germán", "Santiago", "Unai", "Maximiliano",
             "Darwin", "Kevin", "Omar", "Sebastián", "Adrián"]
COMPUESTOS_F = ["Ana Belén", "María Inés", "Dulce María", "María Soledad", "Blanca Estela",
                "Martha Alicia"]
COMPUESTOS_M = ["Juan Ignacio", "José Ángel", "Luis Alberto", "Pedro Pablo", "Jesús Manuel",
                "José Ramón"]
APELLIDOS = ["Sepúlveda", "Arellano", "Villarreal", "Cervantes", "Bustamante", "Saucedo",
             "Lozano", "Mejía", "Orozco", "Pacheco", "Ybarra", "Tapia", "Esquivel", "Valenzuela",
             "Arteaga", "Meléndez", "Galindo", "Escobar", "Camacho", "Carrillo", "Ceballos",
             "Nieto", "Prieto", "Urrutia", "Aguirre", "Lasheras", "Sáenz", "Ocampo", "Zárate",
             "Benítez", "Paredes", "Solís", "Franco", "Pineda", "Cuevas", "Rivas", "Montes",
             "Zepeda", "Ávalos", "Muñoz"]
PARTICULAS = ["del Castillo", "de la Fuente", "de Anda", "de la O", "Sáenz de Santa María",
              "Fernández-Pacheco", "de los Reyes", "del Moral", "de Santiago", "Ruiz de Velasco"]
AGENTES = ["Yahaira", "Josué", "Nallely", "Emmanuel", "Berenice", "Ulises", "Zuleima", "Isaac",
           "Maricela", "Eliseo", "Noemí", "Baltazar"]
PARIENTES = {True: ["mi cuñada", "mi nuera", "mi sobrina", "mi tía", "mi comadre", "mi pareja"],
             False: ["mi cuñado", "mi yerno", "mi sobrino", "mi tío", "mi compadre", "mi pareja"]}
TITULOS = {True: ["licenciada ", "doctora ", "ingeniera ", "maestra ", "seño "],
           False: ["licenciado ", "doctor ", "ingeniero ", "profe ", "joven "]}
TITULOS_FIRMA = {True: ["Lic. ", "Ing. ", "Dra. ", "Sra. ", "C. "],
                 False: ["Lic. ", "Ing. ", "Dr. ", "Sr. ", "C. "]}
# fmt: on


def _persona(r, compound=0.3, particle=0.0):
    female = r.random() < 0.5
    if r.random() < compound:
        first = r.choice(COMPUESTOS_F if female else COMPUESTOS_M)
    else:
        first = r.choice(NOMBRES_F if female else NOMBRES_M)
    last1, last2 = r.sample(APELLIDOS, 2)
    if r.random() < particle:
        last1 = r.choice(PARTICULAS)
    return dict(first=first, female=female, last1=last1, last2=last2)


def _born(r):
    p = _persona(r, particle=0.1)
    p["y"], p["m"], p["d"] = day(r, 1938, 2006)
    return p


# ---------------------------------------------------------------- ADDRESS data
# fmt: off
# (city, state as said, abbreviation, first three ZIP digits)
CIUDADES_US = [("Garland", "Texas", "TX", "750"), ("Irving", "Texas", "TX", "750"),
               ("Bakersfield", "California", "CA", "933"), ("Riverside", "California", "CA", "925"),
               ("Pomona", "California", "CA", "917"), ("Homestead", "Florida", "FL", "330"),
               ("Tampa", "Florida", "FL", "336"), ("Mesa", "Arizona", "AZ", "852"),
               ("Glendale", "Arizona", "AZ", "853"), ("Cicero", "Illinois", "IL", "608"),
               ("Elizabeth", "Nueva Jersey", "NJ", "072"), ("Bronx", "Nueva York", "NY", "104"),
               ("Reno", "Nevada", "NV", "895"), ("Dalton", "Georgia", "GA", "307"),
               ("Yakima", "Washington", "WA", "989"), ("Santa Fe", "Nuevo México", "NM", "875"),
               ("Lawrence", "Massachusetts", "MA", "018"),
               ("Providence", "Rhode Island", "RI", "029")]
CALLES_US = ["Long Point", "Navigation", "Harry Hines", "Story", "Buford", "Calumet", "Ogden",
             "Cesar Chavez", "Mission Bell", "Palm", "Magnolia", "Sheridan", "Broad", "Fulton",
             "Pioneer", "Coronado", "Rosecrans", "Valley View"]
# (English suffix, abbreviation, the Spanish word a caller may use instead)
SUFIJOS_US = [("Street", "St", "calle"), ("Avenue", "Ave", "avenida"), ("Road", "Rd", ""),
              ("Drive", "Dr", ""), ("Boulevard", "Blvd", "bulevar"), ("Lane", "Ln", ""),
              ("Way", "Way", ""), ("Place", "Pl", ""), ("Trail", "Trl", "")]
UNIT_SAID_US = ["apartamento", "el apartamento", "apartamento número", "suite", "la unidad",
                "unit", "el trailer", "espacio", "el espacio número"]
UNIT_TYPED_US = ["Apt", "Apt.", "Ste", "Suite", "Unit", "#", "Apto.", "Lot", "Spc"]
DIRS_US = ["N", "S", "E", "W"]
# (kind said, abbreviation, street)
CALLES_MX = [("calle", "C.", "Nicolás Bravo"), ("calle", "Calle", "Mariano Escobedo"),
             ("avenida", "Av.", "Ruiz Cortines"), ("privada", "Priv.", "Las Palmas"),
             ("cerrada", "Cda.", "Los Olivos"), ("circuito", "Cto.", "Río Nazas"),
             ("retorno", "Ret.", "Sor Juana"), ("prolongación", "Prol.", "Fray Servando"),
             ("callejón", "Cjón.", "del Carmen"), ("avenida", "Av.", "Miguel Ángel de Quevedo"),
             ("calle", "C.", "Francisco I. Madero"), ("boulevard", "Blvd.", "Benito Juárez"),
             ("calle", "C.", "Xola"), ("avenida", "Av.", "Tamaulipas"),
             ("privada", "Priv.", "Jazmines"), ("cerrada", "Cda.", "Tulipanes")]
# (colonia, kind, kind of municipality, municipality, first three CP digits, state, abbreviation)
COLONIAS = [
    ("San Rafael", "colonia", "alcaldía", "Cuauhtémoc", "064", "Ciudad de México", "CDMX"),
    ("Escandón", "colonia", "alcaldía", "Miguel Hidalgo", "118", "Ciudad de México", "CDMX"),
    ("Pedregal de Santo Domingo", "colonia", "alcaldía", "Coyoacán", "043", "Ciudad de México",
     "CDMX"),
    ("Vicente Guerrero", "unidad habitacional", "alcaldía", "Iztapalapa", "092",
     "Ciudad de México", "CDMX"),
    ("Las Américas", "fraccionamiento", "municipio", "Ecatepec de Morelos", "550",
     "Estado de México", "Edo. Méx."),
    ("Jardines de Morelos", "fraccionamiento", "municipio", "Ecatepec de Morelos", "554",
     "Estado de México", "Edo. Méx."),
    ("Los Héroes Tecámac", "fraccionamiento", "municipio", "Tecámac", "557", "Estado de México",
     "Edo. Méx."),
    ("Villas de San Juan", "fraccionamiento", "municipio", "Juárez", "323", "Chihuahua", "Chih."),
    ("Valle Verde", "fraccionamiento", "municipio", "Hermosillo", "831", "Sonora", "Son."),
    ("Loma Bonita", "colonia", "municipio", "Tlaquepaque", "455", "Jalisco", "Jal."),
    ("Contry", "colonia", "municipio", "Monterrey", "648", "Nuevo León", "N.L."),
    ("Centro", "colonia", "municipio", "Pachuca de Soto", "420", "Hidalgo", "Hgo."),
    ("El Porvenir", "fraccionamiento", "municipio", "Zamora", "597", "Michoacán", "Mich."),
    ("Lomas de Castillotla", "colonia", "municipio", "Puebla", "724", "Puebla", "Pue."),
    ("Francisco Villa", "colonia", "municipio", "Torreón", "271", "Coahuila", "Coah."),
]
COL_ABBR = {"colonia": "Col.", "fraccionamiento": "Fracc.", "unidad habitacional": "U.H."}
# (kind said, abbreviation, street)
CALLES_ES = [("calle", "C/", "Alcalá"), ("calle", "C/", "Mayor"), ("calle", "C/", "Real"),
             ("avenida", "Avda.", "de América"), ("avenida", "Avda.", "de la Constitución"),
             ("plaza", "Pza.", "de la Iglesia"), ("paseo", "P.º", "de Gracia"),
             ("calle", "C/", "Doctor Fleming"), ("travesía", "Trv.", "del Carmen"),
             ("ronda", "Rda.", "de Segovia"), ("calle", "C/", "Sagasta"),
             ("calle", "C/", "San Bernardo"), ("calle", "C/", "Huertas"),
             ("avenida", "Av.", "del Puerto")]
# (city, province, first two CP digits)
CIUDADES_ES = [("Madrid", "Madrid", "28"), ("Getafe", "Madrid", "28"),
               ("Alcorcón", "Madrid", "28"), ("Barcelona", "Barcelona", "08"),
               ("Badalona", "Barcelona", "08"), ("Valencia", "Valencia", "46"),
               ("Sevilla", "Sevilla", "41"), ("Zaragoza", "Zaragoza", "50"),
               ("Málaga", "Málaga", "29"), ("Murcia", "Murcia", "30"), ("Elche", "Alicante", "03"),
               ("Vigo", "Pontevedra", "36"), ("Gijón", "Asturias", "33"),
               ("Santander", "Cantabria", "39"), ("Valladolid", "Valladolid", "47")]
ORDINAL = {1: "primero", 2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto", 6: "sexto",
           7: "séptimo", 8: "octavo"}
ORDINAL_PISO = {1: "primer", 3: "tercer"}
# fmt: on


def _us(r):
    city, state, st, z3 = r.choice(CIUDADES_US)
    suf, abbr, es = r.choice(SUFIJOS_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 22999)]))
    unit = str(r.choice([r.randint(1, 9), r.randint(10, 60), r.randint(100, 499)]))
    return dict(num=num, street=r.choice(CALLES_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z3 + rdigits(r, 2), unit=unit)  # fmt: skip


def _mx(r):
    kind, ab, street = r.choice(CALLES_MX)
    col, ckind, mkind, mun, cp, state, st = r.choice(COLONIAS)
    num = str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 4999)]))
    return dict(kind=kind, ab=ab, street=street, num=num, col=col, ckind=ckind, mkind=mkind,
                mun=mun, cp=cp + rdigits(r, 2), state=state, st=st, unit=str(r.randint(1, 30)),
                mz=str(r.randint(1, 60)), lt=str(r.randint(1, 50)))  # fmt: skip


def _es(r):
    kind, ab, street = r.choice(CALLES_ES)
    city, prov, cp2 = r.choice(CIUDADES_ES)
    return dict(kind=kind, ab=ab, street=street, num=str(r.randint(1, 180)), city=city, prov=prov,
                cp=cp2 + rdigits(r, 3), portal=str(r.randint(1, 4)),
                floor=r.choice(["bajo", *range(1, 9)]),
                door=r.choice(["izquierda", "derecha", "centro", "1", "2", "3", "4", "A", "B",
                               "C", "D"]))  # fmt: skip


def _canon(*parts):
    return " ".join(p for p in parts if p)


def _house(num, r):
    """A US house number said in Spanish: as a number, digit by digit, or in pairs."""
    k = r.random()
    if k < 0.45:
        return palabras(int(num))
    if k < 0.7 or len(num) != 4 or num[2:] == "00":
        return _dig(num)
    return f"{_two(num[:2])} {_two(num[2:])}"


def _unit_said(u):
    return palabras(int(u)) if len(u) < 3 else _dig(u)


def _zip_said(z, r):
    k = r.randrange(4)
    if k == 0:
        return _dig(z)
    if k == 1:
        return f"{_dig(z[:3])}, {_dig(z[3:])}"
    if k == 2 and z[0] != "0":
        return palabras(int(z))
    return f"{_two(z[:2])}, {_num(z[2:])}"


def _zip_pairs(z):
    return f"{_two(z[:2])}, {_two(z[2:4])}, {_w(z[4])}"


# ---------------------------------------------------------------- ADDRESS (US)
def _addr_us_en_la(r, ch, loc):
    """'(la) Navigation, el dos mil cien, apartamento doce, Garland, Texas, siete cinco ...'."""
    a = _us(r)
    unit = r.random() < 0.6
    house = _house(a["num"], r)
    u = f", {r.choice(UNIT_SAID_US)} {_unit_said(a['unit'])}" if unit else ""
    tail = f", {a['city']}" + (f", {a['state']}" if r.random() < 0.5 else "")
    tail += ", " + r.choice(["", "", "código postal ", "el zip ", "zip code "])
    tail += _zip_said(a["zip"], r)
    canon = _canon(a["num"], a["street"], a["unit"] if unit else "", a["city"], a["zip"])
    if r.random() < 0.5:
        return f"{a['street']}, el {house}{u}{tail}", canon, "la ", ""
    return f"{house} en la {a['street']}{u}{tail}", canon, "el ", ""


def _addr_us_digits_suite(r, ch, loc):
    """House number digit by digit, the English suffix, 'suite', the ZIP in pairs."""
    a = _us(r)
    unit = r.random() < 0.7
    st = f"{a['street']} {a['suf']}"
    if a["es"] and r.random() < 0.3:
        st = f"{a['es']} {a['street']}"
    t = f"{_dig(a['num'])} {st}"
    if unit:
        t += f", {r.choice(['suite', 'unidad', 'apartamento', 'el apartment'])} "
        t += _dig(a["unit"]) if r.random() < 0.5 else palabras(int(a["unit"]))
    t += f", en {a['city']}, {a['state']}, {_zip_pairs(a['zip'])}"
    return t, _canon(a["num"], a["street"], a["unit"] if unit else "", a["city"], a["zip"])


def _addr_us_english(r, ch, loc):
    """Spanglish: the numbers in English ('el fourteen forty-two Long Point Road, apartment two
    oh five, Garland, seven five oh four one')."""
    a = _us(r)
    unit = r.random() < 0.6
    t = f"{_en_group(a['num'])} {a['street']} {a['suf']}"
    if unit:
        t += f", {r.choice(['apartment', 'apt', 'unit', 'suite'])} {_en_group(a['unit'])}"
    t += f", {a['city']}" + (f", {a['state']}" if r.random() < 0.4 else "")
    t += f", {_en_digits(a['zip'], r)}"
    canon = _canon(a["num"], a["street"], a["unit"] if unit else "", a["city"], a["zip"])
    return t, canon, r.choice(["el ", ""]), ""


def _us_unit_typed(a, r):
    u = r.choice(UNIT_TYPED_US)
    return f"#{a['unit']}" if u == "#" else f"{u} {a['unit']}"


def _addr_us_typed_line(r, ch, loc):
    a = _us(r)
    unit = r.random() < 0.6
    d = (r.choice(DIRS_US) + " ") if r.random() < 0.35 else ""
    u = _us_unit_typed(a, r) if unit else ""
    k = r.randrange(4)
    if k == 0:
        t = f"{a['num']} {d}{a['street']} {a['abbr']}{' ' + u if u else ''}, {a['city']}, "
        t += f"{a['st']} {a['zip']}"
    elif k == 1:
        t = f"{a['num']} {d}{a['street']} {a['suf']}{' ' + u if u else ''} {a['city']} {a['st']} "
        t += a["zip"]
    elif k == 2 and a["es"]:
        t = f"{a['num']} {a['es']} {a['street']}{', ' + u if u else ''}, {a['city']}, "
        t += f"{a['state']} {a['zip']}"
    else:
        t = f"{a['num']} {d}{a['street']} {a['abbr']}.{', ' + u if u else ''}, {a['city']} "
        t += f"{a['st']}, {a['zip']}"
    return t, _canon(a["num"], a["street"], a["unit"] if unit else "", a["city"], a["zip"])


def _addr_us_typed_lines(r, ch, loc):
    a = _us(r)
    unit = r.random() < 0.6
    d = (r.choice(DIRS_US) + " ") if r.random() < 0.3 else ""
    lines = [f"{a['num']} {d}{a['street']} {r.choice([a['abbr'], a['suf']])}"]
    if unit:
        lines.append(_us_unit_typed(a, r))
    if r.random() < 0.5:
        lines.append(f"{a['city']}, {a['st']} {a['zip']}")
    else:
        lines += [f"{a['city']} {a['st']}", a["zip"]]
    t = "\n".join(lines)
    return t, _canon(a["num"], a["street"], a["unit"] if unit else "", a["city"], a["zip"])


# ---------------------------------------------------------------- ADDRESS (MX)
def _cp_said(cp, r):
    k = r.randrange(3)
    if k == 0:
        return _dig(cp)
    if k == 1:
        return f"{_dig(cp[:2])}, {_dig(cp[2:])}"
    return palabras(int(cp)) if cp[0] != "0" else f"{_two(cp[:2])}, {_num(cp[2:])}"


def _mun_said(a, r):
    if a["mkind"] == "alcaldía":
        return f"alcaldía {a['mun']}"
    return r.choice([f"municipio de {a['mun']}", a["mun"], f"municipio {a['mun']}"])


def _addr_mx_mz_lt(r, ch, loc):
    """'privada Las Palmas, manzana doce, lote cuatro, fraccionamiento Las Américas, municipio de
    Ecatepec de Morelos, ce pe cinco cinco cero seis tres'."""
    a = _mx(r)
    if r.random() < 0.55:
        t = f"{a['kind']} {a['street']}, manzana {palabras(int(a['mz']))}, "
        t += f"lote {palabras(int(a['lt']))}"
        nums = [a["mz"], a["lt"]]
    else:
        t = f"{a['kind']} {a['street']} número {palabras(int(a['num']))}"
        nums = [a["num"]]
        if r.random() < 0.5:
            t += f" interior {palabras(int(a['unit']))}"
            nums.append(a["unit"])
    t += f", {a['ckind']} {a['col']}, {_mun_said(a, r)}"
    t += f", {r.choice(['ce pe', 'código postal', 'el código postal es'])} {_cp_said(a['cp'], r)}"
    t += f", {a['state']}" if r.random() < 0.4 else ""
    return t, _canon(a["street"], *nums, a["col"], a["mun"], a["cp"])


def _addr_mx_entre(r, ch, loc):
    """Street and number, interior, 'entre ... y ...', colonia, alcaldía or municipio, CP."""
    a = _mx(r)
    unit = r.random() < 0.5
    t = f"{a['kind']} {a['street']} {r.choice(['', 'número ', 'número exterior '])}"
    t += palabras(int(a["num"]))
    if unit:
        t += f", {r.choice(['interior', 'departamento', 'casa'])} {palabras(int(a['unit']))}"
    x, y = r.sample([s for _, _, s in CALLES_MX if s != a["street"]], 2)
    t += f", entre {x} y {y}" if r.random() < 0.6 else ""
    t += f", {a['ckind']} {a['col']}, {_mun_said(a, r)}, código postal {_cp_said(a['cp'], r)}"
    t += f", {a['state']}" if r.random() < 0.5 else ""
    return t, _canon(a["street"], a["num"], a["unit"] if unit else "", a["col"], a["mun"], a["cp"])


def _addr_mx_whatsapp(r, ch, loc):
    """As typed in a chat: lines, abbreviations, often in lower case."""
    a = _mx(r)
    mzlt = r.random() < 0.4
    col = f"{COL_ABBR[a['ckind']]} {a['col']}"
    if mzlt:
        first = f"{a['ab']} {a['street']} Mz {a['mz']} Lt {a['lt']}"
        nums = [a["mz"], a["lt"]]
    else:
        first = f"{a['ab']} {a['street']} #{a['num']}"
        nums = [a["num"]]
        if r.random() < 0.5:
            first += r.choice([f" int. {a['unit']}", f" Int {a['unit']}", f" depto {a['unit']}"])
            nums.append(a["unit"])
    mun = a["mun"]
    if r.random() < 0.5:
        t = "\n".join([first, col, f"{mun}, {a['st']}", f"CP {a['cp']}"])
    else:
        t = f"{first}, {col}, {mun}, {a['st']}, cp {a['cp']}"
    if r.random() < 0.4:
        t = t.lower()
    return t, _canon(a["street"], *nums, a["col"], mun, a["cp"])


def _addr_mx_form_block(r, ch, loc):
    """A web form pasted with its labels; the first label leads the value (outside the span)."""
    a = _mx(r)
    unit = r.random() < 0.5
    lines = [a["street"], f"Núm. ext.: {a['num']}"]
    if unit:
        lines.append(f"Núm. int.: {a['unit']}")
    mlabel = r.choice(["Alcaldía/Municipio", "Municipio o alcaldía", a["mkind"].capitalize()])
    lines += [f"{a['ckind'].capitalize()}: {a['col']}", f"{mlabel}: {a['mun']}", f"C.P.: {a['cp']}"]
    if r.random() < 0.6:
        lines.append(f"Estado: {a['state']}")
    canon = _canon(a["street"], a["num"], a["unit"] if unit else "", a["col"], a["mun"], a["cp"])
    return "\n".join(lines), canon, "\nCalle: ", ""


# ---------------------------------------------------------------- ADDRESS (Spain)
def _floor_said(f, r):
    if f == "bajo":
        return "bajo", "bajo"
    if f in ORDINAL_PISO and r.random() < 0.4:
        return f"{ORDINAL_PISO[f]} piso", str(f)
    if r.random() < 0.3:
        return f"piso {palabras(f)}", str(f)
    return ORDINAL[f], str(f)


def _door_said(d):
    if d.isdigit():
        return f", puerta {palabras(int(d))}", d
    if len(d) == 1:  # a door letter said aloud is not written in the value: the floor only
        return "", ""
    return f" {d}", d


def _addr_es_said(r, ch, loc):
    """'calle Alcalá, número ciento veinte, portal dos, tercero izquierda, veintiocho mil nueve,
    Madrid'."""
    a = _es(r)
    t = f"{a['kind']} {a['street']}, {r.choice(['número ', ''])}{palabras(int(a['num']))}"
    portal = r.random() < 0.3
    if portal:
        t += f", portal {palabras(int(a['portal']))}"
    fs, fv = _floor_said(a["floor"], r)
    ds, dv = _door_said(a["door"])
    t += f", {fs}{ds}"
    cp = a["cp"]
    cps = palabras(int(cp)) if cp[0] != "0" and r.random() < 0.6 else _dig(cp)
    cps = r.choice(["código postal ", "", "ce pe "]) + cps
    city = a["city"] + (f", {a['prov']}" if a["prov"] != a["city"] and r.random() < 0.5 else "")
    t += f", {cps}, {city}" if r.random() < 0.5 else f", {city}, {cps}"
    canon = _canon(a["street"], a["num"], a["portal"] if portal else "", fv, dv, a["city"], cp)
    return t, canon


def _floor_typed(f, r):
    if f == "bajo":
        return r.choice(["bajo", "Bajo"]), "bajo"
    extra = {1: ["1er"], 3: ["3er"]}.get(f, [])
    return r.choice([f"{f}º", f"{f}.º", f"{f}ª", *extra]), str(f)


def _door_typed(d, r):
    if d in ("izquierda", "derecha"):
        t = r.choice({"izquierda": ["izda.", "izq.", "izquierda"],
                      "derecha": ["dcha.", "der.", "derecha"]}[d])  # fmt: skip
        return t, t.rstrip(".")
    if d == "centro":
        return "centro", "centro"
    return d, d


def _addr_es_typed(r, ch, loc):
    a = _es(r)
    fl, fv = _floor_typed(a["floor"], r)
    dr, dv = _door_typed(a["door"], r)
    portal = r.random() < 0.3
    k = r.randrange(3)
    if k == 0:
        head = f"{a['ab']} {a['street']}, {a['num']}"
        head += f", portal {a['portal']}" if portal else ""
        t = f"{head}, {fl} {dr}, {a['cp']} {a['city']}"
    elif k == 1:
        head = f"{a['ab']} {a['street']} nº {a['num']}"
        head += f", portal {a['portal']}" if portal else ""
        t = f"{head}, {fl}-{dr}\n{a['cp']} {a['city']} ({a['prov']})"
    else:
        head = f"{a['ab']} {a['street']} {a['num']}"
        head += f" portal {a['portal']}" if portal else ""
        t = f"{head} {fl} {dr} - {a['cp']} {a['city']}"
    canon = _canon(a["street"], a["num"], a["portal"] if portal else "", fv, dv, a["city"],
                   a["cp"])  # fmt: skip
    return t, canon


# ---------------------------------------------------------------- ADDRESS (partial)
def _addr_street(r, ch, loc):
    """Street and number only (asked for them)."""
    voice = ch == "voice"
    if loc == "US":
        a = _us(r)
        canon = _canon(a["num"], a["street"])
        if not voice:
            return f"{a['num']} {a['street']} {r.choice([a['abbr'], a['suf']])}", canon
        if r.random() < 0.5:
            return f"{_house(a['num'], r)} {a['street']}", canon, "el ", ""
        return f"{a['street']}, el {_house(a['num'], r)}", canon, "la ", ""
    a = _mx(r) if loc == "MX" else _es(r)
    canon = _canon(a["street"], a["num"])
    if not voice:
        if loc == "MX":
            return r.choice([f"{a['street']} #{a['num']}", f"{a['ab']} {a['street']} {a['num']}",
                             f"{a['street']} {a['num']}"]), canon  # fmt: skip
        return r.choice([f"{a['ab']} {a['street']} {a['num']}",
                         f"{a['ab']} {a['street']}, {a['num']}"]), canon  # fmt: skip
    sep = r.choice([" número ", " ", ", "])
    return f"{a['kind']} {a['street']}{sep}{palabras(int(a['num']))}", canon


def _addr_zip(r, ch, loc):
    """A ZIP or código postal said or typed alone (asked for it)."""
    z = _us(r)["zip"] if loc == "US" else _mx(r)["cp"] if loc == "MX" else _es(r)["cp"]
    if ch != "voice":
        return z, z
    if loc == "US" and r.random() < 0.3:
        return _zip_pairs(z), z
    return _cp_said(z, r), z


# ---------------------------------------------------------------- PHONE_NUMBER
def _phone_us_mas_uno(r, ch, loc):
    p = phone_us(r)
    a, e, ln = chunks(p, [3, 3, 4])
    area = _dig(a) if r.random() < 0.6 else palabras(int(a))
    ex = palabras(int(e)) if r.random() < 0.5 else _dig(e)
    line = r.choice([f"{_two(ln[:2])}, {_two(ln[2:])}", _num(ln), _dig(ln)])
    lead = r.choice(["más uno, ", "más uno ", "uno, "])
    return f"{lead}{area}, {ex}, {line}", p


def _phone_us_area(r, ch, loc):
    p = phone_us(r)
    a, e, ln = chunks(p, [3, 3, 4])
    conn = r.choice(["y luego", "y el número es", "y después el"])
    line = _dig(ln) if r.random() < 0.5 else f"{_two(ln[:2])} {_two(ln[2:])}"
    ex = _dig(e) if r.random() < 0.6 else palabras(int(e))
    pre = r.choice(["código de área ", "area code ", "código de área "])
    return f"{_dig(a)}, {conn} {ex}, {line}", p, pre, ""


def _phone_us_english(r, ch, loc):
    p = phone_us(r)
    t = ", ".join(_en_digits(g, r) for g in chunks(p, [3, 3, 4]))
    return (("plus one, " if r.random() < 0.2 else "") + t), p


def _phone_mx_lada(r, ch, loc):
    p, k = phone_mx(r)
    lada, rest = p[:k], p[k:]
    ls = _two(lada) if k == 2 else (_dig(lada) if r.random() < 0.6 else palabras(int(lada)))
    if k == 2:
        body = ", ".join(_two(x) for x in chunks(rest, [2, 2, 2, 2]))
    else:
        body = f"{_num(rest[:3])}, {_two(rest[3:5])}, {_two(rest[5:])}"
    if r.random() < 0.3:
        return f"{ls}, que es la lada, {body}", p
    conn = r.choice(["y ya el número", "y luego", "y de ahí"])
    return f"{ls}, {conn} {body}", p, "lada ", ""


def _phone_mx_mas52(r, ch, loc):
    p, k = phone_mx(r)
    if k == 2:
        gs = [_two(p[:2]), _num(p[2:6]), _num(p[6:])]
    else:
        gs = [_dig(p[:3]) if r.random() < 0.5 else _num(p[:3]), _num(p[3:6]), _num(p[6:])]
    return "más cincuenta y dos, " + ", ".join(gs), p


def _phone_typed(r, ch, loc):
    if loc == "US":
        p = phone_us(r)
        a, e, ln = chunks(p, [3, 3, 4])
        return r.choice([f"{a}{e}{ln}", f"{a} {e}{ln}", f"+1 {a} {e}{ln}", f"{a}-{e}{ln}",
                         f"1-{a}-{e}-{ln}", f"({a}) {e} {ln}"]), p  # fmt: skip
    p, k = phone_mx(r)
    lada, rest = p[:k], p[k:]
    if k == 2:
        t = r.choice([f"{lada} {' '.join(chunks(rest, [2] * 4))}", f"+52 {lada} {rest}",
                      f"{lada}{rest}", f"+52 ({lada}) {rest[:4]} {rest[4:]}"])  # fmt: skip
    else:
        t = r.choice([f"{lada} {rest[:3]} {rest[3:5]} {rest[5:]}", f"({lada}) {rest}",
                      f"{lada}{rest}", f"+52 {lada}{rest}"])  # fmt: skip
    return t, p


# ---------------------------------------------------------------- US_SSN
def _ssn_guion(r, ch, loc):
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    sa = _dig(a) if r.random() < 0.6 else _num(a)
    sl = r.choice([f"{_two(ln[:2])}, {_two(ln[2:])}", _dig(ln), _num(ln)])
    dash = r.choice([", guion, ", " guion ", " raya "])
    return f"{sa}{dash}{_two(g)}{dash}{sl}", s


def _ssn_english(r, ch, loc):
    s = ssn(r)
    sep = r.choice([", ", " dash "])
    return sep.join(_en_digits(x, r, 0.3) for x in chunks(s, [3, 2, 4])), s


def _ssn_typed(r, ch, loc):
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    return r.choice([f"{a} {g} {ln}", f"{a}/{g}/{ln}", f"{a}_{g}_{ln}", f"{a}–{g}–{ln}",
                     f"{a} - {g} - {ln}", f"{a}{g}-{ln}"]), s  # fmt: skip


def _last4_y(r, ch, loc):
    s = ssn(r)[5:]
    if r.random() < 0.7:
        return _with_y(_dig(s)).replace(" ", ", ", 1) if r.random() < 0.4 else _with_y(_dig(s)), s
    return _num(s), s


def _last4_typed(r, ch, loc):
    s = ssn(r)[5:]
    t = r.choice([s, f"{s[:2]}-{s[2:]}", " ".join(s)])
    return t, s, r.choice(["", "", "…", "terminación "]), ""


# ---------------------------------------------------------------- CREDIT_CARD, CVV, EXPIRY
def _card(render, brands=("visa", "mastercard", "discover"), w=(5, 4, 1)):
    def fn(r, ch, loc):
        n = card(r, r.choices(brands, w)[0])
        return render(n, r), n

    return fn


def _cc_connectors(n, r):
    gs = []
    for g in card_groups(n):
        d = _dig(g)
        gs.append(_with_y(d) if r.random() < 0.25 else d)
    conns = ["sigue", "luego vienen", "los siguientes son", "después"]
    out = gs[0]
    for i, g in enumerate(gs[1:], 1):
        c = "y los últimos son" if i == len(gs) - 1 and r.random() < 0.5 else r.choice(conns)
        out += f", {c} {g}" if r.random() < 0.75 else f", {g}"
    return out


def _cc_english(n, r):
    out = []
    for g in card_groups(n):
        ws, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                ws.append("double " + EN_U[int(g[i])])
                i += 2
            else:
                zero = "oh" if r.random() < 0.4 else "zero"
                ws.append(zero if g[i] == "0" else EN_U[int(g[i])])
                i += 1
        out.append(" ".join(ws))
    return ", ".join(out)


def _cc_amex(n, r):
    a, b, c = card_groups(n)
    sb = ", ".join(_two(x) for x in chunks(b, [2, 2, 2]))
    sc = f"{_w(c[0])}, {_two(c[1:3])}, {_two(c[3:])}"
    return f"{_dig(a)}, {sb}, {sc}"


def _cc_typed(n, r):
    g = card_groups(n)
    k = r.randrange(5)
    if k == 0:
        return "•".join(g)
    if k == 1:
        return "_".join(g)
    if k == 2:
        return f"{g[0]} {g[1]}\n{' '.join(g[2:])}"
    if k == 3:
        return "  ".join(g)
    return f"{'-'.join(g[:-1])} {g[-1]}"


def _code(gen, render):
    def fn(r, ch, loc):
        s = gen(r)
        return render(s, r), s

    return fn


def _cvv_y(s, r):
    t = _with_y(_dig(s))
    return t.replace(" ", ", ", 1) if r.random() < 0.5 else t


def _cvv_words_typed(s, r):
    k = r.random()
    if k < 0.5:
        return _dig(s, r.choice([" ", "-", ", "]))
    return _num(s)


def _exp(render):
    def fn(r, ch, loc):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        out = render(y, m, r)
        canon = f"{m:02d}{y % 100:02d}"
        return (out, canon) if isinstance(out, str) else (out[0], canon, *out[1:])

    return fn


def _mm(m, r):
    return ("cero " + _w(str(m))) if m < 10 and r.random() < 0.6 else palabras(m)


def _exp_diagonal(y, m, r):
    yy = palabras(y % 100) if r.random() < 0.7 else palabras(y)
    return f"{_mm(m, r)} {r.choice(['diagonal', 'barra', 'slash'])} {yy}"


def _exp_labels(y, m, r):
    yy = palabras(y % 100) if r.random() < 0.5 else palabras(y)
    if r.random() < 0.5:
        return f"{_mm(m, r)}, año {yy}", "mes ", ""
    return f"{_mm(m, r)} y el año {yy}", "el mes ", ""


def _exp_english(y, m, r):
    k = r.randrange(3)
    if k == 0:
        if m < 10:
            return f"{'oh' if r.random() < 0.6 else 'zero'} {EN_U[m]}, {_en_two(y % 100)}"
        return f"{_en_two(m)}, {_en_two(y % 100)}"
    if k == 1:
        return f"{EN_MONTHS_SAY[m - 1]} twenty {_en_two(y % 100)}"
    return f"{EN_MONTHS_SAY[m - 1]}, {_en_two(y % 100)}"


MES_ABBR = ["ene", "feb", "mzo", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def _exp_typed_del(y, m, r):
    yy = f"{y % 100:02d}"
    return r.choice([f"{m:02d} del {yy}", f"{m} de {y}", f"{MESES[m - 1]} del {yy}",
                     f"{MES_ABBR[m - 1]}. {yy}", f"{MESES[m - 1].upper()} DEL {y}"])  # fmt: skip


# ---------------------------------------------------------------- DATE_OF_BIRTH
def _dob(render):
    def fn(r, ch, loc):
        y, m, d = day(r, 1938, 2006)
        out = render(y, m, d, r, loc)
        return (out, iso(y, m, d)) if isinstance(out, str) else (out[0], iso(y, m, d), *out[1:])

    return fn


def _dob_labels(y, m, d, r, loc):
    if r.random() < 0.5:
        return f"{palabras(d)}, mes {palabras(m)}, año {palabras(y)}", "día ", ""
    return f"{palabras(d)} del mes {palabras(m)} del año {palabras(y)}", "el día ", ""


def _year_pairs(y, r):
    if y < 2000:
        return f"{_two(str(y)[:2])} {_two(str(y)[2:])}"
    return palabras(y) if r.random() < 0.5 else f"veinte {_two(str(y)[2:])}"


def _dob_year_pairs(y, m, d, r, loc):
    ds = "primero" if d == 1 and r.random() < 0.5 else palabras(d)
    if loc == "US" and r.random() < 0.5:
        return f"{MESES[m - 1]} {palabras(d)}, {_year_pairs(y, r)}"
    return f"{ds} de {MESES[m - 1]}, {_year_pairs(y, r)}", r.choice(["el ", ""]), ""


def _dob_keypad(y, m, d, r, loc):
    dd, mm = f"{d:02d}", f"{m:02d}"
    first, second = (mm, dd) if loc == "US" else (dd, mm)
    sep = r.choice([", ", " "])
    return sep.join([_dig(first), _dig(second), _dig(str(y))])


def _dob_english(y, m, d, r, loc):
    if r.random() < 0.6:
        return f"{EN_MONTHS_SAY[m - 1]} {_en_two(d)}, {_en_year(y)}"
    return f"{_en_two(m)}, {_en_two(d)}, {_en_pair(str(y)[2:]) if y < 2000 else _en_year(y)}"


def _dob_typed_year_first(y, m, d, r, loc):
    return r.choice([f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y} {m:02d} {d:02d}",
                     f"{y}/{m}/{d}"])  # fmt: skip


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _dob_typed_month_word(y, m, d, r, loc):
    mes = MESES[m - 1]
    return r.choice([f"{d}/{mes}/{y}", f"{d:02d} {MES_ABBR[m - 1].upper()} {y}",
                     f"{d:02d}-{ROMAN[m - 1]}-{y}", f"{d} de {mes} del {y}",
                     f"{d}.{mes.capitalize()}.{y}"])  # fmt: skip


# ---------------------------------------------------------------- PERSON
def _name_particles(r, ch, loc):
    p = _persona(r, compound=0.5)
    last = r.choice(PARTICULAS)
    k = r.random()
    if k < 0.3 and loc == "ES":
        n = f"{p['first']} {last} y {p['last2']}"
    elif k < 0.7:
        n = f"{p['first']} {last} {p['last2']}"
    else:
        n = f"{p['first']} {p['last1']} {last}"
    return n, n


def _name_surname_first(r, ch, loc):
    p = _persona(r, compound=0.5, particle=0.15)
    k = r.random()
    if k < 0.4:
        n = f"{p['last1']} {p['last2']} {p['first']}".upper()
    elif k < 0.7:
        n = f"{p['last1'].upper()} {p['last2'].upper()}, {p['first']}"
    else:
        n = fold(f"{p['last1']} {p['last2']} {p['first']}").upper()
    return n, n


def _name_third_party(r, ch, loc):
    p = _persona(r, compound=0.3, particle=0.1)
    n = f"{p['first']} {p['last1']}" + (f" {p['last2']}" if r.random() < 0.4 else "")
    return n, n, r.choice(PARIENTES[p["female"]]) + r.choice([" ", ", "]), ""


def _name_titled(r, ch, loc):
    p = _persona(r)
    n = p["last1"] if r.random() < 0.6 else p["first"]
    return n, n, r.choice(TITULOS[p["female"]]), ""


def _name_agent(r, ch, loc):
    n = r.choice(AGENTES)
    if r.random() < 0.35:
        n += " " + r.choice(APELLIDOS)
    return n, n


def _name_signature(r, ch, loc):
    p = _persona(r, compound=0.4, particle=0.15)
    k = r.random()
    title = r.choice(TITULOS_FIRMA[p["female"]]) if r.random() < 0.4 else ""
    if k < 0.35:
        n = f"{p['first']} {p['last1']} {p['last2']}"
    elif k < 0.6:
        n = f"{p['last1']} {p['last2']} {p['first']}".upper()
        title = ""
    elif k < 0.8:
        n = f"{p['first']} {p['last1']}"
    else:
        initial = next(w for w in p["last1"].replace("-", " ").split() if w[0].isupper())[0]
        n = f"{p['first'].split()[0]} {initial}"
    return n, n, title, ""


def _name_fields(r, ch, loc):
    """Name fields of a form: (label, value) pairs, one span each (see _fields_scene)."""
    p = _persona(r, compound=0.4, particle=0.1)
    vals = {"first": p["first"], "last1": p["last1"], "last2": p["last2"],
            "lasts": f"{p['last1']} {p['last2']}"}  # fmt: skip
    caps = r.random() < 0.3
    fields = [(lab, vals[k].upper() if caps else vals[k]) for lab, k in NAME_FIELDS[loc]]
    text = " ".join(v for _, v in fields)
    return text, text, "", "", fields


# ---------------------------------------------------------------- EMAIL_ADDRESS
DOMINIOS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "yahoo.com.mx", "icloud.com",
            "hotmail.es", "live.com"]  # fmt: skip


def _email_parts(r, loc):
    """(user, domain, separator, digits, the two words as said, in the user's order)"""
    p = _persona(r)
    words = [(norm(p["first"].split()[0]), p["first"].split()[0].lower()),
             (norm(p["last1"]), p["last1"].lower())]  # fmt: skip
    if r.random() < 0.3:
        words.reverse()
    dom = r.choice([d for d in DOMINIOS if loc == "ES" or not d.endswith(".es")])
    num = str(r.randint(70, 99)) if r.random() < 0.5 else ""
    sep = r.choice([".", "_", "-", ""])
    user = f"{words[0][0]}{sep}{words[1][0]}{num}"
    return user, dom, sep, num, (words[0][1], words[1][1])


def _email_barra_baja(r, ch, loc):
    user, dom, sep, num, (a, b) = _email_parts(r, loc)
    sep_said = {".": "punto", "_": r.choice(["barra baja", "guion bajo"]), "-": "guion",
                "": ""}[sep]  # fmt: skip
    t = f"{a} {sep_said} {b}" if sep_said else f"{a} {b}"
    if num:
        t += " " + (palabras(int(num)) if r.random() < 0.6 else _dig(num))
    if not sep and r.random() < 0.5:
        t += r.choice([", todo seguido,", ", sin espacios,"])
    return f"{t} arroba {dom.replace('.', ' punto ')}", f"{user}@{dom}"


def _email_typed_spaced(r, ch, loc):
    user, dom, *_ = _email_parts(r, loc)
    e = f"{user}@{dom}"
    head, _, tld = dom.partition(".")
    t = r.choice([f"{user} @ {dom}", f"{user} @{dom}", f"{user}@ {dom}",
                  f"{user} @ {head} . {tld}", f"{user}@{head}. {tld}"])  # fmt: skip
    return t, e


# ---------------------------------------------------------------- MX_CURP, MX_RFC
def _curp(r):
    return curp(r, _born(r))


def _rfc(r):
    return rfc(r, _born(r))


def _curp_hombre_mujer(r, ch, loc):
    s = _curp(r)
    sex = "hache de hombre" if s[10] == "H" else "eme de mujer"
    date = ", ".join(_two(x) for x in chunks(s[4:10], [2, 2, 2]))
    parts = [
        _letters(s[:4], r, "MX", 0.2),
        date,
        sex,
        _letters(s[11:13], r, "MX"),
        _letters(s[13:16], r, "MX", 0.25),
        _letters(s[16:], r, "MX"),
    ]
    return ", ".join(parts), s


def _id_spelled(gen, blocks, loc_of=lambda loc: loc, as_in=0.5):
    def fn(r, ch, loc):
        s = gen(r)
        lo = loc_of(loc)
        return ", ".join(_letters(b, r, lo, as_in) for b in chunks(s, blocks)), s

    return fn


def _curp_typed(r, ch, loc):
    s = _curp(r)
    t = r.choice([f"{s[:10]} {s[10:]}", f"{s[:10]}-{s[10:]}",
                  f"{s[:4]}{s[4:10]} {s[10:13]}{s[13:16]} {s[16:]}"])  # fmt: skip
    return (t.lower() if r.random() < 0.3 else t), s


def _rfc_homoclave(r, ch, loc):
    s = _rfc(r)
    date = ", ".join(_two(x) for x in chunks(s[4:10], [2, 2, 2]))
    hc = _letters(s[10:], r, "MX", 0.2)
    conn = r.choice(["y la homoclave es", "homoclave", "con homoclave"])
    return f"{_letters(s[:4], r, 'MX', 0.25)}, {date}, {conn} {hc}", s


def _rfc_typed(r, ch, loc):
    s = _rfc(r)
    t = r.choice([f"{s[:10]} {s[10:]}", f"{s[:4]} {s[4:10]}{s[10:]}", f"{s[:10]}-{s[10:]}"])
    return (t.lower() if r.random() < 0.3 else t), s


# ---------------------------------------------------------------- ES_NIF, ES_NIE
def _nif_lead(r):
    s = nif(r)
    while s[0] == "0" or s[5] == "0":
        s = nif(r)
    return s


def _letter_es(c, r, as_in=0.4):
    return r.choice(["letra ", "y la letra ", "con la letra ", ""]) + _letter(c, r, "ES", as_in)


def _nif_thousands(r, ch, loc):
    s = _nif_lead(r)
    b = s[:-1]
    return f"{palabras(int(b[:5]))}, {palabras(int(b[5:]))}, {_letter_es(s[-1], r)}", s


def _nif_letra_es(r, ch, loc):
    s = nif(r)
    b = s[:-1]
    body = ", ".join(_dig(x) for x in chunks(b, [2, 2, 2, 2]))
    end = r.choice(["y la letra es la", "y la letra es"])
    return f"{body}, {end} {_letter(s[-1], r, 'ES', 0.5)}", s


def _nif_typed(r, ch, loc):
    s = nif(r)
    b, c = s[:-1], s[-1]
    return r.choice([f"{b[:2]}.{b[2:5]}.{b[5:]} {c}", f"{b[:2]} {b[2:5]} {b[5:]}-{c}",
                     f"{b} ({c})", f"{b} {c.lower()}"]), s  # fmt: skip


def _nie_groups(r, ch, loc):
    s = nie(r)
    b = s[1:-1]
    if r.random() < 0.5:
        body = f"{_w(b[0])}, {_num(b[1:4])}, {_num(b[4:])}"
    else:
        body = f"{_num(b[:3])}, {_two(b[3:5])}, {_two(b[5:])}"
    return f"{_letter(s[0], r, 'ES', 0.4)}, {body}, {_letter_es(s[-1], r)}", s


def _nie_typed(r, ch, loc):
    s = nie(r)
    return r.choice([f"{s[:-1]} {s[-1]}", f"{s[:-1]} ({s[-1]})", f"{s[0]} {s[1:]}",
                     f"{s[0]} {s[1:-1]} {s[-1]}".lower()]), s  # fmt: skip


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es3_cc_spoken_connectors", "v", _card(_cc_connectors)),
        fam("es3_cc_spoken_english", "v", _card(_cc_english), loc="US"),
        fam("es3_cc_amex_pairs", "v", _card(_cc_amex, ("amex",), (1,))),
        fam("es3_cc_typed_separators", "t", _card(_cc_typed)),
    ],
    "CARD_CVV": [
        fam("es3_cvv_spoken_y", "v", _code(lambda r: rdigits(r, 3), _cvv_y)),
        fam("es3_cvv_spoken_english", "v",
            _code(lambda r: rdigits(r, 3), lambda s, r: _en_digits(s, r, 0.5)), loc="US"),
        fam("es3_cvv_chat_words", "t", _code(lambda r: rdigits(r, 3), _cvv_words_typed)),
    ],
    "CARD_EXPIRY": [
        fam("es3_exp_spoken_diagonal", "v", _exp(_exp_diagonal)),
        fam("es3_exp_spoken_mes_ano", "v", _exp(_exp_labels)),
        fam("es3_exp_spoken_english", "v", _exp(_exp_english), loc="US"),
        fam("es3_exp_typed_del", "t", _exp(_exp_typed_del)),
    ],
    "US_SSN": [
        fam("es3_ssn_spoken_guion", "v", _ssn_guion, loc="US"),
        fam("es3_ssn_spoken_english", "v", _ssn_english, loc="US"),
        fam("es3_ssn_typed_separators", "t", _ssn_typed, loc="US"),
        fam("es3_ssn_last4_spoken_y", "v", _last4_y, loc="US", nouns=LAST4, cs_nouns=LAST4_CS,
            en_nouns=LAST4_EN),
        fam("es3_ssn_last4_typed", "t", _last4_typed, loc="US", nouns=LAST4, cs_nouns=LAST4_CS,
            en_nouns=LAST4_EN, labels=LAST4_LABELS),
    ],
    "PHONE_NUMBER": [
        fam("es3_phone_us_mas_uno", "v", _phone_us_mas_uno, loc="US"),
        fam("es3_phone_us_area_code", "v", _phone_us_area, loc="US"),
        fam("es3_phone_us_english", "v", _phone_us_english, loc="US"),
        fam("es3_phone_mx_lada", "v", _phone_mx_lada, loc="MX"),
        fam("es3_phone_mx_mas52_numbers", "v", _phone_mx_mas52, loc="MX"),
        fam("es3_phone_typed_compact", "t", _phone_typed, loc="US MX"),
    ],
    "EMAIL_ADDRESS": [
        fam("es3_email_spoken_barra_baja", "v", _email_barra_baja),
        fam("es3_email_typed_spaced", "t", _email_typed_spaced),
    ],
    "DATE_OF_BIRTH": [
        fam("es3_dob_spoken_labels", "v", _dob(_dob_labels)),
        fam("es3_dob_spoken_year_pairs", "v", _dob(_dob_year_pairs)),
        fam("es3_dob_spoken_keypad", "v", _dob(_dob_keypad)),
        fam("es3_dob_spoken_english", "v", _dob(_dob_english), loc="US"),
        fam("es3_dob_typed_year_first", "t", _dob(_dob_typed_year_first)),
        fam("es3_dob_typed_month_word", "t", _dob(_dob_typed_month_word)),
    ],
    "PERSON": [
        fam("es3_person_particles", "vt", _name_particles),
        fam("es3_person_surname_first_caps", "t", _name_surname_first),
        fam("es3_person_third_party", "vt", _name_third_party, ctx="volunteer", phr="third_party",
            en_nouns=HOLDER_EN),
        fam("es3_person_titled", "vt", _name_titled, ctx="address"),
        fam("es3_person_agent_intro", "vt", _name_agent, ctx="intro"),
        fam("es3_person_signature", "t", _name_signature, ctx="signature"),
        fam("es3_person_form_fields", "t", _name_fields, ctx="form", fields=True),
    ],
    "ADDRESS": [
        fam("es3_addr_us_spoken_en_la", "v", _addr_us_en_la, loc="US"),
        fam("es3_addr_us_spoken_digits_suite", "v", _addr_us_digits_suite, loc="US"),
        fam("es3_addr_us_spoken_english", "v", _addr_us_english, loc="US"),
        fam("es3_addr_us_typed_line", "t", _addr_us_typed_line, loc="US"),
        fam("es3_addr_us_typed_lines", "t", _addr_us_typed_lines, loc="US"),
        fam("es3_addr_mx_spoken_mz_lt", "v", _addr_mx_mz_lt, loc="MX"),
        fam("es3_addr_mx_spoken_entre", "v", _addr_mx_entre, loc="MX"),
        fam("es3_addr_mx_typed_chat", "t", _addr_mx_whatsapp, loc="MX"),
        fam("es3_addr_mx_typed_form_block", "t", _addr_mx_form_block, loc="MX",
            modes=["ask", "volunteer", "noq"], phr="form_block"),
        fam("es3_addr_es_spoken_piso", "v", _addr_es_said, loc="ES"),
        fam("es3_addr_es_typed", "t", _addr_es_typed, loc="ES"),
        fam("es3_addr_street_number", "vt", _addr_street, loc="US MX ES", ctx="ask", phr="street",
            nouns=STREET, en_nouns=STREET_EN, w=0.4),
        fam("es3_addr_cp_alone", "vt", _addr_zip, loc="US MX ES", ctx="ask", phr="zip", nouns=ZIP,
            cs_nouns=ZIP_CS, en_nouns=ZIP_EN, w=0.4),
    ],
    "MX_CURP": [
        fam("es3_curp_spoken_hombre_mujer", "v", _curp_hombre_mujer, loc="MX"),
        fam("es3_curp_spelled_examples", "v", _id_spelled(_curp, [4, 6, 8], as_in=0.5),
            loc="MX"),
        fam("es3_curp_typed_two_blocks", "t", _curp_typed, loc="MX"),
    ],
    "MX_RFC": [
        fam("es3_rfc_spoken_homoclave", "v", _rfc_homoclave, loc="MX"),
        fam("es3_rfc_spelled_examples", "v", _id_spelled(_rfc, [4, 6, 3], as_in=0.5), loc="MX"),
        fam("es3_rfc_typed_homoclave_sep", "t", _rfc_typed, loc="MX"),
    ],
    "ES_NIF": [
        fam("es3_nif_spoken_thousands", "v", _nif_thousands, loc="ES"),
        fam("es3_nif_spoken_letra_es", "v", _nif_letra_es, loc="ES"),
        fam("es3_nif_typed_spaced", "t", _nif_typed, loc="ES"),
    ],
    "ES_NIE": [
        fam("es3_nie_spoken_groups", "v", _nie_groups, loc="ES"),
        fam("es3_nie_typed_letter_apart", "t", _nie_typed, loc="ES"),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
# fn(r, channel, locale) -> [(speaker, template, decoy value or None)]
def _neg_toll_free(r, ch, loc):
    a = r.choice(["800", "888", "877", "866"])
    n = str(r.randint(200, 999)) + rdigits(r, 4)
    if ch == "voice":
        v = f"uno, {palabras(int(a))}, {_dig(n[:3])}, {_dig(n[3:])}"
    else:
        v = r.choice(
            [f"1-{a}-{n[:3]}-{n[3:]}", f"01 {a} {n[:3]} {n[3:]}", f"({a}) {n[:3]}-{n[3:]}"]
        )
    return [("agent", "Para reportar un cargo, puede llamar sin costo al {v}.", v)]


def _neg_branch_address(r, ch, loc):
    voice = ch == "voice"
    if loc == "US":
        a = _us(r)
        said = f"{palabras(int(a['num']))} {a['street']} {a['suf']}, en {a['city']}"
        v = said if voice else f"{a['num']} {a['street']} {a['abbr']}, {a['city']}, {a['st']}"
    elif loc == "MX":
        a = _mx(r)
        said = f"{a['kind']} {a['street']} {palabras(int(a['num']))}, colonia {a['col']}"
        v = said if voice else f"{a['ab']} {a['street']} {a['num']}, Col. {a['col']}"
    else:
        a = _es(r)
        said = f"{a['kind']} {a['street']}, {palabras(int(a['num']))}, en {a['city']}"
        v = said if voice else f"{a['ab']} {a['street']}, {a['num']}, {a['city']}"
    return [("agent", "Si prefiere, puede pagar en nuestra sucursal de {v}.", v)]


def _neg_amount(r, ch, loc):
    n, c = r.randint(20, 3500), r.choice([0, 25, 50, 75, r.randint(1, 99)])
    word = {"US": "dólares", "MX": "pesos", "ES": "euros"}[loc]
    if ch == "voice":
        v = f"{palabras(n)} {word}".replace("uno " + word, "un " + word)
        v += f" con {palabras(c)}" if c else ""
    else:
        v = f"{n:,}.{c:02d} {word}" if loc != "ES" else f"{n},{c:02d} €"
    return [("agent", "Su pago por {v} ya quedó aplicado.", v)]


def _hour(x):
    return palabras(x - 12 if x > 12 else x).replace("uno", "una")


def _neg_time_window(r, ch, loc):
    a = r.choice([8, 9, 10, 12, 14, 15])
    b = a + r.choice([2, 3, 4])
    if ch == "voice":
        v = f"entre las {_hour(a)} y las {_hour(b)} de la {'mañana' if b <= 12 else 'tarde'}"
    else:
        v = f"entre {a}:00 y {b}:00"
    return [("agent", "El técnico lo visita mañana {v}.", v)]


def _neg_ticket(r, ch, loc):
    pre = r.choice(["TK", "RC", "AC"])
    n = rdigits(r, 7, lead=True)
    if ch == "voice":
        v = f"{LETRAS[pre[0]]} {LETRAS[pre[1]]}, {_num(n[:3])}, {_dig(n[3:])}"
    else:
        v = f"{pre}-{n}"
    return [("agent", "Le dejo su número de reporte: {v}.", v)]


def _neg_delivery_date(r, ch, loc):
    _, m, d = day(r, 2025, 2026)
    dia = r.choice(["lunes", "martes", "miércoles", "jueves", "viernes"])
    v = f"{dia} {palabras(d)} de {MESES[m - 1]}" if ch == "voice" else f"{dia} {d}/{m:02d}"
    return [("agent", "Su tarjeta nueva le llega el {v}.", v)]


def _neg_points(r, ch, loc):
    n = r.randint(1200, 48000)
    v = palabras(n) if ch == "voice" else f"{n:,}"
    return [("agent", "Por cierto, tiene {v} puntos acumulados.", v)]


def _neg_member_since(r, ch, loc):
    y = r.randint(1995, 2022)
    v = palabras(y) if ch == "voice" else str(y)
    return [("customer", "Yo soy cliente de ustedes desde el {v}, eh.", v)]


def _neg_luhn(r, ch, loc):
    n = not_luhn(r)
    if ch == "voice":
        v = ", ".join(_dig(g) for g in chunks(n, [4] * 4))
    else:
        v = "•".join(chunks(n, [4] * 4))
    return [("customer", "Y en el recibo viene otro número, el {v}, ¿ese para qué es?", v)]


# fmt: off
NEGATIVES = [
    fam("es3_neg_toll_free", "vt", _neg_toll_free),
    fam("es3_neg_branch_address", "vt", _neg_branch_address),
    fam("es3_neg_amount_paid", "vt", _neg_amount),
    fam("es3_neg_time_window", "vt", _neg_time_window),
    fam("es3_neg_ticket_number", "vt", _neg_ticket),
    fam("es3_neg_delivery_date", "vt", _neg_delivery_date),
    fam("es3_neg_points_balance", "vt", _neg_points),
    fam("es3_neg_customer_since", "vt", _neg_member_since),
    fam("es3_neg_luhn_fail_receipt", "vt", _neg_luhn),
    fam("es3_neg_phone_pci", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "Cualquier cosa, mi número es {v}, ahí me regresa la llamada."),
        loc="US MX"),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EXTRA_TYPED = True  # verify.py: extra_alts is called on typed text too

EN_UNIT = {w: i for i, w in enumerate(EN_U)} | {"oh": 0}
EN_TEEN_V = {w: 10 + i for i, w in enumerate(EN_TEEN)}
EN_TENS_V = {w: 10 * i for i, w in enumerate(EN_TENS) if w}
EN_MONTH_V = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS_SAY)}
ORD_READ = {fold(w): k for k, w in ORDINAL.items()} | {"primer": 1, "tercer": 3}
MES_READ = {"mzo": 3, "sept": 9, "set": 9, "fbro": 2}
ROMAN_READ = {x.lower(): i + 1 for i, x in enumerate(ROMAN)}
_FILL_TOKS = {w for f in FILL for w in re.findall(r"[a-z0-9]+", fold(f).lower())}


def _en_small(toks, i):
    """English 0-99 from toks[i]: [(value, next index)]."""
    n, t, out = len(toks), toks[i], []
    if t in EN_UNIT:
        out.append((EN_UNIT[t], i + 1))
    elif t in EN_TEEN_V:
        out.append((EN_TEEN_V[t], i + 1))
    elif t in EN_TENS_V:
        out.append((EN_TENS_V[t], i + 1))
        if i + 1 < n and toks[i + 1] in EN_UNIT and toks[i + 1] not in ("zero", "oh"):
            out.append((EN_TENS_V[t] + EN_UNIT[toks[i + 1]], i + 2))
    return out


def _en_alts(toks, i):
    """English numbers said by a code-switching caller: digits, pairs, 'twelve hundred', 'two
    thousand five', 'double five'."""
    n, out = len(toks), []
    for v, j in _en_small(toks, i):
        out.append((str(v), j))
        for word, mult in (("hundred", 100), ("thousand", 1000)):
            if j < n and toks[j] == word and 0 < v < 100:
                out.append((str(v * mult), j + 1))
                k = j + 1 + (1 if j + 1 < n and toks[j + 1] == "and" else 0)
                if k < n:
                    out += [(str(v * mult + w), kk) for w, kk in _en_small(toks, k) if w]
    if toks[i] == "double" and i + 1 < n and toks[i + 1] in EN_UNIT:
        out.append((str(EN_UNIT[toks[i + 1]]) * 2, i + 2))
    return out


def _neighbour(toks, i, step):
    """The nearest token before (step -1) or after (step 1) i that is not a filler."""
    j = i + step
    while 0 <= j < len(toks) and toks[j] in _FILL_TOKS:
        j += step
    return toks[j] if 0 <= j < len(toks) else None


def extra_alts(toks, i, mode, ctx):
    """Readings dev3 adds: English numbers and months, 'y' before the last digit of a list,
    'guion' and 'diagonal' said between groups, ordinal floors, 'ce de Campeche', and in typed
    text number words, 'mzo'/'sept', roman months and '3º'."""
    t, n, out = toks[i], len(toks), []
    if ctx.get("typed"):
        if mode in ("digits", "date") and t in NUMWORDS:
            out += number_alts(toks, i)
        if mode == "date":
            if t in MES_READ:
                out.append((f"M{MES_READ[t]:02d}", i + 1))
            if t in ROMAN_READ:
                out.append((f"M{ROMAN_READ[t]:02d}", i + 1))
        if mode == "address":
            m = re.fullmatch(r"(\d+)(o|a|er)", t)
            if m:
                out.append((m.group(1), i + 1))
        return out
    if mode in ("digits", "date", "address"):
        out += _en_alts(toks, i)
    if mode == "date":
        if t in EN_MONTH_V:
            out.append((f"M{EN_MONTH_V[t]:02d}", i + 1))
        if t in ("diagonal", "barra", "slash"):
            out.append(("", i + 1))
    if mode in ("digits", "alnum") and t == "y":
        a, b = _neighbour(toks, i, -1), _neighbour(toks, i, 1)
        if a in UNIT and b in UNIT and "un" not in (a, b) and "una" not in (a, b):
            out.append(("", i + 1))
    if mode == "digits" and t in ("guion", "raya", "dash"):
        out.append(("", i + 1))
    if mode == "address" and t in ORD_READ:
        out.append((str(ORD_READ[t]), i + 1))
    if mode == "alnum":
        for c, j in ctx["letters"](i):
            if j + 1 < n and toks[j] == "de" and ctx["as_in_word"](toks[j + 1], c):
                out.append((c, j + 2))
                # a two-word example ("Quintana Roo", "Puerto Rico")
                if j + 2 < n and toks[j + 2] in ("roo", "rico"):
                    out.append((c, j + 3))
    return out


def date_targets(ent, v, targets):
    """Dev3 dates of birth may also come year first, month first (US keypads and English), and
    with a two-digit year."""
    if ent != "DATE_OF_BIRTH":
        return targets
    y, m, d = v[:4], int(v[4:6]), int(v[6:])
    ds, ms, ys = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}"), (y, y[2:])
    out = set(targets)
    out |= {a + b + c for a in ds for b in ms for c in ys}
    out |= {b + a + c for a in ds for b in ms for c in ys}
    out |= {c + b + a for a in ds for b in ms for c in ys}
    return out


# ---------------------------------------------------------------- the interaction
LOCALE_ENTITIES = dict(compose.LOCALE_ENTITIES)
LOCALE_ENTITIES["ES"] = [*compose.LOCALE_ENTITIES["ES"], "ADDRESS"]
SPLIT_OK = compose.SPLITTABLE | {"ADDRESS"}


def _merge(kind, loc, mix):
    ovs = [OVERLAY[k] for k in (kind, loc, *(["intra"] if mix == "intra" else [])) if k in OVERLAY]
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


def view(kind, loc, mix, f=None):
    """This module as compose.scene reads it, with the phrasings of one channel kind ("voice" or
    "typed"), country and language mix, and those of family `f` (its `phr`) when it has them."""
    phr = f.opts.get("phr") if f is not None else None
    key = (kind, loc, mix, phr and f.name)
    if key not in _VIEWS:
        t, te, nouns = _merge(kind, loc, mix)
        if phr:
            ent = next(e for e, fs in FAMILIES.items() if f in fs)
            te[ent] = {**te.get(ent, {}), **PHR[phr]}
        _VIEWS[key] = types.SimpleNamespace(
            FAMILIES=FAMILIES, NEGATIVES=NEGATIVES, MODES=MODES, T=t, T_EN=T_EN, T_ENT=te,
            NOUNS=nouns, NOUNS_CS=NOUNS_CS, NOUNS_EN=NOUNS_EN, LABELS=LABELS, FILL=FILL,
            CORRECTIONS=CORRECTIONS, SKIP=SKIP, LETTER_NAMES=LETTER_NAMES, GLUE=GLUE)  # fmt: skip
    return _VIEWS[key]


def _pick_mode(r, ent, f, channel, mix, n_words):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    modes = f.opts.get("modes") or MODES_ENT.get(ent) or MODES
    if channel == "email":
        return r.choice(["email", "email", "form"]) if "form" in modes else "email"
    bad = {"form"} if channel == "voice" else set()
    if n_words < 2 or ent not in SPLIT_OK:
        bad.add("split")
    if ent in compose.NO_READBACK_ONLY:
        bad.add("readback_only")
    if mix == "switch":
        bad |= {"readback", "readback_only"}
    return r.choice([m for m in modes if m not in bad])


def _label(ent, f, value, mode, noise, pos):
    return dict(entity=ent, category=f.name, value=norm(value), context=mode, noise=noise,
                position=pos)  # fmt: skip


def _addr_split_scene(r, V, f, out, noise, pos, mix):
    """An address given in pieces (cut at commas or line breaks), the agent acknowledging in
    between: one span per piece, all with the address's value and context "split"."""
    text, canon = out[0], out[1]
    pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
    applied = "none"
    if noise == "fillers":
        keep = [*SKIP, *LETRAS.values(), *(x for xs in LETTER_NAMES.values() for x in xs)]
        noisy = compose.add_filler(r, text, FILL, keep, GLUE)
        applied, text = ("fillers" if noisy != text else "none"), noisy
    cuts = [m.end() for m in re.finditer(r",\s+|\n", text)]
    if not cuts:
        return None
    at = sorted(r.sample(cuts, min(len(cuts), r.choice([1, 1, 2]))))
    bounds = list(zip([0, *at], [*at, len(text)], strict=True))
    pieces = [text[a:b].strip().strip(",").strip().rstrip(".") for a, b in bounds]

    def ok(p):
        end = p[-1].isalnum() or (p[-1] == ")" and p.count("(") == p.count(")"))
        return p[0].isalnum() and end

    if not all(p and ok(p) for p in pieces):
        return None
    lab = _label("ADDRESS", f, canon, "split", applied, pos)
    A, U = "agent", "customer"
    switch = mix == "switch"
    kw = compose.grammar(r.choice(f.opts.get("nouns") or V.NOUNS["ADDRESS"]))
    en = {"noun": r.choice(f.opts.get("en_nouns") or NOUNS_EN["ADDRESS"])}
    if switch:
        ask = (A, fill(r.choice(T_EN["ask"]), None, None, **en))
    else:
        ask = (A, fill(r.choice(V.T_ENT["ADDRESS"]["ask"]), None, None, **kw))
    turns = [ask]
    for i, p in enumerate(pieces):
        if i:
            acks = T_EN["split_ack"] if switch else V.T["split_ack"]
            turns.append((A, [(r.choice(acks), None)]))
        tmpl = ADDR_SPLIT_A if i == 0 else ADDR_SPLIT_B if i == len(pieces) - 1 else ["{v}"]
        last = i == len(pieces) - 1
        seg = [(pre if i == 0 else "", None), (p, lab), (post if last else "", None)]
        turns.append((U, fill(r.choice(tmpl), seg, None)))
    return turns


def _fields_scene(r, f, out, pos):
    """A form with one line per name field, each value its own span (context "form")."""
    segs = [(r.choice(FORM_HEAD) + "\n", None)] if r.random() < 0.6 else []
    for i, (label, v) in enumerate(out[4]):
        segs += [(("\n" if i else "") + f"{label}: ", None),
                 (v, _label("PERSON", f, v, "form", "none", pos))]  # fmt: skip
    return [("customer", segs)]


def _signature_scene(r, f, out, channel):
    text, canon = out[0], out[1]
    pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
    lab = _label("PERSON", f, canon, "signature", "none", "late")
    seg = [(pre, None), (text, lab), (post, None)]
    if channel == "email":
        return [("customer", seg)]
    return [("customer", fill(r.choice(SIGN_CHAT), seg, None))]


def build(r, F, split, iid):
    """compose.build's flow with this module's phrasings by channel kind, country and mix, and
    dev3's own scenes (an address in pieces, name fields, a signature)."""
    loc = r.choices(["US", "MX", "ES"], [5, 4, 2])[0]
    domain = r.choices(["banking", "retail", "health", "services"], [3, 2, 3, 2])[0]
    preset = "hipaa" if domain in ("health", "services") else "pci"
    channel = r.choices(["voice", "chat", "email"], [6, 3, 2])[0]
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
            probs = [0.8, 0.5, 0.55]
            ents = [e for e, p in zip(PCI, probs, strict=True) if r.random() < p] or [r.choice(PCI)]
            negs = r.sample(neg_ok, min(len(neg_ok), r.randint(0, 2)))
    else:
        pool = LOCALE_ENTITIES[loc]
        ents = r.sample(pool, r.randint(2, min(5, len(pool))))
        if "ADDRESS" not in ents and r.random() < 0.5:
            ents.append("ADDRESS")
        ents += [r.choice(PCI)] if r.random() < 0.25 else []
    nfill = r.randint(2, 6)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro, sig = [], None, None
    for e in ents:
        fams = [f for f in FAMILIES[e] if fits(f, channel, loc)]
        if channel == "email":
            fams = [f for f in fams if f.opts.get("ctx") not in ("intro", "address", "ask")]
        if intro:
            fams = [f for f in fams if f.opts.get("ctx") != "intro"]
        if not fams:
            continue
        f = r.choices(fams, [x.opts.get("w", 1.0) for x in fams])[0]
        V = view(kind, loc, mix, f)
        out = f.fn(r, channel, loc)
        mode = _pick_mode(r, e, f, channel, mix, len(out[0].split(" ")))
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        pos = r.choice(list(slots))
        if e == "PERSON" and channel == "email" and not f.opts.get("ctx") and r.random() < 0.3:
            mode = "signature"
        if mode == "signature":
            if sig is None:
                sig = ("sig", _signature_scene(r, f, out, channel))
            continue
        if f.opts.get("fields"):
            turns = _fields_scene(r, f, out, pos)
        elif mode == "split" and e == "ADDRESS":
            turns = _addr_split_scene(r, V, f, out, noise, pos, mix)
            if turns is None:
                turns = compose.scene(r, V, e, f, out, "ask", noise, pos, org, channel, mix)
        else:
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
        turns = compose._email(r, domain, preset, org, blocks, sig)
    else:
        turns = compose._dialog(r, domain, preset, org, channel, mix, blocks, intro, nfill)
        if sig:
            turns += sig[1]
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


# Every phrasing of the overlays, country nouns, family phrasings and dev3's own scenes (for the
# package's no-shared-wording check).
EXTRA_WORDING = (
    tuple(x for ov in OVERLAY.values() for tb in ov.values() for xs in tb.values() for x in xs)
    + tuple(x for table in NOUNS_LOC.values() for xs in table.values() for x in xs)
    + tuple(x for table in PHR.values() for xs in table.values() for x in xs)
    + tuple(SIGN_CHAT + FORM_HEAD + ADDR_SPLIT_A + ADDR_SPLIT_B)
    + tuple(lab for fields in NAME_FIELDS.values() for lab, _ in fields)
    + tuple(STREET + STREET_EN + ZIP + ZIP_CS + ZIP_EN + HOLDER_EN + LAST4 + LAST4_CS + LAST4_EN)
)
