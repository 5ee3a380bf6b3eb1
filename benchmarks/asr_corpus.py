"""A seeded generator of labeled ASR-style contact-center calls for redaction benchmarks.

Every sensitive value is labeled with its entity, exact character span and category:
``digits`` (typed-style digits), ``spoken`` (number words, ASR style), ``split`` (one
value read in pieces across turns), ``readback`` (the agent repeating it),
``lowercase`` (unpunctuated lower-case ASR text). Look-alike negatives (order numbers,
amounts, phone numbers in a payment call, dates, confirmation codes) are unlabeled
for the PCI entities, and some interactions hold nothing but look-alikes.

    python benchmarks/asr_corpus.py --seed 1 --count 5   # print a few calls
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty first",
    "twenty second",
    "twenty third",
    "twenty fourth",
    "twenty fifth",
    "twenty sixth",
    "twenty seventh",
    "twenty eighth",
]
FIRST = [
    "Daniel",
    "Priya",
    "Maria",
    "James",
    "Aisha",
    "Wei",
    "Carlos",
    "Fatima",
    "Olga",
    "Kwame",
    "Emily",
    "Hiroshi",
    "Sofia",
    "Liam",
    "Nadia",
    "Mateo",
    "Grace",
    "Omar",
    "Ingrid",
    "Rahul",
    "Chloe",
    "Tomasz",
    "Amara",
    "Diego",
    "Hannah",
    "Yusuf",
    "Lucia",
    "Noah",
    "Mei",
    "Andre",
]
LAST = [
    "Okafor",
    "Sharma",
    "Garcia",
    "Whitfield",
    "Khan",
    "Chen",
    "Mendez",
    "Haddad",
    "Petrova",
    "Mensah",
    "Novak",
    "Tanaka",
    "Rossi",
    "O'Brien",
    "Kowalski",
    "Alvarez",
    "Nguyen",
    "Schmidt",
    "Adeyemi",
    "Larsen",
    "Dubois",
    "Park",
    "Fischer",
    "Moreau",
    "Silva",
    "Johansson",
    "Reyes",
    "Murphy",
    "Patel",
    "Becker",
]
STREETS = [
    "Elm Street",
    "Oak Avenue",
    "Maple Drive",
    "Cedar Lane",
    "Park Road",
    "Lake Shore Drive",
    "Hillcrest Avenue",
    "Sunset Boulevard",
    "Pine Court",
    "Washington Street",
]
CITIES = [
    "Springfield",
    "Riverside",
    "Franklin",
    "Greenville",
    "Fairview",
    "Madison",
    "Georgetown",
    "Salem",
]
DOMAINS = ["example.com", "mailhost.net", "gmail.com", "outlook.com", "contoso.org"]
ACKS = [
    "okay",
    "mm-hmm",
    "go ahead",
    "got it",
    "uh huh",
    "okay, go on",
    "yes",
    "right",
    "okay next four",
    "and the rest?",
]
FILLERS = ["uh", "um"]


@dataclass
class Span:
    turn: int
    start: int
    end: int
    entity: str
    category: str
    value: str  # digits or normalised value, for leak checks

    def to_json(self) -> dict:
        return self.__dict__.copy()


@dataclass
class Call:
    id: str
    lowercase: bool
    turns: list[dict] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    lookalike_only: bool = False

    def say(self, speaker: str, *parts: str | tuple[str, str, str, str]) -> None:
        """Append a turn; a tuple part is (text, entity, category, value) and is labeled."""
        text = ""
        labeled: list[tuple[int, int, str, str, str]] = []
        for part in parts:
            piece = part[0] if isinstance(part, tuple) else part
            if self.lowercase:  # ASR: words joined by single spaces, no punctuation
                piece = _asr(piece)
                if not piece:
                    continue
                if text:
                    text += " "
            if isinstance(part, tuple):
                _, entity, category, value = part
                labeled.append((len(text), len(text) + len(piece), entity, category, value))
            text += piece
        index = len(self.turns)
        self.turns.append({"speaker": speaker, "text": text})
        for start, end, entity, category, value in labeled:
            cat = "lowercase" if self.lowercase and category != "split" else category
            self.spans.append(Span(index, start, end, entity, cat, value))

    def to_json(self) -> dict:
        return {
            "interaction": {"id": self.id, "channel": "voice", "turns": self.turns},
            "spans": [s.to_json() for s in self.spans],
            "lookalike_only": self.lookalike_only,
        }


def _asr(text: str) -> str:
    """What a speech recogniser writes: lower case, no punctuation but apostrophes."""
    out = "".join(ch.lower() if ch.isalnum() or ch in " '" else " " for ch in text)
    return " ".join(out.split())


# --- numbers as people say them -----------------------------------------------------


def luhn_complete(prefix_and_body: str) -> str:
    digits = [int(c) for c in prefix_and_body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return prefix_and_body + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if kind == "visa":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(11))
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    return luhn_complete(body)


def spoken_digits(digits: str, rng: random.Random, garble: float = 0.0) -> str:
    """Digit by digit, with "oh", "double", pairs ("forty one") and fillers mixed in."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        r = rng.random()
        if i + 1 < len(digits) and digits[i + 1] == d and r < 0.15:
            words.append(f"double {DIGIT_WORDS[int(d)]}")
            i += 2
            continue
        if i + 1 < len(digits) and d in "23456789" and digits[i + 1] != "0" and r < 0.3:
            words.append(f"{TENS[int(d)]} {DIGIT_WORDS[int(digits[i + 1])]}")
            i += 2
            continue
        if i + 1 < len(digits) and d == "1" and r < 0.25:
            words.append(TEENS[int(digits[i + 1])])
            i += 2
            continue
        words.append("oh" if d == "0" and r < 0.5 else DIGIT_WORDS[int(d)])
        i += 1
        if garble and rng.random() < garble:
            words.append(rng.choice([*FILLERS, ","]))
    text = " ".join(words).replace(" ,", ",")
    return text


