"""Surface forms and phrasings of the DEV2 split.

A second development split, written to widen what the recognisers are tuned on: the many
ways real callers and agents say and type each value (pairs, hundreds, "oh", "double",
mixed ASR digits and words, every style of year, spelled letters with "as in", typed
"Label: value" lines, masked values, self-corrections inside a value, third parties,
particle surnames, PO boxes, rural routes, ZIP+4, extensions, MBIs, IBANs ...).
Every wording here is its own: the phrasings (T), the nouns and the families differ from
the dev split's.
"""

import random
import re

from .compose import (
    DIG,
    FIRST,
    LAST,
    MON3,
    MONTHS,
    aba,
    address,
    card,
    chunks,
    day,
    email_of,
    fam,
    from_family,
    iban,
    ipv4,
    ipv6,
    iso,
    letters,
    luhn_digit,
    luhn_ok,
    mbi,
    ordinal,
    person,
    phone,
    portal_url,
    rdigits,
    say3,
    say_digits,
    say_pair,
    say_runs,
    ssn,
    weekday,
    words,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only"]

# fmt: off
T = {
    "ask": ["And can I have the {noun}?", "What's the {noun}, please?",
            "Okay, go ahead with the {noun}.", "Do you have the {noun} handy?",
            "Alright, and the {noun}?", "Could you verify the {noun} for me?",
            "And what would the {noun} be?", "Can you tell me the {noun}?"],
    "answer": ["Yeah, it's {v}.", "Um, okay, so {v}.", "Let me see, {v}.", "It's {v}.",
               "Yep, {v}.", "Hang on, let me grab it. Okay, {v}.", "That'd be {v}.",
               "Sure, one sec. {v}."],
    "volunteer": ["Oh, and the {noun} is {v}, in case you need it.",
                  "Before I forget, the {noun} is {v}.",
                  "You'll probably want the {noun}, it's {v}.",
                  "I've got the {noun} right here, it's {v}.",
                  "Just so you have it, the {noun} is {v}."],
    "ack": ["Great, thanks for that.", "Alright, I've noted that.", "Okay, I've got that down.",
            "Thanks, one sec."],
    "noq_agent": ["Whenever you're ready, I'll take the {noun}.", "Now I just need the {noun}.",
                  "Next thing I'll need is the {noun}.",
                  "And then the {noun} and we're almost done."],
    "noq_cust": ["Okay, {v}.", "Right, so {v}.", "Yep. {v}.", "{v}.", "Sure, it's {v}."],
    "readback": ["Okay, I have {v}, is that right?", "Just to confirm, {v}?",
                 "Let me repeat that back. {v}. Did I get that right?", "I've got {v}. Correct?",
                 "So {v}, yes?"],
    "confirm": ["Yep, that's it.", "Correct.", "Yes, that's right.", "Uh-huh, yes.",
                "That's it, yeah."],
    "split_a": ["Um, so {v}", "Okay, it's {v}", "{v}", "Alright, I'll go slow. {v}",
                "Okay, ready? {v}"],
    "split_ack": ["Uh-huh.", "Okay, go on.", "Yep, I'm with you.", "Got that, and the rest?"],
    "split_b": ["And {v}.", "Then {v}.", "{v}, that's it.", "The rest is {v}."],
    "email": ["In case you need it, the {noun} is {v}.", "Here is the {noun}: {v}",
              "I believe the {noun} is {v}.", "The {noun} should be {v}."],
    "form": ["{Noun}: {v}", "{Noun} - {v}", "{Noun}:{v}", "{Noun}: {v}"],
    "readback_only": ["So I have {v} down for the {noun}, is that right?",
                      "The {noun} I'm showing is {v}. Does that sound right?",
                      "I've entered {v} for the {noun}, can you confirm?",
                      "Looks like we have {v} listed as the {noun}, is that still current?"],
    "intro": ["Thanks for calling {org}, you're speaking with {v}. How can I help?",
              "{org}, this is {v} speaking. How can I help you today?",
              "Good morning, thank you for calling {org}, my name's {v}. What can I do for you?",
              "Hi there, thanks for calling {org}. This is {v}, how can I help?"],
}

NOUNS = {
    "CREDIT_CARD": ["full card number", "long number on the card",
                    "number on the front of the card"],
    "CARD_CVV": ["three digits on the back", "security code on the back", "CVC",
                 "little code on the back", "three-digit code"],
    "CARD_EXPIRY": ["expiration", "exp date", "expiry on the card", "month and year on the card",
                    "valid thru date", "good-thru date"],
    "BANK_ACCOUNT": ["bank account number"],
    "PERSON": ["patient's name", "name on the account", "policyholder's name", "full legal name",
               "subscriber's name"],
    "DATE_OF_BIRTH": ["DOB", "birthdate", "patient's date of birth", "date of birth on file",
                      "patient's DOB"],
    "DATE": ["visit date", "date of the visit", "service date", "procedure date", "admit date",
             "date of the appointment"],
    "ADDRESS": ["street address", "address on file", "billing address", "address on the account",
                "current address"],
    "PHONE_NUMBER": ["contact number", "cell number", "home phone", "mobile number",
                     "daytime number", "phone number on file"],
    "EMAIL_ADDRESS": ["email on file", "e-mail address", "email for the portal login",
                      "contact email", "email on the account"],
    "US_SSN": ["Social", "Social Security", "social security number on file", "patient's social"],
    "MEDICAL_RECORD_NUMBER": ["chart number", "MR number", "medical record",
                              "hospital record number", "record number"],
    "HEALTH_PLAN_ID": ["ID on the insurance card", "member number", "policy number",
                       "subscriber number", "plan ID number"],
    "ACCOUNT_NUMBER": ["account number on the statement", "billing account",
                       "guarantor account number", "account number from the bill",
                       "statement account number", "patient account"],
    "IP_ADDRESS": ["IP", "public IP", "IP it shows", "IP on the error page"],
    "URL": ["website", "portal address", "page it's stuck on", "site", "link in the email"],
}
ROUTING = ["routing", "routing number on the check", "ABA number", "bank routing number",
           "routing transit number"]
CHECKING = ["checking account number", "account number on the check", "savings account number",
            "bank account"]
IBANS = ["IBAN", "international bank account number", "IBAN from the statement"]
LAST4 = ["last four of the Social", "last four of the Social Security",
         "last four digits of the social security number", "last four of the SS number"]
AMEX_CID = ["four-digit code on the front", "CID number", "code above the card number"]
TYPED_CVV = ["CVC", "CVV2", "sec code", "card security code"]
MBI_NOUNS = ["Medicare number", "Medicare ID", "MBI", "number on the Medicare card"]
GROUP = ["group number", "group ID", "group on the card"]
FAX = ["fax number", "fax", "office fax"]
ZIPS = ["zip", "postal code", "zip on the account"]
ZIP4 = ["zip plus four", "full nine-digit zip", "ZIP+4"]
PROVIDER = ["doctor's name", "provider's name", "referring physician", "name of the doctor"]
MAIL = ["address for mail", "billing address", "address on file"]

# Letters said with a word ("M as in Mary"), callers' words and the NATO alphabet.
AS_IN = {"A": ["apple", "Adam"], "B": ["boy", "bravo"], "C": ["cat", "Charlie"],
         "D": ["David", "dog"], "E": ["Edward", "echo"], "F": ["Frank", "foxtrot"],
         "G": ["George", "golf"], "H": ["Henry", "hotel"], "I": ["Ida", "India"],
         "J": ["John", "Juliet"],
         "K": ["King", "kilo"], "L": ["Larry", "Lima"], "M": ["Mary", "Mike"],
         "N": ["Nancy", "November"], "O": ["Oscar", "ocean"], "P": ["Peter", "papa"],
         "Q": ["queen", "Quebec"],
         "R": ["Robert", "Romeo"], "S": ["Sam", "sugar"], "T": ["Tom", "tango"],
         "U": ["umbrella", "uniform"], "V": ["Victor", "victory"], "W": ["William", "whiskey"],
         "X": ["x-ray"], "Y": ["yellow", "Yankee"], "Z": ["zebra", "Zulu"]}

# Names with particles, apostrophes, hyphens and capitals inside.
P_FIRST = ["Ana", "Sean", "Mary-Kate", "Jean-Luc", "Siobhan", "Luis", "Aoife", "Marisol",
           "Anne-Marie", "Patrick", "Nadia", "Kevin", "Rosa", "Dominic"]
P_LAST = ["de la Cruz", "O'Neil", "O'Brien", "McDonald", "Lopez-Garcia", "Van der Berg",
          "Di Marco", "St. James", "D'Angelo", "MacLeod", "Santos-Reyes", "Nguyen-Tran",
          "van Dyke", "De Luca", "Al-Sayed", "dos Santos"]
AGENTS = ["Dana", "Marcus", "Tanya", "Jorge", "Renee", "Kyle", "Bianca", "Omar", "Leticia",
          "Trevor", "Shanice", "Pete"]
RELATION = {"f": ["my wife ", "my daughter ", "my mom, ", "my mother-in-law, ", "my partner ",
                  "my sister "],
            "m": ["my husband ", "my son ", "my father, ", "my partner ", "my brother ",
                  "my dad, "]}
RELATION_AFTER = {"f": [", my wife", ", she's my mother", " - my daughter", ", my sister"],
                  "m": [", my husband", ", my dad", ", my son", " - he's my father"]}
FEMALE = {"Maria", "Aisha", "Emily", "Priya", "Sofia", "Fatima", "Yuki", "Grace", "Hannah",
          "Olivia", "Keisha", "Megan", "Lucia", "Ines", "Chloe", "Ana", "Mary-Kate", "Siobhan",
          "Aoife", "Marisol", "Anne-Marie", "Nadia", "Rosa"}
MALE = {"James", "Carlos", "Dmitri", "Kwame", "Liam", "Robert", "Mohammed", "Diego", "Tomasz",
        "Arjun", "Samuel", "Brandon", "Darnell", "Sean", "Jean-Luc", "Luis", "Patrick", "Kevin",
        "Dominic"}
INITIALS = "ABCDEFGHJKLMNPRSTW"
STATE = {"IL": "Illinois", "OH": "Ohio", "AZ": "Arizona", "NY": "New York",
         "NC": "North Carolina", "CA": "California", "WA": "Washington", "GA": "Georgia",
         "ID": "Idaho", "PA": "Pennsylvania", "OK": "Oklahoma", "WI": "Wisconsin"}
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West"), ("NE", "Northeast"),
        ("SW", "Southwest")]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "12th", "23rd", "42nd", "51st", "112th"]
