"""Compositional machinery of the Spanish redaction corpus (standard library only).

An interaction is an opening, filler exchanges, scenes and a closing. A scene is
entity x family (surface form) x context mode x ASR noise x channel x position, in one of
three locales (Hispanic US, Mexico, Spain) and one of three language mixes (Spanish only;
Spanish with English words; an English-speaking agent and a Spanish-speaking customer).
Families and phrasings live in forms_dev.py / forms_heldout.py. This module makes valid values
(Luhn, SSA rules, CURP and RFC check characters, DNI/NIE control letters), says numbers and
letters in Spanish, and assembles turns with exact character offsets.

The item format is the one of benchmarks/corpus (see its README): this module mirrors its
`build`, `scene` and `finalize` and adds the locale, the language mix and the `language` tag.
"""

import calendar
import re
import unicodedata
from collections import namedtuple

PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY"]
# fmt: off
HIPAA = ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN",
         "MX_CURP", "MX_RFC", "ES_NIF", "ES_NIE"]
# fmt: on
ENTITIES = PCI + HIPAA
# Which identifying entities a caller of each locale can give (the PCI ones go everywhere).
LOCALE_ENTITIES = {
    "US": ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN"],
    "MX": ["PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "MX_CURP",
           "MX_RFC"],
    "ES": ["PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "ES_NIF", "ES_NIE"],
}  # fmt: skip
LANGUAGE_TAGS = ("es", "es-US", "es-MX")

# A family: name, channels ("v" voice, "t" typed chat/e-mail), fn(r, channel, locale) returning
# (text, canonical) or (text, canonical, pre, post) with unlabeled pre/post text, and opts:
# nouns=[...] (overrides the split's nouns), cs_nouns / en_nouns (Spanglish / English nouns),
# ctx="intro"|"address" (forces a context), loc="US MX" (locales it belongs to).
Family = namedtuple("Family", "name chans fn opts")


def fam(name, chans, fn, **opts):
    return Family(name, chans, fn, opts)


def fits(f, channel, loc):
    """Whether family `f` can render a value in this channel and locale."""
    cv = "v" if channel == "voice" else "t"
    return cv in f.chans and (not f.opts.get("loc") or loc in f.opts["loc"].split())


# ---------------------------------------------------------------- text helpers
def fold(s):
    """Accents off ('Núñez' -> 'Nunez', 'ñ' -> 'n'); one character in, one character out."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """The canonical value: lower-case ASCII letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", fold(s).lower())


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return [c for c in out if c] + ([s[i:]] if i < len(s) else [])


def card_groups(n):
    return chunks(n, [4, 6, 5] if len(n) == 15 else [4, 4, 4, 4])


# ---------------------------------------------------------------- saying numbers in Spanish
UNIDADES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
DIECES = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()
# fmt: off
VEINTES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
           "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
DECENAS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"]
CENTENAS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
            "seiscientos", "setecientos", "ochocientos", "novecientos"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
# fmt: on


def apocope(w):
    """'uno' before a noun or 'mil': 'veintiuno' -> 'veintiún', 'y uno' -> 'y un'."""
    if w.endswith("veintiuno"):
        return w[:-9] + "veintiún"
    return w[:-3] + "un" if w.endswith("uno") else w


def palabras(n):
    """0 <= n < 1,000,000 in words: 1975 -> 'mil novecientos setenta y cinco'."""
    if n < 10:
        return UNIDADES[n]
    if n < 20:
        return DIECES[n - 10]
    if n < 30:
        return VEINTES[n - 20]
    if n < 100:
        return DECENAS[n // 10] + ("" if n % 10 == 0 else " y " + UNIDADES[n % 10])
    if n == 100:
        return "cien"
    if n < 1000:
        return CENTENAS[n // 100] + ("" if n % 100 == 0 else " " + palabras(n % 100))
    k, rest = divmod(n, 1000)
    head = "mil" if k == 1 else apocope(palabras(k)) + " mil"
    return head + ("" if rest == 0 else " " + palabras(rest))


def say_digits(s, zero="cero"):
    """'4107' -> 'cuatro uno cero siete' (digit by digit)."""
    return " ".join(zero if c == "0" else UNIDADES[int(c)] for c in s if c.isdigit())


def day_words(d, first="primero"):
    return first if d == 1 else palabras(d)


# ---------------------------------------------------------------- saying letters in Spanish
# The names every Spanish speaker uses; the splits add their own variants.
LETRAS = {
    "A": "a", "B": "be", "C": "ce", "D": "de", "E": "e", "F": "efe", "G": "ge", "H": "hache",
    "I": "i", "J": "jota", "K": "ka", "L": "ele", "M": "eme", "N": "ene", "Ñ": "eñe", "O": "o",
    "P": "pe", "Q": "cu", "R": "erre", "S": "ese", "T": "te", "U": "u", "V": "uve",
    "W": "doble ve", "X": "equis", "Y": "ye", "Z": "zeta",
}  # fmt: skip


def spell(s, names=None, r=None, zero="cero"):
    """'X12' -> ['equis', 'uno', 'dos']: one word group per character; names[c] may be a list."""
    out = []
    for c in s.upper():
        if c.isdigit():
            out.append(zero if c == "0" else UNIDADES[int(c)])
        else:
            n = (names or {}).get(c) or LETRAS[c]
            out.append(r.choice(n) if isinstance(n, list) else n)
    return out


# ---------------------------------------------------------------- valid values
def rdigits(r, n, lead=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    return (str(r.randint(1, 9)) + s[1:]) if lead and s else s


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(body):
    return next(str(d) for d in range(10) if luhn_ok(body + str(d)))


BRANDS = {
    "visa": (["4"], 16),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
}
CARD_MIX = ["visa", "visa", "visa", "mastercard", "mastercard", "mastercard", "amex", "discover"]


def card(r, brand=None, body=None):
    """A Luhn-valid card number with a real brand prefix (or the check digit of `body`)."""
    if body is None:
        pre, n = BRANDS[brand or r.choice(CARD_MIX)]
        p = r.choice(pre)
        body = p + rdigits(r, n - 1 - len(p))
    return body + luhn_digit(body)


def card_ok(s):
    brand = any(s.startswith(p) and len(s) == n for p_, n in BRANDS.values() for p in p_)
    return s.isdigit() and luhn_ok(s) and brand


def not_luhn(r, brand=None):
    """16 digits with a card prefix that fail the Luhn check."""
    n = card(r, brand or r.choice(["visa", "mastercard"]))
    return n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)


def ssn(r):
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def ssn_ok(s):
    bad = s[:3] in ("000", "666") or s[0] == "9" or s[3:5] == "00" or s[5:] == "0000"
    return len(s) == 9 and s.isdigit() and not bad


US_AREAS = ["713", "832", "281", "213", "323", "818", "305", "786", "210", "915", "602", "773",
            "312", "214", "469", "505", "720", "407"]  # fmt: skip
MX_LADAS = ["55", "33", "81", "222", "442", "998", "664", "999", "477", "614", "871", "443"]


def phone_us(r):
    ex = str(r.randint(2, 9)) + rdigits(r, 2)
    ex = ex if ex[1:] != "11" else ex[0] + "20"
    return r.choice(US_AREAS) + ex + rdigits(r, 4)


def phone_mx(r):
    """(10 digits, length of the lada): Mexico City, Guadalajara and Monterrey have 2."""
    lada = r.choice(MX_LADAS)
    return lada + str(r.randint(1, 9)) + rdigits(r, 9 - len(lada)), len(lada)


def mx_groups(p, k):
    return chunks(p, [2, 4, 4] if k == 2 else [3, 3, 4])


# Spanish DNI / NIE
NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif(r):
    n = rdigits(r, 8, lead=r.random() < 0.9)
    return n + NIF_LETTERS[int(n) % 23]


def nie(r):
    p = r.choice("XXYZ")
    n = rdigits(r, 7)
    return p + n + NIF_LETTERS[int(str("XYZ".index(p)) + n) % 23]


def nif_ok(s):
    s = s.upper()
    if len(s) != 9 or not s[-1].isalpha():
        return False
    body = s[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and NIF_LETTERS[int(body) % 23] == s[-1]


# Mexican CURP / RFC
CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
# fmt: off
MX_STATES = ["AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC",
             "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS",
             "TL", "VZ", "YN", "ZS", "NE"]
# Four-letter starts that RENAPO and the SAT never issue (the second letter becomes an X).
BAD_WORDS = {"BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO",
             "COGE", "COJA", "COJE", "COJI", "COJO", "CULO", "FETO", "GUEY", "JOTO", "KACA",
             "KACO", "KAGA", "KAGO", "KAKA", "KOGE", "KOJO", "KULO", "MAME", "MAMO", "MEAR",
             "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO", "QULO",
             "RATA", "RUIN"}
PARTICLES = {"DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "MAC", "VON", "VAN", "DA", "DAS", "DI"}
# fmt: on


def curp_digit(s17):
    total = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - total % 10) % 10)


def rfc_digit(body):
    """The SAT check character of an RFC body (12 characters for a person, 11 for a company)."""
    total = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(body.rjust(12)))
    rem = total % 11
    return "0" if rem == 0 else "A" if rem == 1 else str(11 - rem)


def curp_ok(s):
    s = s.upper()
    shape = r"[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d"
    return bool(re.fullmatch(shape, s)) and s[11:13] in MX_STATES and curp_digit(s[:17]) == s[17]


def rfc_ok(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z&]{4}\d{6}[0-9A-Z]{3}", s)) and rfc_digit(s[:12]) == s[12]


def _up(w):
    return fold(w.upper().replace("Ñ", "X"))


def _words(name):
    ws = [_up(w) for w in name.replace("-", " ").split()]
    return [w for w in ws if w not in PARTICLES] or ws


def _mx_stem(p):
    """The four letters and the three inner consonants shared by a person's CURP and RFC."""
    given = _words(p["first"])
    if len(given) > 1 and given[0] in ("JOSE", "MARIA", "MA", "J"):
        given = given[1:]
    g, l1 = given[0], _words(p["last1"])[0]
    l2 = _words(p["last2"])[0] if p.get("last2") else "X"
    vowel = next((c for c in l1[1:] if c in "AEIOU"), "X")
    four = l1[0] + vowel + l2[0] + g[0]
    if four in BAD_WORDS:
        four = four[0] + "X" + four[2:]

    def inner(w):
        return next((c for c in w[1:] if c not in "AEIOU"), "X")

    return four, inner(l1) + inner(l2) + inner(g)


def curp(r, p):
    """A person's CURP from their names and birth date (p from `person` plus y, m, d)."""
    four, cons = _mx_stem(p)
    body = four + f"{p['y'] % 100:02d}{p['m']:02d}{p['d']:02d}"
    body += ("M" if p["female"] else "H") + r.choice(MX_STATES[:-1]) + cons
    body += str(r.randrange(10)) if p["y"] < 2000 else r.choice("ABCDEFGHIJ")
    return body + curp_digit(body)


def rfc(r, p):
    """A person's 13-character RFC with homoclave and check character."""
    four, _ = _mx_stem(p)
    body = four + f"{p['y'] % 100:02d}{p['m']:02d}{p['d']:02d}"
    body += "".join(r.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
    return body + rfc_digit(body)


# ---------------------------------------------------------------- people, places, mail
# fmt: off
NOMBRES_F = ["María", "Ana", "Guadalupe", "Lucía", "Sofía", "Carmen", "Rosa", "Verónica",
             "Adriana", "Patricia", "Mónica", "Itzel", "Ximena", "Beatriz", "Elena", "Inés",
             "Raquel", "Leticia", "Yolanda", "Begoña", "Daniela", "Fernanda"]
NOMBRES_M = ["José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Alejandro", "Raúl",
             "Fernando", "Andrés", "Óscar", "Héctor", "Rubén", "Iván", "Sergio", "Jorge", "Ramón",
             "Tomás", "Íñigo", "Joaquín", "Ricardo", "Eduardo"]
COMPUESTOS_F = ["María José", "Ana María", "María Fernanda", "María Guadalupe", "Luz María",
                "Rosa Elena"]
COMPUESTOS_M = ["José Luis", "Juan Carlos", "Luis Miguel", "José Antonio", "Juan Pablo",
                "Miguel Ángel"]
APELLIDOS = ["García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez",
             "Sánchez", "Ramírez", "Flores", "Gómez", "Díaz", "Morales", "Jiménez", "Ruiz",
             "Álvarez", "Castillo", "Ortiz", "Núñez", "Vázquez", "Chávez", "Domínguez",
             "Gutiérrez", "Muñoz", "Peña", "Ibáñez", "Castañeda", "Ordóñez", "Márquez", "Mendoza",
             "Aguilar", "Cortés", "Beltrán", "Zúñiga", "Salazar", "Quintero", "Espinoza",
             "Villanueva", "Navarro", "Cabrera"]
AGENTES = ["Karla", "Rodrigo", "Daniela", "Arturo", "Paola", "Ernesto", "Mariana", "Gerardo",
           "Lorena", "Víctor", "Alma", "Hugo"]
# fmt: on


def person(r, compound=False):
    female = r.random() < 0.5
    if compound and r.random() < 0.6:
        first = r.choice(COMPUESTOS_F if female else COMPUESTOS_M)
    else:
        first = r.choice(NOMBRES_F if female else NOMBRES_M)
    last1, last2 = r.sample(APELLIDOS, 2)
    return dict(first=first, female=female, last1=last1, last2=last2)


def day(r, y0, y1):
    y, m = r.randint(y0, y1), r.randint(1, 12)
    return y, m, r.randint(1, calendar.monthrange(y, m)[1])


def iso(y, m, d):
    return f"{y:04d}{m:02d}{d:02d}"


def born(r, y0=1940, y1=2006):
    """A person with a birth date (for the CURP and RFC)."""
    p = person(r)
    p["y"], p["m"], p["d"] = day(r, y0, y1)
    return p


# fmt: off
# (city, state as said, state abbreviation, first three ZIP digits)
CIUDADES_US = [("Houston", "Texas", "TX", "770"), ("San Antonio", "Texas", "TX", "782"),
               ("El Paso", "Texas", "TX", "799"), ("Dallas", "Texas", "TX", "752"),
               ("Los Ángeles", "California", "CA", "900"), ("Fresno", "California", "CA", "937"),
               ("Miami", "Florida", "FL", "331"), ("Orlando", "Florida", "FL", "328"),
               ("Phoenix", "Arizona", "AZ", "850"), ("Chicago", "Illinois", "IL", "606"),
               ("Albuquerque", "Nuevo México", "NM", "871"), ("Denver", "Colorado", "CO", "802")]
CALLES_US = ["Main", "Westheimer", "Bellaire", "Harwin", "Jefferson", "Mission", "Oak", "Maple",
             "Cedar", "Pine", "Elm", "Park", "Lake", "Sunset", "Central", "Lincoln"]
# (English suffix, abbreviation, Spanish word a caller may use instead)
SUFIJOS_US = [("Street", "St", "calle"), ("Avenue", "Ave", "avenida"),
              ("Boulevard", "Blvd", "bulevar"), ("Drive", "Dr", ""), ("Road", "Rd", ""),
              ("Lane", "Ln", "")]
CALLES_MX = [("Avenida", "Insurgentes Sur"), ("Calle", "Hidalgo"), ("Avenida", "Revolución"),
             ("Calle", "Morelos"), ("Calzada", "de Tlalpan"), ("Calle", "Durango"),
             ("Avenida", "Universidad"), ("Calle", "Madero"), ("Avenida", "Chapultepec"),
             ("Calle", "Zaragoza"), ("Avenida", "Vallarta"), ("Calle", "Allende"),
             ("Avenida", "Constitución"), ("Calle", "Guerrero")]
# (colonia, kind of municipality, municipality, first three CP digits, state, abbreviation)
COLONIAS = [("Crédito Constructor", "alcaldía", "Benito Juárez", "039", "Ciudad de México",
             "CDMX"),
            ("Narvarte Poniente", "alcaldía", "Benito Juárez", "030", "Ciudad de México", "CDMX"),
            ("Roma Norte", "alcaldía", "Cuauhtémoc", "067", "Ciudad de México", "CDMX"),
            ("Copilco Universidad", "alcaldía", "Coyoacán", "043", "Ciudad de México", "CDMX"),
            ("Providencia", "municipio", "Guadalajara", "446", "Jalisco", "Jal."),
            ("Americana", "municipio", "Guadalajara", "441", "Jalisco", "Jal."),
            ("Obispado", "municipio", "Monterrey", "640", "Nuevo León", "N.L."),
            ("Cumbres", "municipio", "Monterrey", "643", "Nuevo León", "N.L."),
            ("La Paz", "municipio", "Puebla", "721", "Puebla", "Pue."),
            ("Jardines de la Hacienda", "municipio", "Querétaro", "761", "Querétaro", "Qro.")]
# fmt: on


def address_us(r):
    city, state, st, z = r.choice(CIUDADES_US)
    suf, abbr, es = r.choice(SUFIJOS_US)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 9899), r.randint(10000, 19999)]))
    return dict(num=num, street=r.choice(CALLES_US), suf=suf, abbr=abbr, es=es, city=city,
                state=state, st=st, zip=z + rdigits(r, 2), unit=str(r.choice(
                    [r.randint(2, 9), r.randint(10, 40), r.randint(101, 450)])))  # fmt: skip


