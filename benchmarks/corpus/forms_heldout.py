"""Surface forms and phrasings of the HELD-OUT split: none of these families is in dev."""

from .compose import (
    LAST,
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
    luhn_digit,
    mbi,
    ordinal,
    person,
    phone,
    portal_url,
    rdigits,
    say3,
    say_digits,
    say_email,
    say_pair,
    say_pairs,
    say_runs,
    say_year,
    say_yy,
    ssn,
    ssn_ok,
    words,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form"]

# fmt: off
T = {
    "ask": ["Okay, and the {noun}?", "Perfect. Now the {noun}, whenever you're ready.",
            "Mind reading me the {noun}?", "What do you have for the {noun}?",
            "I'll also need the {noun}."],
    "answer": ["It's {v}.", "Uh, that's {v}.", "Should be {v}.", "I've got {v} here.",
               "{v}, I think.", "Yeah, {v}, that one."],
    "volunteer": ["Before you ask, the {noun}'s {v}.", "{v}, that's the {noun}.",
                  "You'll probably want the {noun} too: {v}.",
                  "Okay so for the {noun} I've got {v}."],
    "ack": ["Appreciate it.", "Great, one sec.", "Okay, noted."],
    "noq_agent": ["Okay, whenever you're ready.", "Alright, go ahead.", "Mm-hmm, I'm listening."],
    "noq_cust": ["So {v}.", "{v}, and that's it.", "Right, {v}.", "{v} is the {noun}."],
    "readback": ["I'm showing {v}, did I get that right?", "Okay, I have it down as {v}.",
                 "Just to confirm, {v}?"],
    "readback_only": ["I have {v} on file for the {noun}, is that still current?",
                      "The {noun} we have is {v}. Still good?",
                      "It looks like we have {v} listed. Is that still right?"],
    "confirm": ["Yep.", "Mm-hmm, correct.", "That's it.", "Yeah, that's the one."],
    "split_a": ["Let me go slow. {v}", "First part is {v}", "Okay so {v}"],
    "split_ack": ["Okay.", "Yep, keep going.", "Uh-huh."],
    "split_b": ["Then {v}.", "{v}, that's all of it.", "And the rest is {v}."],
    "email": ["Below is my {noun} in case you need it - {v}",
              "You asked for the {noun}; it is {v}.", "{v} (that is the {noun})."],
    "form": ["{Noun}: {v}", "{Noun} - {v}", "{Noun} = {v}"],
}

NOUNS = {
    "CREDIT_CARD": ["long number on the front", "card", "number on the card", "Visa",
                    "Mastercard"],
    "CARD_CVV": ["three digits on the back", "code on the back", "CVC", "verification number"],
    "CARD_EXPIRY": ["exp", "good thru date", "valid thru date", "date on the front"],
    "BANK_ACCOUNT": ["acct", "savings account", "account on the check"],
    "PERSON": ["name on the account", "patient's name", "full legal name"],
    "DATE_OF_BIRTH": ["birthday", "DOB", "birthdate"],
    "DATE": ["visit date", "procedure date", "surgery date", "ER visit"],
    "ADDRESS": ["street address", "billing address", "place of residence"],
    "PHONE_NUMBER": ["cell", "best number to reach you", "home line"],
    "EMAIL_ADDRESS": ["e-mail", "address for the portal", "login email"],
    "US_SSN": ["social", "SS number"],
    "MEDICAL_RECORD_NUMBER": ["chart number", "hospital number", "patient ID"],
    "HEALTH_PLAN_ID": ["policy number", "plan ID", "ID on the insurance card"],
    "ACCOUNT_NUMBER": ["guarantor account", "statement account", "billing ID"],
    "IP_ADDRESS": ["IP", "public IP", "address the router shows"],
    "URL": ["site", "page address", "link in the email"],
}
AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
AS_IN = dict(zip(AZ, """apple boy cat dog edward frank george henry ida john king larry mary
    nancy ocean peter queen robert sam tom union victor william x-ray yellow zebra""".split(),
    strict=True))
NATO = dict(zip(AZ, """alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima
    mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee
    zulu""".split(), strict=True))
LETTER = dict(zip(AZ.lower(), """ay bee see dee ee ef gee aitch eye jay kay el em en oh pee cue
    ar ess tee you vee double-u ex why zee""".split(), strict=True))
PARTICLE = ["Mary-Kate O'Neill", "Juan de la Cruz", "Anne-Marie van der Berg", "Nguyen Thi Lan",
            "Jean-Luc D'Souza", "Ana Sofia dos Santos", "Li-Wei Zhang", "Aoife Ni Bhriain",
            "Omar Abdel-Rahman", "Sarah-Jane McAllister"]
MBI_NOUNS = ["Medicare number", "MBI", "number on the red white and blue card"]
IBAN_NOUNS = ["international account number", "bank details"]
# fmt: on


def _v(gen, render=lambda s, r: s):
    def fn(r, ch):
        s = gen(r)
        return render(s, r), s

    return fn


def _date(render, y0, y1):
    def fn(r, ch):
        y, m, d = day(r, y0, y1)
        return render(y, m, d, r), iso(y, m, d)

    return fn


def _exp(render):
    def fn(r, ch):
        y, m = r.randint(2025, 2031), r.randint(1, 12)
        return render(y, m, r), f"{m:02d}{y % 100:02d}"

    return fn


def _pick(formats, parts):
    """One of several str.format patterns, filled with parts."""
    return lambda s, r: r.choice(formats).format(*parts(s))


def _run(s, r):
    """Force a repeated digit into s (for double/triple forms)."""
    k = r.randrange(0, len(s) - 1)
    return s[:k] + s[k] * 2 + s[k + 2 :]


def _ssn_run(r):
    while True:
        s = _run(ssn(r), r)
        if ssn_ok(s):
            return s


def _house(n):
    return say_pairs(n) if len(n) == 4 else say3(int(n))


def _mixed(n, r):
    gs = card_groups(n)
    pick = [r.random() < 0.5 for _ in gs]
    pick[0], pick[-1] = True, False
    return " ".join(say_digits(g) if p else g for g, p in zip(gs, pick, strict=True))


def _irregular(n, r):
    out, i = [], 0
    while i < len(n):
        k = r.randint(2, 6)
        out.append(n[i : i + k])
        i += k
    return " ".join(out)


def _as_in(s, r):
    with_as = r.random() < 0.6
    numerals = r.random() < 0.5
    k = sum(c.isalpha() for c in s)
    spelled = [f"{c} as in {AS_IN[c]}" if with_as else f"{c} {AS_IN[c]}" for c in s[:k]]
    return ", ".join(spelled) + ", " + " ".join(c if numerals else say_digits(c) for c in s[k:])


def _nato(s, r):
    return " ".join(NATO[c] if c.isalpha() else say_digits(c, r.choice(["zero", "oh"])) for c in s)


def _member(r):
    return letters(r, r.choice([2, 3])) + rdigits(r, r.choice([6, 7, 9]))


def _acct(r):
    return rdigits(r, r.choice([8, 9, 10]), lead=True)


def _pair(text):
    return text, text


def _cvv_oh(r):
    pattern = r.choice(["{a}{a}0", "0{a}{b}", "{a}0{b}", "{a}{a}{b}", "{a}00", "{a}{b}{b}"])
    return pattern.format(a=r.randint(1, 9), b=r.randint(0, 9))


def _exp_dash_dot(y, m, r):
    fmt = r.choice(["{:02d}-{:02d}", "{}.{:02d}", "{:02d}-{}", "{:02d}.{}"])
    return fmt.format(m, y % 100 if r.random() < 0.5 else y)


def _exp_abbrev(y, m, r):
    fmt = r.choice(["{} '{:02d}", "{}/{:02d}", "{}-{:02d}"])
    return fmt.format(r.choice([MON3[m - 1], MON3[m - 1].upper()]), y % 100)


def _dob_abbrev(y, m, d, r):
    fmt = r.choice(["{}-{}-{}", "{} {} {}"])
    return fmt.format(d, r.choice([MON3[m - 1], MON3[m - 1].upper()]), y)


def _date_abbrev(y, m, d, r):
    return r.choice([f"{d} {MON3[m - 1]} {y}", f"{d:02d}-{MON3[m - 1].upper()}-{y % 100:02d}"])


def _year_first(y, m, d, r):
    return f"{say_year(y)}, {MONTHS[m - 1]} {words(d) if r.random() < 0.5 else ordinal(d)}"


def _addr_readback(r, ch):
    a = address(r)
    text = f"{_house(a['num'])} {a['street']} {a['suf']}, {a['city']} {a['state']}, "
    return text + say_digits(a["zip"], "oh"), addr_canon(a)


def _po_box(r, ch):
    a, b = address(r), rdigits(r, 4, lead=True)
    if ch == "voice":
        return f"P O Box {_house(b)}, {a['city']} {a['state']}", f"po box {b} {a['city']} {a['st']}"
    text = f"P.O. Box {b}, {a['city']}, {a['st']} {a['zip']}"
    return text, f"po box {b} {a['city']} {a['st']} {a['zip']}"


def _zip4(r, ch):
    a = address(r)
    if ch == "voice":
        return _oh(a["zip"]) + ", " + _oh(a["plus4"]), a["zip"] + a["plus4"]
    return a["zip"] + "-" + a["plus4"], a["zip"] + a["plus4"]


def _multiline(r, ch):
    a = address(r)
    text = "{num} {street} {suf}\nUnit {unit}\n{city}, {st} {zip}".format(**a)
    return text, addr_canon(a, "street unit city zip")


def _house_pairs(r, ch):
    a = address(r)
    text = f"{_house(a['num'])} {a['street']} {a['suf']} in {a['city']}"
    return text, addr_canon(a, "street city")


def _person_spelled(r, ch):
    last = r.choice(LAST)
    sp = "-".join(last.upper()) if ch != "voice" else " ".join(last.upper())
    return last + (", " if ch != "voice" or r.random() < 0.5 else " ") + sp, last


def _last_comma_first(r, ch):
    first, last = person(r)
    return f"{last}, {first}", f"{first} {last}"


def _email_initial_underscore(r, ch):
    first, last = person(r)
    sep = r.choice(["_", "-"])
    f, n = first.lower(), last.lower()
    e = email_of(r, first, last, "fl").replace(f + n, f[0] + sep + n)
    dom = e.split("@")[1]
    said = LETTER[f[0]] + " " + {"_": "underscore", "-": "dash"}[sep] + " " + n
    return said + " at " + dom.replace(".", " dot "), e


def _email_said(pattern, spell):
    def fn(r, ch):
        e = email_of(r, *person(r), pattern=pattern)
        return say_email(e, spell=spell), e

    return fn


def _obfuscated(r, ch):
    e = email_of(r, *person(r))
    u, d = e.split("@")
    at = [(" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(dot)"), (" AT ", " DOT ")]
    a, dot = r.choice(at)
    return u + a + d.replace(".", dot), e


def _hash_id(n, cut):
    def fn(r, ch):
        s = rdigits(r, n, lead=n == 7)
        return s[:cut] + "-" + s[cut:], s, "#", ""

    return fn


def _ip_port(r, ch):
    ip = ipv4(r)
    return ip, ip, "", ":" + str(r.choice([443, 8080, 8443, 3389]))


def _url_spoken(scheme):
    def fn(r, ch):
        u = portal_url(r, scheme)
        host, path = u.replace("https://", "").split("/", 1)
        sh = host.replace("-", " dash ").replace(".", " dot ")
        sl = " forward slash " if not scheme else " slash "
        sp = sl.join(say_digits(p) if p.isdigit() else p for p in path.split("/"))
        return ("h t t p s colon slash slash " if scheme else "") + sh + sl + sp, u

    return fn


def _grouped(sizes, say, sep=", "):
    return lambda s, r: sep.join(say(g) for g in chunks(s, sizes))


def _oh(g):
    return say_digits(g, "oh")


# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("cc_spoken_pairs", "v",
            _v(card, lambda n, r: ", ".join(say_pairs(g) for g in card_groups(n)))),
        fam("cc_spoken_double_triple", "v", _v(
            lambda r: card(r, run=True),
            lambda n, r: ", ".join(say_runs(g) for g in card_groups(n)))),
        fam("cc_asr_mixed_words_digits", "v", _v(card, _mixed)),
        fam("cc_typed_irregular_groups", "t", _v(card, _irregular)),
        fam("cc_typed_linebreaks", "t", _v(card, lambda n, r: "\n".join(card_groups(n)))),
    ],
    "CARD_CVV": [
        fam("cvv_hundreds_spoken", "v",
            _v(lambda r: rdigits(r, 3, lead=True), lambda s, r: say3(int(s)))),
        fam("cvv_oh_double_spoken", "v", _v(_cvv_oh, lambda s, r: say_runs(s))),
        fam("cvv_typed_spaced", "t", _v(lambda r: rdigits(r, r.choice([3, 3, 4])),
                                        lambda s, r: r.choice([" ", "-", ". "]).join(s))),
    ],
    "CARD_EXPIRY": [
        fam("exp_month_two_word_year", "v", _exp(lambda y, m, r: f"{MONTHS[m - 1]} {say_year(y)}")),
        fam("exp_month_number_words", "v",
            _exp(lambda y, m, r: words(m) + r.choice([" ", " of "]) + say_yy(y))),
        fam("exp_typed_compact", "t",
            _exp(lambda y, m, r: r.choice([f"{m:02d}{y % 100:02d}", f"{m:02d}{y}"]))),
        fam("exp_typed_dash_or_dot", "t", _exp(_exp_dash_dot)),
        fam("exp_typed_abbrev_apostrophe", "t", _exp(_exp_abbrev)),
    ],
    "BANK_ACCOUNT": [
        fam("bank_routing_double_oh_spoken", "v", _v(aba, _grouped([3, 3, 3], say_runs)),
            nouns=["transit number", "bank number at the bottom left of the check"]),
        fam("bank_account_pairs_spoken", "v", _v(_acct, lambda s, r: say_pairs(s))),
        fam("bank_iban_spoken", "v", _v(iban, _grouped([4] * 9, _oh)), nouns=IBAN_NOUNS),
        fam("bank_iban_compact_lower", "t", _v(iban, lambda s, r: s.lower()), nouns=IBAN_NOUNS),
    ],
    "PERSON": [
        fam("person_surname_spelled", "vt", _person_spelled, nouns=["last name", "surname"]),
        fam("person_last_comma_first", "t", _last_comma_first),
        fam("person_third_party", "vt", lambda r, ch: _pair("{} {}".format(*person(r))),
            nouns=["mother's name", "husband's name", "daughter's name", "son's name",
                   "wife's name"]),
        fam("person_particle_hyphen", "vt", lambda r, ch: _pair(r.choice(PARTICLE))),
    ],
    "DATE_OF_BIRTH": [
        fam("dob_iso_typed", "t", _date(lambda y, m, d, r: f"{y}-{m:02d}-{d:02d}", 1935, 2006)),
        fam("dob_month_number_year_spoken", "v",
            _date(lambda y, m, d, r: f"{words(m)} {words(d)} {say_yy(y)}", 1935, 2006)),
        fam("dob_digit_by_digit_spoken", "v", _date(
            lambda y, m, d, r: say_digits(f"{m:02d}{d:02d}{y}", r.choice(["oh", "zero"])),
            1935, 2006)),
        fam("dob_day_abbrev_month_typed", "t", _date(_dob_abbrev, 1935, 2006)),
        fam("dob_year_first_spoken", "v", _date(_year_first, 1935, 2006)),
    ],
    "DATE": [
        fam("date_iso_typed", "t", _date(lambda y, m, d, r: f"{y}-{m:02d}-{d:02d}", 2022, 2025)),
        fam("date_month_number_spoken", "v",
            _date(lambda y, m, d, r: f"{words(m)} {words(d)} {say_yy(y)}", 2022, 2025)),
        fam("date_two_word_year_spoken", "v",
            _date(lambda y, m, d, r: f"{MONTHS[m - 1]} {words(d)} {say_year(y)}", 2022, 2025)),
        fam("date_day_abbrev_month_typed", "t", _date(_date_abbrev, 2022, 2025)),
    ],
    "ADDRESS": [
        fam("addr_agent_readback_spoken", "v", _addr_readback, ctx="readback_only"),
        fam("addr_po_box", "vt", _po_box, nouns=["mailing address", "PO box"]),
        fam("addr_zip_plus_four", "vt", _zip4, nouns=["postal code", "zip plus four"]),
        fam("addr_multiline_typed", "t", _multiline),
        fam("addr_house_number_pairs_spoken", "v", _house_pairs),
    ],
    "PHONE_NUMBER": [
        fam("phone_oh_spoken", "v", _v(lambda r: phone(r, zero=True), _grouped([3, 3, 4], _oh))),
        fam("phone_pairs_spoken", "v", _v(phone, lambda p, r: f"{_oh(p[:3])}, {_oh(p[3:6])}, "
                                                              f"{say_pairs(p[6:])}")),
        fam("phone_double_triple_spoken", "v", _v(lambda r: phone(r)[:6] + _run(rdigits(r, 4), r),
                                                  _grouped([3, 3, 4], say_runs))),
        fam("phone_fax_dotted_typed", "t",
            _v(phone, lambda p, r: "{}.{}.{}".format(*chunks(p, [3, 3, 4]))),
            nouns=["fax number", "fax line"]),
        fam("phone_typed_intl_prefix", "t", _v(phone, _pick(
            ["1-{}-{}-{}", "+1 {} {} {}", "1 ({}) {} {}"], lambda p: chunks(p, [3, 3, 4])))),
    ],
    "EMAIL_ADDRESS": [
        fam("email_spelled_initial_dot_spoken", "v", _email_said("i.l", False)),
        fam("email_letter_name_underscore_spoken", "v", _email_initial_underscore),
        fam("email_letters_spelled_spoken", "v", _email_said("il", True)),
        fam("email_obfuscated_typed", "t", _obfuscated),
    ],
    "US_SSN": [
        fam("ssn_last_four_said_as_such", "v", _v(lambda r: ssn(r)[5:], lambda s, r: say_pairs(s)),
            nouns=["last four of the social security", "social's last four", "last 4 SSN"]),
        fam("ssn_double_oh_spoken", "v", _v(_ssn_run, _grouped([3, 2, 4], say_runs))),
        fam("ssn_grouped_numbers_spoken", "v", _v(ssn, lambda s, r: (
            f"{say3(int(s[:3]))}, {say_pair(s[3:5])}, {say_pairs(s[5:])}"))),
        fam("ssn_typed_dots_spaces", "t", _v(ssn, _pick(
            ["{}.{}.{}", "{} {} {}", "{} - {} - {}"], lambda s: chunks(s, [3, 2, 4])))),
    ],
    "MEDICAL_RECORD_NUMBER": [
        fam("mrn_nato_spoken", "v", _v(lambda r: letters(r, 2) + rdigits(r, 7), _nato)),
        fam("mrn_pairs_spoken", "v", _v(lambda r: rdigits(r, 8), lambda s, r: say_pairs(s))),
        fam("mrn_chart_hash_typed", "t", _hash_id(8, 4)),
    ],
    "HEALTH_PLAN_ID": [
        fam("hp_mbi_typed", "t",
            _v(mbi, lambda s, r: r.choice(["-".join(chunks(s, [4, 3, 4])), s])),
            nouns=MBI_NOUNS),
        fam("hp_mbi_spoken", "v", _v(mbi, _grouped([4, 3, 4], say_digits)), nouns=MBI_NOUNS),
        fam("hp_member_as_in", "v", _v(_member, _as_in)),
        fam("hp_member_nato", "v", _v(_member, _nato)),
    ],
    "ACCOUNT_NUMBER": [
        fam("acct_pairs_spoken", "v", _v(_acct, lambda s, r: say_pairs(s))),
        fam("acct_double_triple_spoken", "v",
            _v(lambda r: _run(_acct(r), r), lambda s, r: say_runs(s))),
        fam("acct_hash_typed", "t", _hash_id(7, 5)),
    ],
    "IP_ADDRESS": [
        fam("ip_v4_point_digits_spoken", "v",
            _v(ipv4, lambda s, r: " point ".join(say_digits(p) for p in s.split(".")))),
        fam("ip_v6_compressed_typed", "t", _v(lambda r: ipv6(r, compress=True))),
        fam("ip_v4_with_port_typed", "t", _ip_port),
    ],
    "URL": [
        fam("url_spoken_colon_slash", "v", _url_spoken(True)),
        fam("url_bare_path_typed", "t", _v(lambda r: portal_url(r, False))),
        fam("url_spoken_forward_slash", "v", _url_spoken(False)),
    ],
}
# fmt: on