SUFFIXES = [("Street", ["St", "St."]), ("Avenue", ["Ave", "Ave.", "Av"]),
            ("Road", ["Rd", "Rd."]), ("Drive", ["Dr", "Dr."]), ("Lane", ["Ln"]),
            ("Court", ["Ct", "Ct."]), ("Boulevard", ["Blvd", "Blvd."]), ("Place", ["Pl"]),
            ("Terrace", ["Ter"]), ("Circle", ["Cir"])]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
# fmt: on


# ---------------------------------------------------------------- saying things
_HY = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) "
    r"(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)\b"
)


def _hy(t, r):
    """'forty one' -> 'forty-one' half the time: transcripts and people write both."""
    return _HY.sub(r"\1-\2", t) if r.random() < 0.5 else t


def _z(r):
    return "oh" if r.random() < 0.6 else "zero"


def _dig(s, r, zero=None, runs=None):
    """Digit words, zero as 'oh' or 'zero', sometimes with 'double'/'triple'."""
    zero = zero or _z(r)
    runs = r.random() < 0.5 if runs is None else runs
    return say_runs(s, zero) if runs else say_digits(s, zero)


def _four(g, r, zero="oh", round_ok=True):
    """A 4-digit group as a person says it: 'forty-one eleven', 'twenty-two oh five',
    'forty-one hundred', 'five thousand'."""
    if round_ok and g[0] != "0" and g[1:] == "000":
        return DIG[int(g[0])] + " thousand"
    if round_ok and g[0] != "0" and g[2:] == "00" and r.random() < 0.8:
        return words(int(g[:2])) + " hundred"
    return say_pair(g[:2], zero) + " " + say_pair(g[2:], zero)


def _pairs(s, r, zero="oh", sep=" "):
    """Pairs; an odd leading digit is said alone first so no pair is misheard."""
    head = [say_pair(s[0], zero)] if len(s) % 2 else []
    return sep.join(head + [say_pair(s[i : i + 2], zero) for i in range(len(s) % 2, len(s), 2)])


def _three(g, r, zero="oh"):
    """A 3-digit group: 'four seventeen', 'four hundred seventeen', 'oh seventeen'."""
    if g[0] == "0":
        return zero + " " + say_pair(g[1:], zero)
    n = int(g)
    opts = [say3(n), words(n)]
    if n % 100:
        opts.append(words(n).replace(" hundred ", " hundred and "))
    return r.choice(opts)


def _asr(s, sizes, r):
    """ASR output that mixes digits and digit words: '4111 one one one one 1 1 one 1'."""
    for _ in range(20):
        out = []
        for g in chunks(s, sizes):
            k = r.random()
            if k < 0.4:
                out.append(g)
            elif k < 0.7:
                out.append(say_digits(g))
            else:
                out.append(" ".join(c if r.random() < 0.5 else DIG[int(c)] for c in g))
        t = " ".join(out)
        if any(c.isdigit() for c in t) and any(c.isalpha() for c in t):
            return t
    return s[0] + " " + say_digits(s[1:])


def _grp(s, sizes, each, sep=", "):
    return sep.join(each(g) for g in chunks(s, sizes))


def _year(y, r, short=True):
    """A year in any of the ways people say it."""
    yy = y % 100
    if 1930 <= y <= 1999:
        opts = ["nineteen " + words(yy)] * 2 + ([words(yy)] if short else [])
    elif y == 2000:
        opts = ["two thousand"]
    elif y < 2010:
        u = DIG[yy]
        opts = [f"two thousand {u}", f"two thousand and {u}", f"twenty oh {u}"]
        opts += [f"oh {u}"] if short else []
    else:
        t = words(yy)
        opts = [f"twenty {t}", f"twenty {t}", f"two thousand {t}", f"two thousand and {t}"]
        opts += [t] if short and yy >= 20 else []
    return r.choice(opts)


def _year_typed(y, r, short=True):
    return r.choice([str(y), str(y)] + ([f"'{y % 100:02d}", f"{y % 100:02d}"] if short else []))


def _month_num(m, r):
    """'oh three', 'zero three', 'three', 'twelve'."""
    if m >= 10:
        return words(m)
    return r.choice(["oh " + DIG[m], "zero " + DIG[m], DIG[m]])