def address_mx(r):
    kind, street = r.choice(CALLES_MX)
    col, mkind, mun, cp, state, st = r.choice(COLONIAS)
    num = str(r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 3999)]))
    return dict(kind=kind, street=street, num=num, col=col, mkind=mkind, mun=mun,
                cp=cp + rdigits(r, 2), state=state, st=st, unit=str(r.randint(1, 12)))  # fmt: skip


def canon_us(a, unit=False, city=True):
    """An address's canonical parts: number, street name, unit, city, ZIP (suffix and state,
    which callers say in either language, are left out)."""
    return " ".join([a["num"], a["street"], *([a["unit"]] if unit else []),
                     *([a["city"]] if city else []), a["zip"]])  # fmt: skip


def canon_mx(a, unit=False):
    return " ".join([a["street"], a["num"], *([a["unit"]] if unit else []), a["col"], a["mun"],
                     a["cp"]])  # fmt: skip


DOMINIOS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "hotmail.es",
            "live.com.mx", "icloud.com", "prodigy.net.mx", "yahoo.es"]  # fmt: skip


def email_of(r, p, pattern):
    f = norm(p["first"].split()[0])
    n = norm(p["last1"].split()[0])
    tail = str(r.randint(60, 99)) if r.random() < 0.7 else str(r.randint(1, 9)) + rdigits(r, 1)
    user = {"f.l": f"{f}.{n}", "fl": f + n, "il": f[0] + n, "l.f": f"{n}.{f}", "f-l": f"{f}-{n}",
            "fl99": f + n + tail, "f_l": f"{f}_{n}", "f_l99": f"{f}_{n}{tail}",
            "i.l99": f"{f[0]}.{n}{tail}"}[pattern]  # fmt: skip
    return user + "@" + r.choice(DOMINIOS)


