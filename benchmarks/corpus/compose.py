"""Compositional machinery of the independent redaction corpus.

An interaction is an opening, filler exchanges, scenes and a closing.  A scene is
entity x family (surface form) x context mode x ASR noise x channel x position.
Families and phrasings live in forms_dev.py / forms_heldout.py; this module knows
how to make valid values (Luhn, ABA, IBAN mod 97, SSA rules, MBI), how to say
numbers, and how to assemble turns with exact character offsets.
"""

import calendar
import datetime
import re
import string
from collections import namedtuple

PCI = ["CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT"]
# fmt: off
HIPAA = ["PERSON", "DATE_OF_BIRTH", "DATE", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "IP_ADDRESS", "URL"]
# fmt: on
ENTITIES = PCI + HIPAA

# A family: name, channels ("v" voice, "t" typed chat/email), fn(r, channel) returning
# (text, canonical) or (text, canonical, pre, post) with unlabeled pre/post text, and opts
# (nouns=[...] overrides the split's nouns; ctx="intro"|"readback_only" forces a context).
Family = namedtuple("Family", "name chans fn opts")


def fam(name, chans, fn, **opts):
    return Family(name, chans, fn, opts)


# ---------------------------------------------------------------- saying numbers
DIG = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = list(calendar.month_name)[1:]
MON3 = [m[:3] for m in MONTHS]
DIGWORDS = {*DIG, "oh"}
NUMWORDS = DIGWORDS | set(TEENS) | set(TENS[2:])
ORDINAL = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def words(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        return DIG[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def ordinal(n):
    if n > 20 and n % 10:
        return TENS[n // 10] + " " + ordinal(n % 10)
    if n in ORDINAL:
        return ORDINAL[n]
    w = words(n)
    return w[:-1] + "ieth" if w.endswith("y") else w + "th"


def say_digits(s, zero="zero"):
    """'4a0' -> 'four a zero': digits as words, letters as lower-case letters."""
    return " ".join(
        (zero if c == "0" else DIG[int(c)]) if c.isdigit() else c.lower() for c in s if c.isalnum()
    )


def say_pair(p, zero="oh"):
    if len(p) == 1:
        return zero if p == "0" else DIG[int(p)]
    if p[0] == "0":
        return zero + " " + (zero if p[1] == "0" else DIG[int(p[1])])
    return words(int(p))


def say_pairs(s, zero="oh"):
    return " ".join(say_pair(s[i : i + 2], zero) for i in range(0, len(s), 2))


def say_runs(s, zero="oh"):
    """'4111' -> 'four triple one', '0044' -> 'double oh double four'."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n, w = j - i, (zero if s[i] == "0" else DIG[int(s[i])])
        while n:
            k = 3 if n in (3, 5) else 2 if n >= 2 else 1
            out.append({3: "triple ", 2: "double ", 1: ""}[k] + w)
            n -= k
        i = j
    return " ".join(out)


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + DIG[y % 10])
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else f"oh {DIG[lo]}" if lo < 10 else words(lo))


def say_yy(y):
    return say_pair(f"{y % 100:02d}")


def say3(n):
    """192 -> 'one ninety two', 45 -> 'forty five' (house numbers, octets, CVVs)."""
    return words(n) if n < 100 else words(n // 100) + " " + say_pair(f"{n % 100:02d}")


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return [c for c in out if c] + ([s[i:]] if i < len(s) else [])


def card_groups(n):
    return chunks(n, {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(n), [4, 4, 4, 4]))


def norm(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


# ---------------------------------------------------------------- valid values
def rdigits(r, n, lead=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    return (str(r.randint(1, 9)) + s[1:]) if lead and s else s


def letters(r, k):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(body):
    return next(str(d) for d in range(10) if luhn_ok(body + str(d)))


# fmt: off
BRANDS = {"visa": (["4"], 16), "amex": (["34", "37"], 15), "diners": (["36"], 14),
          "mastercard": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
          "discover": (["6011", "644", "65"], 16), "jcb": (["3528", "3566", "3589"], 16)}
CARD_MIX = ["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners"]
ABA_PREFIX = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
              "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"]
IBAN_FMT = {"GB": "AAAA" + "9" * 14, "DE": "9" * 18, "NL": "AAAA" + "9" * 10,
            "FR": "9" * 10 + "X" * 11 + "99", "ES": "9" * 20, "IT": "A" + "9" * 10 + "X" * 12,
            "IE": "AAAA" + "9" * 14}
# fmt: on


def card(r, brand=None, run=False):
    """A Luhn-valid card number with a real brand prefix; run=True forces a repeated digit."""
    pre, n = BRANDS[brand or r.choice(CARD_MIX)]
    p = r.choice(pre)
    body = p + rdigits(r, n - 1 - len(p))
    if run:
        k = r.randrange(len(p), n - 4)
        body = (body[:k] + body[k] * r.choice([2, 3]) + body[k + 3 :])[: n - 1]
    return body + luhn_digit(body)


def aba_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and sum(w * x for w, x in zip([3, 7, 1] * 3, d, strict=True)) % 10 == 0


def aba(r):
    b = r.choice(ABA_PREFIX) + rdigits(r, 6)
    d = [int(c) for c in b]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return b + str(-s % 10)


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = s.upper()
    return len(s) >= 15 and _mod97(s[4:] + s[:4]) == 1


def iban(r, cc=None):
    cc = cc or r.choice(sorted(IBAN_FMT))
    up, al = string.ascii_uppercase, string.ascii_uppercase + string.digits
    bban = "".join(
        r.choice(up) if c == "A" else r.choice(al) if c == "X" else str(r.randrange(10))
        for c in IBAN_FMT[cc]
    )
    return f"{cc}{98 - _mod97(bban + cc + '00'):02d}{bban}"


def ssn(r):
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def ssn_ok(s):
    bad = s[:3] in ("000", "666") or s[0] == "9" or s[3:5] == "00" or s[5:] == "0000"
    return len(s) == 9 and s.isdigit() and not bad


def phone(r, zero=False):
    def three():
        s = str(r.randint(2, 9)) + rdigits(r, 2)
        return s if s[1:] != "11" else s[0] + "20"

    p = three() + three() + rdigits(r, 4)
    if zero and "0" not in p[1:]:
        k = r.randrange(4, 10)
        p = p[:k] + "0" + p[k + 1 :]
    return p


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r):
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    an, n = MBI_A + string.digits, string.digits
    pat = ["123456789", MBI_A, an, n, MBI_A, an, n, MBI_A, MBI_A, n, n]
    return "".join(r.choice(p) for p in pat)


# fmt: off
FIRST = ["Maria", "James", "Aisha", "Wei", "Carlos", "Emily", "Dmitri", "Priya", "Kwame", "Sofia",
         "Liam", "Nguyen", "Fatima", "Robert", "Yuki", "Grace", "Mohammed", "Hannah", "Diego",
         "Olivia", "Tomasz", "Keisha", "Arjun", "Megan", "Samuel", "Lucia", "Brandon", "Ines",
         "Darnell", "Chloe"]
LAST = ["Lopez", "Smith", "Okafor", "Chen", "Garcia", "Johnson", "Kowalski", "Patel", "Mensah",
        "Rossi", "Murphy", "Tran", "Haddad", "Williams", "Tanaka", "Brooks", "Rahman", "Schneider",
        "Alvarez", "Reid", "Novak", "Washington", "Iyer", "Sullivan", "Adeyemi", "Moreno",
        "Fitzgerald", "Costa", "Jenkins", "Kim"]
MIDDLE = ["Ann", "Lee", "Marie", "James", "Elena", "Grace", "Ray", "Jo"]
STREETS = ["Main", "Oak", "Maple", "Cedar", "Washington", "Lakeview", "Pine Ridge", "Elm",
           "Highland", "Park", "Sunset", "Willow Creek", "Church", "Mill", "Franklin", "Riverside"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way")]
CITIES = [("Springfield", "IL", "Illinois", "627"), ("Dayton", "OH", "Ohio", "454"),
          ("Tucson", "AZ", "Arizona", "857"), ("Albany", "NY", "New York", "122"),
          ("Raleigh", "NC", "North Carolina", "276"), ("Fresno", "CA", "California", "937"),
          ("Spokane", "WA", "Washington", "992"), ("Macon", "GA", "Georgia", "312"),
          ("Boise", "ID", "Idaho", "837"), ("Erie", "PA", "Pennsylvania", "165"),
          ("Tulsa", "OK", "Oklahoma", "741"), ("Madison", "WI", "Wisconsin", "537")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
           "hotmail.com", "att.net"]
ORGS = ["acmehealth", "bluepeak", "riverbend", "northstarcare", "summitmed", "lakeside-clinic"]
# fmt: on


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def address(r):
    city, st, state, z = r.choice(CITIES)
    suf, abbr = r.choice(SUFFIX)
    num = str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 9899)]))
    return dict(num=num, street=r.choice(STREETS), suf=suf, abbr=abbr, city=city, st=st,
                state=state, zip=z + rdigits(r, 2), plus4=rdigits(r, 4),
                unit=r.choice(["2", "3B", "14", "210", "4C"]))  # fmt: skip


def addr_canon(a, parts="street city zip"):
    out = []
    if "street" in parts:
        out += [a["num"], a["street"], a["suf"]]
    if "unit" in parts:
        out += ["unit", a["unit"]]
    if "city" in parts:
        out += [a["city"], a["st"]]
    if "zip" in parts:
        out += [a["zip"]]
    return " ".join(out)


def day(r, y0, y1):
    y, m = r.randint(y0, y1), r.randint(1, 12)
    return y, m, r.randint(1, calendar.monthrange(y, m)[1])


def iso(y, m, d):
    return f"{y:04d}{m:02d}{d:02d}"


def weekday(y, m, d):
    return calendar.day_name[datetime.date(y, m, d).weekday()]


def email_of(r, first, last, pattern=None):
    f, n = first.lower(), last.lower()
    pattern = pattern or r.choice(["f.l", "fl", "f_l", "il", "fl99", "l.f"])
    tail = rdigits(r, 2)
    user = {"f.l": f"{f}.{n}", "fl": f + n, "f_l": f"{f}_{n}", "il": f[0] + n, "fl99": f + n + tail,
            "l.f": f"{n}.{f}", "i.l": f"{f[0]}.{n}", "f-l": f"{f}-{n}"}[pattern]  # fmt: skip
    return user + "@" + r.choice(DOMAINS)


def say_email(addr, spell=False, zero="zero"):
    """'j.smith@gmail.com' -> 'j dot smith at gmail dot com'; spell=True spells the user part."""
    user, dom = addr.lower().split("@")
    sym = {".": "dot", "_": "underscore", "-": "dash"}
    out = []
    for t in re.findall(r"[a-z]+|\d+|[._-]", user):
        if t in sym:
            out.append(sym[t])
        elif t.isdigit():
            out.append(say_digits(t, zero) if spell or len(t) != 2 else words(int(t)))
        else:
            out.append(" ".join(t) if spell else t)
    return " ".join(out) + " at " + dom.replace(".", " dot ")


def ipv4(r):
    first = r.choice([10, 172, 192, 24, 73, 98, 203, 66, 108, 151])
    second = {10: r.randint(0, 255), 172: r.randint(16, 31), 192: 168}.get(first, r.randint(0, 255))
    return f"{first}.{second}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r, compress=False):
    g = ["2001", "db8"] + [f"{r.randrange(65536):x}" for _ in range(6)]
    if compress:
        g[2:5] = ["", ""] if r.random() < 0.5 else [""]
        s = ":".join(g).replace(":::", "::")
        return s if "::" in s else "fe80::" + ":".join(g[-4:])
    return ":".join(g)


def portal_url(r, scheme=True):
    host = r.choice(["portal", "mychart", "billing", "members"]) + "." + r.choice(ORGS)
    host += "." + r.choice(["org", "com"])
    path = r.choice(["patient", "visits", "statements", "results", "claims"])
    path += "/" + rdigits(r, 6, lead=True)
    return ("https://" if scheme else "") + host + "/" + path


def from_family(families, entity, tmpl, speaker="customer"):
    """A negative whose value is said in one of the split's own forms (not a finding under pci)."""

    def fn(r, ch):
        cv = "v" if ch == "voice" else "t"
        fs = [f for f in families[entity] if cv in f.chans and not f.opts.get("ctx")]
        return [(speaker, tmpl, r.choice(fs).fn(r, ch)[0])]

    return fn


# ---------------------------------------------------------------- assembly
FILL = ["uh", "um"]
PUNCT = re.compile(r"[,.?!;:](?=\s|$)")
# fmt: off
ORG = {"banking": ["First Harbor Bank", "Unity Credit Union", "Keystone Card Services"],
       "retail": ["Northwind Outfitters", "BrightHome Appliances", "Parcel & Pine"],
       "health": ["Bluepeak Health Plan", "Riverbend Medical Group", "Summit Member Services"]}
REASON = {
    "banking": ["Hi, I need to make a payment on my credit card.",
                "Hi, I'd like to set up autopay from my checking.",
                "Hello, I think there's a charge on my card I don't recognize.",
                "Hi, I'm calling to pay my balance."],
    "retail": ["Hi, I'm calling to pay for an order I placed.",
               "Hi, my payment got declined online so I'm calling in.",
               "Hello, I want to update the card on my subscription."],
    "health": ["Hi, I have a question about a bill I got.",
               "Hello, I'm trying to get into the patient portal.",
               "Hi, I need to check if my claim went through.",
               "Hi, I'm calling about my coverage for a procedure."]}
EMAIL_REASON = {
    "banking": ["I'm writing to make a payment on my card account.",
                "Please set up autopay from my checking account.",
                "I'm writing about a charge I don't recognize."],
    "retail": ["I'm writing to pay for my recent order.",
               "My payment was declined on the website, so I'm sending it here."],
    "health": ["I'm writing about a bill I received.", "I can't log into the patient portal.",
               "I'd like to know whether my claim has been processed."]}
FILLER = {
    "banking": [("Let me pull up the account, one moment please.", "Sure, no problem."),
                ("Thanks for waiting, the system is a little slow today.", "That's okay."),
                ("Is this for the full statement balance or the minimum?",
                 "The full balance, I think."),
                ("I'm just adding a note to the account.", "Okay."),
                ("Can you still hear me okay?", "Yes, I can hear you."),
                ("I do see the recent activity here.", "Good, I was worried about that."),
                ("Would you like a confirmation sent by text?", "No, that's fine."),
                ("Alright, I'm going to process that for you now.", "Great, thank you.")],
    "retail": [("Let me look up that order for you.", "Thanks."),
               ("I see it was placed last week.", "Yes, that's the one."),
               ("It looks like the first payment attempt didn't go through.",
                "Yeah, I got an email about it."),
               ("Would you like to keep the same shipping option?",
                "Yes please, standard is fine."),
               ("One moment while I bring up the payment screen.", "Sure."),
               ("Sorry about the trouble with the website.", "No worries, it happens."),
               ("Did you want to add the protection plan?", "No, thank you.")],
    "health": [("Let me take a look at your benefits.", "Okay, thank you."),
               ("Has anything changed with your coverage this year?",
                "No, it's the same plan as last year."),
               ("I'm going to place you on a brief hold while I check with the claims team.",
                "That's fine."),
               ("Thank you for holding.", "No problem."),
               ("The claim shows as still processing, usually that takes a couple of weeks.",
                "Okay, that makes sense."),
               ("I understand how frustrating billing can be.", "Yeah, it's been a lot."),
               ("Is the doctor in network for you?", "I believe so, yes.")]}
CLOSE = [("Is there anything else I can help you with today?", "No, that's everything, thanks."),
         ("Alright, you're all set.", "Perfect, thank you so much.")]
CORRECTIONS = ["sorry", "no wait", "I mean", "sorry, let me start over"]
# fmt: on


def fill(tmpl, v, lab, **kw):
    """Template -> segments [(text, label|None)]; v is a value string or a list of segments."""
    for k, x in kw.items():
        tmpl = tmpl.replace("{" + k + "}", x)
    if "{v}" not in tmpl:
        return [(tmpl, None)]
    a, b = tmpl.split("{v}", 1)
    return [(a, None), *v, (b, None)] if isinstance(v, list) else [(a, None), (v, lab), (b, None)]


def add_filler(r, t):
    w = t.split(" ")
    if len(w) < 3:
        return t
    w.insert(r.randrange(1, len(w) - 1), r.choice(FILL))
    return " ".join(w)


def self_correct(r, t):
    """'four one ...' -> 'four two, sorry, four one ...' (a wrong digit, then the whole value)."""
    w = t.split(" ")
    idx = [i for i, x in enumerate(w[:4]) if x.strip(",") in DIGWORDS]
    if not idx:
        return t
    i = r.choice(idx)
    wrong = r.choice([d for d in DIG[1:] if d != w[i].strip(",")])
    return " ".join([*w[:i], wrong]) + ", " + r.choice(CORRECTIONS) + ", " + t


def split_value(t):
    """Split a value in two at a comma (else a word) near the middle; None unless both pieces
    carry two or more digits."""
    w = t.split(" ")
    cuts = [i for i in range(1, len(w)) if w[i - 1].endswith(",")] or list(range(1, len(w)))
    k = min(cuts, key=lambda i: abs(i - len(w) / 2))
    a = " ".join(x for i, x in enumerate(w[:k]) if not (i == k - 1 and x in FILL)).rstrip(" ,-.")
    b = " ".join(x for i, x in enumerate(w[k:]) if not (i == 0 and x in FILL)).lstrip(" ,-.")

    def cnt(x):
        return sum(c.isdigit() for c in x) + sum(y.strip(",") in NUMWORDS for y in x.split())

    return (a, b) if cnt(a) >= 2 and cnt(b) >= 2 else None


def scene(r, F, ent, f, out, mode, noise, pos, org, channel):
    """Put one rendered value `out` in one context; returns a list of (speaker, segments).
    A forms module with its own `scene` (dev3) builds every one of its scenes itself."""
    if hasattr(F, "scene"):
        return F.scene(r, ent, f, out, mode, noise, pos, org, channel)
    text, canon = out[0], out[1]
    pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
    noisy = {"fillers": add_filler, "selfcorrect": self_correct}.get(noise, lambda r, t: t)(r, text)
    applied, text, clean = (noise if noisy != text else "none"), noisy, text
    halves = split_value(text) if mode == "split" and applied != "selfcorrect" else None
    if mode == "split" and not halves:
        mode = "ask"
    lab = dict(entity=ent, category=f.name, value=norm(canon), context=mode, noise=applied,
               position=pos)  # fmt: skip

    def val(t):
        return [(pre, None), (t, lab), (post, None)]

    A, U = "agent", "customer"
    noun = r.choice(f.opts.get("nouns") or F.NOUNS[ent])
    lead = (r.choice(FILL) + ", ") if noise == "fillers" and r.random() < 0.5 else ""

    def c(k):  # a phrasing; a filler may lead the customer's words
        t = r.choice(F.T[k])
        if not lead or k not in ("answer", "volunteer", "noq_cust"):
            return t
        return lead + (t if t[:2] in ("I ", "I'") else t[0].lower() + t[1:])

    def say(k, t, who=U):
        return (who, fill(c(k), val(t), lab, noun=noun))

    if mode == "signature":
        return [(U, val(text))]
    if mode == "email":
        return [say("email", text)]
    if mode == "form":
        return [(U, fill(c("form"), val(text), lab, noun=noun, Noun=noun[0].upper() + noun[1:]))]
    if mode == "intro":
        greet = c("intro").replace("calling", "contacting" if channel == "chat" else "calling")
        return [(A, fill(greet, val(text), lab, org=org, noun=noun))]
    if mode == "readback_only":
        return [say("readback_only", text, A), (U, [(c("confirm"), None)])]
    ask = (A, fill(c("ask"), None, None, noun=noun))
    if mode == "ask":
        return [ask, say("answer", text)]
    if mode == "volunteer":
        return [say("volunteer", text), (A, [(c("ack"), None)])]
    if mode == "noq":
        return [(A, fill(c("noq_agent"), None, None, noun=noun)), say("noq_cust", text)]
    if mode == "readback":
        return [ask, say("answer", text), say("readback", clean, A), (U, [(c("confirm"), None)])]
    if mode == "split":
        a, b = halves
        return [ask, (U, fill(c("split_a"), val(a), lab)), (A, [(c("split_ack"), None)]),
                (U, fill(c("split_b"), [(b, lab), (post, None)], lab))]  # fmt: skip
    raise ValueError(mode)


def decoy_turns(r, neg, channel):
    return [(spk, fill(tmpl, v, {"decoy": neg.name}) if v is not None else [(tmpl, None)])
            for spk, tmpl, v in neg.fn(r, channel)]  # fmt: skip


def pick_mode(r, F, f, channel, n_words):
    if f.opts.get("ctx"):
        return f.opts["ctx"]
    if hasattr(F, "pick_mode"):  # a split that chooses its own context modes (dev3)
        return F.pick_mode(r, f, channel, n_words)
    if channel == "email":
        return r.choice(["email", "email", "form"]) if "form" in F.MODES else "email"
    bad = {"form"} if channel == "voice" else set()
    if n_words < 2:
        bad.add("split")
    return r.choice([m for m in F.MODES if m not in bad])


def finalize(turns, lower, channel):
    """Join segments into turns with exact offsets; speakers in `lower` get lower-cased
    (and, on voice, unpunctuated) text."""
    out, spans, decoys, clock = [], [], [], 0.0
    for k, (spk, segs) in enumerate(turns):
        text = ""
        for s, lab in segs:
            if not s:
                continue
            if spk in lower:
                s = PUNCT.sub("", s.lower()) if channel == "voice" else s.lower().rstrip(".")
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
            dur = round(0.4 + 0.32 * len(text.split()), 2)
            turn.update(start_s=round(clock, 2), end_s=round(clock + dur, 2))
            clock += dur + 0.35
        out.append(turn)
    return out, spans, decoys


def _email(r, domain, preset, org, blocks, intro):
    """One customer e-mail (greeting, reason, the scenes, signature) and maybe an agent reply
    (which carries the agent-side decoys)."""
    hello = "Hello,\n\n" if r.random() < 0.5 else "Hi there,\n\n"
    body = [(hello, None), (r.choice(EMAIL_REASON[domain]) + "\n\n", None)]
    reply = []
    for _, _, turns in blocks:
        for spk, segs in turns:
            if spk == "customer":
                body += [*segs, ("\n", None)]
            elif any(lab for _, lab in segs):
                reply += [*segs, ("\n", None)]
    body.append(("\n\nPlease let me know if you need anything else from me.\n\n", None))
    if intro:
        body += [
            (r.choice(["Thanks,\n", "Best regards,\n", "Sincerely,\n"]), None),
            *intro[1][0][1],
        ]
    elif preset == "pci":
        body.append(("Thanks,\n{} {}".format(*person(r)), None))
    else:
        body.append((r.choice(["Thank you.", "Sent from my phone"]), None))
    turns = [("customer", body)]
    if reply or r.random() < 0.6:
        head = f"Hello,\n\nThank you for contacting {org}. We have received your message and "
        head += "updated your records.\n"
        turns.append(("agent", [(head, None), *reply, ("\nKind regards,\nCustomer Care", None)]))
    return turns


def _dialog(r, domain, preset, org, channel, blocks, intro, nfill):
    """A call or chat: opening, reason, filler exchanges with the scenes slotted in, closing."""
    if intro:
        turns = list(intro[1])
    else:
        name = ""
        if preset == "pci" and r.random() < 0.5:
            name = f" My name is {r.choice(FIRST)}."
        if channel == "voice":
            opening = f"Thank you for calling {org}, this call may be recorded for quality.{name} "
            opening += "How can I help you today?"
        else:
            opening = f"Hi, you're chatting with {org} support.{name} How can I help?"
        turns = [("agent", [(opening, None)])]
    turns.append(("customer", [(r.choice(REASON[domain]), None)]))
    fillers = r.sample(FILLER[domain], min(nfill, len(FILLER[domain])))
    for i in range(nfill + 1):
        for slot, _, bt in blocks:
            if slot == i:
                turns += bt
        if i < len(fillers):
            turns += [("agent", [(fillers[i][0], None)]), ("customer", [(fillers[i][1], None)])]
    c = r.choice(CLOSE)
    return [*turns, ("agent", [(c[0], None)]), ("customer", [(c[1], None)])]


def build(r, F, split, iid):
    """One labeled interaction from the split's forms module F, drawing everything from r."""
    domain = r.choice(["banking", "retail", "health", "health"])
    preset = "hipaa" if domain == "health" else "pci"
    channel = r.choices(["voice", "chat", "email"], [6, 3, 2])[0]
    cv = "v" if channel == "voice" else "t"
    org = r.choice(ORG[domain])
    ents, negs = [], []
    neg_ok = [n for n in F.NEGATIVES if cv in n.chans]
    if preset == "pci":
        if r.random() < 0.2:
            negs = r.sample(neg_ok, r.randint(1, 3))
        else:
            probs = [0.75, 0.4, 0.5, 0.35]
            ents = [e for e, p in zip(PCI, probs, strict=True) if r.random() < p] or [r.choice(PCI)]
            negs = r.sample(neg_ok, r.randint(0, 2))
    else:
        ents = r.sample(HIPAA, r.randint(2, 5)) + ([r.choice(PCI)] if r.random() < 0.25 else [])
    nfill = r.randint(2, 7)
    slots = {
        "early": lambda: r.randint(0, 1),
        "middle": lambda: nfill // 2 + r.randint(0, 1),
        "late": lambda: nfill - r.randint(0, 1),
    }
    blocks, intro = [], None  # blocks: (slot, order, turns)
    for e in ents:
        fams = [f for f in F.FAMILIES[e] if cv in f.chans]
        fams = [f for f in fams if not (channel == "email" and f.opts.get("ctx"))]
        if not fams:
            continue
        f = r.choice(fams)
        out = f.fn(r, channel)
        mode = pick_mode(r, F, f, channel, len(out[0].split(" ")))
        noise = "none"
        if channel == "voice":
            noise = r.choices(["none", "fillers", "selfcorrect"], [5, 3, 2])[0]
        pos = r.choice(list(slots))
        if e == "PERSON" and channel == "email" and r.random() < 0.5:
            mode = "signature"
        if mode == "signature":
            intro = ("sig", scene(r, F, e, f, out, "signature", noise, "late", org, channel))
            continue
        turns = scene(
            r, F, e, f, out, mode, noise, "early" if mode == "intro" else pos, org, channel
        )
        if mode == "intro":
            intro = ("intro", turns)
        else:
            blocks.append((slots[pos](), len(blocks), turns))
    for n in negs:
        blocks.append((r.randint(0, nfill), len(blocks), decoy_turns(r, n, channel)))
    blocks.sort(key=lambda b: (b[0], b[1]))
    if channel == "email":
        turns = _email(r, domain, preset, org, blocks, intro)
    else:
        turns = _dialog(r, domain, preset, org, channel, blocks, intro, nfill)
    style = "clean"
    if channel == "voice" and r.random() < 0.4:
        style = "asr_lower"
    elif channel == "chat" and r.random() < 0.3:
        style = "casual_lower"
    lower = {"asr_lower": {"agent", "customer"}, "casual_lower": {"customer"}}.get(style, set())
    out, spans, decoys = finalize(turns, lower, channel)
    if style != "clean":
        for s in spans:
            s["noise"] = style if s["noise"] == "none" else s["noise"] + "+" + style
    meta = {"split": split, "domain": domain, "style": style}
    return {
        "interaction": {"id": iid, "channel": channel, "language": "en", "metadata": meta,
                        "turns": out},
        "spans": spans,
        "lookalike_only": not spans and bool(decoys),
        "preset": preset,
        "decoys": decoys,
    }  # fmt: skip