def _th(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _mon(m, r, period=True):
    a = MON_ABBR[m - 1]
    if r.random() < 0.3:
        a = MON3[m - 1]
    return a + ("." if period and len(MONTHS[m - 1]) > len(a) and r.random() < 0.4 else "")


def _spell(name, r, sep=" "):
    """'Reyes' -> 'R E Y E S', sometimes with 'as in' on the first letter."""
    ls = [c.upper() for c in name if c.isalpha()]
    if r.random() < 0.3 and ls[0] in AS_IN:
        ls[0] = f"{ls[0]} as in {r.choice(AS_IN[ls[0]])}"
        sep = ", "
    return sep.join(ls)


def _as_in(c, r, p=0.7):
    """'M' -> 'M as in Mary' (or 'like', 'for'), digits -> words."""
    if c.isdigit():
        return DIG[int(c)]
    if c in AS_IN and r.random() < p:
        return f"{c} {r.choice(['as in', 'as in', 'like', 'for'])} {r.choice(AS_IN[c])}"
    return c


# ---------------------------------------------------------------- family builders
def _v(fn):
    """Hyphenate spoken tens in voice renderings ('forty one' / 'forty-one')."""

    def g(r, ch):
        out = fn(r, ch)
        return (_hy(out[0], r), *out[1:]) if ch == "voice" else out

    return g


def _num(gen, render):
    def fn(r, ch):
        s = gen(r)
        return render(s, r), s

    return _v(fn)


def _exp(render):
    def fn(r, ch):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        return render(y, m, r), f"{m:02d}{y % 100:02d}"

    return _v(fn)


def _d(render, y0, y1):
    """A date; render returns text or (text, canonical) (a yearless date keeps mmdd)."""

    def fn(r, ch):
        y, m, d = day(r, y0, y1)
        out = render(y, m, d, r)
        return out if isinstance(out, tuple) else (out, iso(y, m, d))

    return _v(fn)


def _dob(render):
    return _d(render, 1935, 2009)


def _svc(render):
    return _d(render, 2022, 2025)


# ---------------------------------------------------------------- CREDIT_CARD
def _card16(r):
    return card(r, r.choice(["visa", "visa", "mastercard", "mastercard", "discover", "jcb"]))


def _cc_pairs(n, r):
    sep = r.choice([", ", " "])  # 'forty-one hundred' only before a pause, never run on
    return _grp(n, [4] * 4, lambda g: _four(g, r, round_ok=sep == ", "), sep)


def _cc_runs(n, r):
    zero = _z(r)
    return _grp(n, [4, 4, 4, 4] if len(n) == 16 else [4, 6, 5], lambda g: say_runs(g, zero))


def _cc_restart(r, ch):
    """A group misread mid-number and said again: the whole run is one value."""
    n = card(r)
    gs = chunks(n, [4, 4, 4, 4] if len(n) == 16 else [4, 6, 5])
    k = r.randrange(1, len(gs))
    bad = gs[k][:-1] + str((int(gs[k][-1]) + r.randint(1, 8)) % 10)
    fix = r.choice(["sorry", "no wait", "hold on, that's wrong", "scratch that"])
    parts = [say_digits(g) for g in gs]
    said = [*parts[:k], say_digits(bad) + f", {fix}, " + parts[k], *parts[k + 1 :]]
    return ", ".join(said), n


def _cc_typed_odd(n, r):
    g = chunks(n, [4, 4, 4, 4] if len(n) == 16 else [4, 6, 5])
    return r.choice([
        " ".join(chunks(n, [8, 8])) if len(n) == 16 else " ".join(chunks(n, [4, 11])),
        ".".join(g), " - ".join(g), "  ".join(g), " ".join(chunks(n, [4, 4, len(n) - 8])),
    ])  # fmt: skip


def _amex_mixed(n, r):
    a, b, c = chunks(n, [4, 6, 5])
    b_said = r.choice(
        [_pairs(b, r), say_digits(b, "oh"), _three(b[:3], r) + ", " + _three(b[3:], r)]
    )
    c_said = r.choice([_pairs(c, r), say_digits(c, "oh")])
    return f"{_four(a, r, round_ok=False)}, {b_said}, {c_said}"


# ---------------------------------------------------------------- CARD_CVV
def _cvv_nz(r):
    return str(r.randint(1, 9)) + rdigits(r, 2)


def _cvv_zero(r):
    s = list(rdigits(r, 3))
    s[r.choice([0, 0, 1, 2])] = "0"
    return "".join(s)


def _cvv_run(r):
    a, b = r.sample("0123456789", 2)
    return r.choice([a + a + b, a + b + b, a * 3])


def _cvv_oh(s, r):
    z = _z(r)
    if s[0] == "0" and s[1] != "0" and r.random() < 0.4:
        return z + " " + words(int(s[1:]))
    return say_digits(s, z)


def _four_exact(s, r):
    return _four(s, r, round_ok=False)


def _cvv_typed(s, r):
    return r.choice([s, s, " ".join(s)])


# ---------------------------------------------------------------- CARD_EXPIRY
def _yy(y, r):
    return r.choice([words(y % 100), words(y % 100), say_digits(f"{y % 100:02d}")])


def _exp_oh_month(y, m, r):
    mm = (
        ("oh " if r.random() < 0.6 else "zero ") + DIG[m]
        if m < 10
        else r.choice([words(m), say_digits(str(m))])
    )
    return mm + r.choice([", ", " "]) + _yy(y, r)


def _exp_bare_month(y, m, r):
    return words(m) + r.choice([" ", ", ", " "]) + words(y % 100)


def _exp_slash(y, m, r):
    return _month_num(m, r) + r.choice([" slash ", " forward slash "]) + _yy(y, r)


def _exp_name_full_year(y, m, r):
    return MONTHS[m - 1] + r.choice([" ", " of ", ", "]) + _year(y, r, short=False)


def _exp_corrected(r, ch):
    y, m = r.randint(2025, 2031), r.randint(1, 12)
    fix = r.choice(["no wait", "sorry", "no, I mean", "actually"])
    if r.random() < 0.5:
        wrong = r.choice([k for k in range(1, 13) if k != m])
        t = f"{MONTHS[wrong - 1]}, {fix}, {MONTHS[m - 1]} {words(y % 100)}"
    else:
        t = f"{_month_num(m, r)}, {words(y % 100 - 1)}, {fix}, {words(y % 100)}"
    return _hy(t, r), f"{m:02d}{y % 100:02d}"


def _exp_asr(y, m, r):
    yy = y % 100
    return r.choice([f"{m:02d} {yy:02d}", f"{m:02d}{yy:02d}", f"{m}/{yy:02d}", f"{m:02d}/{y}",
                     f"{MONTHS[m - 1]} {y}", f"{m} {yy}"])  # fmt: skip


def _exp_typed(y, m, r):
    yy = y % 100
    return r.choice([f"{m:02d}-{yy:02d}", f"{m:02d}{yy:02d}", f"{m}/{yy:02d}",
                     f"{m:02d} / {yy:02d}", f"{m:02d}-{y}", f"{m}/{y}",
                     f"{m:02d}.{yy:02d}"])  # fmt: skip


def _exp_mon(y, m, r):
    yy = y % 100
    return r.choice([f"{MON3[m - 1]} '{yy:02d}", f"{MON3[m - 1]}/{yy:02d}",
                     f"{MON3[m - 1].upper()} {y}", f"{_mon(m, r)} {y}",
                     f"{MONTHS[m - 1]} '{yy:02d}"])  # fmt: skip


# ---------------------------------------------------------------- BANK_ACCOUNT
def _bank_acct(r):
    return rdigits(r, r.randint(8, 12), lead=True)


def _oh_groups(sizes):
    def render(s, r):
        z, runs = _z(r), r.random() < 0.6
        return _grp(
            s, sizes, lambda g: say_runs(g, z) if runs else say_digits(g, z), r.choice([", ", " "])
        )

    return render


def _routing_zero(r):
    for _ in range(50):
        s = aba(r)
        if "0" in s:
            return s
    return s


def _acct_sizes(s):
    return [3] * (len(s) // 3) if len(s) % 3 == 0 else [4] * (len(s) // 4)


def _pairs_render(s, r):
    return _pairs(s, r, "oh", r.choice([", ", " "]))


def _oh_runs_any(s, r):
    return _oh_groups(_acct_sizes(s))(s, r)


def _typed_long(s, r):
    if len(s) == 12:
        return r.choice([" ".join(chunks(s, [4, 4, 4])), "-".join(chunks(s, [4, 8])), s])
    return r.choice(["-".join(chunks(s, [4, len(s) - 4])), s, " ".join(chunks(s, [3, 3, 3]))])


def _routing_typed(s, r):
    return r.choice([" ".join(chunks(s, [3, 3, 3])), "-".join(chunks(s, [3, 3, 3])), s,
                     " ".join(chunks(s, [4, 4, 1]))])  # fmt: skip


def _iban_typed(s, r):
    return r.choice(
        [s, s.lower(), " ".join(chunks(s, [4] * 9)).lower(), "-".join(chunks(s, [4] * 9))]
    )


def _iban_spoken(s, r):
    z = _z(r)

    def ch(c):
        return (z if c == "0" else DIG[int(c)]) if c.isdigit() else _as_in(c, r, 0.15)

    return ", ".join(" ".join(ch(c) for c in g) for g in chunks(s, [4] * 9))


# ---------------------------------------------------------------- PERSON
def _full(r):
    return "{} {}".format(*person(r))


def _p_spelled(r, ch):
    first, last = person(r)
    k = r.random()
    if k < 0.4:
        return f"{first} {last}, {_spell(last, r)}", f"{first} {last}"
    if k < 0.7:
        return f"{last}, that's {_spell(last, r, r.choice([' ', '-']))}", last
    return f"{first} {last}, {_spell(last, r, '-')}", f"{first} {last}"


def _p_last_first(r, ch):
    first, last = person(r)
    if ch == "voice":
        if r.random() < 0.4:
            return f"{last}, first name {first}", f"{first} {last}", "last name ", ""
        return f"{last}, {first}", f"{first} {last}"
    if r.random() < 0.3:
        mi = r.choice(INITIALS)
        return f"{last.upper()}, {first.upper()} {mi}", f"{first} {mi} {last}"
    return r.choice(
        [f"{last}, {first}", f"{last.upper()}, {first.upper()}", f"{last},{first}"]
    ), f"{first} {last}"


def _p_third(r, ch):
    """A relative named by the caller: 'my husband Tom Reyes', 'Ana de la Cruz, my wife'."""
    g = r.choice("fm")
    pool = FEMALE if g == "f" else MALE
    first = r.choice(sorted(pool))
    last = r.choice(LAST) if r.random() < 0.6 else r.choice(P_LAST)
    name = f"{first} {last}"
    if r.random() < 0.7:
        return name, name, r.choice(RELATION[g]), ""
    return name, name, "", r.choice(RELATION_AFTER[g])


def _p_particle(r, ch):
    first, last = r.choice(P_FIRST + FIRST), r.choice(P_LAST)
    if ch == "voice" and r.random() < 0.3:
        last = last.replace("St. ", "Saint ")
    return f"{first} {last}", f"{first} {last}".replace("St. ", "Saint ")


def _p_provider(r, ch):
    first, last = person(r) if r.random() < 0.7 else (r.choice(P_FIRST), r.choice(P_LAST))
    name = r.choice([last, f"{first} {last}"])
    if ch == "email":
        return f"{first} {last}", f"{first} {last}"
    pre = "Doctor " if ch == "voice" else r.choice(["Dr. ", "Dr ", "Dr. "])
    if ch == "voice" and r.random() < 0.2:
        pre = "Nurse Practitioner "
    return name, name, pre, ""


def _p_initial(r, ch):
    first, last = person(r)
    mi = r.choice(INITIALS)
    return r.choice([(f"{first} {mi}. {last}", f"{first} {mi} {last}"),
                     (f"{first} {mi} {last}", f"{first} {mi} {last}"),
                     (f"{first[0]}. {mi}. {last}", f"{first[0]} {mi} {last}"),
                     (f"{first[0]}. {last}", f"{first[0]} {last}")])  # fmt: skip


def _intro_first(r, ch):
    n = r.choice(AGENTS + FIRST)
    return n, n


def _intro_full(r, ch):
    first = r.choice(AGENTS)
    last = r.choice(LAST + P_LAST)
    return f"{first} {last}", f"{first} {last}"


# ---------------------------------------------------------------- DATE_OF_BIRTH / DATE
def _day_said(d, r):
    return r.choice([ordinal(d), ordinal(d), "the " + ordinal(d), words(d)])


def _dob_oh(y, m, d, r):
    z = r.choice(["oh", "oh", "zero"])

    def two(n):
        return f"{z} {DIG[n]}" if n < 10 else words(n)

    yr = _year(y, r)
    if y != 2000 and y < 2010 and r.random() < 0.5:
        yr = words(y % 100) if y < 2000 else f"oh {DIG[y % 10]}"
    return r.choice([", ", " "]).join([two(m), two(d), yr])


def _dob_bare(y, m, d, r):
    return r.choice([", ", " "]).join([words(m), words(d), _year(y, r)])


def _dob_month_styles(y, m, d, r):
    return f"{MONTHS[m - 1]} {_day_said(d, r)}{r.choice([', ', ' '])}{_year(y, r)}"


def _dob_day_of(y, m, d, r):
    the = r.choice(["the ", ""])
    return f"{the}{ordinal(d)} of {MONTHS[m - 1]}{r.choice([', ', ' ', ', in '])}{_year(y, r)}"


def _dob_corrected(r, ch):
    y, m, d = day(r, 1935, 2005)
    fix = r.choice(["no, sorry", "wait, no", "I mean", "sorry"])
    k = r.random()
    if k < 0.4:
        wd = d + 1 if d < 28 else d - 1
        t = f"{MONTHS[m - 1]} {ordinal(wd)}, {fix}, {ordinal(d)}, {_year(y, r)}"
    elif k < 0.7:
        t = f"{MONTHS[m - 1]} {ordinal(d)}, {words(y % 100 + 1)}, {fix}, {words(y % 100)}"
        if y >= 1999:
            wrong, right = _year(y + 1, r, False), _year(y, r, False)
            t = f"{MONTHS[m - 1]} {ordinal(d)}, {wrong}, {fix}, {right}"
    else:
        wm = r.choice([k for k in range(1, 13) if k != m])
        t = f"{MONTHS[wm - 1]}, {fix}, {MONTHS[m - 1]} {ordinal(d)}, {_year(y, r)}"
    return _hy(t, r), iso(y, m, d)


def _day_first(y, m, d, r):
    sep = r.choice(["/", "-", "."])
    named = [f"{d} {_mon(m, r)} {y}", f"{d:02d}-{MON3[m - 1]}-{y}", f"{_th(d)} {MONTHS[m - 1]} {y}",
             f"{d} {MONTHS[m - 1]} {y}"]  # fmt: skip
    if d > 12:
        return r.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}{sep}{y}", *named])
    return r.choice(named)


def _iso_typed(y, m, d, r):
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m}-{d}"])


