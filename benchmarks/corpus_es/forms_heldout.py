"""HELD-OUT surface forms and phrasings of the Spanish corpus.

DO NOT READ THIS FILE WHILE WRITING OR TUNING RECOGNISERS. It holds the forms, the wording
and the nouns on which the Spanish recognisers are measured. Reading it, or copying anything
from it into a recogniser, a test or a pattern list, makes the held-out score meaningless.
README.md gives the family names only; benchmarks/corpus_es/forms_dev.py is the material to
tune on.
"""

import calendar

from .compose import (
    BRANDS,
    LETRAS,
    MES3,
    MESES,
    UNIDADES,
    address_mx,
    address_us,
    apocope,
    born,
    canon_mx,
    canon_us,
    card,
    card_groups,
    chunks,
    curp,
    day,
    day_words,
    email_of,
    fam,
    from_family,
    iso,
    mx_groups,
    nie,
    nif,
    norm,
    not_luhn,
    palabras,
    person,
    phone_mx,
    phone_us,
    rdigits,
    rfc,
    say_digits,
    say_domain,
    spell,
    ssn,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]

# ---------------------------------------------------------------- phrasings
# fmt: off
T = {
    "ask": ["¿Sería tan amable de darme {su} {noun}?", "Necesito que me confirme {su} {noun}.",
            "¿Tiene a la mano {su} {noun}?", "Dígame {su} {noun}, por favor.",
            "Me comparte {su} {noun}, si es tan amable."],
    "answer": ["Ah, sí, mire, {v}.", "Déjeme ver... {v}.", "Tengo {v}.", "Ok, sería {v}.",
               "Ándele, {v}.", "{v}."],
    "volunteer": ["Por si lo necesita, {mi} {noun} {es} {v}.",
                  "Ya de una vez le paso {mi} {noun}: {v}.", "Apúntele, {mi} {noun} {es} {v}."],
    "ack": ["Listo, quedó registrado.", "Excelente, gracias.", "Perfecto."],
    "noq_agent": ["Le voy a pedir {su} {noun}.", "Ahora sí, {su} {noun}.",
                  "Nada más me falta {su} {noun}."],
    "noq_cust": ["Va, {v}.", "Sale, {v}.", "Pues {v}."],
    "readback": ["Nada más para confirmar, {v}, ¿sí?", "Tengo anotado {v}, ¿está correcto?",
                 "Okey, {v}, ¿verdad?"],
    "confirm": ["Eso es.", "Correcto.", "Exacto."],
    "thanks": ["Muy amable.", "A sus órdenes."],
    "split_a": ["Va, {v}", "Ok, {v}", "Son {v}"],
    "split_mid": ["{v}", "y {v}"],
    "split_ack": ["Ujum.", "Okey, siga.", "Ándale, sí.", "Sí, le sigo.", "Listo, ¿y luego?"],
    "split_b": ["Después {v}.", "Y luego {v}.", "{v}, eso es todo."],
    "email": ["Adjunto {mi} {noun}: {v}.", "Les envío {mi} {noun}, que {es} {v}.",
              "{Mi} {noun}: {v}."],
    "form": ["{Label}: {v}", "{Label} - {v}", "{Label}:  {v}"],
    "readback_only": ["En el sistema tengo {v} como {su} {noun}, ¿sigue siendo correcto?",
                      "Aquí me aparece {v}. ¿Es correcto?"],
    "address": ["Claro que sí, {v}.", "Con mucho gusto, {v}, permítame un segundo.",
                "Listo, {v}."],
}
T_ENT = {
    "PERSON": {
        "ask": ["¿Con quién tengo el gusto?", "¿Con quién hablo?",
                "¿Me repite su nombre, por favor?"],
        "answer": ["Con {v}.", "Habla {v}.", "Soy {v}.", "Le habla {v}."],
        "volunteer": ["Buenas, habla {v}.", "Soy {v}, le llamo por lo de mi cuenta."],
        "noq_agent": ["Me falta su nombre."],
        "noq_cust": ["Soy {v}."],
        "readback": ["Muy bien, {v}, ¿verdad?"],
        "readback_only": ["La cuenta está a nombre de {v}, ¿es correcto?"],
        "email": ["Soy {v} y les escribo por mi cuenta."],
    },
    "DATE_OF_BIRTH": {
        "ask": ["¿Qué día nació?", "¿Y cuándo nació usted?"],
        "answer": ["Yo nací el {v}.", "Fue el {v}.", "Ah, el {v}."],
        "volunteer": ["Por si acaso, nací el {v}.", "Nací el mero {v}."],
        "noq_cust": ["Fue el {v}."],
        "email": ["Yo nací el {v}."],
    },
    "CARD_EXPIRY": {
        "answer": ["Es válida hasta {v}.", "Hasta {v}.", "Caduca en {v}."],
        "volunteer": ["Tiene vigencia hasta {v}."],
        "noq_cust": ["Hasta {v}."],
    },
    "ADDRESS": {
        "answer": ["Estoy en {v}.", "La dirección es {v}.", "Queda en {v}."],
        "volunteer": ["Para que le llegue, estoy en {v}."],
        "noq_cust": ["Estoy en {v}."],
    },
    "CARD_CVV": {
        "ask": ["¿Y los tres numeritos de atrás?",
                "Voltee la tarjeta, por favor, ¿qué número trae atrás?",
                "¿Me dicta los dígitos del reverso?"],
        "answer": ["{v}.", "Son {v}.", "Ah, {v}."],
    },
    "PHONE_NUMBER": {
        "answer": ["Al {v}.", "Márqueme al {v}.", "Es el... {v}."],
        "volunteer": ["Por si se corta, mi número es el {v}."],
    },
    "EMAIL_ADDRESS": {"answer": ["Sería {v}.", "Mi mail es {v}.", "Anótelo: {v}."]},
}
T_EN = {
    "ask": ["And the {noun}, please?", "I'm going to need the {noun}.",
            "Could you read off the {noun} for me?"],
    "ack": ["Perfect, thanks.", "Alright."],
    "noq_agent": ["Now the {noun}."],
    "split_ack": ["Mm-hmm.", "Keep going.", "Okay, and?"],
    "address": ["Thanks so much, {v}.", "Perfect, {v}, one moment."],
}

