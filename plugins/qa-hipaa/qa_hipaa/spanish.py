"""Spanish: Presidio's and our recognisers over a Spanish turn and its typed view ("mi
correo es juan punto pérez arroba gmail punto com" is an address there, through the
core's Spanish table), with Spanish context; Spain's DNI/NIE (Presidio's, with their
control letters) and Mexico's CURP and RFC (python-stdnum's check digits); names from
the Spanish spaCy model where it is installed and from what people say ("me llamo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    IpRecognizer,
    UrlRecognizer,
    UsSsnRecognizer,
)
from stdnum.es import dni, nie
from stdnum.mx import curp, rfc

from qa_core import (
    Prompt,
    PromptedValueDetector,
    any_of,
    date_answer,
    date_with_a_day,
    fold,
    number_words,
)

from .patterns import STREET_ADDRESS
from .presidio import DigitGatedPhoneRecognizer
from .recognizers import (
    NerPersonRecognizer,
    PatternSet,
    _issuable_ssn,
    _real_date,
    _TurnRecognizer,
    day_and_month,
)

LANGUAGE = "es"
F = re.IGNORECASE

# the US, Mexico, Spain and the Spanish-speaking countries calls come from
PHONE_REGIONS = ("US", "MX", "ES", "CO", "AR", "PE", "CL", "GT", "SV", "HN", "DO", "PR")
PHONE_CONTEXT = [
    "telefono", "teléfono", "tel", "celular", "cel", "movil", "móvil", "numero", "número",
    "lada", "whatsapp", "llamar", "marcar", "contacto", "casa", "oficina", "fijo",
    # how a caller asks to be called back: "llámeme al ...", "me localiza al ..."
    "llameme", "llámeme", "llamando", "llamarme", "localiza", "localizar", "marque",
    "marqueme", "márqueme", "regresar", "llamada", "whats", "wasap",
]  # fmt: skip
SSN_CONTEXT = ["seguro", "social", "ssn", "seguridad"]

_MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
_DATE = (
    r"(?:(?:el\s+)?(?:[12]?\d|3[01]|primero)\s+(?:de\s+)?" + _MONTHS + r"\s+(?:de(?:l)?\s+)?"
    r"(?:19|20)?\d{2}"
    r"|(?<![\d/])(?:[12]?\d|3[01])\s*[/\-.]\s*(?:0?[1-9]|1[0-2])\s*[/\-.]\s*(?:19|20)?\d{2}"
    r"(?![\d/])"
    r"|(?:[12]?\d|3[01])\s+del?\s+(?:0?[1-9]|1[0-2])\s+del?\s+(?:19|20)?\d{2})"
)
# a date in any order of its parts ("el 15 jun 53", "en el cincuenta y uno, el veintitrés de
# octubre", "10-21-1955"): the core's date grammar over the Spanish table
_ANY_DATE = date_answer(LANGUAGE).pattern.replace("(?P<value>", "(?:", 1)
DOB = re.compile(
    # whole words: "nació" is inside "terminación"
    r"\b(?:fecha\s+de\s+nacimiento|f\.?\s*de\s+nacimiento|nac[ií](?:[oó]|mos)?|nacimiento|"
    r"cumplea[nñ]os|f\.?\s?nac\.?)\b[^\d\n]{0,40}?(?P<value>" + _DATE + "|" + _ANY_DATE + r")",
    F,
)
# unasked, a date needs a date's shape: a month, or numbers with separators
_SHAPED_DATE = date_answer(LANGUAGE, digits_alone=False).pattern.replace("(?P<value>", "(?:", 1)
FULL_DATE = re.compile(r"(?P<value>" + _DATE + "|" + _SHAPED_DATE + r")", F)

# a name word: capitalised, or any word in lower-case speech (a stop word ends it)
_NAME = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'\-]+|[a-záéíóúñü][a-záéíóúñü'\-]+"
_PARTICLE = r"(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+|y\s+)"
# a relative the account or the call is about ("a nombre de mi hijo Íker")
_RELATIVE = (
    r"(?:mi|su)\s+(?:hij[oa]|espos[oa]|marido|mujer|mam[aá]|pap[aá]|madre|padre|herman[oa]|"
    r"abuel(?:it)?[oa]|t[ií][oa]|prim[oa]|suegr[oa]|niet[oa]|sobrin[oa]|cuñad[oa]|pareja|"
    r"novi[oa]|familiar|compadre|comadre|nuera|yerno|ahijad[oa]|padrino|madrina|vecin[oa])"
)
# a relative named anywhere ("el servicio lo contrató mi nuera Berenice Pacheco"): in
# lower-case speech only a first name and a surname make a name there ("mi hijo contrató
# el servicio" names no one)
RELATIVE_CUE = re.compile(r"\b" + _RELATIVE + r"\s+", F)
RELATIVE_LEAST_WORDS = 2
# titles said before a name ("maestra Zoraida", "profe Joel", "ingeniera Orozco")
_TITLE = (
    r"se[nñ]or(?:a|ita)?|se[nñ]o|sr\.?|sra\.?|srta\.?|don|do[nñ]a|licenciad[oa]|lic\.|maestr[oa]|"
    r"profe(?:sor(?:a)?)?|ingenier[oa]|ing\.|doctor(?:a)?|dr\.?|dra\.?|arquitect[oa]|arq\.|"
    r"contador(?:a)?|c\.p\."
)
# a form's label for a name ("Nombre(s):", "Titular de la cuenta:", "Nombre y apellidos:")
_NAME_LABEL = (
    r"(?:^|(?<=\n)|(?<=[*\-•▪|]\s))[ \t*\-•▪|]*(?:(?:first|last)\s+name\s*/\s*)?"
    r"(?:nombre(?:\(s\)|s)?(?:\s+y\s+apellidos?|\s+completo|\s+del\s+titular)?|"
    r"apellidos?(?:\s+y\s+nombres?|\s+(?:paterno|materno))?(?:\s+del\s+titular)?|"
    r"titular(?:\s+de\s+la\s+cuenta)?|(?:first|last)\s+name)"
    r"(?:\s+del?\s+(?:titular|cliente|paciente|asegurad[oa])(?:/a)?)?"
    r"(?:\s*\(\s*nombres?\s+y\s+apellidos?\s*\))?"
    r"[ \t*]*(?::|\.-|-|>>|==?>|->)[ \t*]*"
    # or within a sentence, the name of whose data it is ("les dejo mi nombre del titular de
    # la cuenta: juan carlos díaz", "mi nombre del titular es ...")
    r"|\bnombre\s+(?:completo\s+)?del?\s+(?:titular|cliente|paciente|asegurad[oa])(?:/a)?"
    r"(?:\s+de\s+la\s+cuenta)?(?:\s+es\s+|[ \t]*(?::|>>|==?>|->)[ \t]*)"
)
NAME_CUE = re.compile(
    r"(?:(?:me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|le\s+habla|habla|soy|"
    r"a\s+nombre\s+de(?:\s+" + _RELATIVE + r")?|"
    r"(?:le|lo|la)\s+atiende|les?\s+saluda|le\s+llama|hablando\s+con|"
    r"se\s+llama|su\s+nombre\s+es|el\s+titular\s+es|la\s+titular\s+es|usted\s+es|"
    + _TITLE
    + r")\s+|"
    + _NAME_LABEL
    + ")",
    F | re.MULTILINE,
)
# hesitations inside a name said aloud ("guillermo echeverría mm medina"): skipped
_HESITATIONS = frozenset({"eh", "eeh", "ehh", "em", "ehm", "mm", "mmm", "ah", "este", "mire"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
MAX_NAME_WORDS = 4

# an answer to "¿con quién tengo el gusto?" / "¿a nombre de quién?" is checked by the
# prompt detectors; here only what names itself

# the name under a letter's closing line ("Saludos,\nGuadalupe López Sánchez"), also in
# capitals and surname first ("TORRES QUIÑONES, CITLALI")
_CAPITALISED = r"[A-ZÁÉÍÓÚÑÜ](?:[a-záéíóúñü'\-]+|[A-ZÁÉÍÓÚÑÜ'\-]+)"
SIGNED_NAME = re.compile(
    r"(?:^|\n)\s*(?i:saludos(?:\s+cordiales)?|atentamente|cordialmente|un\s+saludo|"
    r"muchas\s+gracias|gracias|quedo\s+atent[oa](?:\s+a\s+su\s+respuesta)?|"
    r"best\s+regards|regards|thanks|sincerely)[,.!]?[ \t]*\n+[ \t]*"
    r"(?P<value>"
    + _CAPITALISED
    + r"(?:,?[ \t]+(?:(?i:de|del|la|las|los|y)[ \t]+)*"
    + _CAPITALISED
    + r"){0,4})[ \t]*(?=\n|$)"
)

# a letter's last line that is a name alone, in capitals or capitalised, after a dash or
# under any closing ("Gracias por la ayuda.\nBENÍTEZ CUEVAS ANA BELÉN", "— Solís Pacheco")
LAST_LINE_NAME = re.compile(
    r"\n[ \t]*(?:[—–\-][ \t]*)?(?P<value>"
    + _CAPITALISED
    + r"(?:,?[ \t]+(?:(?i:de|del|la|las|los|y)[ \t]+)*"
    + _CAPITALISED
    + r"){1,4})[ \t]*\Z"
)

# "código de área siete ocho seis y el número ocho seis cinco ...": area code and number
AREA_CODE_PHONE = re.compile(
    r"c[oó]digo\s+de\s+[aá]rea\s*(?P<value>\d{3}[^\d\n]{0,30}?(?:\d[\s\-.,]*){6}\d)", F
)

# an address written so that crawlers miss it: "juan (at) gmail.com", "ana [at] gmail [dot] com"
_BRACKETED = r"\s*[\[({<]\s*WORD\s*[\])}>]\s*"
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<value>[\w.+\-]+"
    + _BRACKETED.replace("WORD", r"(?:at|arroba)")
    + r"[\w\-]+(?:(?:\.|"
    + _BRACKETED.replace("WORD", r"(?:dot|punto)")
    + r")[\w\-]+)+)",
    F,
)

# "dirección de correo", "dirección IP": an address, but not where someone lives
_NOT_ONLINE = r"(?!\s+(?:de\s+)?(?:correo|e-?mail|mail|electr[oó]nica|ip|web|internet|p[aá]gina))"
# the abbreviations an address is written with: their dots end no sentence
_ADDRESS_ABBREVIATION = (
    r"(?:\b(?:c|av|avda|col|int|ext|no|n[uú]m|depto|dpto|fracc|blvd|calz|priv|cda|mz|lt|"
    r"edif|apto|apt|esq|c\.p|cp)\.)"
)
ADDRESS = re.compile(
    r"(?:vivo\s+en|mi\s+direcci[oó]n" + _NOT_ONLINE + r"|mi\s+domicilio|domicilio|"
    r"direcci[oó]n" + _NOT_ONLINE + r")"
    r"(?:\s+(?:actual|nuev[oa]|registrad[oa]|complet[oa]|particular|de\s+env[ií]o))?"
    r"(?:\s+es|:)?\s+"
    # an address has a number (a house number, a postcode) or says it has none ("s/n"):
    # "¿a qué dirección se la mandamos?" names one but gives none
    r"(?=[^.?!\n]*(?:\d|\bs/n\b))"
    r"(?P<value>(?:el\s+)?(?:\d|calle|c\.|avenida|av\.|calzada|privada|boulevard|bulevar|"
    r"carretera|camino|andador|cerrada|circuito|paseo|[A-ZÁÉÍÓÚÑ])"
    r"(?:" + _ADDRESS_ABBREVIATION + r"|[^.?!\n]){4,140}?)"
    r"(?=[.?!\n]|$)",
    F,
)
STREET = re.compile(
    r"(?P<value>(?:calle|avenida|av\.|calzada|privada|boulevard|bulevar|carretera|camino|"
    r"andador|cerrada|circuito|paseo)\s+[^,.\n\d]{2,60}?\s+(?:n[uú]mero\s+|n[uú]m\.?\s*|"
    r"no\.?\s*|#\s*)?\d{1,6}[^.?!\n]{0,120}?(?:c[oó]digo\s+postal|c\.\s?p\.|cp)\s*\d{5})",
    F,
)
# Streets as Spanish speakers say them anywhere in a turn: the street word, its name, the
# house number, then what follows a number (unit, colonia, postcode, town)
_ES_STREET_TYPE = (
    r"(?:calle|c/|avenida|avda\.?|av\.?|calzada|calz\.?|privada|priv\.?|cerrada|cda\.?|"
    r"callej[oó]n|andador|boulevard|bulevar|blvd\.?|carretera|camino|circuito|paseo|plaza|"
    r"ronda|traves[ií]a|carrera|cra\.?|diagonal|transversal|pasaje|prolongaci[oó]n|retorno|"
    r"glorieta|manzana|mz\.?)"
)
_ES_HOUSE_NUMBER = (
    r"(?:n[uú]mero\s+|n[uú]m\.?\s*|no\.?\s*|nº\s*|#\s*)?(?:\d{1,5}[a-z]?(?:\s*[-–]\s*\d{1,4})?"
    r"|s/n)(?![\d/])"
)
_ES_ADDRESS_TAIL = (
    r"(?:[\s,]+(?:interior|int\.?|departamento|depto\.?|dpto\.?|piso|puerta|apartamento|"
    r"apto\.?|apt\.?|local|edificio|torre|escalera|bloque|lote|casa|unidad|suite)\s*[\w\-º°]{1,6}"
    r"|[\s,]+(?:colonia|col\.|barrio|fraccionamiento|fracc\.|urbanizaci[oó]n|urb\.|sector|"
    r"residencial)\s+[^,.;:!?\n\d]{2,40}?(?=[,.;:!?\n]|\s+(?:en|c[oó]digo|cp|c\.p)\b|\s*\d|$)"
    r"|[\s,]+(?:c[oó]digo\s+postal|c\.\s?p\.?|cp)\s*\d{5}"
    # Spain's floor and door: "3º izquierda", "2º B", "bajo A"
    r"|[\s,]+(?:\d{1,2}\s*[º°ª]|bajo|entresuelo|[aá]tico)(?:\s*(?:izquierda|derecha|izq\.?|"
    r"dcha\.?|centro|[a-h]\b))?"
    r"|[\s,]+\d{5}(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?)"
)
STREET_SAID = re.compile(
    # a name may hold a date ("calle 5 de Mayo 120", "Avenida 16 de Septiembre 45") and a
    # comma may stand before the number ("Avda. de la Constitución, 12")
    r"(?P<value>\b"
    + _ES_STREET_TYPE
    + r"\s+(?:[^\s,.;:!?]+\s+){0,4}?[^\s,.;:!?\d]+,?\s+"
    + _ES_HOUSE_NUMBER
    + r"(?:"
    + _ES_ADDRESS_TAIL
    + r")*|\b"
    # a numbered street with its block ("Calle 10 Bloque 5 #12")
    + _ES_STREET_TYPE
    + r"\s+\d{1,3}\s+(?:bloque|manzana|edificio|torre)\s+\w{1,4}"
    + r"\s*(?:#|n[uú]mero|no\.?|nº)?\s*\d{1,4}(?:"
    + _ES_ADDRESS_TAIL
    + r")*)",
    F,
)
# A street and its town with no number ("la calle Matamoros allá en Cuauhtémoc", "Rda. de
# Atocha (Málaga)", "Bristol Ct, Hialeah, FL"): an address once someone says they live
# there or is asked for the street. The street by its type, Spanish before its name or
# English after it; the town after a comma, "en" or a bracket; hesitations between.
_W = r"[^\W\d_]{2,}"
_STREET_KIND = r"(?:" + _ES_STREET_TYPE + r"|rda\.?|trva\.?|cno\.?|and\.|c\.|pje\.?|pza\.?|pº)"
_EN_STREET_KIND = (
    r"(?:street|st|avenue|ave|road|rd|drive|dr|court|ct|lane|ln|boulevard|blvd|parkway|"
    r"pkwy|way|place|pl|circle|cir|terrace|ter|trail|trl|highway|hwy)\.?"
)
_HESITATION = r"(?:\s+(?:eh|este|mmm|mm|pues|a\s+ver|ahorita))*"
_STREET_NAMED = (
    r"(?:\b"
    + _STREET_KIND
    + r"\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)?"
    + _W
    + r"(?:\s+(?:de\s+(?:la\s+)?)?"
    + _W
    + r"){0,3}?"
    + r"|\b"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,2}?\s+"
    + _EN_STREET_KIND
    + r")"
)
_TOWN = (
    r"(?:\s*,\s*|"
    + _HESITATION
    + r"\s+(?:all[aá]\s+|ah[ií]\s+)?en\s+|\s*\(\s*)"
    + _W
    + r"(?:\s+(?:de\s+(?:la\s+|los\s+)?)?"
    + _W
    + r"){0,3}?"
    + r"(?:\s*,\s*"
    + _W
    + r"(?:\s+(?:de\s+)?"
    + _W
    + r"){0,2}?)?\)?"
    + r"(?=\s*(?:[,.;?!\n]|$|\s+(?:ah[ií]|verdad|s[ií]|es|est[aá]|por|y|desde)\b))"
)
STREET_AND_TOWN = re.compile(r"(?P<value>" + _STREET_NAMED + _HESITATION + _TOWN + r")", F)
# said where someone lives: "yo vivo allá por", "me queda por", "vivimos en"
LIVES_ON_STREET = re.compile(
    r"\b(?:viv[oe]|vivimos|me\s+queda|nos\s+queda|me\s+estoy\s+quedando|estoy\s+viviendo)"
    r"(?:\s+(?:all[aá]|ah[ií]|aqu[ií]))?\s+(?:en|por)\s+(?:la\s+|el\s+)?" + STREET_AND_TOWN.pattern,
    F,
)
# a place given by its postcode: "soy del 90210", "vivo por el 78205", "aquí en el 33125
# no llega el cartero", "mi casa está en el 60614"; not an amount ("soy del 10000 pesos")
ZIP_WHERE_ONE_LIVES = re.compile(
    r"\b(?:soy|somos|viv[oe]|vivimos|viven|estoy|estamos|est[aá]|queda|quedo|ando|andamos|"
    r"aqu[ií]|ac[aá]|all[aá]|me\s+mud[eé]|nos\s+mudamos|"
    # where a delivery reaches: "ustedes no llegan al 28040", "¿entregan en el 85009?"
    r"llegan|llega|entregan|reparten)"
    r"(?:\s+(?:aqu[ií]|ac[aá]|all[aá]|ah[ií]|ahorita|mero|ya))*"
    r"\s+(?:del?|en\s+el|por\s+el|al)\s+(?:zip\s+(?:code\s+)?|c[oó]digo\s+(?:postal\s+)?)?"
    r"(?<![\d$.,])(?P<value>\d{5}(?:-\d{4})?)(?![\d.,]?\d)(?!\s*(?:pesos|d[oó]lares|euros|mil)\b)",
    F,
)
# a postcode read from the record with a check on living there ("aquí me sale el 09110,
# ¿todavía vive ahí?"), and one said with "ahí vivo" after it
ZIP_LIVED_AT = re.compile(
    r"(?<![\d$.,])(?P<value>\d{5}(?:-\d{4})?)(?![\d.,]?\d)[\s,]*¿?\s*"
    r"(?:(?:todav[ií]a|sigue|a[uú]n)\s+(?:vive|viviendo|est[aá]\s+ah[ií]|ah[ií]|all[aá])|"
    r"(?:ah[ií]|all[aá]|aqu[ií])\s+viv(?:o|imos|e)\b)",
    F,
)
STREET_PROMPT = re.compile(
    r"\b(?:qu[eé]|cu[aá]l)\s+(?:es\s+(?:la|su)\s+)?calle|\bla\s+calle\s+y\s+(?:la\s+)?"
    r"(?:ciudad|colonia|municipio)|\bwhat\s+street\b",
    F,
)

# Colombia's grid ("Carrera 7 # 45-12", "Calle 80 número 10-45")
GRID_STREET = re.compile(
    r"(?P<value>\b(?:calle|carrera|cra\.?|avenida|av\.?|diagonal|transversal)\s+\d{1,3}[a-z]?"
    r"(?:\s+bis)?\s*(?:#|n[uú]mero|no\.?|nº)\s*\d{1,3}[a-z]?\s*[-–]\s*\d{1,3}"
    r"(?:" + _ES_ADDRESS_TAIL + r")*)",
    F,
)
# a new address volunteered with no question: moving, or where to send something
MOVED_TO = re.compile(
    r"(?:me\s+mud[eé]\s+al?|me\s+cambi[eé]\s+al?|nos\s+mudamos\s+al?|ahora\s+(?:vivo|estoy|vivimos)"
    r"\s+en|(?:m[aá]nd|env[ií])(?:en(?:la|lo|las|los)?|ar(?:la|lo)?|enme)"
    r"(?:\s+(?:la|el)\s+\w+)?\s+a|la\s+nueva\s+(?:direcci[oó]n\s+)?es|"
    r"mi\s+nueva\s+direcci[oó]n\s+es)\s+"
    r"(?P<value>(?:el\s+|la\s+)?(?=[^.?!\n]*\d)[^.?!\n]{5,140}?)(?=[.?!\n]|$)",
    F,
)
# an SSN typed with slashes ("536/81/4297"): no date has that shape, so its name nearby
# is enough
SLASHED_SSN = re.compile(
    r"(?:seguro|social|ssn|security)[^\d\n]{0,40}?"
    r"(?<!\d)(?P<value>\d{3}\s?/\s?\d{2}\s?/\s?\d{4})(?![\d/])",
    F,
)
# the SSN's last four named as such ("del social, los últimos cuatro que tengo son 9410",
# "SSN, nada más los últimos cuatro ==> 0682", "los últimos 4 de mi seguro social: 4627")
_SSN_NAME = r"(?:seguro\s+social|\bsocial\b|\bssn\b|\bs\s?s\s?n\b)"
_LAST_FOUR = r"(?:[uú]ltimos|finales)\s+(?:cuatro|4)(?:\s+(?:d[ií]gitos|n[uú]meros))?"
SSN_LAST_FOUR = re.compile(
    rf"(?:{_SSN_NAME}[^\d\n]{{0,25}}?{_LAST_FOUR}|{_LAST_FOUR}\s+del?\s+(?:(?:su|mi|tu|el)\s+)?"
    rf"{_SSN_NAME})[^\d\n]{{0,30}}?(?<!\d)(?P<value>\d{{4}}|\d{{2}}\s\d{{2}})(?![\d/])",
    F,
)
# an SSN written in its groups with slashes or spaced dashes ("806/10/7322", "505 - 65 -
# 9497"): no date, phone or card has three, two and four digits so, named or not
GROUPED_SSN = re.compile(
    r"(?<![\d/\-–])(?P<value>\d{3}(?:\s?/\s?\d{2}\s?/\s?|\s*–\s*\d{2}\s*–\s*|\s+[-–]\s+\d{2}\s+[-–]\s+"
    r"|\s\d{2}[-–])\d{4})"
    r"(?![\d/\-–])"
)
# an SSN masked but its last four ("***-**-4627", "XXX-XX-46 27"): the shape says what it is
MASKED_SSN = re.compile(
    r"(?<![\w*#•])[*xX#•]{3}[\s\-]?[*xX#•]{2}[\s\-]?(?P<value>\d{4}|\d{2}\s\d{2})(?!\d)"
)
# an address given as a form's lines ("Calle: Río Nazas\nNúm. ext.: 841\nColonia: ...\nC.P.:
# 04383"): the street's line and the address lines that follow it, labels and all
_ADDRESS_LINE_LABEL = (
    r"(?:n[uú]m(?:ero)?\.?\s*(?:ext|int)(?:erior)?\.?|colonia|col\.|fraccionamiento|fracc\.|"
    r"barrio|municipio(?:\s+o\s+alcald[ií]a)?|alcald[ií]a(?:\s*/\s*municipio)?|delegaci[oó]n|"
    r"c\.\s?p\.|cp|c[oó]digo\s+postal|estado|ciudad|localidad|provincia|entre\s+calles|piso|"
    r"puerta|depto\.?|departamento)"
)
ADDRESS_FORM_LINES = re.compile(
    r"(?:^|\n)[ \t*\-•▸|]*(?:calle|avenida|av\.|domicilio|direcci[oó]n)[ \t*]*:[ \t]*"
    r"(?P<value>[^\n]+(?:\n[ \t*\-•▸|]*" + _ADDRESS_LINE_LABEL + r"[ \t*]*:[ \t]*[^\n]+)+)",
    F,
)
# how Mexican-American callers say a US street: "la Valley View el 8590", "ahí en la
# Sheridan el 4696", then perhaps a unit and a city, state and ZIP
STREET_THEN_NUMBER = re.compile(
    r"\bla\s+(?P<value>(?:[^\W\d_]+\s+){1,3}?el\s+\d{2,6}(?!\d)(?!\s+de\s+" + _MONTHS + r")"
    r"(?:\s+(?:unit|apt|apartment|suite|apartamento|trailer|interior|int|unidad)\s+\w{1,5})?"
    r"(?:(?:\s+[^\W\d_]+){1,4}\s+\d{5}(?!\d))?)",
    F,
)
COLONIA = re.compile(r"(?P<value>colonia\s+[^,.\n\d]{3,50}?)(?=[,.\n]|\s+(?:alcald|c[oó]d))", F)
# the postcode by every name it goes by: "código postal", "cód. postal", "C.P." (typed
# "cp."), "CP", "zona postal", Spain's "distrito postal", "el postal", "código zip", "zip code"
_POSTCODE_NAME = (
    r"(?:c[oó]d(?:igo|\.)?\s*(?:de\s+(?:la\s+)?zona\s+)?(?:postal|zip)|\b(?:zona|distrito)\s+postal|"
    # the code of a zone: "el código de su zona", "el código de zona que tengo es"
    r"\bc[oó]digo\s+de\s+(?:(?:su|tu|la|mi)\s+)?zona\b|"
    r"\bel\s+postal\b|\bzip(?:\s*code)?\b|\bc\.\s?p\b\.?|\bcp\b\.?)"
)
# a postcode named and given in one breath: its name, a few words or marks ("es", "de la
# casa es", ":", "➜"), its five digits (ZIP+4 too), then perhaps its town and state
POSTCODE = re.compile(
    _POSTCODE_NAME + r"[^\d\n.?!]{0,25}?(?<![\d\-])"
    r"(?P<value>\d{5}(?:\s?[-–]\s?\d{4})?(?![\d\-/])"
    r"(?:,?\s+(?-i:[A-ZÁÉÍÓÚÑ])[\wáéíóúñ.]*(?:\s+(?:de\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\wáéíóúñ.]*){0,3}){0,2})",
    F,
)

_SEP = r"[\s./\-]*"  # "HERJ / 850419 / HCMRDN / 16", "pera-760518-hnlrml-67"
# the birth date inside a CURP or an RFC, whole or in pairs ("GOGA 49 11 26 MB7")
_BIRTH_DIGITS = r"\d{2}[\s./\-]?\d{2}[\s./\-]?\d{2}"
# a CURP typed in the blocks it is made of (name, birth date, sex, state, consonants,
# homoclave, check digit) with anything between them: "roar 640607 h cs brm 33"
CURP = re.compile(
    r"(?<![A-Za-z0-9])(?P<value>"
    + _SEP.join(
        [r"[A-Z][AEIOUX][A-Z]{2}", _BIRTH_DIGITS, "[HM]", "[A-Z]{2}", "[A-Z]{3}", "[A-Z0-9]", r"\d"]
    )
    + r")(?![A-Za-z0-9])",
    F,
)
RFC = re.compile(
    r"(?<![A-Za-z0-9])(?P<value>[A-ZÑ&]{3,4}"
    + _SEP
    + _BIRTH_DIGITS
    + _SEP
    + r"[A-Z0-9]{3})(?![A-Za-z0-9])",
    F,
)

# an RFC given without its homoclave ("GOGA491126"): only where the RFC is named
RFC_NAMED_SHORT = re.compile(
    r"(?:\brfc\b|r\.f\.c\.|registro\s+federal\s+de\s+contribuyentes)[^\d\n]{0,40}?"
    r"(?<![A-Za-z0-9])(?P<value>[A-ZÑ&]{4}" + _SEP + _BIRTH_DIGITS + r")(?![A-Za-z0-9])",
    F,
)


# words spaCy's Spanish model tags as people that name no one: greetings, courtesy,
# titles and back-channel, beside spaCy's Spanish stop words
NOT_A_NAME = frozenset(
    """hola buenas buenos dias tardes noches gracias muchas senor senora senorita senores
    don dona licenciado licenciada doctor doctora perfecto claro bueno vale aja okey ok
    si no adelante disculpe perdon oiga mire gusto mucho encantado encantada saludos
    atentamente estimado estimada cliente clientes usuario agente asesor tarjeta cuenta
    numero atencion servicio soporte equipo departamento area ah eh oh uy ay ya pues
    nombre nombres apellido apellidos completo titular anotelo apunte anote persona""".split()
)


@lru_cache(maxsize=1)
def plain_words() -> frozenset[str]:
    """Words that name no one, folded: the courtesy words above, spaCy's Spanish stop
    words and the number words of the Spanish table ("soy del noventa mil" names no one)
    (built once: every name check reads them)."""
    from spacy.lang.es.stop_words import STOP_WORDS

    return NOT_A_NAME | {fold(w) for w in STOP_WORDS} | number_words(LANGUAGE)


# the model (spaCy 3.1's small Spanish one, trained on Wikipedia) tags a capitalised word
# that opens a sentence ("Permítame", "Listo") and companies as people: those go
_SENTENCE_START = re.compile(r"(?:^|[.!?¿¡:\n]\s*|[\-–—*•]\s+)$")
_COMPANY_BEFORE = re.compile(
    r"(?:(?:llamar|llamado|llamada|comunicarse|comunicado|chateando|escribir|escribe|"
    r"bienvenid[oa]s?|gracias\s+por\s+\w+)\s+(?:a|con|de)|contacting|calling|"
    r"welcome\s+to)\s+$",
    F,
)
# a place in an address ("Col. Álvaro Obregón No. 12", "Juárez, Oax.") and the example
# word of a spelled letter ("e de Elena") are no people
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:calle|av|avenida|col|colonia|alcald[ií]a|municipio|cda|cerrada|privada|"
    r"fracc|fraccionamiento|delegaci[oó]n|estado|ciudad|c\.?\s?p)\.?|\d|#)[\s,.:]*$"
    r"|\b\w\s+de\s+$",
    F,
)
_PLACE_AFTER = re.compile(r"^[\s,.]*(?:(?i:no\.|n[uú]m\b|c\.\s?p\.)|#|\d|[A-Z]{2,3}\b\.?)")
_NOT_PERSON_WORDS = frozenset(
    """seguros seguro aseguradora salud medica medico medicos clinica hospital banco
    servicios servicio red centro grupo compania empresa financiera credito farmacia
    calle avenida avenue street road drive boulevard bulevar colonia telefono direccion
    correo domicilio contacto fecha nacimiento numero""".split()
)


class SpanishNerPersonRecognizer(NerPersonRecognizer):
    """The Spanish model's people, less what it tags that is no one: words that name no
    one, a lone capitalised word opening a sentence, a company after "llamar a", street
    and company words, and anything in lower-case speech (there names come from what is
    said around them: "me llamo", "señora", an answer to "¿con quién tengo el gusto?")."""

    def __init__(self) -> None:
        super().__init__(LANGUAGE)
        self.not_names = plain_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        if not any(ch.isupper() for ch in text):
            return []  # lower-case speech: the model guesses at any word
        return [
            r
            for r in super().analyze(text, entities, nlp_artifacts)
            if self._someone(text, r.start, r.end)
        ]

    def _someone(self, text: str, start: int, end: int) -> bool:
        if not text[start].isupper() or "\n" in text[start:end]:
            return False
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", text[start:end])]
        if not words or words[0] in self.not_names or words[-1] in self.not_names:
            return False  # "¿Cuándo nació?": a name opens and ends with a name's word
        if any(w in _NOT_PERSON_WORDS for w in words):
            return False
        if len(words) == 1 and _SENTENCE_START.search(text[:start]):
            return False
        before, after = text[max(0, start - 40) : start], text[end : end + 12]
        if _PLACE_BEFORE.search(before) or _PLACE_AFTER.search(after):
            return False
        return not _COMPANY_BEFORE.search(before)


class SaidNameRecognizer(_TurnRecognizer):
    """The words after "me llamo", "soy", "señora" ... up to the first word that names
    no one (a stop word, a courtesy): "señora zúñiga ya encontré" is "zúñiga"; particles
    stay inside a name ("Rodríguez de la Cruz"). In cased text the words are capitalised."""

    def __init__(self) -> None:
        super().__init__(["PERSON"], "qa-hipaa names said (es)", LANGUAGE)
        self.not_names = plain_words() - NAME_PARTICLES

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        cased = any(ch.isupper() for ch in text[1:])
        out = []
        cues = [(c, 1) for c in NAME_CUE.finditer(text)]
        cues += [(c, 1 if cased else RELATIVE_LEAST_WORDS) for c in RELATIVE_CUE.finditer(text)]
        for cue, least in cues:
            end, names, at, comma_seen = cue.end(), 0, cue.end(), False
            for word in _NAME_WORD.finditer(text, cue.end()):
                gap = text[at : word.start()]
                surname_first = cased and names and gap.strip(" ") == "," and not comma_seen
                if (gap.strip(" ") and not surname_first) or names >= MAX_NAME_WORDS:
                    break  # punctuation or a line break ends the name
                folded = fold(word.group())
                if folded in NAME_PARTICLES or (folded in _HESITATIONS and names):
                    at = word.end()
                    continue
                if folded in self.not_names or (cased and not word.group()[0].isupper()):
                    break
                names, end, at = names + 1, word.end(), word.end()
                comma_seen = comma_seen or surname_first
            if names >= least:
                out.append(self.result("PERSON", cue.end(), end, 0.8))
        return out


# a Spanish id's letters said by their names ("la letra cu", "equis", "doble ve")
LETTER_NAMES = {
    "a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "efe": "F", "ge": "G", "hache": "H",
    "i": "I", "jota": "J", "ka": "K", "ele": "L", "eme": "M", "ene": "N", "o": "O", "pe": "P",
    "cu": "Q", "erre": "R", "ere": "R", "ese": "S", "te": "T", "u": "U", "uve": "V", "ve": "V",
    "doble ve": "W", "uve doble": "W", "equis": "X", "ye": "Y", "i griega": "Y", "zeta": "Z",
}  # fmt: skip
_LETTER = (
    r"(?:[a-z]|"
    + "|".join(sorted((re.escape(n) for n in LETTER_NAMES if len(n) > 1), key=len, reverse=True))
    + r")"
)
SPANISH_ID = re.compile(
    r"(?<![\w])(?P<value>(?:(?P<prefix>" + _LETTER + r")[\s,.\-]*)?"
    r"(?P<digits>\d(?:[\s.\-]?\d){6,7})"
    # "... y la letra es la equis", "... con la letra X"
    r"[\s,.\-]*(?:(?:y|con|m[aá]s)\s+)?(?:(?:la\s+)?letra\s+(?:es\s+)?(?:la\s+)?)?"
    r"\(?(?P<letter>" + _LETTER + r")\)?)(?![\w])",
    F,
)


DNI_DIGITS = re.compile(r"(?<![\d\w])(?P<value>\d(?:[\s.\-]?\d){7})(?!\d)")


class SpanishIdRecognizer(_TurnRecognizer):
    """Spain's DNI (eight digits and a control letter) and NIE (X, Y or Z, seven digits
    and a control letter) as they are said and typed: "tres nueve ... la letra cu",
    "92790102 Y", "equis uno ... jota"; checked by python-stdnum's control letters."""

    def __init__(self) -> None:
        super().__init__(["ES_NIF", "ES_NIE"], "qa-hipaa spanish ids (es)", LANGUAGE)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out = []
        for match in SPANISH_ID.finditer(text):
            found = spanish_id(match)
            if found == "ES_NIF" and match.group("prefix"):  # a word before it, not a letter
                out.append(self.result(found, match.start("digits"), match.end(), 0.95))
            elif found:
                out.append(self.result(found, match.start(), match.end(), 0.95))
        return out