def _dob_compact(y, m, d, r):
    yy = y % 100
    return r.choice([f"{m:02d}{d:02d}{y}", f"{m}-{d}-{yy:02d}", f"{m:02d}-{d:02d}-{y}",
                     f"{m}/{d}/{yy:02d}", f"{m:02d}.{d:02d}.{y}",
                     f"{m:02d}{d:02d}{yy:02d}"])  # fmt: skip


def _date_abbrev(y, m, d, r, short=True):
    mo = _mon(m, r)
    return r.choice([f"{mo} {_th(d)}, {y}", f"{mo} {d}, {y}",
                     f"{mo} {d} {_year_typed(y, r, short)}",
                     f"{MONTHS[m - 1].lower()} {_th(d)} {y}", f"{mo} {_th(d)} {y}"])  # fmt: skip


def _dob_asr(y, m, d, r):
    yy = y % 100
    mon = MONTHS[m - 1]
    return r.choice([f"{mon} {_th(d)} {y}", f"{m} {d} {yy:02d}", f"{m:02d} {d:02d} {y}",
                     f"{mon} {d} {yy:02d}", f"{m}/{d}/{y}", f"{mon} {d} {y}"])  # fmt: skip


def _svc_numeric(y, m, d, r):
    sep = r.choice([", ", " "])
    return sep.join([_month_num(m, r) if r.random() < 0.4 else words(m), words(d), _year(y, r)])


def _svc_month_year(y, m, d, r):
    return (f"{MONTHS[m - 1]} {r.choice([ordinal(d), ordinal(d), words(d)])}"
            f"{r.choice([', ', ' ', ' of '])}{_year(y, r)}")  # fmt: skip


def _svc_weekday(y, m, d, r):
    wd = weekday(y, m, d)
    mon = MONTHS[m - 1]
    t = r.choice([f"{wd}, {mon} {ordinal(d)}", f"{wd} the {ordinal(d)} of {mon}",
                  f"{wd}, {mon} {words(d)}"])  # fmt: skip
    if r.random() < 0.25:
        return f"{wd}, {MONTHS[m - 1]} {ordinal(d)}", f"{m:02d}{d:02d}", "this past ", ""
    return t, f"{m:02d}{d:02d}"


def _svc_of_month(y, m, d, r):
    return r.choice(["the ", "the ", ""]) + f"{ordinal(d)} of {MONTHS[m - 1]}", f"{m:02d}{d:02d}"


def _svc_corrected(r, ch):
    y, m, d = day(r, 2022, 2025)
    fix = r.choice(["no", "sorry", "no wait", "actually"])
    wd = d - 2 if d > 2 else d + 2
    if r.random() < 0.5:
        t = f"{MONTHS[m - 1]} {ordinal(wd)}, {fix}, the {ordinal(d)}, {_year(y, r)}"
    else:
        t = f"the {ordinal(wd)}, {fix}, {ordinal(d)} of {MONTHS[m - 1]} {_year(y, r)}"
    return _hy(t, r), iso(y, m, d)


def _svc_short(y, m, d, r):
    yy = y % 100
    k = r.random()
    if k < 0.25:
        return f"{m}/{d}", f"{m:02d}{d:02d}"
    return r.choice([f"{m}/{d}/{yy:02d}", f"{m:02d}-{d:02d}-{y}", f"{m:02d}/{d:02d}/{yy:02d}",
                     f"{m}-{d}-{y}"])  # fmt: skip


def _svc_weekday_typed(y, m, d, r):
    wd = weekday(y, m, d)
    w3 = r.choice([wd[:3], wd[:3], {"Thursday": "Thurs", "Tuesday": "Tues"}.get(wd, wd[:3]), wd])
    k = r.random()
    if k < 0.35:
        return f"{w3} {m}/{d}", f"{m:02d}{d:02d}"
    if k < 0.6:
        return f"{w3}, {_mon(m, r)} {_th(d)}", f"{m:02d}{d:02d}"
    return r.choice([f"{w3}, {_mon(m, r)} {d}, {y}", f"{w3} {m}/{d}/{y % 100:02d}"])


def _svc_asr(y, m, d, r):
    k = r.random()
    if k < 0.3:
        return f"{MONTHS[m - 1]} {_th(d)}", f"{m:02d}{d:02d}"
    return r.choice([f"{m}/{d}/{y}", f"{m} {d} {y % 100:02d}", f"{MONTHS[m - 1]} {_th(d)} {y}",
                     f"{MONTHS[m - 1]} {d} {y}"])  # fmt: skip


# ---------------------------------------------------------------- ADDRESS
def _suffix(r):
    full, abbrs = r.choice(SUFFIXES)
    return full, r.choice(abbrs)


def _house(num, r):
    n = int(num)
    if len(num) <= 2:
        return words(n)
    if len(num) == 3:
        return r.choice([say3(n), say3(n), say_digits(num, "oh")])
    return r.choice([_four(num, r), _four(num, r), say_digits(num, "oh")])


def _zip_said(z, r):
    return _dig(z, r, runs=r.random() < 0.3)


def _canon(*parts):
    return " ".join(p for p in parts if p)


def _unit_said(u, r):
    n = "".join(c for c in u if c.isdigit())
    tail = "".join(c for c in u if c.isalpha())
    num = r.choice(
        [words(int(n)), say3(int(n)) if int(n) >= 100 else words(int(n)), say_digits(n, "oh")]
    )
    return (
        r.choice(["apartment ", "unit ", "number ", "suite " if not tail else "apartment "])
        + num
        + (" " + tail if tail else "")
    )


def _unit_typed(u, r):
    return r.choice(
        [f"Apt {u}", f"Apt. {u}", f"Unit {u}", f"#{u}", f"Apt #{u}", f"Ste {u}", f"Suite {u}"]
    )


def _addr_spoken_pairs(r, ch):
    a = address(r)
    suf = a["suf"]
    t = f"{_house(a['num'], r)} {a['street']} {suf}, {a['city']}, {a['state']}"
    canon = _canon(a["num"], a["street"], suf, a["city"], a["st"])
    if r.random() < 0.75:
        t += r.choice([", ", " "]) + _zip_said(a["zip"], r)
        canon += " " + a["zip"]
    return t, canon


def _addr_typed_unit(r, ch):
    a = address(r)
    full, ab = _suffix(r)
    street = f"{a['num']} {a['street']} {r.choice([ab, ab, full])}"
    unit = _unit_typed(a["unit"], r)
    city = f"{a['city']}, {a['st']} {a['zip']}"
    t = r.choice(
        [f"{street}, {unit}, {city}", f"{street} {unit}, {city}", f"{street} {unit} {city}"]
    )
    return t, _canon(a["num"], a["street"], full, "unit", a["unit"], a["city"], a["st"], a["zip"])


def _po_box(r, ch):
    a = address(r)
    box = str(
        r.choice(
            [r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 99999)]
        )
    )
    canon = _canon("po box", box, a["city"], a["st"], a["zip"])
    if ch == "voice":
        b = r.choice(["P O box ", "PO box ", "post office box "])
        said = _house(box, r) if len(box) <= 4 else say_digits(box, "oh")
        return f"{b}{said}, {a['city']}, {a['state']}, {_zip_said(a['zip'], r)}", canon
    b = r.choice(["P.O. Box", "PO Box", "P O Box", "POB", "Post Office Box", "PO BOX"])
    return r.choice([f"{b} {box}, {a['city']}, {a['st']} {a['zip']}",
                     f"{b} {box} {a['city']} {a['st']} {a['zip']}"]), canon  # fmt: skip


