"""Surface forms and phrasings of the Spanish DEV4 split (a fourth development split).

Written by a fourth hand, from the outside only (the README's conventions, compose.py, the
contract and the other development splits as models of the format; never the recognisers, never
the held-out split), to tune on as well. Its emphasis is how callers in the US, Mexico and Spain
hand an agent their data, by voice as an ASR writes it and typed in a chat or an e-mail:

- ADDRESS above all, and the ZIP / código postal given ALONE (the contract's ADDRESS includes a
  ZIP code on its own): asked for in many ways, answered bare, with fillers, in pairs ("noventa,
  dos diez"), as a whole number ("noventa mil doscientos diez"), digit by digit with "cero" or
  "o", in English digits inside a Spanish turn, typed bare or behind a label ("CP 06700",
  "C.P.: 44100", "zip: 90210-1234"), volunteered ("vivo en el 78205"), corrected mid-answer and
  read back by the agent; with the city or the province; whole addresses from the US said in
  Spanish (house numbers in pairs the English way, "calle ... número ..."), from Mexico
  ("sin número", "domicilio conocido", colonia first, "delegación", manzana y lote, número
  exterior e interior, "entre ... y ..."), from Spain (escalera, piso, puerta, "bajo",
  "ático"); partial ones (street and number; street and city); and addresses taken down piece
  by piece, the agent asking for each part ("¿Y la colonia?", "¿Código postal?");
- CARD_EXPIRY said with the verb a caller reads off the card ("vence el ocho del veintisiete",
  "es buena hasta", "caduca en", "tiene vigencia hasta"), as printed, by month and year, in
  English; typed numeric or with a month word;
- PHONE_NUMBER from the US (3-3-2-2, "o" for zero, English pairs), Mexico (044 and 045,
  "más cincuenta y dos, uno, ..."), and Spain (nine digits, 3-2-2-2 or 3-3-3, "más treinta y
  cuatro", typed with 0034 or +34);
- US_SSN in groups with "o" for zero, in English pairs, behind a typed label; the last four
  said as such or typed behind a mask; RFC and CURP dictated in blocks, typed behind a label;
- look-alikes in payment calls: a billing ZIP, a due date that "vence", an authorization code,
  an extension, instalments, a callback time, order and tracking numbers, a gift card number.

`build` follows compose.build's flow with a view of this module whose phrasings follow the
channel kind, the country and the language mix, and adds three scenes of its own: a ZIP
corrected mid-answer (and maybe read back), an address taken down part by part (one span per
piece, context "split"), and a second address value in the same call.
"""

import re
import types

from . import compose
from .compose import (
    ENTITIES,
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
    rdigits,
    rfc,
    ssn,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]
# Addresses come in pieces and from the record more often than other values.
MODES_ADDR = ["ask", "ask", "volunteer", "noq", "readback", "split", "split", "form",
              "readback_only"]  # fmt: skip
# A ZIP alone: asked for, volunteered, read back, read from the record (never in pieces).
MODES_ZIP = ["ask", "ask", "ask", "volunteer", "noq", "readback", "readback", "form",
             "readback_only"]  # fmt: skip

# ---------------------------------------------------------------- phrasings (every channel)
# fmt: off
T = {
    "ask": ["¿Me hace el favor de darme {su} {noun}?",
            "Le voy a solicitar {su} {noun}, por favor.",
            "¿Me podría facilitar {su} {noun}, si es tan amable?",
            "Para seguir con su solicitud, ¿me indica {su} {noun}?",
            "¿Cuál es {su} {noun}, por favor?"],
    "answer": ["Sí, cómo no, {es} {v}.", "Mire, tengo aquí que {es} {v}.",
               "Claro, apúntele: {v}.", "Ajá, {es} {v}, señor.", "Este... sí, {v}."],
    "volunteer": ["De una vez le doy {mi} {noun}: {v}.",
                  "Oiga, {mi} {noun} {es} {v}, por si lo ocupa.",
                  "Para adelantarle, {mi} {noun} {es} {v}."],
    "ack": ["Perfecto, ya quedó registrado.", "Gracias, ya lo capturé.",
            "Muy amable, ya lo tengo en pantalla."],
    "noq_agent": ["Lo siguiente que me pide el sistema es {su} {noun}.",
                  "Ahora sí, voy a necesitar {su} {noun}.",
                  "Continuamos con {su} {noun}, por favor."],
    "noq_cust": ["Sí, claro, anote: {v}.", "Ah, okey, {es} {v}.", "Sí, aquí está: {v}."],
    "readback": ["Nada más para estar seguros: {v}. ¿Correcto?",
                 "Permítame repetirlo, {v}; ¿así es?",
                 "Tengo anotado {v}, ¿me lo confirma, por favor?"],
    "readback_only": ["En el sistema aparece {su} {noun} como {v}; ¿lo dejamos igual?",
                      "Lo que tengo registrado es {v}, ¿sigue vigente?",
                      "Me sale {v} en su cuenta, ¿está actualizado?"],
    "confirm": ["Sí, así está bien, gracias.", "Sí, correcto, ese mismo es.",
                "Ajá, sí, ese es el bueno."],
    "thanks": ["Gracias a usted, muy amable.", "Sí, aquí sigo, no se preocupe."],
    "split_a": ["Va, empiezo: {v}", "Okey, primero {v}", "A ver, le dicto: {v}"],
    "split_mid": ["después van {v}", "luego siguen {v}", "{v}, ¿me va siguiendo?"],
    "split_b": ["Y termina en {v}.", "Y al final van {v}.", "Y lo último es {v}."],
    "split_ack": ["Sí, ajá, continúe por favor.", "Mjm, ya lo llevo.", "Sí, siga, le escucho.",
                  "Ajá, ¿y qué más sigue?"],
    "email": ["Les hago llegar {mi} {noun}: {v}.", "Para su registro, {mi} {noun} {es} {v}.",
              "Anexo {mi} {noun}, que {es} {v}."],
    "form": ["{Label} ➜ {v}", "{Label} :: {v}", "{Label} = {v}", "• {Label}: {v}"],
    "intro": ["{org}, buenas tardes, le atiende {v}. ¿En qué le puedo servir?",
              "Muchas gracias por comunicarse a {org}, mi nombre es {v}, ¿cómo le ayudo hoy?"],
    "address": ["Con todo gusto, {v}, permítame revisar su cuenta.",
                "Gracias, {v}, en un momento lo atiendo.",
                "Claro, {v}, ya estoy viendo su información."],
}
T_ENT = {
    "PERSON": {
        "ask": ["¿Con quién tengo el gusto, por favor?",
                "¿Me dice su nombre completo, con sus dos apellidos?",
                "¿A nombre de quién está el contrato?"],
        "answer": ["Le habla {v}, mucho gusto.", "Mi nombre completo es {v}.",
                   "Sí, a nombre de {v}, que soy yo."],
        "volunteer": ["Buenas tardes, hablo yo, {v}, el titular.",
                      "Hola, mi nombre es {v} y tengo una duda."],
        "noq_agent": ["Primero necesito el nombre completo del titular."],
        "noq_cust": ["Okey, es {v}.", "El titular soy yo, {v}."],
        "readback": ["Muy bien, entonces {v}, ¿es correcto?", "Lo registro como {v}, ¿sí?"],
        "readback_only": ["¿Tengo el gusto con {v}?",
                          "El contrato aparece a nombre de {v}, ¿es usted?"],
        "confirm": ["Sí, con él mero.", "Sí, soy yo, dígame."],
        "email": ["Les escribe {v}, titular de la cuenta.", "Mi nombre es {v} y les escribo porque "
                  "tengo un problema."],
        "address": ["Con mucho gusto, {v}, deme un segundo.", "Claro que sí, {v}, ya lo reviso.",
                    "Gracias por esperar, {v}, ya tengo su expediente."],
    },
    "DATE_OF_BIRTH": {
        "ask": ["¿Me confirma su fecha de nacimiento, por favor?",
                "¿En qué fecha nació, con el año completo?"],
        "answer": ["Pues yo nací {v}, fíjese.", "Mi fecha de nacimiento es {v}.",
                   "Es {v}, según mi credencial."],
        "volunteer": ["Mi fecha de nacimiento, por si la pide: {v}."],
        "noq_agent": ["Ahora necesito validar su fecha de nacimiento."],
        "noq_cust": ["Sí, nací {v}."],
        "readback": ["Fecha de nacimiento {v}, ¿correcto?"],
        "readback_only": ["Su fecha de nacimiento registrada es {v}, ¿la confirma?"],
        "email": ["Mi fecha de nacimiento es {v}."],
    },
    "ADDRESS": {
        "ask": ["¿Me da su domicilio completo, por favor?",
                "¿Cuál es la dirección donde vive actualmente?",
                "¿A qué domicilio le hacemos llegar los documentos?",
                "¿Me dicta la dirección de entrega, con todo y número?"],
        "answer": ["Yo vivo en {v}.", "Mi domicilio queda en {v}.", "Sería en {v}, por favor.",
                   "Ahorita me estoy quedando en {v}.", "Pues es {v}, ahí mero."],
        "volunteer": [
            "Ah, y ya no vivo donde tienen registrado; ahora estoy en {v}.",
            "Quiero que cambien mi dirección a {v}.",
            "Me mudé hace un mes a {v}, por eso no me llegaban los estados de cuenta.",
            "El paquete tiene que llegar a {v}, no a la dirección vieja.",
            "Le cuento que la factura me la mandaron a {v}, pero ahí vive mi suegra."],
        "noq_agent": ["Ahora vamos a confirmar su domicilio.",
                      "Enseguida le pido la dirección completa para el envío."],
        "noq_cust": ["Sí, mire, es {v}.", "Claro, anote: {v}."],
        "readback": ["Entonces le queda {v}, ¿es correcto?",
                     "Le repito la dirección: {v}. ¿Está bien escrita?"],
        "readback_only": ["El domicilio registrado es {v}, ¿sigue viviendo ahí?",
                          "Tengo como dirección de envío {v}, ¿la confirmamos?",
                          "Aparece {v} como su domicilio; ¿es el actual?"],
        "confirm": ["Sí, ahí mismo vivo todavía.", "Sí, esa es mi dirección.",
                    "No ha cambiado, es correcta."],
        "email": ["Mi domicilio en este momento es {v}.", "La dirección para el envío es: {v}.",
                  "Les pido actualizar mi dirección a {v}."],
    },
    "PHONE_NUMBER": {
        "ask": ["¿A qué número lo podemos contactar?",
                "¿Me deja un teléfono donde lo localicemos, por favor?",
                "¿Cuál es su número de celular?"],
        "answer": ["Sí, es el {v}.", "Anótelo, es el {v}.", "Mi cel es el {v}.",
                   "Márqueme al {v}, a la hora que sea."],
        "volunteer": ["Mi número nuevo es el {v}, por si me quieren llamar.",
                      "Si se corta la llamada, me marca al {v}."],
        "noq_cust": ["Okey, es el {v}."],
        "readback": ["Le repito el número: {v}, ¿es correcto?"],
        "readback_only": ["El teléfono registrado es el {v}, ¿todavía lo usa?"],
        "email": ["Mi teléfono es el {v}.", "Me pueden llamar al {v}."],
    },
    "US_SSN": {
        "answer": ["Sí, el mío es {v}.", "Déjeme sacar la tarjeta... es {v}."],
        "volunteer": ["Para que no me lo pida después, mi número de social es {v}."],
    },
    "CREDIT_CARD": {
        "answer": ["Ahí le van los números: {v}.", "Okey, se los leo: {v}."],
        "volunteer": ["Le voy a pagar con esta, que es la {v}."],
    },
    "CARD_CVV": {
        "answer": ["El de atrás dice {v}.", "Son {v}, los de atrás."],
        "volunteer": ["Y el código de seguridad es el {v}."],
    },
    "EMAIL_ADDRESS": {
        "answer": ["Sí, mi correo es {v}.", "Sería {v}, ese es el bueno."],
        "readback_only": ["Las notificaciones le llegan a {v}, ¿sigue usando ese correo?"],
    },
}
# Phrasings that replace an entity's for one channel kind (a card's expiry is said with the verb
# the caller reads off the card, which comes with the value; typed, the verb is in the phrasing).
KIND_ENT = {
    "voice": {
        "CARD_EXPIRY": {
            "ask": ["¿Cuándo vence la tarjeta? El mes y el año, por favor.",
                    "¿Me dice la fecha de vencimiento que trae al frente?",
                    "¿Hasta cuándo es válida la tarjeta?"],
            "answer": ["A ver, aquí dice que {v}.", "Sí, mire, la tarjeta {v}.",
                       "Déjeme voltearla, a ver, {v}.", "Mmm, la mía {v}."],
            "volunteer": ["Ah, por cierto, la tarjeta {v}.",
                          "Y para que lo tenga, la tarjeta {v}."],
            "noq_agent": ["Ahora la fecha de vencimiento, mes y año."],
            "noq_cust": ["Ajá, sí, {v}.", "Ajá, la tarjeta {v}."],
            "readback": ["Entonces la tarjeta {v}, ¿verdad?", "O sea que {v}, ¿sí?"],
            "readback_only": ["La tarjeta que tengo registrada {v}; ¿es la misma que tiene "
                              "en la mano?",
                              "Según el sistema, su plástico {v}. ¿Coincide?"],
            "confirm": ["Sí, esa misma.", "Sí, así dice."],
        },
    },
    "typed": {
        "CARD_EXPIRY": {
            "ask": ["¿Me escribe la fecha de vencimiento, mes y año?",
                    "¿Qué vigencia trae la tarjeta?"],
            "answer": ["vence {v}", "exp {v}", "la fecha es {v}", "válida hasta {v}",
                       "{v}"],
            "volunteer": ["ah y la tarjeta vence {v}", "vence {v}, por si la ocupan"],
            "noq_agent": ["Ahora la fecha de vencimiento, por favor."],
            "noq_cust": ["{v}", "es {v}"],
            "readback": ["Vence {v}, ¿correcto?"],
            "readback_only": ["La tarjeta registrada vence {v}, ¿sigue vigente?"],
            "email": ["La tarjeta vence {v}.", "Fecha de vencimiento de la tarjeta: {v}."],
        },
    },
}
# An English-speaking agent in a switched call.
T_EN = {
    "ask": ["May I have your {noun}, please?", "Could you read me the {noun}?",
            "I'm going to need the {noun} to go on."],
    "ack": ["Great, I've got that down.", "Okay, that's updated in the system."],
    "noq_agent": ["Next I need to verify the {noun}."],
    "split_ack": ["Got it, go ahead.", "Okay, and then?", "Yes, I'm with you, keep going."],
    "intro": ["Thanks for calling {org}, my name is {v}, this call is recorded. How may I help?"],
    "address": ["Thank you, {v}, one moment while I pull that up.",
                "Of course, {v}, let me take a look."],
}