def spanish_id(match: re.Match[str]) -> str | None:
    """ES_NIE or ES_NIF when the id matched has the right control letter, else None."""
    prefix = _letter(match.group("prefix")) if match.group("prefix") else ""
    digits = re.sub(r"\D", "", match.group("digits"))
    value = prefix + digits + _letter(match.group("letter"))
    if prefix and nie.is_valid(value):
        return "ES_NIE"
    if dni.is_valid(value[1:] if prefix else value):
        return "ES_NIF"
    return None


def said_id_is(entity: str):
    """A prompt's check that the id said (in pieces, read as one) is a valid ``entity``."""

    def valid(value: str) -> bool:
        match = SPANISH_ID.fullmatch(value.strip())
        return match is not None and spanish_id(match) == entity

    return valid


def _letter(said: str) -> str:
    said = " ".join(said.lower().split())
    return LETTER_NAMES.get(said, said.upper())


def _date_not_a_longer_number(value: str) -> bool:
    """Digits in groups make a date only when a day and a month exist among them and
    there are no more than three ("55 16 15 27 40" is a phone number read in pairs)."""
    groups = re.findall(r"\d+", value)
    if len(groups) > 3 or any(len(g) > 4 for g in groups):
        return False
    sizes = [len(g) for g in groups]
    if len(groups) == 3 and not (
        (sizes[0] <= 2 and sizes[1] <= 2 and sizes[2] in (2, 4))
        or (sizes[0] == 4 and sizes[1] <= 2 and sizes[2] <= 2)
    ):
        return False  # a day, a month and a year: "611 78 2636" is an SSN
    if len(groups) == 3 and len(groups[0]) <= 2 and not day_and_month(*map(int, groups[:2])):
        return False  # day and month first, in either order ("33 1234 5678" is neither)
    return _real_date(value)