def _zip4(r, ch):
    a = address(r)
    z, p4 = a["zip"], a["plus4"]
    if ch == "voice":
        return (
            _zip_said(z, r)
            + r.choice([", dash, ", " dash ", ", ", ", and then "])
            + _zip_said(p4, r),
            z + p4,
        )
    return r.choice([f"{z}-{p4}", f"{z}-{p4}", f"{z} {p4}", f"{z}{p4}"]), z + p4


def _rural(r, ch):
    a = address(r)
    rr, box = str(r.randint(1, 9)), str(r.randint(1, 499))
    canon = _canon("rural route", rr, "box", box, a["city"], a["st"], a["zip"])
    if ch == "voice":
        rt = r.choice(["rural route ", "R R ", "rural route "])
        return (
            f"{rt}{words(int(rr))}, box {_house(box, r)}, {a['city']}, {a['state']} "
            + _zip_said(a["zip"], r),
            canon,
        )
    rt = r.choice(["RR", "RR", "Rural Route", "R.R."])
    return r.choice([f"{rt} {rr} Box {box}, {a['city']}, {a['st']} {a['zip']}",
                     f"{rt} {rr}, Box {box}, {a['city']} {a['st']} {a['zip']}"]), canon  # fmt: skip


def _addr_spoken_unit(r, ch):
    a = address(r)
    t = f"{_house(a['num'], r)} {a['street']} {a['suf']}, {_unit_said(a['unit'], r)}, "
    t += f"{a['city']}, {a['state']}"
    return t, _canon(a["num"], a["street"], a["suf"], "unit", a["unit"], a["city"], a["st"])


def _addr_directional(r, ch):
    a = address(r)
    d_ab, d_full = r.choice(DIRS)
    full, ab = _suffix(r)
    name = r.choice(NUMBERED) if r.random() < 0.5 else a["street"]
    dab = d_ab + ("." if len(d_ab) == 1 and r.random() < 0.3 else "")
    street = f"{a['num']} {dab} {name} {r.choice([ab, full])}"
    canon = _canon(a["num"], d_full, name, full)
    if r.random() < 0.6:
        z = a["zip"] + (a["plus4"] if r.random() < 0.4 else "")
        street += f", {a['city']}, {a['st']} {z[:5]}" + (f"-{z[5:]}" if len(z) > 5 else "")
        canon = _canon(canon, a["city"], a["st"], z)
    return street.rstrip("."), canon  # no "St." at the end of a sentence ("St..")


def _addr_asr(r, ch):
    a = address(r)
    t = f"{a['num']} {a['street']} {a['suf']} {a['city']} {a['state']} {a['zip']}"
    return t, _canon(a["num"], a["street"], a["suf"], a["city"], a["st"], a["zip"])


def _zip_runs(r, ch):
    z = address(r)["zip"]
    return _dig(z, r), z


# ---------------------------------------------------------------- PHONE_NUMBER
def _ph_oh(p, r):
    z, runs = _z(r), r.random() < 0.6
    t = _grp(
        p, [3, 3, 4], lambda g: say_runs(g, z) if runs else say_digits(g, z), r.choice([", ", " "])
    )
    return ("one, " + t) if r.random() < 0.15 else t


def _ph_pairs(p, r):
    z = _z(r)
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([", ", " "]).join(
        [say_digits(a, z), say_digits(b, z), _four(c, r, round_ok=False)]
    )


def _phone_round(r):
    p = phone(r)
    return p[:6] + r.choice([str(r.randint(1, 9)) + "000", str(r.randint(10, 99)) + "00"])


def _ph_round(p, r):
    z = _z(r)
    a, b, c = chunks(p, [3, 3, 4])
    return f"{say_digits(a, z)}, {say_digits(b, z)}, {_four(c, r)}"


def _ph_area(r, ch):
    p = phone(r, zero=True)
    z = _z(r)
    a, b, c = chunks(p, [3, 3, 4])
    then = r.choice(["and then ", "then ", ""])
    last = r.choice([say_digits(c, z), _four(c, r, z, False)])
    t = f"{say_digits(a, z)}, {then}{say_digits(b, z)}, {last}"
    return _hy(t, r), p, "area code ", ""


def _ph_ext(r, ch):
    p = phone(r)
    ext = str(r.randint(10, 9999))
    a, b, c = chunks(p, [3, 3, 4])
    if ch == "voice":
        z = _z(r)
        ex = r.choice(["extension ", "ext ", "extension number "])
        t = f"{say_digits(a, z)}, {say_digits(b, z)}, {say_digits(c, z)}, {ex}{say_digits(ext, z)}"
        return _hy(t, r), p
    x = r.choice([" ext. ", " ext ", " x", " x ", " Ext. ", ", extension "])
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"]) + x + ext, p


def _ph_typed(p, r):
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", p,
                     f"+1 {a} {b} {c}", f"({a}){b}-{c}", f"1 ({a}) {b} {c}"])  # fmt: skip


def _ph_asr(p, r):
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"{a} {b} {c[:2]} {c[2:]}", f"{say_digits(a, 'oh')} {b} {c}",
                     f"{a}-{b}-{c}", _asr(p, [3, 3, 4], r),
                     f"{a} {b} {say_digits(c, 'oh')}"])  # fmt: skip


def _ph_fax(p, r):
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1-{a}-{b}-{c}"])


# ---------------------------------------------------------------- EMAIL_ADDRESS
_DOM_SAID = {"gmail": ["gmail", "gmail", "g mail"], "aol": ["a o l", "AOL"],
             "att": ["a t t", "att"], "icloud": ["icloud", "i cloud"], "hotmail": ["hotmail"],
             "yahoo": ["yahoo"],
             "outlook": ["outlook"], "comcast": ["comcast"]}  # fmt: skip


def _say_dom(dom, r):
    name, tld = dom.split(".", 1)
    return r.choice(_DOM_SAID.get(name, [name])) + " dot " + tld.replace(".", " dot ")


def _at(r):
    return r.choice([" at ", " at ", " at ", " at sign ", " at symbol "])


def _sym(c, r):
    return {".": "dot", "_": "underscore", "-": r.choice(["dash", "hyphen"])}[c]


def _user_said(user, r, spell=False, num=None):
    out = []
    for t in re.findall(r"[a-z]+|\d+|[._-]", user):
        if t in "._-":
            out.append(_sym(t, r))
        elif t.isdigit():
            out.append(num(t) if num else say_digits(t, _z(r)))
        else:
            out.append(" ".join(t) if spell else t)
    return " ".join(out)


def _em_spelled(r, ch):
    e = email_of(r, *person(r))
    user, dom = e.split("@")
    return _user_said(user, r, spell=True) + _at(r) + _say_dom(dom, r), e


def _em_underscore(r, ch):
    e = email_of(r, *person(r), pattern=r.choice(["f_l", "f-l", "f_l"]))
    user, dom = e.split("@")
    return _user_said(user, r) + _at(r) + _say_dom(dom, r), e


def _em_as_in(r, ch):
    first, last = person(r)
    e = email_of(r, first, last, pattern=r.choice(["il", "i.l"]))
    user, dom = e.split("@")
    i = user[0].upper()
    words_ = AS_IN[i]
    rest = user[1:].lstrip(".")
    dot = " dot" if "." in user[:2] else ""
    head = f"{i} as in {r.choice(words_)}, {dot.strip() + ' ' if dot else ''}{rest}"
    t = f"{head}{r.choice([', ', ' '])}{_at(r).strip()} {_say_dom(dom, r)}"
    if r.random() < 0.3:
        t = f"{head}, {_spell(rest, r)}, {_at(r).strip()} {_say_dom(dom, r)}"
    return t, e


def _em_one_word(r, ch):
    first, last = person(r)
    e = email_of(r, first, last, pattern="fl")
    user, dom = e.split("@")
    note = r.choice(["all one word", "no spaces", "all lowercase", "all one word, lowercase"])
    name = r.choice([f"{first.lower()} {last.lower()}", user])
    return f"{name}, {note}, at {_say_dom(dom, r)}", e


def _em_numbers(r, ch):
    first, last = person(r)
    if r.random() < 0.5:
        y = r.randint(1960, 2005)
        user = f"{first[0].lower()}{last.lower()}{y}"
        said = f"{first[0].lower()} {last.lower()} {_year(y, r, False)}"
    else:
        k = rdigits(r, 2)
        user = f"{first.lower()}{last.lower()}{k}"
        said = (
            f"{first.lower()} {last.lower()} {r.choice([say_pair(k, 'oh'), say_digits(k, _z(r))])}"
        )
    dom = r.choice(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "icloud.com"])
    return f"{said}{_at(r)}{_say_dom(dom, r)}", f"{user}@{dom}"


def _em_asr(r, ch):
    e = email_of(r, *person(r), pattern=r.choice(["f.l", "fl", "il"]))
    user, dom = e.split("@")
    return r.choice([f"{user} at {dom}", f"{user}@{dom.replace('.', ' dot ')}", e,
                     f"{user.replace('.', ' dot ')} @ {dom}"]), e  # fmt: skip


def _em_plus(r, ch):
    first, last = person(r)
    k = r.random()
    if k < 0.4:
        e = email_of(r, first, last, pattern=r.choice(["f.l", "fl"]))
        u, dom = e.split("@")
        e = f"{u}+{r.choice(['bills', 'health', 'medical', 'portal'])}@{dom}"
    elif k < 0.7:
        sub = r.choice(["mail.", ""])
        org = r.choice(["riverbend", "acmehealth", "northstarcare"])
        e = f"{first[0].lower()}.{last.lower()}@{sub}{org}.org"
    else:
        dom = r.choice(["statefarm.com", "k12.wa.us", "cityofdayton.gov", "uhaul.com"])
        e = f"{first.lower()}.{last.lower()}@{dom}"
    return e, e