def say_domain(dom):
    return dom.replace(".", " punto ")


# ---------------------------------------------------------------- phrasing and noise
def grammar(noun):
    """Placeholders that agree with a Spanish noun phrase given with its article."""
    art, _, rest = noun.partition(" ")
    pl = art in ("los", "las")
    g = dict(noun=rest, el=art, su="sus" if pl else "su", mi="mis" if pl else "mi",
             es="son" if pl else "es", cual="cuáles" if pl else "cuál",
             lo={"el": "lo", "la": "la", "los": "los", "las": "las"}[art])  # fmt: skip
    g.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(g.items())})
    return g


def fill(tmpl, v, lab, **kw):
    """Template -> segments [(text, label|None)]; v is a value string or a list of segments."""
    for k, x in kw.items():
        tmpl = tmpl.replace("{" + k + "}", x)
    if "{v}" not in tmpl:
        return [(tmpl, None)]
    a, b = tmpl.split("{v}", 1)
    return [(a, None), *v, (b, None)] if isinstance(v, list) else [(a, None), (v, lab), (b, None)]


def _numword(w):
    w = fold(w.strip(",")).lower()
    return w in {fold(x) for x in [*UNIDADES, *DIECES, *VEINTES, *DECENAS[3:], *CENTENAS[1:]]} or (
        w in ("y", "mil", "cien")
    )