# what "la ... el 15" says when it names no street: the bill, the card, the appointment
_NOT_A_STREET = frozenset(
    """cuenta tarjeta factura linea llamada cita semana fecha pago orden reclamacion poliza
    consulta entrega visita renta mensualidad quincena cuota mitad parte otra misma primera
    segunda ultima siguiente proxima clave contrasena direccion""".split()
)


def _street_name_first(value: str) -> bool:
    """ "Valley View el 8590" names a street; "cuenta el 15" and "que el 20" do not."""
    first = fold(value.split()[0])
    return first not in plain_words() and first not in _NOT_A_STREET


def _rfc_not_a_word(value: str) -> bool:
    """A valid RFC whose letters are no Spanish word ("será 491126" is no RFC)."""
    letters = re.match(r"[^\W\d_]+", value.strip())
    if letters is not None and fold(letters.group()) in plain_words():
        return False
    return _valid(rfc)(value)


def _valid(module) -> object:
    return lambda value: module.is_valid(re.sub(r"[^0-9A-ZÑ&]", "", value.upper()))


def spanish_recognizers() -> list[EntityRecognizer]:
    return [
        UsSsnRecognizer(supported_language=LANGUAGE, context=SSN_CONTEXT),
        DigitGatedPhoneRecognizer(
            supported_regions=PHONE_REGIONS, context=PHONE_CONTEXT, supported_language=LANGUAGE
        ),
        EmailRecognizer(supported_language=LANGUAGE),
        IpRecognizer(supported_language=LANGUAGE),
        UrlRecognizer(supported_language=LANGUAGE),
        EsNifRecognizer(supported_language=LANGUAGE, supported_entity="ES_NIF"),
        EsNieRecognizer(supported_language=LANGUAGE, supported_entity="ES_NIE"),
        SpanishIdRecognizer(),
        SpanishNerPersonRecognizer(),
        PatternSet(
            "qa-hipaa mexican ids (es)",
            [("MX_CURP", CURP, 0.95), ("MX_RFC", RFC, 0.85), ("MX_RFC", RFC_NAMED_SHORT, 0.85)],
            validate={"MX_CURP": _valid(curp), "MX_RFC": _rfc_not_a_word},
            language=LANGUAGE,
        ),
        SaidNameRecognizer(),
        PatternSet(
            "qa-hipaa area code and number (es)",
            [("PHONE_NUMBER", AREA_CODE_PHONE, 0.9)],
            language=LANGUAGE,
        ),
        *(
            PatternSet(
                f"qa-hipaa written-around e-mail ({language})",
                [("EMAIL_ADDRESS", OBFUSCATED_EMAIL, 0.9)],
                language=language,
            )
            for language in ("en", LANGUAGE)
        ),
        *(
            PatternSet(
                f"qa-hipaa slashed ssn ({language})",
                [
                    ("US_SSN", SLASHED_SSN, 0.9),
                    ("US_SSN", MASKED_SSN, 0.85),
                    ("US_SSN", GROUPED_SSN, 0.8),
                ],
                validate={"US_SSN": _issuable_ssn},
                language=language,
            )
            for language in ("en", LANGUAGE)
        ),
        PatternSet(
            "qa-hipaa ssn last four (es)", [("US_SSN", SSN_LAST_FOUR, 0.8)], language=LANGUAGE
        ),
        PatternSet(
            "qa-hipaa signed names (es)",
            [("PERSON", SIGNED_NAME, 0.75), ("PERSON", LAST_LINE_NAME, 0.7)],
            validate={"PERSON": _names_someone},
            language=LANGUAGE,
        ),
        PatternSet(
            "qa-hipaa dates (es)",
            [("DATE_OF_BIRTH", DOB, 0.9), ("DATE", FULL_DATE, 0.6)],
            validate={"DATE": _date_not_a_longer_number},
            language=LANGUAGE,
        ),
        PatternSet(
            "qa-hipaa addresses (es)",
            [
                ("ADDRESS", ADDRESS, 0.8),
                ("ADDRESS", STREET, 0.85),
                ("ADDRESS", COLONIA, 0.7),
                ("ADDRESS", POSTCODE, 0.7),
                ("ADDRESS", STREET_SAID, 0.8),
                ("ADDRESS", GRID_STREET, 0.8),
                ("ADDRESS", MOVED_TO, 0.75),
                ("ADDRESS", LIVES_ON_STREET, 0.75),
                ("ADDRESS", ZIP_WHERE_ONE_LIVES, 0.7),
                ("ADDRESS", ZIP_LIVED_AT, 0.7),
                ("ADDRESS", ADDRESS_FORM_LINES, 0.85),
                # a US address said in a Spanish call keeps its English form
                ("ADDRESS", STREET_ADDRESS, 0.85),
            ],
            language=LANGUAGE,
        ),
        PatternSet(
            "qa-hipaa streets said as 'la X el N' (es)",
            [("ADDRESS", STREET_THEN_NUMBER, 0.7)],
            validate={"ADDRESS": _street_name_first},
            language=LANGUAGE,
        ),
    ]