def _say(s, ch, zero="oh"):
    return say_digits(s, zero) if ch == "voice" else s


def _window_ref(r):
    n = card(r, r.choice(["visa", "mastercard", "discover"]))
    return rdigits(r, r.randint(2, 4), lead=True) + n + rdigits(r, r.randint(2, 4))


def _imei(r):
    body = r.choice(["35", "86", "01"]) + rdigits(r, 12)
    return body + luhn_digit(body)


def _ssn_shaped(r, ch):
    g = chunks(ssn(r), [3, 2, 4])
    return ", ".join(_oh(x) for x in g) if ch == "voice" else "-".join(g)


def _amount_pairs(r, ch):
    d, c = r.randint(1010, 9899), r.randint(1, 99)
    return f"{say_pairs(str(d))} and {words(c)} cents" if ch == "voice" else f"${d:,}.{c:02d}"


# fmt: off
NEGATIVES = [
    fam("neg_imei", "vt",
        lambda r, ch: [("customer", "The IMEI on the phone is {v}.", _say(_imei(r), ch))]),
    fam("neg_luhn_window_in_reference", "vt", lambda r, ch: [
        ("agent", "Your payment reference number is {v}.", _say(_window_ref(r), ch))]),
    fam("neg_ssn_shaped_confirmation", "vt",
        lambda r, ch: [("agent", "Your confirmation number is {v}.", _ssn_shaped(r, ch))]),
    fam("neg_amount_pairs", "vt",
        lambda r, ch: [("agent", "Okay, your total comes to {v}.", _amount_pairs(r, ch))]),
    fam("neg_billing_zip", "vt", lambda r, ch: [
        ("agent", "What's the billing zip code for the card?", None),
        ("customer", "Billing zip is {v}.", _say(address(r)["zip"], ch))]),
    fam("neg_phone_in_pci_heldout_forms", "vt",
        from_family(FAMILIES, "PHONE_NUMBER", "If we get cut off my number is {v}.")),
    fam("neg_date_in_pci_heldout_forms", "vt",
        from_family(FAMILIES, "DATE", "The charge I'm asking about was from {v}.")),
]
# fmt: on