# Additions by channel kind, country and language mix: OVERLAY[key][entity or "*"][phrase key].
OVERLAY = {
    "voice": {
        "*": {"ask": ["¿Me repite {su} {noun}, despacio, por favor?"],
              "answer": ["Okey, ahí le voy despacito: {v}."]},
        "ADDRESS": {"answer": ["Le explico, es {v}, ahí donde está la tienda."]},
    },
    "typed": {
        "*": {"ask": ["¿Me compartes {el} {noun}, por favor? 🙂",
                      "Por este chat me puede escribir {su} {noun}."],
              "answer": ["claro: {v}", "va, {v}", "{v} ✅", "es {v} saludos"],
              "ack": ["Listo, recibido, gracias por escribirlo."],
              "intro": ["Hola, soy {v} de {org}. ¿En qué te puedo ayudar?"]},
        "ADDRESS": {"answer": ["va, la dirección es:\n{v}",
                               "te la paso como está en el recibo:\n{v}"],
                    "volunteer": ["cambié de domicilio, ahora es:\n{v}"]},
    },
    "US": {"*": {"answer": ["Okey, so, {es} {v}.", "Sí, mire, right here: {v}."],
                 "confirm": ["Yeah, eso es, correcto.", "Sí, sí, that's right."],
                 "ack": ["Okey, thank you, ya quedó."]},
           "ADDRESS": {"ask": ["¿Me da su dirección con el número de apartamento y el zip code?"]},
           "CARD_EXPIRY": {"ask": ["¿Y cuándo expira la tarjeta?"]}},
    "MX": {"*": {"answer": ["Ándele, {es} {v}.", "Sí, joven, {es} {v}."],
                 "confirm": ["Sí, ese mero, joven.", "Ándele, así está."],
                 "noq_cust": ["Órale, {es} {v}."]},
           "ADDRESS": {"ask": ["¿Me proporciona su domicilio con calle, número, colonia y "
                               "código postal?"]},
           "CARD_EXPIRY": {"ask": ["¿Qué vigencia tiene su plástico?"]}},
    "ES": {"*": {"answer": ["Pues mire, {es} {v}, vale.", "Venga, tome nota: {v}."],
                 "confirm": ["Sí, sí, eso es, vale.", "Correcto, vale."],
                 "ack": ["Vale, perfecto, ya está anotado."]},
           "ADDRESS": {"ask": ["¿Me indica la dirección completa, con el piso y la puerta?"]},
           "CARD_EXPIRY": {"ask": ["¿Y la fecha de caducidad de la tarjeta?"]}},
    "intra": {"*": {"answer": ["Okey, déjame ver, {es} {v}, right?"],
                    "volunteer": ["Aquí te paso {mi} {noun}, just in case: {v}."]}},
}