def add_filler(r, t, fillers, keep=(), glue=()):
    """Insert a filler between two words, never inside a number said in words ('mil
    doscientos, eh, treinta' would read as two numbers), inside a phrase of `keep`, or after a
    word of `glue` (one that modifies the next)."""
    w = t.split(" ")
    pairs = {tuple(p.split(" ")[i : i + 2]) for p in keep for i in range(len(p.split(" ")) - 1)}
    ok = [
        k
        for k in range(1, len(w))
        if (w[k - 1].strip(","), w[k].strip(",")) not in pairs
        and "de" not in (w[k - 1], w[k])
        and w[k - 1] not in glue
        and (
            w[k - 1].endswith(",")
            or not (_numword(w[k - 1]) and _numword(w[k]))
            or (w[k - 1].strip(",") in UNIDADES and w[k] in UNIDADES)
        )
    ]
    if len(w) < 3 or not ok:
        return t
    k = r.choice(ok)
    return " ".join([*w[:k], r.choice(fillers), *w[k:]])


def self_correct(r, t, corrections):
    """'cuatro uno ...' -> 'cuatro dos, perdón, cuatro uno ...' (a wrong digit, then the value)."""
    w = t.split(" ")
    idx = [i for i, x in enumerate(w[:4]) if x.strip(",") in UNIDADES]
    if not idx:
        return t
    i = r.choice(idx)
    wrong = r.choice([d for d in UNIDADES[1:] if d != w[i].strip(",")])
    return " ".join([*w[:i], wrong]) + ", " + r.choice(corrections) + ", " + t