NOUNS = {
    "CREDIT_CARD": ["los dieciséis dígitos de la tarjeta", "el número de dieciséis dígitos",
                    "la numeración de la tarjeta"],
    "CARD_CVV": ["los tres de atrás", "los tres dígitos al reverso", "el numerito de atrás"],
    "CARD_EXPIRY": ["la vigencia", "la fecha de caducidad", "el vencimiento"],
    "PERSON": ["el nombre y apellidos", "el nombre de pila y apellidos"],
    "DATE_OF_BIRTH": ["el día de nacimiento", "los datos de nacimiento"],
    "ADDRESS": ["la dirección particular", "el domicilio particular", "las señas"],
    "PHONE_NUMBER": ["el número de contacto", "el celular", "el móvil"],
    "EMAIL_ADDRESS": ["el mail", "la dirección de correo electrónico"],
    "US_SSN": ["el número del seguro social", "el número de social"],
    "MX_CURP": ["la clave única de registro de población", "la clave CURP"],
    "MX_RFC": ["el registro federal de contribuyentes", "el RFC con homoclave"],
    "ES_NIF": ["el documento de identidad", "el número del DNI"],
    "ES_NIE": ["el número de la tarjeta de residencia", "el número de extranjero"],
}
NOUNS_CS = {
    "CREDIT_CARD": ["la card", "el número de la debit card"],
    "CARD_CVV": ["el CVV code", "el code de atrás"],
    "CARD_EXPIRY": ["el expiration", "la exp date"],
    "PERSON": ["el name"],
    "DATE_OF_BIRTH": ["el birthday"],
    "ADDRESS": ["el home address"],
    "PHONE_NUMBER": ["el cell", "el número del cell"],
    "EMAIL_ADDRESS": ["el e-mail address"],
    "US_SSN": ["el SSN", "el social security"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["credit card"], "CARD_CVV": ["CVV"], "CARD_EXPIRY": ["exp date"],
    "PERSON": ["name on the account"], "DATE_OF_BIRTH": ["birthdate"],
    "ADDRESS": ["home address"], "PHONE_NUMBER": ["callback number"], "EMAIL_ADDRESS": ["email"],
    "US_SSN": ["SSN"],
}
LAST4 = ["la terminación del seguro social", "los cuatro últimos del social"]
LAST4_CS = ["los last four del SSN"]
LAST4_EN = ["last four of the SSN"]
ZIP = ["el código postal", "el CP"]
LABELS = {
    "CREDIT_CARD": ["Núm. de tarjeta", "Tarjeta", "No. Tarjeta"],
    "CARD_CVV": ["CVV", "Cód. seguridad"],
    "CARD_EXPIRY": ["Vigencia", "Vence", "Fecha de vencimiento (MM/AA)"],
    "PERSON": ["Nombre completo", "Titular", "Nombre"],
    "DATE_OF_BIRTH": ["Fecha de nacimiento", "F. nacimiento", "Nacimiento"],
    "ADDRESS": ["Domicilio", "Dirección"],
    "PHONE_NUMBER": ["Tel.", "Celular", "Teléfono"],
    "EMAIL_ADDRESS": ["Correo electrónico", "E-mail"],
    "US_SSN": ["SSN", "Seguro social"],
    "MX_CURP": ["CURP"], "MX_RFC": ["RFC"], "ES_NIF": ["DNI/NIF", "DNI"], "ES_NIE": ["NIE"],
}
LAST4_LABELS = ["SSN (últimos 4)", "Seguro social, terminación"]
ZIP_LABELS = ["C.P.", "Código postal", "ZIP"]

FILL = ["ehh", "pues", "a ver", "emm"]
CORRECTIONS = ["disculpe", "no, no", "me equivoqué", "mejor dicho", "perdone, se lo repito"]
SKIP = [*FILL, "homoclave", "con homoclave", "lada", "más", "todo junto",
        "todo en minúsculas", "y la letra"]
GLUE = ("doble", "triple")  # no filler between these and their digit
LETTER_NAMES = {"B": ["be", "be grande", "be larga"], "V": ["ve chica", "ve corta", "uve"],
                "W": ["doble u", "uve doble"], "Y": ["i griega", "ye"], "R": ["ere", "erre"],
                "I": ["i", "i latina"]}
# "ge de gato": a letter, then a word that starts with it.
AS_IN = {
    "A": ["árbol", "avión", "Argentina"], "B": ["burro", "Bogotá", "barco"],
    "C": ["casa", "Cuba", "coche"], "D": ["dedo", "Dinamarca", "dado"],
    "E": ["España", "elefante", "Ecuador"], "F": ["foca", "Francia", "fuego"],
    "G": ["gato", "Guatemala", "Granada"], "H": ["hotel", "Honduras", "hilo"],
    "I": ["Italia", "iglesia", "isla"], "J": ["Jalisco", "jamón", "jirafa"],
    "K": ["kilo", "koala"], "L": ["León", "Lima", "Lérida"], "M": ["México", "Madrid", "mamá"],
    "N": ["Nicaragua", "nube", "Navarra"], "O": ["oso", "Oaxaca", "ola"],
    "P": ["Perú", "papá", "pelota"], "Q": ["queso", "Querétaro"], "R": ["ratón", "Roma", "río"],
    "S": ["Sinaloa", "Sevilla", "sol"], "T": ["Toledo", "tomate", "Tampico"],
    "U": ["uva", "Uruguay"], "V": ["vaca", "Venezuela", "Valencia"],
    "W": ["Washington", "whisky"], "X": ["xilófono", "Xochimilco"], "Y": ["yate", "Yucatán"],
    "Z": ["Zaragoza", "zapato", "Zacatecas"],
}
# Spoken words an e-mail address is made of, and how a typed one is disguised.
EMAIL_WORDS = {"guion bajo": "_"}
TYPED_EMAIL = [(r"\s*[\(\[]\s*arroba\s*[\)\]]\s*", "@"), (r"\s+arroba\s+", "@"),
               (r"\s*[\(\[]\s*punto\s*[\)\]]\s*", ".")]
# fmt: on


def date_targets(ent, v, base):
    """The held-out dates also put the month name first and say two-digit birth years (20yy up
    to 2010, else 19yy: the corpus's births run from 1938 to 2006)."""
    out = set(base)
    if ent == "DATE_OF_BIRTH":
        y, m, d = v[:4], int(v[4:6]), int(v[6:])
        yy = int(y[2:])
        ys = (y, y[2:]) if int(y) == (2000 + yy if yy <= 10 else 1900 + yy) else (y,)
        ds, ms = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}")
        out |= {a + b + c for a in ds for b in ms for c in ys}
        out |= {f"M{m:02d}" + a + c for a in ds for c in ys}
    return out