def grouped(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(p for p in out if p)


def say_number(digits: str, rng: random.Random, spoken: bool, sizes: list[int]) -> str:
    if spoken:
        return spoken_digits(digits, rng, garble=0.08)
    return grouped(digits, sizes, rng.choice([" ", " ", "-"]))


def year_words(year: int) -> str:
    hi, lo = divmod(year, 100)
    hi_w = TEENS[hi - 10] if 10 <= hi < 20 else "twenty"
    if year >= 2000 and year < 2010:
        return f"two thousand {DIGIT_WORDS[lo]}" if lo else "two thousand"
    return f"{hi_w} {two_digit_words(lo)}"


def two_digit_words(n: int) -> str:
    if n < 10:
        return f"oh {DIGIT_WORDS[n]}"
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + (f" {DIGIT_WORDS[u]}" if u else "")


# --- scenes ------------------------------------------------------------------------


def scene_card(call: Call, rng: random.Random) -> None:
    pan = card_number(rng)
    sizes = [4, 6, 5] if len(pan) == 15 else [4, 4, 4, 4]
    mode = rng.choice(["digits", "spoken", "split", "split", "spoken"])
    call.say(
        "agent",
        rng.choice(
            [
                "Can I have the number on the card, please?",
                "Go ahead with the long number on the front of the card.",
                "What's the card number?",
                "And the card number?",
            ]
        ),
    )
    if mode in ("digits", "spoken"):
        said = say_number(pan, rng, mode == "spoken", sizes)
        call.say(
            "customer",
            rng.choice(["Sure, it's ", "Yeah it's ", "", "Okay, "]),
            (said, "CREDIT_CARD", mode, pan),
        )
    else:
        cuts = [4, 8, 12] if len(pan) == 16 else [4, 10]
        pieces_at = sorted(rng.sample(cuts, k=rng.choice([1, 2]) if len(cuts) > 1 else 1))
        bounds = [0, *pieces_at, len(pan)]
        spoken = rng.random() < 0.6
        for k in range(len(bounds) - 1):
            piece = pan[bounds[k] : bounds[k + 1]]
            said = spoken_digits(piece, rng, 0.05) if spoken else piece
            lead = (
                rng.choice(["", "", "um ", "then ", "it's "])
                if k == 0
                else rng.choice(["", "", "uh ", "and "])
            )
            call.say("customer", lead, (said, "CREDIT_CARD", "split", piece))
            if k < len(bounds) - 2:
                call.say("agent", rng.choice(ACKS))
    if rng.random() < 0.35:  # the agent reads it back
        said = say_number(pan, rng, rng.random() < 0.6, sizes)
        call.say(
            "agent",
            "Let me read that back: ",
            (said, "CREDIT_CARD", "readback", pan),
            ". Is that right?",
        )
        call.say("customer", "Yes, that's right.")
    elif rng.random() < 0.5:  # last four only: allowed, not a card number
        call.say("agent", f"Thanks, that's the card ending in {spoken_digits(pan[-4:], rng)}.")
        call.say("customer", "Correct.")


def scene_cvv(call: Call, rng: random.Random) -> None:
    cvv = "".join(rng.choice("0123456789") for _ in range(rng.choice([3, 3, 3, 4])))
    spoken = rng.random() < 0.6
    said = spoken_digits(cvv, rng) if spoken else cvv
    cat = "spoken" if spoken else "digits"
    if rng.random() < 0.6:
        call.say(
            "agent",
            rng.choice(
                [
                    "And the three digit security code on the back?",
                    "What's the CVV?",
                    "Can I get the security code?",
                    "And the code on the back of the card?",
                ]
            ),
        )
        call.say("customer", rng.choice(["It's ", "", "Uh, "]), (said, "CARD_CVV", cat, cvv))
    else:
        call.say(
            "customer",
            rng.choice(["The security code is ", "CVV is ", "and the code on the back is "]),
            (said, "CARD_CVV", cat, cvv),
        )


def scene_expiry(call: Call, rng: random.Random) -> None:
    month, year = rng.randint(1, 12), rng.randint(25, 31)
    value = f"{month:02d}{year}"
    form = rng.choice(["slash", "spoken", "month", "mmyy"])
    if form == "slash":
        said, cat = f"{month:02d}/{year}", "digits"
    elif form == "spoken":
        said, cat = f"{two_digit_words(month)} {two_digit_words(year)}", "spoken"
    elif form == "month":
        said, cat = (
            f"{MONTHS[month - 1]} {rng.choice(['', 'of '])}twenty {two_digit_words(year)}"
            if rng.random() < 0.5
            else f"{MONTHS[month - 1]} 20{year}",
            "spoken",
        )
    else:
        said, cat = spoken_digits(value, rng), "spoken"
    if rng.random() < 0.6:
        call.say(
            "agent",
            rng.choice(
                [
                    "And the expiration date?",
                    "When does it expire?",
                    "What's the expiry date on the card?",
                ]
            ),
        )
        call.say("customer", rng.choice(["", "It's ", "Um, "]), (said, "CARD_EXPIRY", cat, value))
    else:
        call.say(
            "customer",
            rng.choice(["It expires ", "Expiration is ", "exp date "]),
            (said, "CARD_EXPIRY", cat, value),
        )


def aba_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        for last in range(10):
            n = [*d, last]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0:
                return "".join(map(str, n))


def scene_bank(call: Call, rng: random.Random) -> None:
    routing = aba_number(rng)
    account = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    spoken = rng.random() < 0.5
    cat = "spoken" if spoken else "digits"
    call.say("agent", "For the direct debit I need your bank's routing number.")
    call.say(
        "customer", "Sure, ", (say_number(routing, rng, spoken, [9]), "BANK_ACCOUNT", cat, routing)
    )
    call.say("agent", "And the checking account number?")
    call.say(
        "customer", (say_number(account, rng, spoken, [len(account)]), "BANK_ACCOUNT", cat, account)
    )


def scene_lookalikes(call: Call, rng: random.Random) -> None:
    """Numbers that are not payment data: must not be redacted under pci."""
    order = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12, 16])))
    if len(order) == 16 and rng.random() < 0.5:
        order = luhn_complete("4" + order[1:15])  # a Luhn-valid order number, worst case
    amount = rng.randint(12, 980)
    phone = f"{rng.randint(200, 989)}{rng.randint(200, 989)}{rng.randint(1000, 9999)}"
    phone_spoken = rng.random() < 0.5
    phone_said = say_number(phone, rng, phone_spoken, [3, 3, 4])
    lines = [
        (
            "agent",
            f"Your order number is {say_number(order, rng, rng.random() < 0.5, [4, 4, 4, 4])}.",
        ),
        ("agent", f"The total comes to {amount} dollars and {rng.randint(1, 99)} cents."),
        (
            "customer",
            f"I paid {two_digit_words(rng.randint(20, 99))} dollars on the "
            f"{rng.choice(ORDINALS)} of {rng.choice(MONTHS)}.",
        ),
        (
            "agent",
            f"Your confirmation number is {rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}.",
        ),
        (
            "customer",
            (  # a phone number is not payment data, but it is a HIPAA identifier
                "You can call me back at ",
                (phone_said, "PHONE_NUMBER", "spoken" if phone_spoken else "digits", phone),
                ".",
            ),
        ),
        ("agent", f"I'll call you back in {rng.choice(['five', 'ten', 'fifteen'])} minutes."),
        (
            "customer",
            f"That was about {rng.choice(['two', 'three'])} hundred and "
            f"{rng.choice(['twenty', 'fifty'])} dollars last year, in 20{rng.randint(10, 24)}.",
        ),
        ("agent", f"Ticket {say_number(str(rng.randint(10**6, 10**7)), rng, True, [7])} is open."),
    ]
    for speaker, text in rng.sample(lines, k=rng.randint(3, 6)):
        if isinstance(text, tuple):
            call.say(speaker, *text)
        else:
            call.say(speaker, text)