NOUNS = {
    "CREDIT_CARD": ["el número largo del plástico, completo",
                    "el número completo del plástico"],
    "CARD_CVV": ["el código de seguridad del reverso", "los dígitos de seguridad de atrás"],
    "CARD_EXPIRY": ["la fecha en que vence el plástico", "el mes y año de vencimiento"],
    "PERSON": ["el nombre completo, con apellidos", "el nombre como viene en la identificación"],
    "DATE_OF_BIRTH": ["la fecha de nacimiento, con el año",
                      "la fecha de nacimiento con día, mes y año"],
    "ADDRESS": ["el domicilio donde vive", "la dirección completa de la casa",
                "la dirección de entrega"],
    "PHONE_NUMBER": ["el número de teléfono principal", "el número de celular para avisos"],
    "EMAIL_ADDRESS": ["el correo para las notificaciones", "el e-mail personal"],
    "US_SSN": ["el número de seguro social completo", "el número del social, todo"],
    "MX_CURP": ["la CURP completa", "la clave CURP, completa"],
    "MX_RFC": ["el RFC completo, con todo y homoclave", "el RFC para facturar"],
    "ES_NIF": ["el DNI, con su letra al final", "el número del carné de identidad"],
    "ES_NIE": ["el NIE con sus letras", "el número del NIE, con las letras"],
}
NOUNS_LOC = {
    "US": {"PHONE_NUMBER": ["el celular con el código de área"],
           "ADDRESS": ["la dirección completa con zip code"]},
    "MX": {"PHONE_NUMBER": ["el celular con todo y lada"],
           "ADDRESS": ["el domicilio con colonia y CP"]},
    "ES": {"PHONE_NUMBER": ["el móvil de contacto"],
           "ADDRESS": ["el domicilio con piso y puerta"]},
}
NOUNS_CS = {
    "CREDIT_CARD": ["el number de la card, el largo"],
    "CARD_CVV": ["el security code del reverso"],
    "CARD_EXPIRY": ["el expiration del plástico"],
    "PERSON": ["el full name del titular"],
    "DATE_OF_BIRTH": ["el date of birth completo"],
    "ADDRESS": ["el home address con el zip", "el address de entrega"],
    "PHONE_NUMBER": ["el phone de contacto", "el cell phone actual"],
    "EMAIL_ADDRESS": ["el email de las notificaciones"],
    "US_SSN": ["el social security number completo"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["long number on the card"], "CARD_CVV": ["security code on the back"],
    "CARD_EXPIRY": ["card's expiration date"], "PERSON": ["full name on the account"],
    "DATE_OF_BIRTH": ["date of birth on file"],
    "ADDRESS": ["home address, apartment number included", "mailing address on the account"],
    "PHONE_NUMBER": ["best number to call you back"], "EMAIL_ADDRESS": ["email on the account"],
    "US_SSN": ["full social security number, please"],
}
LABELS = {
    "CREDIT_CARD": ["No. de tarjeta (sin espacios)", "Tarjeta a cargar"],
    "CARD_CVV": ["Código de seguridad (CVV/CVC)", "CVV2"],
    "CARD_EXPIRY": ["Vence (MM/AA)", "Vigencia de la tarjeta"],
    "PERSON": ["Nombre completo del titular", "Nombre de quien contrata"],
    "DATE_OF_BIRTH": ["F. de nacimiento (día / mes / año)", "Fecha en que nació el titular"],
    "ADDRESS": ["Domicilio de entrega", "Dirección (calle, número, CP)", "Domicilio fiscal"],
    "PHONE_NUMBER": ["Teléfono para localizarlo", "Cel. / WhatsApp"],
    "EMAIL_ADDRESS": ["Correo para notificaciones", "E-mail de contacto"],
    "US_SSN": ["Número de Seguro Social", "SSN del titular"],
    "MX_CURP": ["CURP del solicitante", "Clave Única (CURP)"],
    "MX_RFC": ["RFC del contribuyente", "RFC con homoclave"],
    "ES_NIF": ["DNI del titular", "NIF (con letra)"],
    "ES_NIE": ["NIE (tarjeta de residencia)", "Documento NIE"],
}
ZIP_NOUNS = ["el código postal de la casa donde vive", "el código postal de donde vive"]
ZIP_NOUNS_CS = ["el zip code de la casa"]
ZIP_NOUNS_EN = ["ZIP code at that address"]
ZIP_LABELS = ["Código postal del domicilio", "Código Postal", "Zip / Código postal"]
ZIPCITY_NOUNS = ["el código postal y la ciudad", "la ciudad con su código postal"]
ZIPCITY_LABELS = ["C.P. y población", "Ciudad / código postal"]
STREET_NOUNS = ["el nombre de la calle y el número exterior", "el nombre de la calle con el número"]
STREETCITY_NOUNS = ["la calle y la ciudad donde vive", "la calle y la población"]
LAST4_NOUNS = ["los últimos cuatro números del social",
               "los dígitos finales del número de social"]
LAST4_NOUNS_CS = ["los last four digits del social"]
LAST4_NOUNS_EN = ["last four digits of your social"]
LAST4_LABELS = ["SSN: terminación", "SSN (últimos cuatro)"]

# Phrasings of single families (they replace the entity's for those keys), with additions by
# country and by channel kind, and an English-speaking agent's.
PHR = {
    "zip": {
        "ask": ["¿Y el código postal de su domicilio?",
                "Para revisar la cobertura necesito su código postal, ¿me lo da?",
                "¿Qué código postal tiene donde vive?",
                "¿Con qué código postal le registro el domicilio?"],
        "answer": ["Sí, mire, es el {v}.", "Ese, el {v}, el de la casa.",
                   "Creo que es el {v}, si no me equivoco.",
                   "Mi código postal es el {v}, ese.", "Ah, pues el {v}."],
        "volunteer": ["Por cierto, mi código postal es el {v}, para que vea si hay cobertura.",
                      "Yo vivo en el {v}, ¿hasta allá sí llegan?",
                      "Le aviso que cambié de código postal, ahora es el {v}."],
        "ack": ["Perfecto, sí tenemos cobertura en esa zona.", "Gracias, ya lo verifiqué."],
        "noq_agent": ["Ahora solamente me falta su código postal.",
                      "Para terminar, voy a validar su código postal."],
        "noq_cust": ["Es el {v}, ese.", "Ah, ok, el {v}."],
        "readback": ["El {v}, ¿verdad?", "Código postal {v}, ¿correcto?",
                     "Perfecto, entonces el {v}; ¿así es?"],
        "readback_only": ["Tengo registrado el código postal {v}, ¿sigue siendo el mismo?",
                          "Su código postal en el sistema es el {v}, ¿es correcto?"],
        "confirm": ["Sí, ese es el de mi casa.", "Así es, no ha cambiado."],
        "email": ["Mi código postal es el {v}.", "Les paso mi código postal: {v}."],
    },
    "zip_city": {
        "ask": ["¿Me da su código postal y la ciudad, por favor?",
                "¿En qué ciudad vive y con qué código postal?"],
        "answer": ["Mire, le queda {v}.", "Sería el {v}, ahí es.", "Yo estoy en el {v}."],
        "volunteer": ["Le comento que ya me cambié, ahora estoy en el {v}."],
        "noq_agent": ["Necesito validar su código postal y su ciudad."],
        "noq_cust": ["Okey, es el {v}."],
        "readback": ["Entonces {v}, ¿correcto?"],
        "readback_only": ["Tengo registrado {v}, ¿sigue viviendo por ahí?"],
        "confirm": ["Sí, ahí sigo.", "Sí, correcto, por ahí."],
        "email": ["Mi código postal y ciudad: {v}."],
    },
    "street": {
        "ask": ["¿Nada más la calle y el número, por favor?",
                "¿En qué calle vive y qué número es?",
                "¿Me dice la calle y el número de su casa? Lo demás ya lo tengo."],
        "answer": ["En {v}.", "Pues es {v}.", "Yo vivo en {v}.", "Sería {v}, nada más."],
        "readback": ["Entonces {v}, ¿correcto?", "Anoté {v}, ¿así es?"],
        "confirm": ["Sí, esa es la calle.", "Correcto, ese número."],
        "email": ["Yo vivo en {v}."],
    },
    "street_city": {
        "ask": ["¿En qué calle y en qué ciudad está el domicilio?",
                "¿Por qué calle vive, y en qué ciudad?"],
        "answer": ["Yo vivo allá por {v}.", "Me queda por {v}.", "Por {v}, ahí está la casa."],
        "readback": ["Entonces {v}, ¿verdad?"],
        "confirm": ["Sí, ahí es.", "Ajá, por ahí."],
        "email": ["Yo vivo en {v}."],
    },
    "labeled": {
        "answer": ["Claro, aquí va:\n{v}", "Se lo paso tal cual lo tengo:\n{v}", "Listo 👇\n{v}",
                   "{v}"],
        "volunteer": ["Les dejo el dato de una vez:\n{v}", "Para que lo tengan a la mano:\n{v}"],
        "noq_cust": ["Va:\n{v}", "{v}"],
        "email": ["Mis datos para el trámite:\n{v}", "Anoto el dato tal como aparece:\n{v}"],
    },
    "last4": {
        "ask": ["Para verificar su identidad, ¿me da los últimos cuatro de su seguro social?",
                "¿Me confirma los dígitos finales de su número de social?"],
        "answer": ["Mire, son {v}.", "Los últimos cuatro, a ver, son {v}.",
                   "Termina en {v}, el mío."],
        "noq_agent": ["Para validar, nada más los últimos cuatro de su social."],
        "noq_cust": ["Okey, son {v}."],
        "readback": ["Terminación {v}, ¿correcto?"],
        "readback_only": ["Su social termina en {v}, ¿correcto?"],
        "email": ["Los últimos cuatro de mi social son {v}."],
    },
}
PHR_LOC = {
    "zip": {
        "US": {"ask": ["¿Y el zip code de su casa, por favor?",
                       "¿Cuál es el zip de la dirección donde vive ahora?",
                       "¿Me pasa su zip code?"],
               "answer": ["Mi zip es el {v}.", "El zip code es {v}."],
               "readback": ["Zip code {v}, ¿correcto?"]},
        "MX": {"ask": ["¿Y su CP, por favor?", "¿Me dice el código postal de su colonia?"],
               "answer": ["Es el {v}, señorita.", "El CP es el {v}."],
               "readback": ["CP {v}, ¿es correcto?"]},
        "ES": {"ask": ["¿Me indica el código postal, por favor?",
                       "¿Qué código postal es el de su calle?"],
               "answer": ["Es el {v}, vale.", "Pues el {v}."],
               "readback": ["El {v}, ¿vale?"]},
    },
    "zip_city": {
        "ES": {"ask": ["¿Me indica el código postal y la población?"]},
    },
}
PHR_KIND = {
    "zip": {
        "typed": {"ask": ["¿Me compartes tu código postal? 🙂", "¿Cuál es tu C.P.?",
                          "Escríbeme tu código postal, por favor."],
                  "answer": ["es {v}", "pues el {v}", "{v} 👍"],
                  "volunteer": ["vivo en el {v}, llegan hasta acá?",
                                "mi cp es {v} por si lo ocupan"],
                  "noq_cust": ["{v}"]},
    },
}
PHR_EN = {
    "zip": {"ask": ["And what's the ZIP code there?", "Could you give me your ZIP code, please?"],
            "ack": ["Perfect, we do cover that area."],
            "noq_agent": ["Last thing, I need to confirm the ZIP code."]},
    "street": {"ask": ["Just the street and the house number, please."]},
    "last4": {"ask": ["Can you verify the last four of your social?"]},
}

# The scene of an address taken down part by part: the agent asks for each part.
PIECE_FIRST = ["Le voy a tomar la dirección por partes; vaya diciéndome, por favor.",
               "Vamos a llenar el domicilio poco a poco, ¿me lo va dictando?",
               "Tomo nota de su dirección, dígamela despacio, por favor."]
PIECE_FIRST_ANS = ["Sí, mire: {v}.", "Claro que sí, mire: {v}.", "Okey, pues {v}."]
PIECE_FIRST_ANS_T = ["{v}", "ok: {v}"]
PIECE_ASK = {
    "unit": {"US": ["¿Número de apartamento?", "¿Tiene número de apartamento?"],
             "MX": ["¿Tiene número interior?", "¿Interior?"],
             "ES": ["¿Escalera, piso y puerta?"]},
    "floor": {"ES": ["¿Piso y puerta?", "¿Qué piso, y qué puerta?"]},
    "col": {"MX": ["¿Y la colonia?", "¿En qué colonia?"]},
    "mun": {"MX": ["¿Alcaldía o municipio?", "¿Qué municipio es?"]},
    "street": {"*": ["¿Y la calle y el número?", "¿En qué calle, con número?"]},
    "city": {"US": ["¿En qué ciudad?", "¿Ciudad y estado?"], "MX": ["¿En qué ciudad?"],
             "ES": ["¿Localidad?", "¿En qué población?"]},
    "zip": {"US": ["¿Y el zip code?", "¿Me da el zip?"], "MX": ["¿Y el código postal?", "¿CP?"],
            "ES": ["¿Código postal?", "¿Y el código postal?"]},
    "*": {"*": ["Ajá, ¿y luego?", "Mjm, siga, por favor."]},
}
PIECE_ASK_EN = {"unit": ["Apartment number?"], "city": ["And the city?"],
                "zip": ["And the ZIP code?"], "*": ["Okay, what comes next?"]}
PIECE_ANS = ["{v}.", "Ajá, {v}, sí.", "Ah, sí, {v}.", "Eh, pues {v}."]
PIECE_ANS_T = ["{v}"]

# ASR noise: this writer's fillers and self-corrections.
# (no comma inside: compose cuts a value in pieces at its commas)
FILL = ["eh este", "mmm a ver", "ahorita ahorita", "pues este"]
CORRECTIONS = ["ay, no, me equivoqué", "no, espéreme, lo corrijo", "perdón, me salté uno",
               "no, no, al revés"]
# Words said inside a value that are not part of it.
SKIP = [*FILL, "más", "plus", "mes", "y el año", "y el año es", "primer bloque",
        "segundo bloque", "tercer bloque", "y el último bloque", "último bloque", "enseguida",
        "a continuación", "y al final", "más la homoclave", "con su homoclave", "la homoclave",
        "su homoclave", "homoclave", "y la letra",
        "con la letra", "la letra", "letra", "todo junto", "todo en minúsculas", "prefijo"]
# No filler goes after these words (they modify or join the next one).
GLUE = ["y", "de", "del", "la", "el", "los", "las", "más", "con", "sin", "código", "ce", "zip",
        "número", "calle", "avenida", "colonia", "alcaldía", "delegación", "municipio",
        "apartamento", "apto", "piso", "puerta", "escalera", "portal", "interior", "exterior",
        "manzana", "lote", "letra", "prefijo", "bloque", "mes", "año", "homoclave", "primer",
        "segundo", "tercer", "último", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "oh", "double", "i", "uve", "doble", "be", "ve", "barrio",
        "fraccionamiento", "domicilio", "en", "por", "un", "veintiún", "veintiun"]
# Letter names this writer's callers use on top of compose.LETRAS.
LETTER_NAMES = {"V": ["ve", "ve chica", "ve corta"], "B": ["be grande", "be larga"],
                "W": ["doble u", "uve doble"], "Y": ["i griega"], "I": ["i latina"],
                "R": ["ere"]}
EMAIL_WORDS = {"guion bajo": "_"}
TYPED_EMAIL = []
# fmt: on


# ---------------------------------------------------------------- saying numbers
def _d(c):
    return UNIDADES[int(c)]


def _dd(s, zero="cero"):
    """Digit by digit."""
    return " ".join(zero if c == "0" else _d(c) for c in s)


def _dd_o(s, r, p=0.5):
    """Digit by digit, a zero said "o" now and then (as English speakers say "oh")."""
    return " ".join(("o" if r.random() < p else "cero") if c == "0" else _d(c) for c in s)


def _pr(s):
    """Two digits as a pair: '45' -> 'cuarenta y cinco', '07' -> 'cero siete'."""
    return ("cero " + _d(s[1])) if s[0] == "0" else palabras(int(s))


def _whole(s):
    """A group as one number, its leading zeros said 'cero': '004' -> 'cero cero cuatro'."""
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


def _en_pr(s):
    """'05' -> 'oh five', '45' -> 'forty-five', '00' -> 'oh oh'."""
    return ("oh " + ("oh" if s[1] == "0" else EN_D[int(s[1])])) if s[0] == "0" else _en_n(int(s))


def _en_dd(s, r, oh=0.7):
    return " ".join(("oh" if r.random() < oh else "zero") if c == "0" else EN_D[int(c)] for c in s)


# ---------------------------------------------------------------- saying letters
def _letter(c, r, loc):
    if c.isdigit():
        return _d(c)
    names = {"MX": {"B": ["be", "be grande"], "V": ["ve", "ve chica"], "W": ["doble u"],
                    "Y": ["i griega", "ye"], "I": ["i", "i latina"]},
             "US": {"B": ["be", "be larga"], "V": ["ve", "ve corta"], "W": ["doble u"],
                    "Y": ["i griega"]},
             "ES": {"V": ["uve"], "W": ["uve doble"], "Y": ["i griega"]}}[loc]  # fmt: skip
    return r.choice(names.get(c) or [LETRAS[c]])


def _letters(s, r, loc):
    return " ".join(_letter(c, r, loc) for c in s)


# ---------------------------------------------------------------- ADDRESS data
# fmt: off
# (city, state as said in Spanish, abbreviation, first three ZIP digits)
CIUDADES_US = [("Laredo", "Texas", "TX", "780"), ("McAllen", "Texas", "TX", "785"),
               ("Houston", "Texas", "TX", "770"), ("Pasadena", "Texas", "TX", "775"),
               ("Hialeah", "Florida", "FL", "330"), ("Kissimmee", "Florida", "FL", "347"),
               ("Santa Ana", "California", "CA", "927"), ("Oxnard", "California", "CA", "930"),
               ("Salinas", "California", "CA", "939"), ("Yuma", "Arizona", "AZ", "853"),
               ("Las Cruces", "Nuevo México", "NM", "880"), ("Aurora", "Colorado", "CO", "800"),
               ("Paterson", "Nueva Jersey", "NJ", "075"), ("Passaic", "Nueva Jersey", "NJ", "070"),
               ("Charlotte", "Carolina del Norte", "NC", "282"),
               ("Atlanta", "Georgia", "GA", "303"), ("Waukegan", "Illinois", "IL", "600"),
               ("Brooklyn", "Nueva York", "NY", "112"), ("Hartford", "Connecticut", "CT", "061"),
               ("Nashville", "Tennessee", "TN", "372")]
CALLES_US = ["Gessner", "Airline", "Zarzamora", "Flagler", "Bristol", "Figueroa", "Alvarado",
             "Kedzie", "Pulaski", "Guadalupe", "Nogalitos", "Bergenline", "Market", "Washington",
             "Hillcrest", "Cypress", "Walnut", "Palmetto"]
# (English suffix, abbreviation, the Spanish word a caller may put before the name instead)
SUFIJOS_US = [("Street", "St", "calle"), ("Avenue", "Ave", "avenida"),
              ("Boulevard", "Blvd", "bulevar"), ("Road", "Rd", ""), ("Drive", "Dr", ""),
              ("Lane", "Ln", ""), ("Court", "Ct", ""), ("Parkway", "Pkwy", "")]
DIRS_US = [("West", "W"), ("East", "E"), ("North", "N"), ("South", "S")]
# (kind said, abbreviation, street)
CALLES_MX = [("calle", "C.", "Pilares"), ("calle", "Calle", "Matamoros"),
             ("avenida", "Av.", "Insurgentes Norte"), ("calle", "C.", "Allende"),
             ("avenida", "Av.", "Lázaro Cárdenas"), ("calzada", "Calz.", "Ignacio Zaragoza"),
             ("calle", "C.", "Independencia"), ("andador", "And.", "Las Rosas"),
             ("calle", "C.", "Emiliano Zapata"), ("avenida", "Av.", "Álvaro Obregón"),
             ("calle", "C.", "Niños Héroes"), ("privada", "Priv.", "Aldama"),
             ("boulevard", "Blvd.", "Adolfo López Mateos"), ("calle", "C.", "Vicente Guerrero")]
# (colonia, kind, kind of municipality, municipality, first three CP digits, state, abbreviation)
COLONIAS = [
    ("Del Valle Centro", "colonia", "alcaldía", "Benito Juárez", "031", "Ciudad de México",
     "CDMX"),
    ("Doctores", "colonia", "alcaldía", "Cuauhtémoc", "067", "Ciudad de México", "CDMX"),
    ("Santa María la Ribera", "colonia", "alcaldía", "Cuauhtémoc", "064", "Ciudad de México",
     "CDMX"),
    ("Agrícola Oriental", "colonia", "alcaldía", "Iztacalco", "085", "Ciudad de México", "CDMX"),
    ("San Juan de Aragón", "colonia", "alcaldía", "Gustavo A. Madero", "079",
     "Ciudad de México", "CDMX"),
    ("Lomas de San Lorenzo", "colonia", "alcaldía", "Iztapalapa", "091", "Ciudad de México",
     "CDMX"),
    ("Ciudad Satélite", "colonia", "municipio", "Naucalpan de Juárez", "531", "Estado de México",
     "Edo. Méx."),
    ("Centro", "colonia", "municipio", "Guadalajara", "441", "Jalisco", "Jal."),
    ("Los Olivos", "fraccionamiento", "municipio", "Tlajomulco de Zúñiga", "456", "Jalisco",
     "Jal."),
    ("Mitras Centro", "colonia", "municipio", "Monterrey", "644", "Nuevo León", "N.L."),
    ("Centro", "colonia", "municipio", "Mérida", "970", "Yucatán", "Yuc."),
    ("Jalatlaco", "barrio", "municipio", "Oaxaca de Juárez", "680", "Oaxaca", "Oax."),
    ("San Miguel", "barrio", "municipio", "Ixmiquilpan", "423", "Hidalgo", "Hgo."),
    ("El Coecillo", "barrio", "municipio", "León", "370", "Guanajuato", "Gto."),
    ("Hacienda Real", "fraccionamiento", "municipio", "Tijuana", "221", "Baja California",
     "B.C."),
]
COL_ABBR = {"colonia": "Col.", "fraccionamiento": "Fracc.", "barrio": "Bo."}
# (kind said, abbreviation, street)
CALLES_ES = [("calle", "C/", "Bravo Murillo"), ("calle", "C/", "Toledo"),
             ("avenida", "Avda.", "de Andalucía"), ("paseo", "Pº", "de la Castellana"),
             ("plaza", "Pl.", "de España"), ("calle", "C/", "Marqués de Urquijo"),
             ("ronda", "Rda.", "de Atocha"), ("calle", "C/", "Colón"),
             ("avenida", "Av.", "del Cid"), ("calle", "C/", "San Vicente Mártir"),
             ("camino", "Cno.", "de Ronda"), ("travesía", "Trva.", "de la Paz"),
             ("calle", "C/", "Ancha"), ("rambla", "Rbla.", "de Catalunya")]
# (city, province, first two CP digits)
CIUDADES_ES = [("Madrid", "Madrid", "28"), ("Móstoles", "Madrid", "28"),
               ("Barcelona", "Barcelona", "08"), ("Sabadell", "Barcelona", "08"),
               ("Valencia", "Valencia", "46"), ("Torrent", "Valencia", "46"),
               ("Sevilla", "Sevilla", "41"), ("Granada", "Granada", "18"),
               ("Málaga", "Málaga", "29"), ("Alicante", "Alicante", "03"),
               ("Castellón", "Castellón", "12"), ("Bilbao", "Vizcaya", "48"),
               ("Oviedo", "Asturias", "33"), ("Salamanca", "Salamanca", "37"),
               ("Cartagena", "Murcia", "30"), ("Palma", "Baleares", "07"),
               ("Zaragoza", "Zaragoza", "50")]
FLOOR_ORD = {1: ("primero", "primer"), 2: ("segundo", "segundo"), 3: ("tercero", "tercer"),
             4: ("cuarto", "cuarto"), 5: ("quinto", "quinto"), 6: ("sexto", "sexto"),
             7: ("séptimo", "séptimo"), 8: ("octavo", "octavo"), 9: ("noveno", "noveno")}
DOOR_ORD = {1: "primera", 2: "segunda", 3: "tercera", 4: "cuarta"}
# fmt: on


def _glue_names():
    """Words after which no filler goes: every word of a name but its last (a filler inside
    'Insurgentes Norte' or 'Santa Ana' is not how people hesitate), every US street name (its
    suffix follows) and every first name (a second first name or a surname follows)."""
    names = [
        *(s for _, _, s in CALLES_MX),
        *(c[0] for c in COLONIAS),
        *(c[3] for c in COLONIAS),
        *(c[5] for c in COLONIAS),
        *(s for _, _, s in CALLES_ES),
        *(c[0] for c in CIUDADES_US),
        *(c[1] for c in CIUDADES_US),
        *(c[0] for c in CIUDADES_ES),
        *(c[1] for c in CIUDADES_ES),
    ]
    out = {w for n in names for w in n.split()[:-1]}
    out |= {w for n in CALLES_US for w in n.split()} | {d for d, _ in DIRS_US}
    out |= {w for n in [*NOMBRES_F, *NOMBRES_M] for w in n.split()}
    return sorted({v for w in out for v in (w, w.lower(), fold(w), fold(w).lower())})


def _zip_tail(r):
    """The last two digits of a ZIP or CP: round ones are common."""
    return r.choice(["00", str(r.randint(1, 9)) + "0", *(rdigits(r, 2) for _ in range(4))])


def _us(r):
    city, state, st, z3 = r.choice(CIUDADES_US)
    suf, abbr, es = r.choice(SUFIJOS_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999),
                        r.randint(10000, 25999)]))  # fmt: skip
    unit = str(r.choice([r.randint(1, 9), r.randint(10, 48), r.randint(101, 420)]))
    d = r.choice(DIRS_US) if r.random() < 0.3 else None
    return dict(num=num, street=r.choice(CALLES_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z3 + _zip_tail(r), plus4=rdigits(r, 4), unit=unit,
                dir=d)  # fmt: skip


def _mx(r):
    kind, ab, street = r.choice(CALLES_MX)
    col, ckind, mkind, mun, cp3, state, st = r.choice(COLONIAS)
    num = str(r.choice([r.randint(3, 99), r.randint(100, 999), r.randint(1000, 3999)]))
    return dict(kind=kind, ab=ab, street=street, num=num, col=col, ckind=ckind, mkind=mkind,
                mun=mun, cp=cp3 + _zip_tail(r), state=state, st=st, unit=str(r.randint(1, 24)),
                mz=str(r.randint(1, 80)), lt=str(r.randint(1, 45)))  # fmt: skip


def _es(r):
    kind, ab, street = r.choice(CALLES_ES)
    city, prov, cp2 = r.choice(CIUDADES_ES)
    cp = cp2 + "0" + rdigits(r, 2) if r.random() < 0.75 else cp2 + rdigits(r, 3)
    floor = r.choice(["bajo", "entresuelo", "ático", *range(1, 10), *range(1, 6)])
    door = r.choice(["izquierda", "derecha", "centro", "1", "2", "3", "4", "A", "B", "C"])
    return dict(kind=kind, ab=ab, street=street, num=str(r.randint(1, 240)), city=city,
                prov=prov, cp=cp, esc=str(r.randint(1, 3)), floor=floor, door=door)  # fmt: skip


def _zip_of(r, loc):
    return _us(r)["zip"] if loc == "US" else _mx(r)["cp"] if loc == "MX" else _es(r)["cp"]


# ---------------------------------------------------------------- a ZIP or CP said aloud
def _zip_digits(z, r, loc):
    """Digit by digit, zeros said 'cero' or 'o' (US callers often 'o'), in one run or 3 + 2."""
    said = _dd_o(z, r, 0.6 if loc == "US" else 0.15).split(" ")
    k = r.randrange(3)
    if k == 0:
        return " ".join(said)
    cut = 3 if k == 1 else 2
    return " ".join(said[:cut]) + ", " + " ".join(said[cut:])


def _zip_pairs(z, r, loc):
    """In pairs and hundreds: 'setenta y ocho, doscientos cinco', 'noventa, dos diez'."""
    k = r.randrange(4)
    if k == 0:
        return f"{_pr(z[:2])}, {_whole(z[2:])}"
    if k == 1:
        return f"{_pr(z[:2])}, {_d(z[2])} {_pr(z[3:])}"
    if k == 2:
        return f"{_dd(z[:3])}, {_pr(z[3:])}"
    return f"{_pr(z[:2])}, {_pr(z[2:4])}, {_d(z[4])}"


def _zip_whole(z, r, loc):
    """As one number ('noventa mil doscientos diez'); a leading zero said first."""
    if z[0] != "0":
        return palabras(int(z))
    return "cero " + (palabras(int(z[1:])) if z[1] != "0" else _whole(z[1:]))


def _zip_english(z, r, loc):
    """English digits and pairs in a Spanish turn ('nine oh two one oh', 'ninety, two ten')."""
    k = r.randrange(3)
    if k == 0:
        return _en_dd(z, r)
    if k == 1:
        return f"{_en_pr(z[:2])}, {EN_D[int(z[2])]} {_en_pr(z[3:])}"
    return f"{_en_dd(z[:3], r)}, {_en_pr(z[3:])}"


def _zip_any(z, r, loc):
    return r.choice([_zip_digits, _zip_pairs, _zip_whole])(z, r, loc)


def _zip_said_fam(render):
    def fn(r, ch, loc):
        z = _zip_of(r, loc)
        return render(z, r, loc), z

    return fn


def _zip_typed_bare(r, ch, loc):
    z = _zip_of(r, loc)
    if loc == "US" and r.random() < 0.35:
        a = _us(r)
        z5 = a["zip"]
        return r.choice([f"{z5}-{a['plus4']}", f"{z5} {a['plus4']}"]), z5 + a["plus4"]
    return z, z


def _zip_typed_labeled(r, ch, loc):
    """A label typed before the ZIP (left out of the span), ZIP+4 now and then."""
    z = _zip_of(r, loc)
    if loc == "US":
        label = r.choice(["zip: ", "ZIP ", "Zip code: ", "zip code ", "ZIP: "])
        if r.random() < 0.4:
            p4 = rdigits(r, 4)
            return f"{z}-{p4}", z + p4, label, ""
        return z, z, label, ""
    label = r.choice(["CP ", "C.P. ", "C.P.: ", "cp: ", "Código postal: ", "CP: ", "c.p. "])
    return z, z, label, ""


# ---------------------------------------------------------------- whole addresses (parts)
# A part: (kind, text in the whole address, text when it answers the agent's question, value).
def _addr(parts, pre="", sep=", ", seps=None):
    seps = seps or [sep] * (len(parts) - 1)
    text = parts[0][1] + "".join(s + p[1] for s, p in zip(seps, parts[1:], strict=True))
    canon = " ".join(p[3] for p in parts if p[3])
    return text, canon, pre, "", {"parts": parts}


def _house_us(num, r):
    """A US house number as Hispanic callers say it: in pairs the English way ('doce treinta y
    cuatro'), a digit and a pair ('cinco veinte'), or as one number."""
    n, k = len(num), r.random()
    if n == 3 and k < 0.5:
        return f"{_d(num[0])} {_pr(num[1:])}"
    if n == 4 and k < 0.55:
        return f"{_pr(num[:2])} {_pr(num[2:])}"
    if n == 5 and k < 0.4:
        return f"{_pr(num[:2])}, {_whole(num[2:])}"
    return palabras(int(num))


def _unit_us(u, r):
    return palabras(int(u)) if len(u) < 3 or r.random() < 0.4 else f"{_d(u[0])} {_pr(u[1:])}"


def _addr_us_pares(r, ch, loc):
    """'doce treinta y cuatro West Gessner Road, apartamento ocho, Houston, Texas, zip siete
    siete cero cero dos' (the house number first, in pairs)."""
    a = _us(r)
    dr = f"{a['dir'][0]} " if a["dir"] else ""
    st = f"{_house_us(a['num'], r)} {dr}{a['street']} {a['suf']}"
    parts = [("street", st, st, f"{a['num']} {a['street']}")]
    if r.random() < 0.6:
        u = _unit_us(a["unit"], r)
        word = r.choice(["apartamento", "apartment", "apto", "el apartamento número", "unidad"])
        parts.append(("unit", f"{word} {u}", u, a["unit"]))
    city = a["city"] + (f", {a['state']}" if r.random() < 0.6 else "")
    parts.append(("city", city, city, a["city"]))
    zs = _zip_any(a["zip"], r, loc) if r.random() < 0.8 else _zip_english(a["zip"], r, loc)
    parts.append(("zip", r.choice(["zip ", "el zip ", "código zip ", "zip code ", ""]) + zs, zs,
                  a["zip"]))  # fmt: skip
    return _addr(parts, r.choice(["el ", "", ""]))


def _addr_us_calle_numero(r, ch, loc):
    """Spanish word order for a US address: 'calle Flagler número mil quinientos veinte,
    apartamento doce, en Hialeah, Florida, código postal tres tres cero uno dos'."""
    a = _us(r)
    num = palabras(int(a["num"])) if r.random() < 0.7 else _dd(a["num"])
    if a["es"]:
        st = f"{a['es']} {a['street']} número {num}"
    else:
        st = f"{a['street']} {a['suf']}, número {num}"
    parts = [("street", st, st, f"{a['street']} {a['num']}")]
    if r.random() < 0.55:
        u = palabras(int(a["unit"]))
        parts.append(("unit", f"{r.choice(['apartamento', 'departamento', 'unidad'])} {u}", u,
                      a["unit"]))  # fmt: skip
    city = a["city"] + (f", {a['state']}" if r.random() < 0.5 else "")
    parts.append(("city", f"en {city}", city, a["city"]))
    zs = _zip_any(a["zip"], r, loc)
    parts.append(("zip", f"{r.choice(['código postal', 'el código zip', 'zip'])} {zs}", zs,
                  a["zip"]))  # fmt: skip
    return _addr(parts, r.choice(["la ", ""]) if not a["es"] else "")


def _addr_us_typed(r, ch, loc):
    """One line or several, ZIP+4 now and then, a chat's lower case."""
    a = _us(r)
    z = a["zip"] + (("-" + a["plus4"]) if r.random() < 0.4 else "")
    zv = norm(z)
    dr = f"{a['dir'][1]} " if a["dir"] else ""
    suf = r.choice([a["abbr"], a["abbr"] + ".", a["suf"]])
    st = f"{a['num']} {dr}{a['street']} {suf}"
    parts = [("street", st, st, f"{a['num']} {a['street']}")]
    unit = r.random() < 0.6
    if unit:
        ut = r.choice([f"Apt {a['unit']}", f"Apt. {a['unit']}", f"Unit {a['unit']}",
                       f"Apt #{a['unit']}", f"Ste {a['unit']}"])  # fmt: skip
        parts.append(("unit", ut, a["unit"], a["unit"]))
    k = r.randrange(3)
    if k == 0:  # one line: '4510 W Gessner Rd Apt 12, Houston, TX 77040-1234'
        parts += [("city", a["city"], a["city"], a["city"]),
                  ("zip", f"{a['st']} {z}", z, zv)]  # fmt: skip
        seps = [" "] * unit + [", ", ", "]
    elif k == 1:  # as on an envelope: street (and unit) on one line, 'Houston, TX' and the ZIP
        parts += [("city", f"{a['city']}, {a['st']}", a["city"], a["city"]), ("zip", z, z, zv)]
        seps = [", "] * unit + ["\n", " "]
    else:  # the state in full, no commas
        parts += [("city", f"{a['city']} {a['state']}", a["city"], a["city"]), ("zip", z, z, zv)]
        seps = [" "] * (len(parts) - 1)
    out = _addr(parts, "", seps=seps)
    if ch == "chat" and r.random() < 0.3:
        low = [(k, t.lower(), b.lower(), v) for k, t, b, v in parts]
        out = _addr(low, "", seps=seps)
    return out


def _cp_said(cp, r):
    return _zip_any(cp, r, "MX")


def _mun_said(a, r):
    if a["mkind"] == "alcaldía":
        return f"{r.choice(['alcaldía', 'delegación'])} {a['mun']}"
    return r.choice([f"municipio de {a['mun']}", a["mun"]])


def _addr_mx_sin_numero(r, ch, loc):
    """'calle Matamoros sin número, barrio San Miguel, Ixmiquilpan, Hidalgo, código postal
    cuarenta y dos, trescientos'; 'domicilio conocido'; manzana y lote."""
    a = _mx(r)
    k = r.random()
    col = f"{a['ckind']} {a['col']}"
    if k < 0.45:
        st = f"{a['kind']} {a['street']} sin número"
        parts = [("street", st, st, a["street"]), ("col", col, a["col"], a["col"])]
    elif k < 0.75:
        st = f"{a['kind']} {a['street']}, manzana {palabras(int(a['mz']))}, "
        st += f"lote {palabras(int(a['lt']))}"
        parts = [("street", st, st, f"{a['street']} {a['mz']} {a['lt']}"),
                 ("col", col, a["col"], a["col"])]  # fmt: skip
    else:
        first = f"domicilio conocido, {col}"
        parts = [("col", first, first, a["col"])]
    mun = _mun_said(a, r)
    if r.random() < 0.5:
        mun += f", {a['state']}"
    parts.append(("mun", mun, a["mun"], a["mun"]))
    cps = _cp_said(a["cp"], r)
    parts.append(("zip", f"{r.choice(['código postal', 'ce pe', 'con código postal'])} {cps}",
                  cps, a["cp"]))  # fmt: skip
    return _addr(parts)


def _addr_mx_colonia_primero(r, ch, loc):
    """The colonia first: '(en la) colonia Doctores, delegación Cuauhtémoc, calle Pilares número
    exterior ochocientos doce, interior tres, entre Allende y Matamoros, código postal cero seis
    siete dos cero'."""
    a = _mx(r)
    parts = [("col", f"{a['ckind']} {a['col']}", a["col"], a["col"])]
    parts.append(("mun", _mun_said(a, r), a["mun"], a["mun"]))
    num = palabras(int(a["num"]))
    st = f"{a['kind']} {a['street']} {r.choice(['número', 'número exterior', ''])} {num}"
    st = st.replace("  ", " ")
    parts.append(("street", st, st, f"{a['street']} {a['num']}"))
    if r.random() < 0.5:
        u = palabras(int(a["unit"]))
        word = r.choice(["interior", "departamento", "número interior"])
        unit = f"{word} {u}"
        if r.random() < 0.5:
            x, y = r.sample([s for _, _, s in CALLES_MX if s != a["street"]], 2)
            unit += f", entre {x} y {y}"
        parts.append(("unit", unit, u, a["unit"]))
    parts.append(("zip", f"código postal {_cp_said(a['cp'], r)}", _cp_said(a["cp"], r), a["cp"]))
    pre = {"colonia": "en la ", "barrio": "en el ", "fraccionamiento": "en el "}[a["ckind"]]
    return _addr(parts, r.choice([pre, ""]))


def _addr_mx_typed(r, ch, loc):
    """Typed: 'S/N', 'No. Ext.', 'Int.', 'Mz./Lt.', 'Col.', 'Alc.', 'C.P.'; a chat's lower case."""
    a = _mx(r)
    k = r.randrange(4)
    ab = a["ab"]
    if k == 0:
        st = f"{ab} {a['street']} S/N"
        sv = a["street"]
    elif k == 1:
        st = f"{ab} {a['street']} No. Ext. {a['num']}"
        sv = f"{a['street']} {a['num']}"
        if r.random() < 0.6:
            st += f" No. Int. {a['unit']}"
            sv += f" {a['unit']}"
    elif k == 2:
        st = f"{ab} {a['street']} Mz. {a['mz']} Lt. {a['lt']}"
        sv = f"{a['street']} {a['mz']} {a['lt']}"
    else:
        st = f"{ab} {a['street']} #{a['num']}" + (f" Int. {a['unit']}" if r.random() < 0.5 else "")
        sv = f"{a['street']} {a['num']}" + (f" {a['unit']}" if "Int." in st else "")
    col = f"{COL_ABBR[a['ckind']]} {a['col']}"
    mk = {"alcaldía": r.choice(["Alc. ", "Del. ", ""]), "municipio": r.choice(["Mpio. ", ""])}
    mun = mk[a["mkind"]] + a["mun"]
    parts = [("street", st, st, sv), ("col", col, a["col"], a["col"]),
             ("mun", f"{mun}, {a['st']}", a["mun"], a["mun"])]  # fmt: skip
    cpl = r.choice(["C.P. ", "CP ", "C.P.: ", "cp "])
    parts.append(("zip", f"{cpl}{a['cp']}", a["cp"], a["cp"]))
    seps = [", "] * 3 if r.random() < 0.6 else ["\n"] * 3
    if r.random() < 0.3:
        parts.append(("state", a["state"], a["state"], ""))
        seps.append(", ")
    if ch == "chat" and r.random() < 0.3:
        parts = [(k_, t.lower(), b.lower(), v) for k_, t, b, v in parts]
    return _addr(parts, seps=seps)


def _floor_door_said(a, r):
    """(said, value) of a Spanish floor and door: 'tercero izquierda', 'cuarto, puerta dos',
    'bajo be' (a door letter said aloud is not in the value)."""
    f, d = a["floor"], a["door"]
    if isinstance(f, str):
        fs, fv = f, fold(f)
    else:
        k = r.random()
        fs = (FLOOR_ORD[f][0] if k < 0.5 else f"{FLOOR_ORD[f][1]} piso" if k < 0.8
              else f"piso {palabras(f)}")  # fmt: skip
        fv = str(f)
    if d in ("izquierda", "derecha", "centro"):
        return f"{fs} {d}", f"{fv} {d}"
    if d.isdigit():
        ds = r.choice([f", puerta {palabras(int(d))}", f" {DOOR_ORD[int(d)]}"])
        return fs + ds, f"{fv} {d}"
    return f"{fs} {r.choice(['', 'puerta '])}{LETRAS[d]}", fv


def _cp_es_said(cp, r):
    k = r.randrange(3)
    if k == 0:
        return palabras(int(cp)) if cp[0] != "0" else _dd(cp)
    if k == 1:
        return f"{_pr(cp[:2])} {_whole(cp[2:])}"
    return _dd(cp)


def _addr_es_spoken(r, ch, loc):
    """'calle Bravo Murillo, número ciento veinte, escalera dos, tercero izquierda, código postal
    veintiocho cero veinte, Madrid'."""
    a = _es(r)
    num = palabras(int(a["num"]))
    st = f"{a['kind']} {a['street']}{r.choice([', número ', ' número ', ', '])}{num}"
    parts = [("street", st, st, f"{a['street']} {a['num']}")]
    fd, fdv = _floor_door_said(a, r)
    if r.random() < 0.3:
        e = palabras(int(a["esc"]))
        parts.append(("unit", f"escalera {e}, {fd}", f"escalera {e}, {fd}", f"{a['esc']} {fdv}"))
    else:
        parts.append(("floor", fd, fd, fdv))
    cps = _cp_es_said(a["cp"], r)
    city = a["city"] + (f", provincia de {a['prov']}" if a["prov"] != a["city"] and
                        r.random() < 0.4 else "")  # fmt: skip
    z = ("zip", f"{r.choice(['código postal ', 'ce pe ', ''])}{cps}", cps, a["cp"])
    c = ("city", city, city, a["city"])
    parts += [z, c] if r.random() < 0.5 else [c, z]
    return _addr(parts, r.choice(["en la " if a["kind"] in ("calle", "avenida", "plaza", "ronda",
                                                            "travesía", "rambla") else "en el ",
                                  ""]))  # fmt: skip


def _floor_door_typed(a, r):
    f, d = a["floor"], a["door"]
    if isinstance(f, str):
        fs, fv = r.choice([f, f.capitalize()]), fold(f)
    else:
        fs, fv = r.choice([f"{f}º", f"{f}.º", f"{f}º piso"]), str(f)
    if d in ("izquierda", "derecha", "centro"):
        dt = r.choice(
            {
                "izquierda": ["izq.", "izda.", "izquierda"],
                "derecha": ["dcha.", "der.", "dcha"],
                "centro": ["centro", "ctro."],
            }[d]
        )
        return f"{fs} {dt}", f"{fv} {dt.rstrip('.')}"  # fmt: skip
    if d.isdigit():
        return f"{fs} {d}ª", f"{fv} {d}"
    return f"{fs} {d}", f"{fv} {d.lower()}"


def _addr_es_typed(r, ch, loc):
    """'C/ Bravo Murillo, 120, esc. 2, 3º izq., 28020 Madrid'; 'Pº de la Castellana 120 - 4º
    2ª - 28046 Madrid'; '(Málaga)' after the city."""
    a = _es(r)
    sep = r.choice([", ", " "])
    st = f"{a['ab']} {a['street']}{sep}{r.choice(['', 'nº ', 'n.º '])}{a['num']}"
    parts = [("street", st, st, f"{a['street']} {a['num']}")]
    fd, fdv = _floor_door_typed(a, r)
    if r.random() < 0.3:
        parts.append(("unit", f"esc. {a['esc']}, {fd}", f"esc. {a['esc']}, {fd}",
                      f"{a['esc']} {fdv}"))  # fmt: skip
    else:
        parts.append(("floor", fd, fd, fdv))
    city = a["city"] + (f" ({a['prov']})" if r.random() < 0.3 else "")
    parts.append(("zip", f"{a['cp']} {city}", a["cp"] + " " + city, f"{a['cp']} {a['city']}"))
    seps = r.choice([[", ", ", "], [" - ", " - "], [", ", "\n"]])
    return _addr(parts, seps=seps)


# ---------------------------------------------------------------- partial addresses
def _addr_street_number(r, ch, loc):
    """Street and number only."""
    voice = ch == "voice"
    if loc == "US":
        a = _us(r)
        canon = f"{a['num']} {a['street']}"
        if not voice:
            return f"{a['num']} {a['street']} {r.choice([a['abbr'], a['suf']])}", canon
        if r.random() < 0.5:
            return f"{_house_us(a['num'], r)} {a['street']} {a['suf']}", canon, "el ", ""
        return f"{_house_us(a['num'], r)} de la {a['street']}", canon, "el ", ""
    a = _mx(r) if loc == "MX" else _es(r)
    canon = f"{a['street']} {a['num']}"
    if not voice:
        if loc == "MX":
            return r.choice([f"{a['street']} {a['num']}", f"{a['ab']} {a['street']} #{a['num']}",
                             f"{a['street']} No. {a['num']}"]), canon  # fmt: skip
        return r.choice([f"{a['ab']} {a['street']}, {a['num']}",
                         f"{a['ab']} {a['street']} nº {a['num']}"]), canon  # fmt: skip
    sep = r.choice([" número ", " ", ", "])
    return f"{a['kind']} {a['street']}{sep}{palabras(int(a['num']))}", canon


def _addr_street_city(r, ch, loc):
    """The street and the city, no number ('la Bergenline, en Paterson')."""
    voice = ch == "voice"
    if loc == "US":
        a = _us(r)
        canon = f"{a['street']} {a['city']}"
        if voice:
            return f"{a['street']} {a['suf']}, en {a['city']}", canon, "la ", ""
        return f"{a['street']} {a['abbr']}, {a['city']}, {a['st']}", canon
    if loc == "MX":
        a = _mx(r)
        canon = f"{a['street']} {a['mun']}"
        if voice:
            return f"{a['kind']} {a['street']}, allá en {a['mun']}", canon, "la ", ""
        return f"{a['ab']} {a['street']}, {a['mun']}, {a['state']}", canon
    a = _es(r)
    canon = f"{a['street']} {a['city']}"
    if voice:
        return f"{a['kind']} {a['street']}, en {a['city']}", canon
    return f"{a['ab']} {a['street']} ({a['city']})", canon


def _zip_city(r, ch, loc):
    """A ZIP or CP with its city or municipality (and a Spanish province)."""
    voice = ch == "voice"
    if loc == "US":
        a = _us(r)
        z, city = a["zip"], a["city"]
        if voice:
            zs = _zip_any(z, r, loc)
            if r.random() < 0.5:
                return f"{zs}, en {city}", f"{z} {city}"
            return f"{city}, {a['state']}, {zs}", f"{city} {z}"
        return r.choice([(f"{city}, {a['st']} {z}", f"{city} {z}"),
                         (f"{z} {city}, {a['st']}", f"{z} {city}")])  # fmt: skip
    if loc == "MX":
        a = _mx(r)
        z, city = a["cp"], a["mun"]
        if voice:
            return f"{_cp_said(z, r)}, de {city}", f"{z} {city}"
        return r.choice([(f"{z}, {city}, {a['state']}", f"{z} {city}"),
                         (f"{city}, C.P. {z}", f"{city} {z}")])  # fmt: skip
    a = _es(r)
    z, city = a["cp"], a["city"]
    if voice:
        prov = f", provincia de {a['prov']}" if a["prov"] != city else ""
        return f"{_cp_es_said(z, r)}, {city}{prov}", f"{z} {city}"
    return r.choice([(f"{z} {city}", f"{z} {city}"), (f"{z} - {city} ({a['prov']})",
                                                      f"{z} {city}")])  # fmt: skip


# ---------------------------------------------------------------- PHONE_NUMBER
def _phone_us_n(r):
    area = r.choice(
        [
            "956",
            "713",
            "832",
            "305",
            "786",
            "407",
            "714",
            "805",
            "831",
            "928",
            "575",
            "720",
            "973",
            "704",
            "404",
            "847",
            "718",
            "347",
            "860",
            "615",
        ]
    )
    ex = str(r.randint(2, 9)) + rdigits(r, 2)
    ex = ex if ex[1:] != "11" else ex[0] + "21"
    return area + ex + rdigits(r, 4)


def _phone_mx_n(r):
    lada = r.choice(["55", "56", "33", "81", "222", "442", "998", "664", "477", "951", "999",
                     "771", "686"])  # fmt: skip
    return lada + str(r.randint(1, 9)) + rdigits(r, 9 - len(lada)), len(lada)


def _phone_es_n(r):
    k = r.random()
    if k < 0.6:
        return "6" + rdigits(r, 8), 3
    if k < 0.75:
        return "7" + str(r.randint(1, 4)) + rdigits(r, 7), 3
    pre = r.choice(["91", "93", "96", "95", "94", "98"])
    return pre + str(r.randint(2, 8)) + rdigits(r, 6), 2


def _phone_us_grouped(r, ch, loc):
    """'(más uno,) ocho tres dos, cuatro cinco o, setenta y ocho, noventa' (3-3-2-2)."""
    p = _phone_us_n(r)
    a, e, ln = chunks(p, [3, 3, 4])
    o = 0.5 if r.random() < 0.5 else 0.0
    sa = _dd_o(a, r, o) if r.random() < 0.7 else palabras(int(a))
    se = _dd_o(e, r, o) if r.random() < 0.6 else _whole(e)
    sl = r.choice(
        [f"{_pr(ln[:2])}, {_pr(ln[2:])}", _dd_o(ln, r, o), f"{_pr(ln[:2])} {_pr(ln[2:])}"]
    )
    lead = r.choice(["", "", "más uno, ", "uno, "])
    return f"{lead}{sa}, {se}, {sl}", p


def _phone_us_english(r, ch, loc):
    p = _phone_us_n(r)
    a, e, ln = chunks(p, [3, 3, 4])
    sl = f"{_en_pr(ln[:2])} {_en_pr(ln[2:])}" if r.random() < 0.6 else _en_dd(ln, r)
    return f"{_en_dd(a, r)}, {_en_dd(e, r)}, {sl}", p


def _phone_mx_044(r, ch, loc):
    """The old mobile prefixes: 'cero cuarenta y cuatro, cincuenta y cinco, doce, treinta y
    cuatro, cincuenta y seis, setenta y ocho'."""
    p, k = _phone_mx_n(r)
    pre = r.choice(["044", "044", "045"])
    ps = r.choice([_whole(pre), _dd(pre)])
    lada, rest = p[:k], p[k:]
    ls = _pr(lada) if k == 2 else (_dd(lada) if r.random() < 0.5 else palabras(int(lada)))
    if k == 2:
        body = ", ".join(_pr(x) for x in chunks(rest, [2, 2, 2, 2]))
    else:
        body = f"{_whole(rest[:3])}, {_pr(rest[3:5])}, {_pr(rest[5:])}"
    return f"{ps}, {ls}, {body}", p


def _phone_mx_mas52(r, ch, loc):
    """'más cincuenta y dos, uno, treinta y tres, dieciocho, veinte, cuarenta y uno, doce'."""
    p, k = _phone_mx_n(r)
    one = r.choice(["uno, ", "", "uno "])
    lada, rest = p[:k], p[k:]
    ls = _pr(lada) if k == 2 else _whole(lada)
    if r.random() < 0.6 and k == 2:
        body = ", ".join(_pr(x) for x in chunks(rest, [2] * 4))
    elif r.random() < 0.6:
        body = (
            f"{_whole(rest[:3])}, {_pr(rest[3:5])}, {_pr(rest[5:])}"
            if k == 3
            else (f"{_whole(rest[:4])}, {_whole(rest[4:])}")
        )
    else:
        body = ", ".join(_dd(x) for x in chunks(rest, [4, 4] if k == 2 else [3, 4]))
    return f"{r.choice(['más cincuenta y dos', 'más cincuenta y dos,'])} {one}{ls}, {body}", p


def _phone_es_spoken(r, ch, loc):
    """Spain: 'seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho' (3-2-2-2),
    3-3-3, a landline 2-3-2-2, '(más treinta y cuatro,)'."""
    p, k = _phone_es_n(r)
    if k == 3:
        g = r.randrange(3)
        if g == 0:
            a, b, c, d = chunks(p, [3, 2, 2, 2])
            s = f"{_whole(a)}, {_pr(b)}, {_pr(c)}, {_pr(d)}"
        elif g == 1:
            s = ", ".join(_whole(x) for x in chunks(p, [3, 3, 3]))
        else:
            s = ", ".join(_dd(x) for x in chunks(p, [3, 3, 3]))
    else:
        a, b, c, d = chunks(p, [2, 3, 2, 2])
        s = f"{_pr(a)}, {r.choice([_whole(b), _dd(b)])}, {_pr(c)}, {_pr(d)}"
    if r.random() < 0.25:
        s = "más treinta y cuatro, " + s
    return s, p


def _phone_typed_us_mx(r, ch, loc):
    if loc == "US":
        p = _phone_us_n(r)
        a, e, ln = chunks(p, [3, 3, 4])
        return r.choice(
            [
                f"({a}) {e}-{ln}",
                f"{a}.{e}.{ln}",
                f"{a} {e} {ln}",
                f"+1-{a}-{e}-{ln}",
                f"1 ({a}) {e} {ln}",
                f"+1 {a}.{e}.{ln}",
            ]
        ), p
    p, k = _phone_mx_n(r)
    lada, rest = p[:k], p[k:]
    if k == 2:
        t = r.choice([f"{lada} {rest[:4]} {rest[4:]}", f"{lada}-{'-'.join(chunks(rest, [2] * 4))}",
                      f"044 {lada} {rest[:4]} {rest[4:]}", f"+52 1 {lada} {rest[:4]} {rest[4:]}",
                      f"({lada}) {rest[:4]}-{rest[4:]}", f"+521{lada}{rest}"])  # fmt: skip
    else:
        t = r.choice([f"{lada} {rest[:3]} {rest[3:]}", f"({lada}) {rest[:3]}-{rest[3:]}",
                      f"045 {lada} {rest}", f"+52 {lada} {rest[:3]} {rest[3:5]} {rest[5:]}",
                      f"{lada}-{rest[:3]}-{rest[3:]}"])  # fmt: skip
    return t, p


def _phone_es_typed(r, ch, loc):
    p, k = _phone_es_n(r)
    if k == 3:
        a, b, c, d = chunks(p, [3, 2, 2, 2])
        t = r.choice([f"{a} {b} {c} {d}", f"+34 {p[:3]} {p[3:6]} {p[6:]}", f"(+34) {p}",
                      f"0034 {p[:3]} {p[3:6]} {p[6:]}", f"{a}.{b}.{c}.{d}", p])  # fmt: skip
    else:
        a, b, c, d = chunks(p, [2, 3, 2, 2])
        t = r.choice([f"{a} {b} {c} {d}", f"+34 {a} {b} {c} {d}", f"{a}-{b}-{c}{d}"])
    return t, p


# ---------------------------------------------------------------- US_SSN
def _ssn_groups_o(r, ch, loc):
    """'cinco o dos, cuarenta y cinco, seis siete o nueve' (zeros said 'o' or 'cero')."""
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    o = 0.7 if "0" in s else 0.0
    sa = _dd_o(a, r, o) if r.random() < 0.7 else _whole(a)
    sg = _dd_o(g, r, o) if r.random() < 0.5 else _pr(g)
    sl = r.choice(
        [_dd_o(ln, r, o), f"{_pr(ln[:2])}, {_pr(ln[2:])}", f"{_pr(ln[:2])} {_pr(ln[2:])}"]
    )
    return f"{sa}, {sg}, {sl}", s


def _ssn_english_pairs(r, ch, loc):
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    sa = f"{EN_D[int(a[0])]} {_en_pr(a[1:])}" if r.random() < 0.6 else _en_dd(a, r)
    return f"{sa}, {_en_pr(g)}, {_en_pr(ln[:2])} {_en_pr(ln[2:])}", s


def _ssn_typed_labeled(r, ch, loc):
    s = ssn(r)
    a, g, ln = chunks(s, [3, 2, 4])
    t = r.choice([f"{a}-{g}-{ln}", s, f"{a} {g} {ln}", f"{a}-{g}{ln}"])
    label = r.choice(["SSN: ", "SS# ", "Social: ", "No. de Seguro Social ", "seguro social: ", ""])
    return t, s, label, ""


def _last4_mixed(r, ch, loc):
    s = ssn(r)[5:]
    k = r.randrange(3)
    if k == 0:
        return _dd_o(s, r, 0.5), s
    if k == 1:
        return f"{_pr(s[:2])}, {_pr(s[2:])}", s
    return _whole(s), s


def _last4_masked(r, ch, loc):
    s = ssn(r)[5:]
    mask = r.choice(["XXX-XX-", "xxx-xx-", "***-**-", "xxx xx ", "", ""])
    return s, s, mask, ""


# ---------------------------------------------------------------- CARD_EXPIRY
# A predicate the caller reads off the card, by country (with the article or preposition the
# form needs); it comes before the value, outside the span.
EXP_VERB = {"US": ["vence", "expira", "se vence", "es buena hasta"],
            "MX": ["vence", "tiene vigencia hasta", "es válida hasta", "se vence"],
            "ES": ["caduca", "vence", "es válida hasta", "caduca a finales de"]}  # fmt: skip


def _exp_pre(r, loc, month):
    verbs = EXP_VERB[loc] if month else [v for v in EXP_VERB[loc] if not v.endswith(" de")]
    v = r.choice(verbs)
    if v.endswith(" de"):
        return v + " "
    if v.endswith("hasta"):
        return v + (" " if month else " el ")
    return v + (" en " if month else " el ")


def _exp(render):
    def fn(r, ch, loc):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        out = render(y, m, r, loc)
        canon = f"{m:02d}{y % 100:02d}"
        return (out, canon) if isinstance(out, str) else (out[0], canon, *out[1:])

    return fn


def _mm_said(m, r):
    return ("cero " + _d(str(m))) if m < 10 and r.random() < 0.4 else palabras(m)


def _exp_num_del(y, m, r, loc):
    yy = palabras(y % 100) if r.random() < 0.65 else palabras(y)
    t = r.choice([f"{_mm_said(m, r)} del {yy}", f"{_mm_said(m, r)} de {palabras(y)}"])
    return t, _exp_pre(r, loc, False), ""


def _exp_month_name(y, m, r, loc):
    mes = MESES[m - 1]
    t = r.choice([f"{mes} del {palabras(y % 100)}", f"{mes} de {palabras(y)}",
                  f"{mes} {palabras(y % 100)}", f"{mes} del año {palabras(y)}"])  # fmt: skip
    return t, _exp_pre(r, loc, True), ""


def _exp_mes_y_ano(y, m, r, loc):
    """'(vence en el mes) ocho del año veintisiete', '(... el mes) ocho, y el año es ...'."""
    yy = palabras(y % 100) if r.random() < 0.6 else palabras(y)
    t = r.choice([f"{palabras(m)} del año {yy}", f"{palabras(m)}, y el año es {yy}",
                  f"{palabras(m)}, y el año {yy}"])  # fmt: skip
    v = r.choice(EXP_VERB[loc])
    if v.endswith(" de"):
        return t, v[:-3] + " del mes ", ""
    return t, v + (" el mes " if v.endswith("hasta") else " en el mes "), ""


def _exp_as_printed(y, m, r, loc):
    """As printed on the card, read out: 'cero ocho, dos siete', 'cero ocho veintisiete'."""
    mm, yy = f"{m:02d}", f"{y % 100:02d}"
    t = r.choice([f"{_dd(mm)}, {_dd(yy)}", f"{_dd(mm)} {palabras(int(yy))}",
                  f"{_dd(mm)}, {palabras(int(yy))}"])  # fmt: skip
    return t, _exp_pre(r, loc, False), ""


def _exp_english(y, m, r, loc):
    k = r.randrange(3)
    if k == 0:
        return f"{EN_MONTHS[m - 1]} {_en_n(y % 100)}", _exp_pre(r, loc, True), ""
    mm = f"{m:02d}"
    ms = _en_pr(mm) if m < 10 and r.random() < 0.6 else _en_n(m)
    if k == 1:
        return f"{ms}, {_en_n(y % 100)}", _exp_pre(r, loc, False), ""
    return f"{ms}, twenty {_en_n(y % 100)}", _exp_pre(r, loc, False), ""


MES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
EN_AB = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _exp_typed_numeric(y, m, r, loc):
    mm, yy = f"{m:02d}", f"{y % 100:02d}"
    return r.choice([f"{mm}/{yy}", f"{m}/{yy}", f"{mm}-{yy}", f"{m}-{yy}", f"{mm}/{y}",
                     f"{mm}{yy}", f"{mm} {yy}", f"{mm}.{yy}", f"{mm} / {yy}"])  # fmt: skip


def _exp_typed_month(y, m, r, loc):
    ab, yy = MES_AB[m - 1], f"{y % 100:02d}"
    opts = [
        f"{ab} {y}",
        f"{ab.upper()}/{yy}",
        f"{MESES[m - 1].capitalize()} {y}",
        f"{ab.capitalize()}-{yy}",
        f"{MESES[m - 1]}/{yy}",
    ]
    if loc == "US":
        opts += [f"{EN_AB[m - 1]} {y}", f"{EN_AB[m - 1].upper()}/{yy}"]
    return r.choice(opts)


# ---------------------------------------------------------------- CREDIT_CARD, CARD_CVV
def _card(render, brands=("visa", "mastercard", "discover"), w=(5, 4, 1)):
    def fn(r, ch, loc):
        n = card(r, r.choices(brands, w)[0])
        return render(n, r), n

    return fn


def _cc_bloques(n, r):
    """'primer bloque cuatro uno cinco dos, segundo bloque treinta y tres cuarenta y cuatro ...'"""
    names = ["primer bloque", "segundo bloque", "tercer bloque",
             r.choice(["y el último bloque", "último bloque"])]  # fmt: skip
    out = []
    for name, g in zip(names, card_groups(n), strict=True):
        said = _dd(g) if r.random() < 0.6 else f"{_pr(g[:2])} {_pr(g[2:])}"
        out.append(f"{name} {said}" if r.random() < 0.8 or not out else said)
    return ", ".join(out)


def _cc_english_pairs(n, r):
    return ", ".join(f"{_en_pr(g[:2])} {_en_pr(g[2:])}" for g in card_groups(n))


def _cc_typed_lines(n, r):
    g = card_groups(n)
    return r.choice(["\n".join(g), f"{g[0]} {g[1]}\n{g[2]} {g[3]}", ", ".join(g),
                     " . ".join(g)])  # fmt: skip


def _cvv_o(r, ch, loc):
    s = rdigits(r, 3)
    return _dd_o(s, r, 0.6), s


def _cvv_typed(r, ch, loc):
    s = rdigits(r, 3)
    return s, s, r.choice(["CVV: ", "cvv ", "CVC ", "código: ", "", ""]), ""


# ---------------------------------------------------------------- DATE_OF_BIRTH, PERSON, EMAIL
def _dob_spoken(r, ch, loc):
    y, m, d = day(r, 1940, 2005)
    ds = "primero" if d == 1 and r.random() < 0.5 else palabras(d)
    k = r.randrange(3)
    if k == 0:
        t = f"{ds} de {MESES[m - 1]} del {palabras(y % 100) if y % 100 > 9 else palabras(y)}"
    elif k == 1:
        t = f"{ds} del {palabras(m)} de {palabras(y)}"
    else:
        t = f"{ds} de {MESES[m - 1]} de {palabras(y)}"
    return t, iso(y, m, d), "el ", ""


def _dob_typed(r, ch, loc):
    y, m, d = day(r, 1940, 2005)
    if loc == "US" and r.random() < 0.6:
        t = r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y % 100:02d}"])
    else:
        t = r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
                      f"{d:02d}/{m:02d}/{y % 100:02d}"])  # fmt: skip
    return t, iso(y, m, d)