def extra_alts(toks, i, mode, ctx):
    """Readings the dev decoder does not know: 'doble cinco', 'triple cero', 'o' for zero in a
    number, and a letter followed by 'de' and a word that starts with it."""
    out, t, n = [], toks[i], len(toks)
    digit = ctx["digit"]
    if t in ("doble", "triple") and i + 1 < n and (d := digit(toks[i + 1], mode)) is not None:
        out.append((d * (2 if t == "doble" else 3), i + 2))
    if t == "o" and mode in ("digits", "address"):
        out.append(("0", i + 1))
    if mode == "alnum":
        letters = list(ctx["letters"](i))
        if len(t) == 1 and t.isalpha():
            letters.append((t, i + 1))
        for letter, j in letters:
            if j + 1 < n and toks[j] == "de" and ctx["as_in_word"](toks[j + 1], letter):
                out.append((letter, j + 2))
    return out


# ---------------------------------------------------------------- helpers
def say_pair(p, zero="cero"):
    """A pair read as a number: '41' -> 'cuarenta y uno', '07' -> 'cero siete'."""
    if len(p) == 1:
        return zero if p == "0" else UNIDADES[int(p)]
    if p[0] == "0":
        return zero + " " + (zero if p[1] == "0" else UNIDADES[int(p[1])])
    return palabras(int(p))


