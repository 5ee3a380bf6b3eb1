"""Surface forms and phrasings of the DEV split."""

import random

from .compose import (
    FIRST,
    MIDDLE,
    MON3,
    MONTHS,
    aba,
    addr_canon,
    address,
    card,
    card_groups,
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
    luhn_ok,
    ordinal,
    person,
    phone,
    portal_url,
    rdigits,
    say3,
    say_digits,
    say_email,
    say_year,
    say_yy,
    ssn,
    weekday,
    words,
)

MODES = ["ask", "volunteer", "noq", "readback", "split"]

# fmt: off
T = {
    "ask": ["Can I get your {noun}, please?", "What is the {noun}?",
            "Could you give me the {noun}?", "And what's the {noun}?",
            "Can you read me the {noun}?"],
    "answer": ["Sure, {v}.", "Yes, {v}.", "{v}.", "Okay, that would be {v}.", "Sure thing. {v}."],
    "volunteer": ["My {noun} is {v}.", "The {noun} is {v}.", "Here's my {noun}: {v}.",
                  "I have the {noun} right here. {v}."],
    "ack": ["Thank you.", "Okay, got it.", "Perfect, thanks."],
    "noq_agent": ["I'll just need to verify the {noun} on the account.",
                  "Go ahead with the {noun} when you're ready.", "Next I'll need the {noun}."],
    "noq_cust": ["{v}.", "Okay. {v}.", "Alright, {v}."],
    "readback": ["Let me read that back: {v}. Is that correct?", "So that's {v}, right?",
                 "Thank you, that was {v}, correct?"],
    "confirm": ["Yes, that's correct.", "That's right.", "Yes."],
    "split_a": ["Okay, {v}", "Sure, {v}", "{v}"],
    "split_ack": ["Okay.", "Mm-hmm.", "Got it, go ahead."],
    "split_b": ["{v}.", "And then {v}.", "Then {v}."],
    "email": ["My {noun} is {v}.", "For reference, my {noun} is {v}.", "The {noun} is {v}."],
    "intro": ["Thank you for calling {org}. My name is {v}, how can I help you today?",
              "Thanks for contacting {org}, my name is {v}. How may I help you?"],
}

NOUNS = {
    "CREDIT_CARD": ["card number", "credit card number", "debit card number"],
    "CARD_CVV": ["security code", "CVV", "CVV code"],
    "CARD_EXPIRY": ["expiration date", "expiry date"],
    "BANK_ACCOUNT": ["account number"],
    "PERSON": ["full name", "name"],
    "DATE_OF_BIRTH": ["date of birth", "birth date"],
    "DATE": ["date of service", "admission date", "discharge date", "appointment date"],
    "ADDRESS": ["address", "home address", "mailing address"],
    "PHONE_NUMBER": ["phone number", "callback number"],
    "EMAIL_ADDRESS": ["email address", "email"],
    "US_SSN": ["social security number", "SSN"],
    "MEDICAL_RECORD_NUMBER": ["medical record number", "MRN"],
    "HEALTH_PLAN_ID": ["member ID", "insurance ID", "subscriber ID"],
    "ACCOUNT_NUMBER": ["patient account number", "billing account number"],
    "IP_ADDRESS": ["IP address"],
    "URL": ["link", "web address", "URL"],
}
# fmt: on
LAST4 = ["last four of the social", "last four digits of the SSN"]
ACCT = ["account number", "checking account number"]


def _card(render, brand=None):
    def fn(r, ch):
        n = card(r, brand)
        return render(n, r), n

    return fn


def _exp(render):
    def fn(r, ch):
        y, m = r.randint(2025, 2031), r.randint(1, 12)
        return render(y, m, r), f"{m:02d}{y % 100:02d}"

    return fn


def _dob(render, y0=1935, y1=2006):
    def fn(r, ch):
        y, m, d = day(r, y0, y1)
        out = render(y, m, d, r)
        return out if isinstance(out, tuple) else (out, iso(y, m, d))

    return fn


def _same(s, r):
    return s


def _sd(s, r):
    return say_digits(s)


def _num(gen, render=_same):
    def fn(r, ch):
        s = gen(r)
        return render(s, r), s

    return fn


def _addr(render, parts):
    def fn(r, ch):
        a = address(r)
        return render(a, r), addr_canon(a, parts)

    return fn


def _email(render, pattern=None):
    def fn(r, ch):
        e = email_of(r, *person(r), pattern=pattern)
        return render(e, r), e

    return fn