# fmt: off
NOMBRES_F = ["Rocío", "Marisol", "Araceli", "Esmeralda", "Yesenia", "Azucena", "Mercedes",
             "Pilar", "Montserrat", "Lorena", "Gabriela", "Teresa", "Silvia", "Karla"]
NOMBRES_M = ["Efraín", "Rigoberto", "Gilberto", "Abel", "Alfonso", "Ismael", "Jaime", "Gonzalo",
             "Rafael", "Armando", "Ezequiel", "Nicolás", "Samuel", "Leonel"]
APELLIDOS = ["Barragán", "Cisneros", "Delgado", "Estrada", "Fuentes", "Guerrero", "Ibarra",
             "Juárez", "Ledesma", "Maldonado", "Navarrete", "Olivares", "Quiroga", "Robles",
             "Sandoval", "Trujillo", "Valdivia", "Zamora", "Alcántara", "Bermúdez", "Cordero",
             "Echeverría", "Figueroa", "Gallardo", "Hinojosa", "Lucero", "Montoya", "Osorio"]
AGENTES = ["Griselda", "Leonardo", "Marisela", "Octavio", "Susana", "Humberto", "Liliana",
           "Saúl"]
TITULOS = {True: ["señora ", "señorita ", "doña "], False: ["señor ", "licenciado ", "don "]}
# fmt: on


