"""Surface forms and phrasings of the Spanish DEV split.

Spoken digits are read one by one here ("cuatro uno uno uno"); only the values that people
say as numbers (years, house numbers, the day of a date, the year of an expiry) are numbers.
"""

from .compose import (
    AGENTES,
    LETRAS,
    MES3,
    MESES,
    UNIDADES,
    address_mx,
    address_us,
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

MODES = ["ask", "volunteer", "noq", "readback", "split"]

# ---------------------------------------------------------------- phrasings
# fmt: off
T = {
    "ask": ["¿Me puede proporcionar {su} {noun}, por favor?", "¿Me podría dar {su} {noun}?",
            "¿{Cual} {es} {su} {noun}?", "Me indica {su} {noun}, por favor.",
            "¿Me regala {su} {noun}?"],
    "answer": ["Sí, claro, {v}.", "Sí, {v}.", "{v}.", "Claro, {es} {v}.", "Mire, {es} {v}."],
    "volunteer": ["{Mi} {noun} {es} {v}.", "Le doy {mi} {noun}: {v}.",
                  "Aquí tengo {mi} {noun}, {es} {v}.", "{El} {noun} {es} {v}."],
    "ack": ["Gracias.", "Muy bien, gracias.", "Perfecto, ya lo tengo anotado."],
    "noq_agent": ["Ahora voy a necesitar {su} {noun}.", "Cuando guste, {su} {noun}.",
                  "Lo siguiente {es} {su} {noun}."],
    "noq_cust": ["{v}.", "Okey, {v}.", "Bueno, {v}."],
    "readback": ["Le confirmo: {v}, ¿es correcto?", "Repito: {v}. ¿Está bien?",
                 "Tengo {v}, ¿correcto?"],
    "confirm": ["Sí, correcto.", "Así es.", "Sí."],
    "thanks": ["Gracias a usted.", "Sí, dígame."],
    "split_a": ["{v}", "Es {v}", "Sí, {v}"],
    "split_mid": ["{v}", "{v}..."],
    "split_ack": ["Ajá.", "Adelante.", "Sí, continúe.", "Ajá, sí.", "Mhm."],
    "split_b": ["{v}.", "Luego {v}.", "Y al final {v}."],
    "email": ["{Mi} {noun} {es} {v}.", "Les comparto {mi} {noun}: {v}.",
              "Para su referencia, {mi} {noun} {es} {v}."],
    "intro": ["Gracias por comunicarse a {org}, esta comunicación puede ser grabada. Le atiende "
              "{v}, ¿en qué le puedo ayudar?",
              "{org}, buenas tardes, mi nombre es {v}. ¿En qué le puedo servir?"],
    "address": ["Muchas gracias, {v}.", "Muy bien, {v}, ya encontré su cuenta.",
                "Con gusto, {v}. Un momento, por favor."],
}
# Entity-specific phrasings (they replace T's for that entity and key).
T_ENT = {
    "PERSON": {
        "ask": ["¿Me puede dar su nombre completo, por favor?",
                "¿A nombre de quién está la cuenta?", "¿Me dice su nombre completo?"],
        "answer": ["Me llamo {v}.", "Mi nombre es {v}.", "Sí, {v}.", "{v}."],
        "volunteer": ["Hola, me llamo {v}.", "Mi nombre es {v}, por cierto."],
        "noq_cust": ["Me llamo {v}.", "{v}."],
        "email": ["Mi nombre es {v}.", "Les escribe {v}."],
    },
    "DATE_OF_BIRTH": {
        "answer": ["Nací el {v}.", "El {v}.", "Es el {v}."],
        "volunteer": ["Mi fecha de nacimiento es el {v}.", "Nací el {v}, por si lo necesita."],
        "noq_cust": ["El {v}."],
        "readback": ["Fecha de nacimiento el {v}, ¿es correcto?"],
        "email": ["Mi fecha de nacimiento es el {v}."],
    },
    "CARD_EXPIRY": {
        "answer": ["Vence en {v}.", "{v}.", "Sí, vence en {v}."],
        "volunteer": ["La tarjeta vence en {v}."],
        "noq_cust": ["Vence en {v}."],
    },
    "ADDRESS": {
        "answer": ["Vivo en {v}.", "Sí, {v}.", "{v}."],
        "volunteer": ["Mi domicilio es {v}.", "Vivo en {v}."],
        "noq_cust": ["Vivo en {v}."],
    },
    "CARD_CVV": {"answer": ["{v}.", "Es el {v}.", "Sí, {v}."]},
    "PHONE_NUMBER": {
        "answer": ["Es el {v}.", "Mi número es el {v}.", "{v}."],
        "volunteer": ["Le dejo mi número: {v}."],
    },
    "EMAIL_ADDRESS": {"answer": ["Es {v}.", "Mi correo es {v}.", "{v}."]},
}
# An English-speaking agent in a switched call.
T_EN = {
    "ask": ["Can I have the {noun}, please?", "What's the {noun}?",
            "Could you give me the {noun}?"],
    "ack": ["Thank you.", "Got it, thanks."],
    "noq_agent": ["Next I'll need the {noun}."],
    "split_ack": ["Okay.", "Go ahead.", "Uh-huh."],
    "intro": ["Thank you for calling {org}, this call may be recorded. My name is {v}, how can I "
              "help you?"],
    "address": ["Thank you, {v}.", "Alright, {v}, I found the account."],
}

NOUNS = {
    "CREDIT_CARD": ["el número de tarjeta", "el número de tarjeta de crédito",
                    "el número de tarjeta de débito"],
    "CARD_CVV": ["el código de seguridad", "el CVV", "el código de verificación"],
    "CARD_EXPIRY": ["la fecha de vencimiento", "la fecha de expiración"],
    "PERSON": ["el nombre completo", "el nombre"],
    "DATE_OF_BIRTH": ["la fecha de nacimiento"],
    "ADDRESS": ["el domicilio", "la dirección"],
    "PHONE_NUMBER": ["el número de teléfono", "el número de celular"],
    "EMAIL_ADDRESS": ["el correo electrónico", "el correo"],
    "US_SSN": ["el número de seguro social", "el seguro social"],
    "MX_CURP": ["la CURP"],
    "MX_RFC": ["el RFC"],
    "ES_NIF": ["el DNI", "el NIF"],
    "ES_NIE": ["el NIE", "el número de identidad de extranjero"],
}
# Spanish phrasings with an English noun ("el credit card number es ...").
NOUNS_CS = {
    "CREDIT_CARD": ["el credit card number", "el número de la credit card"],
    "CARD_CVV": ["el security code"],
    "CARD_EXPIRY": ["la expiration date"],
    "PERSON": ["el full name"],
    "DATE_OF_BIRTH": ["el date of birth"],
    "ADDRESS": ["el address"],
    "PHONE_NUMBER": ["el phone number"],
    "EMAIL_ADDRESS": ["el email"],
    "US_SSN": ["el social security number", "el social"],
}
NOUNS_EN = {
    "CREDIT_CARD": ["card number"], "CARD_CVV": ["security code"],
    "CARD_EXPIRY": ["expiration date"], "PERSON": ["full name"],
    "DATE_OF_BIRTH": ["date of birth"], "ADDRESS": ["address"], "PHONE_NUMBER": ["phone number"],
    "EMAIL_ADDRESS": ["email address"], "US_SSN": ["social security number"],
}
LAST4 = ["los últimos cuatro del seguro social", "los últimos cuatro dígitos del seguro social"]
LAST4_CS = ["los last four del social"]
LAST4_EN = ["last four of your social"]
CID = ["el código de cuatro dígitos del frente", "el CID"]
LABELS = {}

# ASR noise: fillers inside or before a value; a self-correction (a wrong digit, then the value).
FILL = ["eh", "este", "mmm"]
CORRECTIONS = ["perdón", "no, espere", "digo", "perdón, empiezo de nuevo"]
# Words said inside a value (between its groups) that are not part of it.
SKIP = [*FILL, "o sea", "bueno", "luego", "y luego", "después", "letra", "la letra"]
# Spoken letter names used on top of compose.LETRAS.
LETTER_NAMES = {"V": ["uve", "ve"], "W": ["doble ve", "doble u", "uve doble"],
                "Y": ["ye", "i griega"], "R": ["erre", "ere"]}
# fmt: on


# ---------------------------------------------------------------- helpers
def _card(render, brand=None):
    def fn(r, ch, loc):
        n = card(r, brand) if brand else card(r, r.choice(["visa", "mastercard", "discover"]))
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
        return render(y, m, r), f"{m:02d}{y % 100:02d}"

    return fn


def _dob(render):
    def fn(r, ch, loc):
        y, m, d = day(r, 1938, 2006)
        out = render(y, m, d, r)
        return (out, iso(y, m, d)) if isinstance(out, str) else (out[0], iso(y, m, d), *out[1:])

    return fn


def _said_groups(sizes, sep=", "):
    return lambda s, r: sep.join(say_digits(g) for g in chunks(s, sizes))


def _cc_luego(n, r):
    gs = [say_digits(g) for g in card_groups(n)]
    out = gs[0]
    for g in gs[1:]:
        out += r.choice([", luego ", ", después ", ", y luego ", ", "]) + g
    return out


def _cc_hesitant(n, r):
    gs = [say_digits(g) for g in card_groups(n)]
    joins = [r.choice([", eh, ", ", este, ", ", o sea, ", ", bueno, ", ", "]) for _ in gs[1:]]
    k = r.randrange(len(joins))
    joins[k] = r.choice([", eh, ", ", este, ", ", o sea, ", ", bueno, "])
    return gs[0] + "".join(j + g for j, g in zip(joins, gs[1:], strict=True))


def _mm_said(m):
    return "cero " + UNIDADES[m] if m < 10 else palabras(m)


def _title_surname(r, ch, loc):
    p = person(r)
    last = p["last1"] if r.random() < 0.7 else f"{p['last1']} {p['last2']}"
    title = r.choice(["señora ", "señorita "] if p["female"] else ["señor "])
    return last, last, title, ""


def _agent_name(r, ch, loc):
    n = r.choice(AGENTES)
    if r.random() < 0.4:
        n += " " + person(r)["last1"]
    return n, n


def _full_name(r, ch, loc):
    p = person(r)
    n = f"{p['first']} {p['last1']}"
    return n, n


def _two_surnames(r, ch, loc):
    p = person(r, compound=True)
    n = f"{p['first']} {p['last1']} {p['last2']}"
    return n, n


def _addr_us_said(r, ch, loc):
    a = address_us(r)
    street = f"de {a['street']} {a['suf']}"
    if a["es"] and r.random() < 0.6:
        street = f"de la {a['es']} {a['street']}"
    t = f"{palabras(int(a['num']))} {street}, {a['city']}"
    t += f", {a['state']}" if r.random() < 0.7 else ""
    t += f", código postal {say_digits(a['zip'])}"
    return t, canon_us(a), "el ", ""


def _addr_us_typed(r, ch, loc):
    a = address_us(r)
    t = r.choice(["{num} {street} {abbr}, {city}, {st} {zip}",
                  "{num} {street} {suf}, {city}, {state} {zip}",
                  "{num} {street} {abbr} {city} {st} {zip}"]).format(**a)  # fmt: skip
    return t, canon_us(a)


def _mun_said(a):
    return f"alcaldía {a['mun']}" if a["mkind"] == "alcaldía" else a["mun"]


def _addr_mx_said(r, ch, loc):
    a = address_mx(r)
    t = f"{a['kind'].lower()} {a['street']} número {palabras(int(a['num']))}, colonia {a['col']}, "
    t += f"{_mun_said(a)}, código postal {say_digits(a['cp'])}"
    t += f", {a['state']}" if r.random() < 0.6 else ""
    return t, canon_mx(a)


def _addr_mx_typed(r, ch, loc):
    a = address_mx(r)
    mk = a["mkind"].capitalize()
    t = r.choice([f"{a['kind']} {a['street']} {a['num']}, Colonia {a['col']}, {mk} {a['mun']}, "
                  f"C.P. {a['cp']}, {a['state']}",
                  f"{a['kind']} {a['street']} número {a['num']}, Col. {a['col']}, {a['mun']}, "
                  f"{a['state']}, C.P. {a['cp']}"])  # fmt: skip
    return t, canon_mx(a)


def _email_typed(r, ch, loc):
    e = email_of(r, person(r), r.choice(["f.l", "fl", "il", "l.f", "fl99"]))
    return e, e


def _email_caps(r, ch, loc):
    e = email_of(r, person(r), r.choice(["f.l", "fl", "l.f"]))
    user, dom = e.split("@")
    if r.random() < 0.5:
        return e.upper(), e
    return ".".join(w.capitalize() for w in user.split(".")) + "@" + dom.capitalize(), e


def _user_said(p, pattern, r):
    """The user part as a caller says it, surname written the way the ASR heard it."""
    acc = r.random() < 0.5
    f = p["first"].split()[0]
    f, last = (f.lower(), p["last1"].lower()) if acc else (norm(f), norm(p["last1"]))
    init = LETRAS[norm(f)[0].upper()]
    said = {"f.l": f"{f} punto {last}", "fl": f"{f} {last}", "il": f"{init} {last}",
            "l.f": f"{last} punto {f}", "f-l": f"{f} guion {last}",
            "fl99": f"{f} {last}"}  # fmt: skip
    return said[pattern]


def _email_said(patterns):
    def fn(r, ch, loc):
        p, pattern = person(r), r.choice(patterns)
        e = email_of(r, p, pattern)
        user, dom = e.split("@")
        said = _user_said(p, pattern, r)
        tail = user[len(user.rstrip("0123456789")) :]
        if tail:
            said += " " + say_digits(tail)
        return f"{said} arroba {say_domain(dom)}", e

    return fn


def _id_typed(gen, blocks=None, seps=(" ", "-")):
    def fn(r, ch, loc):
        s = gen(r)
        if not blocks:
            return (s if r.random() < 0.8 else s.lower()), s
        return r.choice(seps).join(chunks(s, blocks)), s

    return fn


def _id_said(gen, last_letter=False):
    def fn(r, ch, loc):
        s = gen(r)
        words = spell(s, LETTER_NAMES, r)
        if last_letter:
            head = " ".join(words[:-1])
            sep = r.choice([", ", ", letra ", " ", ", la letra "])
            return f"{head}{sep}{words[-1]}", s
        return r.choice([", ", " "]).join(words), s

    return fn


def _curp(r):
    return curp(r, born(r))


def _rfc(r):
    return rfc(r, born(r))


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("es_cc_typed_grouped", "t", _card(lambda n, r: " ".join(card_groups(n)))),
        fam("es_cc_typed_dashes", "t", _card(lambda n, r: "-".join(card_groups(n)))),
        fam("es_cc_spoken_digit_groups", "v",
            _card(lambda n, r: ", ".join(say_digits(g) for g in card_groups(n)))),
        fam("es_cc_spoken_luego", "v", _card(_cc_luego)),
        fam("es_cc_spoken_hesitant", "v", _card(_cc_hesitant)),
        fam("es_cc_amex_spoken", "v",
            _card(lambda n, r: ", ".join(say_digits(g) for g in card_groups(n)), "amex")),
    ],
    "CARD_CVV": [
        fam("es_cvv_spoken_digits", "v", _num(lambda r: rdigits(r, 3), lambda s, r: say_digits(s))),
        fam("es_cvv_typed", "t", _num(lambda r: rdigits(r, r.choice([3, 3, 4])), lambda s, r: s)),
        fam("es_cvv_amex_spoken", "v", _num(lambda r: rdigits(r, 4), lambda s, r: say_digits(s)),
            nouns=CID),
    ],
    "CARD_EXPIRY": [
        fam("es_exp_typed_slash", "t",
            _exp(lambda y, m, r: f"{m:02d}/{r.choice([y % 100, y])}")),
        fam("es_exp_typed_month_name", "t", _exp(lambda y, m, r: r.choice(
            [f"{MESES[m - 1]} {y}", f"{MESES[m - 1].capitalize()} de {y}",
             f"{MES3[m - 1].capitalize()} {y}"]))),
        fam("es_exp_spoken_month_yy", "v", _exp(
            lambda y, m, r: f"{MESES[m - 1]}{r.choice([' del ', ' '])}{palabras(y % 100)}")),
        fam("es_exp_spoken_mm_yy", "v",
            _exp(lambda y, m, r: f"{_mm_said(m)}{r.choice([' ', ', '])}{palabras(y % 100)}")),
    ],
    "US_SSN": [
        fam("es_ssn_typed_dashes", "t", _num(ssn, lambda s, r: "-".join(chunks(s, [3, 2, 4]))),
            loc="US"),
        fam("es_ssn_typed_plain", "t", _num(ssn, lambda s, r: s), loc="US"),
        fam("es_ssn_spoken_groups", "v", _num(ssn, _said_groups([3, 2, 4])), loc="US"),
        fam("es_ssn_last4_spoken", "v", _num(lambda r: ssn(r)[5:], lambda s, r: say_digits(s)),
            loc="US", nouns=LAST4, cs_nouns=LAST4_CS, en_nouns=LAST4_EN),
        fam("es_ssn_last4_typed", "t", _num(lambda r: ssn(r)[5:], lambda s, r: s),
            loc="US", nouns=LAST4, cs_nouns=LAST4_CS, en_nouns=LAST4_EN),
    ],
    "PHONE_NUMBER": [
        fam("es_phone_us_typed", "t", _num(phone_us, lambda p, r: r.choice(
            ["({}) {}-{}", "{}-{}-{}"]).format(*chunks(p, [3, 3, 4]))), loc="US"),
        fam("es_phone_us_e164", "t", _num(phone_us, lambda p, r: r.choice(
            ["+1 {} {} {}", "+1{}{}{}", "+1 ({}) {}-{}"]).format(*chunks(p, [3, 3, 4]))),
            loc="US"),
        fam("es_phone_us_spoken_digits", "v", _num(phone_us, _said_groups([3, 3, 4])), loc="US"),
        fam("es_phone_mx_typed", "t", lambda r, ch, loc: (lambda p, k: (r.choice(
            ["{} {} {}", "({}) {} {}", "+52 {} {} {}", "{}-{}-{}"]).format(*mx_groups(p, k)), p))(
            *phone_mx(r)), loc="MX"),
        fam("es_phone_mx_spoken_digits", "v", lambda r, ch, loc: (lambda p, k: (", ".join(
            say_digits(g) for g in mx_groups(p, k)), p))(*phone_mx(r)), loc="MX"),
    ],
    "EMAIL_ADDRESS": [
        fam("es_email_typed", "t", _email_typed),
        fam("es_email_typed_caps", "t", _email_caps),
        fam("es_email_spoken_arroba", "v", _email_said(["f.l", "fl", "il", "l.f"])),
        fam("es_email_spoken_guion_digits", "v", _email_said(["f-l", "fl99"])),
    ],
    "DATE_OF_BIRTH": [
        fam("es_dob_spoken_long", "v", _dob(lambda y, m, d, r: (
            f"{day_words(d, r.choice(['primero', 'uno']))} de {MESES[m - 1]} de {palabras(y)}"))),
        fam("es_dob_spoken_formal", "v", _dob(lambda y, m, d, r: (
            f"{day_words(d)} de {MESES[m - 1]} del año {palabras(y)}", "día ", ""))),
        fam("es_dob_typed_slashes", "t",
            _dob(lambda y, m, d, r: r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]))),
        fam("es_dob_typed_month_name", "t", _dob(lambda y, m, d, r: r.choice(
            [f"{d} de {MESES[m - 1]} de {y}", f"{d} de {MESES[m - 1]} {y}",
             f"{d} {MESES[m - 1].capitalize()} {y}"]))),
    ],
    "PERSON": [
        fam("es_person_full_name", "vt", _full_name),
        fam("es_person_two_surnames", "vt", _two_surnames),
        fam("es_person_title_surname", "vt", _title_surname, ctx="address"),
        fam("es_person_agent_intro", "vt", _agent_name, ctx="intro"),
    ],
    "ADDRESS": [
        fam("es_addr_us_spoken", "v", _addr_us_said, loc="US"),
        fam("es_addr_us_typed", "t", _addr_us_typed, loc="US"),
        fam("es_addr_mx_spoken", "v", _addr_mx_said, loc="MX"),
        fam("es_addr_mx_typed", "t", _addr_mx_typed, loc="MX"),
    ],
    "MX_CURP": [
        fam("es_curp_typed", "t", _id_typed(_curp), loc="MX"),
        fam("es_curp_typed_blocks", "t", _id_typed(_curp, [4, 6, 6, 2]), loc="MX"),
        fam("es_curp_spelled", "v", _id_said(_curp), loc="MX"),
    ],
    "MX_RFC": [
        fam("es_rfc_typed", "t", _id_typed(_rfc), loc="MX"),
        fam("es_rfc_typed_dashes", "t", _id_typed(_rfc, [4, 6, 3]), loc="MX"),
        fam("es_rfc_spelled", "v", _id_said(_rfc), loc="MX"),
    ],
    "ES_NIF": [
        fam("es_nif_typed", "t", _id_typed(nif), loc="ES"),
        fam("es_nif_typed_dash", "t", _id_typed(nif, [8, 1]), loc="ES"),
        fam("es_nif_spelled", "v", _id_said(nif, last_letter=True), loc="ES"),
    ],
    "ES_NIE": [
        fam("es_nie_typed", "t", _id_typed(nie), loc="ES"),
        fam("es_nie_typed_dash", "t", _id_typed(nie, [1, 7, 1]), loc="ES"),
        fam("es_nie_spelled", "v", _id_said(nie, last_letter=True), loc="ES"),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (pci calls)
def _say(s, ch):
    return say_digits(s) if ch == "voice" else s


CURRENCY = {"US": ("dólares", "${:,}.{:02d} USD"), "MX": ("pesos", "${:,}.{:02d} MXN"),
            "ES": ("euros", "{:,}.{:02d} €")}  # fmt: skip


def _amount(r, ch, loc):
    n, c = r.randint(15, 4800), r.choice([0, 0, 50, r.randint(1, 99)])
    word, fmt = CURRENCY[loc]
    if ch != "voice":
        s = fmt.format(n, c)
        return s.replace(",", "X").replace(".", ",").replace("X", ".") if loc == "ES" else s
    t = f"{palabras(n)} {word}"
    t = t.replace("uno " + word, "un " + word)
    return t + (f" con {palabras(c)} centavos" if c else "")


def _time(r, ch, loc):
    h, m = r.choice([8, 9, 10, 11, 16, 17, 18]), r.choice([0, 15, 30, 45])
    if ch != "voice":
        return f"{h}:{m:02d}" + r.choice(["", " hrs"])
    h12 = h - 12 if h > 12 else h
    part = "de la mañana" if h < 12 else "de la tarde"
    mins = {0: "", 15: " y cuarto", 30: " y media", 45: " cuarenta y cinco"}[m]
    return f"{palabras(h12)}{mins} {part}"


def _paid_on(r, ch, loc):
    y, m, d = day(r, 2024, 2025)
    if ch != "voice":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MESES[m - 1]}"])
    return f"{day_words(d)} de {MESES[m - 1]}"