# --- what an agent asks for: the answer in the customer's next turns is the value --------

# "el social" is how a US caller names the SSN in Spanish ("¿cuál es su social?")
SSN_PROMPT = re.compile(
    r"seguro\s+social|\bssn\b|n[uú]mero\s+del?\s+seguro|\b(?:su|tu|mi|el|del)\s+social\b", F
)
DOB_PROMPT = re.compile(
    r"fecha\s+de\s+nacimiento|cu[aá]ndo\s+naci[oó]|cumplea[nñ]os|d[ií]a\s+que\s+naci[oó]", F
)
PHONE_PROMPT = re.compile(
    r"tel[eé]fono|celular|n[uú]mero\s+de\s+contacto|a\s+qu[eé]\s+n[uú]mero|whatsapp|"
    r"n[uú]mero\s+(?:para|donde)\s+(?:localizarl[oa]|llamarl[oa]|contactarl[oa])",
    F,
)
EMAIL_PROMPT = re.compile(r"correo|e-?mail|electr[oó]nico", F)
ENGLISH_EMAIL = re.compile(r"\be-?mail\b", F)
# asked for by any of its names, or as where someone is ("¿y la zona?", "¿en qué zona
# vive?", "¿de qué parte es usted?")
ZIP_PROMPT = re.compile(
    _POSTCODE_NAME + r"|\b(?:la|qu[eé]|su|tu)\s+zona\b|\bde\s+qu[eé]\s+parte\s+(?:es|eres)\b|"
    r"\bd[oó]nde\s+(?:est[aá]\s+)?ubicad[oa]\b|"
    # where someone is: "¿de dónde nos habla?", "¿en qué parte vive?", "¿por qué rumbo?",
    # "¿qué código le toca?"
    r"\bd[oó]nde\s+nos\s+(?:habla|llama|marca|escribe)\b|\bqu[eé]\s+parte\s+(?:vive|est[aá])\b|"
    r"\bpor\s+qu[eé]\s+rumbo\b|\bqu[eé]\s+c[oó]digo\s+le\s+toca\b",
    F,
)
ADDRESS_PROMPT = re.compile(
    r"direcci[oó]n" + _NOT_ONLINE + r"|domicilio|d[oó]nde\s+vive|c[oó]digo\s+postal", F
)
NAME_PROMPT = re.compile(
    r"con\s+qui[eé]n\s+tengo\s+el\s+gusto|a\s+nombre\s+de\s+qui[eé]n|su\s+nombre|"
    r"c[oó]mo\s+se\s+llama|nombre\s+completo|qui[eé]n\s+(?:me\s+)?habla|"
    r"nombre\s+del\s+titular|su\s+apellido",
    F,
)
PLAN_PROMPT = re.compile(
    r"n[uú]mero\s+de\s+(?:p[oó]liza|afiliad[oa]|afiliaci[oó]n|miembro|socio|credencial|"
    r"expediente|paciente)|medicare|medicaid|seguro\s+m[eé]dico",
    F,
)
DNI_PROMPT = re.compile(
    r"\b(?:dni|nie|nif)\b|documento\s+(?:de\s+identidad|nacional)|"
    r"n[uú]mero\s+de\s+extranjero|tarjeta\s+de\s+residencia|permiso\s+de\s+residencia",
    F,
)
CURP_PROMPT = re.compile(r"\bcurp\b|clave\s+[uú]nica", F)
RFC_PROMPT = re.compile(r"\brfc\b|registro\s+federal", F)
# nine digits however they are typed apart ("536-81-4297", "536 - 81 - 4297", "5 3 6 8 1
# 4 2 9 7"), or the last four; never part of a longer run
_NOT_IN_A_RUN_BEFORE = r"(?<!\d)(?<!\d[\s.\-])(?<!\d[\s.\-]{2})"
_NOT_IN_A_RUN_AFTER = r"(?![\s.\-]{0,3}\d)"
# between the groups: marks typed ("-", "–", "_") or said ("raya", "guion", "dash")
# between an SSN's groups: a mark, or the dash said ("raya", "guion") with commas and
# hesitations around it ("720, guion, este, pues 31")
_SSN_GAP = (
    r"(?:[\s\-.–_/]{0,3}|[\s,]*(?:\b(?:raya|gui[oó]n|dash|diagonal)\b[\s,]*)"
    r"(?:\b(?:este|pues|eh|mmm)\b[\s,]*)*)"
)
SSN_ANSWER = re.compile(
    r"(?P<value>"
    + _NOT_IN_A_RUN_BEFORE
    + r"\d(?:"
    + _SSN_GAP
    + r"\d){8}"
    + _NOT_IN_A_RUN_AFTER
    + r"|"
    + _NOT_IN_A_RUN_BEFORE
    + r"\d(?:[\s.\-]?\d){3}"
    + _NOT_IN_A_RUN_AFTER
    + ")"
)
PHONE_ANSWER = re.compile(r"(?P<value>(?<![\d+])\+?(?:\d[\s\-.()]{0,2}){7,13}\d(?!\d))")
EMAIL_ANSWER = re.compile(r"(?P<value>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)")
ADDRESS_ANSWER = re.compile(
    r"(?P<value>(?:el\s+)?\d{1,6}\b[^.?!]{4,120}?|[^.?!\d]{3,60}?\d{1,6}[^.?!]{0,100}?)"
    r"(?=[.?!]|$)",
    F,
)
ID_ANSWER = re.compile(
    r"(?P<value>(?<![A-Za-z0-9])(?=[A-Za-z\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{4,18}[A-Za-z0-9]"
    r"(?![A-Za-z0-9]))"
)
NAME_ANSWER = re.compile(
    # "okey, a ver, yolanda lozano": the words of someone about to say it come first
    r"(?i:(?:okey|ok|a\s+ver|este|pues|bueno|mire|claro|s[ií])[\s,.]+)*"
    r"(?i:(?:s[ií],?\s+)?(?:me\s+llamo|mi\s+nombre\s+es|soy|habla|con|es|a\s+nombre\s+de)\s+)?"
    # a pause inside the name ("josé antonio ah sí este bustamante") stays inside it
    r"(?P<value>(?:"
    + _NAME
    + r")(?:[\s,]+(?:(?:ah|eh|mmm|este|s[ií]|mire|pues|nada|a\s+ver|deje\s+veo|d[eé]jeme\s+ver)"
    + r"[\s,]+)*"
    + _PARTICLE
    + r"?"
    # a name ends where the words around it start ("itzel garcía ese mero es")
    + r"(?!(?:ese|esa|eso|mero|oiga|se[nñ]orita|joven|para|por|con|la\s+cuenta)\b)(?:"
    + _NAME
    + r")){0,3})",
    re.UNICODE,
)