def scene_person(call: Call, rng: random.Random) -> None:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    agent = rng.choice(FIRST)
    call.say(
        "agent",
        "Thank you for calling BlueHarbor Health, my name is ",
        (agent, "PERSON", "digits", agent.lower()),
        ". Who am I speaking with?",
    )
    form = rng.random()
    if form < 0.4:
        call.say(
            "customer",
            "Hi, my name is ",
            (f"{first} {last}", "PERSON", "digits", f"{first} {last}".lower()),
            ".",
        )
    elif form < 0.7:
        call.say(
            "customer",
            "This is ",
            (f"{first} {last}", "PERSON", "digits", f"{first} {last}".lower()),
            " calling about my claim.",
        )
    else:
        call.say("customer", "It's ", (first, "PERSON", "digits", first.lower()), ".")
        call.say("agent", "And your last name?")
        spelled = " ".join(ch for ch in last.upper() if ch.isalpha())
        call.say(
            "customer",
            (last, "PERSON", "digits", last.lower()),
            ", that's ",
            (spelled, "PERSON", "spoken", last.lower()),
            ".",
        )
    call.say(
        "agent",
        "Thanks ",
        (first, "PERSON", "digits", first.lower()),
        ", how can I help you today?",
    )


def scene_dob(call: Call, rng: random.Random) -> None:
    year, month, day = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    value = f"{year}{month:02d}{day:02d}"
    form = rng.choice(["words", "slash", "ordinal", "digits"])
    if form == "words":
        said, cat = f"{MONTHS[month - 1]} {ORDINALS[day - 1]}, {year_words(year)}", "spoken"
    elif form == "slash":
        said, cat = f"{month:02d}/{day:02d}/{year}", "digits"
    elif form == "ordinal":
        said, cat = f"the {ORDINALS[day - 1]} of {MONTHS[month - 1]} {year}", "spoken"
    else:
        said, cat = spoken_digits(f"{month:02d}{day:02d}{year % 100:02d}", rng), "spoken"
    call.say(
        "agent",
        rng.choice(
            ["Can you confirm your date of birth?", "For verification, what's your date of birth?"]
        ),
    )
    call.say(
        "customer", rng.choice(["Sure, it's ", "", "It's "]), (said, "DATE_OF_BIRTH", cat, value)
    )