def _tracking(r, ch, loc):
    if r.random() < 0.5:
        return _say(rdigits(r, 22, lead=True), ch)
    s = "1Z" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)) + rdigits(r, 10)
    return ", ".join(spell(s, None, r)) if ch == "voice" else s


# Negatives: fn(r, channel, locale) -> [(speaker, template, decoy value or None)].
# fmt: off
NEGATIVES = [
    fam("es_neg_order_number", "vt", lambda r, ch, loc: [
        ("customer", "Mi número de pedido es el {v}.", _say(rdigits(r, 10, lead=True), ch))]),
    fam("es_neg_tracking_number", "vt",
        lambda r, ch, loc: [("agent", "Su número de guía es {v}.", _tracking(r, ch, loc))]),
    fam("es_neg_amount", "vt",
        lambda r, ch, loc: [("agent", "El saldo a pagar es de {v}.", _amount(r, ch, loc))]),
    fam("es_neg_luhn_fail_16", "vt", lambda r, ch, loc: [
        ("customer", "En la carta viene un número de referencia, el {v}.",
         ", ".join(say_digits(g) for g in chunks(not_luhn(r), [4] * 4)) if ch == "voice"
         else " ".join(chunks(not_luhn(r), [4] * 4)))]),
    fam("es_neg_time", "vt", lambda r, ch, loc: [
        ("agent", "El técnico le puede llamar mañana a las {v}.", _time(r, ch, loc))]),
    fam("es_neg_payment_date", "vt",
        lambda r, ch, loc: [("agent", "Su último pago se aplicó el {v}.", _paid_on(r, ch, loc))]),
    fam("es_neg_phone_in_pci", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "Si se corta la llamada, me puede marcar al {v}."),
        loc="US MX"),
]
# fmt: on