# what a read-back from the record is, by its shape alone (qa_core's on_file): a whole
# SSN (its last four could be anything), an address with a street, colonia or postcode
# word, and a person after the personal "a" ("tengo registrado a José María Garza")
SSN_ON_FILE = re.compile(
    r"(?P<value>(?<!\d)\d{3}" + _SSN_GAP + r"\d{2}" + _SSN_GAP + r"\d{4}(?!\d))"
)
ADDRESS_ON_FILE = re.compile(
    r"(?P<value>(?=[^?!\n]*(?:\b" + _ES_STREET_TYPE + r"|\bc\.|\bcol(?:onia|\.)|c\.\s?p\.|"
    r"\bcp(?![^\W\d_])|c[oó]digo\s+postal|\b(?:street|st|ave|avenue|road|rd|drive|dr|blvd|lane|ln|apt)\b|"
    # or a postcode beside its town: "33027 Hialeah, FL", "08530 de iztacalco", "Santa
    # Ana, CA 92748" (five digits alone may be a date said in pieces, "el 13254")
    r"(?<![\d\-/.:])\d{5},?\s+(?:de\s+)?[^\W\d_]{3,}|"
    r"(?:[^\W\d_]{3,}|(?-i:[A-Z]{2})),?\s+\d{5}(?![\d\-/:])))"
    r"(?:el\s+)?[^?!\n]*\d[^?!\n]*)",
    F,
)
# a birth date has a day: its month named beside two numbers, or three numbers ("el
# 13, 2, 54"; "24 38" and "agosto del 27" are too little to be a date of birth)
DATE_ON_FILE = date_with_a_day(LANGUAGE, _MONTHS)
PERSON_ON_FILE = re.compile(
    r"\ba\s+(?P<value>(?:" + _NAME + r")(?:\s+" + _PARTICLE + r"?(?:" + _NAME + r")){1,4})",
    re.UNICODE,
)