def say_pairs(s, zero="cero", sep=" "):
    return sep.join(say_pair(s[i : i + 2], zero) for i in range(0, len(s), 2))


def say_leading(s, zero="cero"):
    """A group read as one number, leading zeros as digits: '0123' -> 'cero ciento veintitrés'."""
    k = len(s) - len(s.lstrip("0"))
    head = [zero] * k
    return " ".join([*head, palabras(int(s[k:]))] if k < len(s) else head)


def _runs(s, r):
    """'4111' -> 'cuatro triple uno', '0044' -> 'doble cero doble cuatro' (zero: 'o' or 'cero')."""
    zero = r.choice(["cero", "o"])
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        k, w = j - i, zero if s[i] == "0" else UNIDADES[int(s[i])]
        while k:
            take = 3 if k in (3, 5) else 2 if k >= 2 else 1
            out.append({3: "triple ", 2: "doble ", 1: ""}[take] + w)
            k -= take
        i = j
    return " ".join(out)


def _card_run(r, brand):
    """A card number with a digit said twice or three times in a row somewhere."""
    pre, n = BRANDS[brand]
    p = r.choice(pre)
    body = p + rdigits(r, n - 1 - len(p))
    k, c = r.randrange(len(p), n - 4), r.choice([2, 3])
    return card(r, body=body[:k] + body[k] * c + body[k + c :])


def _card(render, run=False):
    def fn(r, ch, loc):
        brand = r.choice(["visa", "mastercard", "discover"])
        n = _card_run(r, brand) if run else card(r, brand)
        return render(n, r), n

    return fn


def _num(gen, render):
    def fn(r, ch, loc):
        s = gen(r)
        return render(s, r), s

    return fn


def _exp(render):
    def fn(r, ch, loc):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        out = render(y, m, r)
        return (out, f"{m:02d}{y % 100:02d}") if isinstance(out, str) else (
            out[0], f"{m:02d}{y % 100:02d}", *out[1:])  # fmt: skip

    return fn


def _dob(render):
    def fn(r, ch, loc):
        y, m, d = day(r, 1938, 2006)
        return render(y, m, d, r), iso(y, m, d)

    return fn


def _cc_pairs(n, r):
    sep = r.choice([", ", " "])
    return ", ".join(say_pairs(g, sep=sep) for g in card_groups(n))


def _cc_compact(n, r):
    g = card_groups(n)
    return r.choice([n, ".".join(g), f"{n[:8]} {n[8:]}", " / ".join(g)])


def _cvv_nz(r):
    return str(r.randint(1, 9)) + rdigits(r, 2)


def _cvv_mixed(s, r):
    if s[1] != "0" and r.random() < 0.5:
        return f"{say_pair(s[:2])} {UNIDADES[int(s[2])]}"
    return f"{UNIDADES[int(s[0])]} {say_pair(s[1:])}"


def _ssn_numbers(s, r):
    a, b, c = chunks(s, [3, 2, 4])
    last = r.choice([say_pairs(c, sep=", "), say_leading(c)])
    return f"{say_leading(a)}, {say_pair(b)}, {last}"


def _house_pairs(num):
    if len(num) == 4:
        return say_pairs(num)
    if len(num) == 3:
        return f"{UNIDADES[int(num[0])]} {say_pair(num[1:])}"
    return f"{UNIDADES[int(num[0])]}, {say_pairs(num[1:], sep=', ')}"