def _units(x):
    """How many digits or letters a piece of a value carries."""
    return sum(c.isdigit() for c in x) + sum(
        y.strip(",").lower() in UNIDADES or _numword(y) or fold(y.strip(",")).lower() in LETTERS_F
        for y in x.split()
    )


LETTERS_F = {fold(v) for v in LETRAS.values()}


def split_pieces(r, t, edges):
    """Cut a value into 2-4 pieces at commas (else at spaces), each with two or more digits or
    letters; None when that cannot be done. Fillers and connectors (`edges`) at a cut are left
    out of the pieces."""
    w = t.split(" ")
    cuts = [i for i in range(1, len(w)) if w[i - 1].endswith(",")] or list(range(1, len(w)))
    if not cuts:
        return None
    k = min(r.choice([1, 1, 2, 3]), len(cuts))
    at = sorted(r.sample(cuts, k))
    drop = sorted((e.split(" ") for e in edges), key=len, reverse=True)
    pieces = []
    for a, b in zip([0, *at], [*at, len(w)], strict=True):
        ws, changed = w[a:b], True
        while changed and ws:
            changed = False
            for e in drop:
                if [x.strip(",") for x in ws[-len(e) :]] == e and len(ws) > len(e):
                    ws, changed = ws[: -len(e)], True
                elif [x.strip(",") for x in ws[: len(e)]] == e and len(ws) > len(e):
                    ws, changed = ws[len(e) :], True
        pieces.append(" ".join(ws).strip(" ,-./"))
    return pieces if all(_units(p) >= 2 for p in pieces) else None