def _em_caps(r, ch):
    e = email_of(r, *person(r))
    k = r.random()
    if k < 0.4:
        return e.upper(), e
    if k < 0.7:
        return e, e, "<", ">"
    user, dom = e.split("@")
    return f"{user.capitalize()}@{dom}", e


# ---------------------------------------------------------------- IDs (MRN, plan, account)
def _mrn8(r):
    return rdigits(r, 8, lead=True)


def _lead_zero(n):
    def g(r):
        return "0" * r.randint(1, 3) + rdigits(r, n)

    return g


def _letters_as_in(prefix_choices, ndig, sizes):
    def fn(r, ch):
        p = r.choice(prefix_choices) if isinstance(prefix_choices, list) else prefix_choices(r)
        d = rdigits(r, ndig)
        z = _z(r)
        lets = ", ".join(_as_in(c, r) for c in p)
        digs = _grp(d, sizes, lambda g: say_digits(g, z), r.choice([", ", " "]))
        return _hy(f"{lets}, {digs}", r), p + d

    return fn


def _mrn_grouped(s, r):
    return r.choice(["-".join(chunks(s, [4, 4])), " ".join(chunks(s, [4, 4])),
                     "-".join(chunks(s, [2, 3, 3])),
                     "-".join(chunks(s, [2, 2, 2, 2]))])  # fmt: skip


def _mrn_facility(r):
    return r.choice(["SMC", "RB", "NSC", "LKS", "E", "K"]) + rdigits(r, r.choice([6, 7, 8]))


def _with_dash(s, r):
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return r.choice([s[:k] + "-" + s[k:], s, s[:k] + " " + s[k:]])


def _triples(s, r):
    """Groups of three as 'one eighty-seven', or now and then 'one hundred eighty-seven'."""
    z = _z(r)
    full = r.random() < 0.25

    def one(g):
        if g[0] == "0" or not full:
            return _three(g, r, z) if g[0] == "0" else say3(int(g))
        return words(int(g))

    return ", ".join(one(g) for g in chunks(s, [3] * 3))


def _mbi_typed(s, r):
    return r.choice(["-".join(chunks(s, [4, 3, 4])), s, " ".join(chunks(s, [4, 3, 4])), s.lower()])


def _mbi_said(s, r):
    z = _z(r)

    def c(x):
        return (z if x == "0" else DIG[int(x)]) if x.isdigit() else _as_in(x, r, 0.35)

    return ", ".join(" ".join(c(x) for x in g) for g in chunks(s, [4, 3, 4]))


def _hp_prefix_id(r):
    return letters(r, 3) + rdigits(r, 9)


def _hp_spaced(s, r):
    p, d = s[:3], s[3:]
    return r.choice(
        [
            f"{p} {d[:3]} {d[3:6]} {d[6:]}",
            f"{p}-{d}",
            s.lower(),
            f"{p} {d}",
            f"{p}{d[:3]}-{d[3:6]}-{d[6:]}",
        ]
    )


def _hp_suffix(r, ch):
    k = r.random()
    sfx = r.choice(["01", "02", "00", "03"])
    if k < 0.4:
        base = letters(r, 3) + rdigits(r, 9)
    elif k < 0.7:
        base = rdigits(r, 9, lead=True)
    else:
        base = r.choice("HWJRM") + rdigits(r, 8)
    return f"{base}{r.choice([' ', '-', '*', ' '])}{sfx}", base + sfx


def _hp_letter_pairs(r, ch):
    p = r.choice([letters(r, 1), letters(r, 3)])
    d = rdigits(r, 9 if len(p) == 3 else 10)
    sep = r.choice([", ", " "])
    t = f"{' '.join(p)}{sep}{_pairs(d, r, 'oh', sep)}"
    return _hy(t, r), p + d


def _hp_asr(r, ch):
    p, d = letters(r, 3), rdigits(r, 9)
    lets = r.choice([" ".join(p).lower(), p.lower(), " ".join(p)])
    return f"{lets} {_asr(d, [3, 3, 3], r)}", p + d


def _hp_group(r, ch):
    k = r.random()
    if k < 0.4:
        g = "0" + rdigits(r, 5)
    elif k < 0.7:
        g = letters(r, 1) + rdigits(r, 5)
    else:
        g = rdigits(r, 6, lead=True) + rdigits(r, 3)
    if ch == "voice":
        z = _z(r)
        return " ".join((z if c == "0" else DIG[int(c)]) if c.isdigit() else c for c in g), g
    if len(g) == 9:
        return r.choice([f"{g[:6]}-{g[6:]}", g]), g
    return g, g


def _ssn_masked(r, ch):
    s = ssn(r)[5:]
    return s, s, r.choice(["XXX-XX-", "***-**-", "xxx-xx-", "XXX XX "]), ""


def _acct10(r):
    return rdigits(r, r.randint(8, 10), lead=True)


def _acct_zero(r):
    s = list(rdigits(r, r.randint(8, 10), lead=True))
    for _ in range(2):
        s[r.randrange(1, len(s))] = "0"
    return "".join(s)


def _acct_hash(r, ch):
    s = _acct10(r)
    return s, s, "#", ""


def _acct_prefix(r):
    return r.choice(["PA", "G", "HAR", "A", "GA", "V"]) + rdigits(r, r.choice([7, 8, 9]))


def _acct_grouped(s, r):
    return r.choice([" ".join(chunks(s, [4, 4, len(s) - 8])), "-".join(chunks(s, [4, len(s) - 4])),
                     "-".join(chunks(s, [3, 3, len(s) - 6]))])  # fmt: skip


def _acct12(r):
    return rdigits(r, r.choice([9, 12]), lead=True)


# ---------------------------------------------------------------- IP / URL
def _ip_digits(ip, r):
    z = r.choice(["zero", "oh", "zero"])
    sep = r.choice([" dot ", " dot ", " point ", " period "])
    return sep.join(say_digits(o, z) for o in ip.split("."))


def _ip_point(ip, r):
    sep = r.choice([" point ", " dot "])
    return sep.join("oh" if o == "0" else say3(int(o)) for o in ip.split("."))


def _ip6_upper(r):
    g = ["2001", "0db8"] + [f"{r.randrange(65536):04x}" for _ in range(6)]
    return ":".join(g).upper()


def _url_host(r):
    u = portal_url(r, False)
    host, path = u.split("/", 1)
    return host, path.split("/")[0]


def _url_said_host(h, r):
    return h.replace("-", " dash ").replace(".", " dot ")


def _url_slash(r, ch):
    host, seg = _url_host(r)
    # callers sometimes say "backslash" for a slash
    sl = r.choices([" slash ", " forward slash ", " backslash "], [5, 3, 1])[0]
    return f"{_url_said_host(host, r)}{sl}{seg}", f"{host}/{seg}"


def _url_www(r, ch):
    host, seg = _url_host(r)
    site = host.split(".", 1)[1]
    w = r.choice(["w w w", "www", "dub dub dub", "double u double u double u"])
    t = f"{w} dot {_url_said_host(site, r)}"
    canon = "www." + site
    if r.random() < 0.5:
        t += f" slash {seg}"
        canon += "/" + seg
    return t, canon


def _url_bare(r):
    return portal_url(r, False)