def _zip_pairs(z):
    return ", ".join(say_pair(g) for g in chunks(z, [2, 1, 2]))


def _addr_us_unit(r, ch, loc):
    a = address_us(r)
    street = r.choice([f"de la {a['street']}", f"de {a['street']} {a['suf']}"])
    unit = r.choice(["apartamento", "departamento", "unidad", "apto"])
    t = f"{_house_pairs(a['num'])} {street}, {unit} {palabras(int(a['unit']))}, {a['city']}"
    t += r.choice([", zip ", ", ", ", el zip "]) + _zip_pairs(a["zip"])
    return t, canon_us(a, unit=True), "el ", ""


def _addr_mx_abbrev(r, ch, loc):
    a = address_mx(r)
    kind = {"Avenida": "Av.", "Calzada": "Calz.", "Calle": "Calle"}[a["kind"]]
    num = r.choice([f"#{a['num']}", f"No. {a['num']}", f"núm. {a['num']}"])
    unit = r.choice([f"Int. {a['unit']}", f"Depto. {a['unit']}", f"Int {a['unit']}"])
    t = f"{kind} {a['street']} {num} {unit}, Col. {a['col']}, {a['mun']}, {a['st']}, "
    t += r.choice(["CP ", "C.P. ", "cp "]) + a["cp"]
    return t, canon_mx(a, unit=True)


def _zip_only(r, ch, loc):
    z = address_us(r)["zip"] if loc == "US" else address_mx(r)["cp"]
    return (_zip_pairs(z) if ch == "voice" else z), z


def _phone_mx_pairs(r, ch, loc):
    p, k = phone_mx(r)
    if k == 2:
        return ", ".join(say_pair(g) for g in chunks(p, [2] * 5)), p
    rest = p[3:]
    return f"{say_leading(p[:3])}, {UNIDADES[int(rest[0])]}, {say_pairs(rest[1:], sep=', ')}", p


def _phone_mx_lada(r, ch, loc):
    p, k = phone_mx(r)
    lada, rest = p[:k], p[k:]
    if k == 2:
        pairs = say_pairs(rest, sep=", ")
    else:
        pairs = f"{UNIDADES[int(rest[0])]}, {say_pairs(rest[1:], sep=', ')}"
    digits = ", ".join(say_digits(g) for g in chunks(rest, [4, 4] if k == 2 else [3, 4]))
    body = r.choice([pairs, digits])
    lada_said = say_leading(lada)
    if r.random() < 0.35:
        return f"más cincuenta y dos, lada {lada_said}, {body}", p
    return f"{lada_said}, {body}", p, "lada ", ""


def _phone_us_numbers(r, ch, loc):
    p = phone_us(r)
    a, b, c = chunks(p, [3, 3, 4])
    return f"{say_digits(a)}, {say_leading(b)}, {say_pairs(c, sep=', ')}", p


def _phone_typed_odd(r, ch, loc):
    if loc == "MX":
        p, k = phone_mx(r)
        g = mx_groups(p, k)
        opts = [".".join(g), p]
        if k == 2:
            opts += [" ".join(chunks(p, [2] * 5)), "-".join(chunks(p, [2] * 5))]
        return r.choice(opts), p
    p = phone_us(r)
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"{a}.{b}.{c}", f"{a} {b}{c}", f"1-{a}-{b}-{c}", p]), p


def _email_spelled(r, ch, loc):
    p = person(r)
    e = email_of(r, p, r.choice(["f.l", "il", "fl"]))
    user, dom = e.split("@")
    parts = [("punto" if c == "." else " ".join(spell(c, LETTER_NAMES, r))) for c in user]
    return f"{', '.join(parts)}, arroba {say_domain(dom)}", e


def _email_guion_bajo(r, ch, loc):
    p = person(r)
    pattern = r.choice(["f_l", "f_l99", "i.l99"])
    e = email_of(r, p, pattern)
    user, dom = e.split("@")
    tail = user[len(user.rstrip("0123456789")) :]
    acc = r.random() < 0.5
    f = p["first"].split()[0]
    f, last = (f.lower(), p["last1"].lower()) if acc else (norm(f), norm(p["last1"]))
    said = {"f_l": f"{f} guion bajo {last}", "f_l99": f"{f} guion bajo {last}",
            "i.l99": f"{LETRAS[norm(f)[0].upper()]} punto {last}"}[pattern]  # fmt: skip
    if tail:
        said += " " + (palabras(int(tail)) if tail[0] != "0" else say_digits(tail))
    if r.random() < 0.4:
        said += r.choice([", todo junto,", ", todo en minúsculas,"])
    return f"{said} arroba {say_domain(dom)}", e