def _groups(sizes, zero="zero", sep=", "):
    return lambda s, r: sep.join(say_digits(g, zero) for g in chunks(s, sizes))


def _joined(sizes, fmt):
    return lambda s, r: fmt.format(*chunks(s, sizes))


def _ip_spoken(ip, r):
    return " dot ".join(say3(int(x)) for x in ip.split("."))


def _acct(r):
    return rdigits(r, r.randint(8, 10), lead=True)


def _phone(r):
    return phone(r)


def _pair(text):
    return text, text


def _title_surname(r, ch):
    last = person(r)[1]
    return last, last, r.choice(["Mr. ", "Ms. ", "Mrs. ", "Dr. "]), ""


def _agent_name(r, ch):
    return _pair(r.choice([r.choice(FIRST), "{} {}".format(*person(r))]))


def _zip_only(r, ch):
    z = address(r)["zip"]
    return (say_digits(z) if ch == "voice" else z), z


def _addr_spoken(a, r):
    return (f"{say_digits(a['num'])} {a['street']} {a['suf']}, {a['city']} {a['state']}, "
            f"{say_digits(a['zip'])}")  # fmt: skip


def _mixed_case(e, r):
    user, dom = e.split("@")
    return user.title() + "@" + dom.capitalize()


def _url_spoken(r, ch):
    host = portal_url(r, False).split("/")[0]
    return host.replace("-", " dash ").replace(".", " dot "), host


# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("cc_typed_grouped", "t", _card(lambda n, r: " ".join(card_groups(n)))),
        fam("cc_typed_contiguous", "t", _card(_same)),
        fam("cc_typed_dashes", "t", _card(lambda n, r: "-".join(card_groups(n)))),
        fam("cc_spoken_digit_groups", "v",
            _card(lambda n, r: ", ".join(say_digits(g) for g in card_groups(n)))),
        fam("cc_asr_digit_groups", "v", _card(lambda n, r: " ".join(card_groups(n)))),
        fam("cc_amex_spoken_4_6_5", "v",
            _card(lambda n, r: " ".join(say_digits(g) for g in card_groups(n)), "amex")),
    ],
    "CARD_CVV": [
        fam("cvv_spoken_digits", "v", _num(lambda r: rdigits(r, 3), _sd)),
        fam("cvv_asr_digits", "v", _num(lambda r: rdigits(r, 3))),
        fam("cvv_amex_4_spoken", "v", _num(lambda r: rdigits(r, 4), _sd),
            nouns=["four digit code on the front", "CID", "security code"]),
        fam("cvv_typed", "t", _num(lambda r: rdigits(r, r.choice([3, 3, 4])))),
    ],
    "CARD_EXPIRY": [
        fam("exp_mm_slash_yy", "t", _exp(lambda y, m, r: f"{m:02d}/{y % 100:02d}")),
        fam("exp_mm_slash_yyyy", "t", _exp(lambda y, m, r: f"{m:02d}/{y}")),
        fam("exp_month_name_year_typed", "t",
            _exp(lambda y, m, r: f"{r.choice([MONTHS, MON3])[m - 1]} {y}")),
        fam("exp_spoken_digits_mm_yy", "v",
            _exp(lambda y, m, r: say_digits(f"{m:02d}") + ", " + say_digits(f"{y % 100:02d}"))),
        fam("exp_spoken_month_name_yy", "v",
            _exp(lambda y, m, r: MONTHS[m - 1] + r.choice([" ", " of "]) + say_yy(y))),
    ],
    "BANK_ACCOUNT": [
        fam("bank_routing_typed", "t", _num(aba), nouns=["routing number", "ABA routing number"]),
        fam("bank_routing_spoken_digits", "v", _num(aba, _groups([3, 3, 3])),
            nouns=["routing number"]),
        fam("bank_account_typed", "t", _num(_acct), nouns=ACCT),
        fam("bank_account_spoken_digits", "v", _num(_acct, _sd), nouns=ACCT),
        fam("bank_iban_typed_grouped", "t",
            _num(iban, lambda s, r: " ".join(chunks(s, [4] * 9))), nouns=["IBAN"]),
    ],
    "PERSON": [
        fam("person_full_name", "vt", lambda r, ch: _pair("{} {}".format(*person(r)))),
        fam("person_title_surname", "vt", _title_surname, nouns=["name", "last name"]),
        fam("person_first_middle_last", "t",
            lambda r, ch: _pair(f"{r.choice(FIRST)} {r.choice(MIDDLE)} {person(r)[1]}")),
        fam("person_agent_intro", "vt", _agent_name, ctx="intro"),
    ],
    "DATE_OF_BIRTH": [
        fam("dob_month_name_day_year_typed", "t",
            _dob(lambda y, m, d, r: f"{MONTHS[m - 1]} {d}, {y}")),
        fam("dob_numeric_slashes", "t",
            _dob(lambda y, m, d, r: r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"]))),
        fam("dob_numeric_short_year", "t",
            _dob(lambda y, m, d, r: f"{m:02d}/{d:02d}/{y % 100:02d}")),
        fam("dob_spoken_month_ordinal_year", "v",
            _dob(lambda y, m, d, r: f"{MONTHS[m - 1]} {ordinal(d)}, {say_year(y)}")),
        fam("dob_spoken_ordinal_of_month", "v",
            _dob(lambda y, m, d, r: f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}")),
    ],
    "DATE": [
        fam("date_numeric_slashes", "t", _dob(lambda y, m, d, r: f"{m}/{d}/{y}", 2022, 2025)),
        fam("date_month_name_day_year_typed", "t",
            _dob(lambda y, m, d, r: f"{MONTHS[m - 1]} {d}, {y}", 2022, 2025)),
        fam("date_weekday_month_day_typed", "t",
            _dob(lambda y, m, d, r: f"{weekday(y, m, d)}, {MONTHS[m - 1]} {d}, {y}", 2022, 2025)),
        fam("date_spoken_month_ordinal", "v",
            _dob(lambda y, m, d, r: (f"{MONTHS[m - 1]} {ordinal(d)}", f"{m:02d}{d:02d}"),
                 2022, 2025)),
        fam("date_spoken_ordinal_of_month_year", "v",
            _dob(lambda y, m, d, r: f"the {ordinal(d)} of {MONTHS[m - 1]}, {say_year(y)}",
                 2022, 2025)),
    ],
    "ADDRESS": [
        fam("addr_full_typed", "t",
            _addr(lambda a, r: "{num} {street} {suf}, {city}, {st} {zip}".format(**a),
                  "street city zip")),
        fam("addr_street_abbrev_unit_typed", "t",
            _addr(lambda a, r: "{num} {street} {abbr} Apt {unit}".format(**a), "street unit")),
        fam("addr_zip_only", "vt", _zip_only, nouns=["zip code", "ZIP"]),
        fam("addr_spoken_full", "v", _addr(_addr_spoken, "street city zip")),
        fam("addr_asr_digits_street_city", "v",
            _addr(lambda a, r: "{num} {street} {suf} in {city}".format(**a), "street city")),
    ],
    "PHONE_NUMBER": [
        fam("phone_typed_dashes", "t", _num(_phone, _joined([3, 3, 4], "{}-{}-{}"))),
        fam("phone_typed_parens", "t", _num(_phone, _joined([3, 3, 4], "({}) {}-{}"))),
        fam("phone_typed_e164", "t", _num(_phone, lambda p, r: "+1" + p)),
        fam("phone_spoken_digits", "v", _num(_phone, _groups([3, 3, 4]))),
        fam("phone_asr_digits", "v", _num(_phone, _joined([3, 3, 4], "{} {} {}"))),
    ],
    "EMAIL_ADDRESS": [
        fam("email_typed", "t", _email(_same)),
        fam("email_typed_mixed_case", "t", _email(_mixed_case, "f.l")),
        fam("email_spoken_at_dot", "v", _email(lambda e, r: say_email(e), "fl")),
        fam("email_spoken_name_digits", "v", _email(lambda e, r: say_email(e), "fl99")),
    ],
    "US_SSN": [
        fam("ssn_typed_dashes", "t", _num(ssn, _joined([3, 2, 4], "{}-{}-{}"))),
        fam("ssn_typed_plain", "t", _num(ssn)),
        fam("ssn_typed_last_four", "t", _num(lambda r: ssn(r)[5:]), nouns=LAST4),
        fam("ssn_spoken_digit_groups", "v", _num(ssn, _groups([3, 2, 4]))),
        fam("ssn_spoken_last_four_digits", "v", _num(lambda r: ssn(r)[5:], _sd), nouns=LAST4),
    ],
    "MEDICAL_RECORD_NUMBER": [
        fam("mrn_typed_digits", "t", _num(lambda r: rdigits(r, 8))),
        fam("mrn_typed_alpha_prefix", "t",
            _num(lambda r: r.choice(["MR", "E", "H"]) + rdigits(r, 7))),
        fam("mrn_spoken_digits", "v", _num(lambda r: rdigits(r, 8), _sd)),
        fam("mrn_spoken_letter_digits", "v",
            _num(lambda r: r.choice(["E", "M", "H"]) + rdigits(r, 7), _sd)),
    ],
    "HEALTH_PLAN_ID": [
        fam("hp_member_typed_alpha_prefix", "t", _num(lambda r: letters(r, 3) + rdigits(r, 9))),
        fam("hp_subscriber_typed", "t", _num(lambda r: r.choice("WHJ") + rdigits(r, 9))),
        fam("hp_group_typed", "t", _num(lambda r: rdigits(r, r.choice([5, 6]), lead=True)),
            nouns=["group number"]),
        fam("hp_member_spoken_letters_digits", "v",
            _num(lambda r: letters(r, 3) + rdigits(r, 9), _sd)),
        fam("hp_group_spoken", "v", _num(lambda r: rdigits(r, 6, lead=True), _sd),
            nouns=["group number"]),
    ],
    "ACCOUNT_NUMBER": [
        fam("acct_typed_digits", "t", _num(_acct)),
        fam("acct_typed_dashes", "t",
            _num(lambda r: rdigits(r, 10, lead=True), _joined([4, 4, 2], "{}-{}-{}"))),
        fam("acct_spoken_digits", "v", _num(_acct, _sd)),
        fam("acct_asr_digits", "v", _num(_acct)),
    ],
    "IP_ADDRESS": [
        fam("ip_v4_typed", "t", _num(ipv4)),
        fam("ip_v6_typed_full", "t", _num(ipv6)),
        fam("ip_v4_spoken_dot", "v", _num(ipv4, _ip_spoken)),
        fam("ip_v4_asr_digits", "v", _num(ipv4)),
    ],
    "URL": [
        fam("url_https_typed", "t", _num(portal_url)),
        fam("url_www_typed", "t",
            _num(lambda r: "www." + portal_url(r, False).split(".", 1)[1])),
        fam("url_query_typed", "t",
            _num(lambda r: portal_url(r).rsplit("/", 1)[0] + "?id=" + rdigits(r, 7, lead=True))),
        fam("url_spoken_dot", "v", _url_spoken),
    ],
}
# fmt: on


def _say(s, ch):
    return say_digits(s) if ch == "voice" else s


def _neg_luhn_fail(r):
    n = card(r, r.choice(["visa", "mastercard", "discover"]))
    return n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)


def _amount(r, ch):
    d, c = r.randint(12, 2400), r.randint(0, 99)
    return f"{words(d)} dollars and {words(c)} cents" if ch == "voice" else f"${d:,}.{c:02d}"


def _tracking(r, ch):
    if r.random() < 0.5:
        return _say("1Z" + letters(r, 6) + rdigits(r, 10), ch)
    return _say("9400" + rdigits(r, 18), ch)


def _code(r, ch):
    s = letters(r, 1) + rdigits(r, 1) + letters(r, 1) + "-" + rdigits(r, 2)
    return _say(s + letters(r, 1) + rdigits(r, 1), ch)


# Negatives: fn(r, channel) -> [(speaker, template, decoy value or None)]; nothing is labeled.
# fmt: off
NEGATIVES = [
    fam("neg_order_number", "vt", lambda r, ch: [
        ("customer", "My order number is {v}.",
         _say(r.choice(["W", ""]) + rdigits(r, 9, lead=True), ch))]),
    fam("neg_tracking_number", "vt",
        lambda r, ch: [("agent", "Your tracking number is {v}.", _tracking(r, ch))]),
    fam("neg_confirmation_code", "vt",
        lambda r, ch: [("agent", "Your confirmation code is {v}.", _code(r, ch))]),
    fam("neg_amount", "vt",
        lambda r, ch: [("agent", "The balance due today is {v}.", _amount(r, ch))]),
    fam("neg_luhn_fail_16", "vt", lambda r, ch: [
        ("customer", "The letter has a reference number on it, {v}.",
         _say(_neg_luhn_fail(r), ch))]),
    fam("neg_phone_in_pci", "vt", from_family(
        FAMILIES, "PHONE_NUMBER", "You can call me back at {v} if we get disconnected.")),
    fam("neg_date_in_pci", "vt",
        from_family(FAMILIES, "DATE", "The last payment posted on {v}.", "agent")),
    fam("neg_cardholder_name", "vt", lambda r, ch: [
        ("agent", "And the name as it appears on the card?", None),
        ("customer", "The name on the card is {v}.", "{} {}".format(*person(r)))]),
]
# fmt: on
assert not any(luhn_ok(_neg_luhn_fail(random.Random(i))) for i in range(50))