def scene_phone(call: Call, rng: random.Random) -> None:
    phone = f"{rng.randint(201, 989)}{rng.randint(201, 989)}{rng.randint(1000, 9999)}"
    spoken = rng.random() < 0.5
    said = (
        spoken_digits(phone, rng, 0.05)
        if spoken
        else rng.choice(
            [f"({phone[:3]}) {phone[3:6]}-{phone[6:]}", f"{phone[:3]}-{phone[3:6]}-{phone[6:]}"]
        )
    )
    call.say("agent", "What's the best phone number to reach you?")
    call.say(
        "customer",
        rng.choice(["It's ", "", "My cell is "]),
        (said, "PHONE_NUMBER", "spoken" if spoken else "digits", phone),
    )


def scene_email(call: Call, rng: random.Random) -> None:
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower().replace("'", "")
    domain = rng.choice(DOMAINS)
    if rng.random() < 0.5 and not call.lowercase:
        said, cat = f"{first}.{last}@{domain}", "digits"
    else:
        name, tld = domain.rsplit(".", 1)
        said, cat = f"{first} dot {last} at {name} dot {tld}", "spoken"
    call.say("agent", "And an email address for the confirmation?")
    call.say(
        "customer",
        rng.choice(["Sure, ", "It's ", ""]),
        (said, "EMAIL_ADDRESS", cat, f"{first}.{last}@{domain}"),
    )