def _email_obfuscated(r, ch, loc):
    e = email_of(r, person(r), r.choice(["f.l", "fl", "f_l", "fl99"]))
    user, dom = e.split("@")
    name, tld = dom.split(".", 1)
    return r.choice([f"{user} (arroba) {dom}", f"{user}[arroba]{name}[punto]{tld}",
                     f"{user} arroba {dom}", f"{user} @ {dom}"]), e  # fmt: skip


def _dob_del(y, m, d, r):
    yy = say_pair(f"{y % 100:02d}")
    return r.choice([f"{day_words(d)} del {palabras(m)} del {yy}",
                     f"{day_words(d)} de {MESES[m - 1]} del {yy}",
                     f"{day_words(d)} del {palabras(m)} de {palabras(y)}"])  # fmt: skip


def _dob_month_first(y, m, d, r):
    yy = say_pair(f"{y % 100:02d}")
    return r.choice([f"{MESES[m - 1]} {palabras(d)} de {palabras(y)}",
                     f"{MESES[m - 1]} {palabras(d)} del {yy}",
                     f"{MESES[m - 1]} {palabras(d)}, {palabras(y)}"])  # fmt: skip


def _dob_dashes(y, m, d, r):
    return r.choice([f"{d}-{m}-{y % 100:02d}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d}.{m}.{y % 100:02d}"])  # fmt: skip


def _particle_name(r, ch, loc):
    p = person(r, compound=True)
    part = r.choice(["de la Cruz", "del Río", "de la Rosa", "de León", "de los Santos",
                     "de la Fuente", "de la Torre", "del Castillo"])  # fmt: skip
    if r.random() < 0.3:
        n = f"{p['first']} {p['last1']}-{p['last2']}"
        n = n.replace("-", " ") if ch == "voice" else n
    else:
        n = r.choice([f"{p['first']} {part}", f"{p['first']} {part} {p['last2']}",
                      f"{p['first']} {p['last1']} {part}"])  # fmt: skip
    return n, n


def _don(r, ch, loc):
    p = person(r)
    n = p["first"] if r.random() < 0.7 else f"{p['first']} {p['last1']}"
    return n, n, "doña " if p["female"] else "don ", ""


def _spelled_surname(r, ch, loc):
    p = person(r)
    last = p["last1"]
    chars = "".join(c if c == "Ñ" else norm(c).upper() for c in last.upper())
    if r.random() < 0.5:
        sp = ", ".join(LETRAS[c] for c in chars)
    else:
        sp = ", ".join(f"{LETRAS[c]} de {r.choice(AS_IN[c])}" if c in AS_IN else LETRAS[c]
                       for c in chars)  # fmt: skip
    return f"{p['first']} {last}, {sp}", f"{p['first']} {last}"


def _as_in(s, r):
    out = []
    for c in s:
        if c.isdigit():
            out.append(UNIDADES[int(c)])
        else:
            said = r.choice([LETRAS[c], c.lower(), LETRAS[c]])
            out.append(f"{said} de {r.choice(AS_IN[c])}")
    return ", ".join(out)


def _curp(r):
    return curp(r, born(r))


def _rfc(r):
    return rfc(r, born(r))


def _rfc_pairs(s, r):
    letters = " ".join(spell(s[:4], LETTER_NAMES, r))
    date = ", ".join(say_pair(g) for g in chunks(s[4:10], [2, 2, 2]))
    homo = " ".join(spell(s[10:], LETTER_NAMES, r))
    return f"{letters}, {date}, {r.choice(['homoclave', 'con homoclave'])} {homo}"


def _rfc_homo_apart(s, r):
    t = s[:10] + r.choice([" ", "-", " / "]) + s[10:]
    return t.lower() if r.random() < 0.4 else t


def _nif_dots(s, r):
    n = f"{s[:2]}.{s[2:5]}.{s[5:8]}"
    return n + r.choice(["-", " "]) + s[8]


def _nif_groups(s, r):
    nums = ", ".join(say_leading(g) for g in chunks(s[:8], [2, 3, 3]))
    letter = s[8]
    tail = r.choice([f"{LETRAS[letter]} de {r.choice(AS_IN[letter])}",
                     f"y la letra {LETRAS[letter]}"])  # fmt: skip
    return f"{nums}, {tail}"