GLUE += _glue_names()


def _persona(r):
    female = r.random() < 0.5
    first = r.choice(NOMBRES_F if female else NOMBRES_M)
    if r.random() < 0.25:
        first += " " + r.choice(NOMBRES_F if female else NOMBRES_M)
        if len(set(first.split())) == 1:
            first = first.split()[0]
    last1, last2 = r.sample(APELLIDOS, 2)
    return dict(first=first, female=female, last1=last1, last2=last2)


def _name_full(r, ch, loc):
    p = _persona(r)
    n = f"{p['first']} {p['last1']}" + (f" {p['last2']}" if r.random() < 0.7 else "")
    return n, n


def _name_agent(r, ch, loc):
    n = r.choice(AGENTES)
    return n, n


def _name_addressed(r, ch, loc):
    p = _persona(r)
    title = r.choice(TITULOS[p["female"]])
    if title.strip() in ("don", "doña"):
        n = p["first"].split()[0]
    else:
        n = p["last1"] if r.random() < 0.7 else f"{p['first'].split()[0]} {p['last1']}"
    return n, n, title, ""


DOMINIOS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "icloud.com",
            "hotmail.es", "live.com.mx", "yahoo.es", "aol.com"]  # fmt: skip


def _email_parts(r, loc):
    p = _persona(r)
    f = p["first"].split()[0]
    words = [(norm(f), f.lower()), (norm(p["last1"]), p["last1"].lower())]
    dom = r.choice([d for d in DOMINIOS if loc == "ES" or not d.endswith(".es")])
    num = str(r.randint(70, 99)) if r.random() < 0.5 else ""
    sep = r.choice([".", "_", ""])
    return words, dom, sep, num