def scene_ssn(call: Call, rng: random.Random) -> None:
    ssn = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    if rng.random() < 0.5:
        call.say("agent", "Can you verify the last four of your social?")
        call.say("customer", "Sure, ", (spoken_digits(ssn[-4:], rng), "US_SSN", "spoken", ssn[-4:]))
    else:
        spoken = rng.random() < 0.5
        said = spoken_digits(ssn, rng) if spoken else f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
        call.say(
            "customer",
            "My social security number is ",
            (said, "US_SSN", "spoken" if spoken else "digits", ssn),
            ".",
        )


def scene_address(call: Call, rng: random.Random) -> None:
    number = rng.randint(12, 4800)
    street, city = rng.choice(STREETS), rng.choice(CITIES)
    zip_code = f"{rng.randint(10000, 99999)}"
    spoken = rng.random() < 0.5
    number_said = two_digit_words(number % 100) if spoken and number < 100 else str(number)
    said = f"{number_said} {street}, {city}"
    call.say("agent", "What's the address on the account?")
    call.say(
        "customer",
        rng.choice(["It's ", "I live at ", ""]),
        (said, "ADDRESS", "spoken" if spoken else "digits", said.lower()),
    )
    call.say("agent", "And the zip code?")
    zsaid = spoken_digits(zip_code, rng) if spoken else zip_code
    call.say("customer", (zsaid, "ADDRESS", "spoken" if spoken else "digits", zip_code))