def _nie_spaced(s, r):
    t = r.choice([f"{s[0]} {s[1:8]} {s[8]}", f"{s[0]}.{s[1:8]}.{s[8]}",
                  f"{s[0]} {s[1:4]} {s[4:6]} {s[6:8]} {s[8]}"])  # fmt: skip
    return t.lower() if r.random() < 0.3 else t


def _spaced_chars(s, r):
    return " ".join(s) if r.random() < 0.7 else " ".join(s.lower())


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es_cc_spoken_pairs", "v", _card(_cc_pairs)),
        fam("es_cc_spoken_doble_triple", "v",
            _card(lambda n, r: ", ".join(_runs(g, r) for g in card_groups(n)), run=True)),
        fam("es_cc_spoken_thousands", "v",
            _card(lambda n, r: ", ".join(say_leading(g) for g in card_groups(n)))),
        fam("es_cc_typed_compact", "t", _card(_cc_compact)),
    ],
    "CARD_CVV": [
        fam("es_cvv_spoken_number", "v", _num(_cvv_nz, lambda s, r: palabras(int(s)))),
        fam("es_cvv_spoken_digit_pair", "v", _num(_cvv_nz, _cvv_mixed)),
    ],
    "CARD_EXPIRY": [
        fam("es_exp_spoken_month_del", "v", _exp(lambda y, m, r: (
            f"{palabras(m)} {r.choice(['del', 'de'])} {palabras(y % 100)}",
            r.choice(["", "el "]), ""))),
        fam("es_exp_spoken_full_year", "v", _exp(lambda y, m, r: (
            f"{MESES[m - 1]}{r.choice([' de ', ' del ', ' '])}{palabras(y)}"))),
        fam("es_exp_typed_compact", "t", _exp(lambda y, m, r: r.choice(
            [f"{m:02d}{y % 100}", f"{m:02d}-{y % 100}", f"{m}/{y % 100}", f"{m:02d}.{y % 100}",
             f"{m:02d} {y % 100}", f"{m:02d}-{y}"]))),
    ],
    "US_SSN": [
        fam("es_ssn_spoken_numbers", "v", _num(ssn, _ssn_numbers), loc="US"),
        fam("es_ssn_last4_pairs", "v", _num(lambda r: ssn(r)[5:], lambda s, r: say_pairs(s)),
            loc="US", nouns=LAST4, cs_nouns=LAST4_CS, en_nouns=LAST4_EN, labels=LAST4_LABELS),
        fam("es_ssn_typed_spaced", "t", _num(ssn, lambda s, r: r.choice(
            ["{} {} {}", "{}.{}.{}", "{} - {} - {}"]).format(*chunks(s, [3, 2, 4]))), loc="US"),
    ],
    "PHONE_NUMBER": [
        fam("es_phone_mx_spoken_pairs", "v", _phone_mx_pairs, loc="MX"),
        fam("es_phone_mx_lada", "v", _phone_mx_lada, loc="MX"),
        fam("es_phone_us_spoken_numbers", "v", _phone_us_numbers, loc="US"),
        fam("es_phone_typed_odd", "t", _phone_typed_odd, loc="US MX"),
    ],
    "EMAIL_ADDRESS": [
        fam("es_email_spelled_letters", "v", _email_spelled),
        fam("es_email_guion_bajo_numbers", "v", _email_guion_bajo),
        fam("es_email_typed_obfuscated", "t", _email_obfuscated),
    ],
    "DATE_OF_BIRTH": [
        fam("es_dob_spoken_del", "v", _dob(_dob_del)),
        fam("es_dob_spoken_month_first", "v", _dob(_dob_month_first), loc="US"),
        fam("es_dob_typed_dashes_dots", "t", _dob(_dob_dashes)),
    ],
    "PERSON": [
        fam("es_person_particle_surname", "vt", _particle_name),
        fam("es_person_don_dona", "vt", _don, ctx="address"),
        fam("es_person_spelled_surname", "v", _spelled_surname),
    ],
    "ADDRESS": [
        fam("es_addr_mx_typed_abbrev", "t", _addr_mx_abbrev, loc="MX"),
        fam("es_addr_us_spoken_unit", "v", _addr_us_unit, loc="US"),
        fam("es_addr_zip_only", "vt", _zip_only, loc="US MX", nouns=ZIP, labels=ZIP_LABELS),
    ],
    "MX_CURP": [
        fam("es_curp_spelled_as_in", "v", _num(_curp, _as_in), loc="MX"),
        fam("es_curp_typed_spaced_chars", "t", _num(_curp, _spaced_chars), loc="MX"),
    ],
    "MX_RFC": [
        fam("es_rfc_spoken_pairs_homoclave", "v", _num(_rfc, _rfc_pairs), loc="MX"),
        fam("es_rfc_typed_homoclave_apart", "t", _num(_rfc, _rfc_homo_apart), loc="MX"),
    ],
    "ES_NIF": [
        fam("es_nif_typed_dots", "t", _num(nif, _nif_dots), loc="ES"),
        fam("es_nif_spoken_groups", "v", _num(nif, _nif_groups), loc="ES"),
    ],
    "ES_NIE": [
        fam("es_nie_spoken_as_in", "v", _num(nie, _as_in), loc="ES"),
        fam("es_nie_typed_spaced", "t", _num(nie, _nie_spaced), loc="ES"),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONEY = {"US": ("dólares", "${}.00"), "MX": ("pesos", "${}.00 MXN"), "ES": ("euros", "{},00 €")}


def _like_code(r, ch, loc):
    n = r.randint(101, 999)
    word, fmt = MONEY[loc]
    return f"{apocope(palabras(n))} {word}" if ch == "voice" else fmt.format(n)


def _appointment(r, ch, loc):
    h, m = r.choice([(9, 30), (10, 30), (15, 30), (16, 30), (17, 0), (11, 0)])
    if ch != "voice":
        h12 = h - 12 if h > 12 else h
        return r.choice([f"{h12}:{m:02d} {'p. m.' if h >= 12 else 'a. m.'}", f"{h}:{m:02d} h"])
    if r.random() < 0.5:
        return f"{palabras(h)} {palabras(m) if m else 'cero cero'} horas"
    h12 = h - 12 if h > 12 else h
    half = " y media" if m == 30 else ""
    return f"{palabras(h12)}{half} de la {'tarde' if h >= 12 else 'mañana'}"


def _delivery(r, ch, loc):
    y, m, d = day(r, 2025, 2025)
    wd = DIAS[calendar.weekday(y, m, d)]
    if ch != "voice":
        return r.choice([f"{d:02d}/{m:02d}", f"{wd} {d} de {MESES[m - 1]}", f"{d}-{MES3[m - 1]}"])
    return r.choice([f"{wd} {day_words(d)} de {MESES[m - 1]}", f"{day_words(d)} de {MESES[m - 1]}"])


def _folio(r, ch, loc):
    s = rdigits(r, 12, lead=True)
    return say_pairs(s, sep=", ") if ch == "voice" else "-".join(chunks(s, [4, 4, 4]))


def _auth_pairs(r, ch, loc):
    s = not_luhn(r)
    if ch == "voice":
        return ", ".join(say_pairs(g) for g in chunks(s, [4] * 4))
    return "-".join(chunks(s, [4] * 4))


def _ending(r, ch, loc):
    s = card(r)[-4:]
    return say_pairs(s, sep=", ") if ch == "voice" else s


# fmt: off
NEGATIVES = [
    fam("es_neg_folio", "vt",
        lambda r, ch, loc: [("agent", "Su número de folio es el {v}.", _folio(r, ch, loc))]),
    fam("es_neg_amount_like_code", "vt",
        lambda r, ch, loc: [("agent", "Se le van a cobrar {v}.", _like_code(r, ch, loc))]),
    fam("es_neg_appointment_time", "vt",
        lambda r, ch, loc: [("agent", "La visita quedó para las {v}.", _appointment(r, ch, loc))]),
    fam("es_neg_delivery_date", "vt",
        lambda r, ch, loc: [("agent", "Su paquete llega el {v}.", _delivery(r, ch, loc))]),
    fam("es_neg_luhn_fail_pairs", "vt", lambda r, ch, loc: [
        ("customer", "El número de autorización que me dieron es el {v}.",
         _auth_pairs(r, ch, loc))]),
    fam("es_neg_card_ending", "vt",
        lambda r, ch, loc: [("agent", "¿Es la tarjeta con terminación {v}?", _ending(r, ch, loc))]),
    fam("es_neg_phone_heldout_forms", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "Para cualquier aclaración, le marco al {v}."), loc="US MX"),
]
# fmt: on