def _email_spoken(r, ch, loc):
    words, dom, sep, num = _email_parts(r, loc)
    said_sep = {".": "punto", "_": "guion bajo", "": ""}[sep]
    t = f"{words[0][1]} {said_sep} {words[1][1]}" if said_sep else f"{words[0][1]} {words[1][1]}"
    if num:
        t += " " + palabras(int(num))
    if not sep and r.random() < 0.6:
        t += r.choice([", todo junto,", ", todo en minúsculas,"])
    user = f"{words[0][0]}{sep}{words[1][0]}{num}"
    return f"{t} arroba {dom.replace('.', ' punto ')}", f"{user}@{dom}"


def _email_typed(r, ch, loc):
    words, dom, sep, num = _email_parts(r, loc)
    user = f"{words[0][0]}{sep}{words[1][0]}{num}"
    e = f"{user}@{dom}"
    k = r.random()
    t = e.upper() if k < 0.15 else (user.capitalize() + "@" + dom) if k < 0.4 else e
    return t, e


# ---------------------------------------------------------------- MX_CURP, MX_RFC, NIF, NIE
def _born(r):
    p = _persona(r)
    p["y"], p["m"], p["d"] = day(r, 1945, 2005)
    return p


def _curp_bloques(r, ch, loc):
    """'ge o erre ele, enseguida ochenta y cinco, cero tres, doce, a continuación hache de efe
    erre erre ese, y al final cero siete'."""
    s = curp(r, _born(r))
    date = (", ".join(_pr(x) for x in chunks(s[4:10], [2, 2, 2])) if r.random() < 0.6
            else _dd(s[4:10]))  # fmt: skip
    blocks = [_letters(s[:4], r, "MX"), date, _letters(s[10:16], r, "MX"),
              _letters(s[16:], r, "MX")]  # fmt: skip
    conns = ["", r.choice(["enseguida ", ""]), r.choice(["a continuación ", ""]),
             r.choice(["y al final ", ""])]  # fmt: skip
    return ", ".join(c + b for c, b in zip(conns, blocks, strict=True)), s


def _curp_typed(r, ch, loc):
    s = curp(r, _born(r))
    t = r.choice([s, s.lower(), f"{s[:4]}-{s[4:10]}-{s[10:16]}-{s[16:]}", f"{s[:10]} {s[10:]}"])
    return t, s, r.choice(["CURP: ", "curp ", "CURP ", ""]), ""