def scene_ids(call: Call, rng: random.Random) -> None:
    kind = rng.choice(["mrn", "member", "account"])
    if kind == "mrn":
        mrn = "".join(rng.choice("0123456789") for _ in range(8))
        call.say("agent", "Do you have your medical record number?")
        call.say(
            "customer",
            "Yes, it's ",
            (say_number(mrn, rng, rng.random() < 0.5, [8]), "MEDICAL_RECORD_NUMBER", "digits", mrn),
        )
    elif kind == "member":
        prefix = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        spoken = rng.random() < 0.5
        said = f"{' '.join(prefix)} {spoken_digits(digits, rng)}" if spoken else prefix + digits
        call.say("agent", "Can I have your member ID?")
        call.say(
            "customer",
            rng.choice(["It's ", "Sure, ", ""]),
            (said, "HEALTH_PLAN_ID", "spoken" if spoken else "digits", prefix + digits),
        )
    else:
        account = "".join(rng.choice("0123456789") for _ in range(10))
        call.say(
            "customer",
            "My account number with the hospital billing office is ",
            (
                say_number(account, rng, rng.random() < 0.5, [10]),
                "ACCOUNT_NUMBER",
                "digits",
                account,
            ),
            ".",
        )


def scene_net(call: Call, rng: random.Random) -> None:
    dot = " dot " if call.lowercase else "."
    if rng.random() < 0.5:
        ip = [str(rng.randint(1, 254)) for _ in range(4)]
        call.say(
            "customer",
            "The portal says my IP address ",
            (dot.join(ip), "IP_ADDRESS", "digits", ".".join(ip)),
            " is blocked.",
        )
    else:
        user = rng.choice(FIRST).lower()
        domain = rng.choice(DOMAINS).replace(".", dot)
        slash = " slash " if call.lowercase else "/"
        url = f"www{dot}{domain}{slash}members{slash}{user}"
        call.say("agent", "You can see your claims at ", (url, "URL", "digits", url), ".")


def scene_visit_date(call: Call, rng: random.Random) -> None:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    said = f"{MONTHS[month - 1]} {ORDINALS[day - 1]}"
    call.say(
        "customer",
        rng.choice(["I was admitted on ", "I was discharged on ", "My surgery was on "]),
        (said, "DATE", "spoken", f"{month:02d}{day:02d}"),
        ".",
    )


HIPAA_SCENES = [
    scene_dob,
    scene_phone,
    scene_email,
    scene_ssn,
    scene_address,
    scene_ids,
    scene_net,
    scene_visit_date,
]


def generate_hipaa(seed: int, count: int) -> list[Call]:
    rng = random.Random(seed * 7919 + 1)
    calls = []
    for n in range(count):
        call = Call(f"asr-hipaa-{seed}-{n:04d}", lowercase=rng.random() < 0.35)
        scene_person(call, rng)
        for scene in rng.sample(HIPAA_SCENES, k=rng.randint(2, 4)):
            scene(call, rng)
        call.say("agent", "Is there anything else I can help you with today?")
        calls.append(call)
    return calls


def generate(seed: int, count: int) -> list[Call]:
    rng = random.Random(seed)
    calls = []
    for n in range(count):
        call = Call(f"asr-{seed}-{n:04d}", lowercase=rng.random() < 0.35)
        call.say("agent", "Thank you for calling, this call is recorded. How can I help?")
        call.say(
            "customer",
            rng.choice(
                [
                    "I'd like to make a payment.",
                    "I want to pay my bill.",
                    "Hi, I need to update my card.",
                ]
            ),
        )
        if rng.random() < 0.12:
            call.lookalike_only = True
            scene_lookalikes(call, rng)
        else:
            scenes = [scene_card]
            if rng.random() < 0.7:
                scenes.append(scene_cvv)
            if rng.random() < 0.7:
                scenes.append(scene_expiry)
            if rng.random() < 0.2:
                scenes.append(scene_bank)
            for scene in scenes:
                scene(call, rng)
            if rng.random() < 0.5:
                scene_lookalikes(call, rng)
        call.say("agent", "Thanks, you're all set. Have a good day.")
        calls.append(call)
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--kind", choices=["pci", "hipaa"], default="pci")
    args = parser.parse_args()
    make = generate if args.kind == "pci" else generate_hipaa
    for call in make(args.seed, args.count):
        print(json.dumps(call.to_json(), indent=1))


if __name__ == "__main__":
    main()