def _url_http(r, ch):
    u = portal_url(r, r.random() < 0.7)
    k = r.random()
    if k < 0.3:
        u = u.replace("https://", "http://") + "?ref=" + r.choice(["email", "sms", "stmt"])
        return u, u
    if k < 0.6:
        return u, u, "<", ">"
    u = u.rsplit("/", 1)[0] + "/login?next=%2F" + r.choice(["claims", "billing", "messages"])
    return u, u


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("d2_cc_spoken_pairs", "v", _num(_card16, _cc_pairs)),
        fam("d2_cc_spoken_oh_runs", "v", _num(lambda r: card(r, run=True), _cc_runs)),
        fam("d2_cc_asr_mixed", "v",
            _num(card, lambda n, r: _asr(n, [4, 4, 4, 4] if len(n) == 16 else [4, 6, 5], r))),
        fam("d2_cc_spoken_group_restart", "v", _v(_cc_restart)),
        fam("d2_cc_amex_mixed_styles", "v", _num(lambda r: card(r, "amex"), _amex_mixed)),
        fam("d2_cc_typed_odd_spacing", "t", _num(card, _cc_typed_odd)),
    ],
    "CARD_CVV": [
        fam("d2_cvv_hundreds", "v", _num(_cvv_nz, lambda s, r: _three(s, r))),
        fam("d2_cvv_oh_zero", "v", _num(_cvv_zero, _cvv_oh)),
        fam("d2_cvv_double_triple", "v", _num(_cvv_run, lambda s, r: say_runs(s, _z(r)))),
        fam("d2_cvv_asr_mixed", "v", _num(_cvv_nz, lambda s, r: _asr(s, [1, 1, 1], r)
                                           if r.random() < 0.6 else f"{DIG[int(s[0])]} {s[1:]}")),
        fam("d2_cvv_amex_pairs", "v", _num(lambda r: rdigits(r, 4, lead=True), _four_exact),
            nouns=AMEX_CID),
        fam("d2_cvv_comma_digits", "v", _num(lambda r: rdigits(r, 3),
                                             lambda s, r: ", ".join(say_digits(s, _z(r)).split()))),
        fam("d2_cvv_typed_spaced", "t", _num(lambda r: rdigits(r, 3), _cvv_typed), nouns=TYPED_CVV),
        fam("d2_cvv_typed_amex_4", "t", _num(lambda r: rdigits(r, 4), _cvv_typed), nouns=AMEX_CID),
    ],
    "CARD_EXPIRY": [
        fam("d2_exp_spoken_oh_month", "v", _exp(_exp_oh_month)),
        fam("d2_exp_spoken_bare_month", "v", _exp(_exp_bare_month)),
        fam("d2_exp_spoken_slash_said", "v", _exp(_exp_slash)),
        fam("d2_exp_spoken_month_full_year", "v", _exp(_exp_name_full_year)),
        fam("d2_exp_spoken_corrected", "v", _exp_corrected),
        fam("d2_exp_asr_formats", "v", _exp(_exp_asr)),
        fam("d2_exp_typed_compact", "t", _exp(_exp_typed)),
        fam("d2_exp_typed_month_abbrev", "t", _exp(_exp_mon)),
    ],
    "BANK_ACCOUNT": [
        fam("d2_bank_routing_spoken_oh_runs", "v", _num(_routing_zero, _oh_groups([3, 3, 3])),
            nouns=ROUTING),
        fam("d2_bank_routing_asr_mixed", "v", _num(aba, lambda s, r: _asr(s, [3, 3, 3], r)),
            nouns=ROUTING),
        fam("d2_bank_routing_typed_spaced", "t", _num(aba, _routing_typed), nouns=ROUTING),
        fam("d2_bank_account_spoken_pairs", "v", _num(_bank_acct, _pairs_render), nouns=CHECKING),
        fam("d2_bank_account_spoken_oh_runs", "v", _num(_acct_zero, _oh_runs_any), nouns=CHECKING),
        fam("d2_bank_account_typed_long", "t", _num(_acct12, _typed_long), nouns=CHECKING),
        fam("d2_bank_iban_typed_compact", "t", _num(iban, _iban_typed), nouns=IBANS),
        fam("d2_bank_iban_spoken", "v", _num(iban, _iban_spoken), nouns=IBANS),
    ],
    "PERSON": [
        fam("d2_person_spelled_surname", "v", _p_spelled),
        fam("d2_person_last_comma_first", "vt", _p_last_first),
        fam("d2_person_third_party_asked", "vt", _p_third, ctx="ask",
            nouns=["patient's name", "policyholder's name", "name on the account"]),
        fam("d2_person_third_party_volunteered", "vt", _p_third, ctx="volunteer",
            nouns=["patient's name", "policyholder's name", "name on the account"]),
        fam("d2_person_particle_hyphen", "vt", _p_particle),
        fam("d2_person_provider_title", "vt", _p_provider, nouns=PROVIDER),
        fam("d2_person_middle_initial", "t", _p_initial),
        fam("d2_person_agent_intro_first", "vt", _intro_first, ctx="intro"),
        fam("d2_person_agent_intro_full", "vt", _intro_full, ctx="intro"),
    ],
    "DATE_OF_BIRTH": [
        fam("d2_dob_spoken_numeric_oh", "v", _dob(_dob_oh)),
        fam("d2_dob_spoken_numeric_bare", "v", _dob(_dob_bare)),
        fam("d2_dob_spoken_month_year_styles", "v", _dob(_dob_month_styles)),
        fam("d2_dob_spoken_day_of_month", "v", _dob(_dob_day_of)),
        fam("d2_dob_spoken_corrected", "v", _dob_corrected),
        fam("d2_dob_asr_formats", "v", _dob(_dob_asr)),
        fam("d2_dob_typed_day_first", "t", _dob(_day_first)),
        fam("d2_dob_typed_iso", "t", _dob(_iso_typed)),
        fam("d2_dob_typed_compact_short", "t", _dob(_dob_compact)),
        fam("d2_dob_typed_abbrev_month", "t", _dob(_date_abbrev)),
    ],
    "DATE": [
        fam("d2_date_spoken_numeric_year", "v", _svc(_svc_numeric)),
        fam("d2_date_spoken_month_year_styles", "v", _svc(_svc_month_year)),
        fam("d2_date_spoken_weekday", "v", _svc(_svc_weekday)),
        fam("d2_date_spoken_ordinal_of_month", "v", _svc(_svc_of_month)),
        fam("d2_date_spoken_corrected", "v", _svc_corrected),
        fam("d2_date_asr_formats", "v", _svc(_svc_asr)),
        fam("d2_date_typed_iso", "t", _svc(_iso_typed)),
        fam("d2_date_typed_day_first", "t", _svc(_day_first)),
        fam("d2_date_typed_short", "t", _svc(_svc_short)),
        fam("d2_date_typed_weekday_abbrev", "t", _svc(_svc_weekday_typed)),
    ],
    "ADDRESS": [
        fam("d2_addr_spoken_house_pairs", "v", _v(_addr_spoken_pairs)),
        fam("d2_addr_spoken_unit", "v", _v(_addr_spoken_unit)),
        fam("d2_addr_asr_full", "v", _addr_asr),
        fam("d2_addr_typed_unit_variants", "t", _addr_typed_unit),
        fam("d2_addr_typed_directional", "t", _addr_directional),
        fam("d2_addr_po_box", "vt", _v(_po_box), nouns=MAIL),
        fam("d2_addr_rural_route", "vt", _v(_rural), nouns=MAIL),
        fam("d2_addr_zip_plus4", "vt", _v(_zip4), nouns=ZIP4),
        fam("d2_addr_zip_spoken_runs", "v", _zip_runs, nouns=ZIPS),
    ],
    "PHONE_NUMBER": [
        fam("d2_phone_spoken_oh_runs", "v", _num(lambda r: phone(r, zero=True), _ph_oh)),
        fam("d2_phone_spoken_pairs_last4", "v", _num(phone, _ph_pairs)),
        fam("d2_phone_spoken_round_last4", "v", _num(_phone_round, _ph_round)),
        fam("d2_phone_area_code_separate", "v", _ph_area),
        fam("d2_phone_extension", "vt", _ph_ext),
        fam("d2_phone_asr_mixed", "v", _num(phone, _ph_asr)),
        fam("d2_phone_typed_variants", "t", _num(phone, _ph_typed)),
        fam("d2_phone_fax_typed", "t", _num(phone, _ph_fax), nouns=FAX),
    ],
    "EMAIL_ADDRESS": [
        fam("d2_email_spelled_user", "v", _v(_em_spelled)),
        fam("d2_email_underscore_dash", "v", _v(_em_underscore)),
        fam("d2_email_letter_as_in", "v", _v(_em_as_in)),
        fam("d2_email_all_one_word", "v", _em_one_word),
        fam("d2_email_numbers_said", "v", _v(_em_numbers)),
        fam("d2_email_asr_partial_symbols", "v", _em_asr),
        fam("d2_email_typed_plus_work", "t", _em_plus),
        fam("d2_email_typed_caps_brackets", "t", _em_caps),
    ],
    "US_SSN": [
        fam("d2_ssn_spoken_numbers", "v", _num(ssn, lambda s, r: ", ".join(
            [_three(s[:3], r), say_pair(s[3:5], "oh"), _four(s[5:], r, round_ok=False)]))),
        fam("d2_ssn_spoken_oh_runs", "v", _num(ssn, _oh_groups([3, 2, 4]))),
        fam("d2_ssn_asr_mixed", "v", _num(ssn, lambda s, r: _asr(s, [3, 2, 4], r))),
        fam("d2_ssn_typed_spaced", "t", _num(ssn, lambda s, r: r.choice(
            [" ".join(chunks(s, [3, 2, 4])), ".".join(chunks(s, [3, 2, 4])),
             " - ".join(chunks(s, [3, 2, 4]))]))),
        fam("d2_ssn_last4_pairs", "v", _num(lambda r: ssn(r)[5:], lambda s, r: _four(s, r)),
            nouns=LAST4),
        fam("d2_ssn_last4_oh_runs", "v", _num(lambda r: ssn(r)[5:], lambda s, r: _dig(s, r)),
            nouns=LAST4),
        fam("d2_ssn_last4_typed_masked", "t", _ssn_masked, nouns=LAST4),
        fam("d2_ssn_last4_asr", "v", _num(lambda r: ssn(r)[5:], lambda s, r: r.choice(
            [s, f"{s[:2]} {s[2:]}", _asr(s, [1, 1, 1, 1], r)])), nouns=LAST4),
    ],
    "MEDICAL_RECORD_NUMBER": [
        fam("d2_mrn_spoken_pairs", "v", _num(_mrn8, _pairs_render)),
        fam("d2_mrn_spoken_leading_zeros", "v", _num(_lead_zero(6), lambda s, r: _dig(s, r))),
        fam("d2_mrn_letters_as_in", "v",
            _letters_as_in(["MR", "E", "H", "RB", "K", "MR"], 7, [3, 4])),
        fam("d2_mrn_asr_mixed", "v", _num(_mrn8, lambda s, r: _asr(s, [4, 4], r))),
        fam("d2_mrn_spoken_triples", "v", _num(lambda r: rdigits(r, 9, lead=True), _triples)),
        fam("d2_mrn_typed_grouped", "t", _num(_mrn8, _mrn_grouped)),
        fam("d2_mrn_typed_facility_prefix", "t", _num(_mrn_facility, _with_dash)),
    ],
    "HEALTH_PLAN_ID": [
        fam("d2_hp_mbi_typed", "t", _num(mbi, _mbi_typed), nouns=MBI_NOUNS),
        fam("d2_hp_mbi_spoken", "v", _num(mbi, _mbi_said), nouns=MBI_NOUNS),
        fam("d2_hp_prefix_letters_as_in", "v",
            _letters_as_in(lambda r: letters(r, 3), 9, [3, 3, 3])),
        fam("d2_hp_letters_then_pairs", "v", _hp_letter_pairs),
        fam("d2_hp_asr_mixed", "v", _hp_asr),
        fam("d2_hp_typed_spaced_prefix", "t", _num(_hp_prefix_id, _hp_spaced)),
        fam("d2_hp_typed_dependent_suffix", "t", _hp_suffix),
        fam("d2_hp_group_alnum", "vt", _hp_group, nouns=GROUP),
    ],
    "ACCOUNT_NUMBER": [
        fam("d2_acct_spoken_pairs", "v", _num(_acct10, _pairs_render)),
        fam("d2_acct_spoken_oh_runs", "v", _num(_acct_zero, _oh_runs_any)),
        fam("d2_acct_spoken_triples", "v", _num(lambda r: rdigits(r, 9, lead=True), _triples)),
        fam("d2_acct_asr_mixed", "v", _num(_acct10, lambda s, r: _asr(s, _acct_sizes(s), r))),
        fam("d2_acct_typed_hash", "t", _acct_hash),
        fam("d2_acct_typed_letter_prefix", "t", _num(_acct_prefix, _with_dash)),
        fam("d2_acct_typed_grouped", "t", _num(_acct10, _acct_grouped)),
    ],
    "IP_ADDRESS": [
        fam("d2_ip_v4_spoken_digit_by_digit", "v", _num(ipv4, _ip_digits)),
        fam("d2_ip_v4_spoken_point_numbers", "v", _num(ipv4, _ip_point)),
        fam("d2_ip_v6_typed_compressed", "t",
            _num(lambda r: ipv6(r, compress=True), lambda s, r: s)),
        fam("d2_ip_v6_typed_upper_padded", "t", _num(_ip6_upper, lambda s, r: s)),
    ],
    "URL": [
        fam("d2_url_spoken_slash", "v", _url_slash),
        fam("d2_url_spoken_www", "v", _url_www),
        fam("d2_url_typed_bare_host_path", "t", _num(_url_bare, lambda s, r: s)),
        fam("d2_url_typed_http_query_brackets", "t", _url_http),
    ],
}
# fmt: on