def _rfc_bloques(r, ch, loc):
    """'ge o erre ele, ocho cinco cero tres uno dos, más la homoclave a be tres'."""
    s = rfc(r, _born(r))
    date = (", ".join(_pr(x) for x in chunks(s[4:10], [2, 2, 2])) if r.random() < 0.5
            else _dd(s[4:10]))  # fmt: skip
    conn = r.choice(["más la homoclave", "con su homoclave", "y al final"])
    return f"{_letters(s[:4], r, 'MX')}, {date}, {conn} {_letters(s[10:], r, 'MX')}", s


def _rfc_typed(r, ch, loc):
    s = rfc(r, _born(r))
    t = r.choice([s, s.lower(), f"{s[:10]}-{s[10:]}", f"{s[:4]}-{s[4:10]}-{s[10:]}"])
    return t, s, r.choice(["RFC: ", "rfc ", "R.F.C. ", ""]), ""


def _nif_233(r, ch, loc):
    s = nif(r)
    while s[0] == "0":
        s = nif(r)
    b = s[:-1]
    body = f"{_pr(b[:2])}, {_whole(b[2:5])}, {_whole(b[5:])}"
    end = r.choice(["con la letra ", "y la letra ", "letra ", ""]) + _letter(s[-1], r, "ES")
    return f"{body}, {end}", s


def _nif_typed(r, ch, loc):
    s = nif(r)
    b, c = s[:-1], s[-1]
    t = r.choice([f"{b}-{c}", f"{b[:2]}.{b[2:5]}.{b[5:]}-{c}", f"{b} {c}", s.lower()])
    return t, s, r.choice(["DNI: ", "NIF ", "dni ", ""]), ""


def _nie_groups(r, ch, loc):
    s = nie(r)
    b = s[1:-1]
    body = f"{_d(b[0])}, {_pr(b[1:3])}, {_pr(b[3:5])}, {_pr(b[5:])}"
    end = r.choice(["y la letra ", "con la letra ", ""]) + _letter(s[-1], r, "ES")
    return f"{_letter(s[0], r, 'ES')}, {body}, {end}", s


def _nie_typed(r, ch, loc):
    s = nie(r)
    t = r.choice([f"{s[0]}-{s[1:-1]}-{s[-1]}", s, s.lower(), f"{s[0]} {s[1:-1]} {s[-1]}"])
    return t, s, r.choice(["NIE: ", "nie ", "N.I.E. ", ""]), ""


# ---------------------------------------------------------------- families
_Z = dict(nouns=ZIP_NOUNS, cs_nouns=ZIP_NOUNS_CS, en_nouns=ZIP_NOUNS_EN, labels=ZIP_LABELS,
          phr=("zip",), modes=MODES_ZIP)  # fmt: skip
# A value typed behind a label (left out of the span): asked for or volunteered, never read back.
_LB = dict(phr=("labeled",), modes=["ask", "ask", "volunteer", "noq"])
_L4 = dict(nouns=LAST4_NOUNS, cs_nouns=LAST4_NOUNS_CS, en_nouns=LAST4_NOUNS_EN,
           labels=LAST4_LABELS, phr=("last4",))  # fmt: skip
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es4_cc_spoken_bloques", "v", _card(_cc_bloques)),
        fam("es4_cc_spoken_english_pairs", "v", _card(_cc_english_pairs), loc="US"),
        fam("es4_cc_typed_lines", "t", _card(_cc_typed_lines)),
    ],
    "CARD_CVV": [
        fam("es4_cvv_spoken_o_zero", "v", _cvv_o),
        fam("es4_cvv_typed_labeled", "t", _cvv_typed, **_LB),
    ],
    "CARD_EXPIRY": [
        fam("es4_exp_spoken_vence_num_del", "v", _exp(_exp_num_del)),
        fam("es4_exp_spoken_vence_month", "v", _exp(_exp_month_name)),
        fam("es4_exp_spoken_mes_y_ano", "v", _exp(_exp_mes_y_ano)),
        fam("es4_exp_spoken_as_printed", "v", _exp(_exp_as_printed)),
        fam("es4_exp_spoken_english", "v", _exp(_exp_english), loc="US"),
        fam("es4_exp_typed_numeric", "t", _exp(_exp_typed_numeric)),
        fam("es4_exp_typed_month_word", "t", _exp(_exp_typed_month)),
    ],
    "US_SSN": [
        fam("es4_ssn_spoken_groups_o", "v", _ssn_groups_o, loc="US"),
        fam("es4_ssn_spoken_english_pairs", "v", _ssn_english_pairs, loc="US"),
        fam("es4_ssn_typed_labeled", "t", _ssn_typed_labeled, loc="US", **_LB),
        fam("es4_ssn_last4_spoken_mixed", "v", _last4_mixed, loc="US", **_L4),
        fam("es4_ssn_last4_typed_masked", "t", _last4_masked, loc="US", noform=True,
            **{**_L4, "modes": ["ask", "ask", "noq", "volunteer"]}),
    ],
    "PHONE_NUMBER": [
        fam("es4_phone_us_spoken_grouped", "v", _phone_us_grouped, loc="US"),
        fam("es4_phone_us_english_pairs", "v", _phone_us_english, loc="US"),
        fam("es4_phone_mx_spoken_044", "v", _phone_mx_044, loc="MX"),
        fam("es4_phone_mx_spoken_mas52_uno", "v", _phone_mx_mas52, loc="MX"),
        fam("es4_phone_es_spoken", "v", _phone_es_spoken, loc="ES"),
        fam("es4_phone_typed_us_mx", "t", _phone_typed_us_mx, loc="US MX"),
        fam("es4_phone_es_typed", "t", _phone_es_typed, loc="ES"),
    ],
    "EMAIL_ADDRESS": [
        fam("es4_email_spoken_todo_junto", "v", _email_spoken),
        fam("es4_email_typed_case", "t", _email_typed),
    ],
    "DATE_OF_BIRTH": [
        fam("es4_dob_spoken_del", "v", _dob_spoken),
        fam("es4_dob_typed_numeric", "t", _dob_typed),
    ],
    "PERSON": [
        fam("es4_person_full_name", "vt", _name_full),
        fam("es4_person_agent_greeting", "vt", _name_agent, ctx="intro"),
        fam("es4_person_addressed_title", "vt", _name_addressed, ctx="address"),
    ],
    "ADDRESS": [
        fam("es4_zip_spoken_digits", "v", _zip_said_fam(_zip_digits), render=_zip_digits, **_Z),
        fam("es4_zip_spoken_pairs", "v", _zip_said_fam(_zip_pairs), render=_zip_pairs, **_Z),
        fam("es4_zip_spoken_whole", "v", _zip_said_fam(_zip_whole), render=_zip_whole, **_Z),
        fam("es4_zip_spoken_english", "v", _zip_said_fam(_zip_english), render=_zip_english,
            loc="US", **_Z),
        fam("es4_zip_typed_bare", "t", _zip_typed_bare, **_Z),
        fam("es4_zip_typed_labeled", "t", _zip_typed_labeled,
            **{**_Z, **_LB, "phr": ("zip", "labeled")}),
        fam("es4_zip_with_city", "vt", _zip_city, phr=("zip_city",), nouns=ZIPCITY_NOUNS,
            labels=ZIPCITY_LABELS,
            modes=["ask", "ask", "volunteer", "noq", "readback", "readback_only", "form"]),
        fam("es4_addr_us_spoken_pairs_house", "v", _addr_us_pares, loc="US", w=1.4),
        fam("es4_addr_us_spoken_calle_numero", "v", _addr_us_calle_numero, loc="US", w=1.4),
        fam("es4_addr_us_typed_zip4", "t", _addr_us_typed, loc="US", w=1.4),
        fam("es4_addr_mx_spoken_sin_numero", "v", _addr_mx_sin_numero, loc="MX", w=1.4),
        fam("es4_addr_mx_spoken_colonia_first", "v", _addr_mx_colonia_primero, loc="MX", w=1.4),
        fam("es4_addr_mx_typed_abbrev_sn", "t", _addr_mx_typed, loc="MX", w=1.4),
        fam("es4_addr_es_spoken_piso_puerta", "v", _addr_es_spoken, loc="ES", w=1.4),
        fam("es4_addr_es_typed", "t", _addr_es_typed, loc="ES", w=1.4),
        fam("es4_addr_street_number_only", "vt", _addr_street_number, phr=("street",),
            nouns=STREET_NOUNS, modes=["ask", "ask", "readback"], w=0.6),
        fam("es4_addr_street_city", "vt", _addr_street_city, phr=("street_city",),
            nouns=STREETCITY_NOUNS, modes=["ask", "ask", "readback"], w=0.6),
    ],
    "MX_CURP": [
        fam("es4_curp_spoken_bloques", "v", _curp_bloques, loc="MX"),
        fam("es4_curp_typed_labeled", "t", _curp_typed, loc="MX", **_LB),
    ],
    "MX_RFC": [
        fam("es4_rfc_spoken_homoclave", "v", _rfc_bloques, loc="MX"),
        fam("es4_rfc_typed_labeled", "t", _rfc_typed, loc="MX", **_LB),
    ],
    "ES_NIF": [
        fam("es4_nif_spoken_2_3_3", "v", _nif_233, loc="ES"),
        fam("es4_nif_typed_labeled", "t", _nif_typed, loc="ES", **_LB),
    ],
    "ES_NIE": [
        fam("es4_nie_spoken_pairs", "v", _nie_groups, loc="ES"),
        fam("es4_nie_typed_labeled", "t", _nie_typed, loc="ES", **_LB),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
# fn(r, channel, locale) -> [(speaker, template, decoy value or None)]
def _neg_billing_zip(r, ch, loc):
    z = _zip_of(r, loc)
    v = _zip_any(z, r, loc) if ch == "voice" else z
    ask = r.choice(
        [
            "Para validar la tarjeta, ¿me confirma el código postal de facturación?",
            "¿Cuál es el código postal donde le llega el estado de cuenta?",
        ]
    )
    return [("agent", ask, None), ("customer", r.choice(NEG_BILLING_ANS), v)]


NEG_BILLING_ANS = ["Sí, es el {v}.", "El de facturación es el {v}."]


def _neg_due_date(r, ch, loc):
    _, m, d = day(r, 2025, 2026)
    y = r.randint(2025, 2027)
    if ch == "voice":
        if r.random() < 0.5:
            return [("agent", "Su pago mínimo vence el {v}.", f"{palabras(d)} de {MESES[m - 1]}")]
        v = f"{MESES[m - 1]} del {palabras(y % 100)}"
        return [("agent", "La promoción de meses sin intereses vence en {v}.", v)]
    if r.random() < 0.5:
        return [("agent", "Su recibo vence el {v}.", f"{d:02d}/{m:02d}")]
    return [("agent", "La promoción vence en {v}.", f"{MES_AB[m - 1]} {y}")]


def _neg_authorization(r, ch, loc):
    n = rdigits(r, 6, lead=True)
    pairs = ", ".join(_pr(x) for x in chunks(n, [2, 2, 2]))
    v = r.choice([_dd(n), pairs]) if ch == "voice" else n
    return [("agent", "Listo, el cargo quedó aprobado con el número de autorización {v}.", v)]


def _neg_extension(r, ch, loc):
    n = str(r.randint(100, 9999))
    v = r.choice([_dd(n), palabras(int(n))]) if ch == "voice" else n
    t = (
        "Si necesita algo más, marque y pida la extensión {v}."
        if ch == "voice"
        else ("Para cualquier aclaración, ext. {v}.")
    )
    return [("agent", t, v)]


def _neg_installments(r, ch, loc):
    n, c = r.choice([3, 6, 9, 12, 18]), r.randint(150, 2900)
    cur = {"US": "dólares", "MX": "pesos", "ES": "euros"}[loc]
    if ch == "voice":
        v = f"{palabras(n)} pagos de {palabras(c)} {cur}"
    else:
        v = f"{n} pagos de ${c:,}.00" if loc != "ES" else f"{n} pagos de {c},00 €"
    return [("agent", "Le quedaría en {v}, ¿le parece bien?", v)]


def _neg_callback(r, ch, loc):
    h, mi = r.randint(9, 18), r.choice([0, 15, 30, 45])
    if ch == "voice":
        hh = "la una" if h == 13 else f"las {palabras(h - 12 if h > 12 else h)}"
        mm = {0: "en punto", 15: "y cuarto", 30: "y media", 45: "y cuarenta y cinco"}[mi]
        v = f"{hh} {mm}"
    else:
        v = f"las {h}:{mi:02d} hrs"
    return [("agent", "Un asesor le devuelve la llamada mañana a {v}.", v)]


def _neg_order(r, ch, loc):
    n = rdigits(r, r.choice([8, 9, 10]), lead=True)
    if ch == "voice":
        v = ", ".join(_dd(x) for x in chunks(n, [3, 3, 4]))
        return [("customer", "Mi número de pedido es el {v}, por si lo quiere buscar.", v)]
    return [("customer", "Pedido No. {v}, lo hice ayer.", n)]


def _neg_tracking(r, ch, loc):
    n = rdigits(r, 12, lead=True)
    if ch == "voice":
        v = ", ".join(_dd(x) for x in chunks(n, [4, 4, 4]))
    else:
        v = r.choice([n, " ".join(chunks(n, [4, 4, 4]))])
    return [("agent", "Su número de guía para rastrear el envío es {v}.", v)]


def _neg_luhn_gift(r, ch, loc):
    n = not_luhn(r)
    if ch == "voice":
        v = ", ".join(_dd(g) for g in chunks(n, [4] * 4))
    else:
        v = " ".join(chunks(n, [4] * 4))
    t = "Tengo también una tarjeta de regalo que dice {v}, ¿sirve para pagar?"
    return [("customer", t, v)]


NEG_PHONE = "Si se corta, márqueme al {v}, por favor."
# fmt: off
NEGATIVES = [
    fam("es4_neg_billing_zip", "vt", _neg_billing_zip),
    fam("es4_neg_due_date_vence", "vt", _neg_due_date),
    fam("es4_neg_authorization_code", "vt", _neg_authorization),
    fam("es4_neg_extension", "vt", _neg_extension),
    fam("es4_neg_installments", "vt", _neg_installments),
    fam("es4_neg_callback_time", "vt", _neg_callback),
    fam("es4_neg_order_number", "vt", _neg_order),
    fam("es4_neg_tracking_number", "vt", _neg_tracking),
    fam("es4_neg_luhn_fail_gift_card", "vt", _neg_luhn_gift),
    fam("es4_neg_phone_pci", "vt", from_family(FAMILIES, "PHONE_NUMBER", NEG_PHONE)),
]
# fmt: on


# ---------------------------------------------------------------- reading (verify.py hooks)
EXTRA_TYPED = True  # verify.py: extra_alts is called on typed text too
# verify.py: a phone may come with these prefixes said or typed before its digits (Spain's +34
# and 0034, Mexico's 044 and 045 and "+52 1"), and Spain's numbers have nine digits.
PHONE_PREFIXES = ("34", "0034", "044", "045", "521")
PHONE_LENGTHS = (9, 10)

EN_UNIT_V = {w: i for i, w in enumerate(EN_D)} | {"oh": 0}
EN_TEEN_V = {w: 10 + i for i, w in enumerate(EN_TEEN)}
EN_TENS_V = {w: 10 * i for i, w in enumerate(EN_TENS) if w}
EN_MONTH_V = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}
EN_MONTH_V |= {m.lower(): i + 1 for i, m in enumerate(EN_AB)}
ORD_READ = {fold(w): k for k, ws in FLOOR_ORD.items() for w in ws}
ORD_READ |= {fold(w): k for k, w in DOOR_ORD.items()}
ORD_READ |= {"quinta": 5, "sexta": 6, "septima": 7, "octava": 8, "novena": 9}