# an address taken down part by part: the agent asks for the unit, then the town ("¿lleva
# número interior?", "¿y la colonia?", "¿en qué ciudad queda?", "y la población o
# municipio"); each answer is part of the address
_ANSWER_LEAD = (
    r"(?:(?:aj[aá]|s[ií]|okey|este|a\s+ver|pues|bueno|mire|eso|ser[ií]a|es|ser[ií]an|son|"
    r"queda\s+en|en|la|el)[\s,]+)*"
)
_ANSWER_TAIL = r"(?:[\s,]+(?:[aá]ndele|andale|ese\s+es|nada\s+m[aá]s|por\s+favor))*\s*(?=[.?!]|$)"
UNIT_PROMPT = re.compile(
    r"n[uú]mero\s+(?:interior|de\s+(?:departamento|depto|apartamento|unidad|suite))|"
    r"\binterior\b|\bdepto\b|\bapartment\b|\bapt\b",
    F,
)
UNIT_ANSWER = re.compile(
    _ANSWER_LEAD
    + r"(?P<value>(?:(?:n[uú]mero\s+)?(?:interior|int\.?|depto\.?|departamento|apartamento|"
    r"apartment|apt\.?|unidad|suite)\s*)?(?:#|n[uú]mero\s+)?\d{1,5}(?:\s?[a-z])?\b)" + _ANSWER_TAIL,
    F,
)
TOWN_PROMPT = re.compile(
    r"(?:\b(?:qu[eé]|cu[aá]l|y)\s+(?:es\s+)?(?:la|el|su)?\s*|en\s+qu[eé]\s+)"
    r"(?:ciudad|poblaci[oó]n|municipio|alcald[ií]a|delegaci[oó]n|colonia|localidad|pueblo)\b",
    F,
)
TOWN_ANSWER = re.compile(
    _ANSWER_LEAD + r"(?P<value>[^\W\d_][^.?!\d]{1,70}?)" + _ANSWER_TAIL,
    F,
)