# ---------------------------------------------------------------- negatives (PCI calls)
def _say_neg(s, ch, r, sizes=None):
    if ch != "voice":
        return s
    d = "".join(c for c in s if c.isalnum())
    z = _z(r)
    if sizes:
        return ", ".join(say_digits(g, z) for g in chunks(d, sizes))
    return say_digits(d, z)


def _neg_order(r, ch):
    s = rdigits(r, 3, lead=True) + rdigits(r, 14)
    if ch == "voice":
        t = r.choice([_say_neg(s, ch, r, [3, 7, 7]), _pairs(s, r, "oh", ", ")])
        return [("customer", "The order number on the confirmation email is {v}.", _hy(t, r))]
    return [("customer", "Order number is {v}.", "-".join(chunks(s, [3, 7, 7])))]


def _neg_tracking(r, ch):
    if r.random() < 0.5:
        s = "9400" + rdigits(r, 18)
        sizes = [4] * 5 + [2]
    else:
        s = "7" + rdigits(r, 11)
        sizes = [4, 4, 4]
    v = _say_neg(s, ch, r, sizes) if ch == "voice" else " ".join(chunks(s, sizes))
    return [("agent", "The package is on its way, tracking number {v}.", v)]


def _neg_amount(r, ch):
    d, c = r.randint(101, 1999), r.randint(1, 99)
    if ch == "voice":
        if d < 1000:
            said = r.choice(
                [
                    f"{say3(d)} {say_pair(f'{c:02d}')}",
                    f"{say3(d)} dollars and {words(c)} cents",
                    f"{words(d)} dollars and {words(c)} cents",
                ]
            )
        else:
            said = r.choice(
                [
                    f"{_four(str(d), r, round_ok=False)} and {words(c)} cents",
                    f"{words(d)} dollars and {words(c)} cents",
                ]
            )
        return [("agent", "The invoice total comes to {v}.", _hy(said, r))]
    return [
        (
            "agent",
            "The invoice total comes to {v}.",
            r.choice([f"${d:,}.{c:02d}", f"USD {d}.{c:02d}"]),
        )
    ]


def _neg_ticket(r, ch):
    s = r.choice(["INC", "CS", "TKT"]) + rdigits(r, 7)
    if ch == "voice":
        d = s.lstrip("INCSTK")
        return [
            (
                "agent",
                "I've opened a ticket for this, the case number is {v}.",
                ", ".join(say_digits(g, _z(r)) for g in chunks(d, [3, 4])),
            )
        ]
    return [
        (
            "agent",
            "I've opened a ticket for this, reference {v}.",
            r.choice([s, s[:-7] + "-" + s[-7:]]),
        )
    ]


def _neg_ssn_shaped(r, ch):
    s = rdigits(r, 3, lead=True) + rdigits(r, 6)
    v = _say_neg(s, ch, r, [3, 2, 4]) if ch == "voice" else "-".join(chunks(s, [3, 2, 4]))
    return [("agent", "Your confirmation number for today's payment is {v}.", v)]


def _imei(r):
    body = "35" + rdigits(r, 12)
    return body + luhn_digit(body)


def _neg_imei(r, ch):
    s = _imei(r)
    if ch == "voice":
        v = _say_neg(s, ch, r, [2, 6, 6, 1])
    else:
        v = r.choice([s, "-".join(chunks(s, [2, 6, 6, 1])), " ".join(chunks(s, [2, 6, 6, 1]))])
    return [("customer", "It's about the phone I ordered, the IMEI on the box is {v}.", v)]


def _luhn_window_ref(r):
    c = card(r, r.choice(["visa", "mastercard", "discover"]))
    return rdigits(r, r.randint(3, 5), lead=True) + c + rdigits(r, r.randint(3, 5))


def _neg_luhn_window(r, ch):
    s = _luhn_window_ref(r)
    v = _say_neg(s, ch, r) if ch == "voice" else s
    return [("agent", "The reference number for the wire transfer is {v}.", v)]


# An e-mail keeps only the customer's lines and the agent's lines that hold a decoy, so the
# question-and-answer negatives are one self-contained line there.
def _neg_last_four(r, ch):
    s = rdigits(r, 4)
    if ch == "voice":
        s = _hy(r.choice([say_digits(s, _z(r)), _four(s, r, round_ok=False)]), r)
    if ch == "email":
        return [("agent", "The payment was taken from the card ending in {v}.", s)]
    return [
        ("agent", "I see a card ending in {v} on file, is that the one you want to use?", s),
        ("customer", "Yes, that one.", None),
    ]


def _neg_zip(r, ch):
    z = address(r)["zip"]
    if ch == "email":
        return [("customer", "The billing zip code for the card is {v}.", z)]
    return [
        ("agent", "And the billing zip code for that card?", None),
        ("customer", "It's {v}.", _dig(z, r) if ch == "voice" else z),
    ]


def _neg_dob(r, ch):
    cv = "v" if ch == "voice" else "t"
    f = r.choice([f for f in FAMILIES["DATE_OF_BIRTH"] if cv in f.chans])
    if ch == "email":
        return [
            (
                "customer",
                "For verification, the account holder's date of birth is {v}.",
                f.fn(r, ch)[0],
            )
        ]
    return [
        ("agent", "For security, can you verify the date of birth on the account?", None),
        ("customer", "Sure, {v}.", f.fn(r, ch)[0]),
    ]


# Negatives: fn(r, channel) -> [(speaker, template, decoy value or None)]; nothing is labeled.
# fmt: off
NEGATIVES = [
    fam("d2_neg_order_number_17", "vt", _neg_order),
    fam("d2_neg_tracking_grouped", "vt", _neg_tracking),
    fam("d2_neg_invoice_amount", "vt", _neg_amount),
    fam("d2_neg_ticket_id", "vt", _neg_ticket),
    fam("d2_neg_ssn_shaped_confirmation", "vt", _neg_ssn_shaped),
    fam("d2_neg_imei_luhn_valid", "vt", _neg_imei),
    fam("d2_neg_luhn_window_in_reference", "vt", _neg_luhn_window),
    fam("d2_neg_card_last_four", "vt", _neg_last_four),
    fam("d2_neg_billing_zip", "vt", _neg_zip),
    fam("d2_neg_dob_verification", "vt", _neg_dob),
    fam("d2_neg_phone_in_pci", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "If we get cut off, you can reach me at {v}.")),
    fam("d2_neg_date_in_pci", "vt",
        from_family(FAMILIES, "DATE", "Your autopay will start on {v}.", "agent")),
]
# fmt: on


def _has_card_window(s):
    return any(luhn_ok(s[i : i + 16]) and s[i] in "23456" for i in range(len(s) - 15))


assert all(luhn_ok(_imei(random.Random(i))) for i in range(50))
assert all(_has_card_window(_luhn_window_ref(random.Random(i))) for i in range(50))