def _en_alts(toks, i):
    """English numbers below a hundred said by a code-switching caller, and 'oh' for zero."""
    n, t, out = len(toks), toks[i], []
    if t in EN_UNIT_V:
        out.append((str(EN_UNIT_V[t]), i + 1))
    elif t in EN_TEEN_V:
        out.append((str(EN_TEEN_V[t]), i + 1))
    elif t in EN_TENS_V:
        out.append((str(EN_TENS_V[t]), i + 1))
        if i + 1 < n and toks[i + 1] in EN_UNIT_V and toks[i + 1] not in ("zero", "oh"):
            out.append((str(EN_TENS_V[t] + EN_UNIT_V[toks[i + 1]]), i + 2))
    return out


def extra_alts(toks, i, mode, ctx):
    """Readings dev4 adds: English numbers and months, 'o' for zero, ordinal floors and doors,
    and in typed text English month abbreviations and '3º', '2ª'."""
    t, out = toks[i], []
    if ctx.get("typed"):
        if mode == "date" and t in EN_MONTH_V:
            out.append((f"M{EN_MONTH_V[t]:02d}", i + 1))
        if mode == "address":
            m = re.fullmatch(r"(\d+)(o|a|er)", t)
            if m:
                out.append((m.group(1), i + 1))
        return out
    if mode in ("digits", "date", "address"):
        out += _en_alts(toks, i)
    if mode in ("digits", "address") and t == "o":
        out.append(("0", i + 1))
    if mode == "date" and t in EN_MONTH_V:
        out.append((f"M{EN_MONTH_V[t]:02d}", i + 1))
    if mode == "address" and t in ORD_READ:
        out.append((str(ORD_READ[t]), i + 1))
    return out


def date_targets(ent, v, targets):
    """Dev4 dates of birth may come month first (US) and with a two-digit year."""
    if ent != "DATE_OF_BIRTH":
        return targets
    y, m, d = v[:4], int(v[4:6]), int(v[6:])
    ds, ms, ys = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}"), (y, y[2:])
    out = set(targets)
    out |= {a + b + c for a in ds for b in ms for c in ys}
    out |= {b + a + c for a in ds for b in ms for c in ys}
    return out


# ---------------------------------------------------------------- the interaction
LOCALE_ENTITIES = dict(compose.LOCALE_ENTITIES)
LOCALE_ENTITIES["ES"] = [*compose.LOCALE_ENTITIES["ES"], "ADDRESS", "PHONE_NUMBER"]


def _merge(kind, loc, mix):
    layers = [OVERLAY[k] for k in (kind, loc, *(["intra"] if mix == "intra" else []))]
    t = {k: list(v) for k, v in T.items()}
    for ov in layers:
        for k, v in ov.get("*", {}).items():
            t[k] = t.get(k, []) + v
    te = {}
    for e in ENTITIES:
        own = KIND_ENT.get(kind, {}).get(e, {})
        keys = {*T_ENT.get(e, {}), *own, *(k for ov in layers for k in ov.get(e, {}))}
        te[e] = {}
        for k in keys:
            base = own.get(k) or T_ENT.get(e, {}).get(k) or t.get(k, [])
            te[e][k] = [*base, *(x for ov in layers for x in ov.get(e, {}).get(k, []))]
    nouns = {e: [*ns, *NOUNS_LOC.get(loc, {}).get(e, [])] for e, ns in NOUNS.items()}
    return t, te, nouns


_VIEWS = {}


def view(kind, loc, mix, f=None):
    """This module as compose.scene reads it, with the phrasings of one channel kind ("voice" or
    "typed"), country and language mix, and those of family `f` (its `phr`) when it has them."""
    phr = f.opts.get("phr", ()) if f is not None else ()
    ent = next(e for e, fs in FAMILIES.items() if f in fs) if phr else None
    key = (kind, loc, mix, phr, ent)
    if key not in _VIEWS:
        t, te, nouns = _merge(kind, loc, mix)
        t_en = dict(T_EN)
        for ph in phr:
            own = {k: list(v) for k, v in PHR[ph].items()}
            for extra in (PHR_LOC.get(ph, {}).get(loc, {}), PHR_KIND.get(ph, {}).get(kind, {})):
                for k, v in extra.items():
                    own[k] = own.get(k, []) + v
            te[ent] = {**te.get(ent, {}), **own}
            t_en.update(PHR_EN.get(ph, {}))
        _VIEWS[key] = types.SimpleNamespace(
            FAMILIES=FAMILIES, NEGATIVES=NEGATIVES, MODES=MODES, T=t, T_EN=t_en, T_ENT=te,
            NOUNS=nouns, NOUNS_CS=NOUNS_CS, NOUNS_EN=NOUNS_EN, LABELS=LABELS, FILL=FILL,
            CORRECTIONS=CORRECTIONS, SKIP=SKIP, LETTER_NAMES=LETTER_NAMES, GLUE=GLUE)  # fmt: skip
    return _VIEWS[key]


def _pick_mode(r, ent, f, channel, mix, n_words):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    modes = f.opts.get("modes") or (MODES_ADDR if ent == "ADDRESS" else MODES)
    if f.opts.get("noform"):
        modes = [m for m in modes if m != "form"]
    if channel == "email":
        return r.choice(["email", "email", "form"]) if "form" in modes else "email"
    bad = {"form"} if channel == "voice" else set()
    if n_words < 2 or (ent not in compose.SPLITTABLE and ent != "ADDRESS"):
        bad.add("split")
    if channel != "voice" and ent != "ADDRESS":  # a number typed in pieces: not in dev4
        bad.add("split")
    if ent in compose.NO_READBACK_ONLY:
        bad.add("readback_only")
    if mix == "switch":
        bad |= {"readback", "readback_only"}
    return r.choice([m for m in modes if m not in bad] or ["ask"])


def _label(ent, f, value, mode, noise, pos):
    return dict(entity=ent, category=f.name, value=norm(value), context=mode, noise=noise,
                position=pos)  # fmt: skip


def _piece_ok(p):
    end = p[-1].isalnum() or (p[-1] == ")" and p.count("(") == p.count(")"))
    return bool(p) and (p[0].isalnum() or p[0] == "(") and end


def _pieces_scene(r, V, f, out, noise, pos, mix, loc, channel):
    """An address taken down part by part: the agent asks for the next part ("¿Y la colonia?",
    "¿Código postal?"), the customer gives it; one span per piece, all with the address's value
    and context "split". None when the address cannot be cut."""
    parts = out[4]["parts"] if len(out) > 4 else []
    if len(parts) < 2:
        return None
    pre = out[2]
    cuts = [i for i in range(1, len(parts)) if parts[i][0] != "state"]
    if not cuts:
        return None
    at = sorted(r.sample(cuts, min(len(cuts), r.choice([1, 2, 2, 3]))))
    groups = [parts[a:b] for a, b in zip([0, *at], [*at, len(parts)], strict=True)]
    pieces = []
    for gi, g in enumerate(groups):
        first = g[0][1] if gi == 0 else g[0][2]
        pieces.append((g[0][0], ", ".join([first, *(p[1] for p in g[1:])]).replace("\n", ", ")))
    applied = "none"
    if noise == "fillers" and channel == "voice":
        k = r.randrange(len(pieces))
        keep = [*SKIP, *LETRAS.values(), *(x for xs in LETTER_NAMES.values() for x in xs)]
        noisy = compose.add_filler(r, pieces[k][1], FILL, keep, GLUE)
        if noisy != pieces[k][1]:
            pieces[k] = (pieces[k][0], noisy)
            applied = "fillers"
    if not all(_piece_ok(p) for _, p in pieces):
        return None
    lab = _label("ADDRESS", f, out[1], "split", applied, pos)
    A, U = "agent", "customer"
    switch = mix == "switch"
    voice = channel == "voice"
    if switch:
        en = {"noun": r.choice(f.opts.get("en_nouns") or NOUNS_EN["ADDRESS"])}
        turns = [(A, fill(r.choice(T_EN["ask"]), None, None, **en))]
    else:
        turns = [(A, [(r.choice(PIECE_FIRST), None)])]
    for i, (kind, p) in enumerate(pieces):
        seg = [(pre if i == 0 else "", None), (p, lab)]
        if i:
            if switch:
                q = r.choice(PIECE_ASK_EN.get(kind) or PIECE_ASK_EN["*"])
            else:
                opts = PIECE_ASK.get(kind, {})
                q = r.choice(opts.get(loc) or opts.get("*") or PIECE_ASK["*"]["*"])
            turns.append((A, [(q, None)]))
            tmpl = r.choice(PIECE_ANS if voice else PIECE_ANS_T)
        else:
            tmpl = r.choice(PIECE_FIRST_ANS if voice else PIECE_FIRST_ANS_T)
        turns.append((U, fill(tmpl, seg, None)))
    return turns


def _zip_fix_scene(r, V, f, z, noise_pos, loc, mix, mode):
    """A ZIP corrected mid-answer ('siete ocho dos uno, ay, no, me equivoqué, siete ocho dos
    cero cinco'), maybe read back by the agent (both labeled, context "readback")."""
    render = f.opts["render"]
    right = render(z, r, loc)
    wrong = list(z)
    i = r.randrange(1, 5)
    wrong[i] = str((int(z[i]) + r.randint(1, 9)) % 10)
    w = render("".join(wrong), r, loc)
    ws = w.split(" ")
    if len(ws) > 2 and r.random() < 0.5:
        w = " ".join(ws[: r.randint(2, len(ws) - 1)]).rstrip(",")
    text = f"{w}, {r.choice(CORRECTIONS)}, {right}"
    A, U = "agent", "customer"
    te = V.T_ENT["ADDRESS"]
    kw = compose.grammar(r.choice(f.opts.get("nouns") or V.NOUNS["ADDRESS"]))
    if mix == "switch":
        en = {"noun": r.choice(f.opts.get("en_nouns") or ["ZIP code"])}
        ask = (A, fill(r.choice(V.T_EN["ask"]), None, None, **en))
    else:
        ask = (A, fill(r.choice(te["ask"]), None, None, **kw))
    lab = _label("ADDRESS", f, z, mode, "selfcorrect", noise_pos)
    if mode == "volunteer":
        return [(U, fill(r.choice(te["volunteer"]), text, lab, **kw)),
                (A, fill(r.choice(te["ack"]), None, None, **kw))]  # fmt: skip
    turns = [ask, (U, fill(r.choice(te["answer"]), text, lab, **kw))]
    if mode == "readback":
        back = _label("ADDRESS", f, z, mode, "none", noise_pos)
        turns += [(A, fill(r.choice(te["readback"]), right, back, **kw)),
                  (U, fill(r.choice(te["confirm"]), None, None, **kw))]  # fmt: skip
    return turns


def build(r, F, split, iid):
    """compose.build's flow with this module's phrasings by channel kind, country and mix, and
    dev4's own scenes (a corrected ZIP, an address taken down part by part, a second address)."""
    loc = r.choices(["US", "MX", "ES"], [5, 4, 2])[0]
    # more member-services calls than the other splits: that is where addresses are given
    domain = r.choices(["banking", "retail", "health", "services"], [2, 2, 3, 3])[0]
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
            probs = [0.75, 0.5, 0.7]
            ents = [e for e, p in zip(PCI, probs, strict=True) if r.random() < p] or [r.choice(PCI)]
            negs = r.sample(neg_ok, min(len(neg_ok), r.randint(0, 2)))
    else:
        pool = LOCALE_ENTITIES[loc]
        ents = r.sample(pool, r.randint(2, min(5, len(pool))))
        if "ADDRESS" not in ents and r.random() < 0.85:
            ents.append("ADDRESS")
        if "ADDRESS" in ents and r.random() < 0.35:
            ents.append("ADDRESS")  # a second address value (a ZIP alone and a whole one)
        ents += [r.choice(PCI)] if r.random() < 0.25 else []
    nfill = r.randint(2, 6)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro, used = [], None, set()
    for e in ents:
        fams = [f for f in FAMILIES[e] if fits(f, channel, loc) and f.name not in used]
        if channel == "email":
            fams = [f for f in fams if f.opts.get("ctx") not in ("intro", "address")]
        if intro:
            fams = [f for f in fams if f.opts.get("ctx") != "intro"]
        if not fams:
            continue
        f = r.choices(fams, [x.opts.get("w", 1.0) for x in fams])[0]
        used.add(f.name)
        V = view(kind, loc, mix, f)
        out = f.fn(r, channel, loc)
        mode = _pick_mode(r, e, f, channel, mix, len(out[0].split(" ")))
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        if mode in ("readback_only", "address", "intro"):
            noise = "none"  # the agent reads from the record: no hesitation, no correction
        pos = r.choice(list(slots))
        turns = None
        fixable = ("ask", "volunteer", "noq", "readback")
        if f.opts.get("render") and noise == "selfcorrect" and mode in fixable:
            turns = _zip_fix_scene(r, V, f, out[1], pos, loc, mix, "ask" if mode == "noq" else mode)
        elif mode == "split" and e == "ADDRESS":
            turns = _pieces_scene(r, V, f, out, noise, pos, mix, loc, channel)
            if turns is None:
                mode = "ask"
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
    """Every string in a nested table of phrasings."""
    if isinstance(table, str):
        return [table]
    if isinstance(table, dict):
        return [x for v in table.values() for x in _flat(v)]
    return [x for v in table for x in _flat(v)]


# Every phrasing of the overlays, country nouns, family phrasings, scenes and negatives (for the
# package's no-shared-wording check).
EXTRA_WORDING = tuple(
    _flat([OVERLAY, KIND_ENT, NOUNS_LOC, PHR, PHR_LOC, PHR_KIND, PHR_EN, PIECE_FIRST,
           PIECE_FIRST_ANS, PIECE_FIRST_ANS_T, PIECE_ASK, PIECE_ASK_EN, PIECE_ANS, PIECE_ANS_T,
           NEG_BILLING_ANS, NEG_PHONE, ZIP_NOUNS, ZIP_NOUNS_CS, ZIP_NOUNS_EN, ZIPCITY_NOUNS,
           ZIPCITY_LABELS, STREET_NOUNS, STREETCITY_NOUNS, LAST4_NOUNS, LAST4_NOUNS_CS,
           LAST4_NOUNS_EN])
)  # fmt: skip