def _names_a_place(value: str) -> bool:
    """A town's answer: a few words, opening and closing as a name does."""
    return len(re.findall(r"[^\W\d_]+", value)) <= 8 and _names_someone(value)


def _names_someone(value: str) -> bool:
    """A name answer's words: its first and last are no stop or courtesy words."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", value)]
    return bool(words) and words[0] not in plain_words() and words[-1] not in plain_words()


def spanish_prompted_detector() -> PromptedValueDetector:
    from . import patterns as english

    return PromptedValueDetector(
        "qa-hipaa prompted values (es)",
        [
            # a phone number and an SSN are said in three groups ("ajá" between)
            Prompt(
                "US_SSN",
                any_of(SSN_PROMPT, english.SSN_PROMPT),
                SSN_ANSWER,
                answers=3,
                on_file=SSN_ON_FILE,
            ),
            Prompt(
                "DATE_OF_BIRTH",
                any_of(DOB_PROMPT, english.DOB_PROMPT),
                date_answer(LANGUAGE),
                on_file=DATE_ON_FILE,
            ),
            Prompt(
                "PHONE_NUMBER",
                any_of(PHONE_PROMPT, english.PHONE_PROMPT),
                PHONE_ANSWER,
                answers=3,
                on_file=PHONE_ANSWER,
            ),
            Prompt("EMAIL_ADDRESS", any_of(EMAIL_PROMPT, ENGLISH_EMAIL), EMAIL_ANSWER),
            # a postcode is given in pieces too ("cuarenta y cinco" ... "luego cero ocho")
            Prompt(
                "ADDRESS", any_of(ZIP_PROMPT, english.ZIP_PROMPT), english.ZIP_ANSWER, answers=4
            ),
            Prompt(
                "ADDRESS",
                any_of(ADDRESS_PROMPT, english.ADDRESS_PROMPT),
                ADDRESS_ANSWER,
                score=0.8,
                same_turn=False,
                on_file=ADDRESS_ON_FILE,
            ),
            # the address part by part: the unit, the town, each asked for on its own
            Prompt("ADDRESS", UNIT_PROMPT, UNIT_ANSWER, score=0.75, same_turn=False, answers=1),
            Prompt(
                "ADDRESS",
                TOWN_PROMPT,
                TOWN_ANSWER,
                score=0.7,
                validate=_names_a_place,
                same_turn=False,
                answers=1,
                named=False,
            ),
            # the street asked for: its name and town are the address, number or not
            Prompt("ADDRESS", STREET_PROMPT, STREET_AND_TOWN, score=0.75, same_turn=False),
            Prompt("HEALTH_PLAN_ID", any_of(PLAN_PROMPT, english.PLAN_PROMPT), ID_ANSWER),
            # Mexican ids are read out in pieces ("ce a" ... "sí, continúe" ... "luego a be
            # ocho ..."): the pieces are read as one through the typed view and checked
            Prompt("MX_CURP", CURP_PROMPT, CURP, validate=_valid(curp), answers=5, on_file=CURP),
            Prompt("ES_NIF", DNI_PROMPT, SPANISH_ID, validate=said_id_is("ES_NIF"), answers=5),
            Prompt("ES_NIE", DNI_PROMPT, SPANISH_ID, validate=said_id_is("ES_NIE"), answers=5),
            # asked for the DNI, its eight digits are the DNI even before the letter comes
            Prompt("ES_NIF", DNI_PROMPT, DNI_DIGITS, score=0.8, answers=1),
            Prompt("MX_RFC", RFC_PROMPT, RFC, validate=_valid(rfc), answers=5, on_file=RFC),
            Prompt(
                "PERSON",
                any_of(NAME_PROMPT, english.NAME_PROMPT),
                NAME_ANSWER,
                score=0.8,
                validate=_names_someone,
                same_turn=False,
                answers=1,
                named=False,  # "su nombre completo" names no value beside it
                on_file=PERSON_ON_FILE,
            ),
        ],
        languages=(LANGUAGE,),
    )