SPLITTABLE = {"CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "MX_CURP", "MX_RFC", "ES_NIF", "ES_NIE"}
NO_READBACK_ONLY = {"CREDIT_CARD", "CARD_CVV"}


def scene(r, F, ent, f, out, mode, noise, pos, org, channel, mix):
    """Put one rendered value `out` in one context; returns a list of (speaker, segments)."""
    text, canon = out[0], out[1]
    pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
    noisy = text
    if noise == "fillers":
        keep = [*F.SKIP, *LETRAS.values(), *(n for ns in F.LETTER_NAMES.values() for n in ns)]
        noisy = add_filler(r, text, F.FILL, keep, getattr(F, "GLUE", ()))
    elif noise == "selfcorrect" and mode != "split":
        noisy = self_correct(r, text, F.CORRECTIONS)
    applied, text, clean = (noise if noisy != text else "none"), noisy, text
    pieces = split_pieces(r, text, [*F.FILL, *F.SKIP]) if mode == "split" else None
    if mode == "split" and not pieces:
        mode = "ask"
    lab = dict(entity=ent, category=f.name, value=norm(canon), context=mode, noise=applied,
               position=pos)  # fmt: skip

    def val(t, first=True, last=True, lab=lab):
        return [(pre if first else "", None), (t, lab), (post if last else "", None)]

    A, U = "agent", "customer"
    nouns = f.opts.get("nouns") or F.NOUNS[ent]
    cs = f.opts.get("cs_nouns") or F.NOUNS_CS.get(ent)
    if mix == "intra" and cs and r.random() < 0.8:
        nouns = cs
    kw_es = grammar(r.choice(nouns))
    kw_en = {"noun": r.choice(f.opts.get("en_nouns") or F.NOUNS_EN.get(ent) or ["details"])}
    lead = (r.choice(F.FILL) + ", ") if applied == "fillers" and r.random() < 0.5 else ""

    def c(k, who=U):
        """A phrasing and its placeholders: the agent speaks English in a switched call."""
        if who == A and mix == "switch" and k in F.T_EN:
            return r.choice(F.T_EN[k]), kw_en
        t = r.choice(F.T_ENT.get(ent, {}).get(k) or F.T[k])
        if lead and who == U and k in ("answer", "volunteer", "noq_cust"):
            t = lead + ("{" + t[1].lower() + t[2:] if t.startswith("{") else t[0].lower() + t[1:])
        return t, kw_es

    def line(k, who=U):
        t, kw = c(k, who)
        return (who, fill(t, None, None, **kw))

    def say(k, t, who=U, **extra):
        tmpl, kw = c(k, who)
        return (who, fill(tmpl, val(t), lab, **kw, **extra))

    if mode == "signature":
        return [(U, val(text))]
    if mode == "email":
        return [say("email", text)]
    if mode == "form":
        return [say("form", text, Label=r.choice(f.opts.get("labels") or F.LABELS[ent]))]
    if mode == "intro":
        return [say("intro", text, A, org=org)]
    if mode == "address":
        return [say("address", text, A), line("thanks")]
    if mode == "readback_only":
        return [say("readback_only", text, A), line("confirm")]
    ask = line("ask", A)
    if mode == "ask":
        return [ask, say("answer", text)]
    if mode == "volunteer":
        return [say("volunteer", text), line("ack", A)]
    if mode == "noq":
        return [line("noq_agent", A), say("noq_cust", text)]
    if mode == "readback":  # the agent reads back the clean value
        tmpl, kw = c("readback", A)
        back = (A, fill(tmpl, val(clean, lab=dict(lab, noise="none")), None, **kw))
        return [ask, say("answer", text), back, line("confirm")]
    if mode == "split":
        turns = [ask]
        for i, p in enumerate(pieces):
            k = "split_a" if i == 0 else "split_b" if i == len(pieces) - 1 else "split_mid"
            if i:
                turns.append(line("split_ack", A))
            tmpl, kw = c(k)
            turns.append((U, fill(tmpl, val(p, i == 0, i == len(pieces) - 1), lab, **kw)))
        return turns
    raise ValueError(mode)


def decoy_turns(r, neg, channel, loc):
    return [(spk, fill(tmpl, v, {"decoy": neg.name}) if v is not None else [(tmpl, None)])
            for spk, tmpl, v in neg.fn(r, channel, loc)]  # fmt: skip


def from_family(families, entity, tmpl, speaker="customer"):
    """A negative said in one of the split's own forms of `entity` (not a finding under pci)."""

    def fn(r, ch, loc):
        fs = [f for f in families[entity] if fits(f, ch, loc) and not f.opts.get("ctx")]
        return [(speaker, tmpl, r.choice(fs).fn(r, ch, loc)[0])]

    return fn


def pick_mode(r, F, ent, f, channel, mix, n_words):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    if channel == "email":
        return r.choice(["email", "email", "form"]) if "form" in F.MODES else "email"
    bad = {"form"} if channel == "voice" else set()
    if n_words < 2 or ent not in SPLITTABLE:
        bad.add("split")
    if ent in NO_READBACK_ONLY:
        bad.add("readback_only")
    if mix == "switch":
        bad |= {"readback", "readback_only"}
    return r.choice([m for m in F.MODES if m not in bad])


# ---------------------------------------------------------------- assembly
PUNCT = re.compile(r"[,.?!;:](?=\s|$)|[¿¡]")
# fmt: off
ORG = {"banking": ["Banco Solidario", "Caja Popular Horizonte", "Servicios de Tarjeta Alianza"],
       "retail": ["Tiendas La Esquina", "Electrodomésticos Brillo", "Mueblería El Roble"],
       "health": ["Salud Integral Plus", "Red Médica Horizonte", "Seguros Médicos Confianza"],
       "services": ["Telefonía Conecta", "Energía Norte", "Aseguradora Amparo"]}
REASON = {
    "banking": ["Hola, buenas tardes, quiero hacer un pago a mi tarjeta de crédito.",
                "Hola, quería dar de alta un pago automático.",
                "Buenos días, tengo un cargo en mi tarjeta que no reconozco.",
                "Hola, quiero pagar mi saldo."],
    "retail": ["Hola, quiero pagar un pedido que hice.",
               "Hola, me rechazaron el pago en la página.",
               "Buenas, quiero cambiar la tarjeta de mi suscripción."],
    "health": ["Hola, tengo una duda sobre una factura que me llegó.",
               "Buenos días, no puedo entrar al portal de pacientes.",
               "Hola, quiero saber si ya pasó mi reclamación.",
               "Hola, tengo una pregunta sobre la cobertura de un procedimiento."],
    "services": ["Hola, quiero contratar el servicio de luz.",
                 "Buenas tardes, quiero dar de alta una línea nueva.",
                 "Hola, necesito actualizar los datos de mi contrato.",
                 "Hola, quiero abrir una cuenta con ustedes."]}
EMAIL_REASON = {
    "banking": ["Les escribo para hacer un pago a mi tarjeta.",
                "Quisiera programar el pago automático de mi cuenta.",
                "Les escribo por un cargo que no reconozco."],
    "retail": ["Les escribo para pagar mi pedido reciente.",
               "Me rechazaron el pago en la página, así que se los envío por aquí."],
    "health": ["Les escribo por una factura que recibí.",
               "No puedo entrar al portal de pacientes.",
               "Quisiera saber si ya procesaron mi reclamación."],
    "services": ["Les escribo para contratar el servicio.",
                 "Necesito actualizar los datos de mi contrato."]}
FILLER = {
    "banking": [("Permítame un momento mientras reviso su cuenta.", "Sí, claro."),
                ("Gracias por esperar, el sistema está un poco lento hoy.", "No se preocupe."),
                ("¿El pago sería por el saldo total o por el mínimo?",
                 "Por el saldo total, por favor."),
                ("Le estoy dejando una nota en la cuenta.", "Está bien."),
                ("¿Me escucha bien?", "Sí, le escucho perfectamente."),
                ("Ya veo los movimientos recientes.", "Qué bueno, porque me tenía preocupada."),
                ("¿Desea que le enviemos la confirmación por mensaje de texto?",
                 "No, así está bien."),
                ("Muy bien, voy a procesar el pago en este momento.", "Perfecto, muchas gracias.")],
    "retail": [("Permítame buscar su pedido.", "Gracias."),
               ("Veo que el pedido ya está registrado.", "Sí, ese es."),
               ("Parece que el primer intento de pago no pasó.",
                "Sí, me llegó un correo avisándome."),
               ("¿Desea mantener el mismo tipo de envío?", "Sí, el estándar está bien."),
               ("Un momento mientras abro la pantalla de pagos.", "Claro."),
               ("Disculpe las molestias con la página.", "No pasa nada."),
               ("¿Le gustaría agregar la garantía extendida?", "No, gracias.")],
    "health": [("Permítame revisar sus beneficios.", "Está bien, gracias."),
               ("¿Ha cambiado algo en su cobertura?", "No, es el mismo plan."),
               ("Le voy a poner en espera mientras consulto con el área de reclamaciones.",
                "Está bien."),
               ("Gracias por su paciencia.", "No hay problema."),
               ("La reclamación sigue en proceso, normalmente tarda un poco.",
                "Ah, está bien, entiendo."),
               ("Entiendo lo frustrante que puede ser todo esto de la facturación.",
                "Sí, ha sido mucho."),
               ("¿El médico está dentro de su red?", "Creo que sí.")],
    "services": [("Permítame verificar la información de su contrato.", "Sí, claro, espero."),
                 ("Para el alta del servicio necesito validar algunos datos.", "Sí, claro."),
                 ("¿El servicio sería para su casa?", "Sí, para mi casa."),
                 ("Le comento que el contrato se envía por correo electrónico.", "Perfecto."),
                 ("Un segundo, el sistema está cargando.", "No se preocupe."),
                 ("¿Desea agregar el servicio de internet también?", "Por ahora no, gracias.")]}
# An English-speaking agent, a Spanish-speaking customer (code-switched calls).
FILLER_EN = [("Let me pull that up for you.", "Sí, claro."), ("Thanks for holding.", "Está bien."),
             ("One moment, please, the system is slow.", "No se preocupe."),
             ("I'm adding a note to the account.", "Okey."),
             ("Can you still hear me okay?", "Sí, sí le escucho."),
             ("Alright, I'm processing that now.", "Perfecto, gracias.")]
CLOSE = [("¿Hay algo más en lo que le pueda ayudar?", "No, eso es todo, muchas gracias."),
         ("Listo, quedó todo registrado.", "Perfecto, muy amable.")]
CLOSE_EN = [("Is there anything else I can help you with today?", "No, eso es todo, thank you."),
            ("You're all set.", "Okey, muchas gracias.")]
# fmt: on


def finalize(turns, style, channel):
    """Join segments into turns with exact offsets. asr_lower (voice) lower-cases every turn and
    drops its punctuation, asr_noaccents also drops accents; casual_lower (chat) lower-cases the
    customer's messages."""
    out, spans, decoys, clock = [], [], [], 0.0
    for k, (spk, segs) in enumerate(turns):
        text = ""
        for s, lab in segs:
            if not s:
                continue
            if style in ("asr_lower", "asr_noaccents"):
                s = PUNCT.sub("", s.lower())
                s = fold(s) if style == "asr_noaccents" else s
            elif style == "casual_lower" and spk == "customer":
                s = s.lower().rstrip(".").replace("¿", "").replace("¡", "")
            if lab:
                st, en = len(text) + len(s) - len(s.lstrip()), len(text) + len(s.rstrip())
                rec = {"turn": k, "start": st, "end": en}
                if "decoy" in lab:
                    decoys.append(dict(rec, category=lab["decoy"]))
                else:
                    spans.append(dict(rec, **lab))
            text += s
        turn = {"speaker": spk, "text": text}
        if channel == "voice":
            dur = round(0.4 + 0.34 * len(text.split()), 2)
            turn.update(start_s=round(clock, 2), end_s=round(clock + dur, 2))
            clock += dur + 0.35
        out.append(turn)
    return out, spans, decoys


def _email(r, domain, preset, org, blocks, intro):
    """One customer e-mail (greeting, reason, the scenes, signature) and maybe an agent reply
    (which carries the agent-side values and decoys)."""
    hello = r.choice(["Hola:\n\n", "Buenos días,\n\n", "Buenas tardes:\n\n"])
    body = [(hello, None), (r.choice(EMAIL_REASON[domain]) + "\n\n", None)]
    reply = []
    for _, _, turns in blocks:
        for spk, segs in turns:
            if spk == "customer":
                body += [*segs, ("\n", None)]
            elif any(lab for _, lab in segs):
                reply += [*segs, ("\n", None)]
    body.append(("\n\nQuedo atento a su respuesta.\n\n", None))
    if intro:
        body += [(r.choice(["Saludos,\n", "Atentamente,\n", "Gracias,\n"]), None), *intro[1][0][1]]
    elif preset == "pci":
        p = person(r)
        body.append((f"Gracias,\n{p['first']} {p['last1']}", None))
    else:
        body.append((r.choice(["Muchas gracias.", "Enviado desde mi celular"]), None))
    turns = [("customer", body)]
    if reply or r.random() < 0.6:
        head = f"Estimado cliente:\n\nGracias por escribir a {org}. Recibimos su mensaje y "
        head += "actualizamos su información.\n"
        turns.append(
            ("agent", [(head, None), *reply, ("\nAtentamente,\nAtención a Clientes", None)])
        )
    return turns


def _dialog(r, domain, preset, org, channel, mix, blocks, intro, nfill):
    """A call or chat: opening, reason, filler exchanges with the scenes slotted in, closing."""
    if intro:
        turns = list(intro[1])
    else:
        name = ""
        if preset == "pci" and r.random() < 0.5:
            name = r.choice(AGENTES)
            name = f" My name is {name}." if mix == "switch" else f" Le atiende {name}."
        if mix == "switch":
            where = "calling" if channel == "voice" else "contacting"
            opening = f"Thank you for {where} {org}, this call may be recorded.{name} "
            opening += "How can I help you today?"
        elif channel == "voice":
            opening = f"Gracias por llamar a {org}, esta llamada puede ser grabada para fines de "
            opening += f"calidad.{name} ¿En qué le puedo ayudar?"
        else:
            opening = f"Hola, está chateando con {org}.{name} ¿En qué le puedo ayudar?"
        turns = [("agent", [(opening, None)])]
    turns.append(("customer", [(r.choice(REASON[domain]), None)]))
    pool = FILLER_EN if mix == "switch" else FILLER[domain]
    if channel != "voice":  # nobody asks a chat whether it can hear
        pool = [p for p in pool if "escuch" not in p[0] and "hear" not in p[0]]
    fillers = r.sample(pool, min(nfill, len(pool)))
    for i in range(nfill + 1):
        for slot, _, bt in blocks:
            if slot == i:
                turns += bt
        if i < len(fillers):
            turns += [("agent", [(fillers[i][0], None)]), ("customer", [(fillers[i][1], None)])]
    c = r.choice(CLOSE_EN if mix == "switch" else CLOSE)
    return [*turns, ("agent", [(c[0], None)]), ("customer", [(c[1], None)])]


def build(r, F, split, iid):
    """One labeled interaction from the split's forms module F, drawing everything from r."""
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
    org = r.choice(ORG[domain])
    ents, negs = [], []
    neg_ok = [n for n in F.NEGATIVES if fits(n, channel, loc)]
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
        ents += [r.choice(PCI)] if r.random() < 0.25 else []
    nfill = r.randint(2, 6)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro = [], None  # blocks: (slot, order, turns)
    for e in ents:
        fams = [f for f in F.FAMILIES[e] if fits(f, channel, loc)]
        fams = [f for f in fams if not (channel == "email" and f.opts.get("ctx"))]
        if intro:
            fams = [f for f in fams if f.opts.get("ctx") != "intro"]
        if not fams:
            continue
        f = r.choice(fams)
        out = f.fn(r, channel, loc)
        mode = pick_mode(r, F, e, f, channel, mix, len(out[0].split(" ")))
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        pos = r.choice(list(slots))
        if e == "PERSON" and channel == "email" and r.random() < 0.5:
            mode = "signature"
        if mode == "signature":
            intro = ("sig", scene(r, F, e, f, out, "signature", noise, "late", org, channel, mix))
            continue
        turns = scene(
            r, F, e, f, out, mode, noise, "early" if mode == "intro" else pos, org, channel, mix
        )
        if mode == "intro":
            intro = ("intro", turns)
        else:
            blocks.append((slots[pos](), len(blocks), turns))
    for n in negs:
        blocks.append((r.randint(0, nfill), len(blocks), decoy_turns(r, n, channel, loc)))
    blocks.sort(key=lambda b: (b[0], b[1]))
    if channel == "email":
        turns = _email(r, domain, preset, org, blocks, intro)
    else:
        turns = _dialog(r, domain, preset, org, channel, mix, blocks, intro, nfill)
    style = "clean"
    if channel == "voice":
        style = r.choices(["clean", "asr_lower", "asr_noaccents"], [3, 5, 2])[0]
    elif channel == "chat" and r.random() < 0.3:
        style = "casual_lower"
    out, spans, decoys = finalize(turns, style, channel)
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
