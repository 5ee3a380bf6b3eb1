"""The self-check of the Spanish corpus.

Besides the structural checks of benchmarks/corpus (offsets in range, trimmed, no overlaps,
right split, right preset, valid values), every span's text is READ BACK and compared with its
value: Spanish number words are parsed ("mil novecientos setenta y cinco", "cuarenta y uno"),
letters are read from their names ("jota", "doble ve"), fillers and connectors are skipped, and
the result must be exactly the canonical value. A reading is a search over all the ways the
words can be grouped into numbers ("cuatro mil doscientos dos mil ..." has more than one), so
ASR text without commas is read too. Each split reads its spans with its own vocabulary only
(a split module may add words and readings through SKIP, LETTER_NAMES, EMAIL_WORDS,
TYPED_EMAIL, extra_alts and date_targets, and may opt in to EXTRA_TYPED, extra_alts called on
typed text too, email_alts, readings of spoken e-mail addresses, PHONE_PREFIXES, prefixes said
or typed before a phone's digits, and PHONE_LENGTHS, the lengths a phone value may have), so a
dev span that needed a held-out reading fails the check.
"""

import datetime
import functools
import itertools
import re

from .compose import (
    CENTENAS,
    DECENAS,
    DIECES,
    ENTITIES,
    LANGUAGE_TAGS,
    LETRAS,
    MES3,
    MESES,
    PCI,
    UNIDADES,
    VEINTES,
    card_ok,
    curp_ok,
    fold,
    luhn_ok,
    nif_ok,
    norm,
    rfc_ok,
    ssn_ok,
)


def _f(w):
    return fold(w).lower()


UNIT = {_f(w): i for i, w in enumerate(UNIDADES)} | {"un": 1, "una": 1}
TEEN = {_f(w): 10 + i for i, w in enumerate(DIECES)}
TEEN |= {_f(w): 20 + i for i, w in enumerate(VEINTES)} | {"veintiun": 21}
TENS = {_f(w): 10 * i for i, w in enumerate(DECENAS) if w}
HUND = {_f(w): 100 * i for i, w in enumerate(CENTENAS) if w} | {"cien": 100}
COMPOUND = set(TEEN) | set(TENS) | set(HUND) | {"mil"}
NUMWORDS = set(UNIT) | COMPOUND
MONTH = {_f(m): i + 1 for i, m in enumerate(MESES)} | {m: i + 1 for i, m in enumerate(MES3)}
MONTH |= {"setiembre": 9, "sept": 9}
DATE_GLUE = {"de", "del", "el", "ano", "dia"}
DIGIT_ENTS = {"CREDIT_CARD", "CARD_CVV", "US_SSN", "PHONE_NUMBER"}
ID_ENTS = {"MX_CURP", "MX_RFC", "ES_NIF", "ES_NIE"}
SPEAKERS = {"agent", "customer", "bot", "system"}
EMAIL_RE = re.compile(r"[a-z0-9]+([._-][a-z0-9]+)*@[a-z0-9-]+(\.[a-z0-9-]+)+")


def tokens(text):
    return re.findall(r"[a-z0-9]+", _f(text))


def phrases(words):
    return sorted({tuple(tokens(w)) for w in words if tokens(w)}, key=len, reverse=True)


# ---------------------------------------------------------------- numbers said in words
def _seg(toks, i):
    """Readings of a number below 1000 that starts at toks[i]: [(value, next index)]."""
    n, out, v, j = len(toks), [], 0, i
    if j < n and toks[j] in HUND:
        v, j = HUND[toks[j]], j + 1
        out.append((v, j))
        if toks[j - 1] == "cien":
            return out
    if j < n:
        t = toks[j]
        if t in TENS:
            out.append((v + TENS[t], j + 1))
            if j + 2 < n and toks[j + 1] == "y" and UNIT.get(toks[j + 2], 0) > 0:
                out.append((v + TENS[t] + UNIT[toks[j + 2]], j + 3))
        elif t in TEEN:
            out.append((v + TEEN[t], j + 1))
        elif UNIT.get(t, 0) > 0:
            out.append((v + UNIT[t], j + 1))
    return out


def number_alts(toks, i):
    """Every reading of a number said in words from toks[i]: [(digits, next index)]."""
    if toks[i] == "cero":
        return [("0", i + 1)]
    n, res = len(toks), []
    for v, j in _seg(toks, i):
        res.append((v, j))
        if j < n and toks[j] == "mil":
            res += [(v * 1000, j + 1)] + [(v * 1000 + w, k) for w, k in _seg(toks, j + 1)]
    if toks[i] == "mil":
        res += [(1000, i + 1)] + [(1000 + w, k) for w, k in _seg(toks, i + 1)]
    return [(str(v), j) for v, j in res]


def greedy_digits(toks):
    """The digits of a run of number words, each number read as long as it goes (for decoys)."""
    out, i = "", 0
    while i < len(toks):
        if toks[i].isdigit():
            out, i = out + toks[i], i + 1
            continue
        alts = number_alts(toks, i) if toks[i] in NUMWORDS else []
        if alts:
            d, i = max(alts, key=lambda a: a[1])
            out += d
        else:
            i += 1
    return out


# ---------------------------------------------------------------- one split's vocabulary
class Reader:
    """Reads span texts back into values with one split's vocabulary."""

    def __init__(self, F):
        self.F = F
        names = {c: [v] for c, v in LETRAS.items()}
        for c, vs in getattr(F, "LETTER_NAMES", {}).items():
            names[c] = [*names.get(c, []), *vs]
        self.letter_table = {}
        for c, vs in names.items():
            for v in vs:
                self.letter_table[tuple(tokens(v))] = _f(c)
        self.letter_phrases = sorted(self.letter_table, key=len, reverse=True)
        self.skip = phrases(getattr(F, "SKIP", []))
        self.fill = phrases(F.FILL)
        self.corrections = phrases(F.CORRECTIONS)
        self.email_words = {("arroba",): "@", ("punto",): ".", ("guion",): "-"}
        for k, v in getattr(F, "EMAIL_WORDS", {}).items():
            self.email_words[tuple(tokens(k))] = v
        self.extra = getattr(F, "extra_alts", None)
        # opt-in hooks (dev2): extra readings of typed text ("4152 3344, doce treinta y cuatro")
        # and of spoken e-mail addresses ("pe de Pedro")
        self.extra_typed = bool(self.extra and getattr(F, "EXTRA_TYPED", False))
        self.email_extra = getattr(F, "email_alts", None)

    @staticmethod
    def _match(toks, i, table):
        return [(p, i + len(p)) for p in table if tuple(toks[i : i + len(p)]) == p]

    def letters_at(self, toks, i):
        return [(self.letter_table[p], j) for p, j in self._match(toks, i, self.letter_phrases)]

    def _ctx(self, toks):
        def digit(t, mode):
            if t in UNIT and t not in ("un", "una"):
                return str(UNIT[t])
            return "0" if t == "o" and mode != "alnum" else None

        def as_in_word(w, letter):
            return len(w) >= 3 and w[0] == letter and w not in NUMWORDS and (w,) not in (
                self.letter_table)  # fmt: skip

        return {"digit": digit, "letters": lambda i: self.letters_at(toks, i),
                "as_in_word": as_in_word}  # fmt: skip

    def alts(self, toks, mode, typed):
        """alt(i) -> [(output, next index)] for one mode: digits, alnum, date or address."""
        ctx = self._ctx(toks)

        @functools.cache
        def alt(i):
            t = toks[i]
            out = [("", j) for _, j in self._match(toks, i, self.skip)]
            if typed:
                if t.isdigit() or (mode == "alnum" and t.isalnum()):
                    out.append((t, i + 1))
                elif mode == "date" and t in MONTH:
                    out.append((f"M{MONTH[t]:02d}", i + 1))
                elif (mode == "date" and t in DATE_GLUE) or mode == "address":
                    out.append(("", i + 1))
                if self.extra_typed:
                    out += self.extra(toks, i, mode, dict(ctx, typed=True))
                return out
            if t in NUMWORDS:
                out += number_alts(toks, i)
            elif mode == "address":
                out.append(("", i + 1))
            if mode == "alnum":
                out += self.letters_at(toks, i)
            if mode == "date":
                if t in MONTH:
                    out.append((f"M{MONTH[t]:02d}", i + 1))
                if t == "primero":
                    out.append(("1", i + 1))
                if t in DATE_GLUE:
                    out.append(("", i + 1))
            if self.extra:
                out += self.extra(toks, i, mode, ctx)
            return out

        return alt

    def reads_as(self, toks, targets, mode, typed):
        """Whether some reading of `toks` gives exactly one of `targets`."""
        alt, n = self.alts(toks, mode, typed), len(toks)
        for target in targets:

            @functools.cache
            def go(i, p, target=target):
                if i == n:
                    return p == len(target)
                return any(target.startswith(o, p) and go(j, p + len(o)) for o, j in alt(i))

            if toks and go(0, 0):
                return True
        return False

    def after_correction(self, toks):
        """The tokens after the last self-correction phrase ('..., perdón, <value>')."""
        last = None
        for i in range(len(toks)):
            for p in self.corrections:
                if tuple(toks[i : i + len(p)]) == p:
                    last = i + len(p)
                    break
        return toks[last:] if last else None

    def strip(self, toks, table):
        out, i = [], 0
        while i < len(toks):
            m = self._match(toks, i, table)
            if m:
                i = m[0][1]
            else:
                out.append(toks[i])
                i += 1
        return out

    def email(self, text, typed):
        if typed:
            s = _f(text)
            for pat, rep in getattr(self.F, "TYPED_EMAIL", []):
                s = re.sub(pat, rep, s)
            return re.sub(r"\s+", "", s)
        toks = self.strip(tokens(text), self.skip)
        table = sorted(self.email_words, key=len, reverse=True)
        out, i = "", 0
        ctx = self._ctx(toks) if self.email_extra else None
        while i < len(toks):
            ex = self.email_extra(toks, i, ctx) if self.email_extra else []
            if ex:
                c, i = max(ex, key=lambda a: a[1])
                out += c
                continue
            m = self._match(toks, i, table)
            lets = self.letters_at(toks, i)
            if m:
                out, i = out + self.email_words[m[0][0]], m[0][1]
            elif toks[i] in NUMWORDS:
                d, i = max(number_alts(toks, i), key=lambda a: a[1])
                out += d
            elif lets:
                c, i = max(lets, key=lambda a: a[1])
                out += c
            else:
                out, i = out + toks[i], i + 1
        return out

    def person(self, text, value):
        toks = self.strip(tokens(text), self.fill)
        for k in range(1, len(toks) + 1):
            if "".join(toks[:k]) != value:
                continue
            rest = toks[k:]
            words = {w for w in toks[:k] if len(w) > 1}
            if not rest or self.reads_as(rest, sorted(words), "alnum", False):
                return True
        return False


# ---------------------------------------------------------------- one span against its value
def _date_targets(ent, v):
    if ent == "CARD_EXPIRY":
        m, yy = int(v[:2]), v[2:]
        return {a + b for a in (str(m), f"{m:02d}", f"M{m:02d}") for b in (yy, "20" + yy)}
    y, m, d = v[:4], int(v[4:6]), int(v[6:])
    ds, ms = (str(d), f"{d:02d}"), (str(m), f"{m:02d}", f"M{m:02d}")
    return {a + b + y for a in ds for b in ms}


def reads_back(reader, ent, text, value, channel, noise):
    """Whether the span text says exactly `value` (see the module docstring)."""
    typed = channel != "voice"
    toks = tokens(text)
    if "selfcorrect" in noise:
        toks = reader.after_correction(toks)
        if not toks:
            return False
    if ent in DIGIT_ENTS:
        targets = [value]
        if ent == "PHONE_NUMBER":
            targets += ["1" + value, "52" + value]
            # opt-in (dev4): Spain's +34 and 0034, Mexico's 044, 045 and "+52 1"
            targets += [p + value for p in getattr(reader.F, "PHONE_PREFIXES", ())]
        return reader.reads_as(toks, targets, "digits", typed)
    if ent in ID_ENTS:
        return reader.reads_as(toks, [value], "alnum", typed)
    if ent in ("CARD_EXPIRY", "DATE_OF_BIRTH"):
        targets = _date_targets(ent, value)
        if hasattr(reader.F, "date_targets"):
            targets = reader.F.date_targets(ent, value, targets)
        return reader.reads_as(toks, sorted(targets), "date", typed)
    if ent == "EMAIL_ADDRESS":
        got = reader.email(" ".join(toks) if "selfcorrect" in noise else text, typed)
        return bool(EMAIL_RE.fullmatch(got)) and norm(got) == value
    if ent == "PERSON":
        return reader.person(text, value)
    if ent == "ADDRESS":
        digits = "".join(re.findall(r"\d", value))
        if not reader.reads_as(toks, [digits], "address", typed):
            return False
        return _whole_words(tokens(text), re.sub(r"[^a-z]", "", value))
    raise ValueError(ent)


def _whole_words(toks, letters):
    """Whether `letters` is the concatenation of some of the words of `toks`, in order (the
    names in an address: street, colonia, municipality, city)."""
    words = [t for t in toks if t.isalpha()]

    @functools.cache
    def go(i, p):
        if p == len(letters):
            return True
        if i == len(words):
            return False
        w = words[i]
        return (letters.startswith(w, p) and go(i + 1, p + len(w))) or go(i + 1, p)

    return go(0, 0)


def _value_ok(ent, v, category, F=None):
    if ent == "CREDIT_CARD":
        return card_ok(v)
    if ent == "CARD_CVV":
        return v.isdigit() and len(v) in (3, 4)
    if ent == "CARD_EXPIRY":
        return v.isdigit() and len(v) == 4 and 1 <= int(v[:2]) <= 12
    if ent == "US_SSN":
        return ssn_ok(v) or ("last4" in category and v.isdigit() and len(v) == 4 and v != "0000")
    if ent == "PHONE_NUMBER":  # a split may allow other lengths (dev4: Spain's nine digits)
        return v.isdigit() and len(v) in getattr(F, "PHONE_LENGTHS", (10,)) and v[0] != "0"
    if ent == "DATE_OF_BIRTH":
        try:
            return 1900 < datetime.date(int(v[:4]), int(v[4:6]), int(v[6:])).year < 2010
        except ValueError:
            return False
    if ent == "MX_CURP":
        return curp_ok(v)
    if ent == "MX_RFC":
        return rfc_ok(v)
    if ent == "ES_NIF":
        return nif_ok(v) and v[0].isdigit()
    if ent == "ES_NIE":
        return nif_ok(v) and v[0] in "xyz"
    return True


def _structure(it, seen):
    inter = it["interaction"]
    iid = inter["id"]
    assert iid not in seen, ("duplicate id", iid)
    seen.add(iid)
    allowed = {"id", "channel", "language", "metadata", "turns"}
    assert set(inter) <= allowed and {"id", "channel", "turns"} <= set(inter), iid
    assert inter["channel"] in ("voice", "chat", "email") and inter["turns"], iid
    assert inter.get("language", "es") in LANGUAGE_TAGS, iid
    meta = inter["metadata"]
    assert all(isinstance(x, str | int | float | bool) for x in meta.values()), iid
    for t in inter["turns"]:
        assert t["speaker"] in SPEAKERS and isinstance(t["text"], str), iid
        assert set(t) <= {"speaker", "text", "start_s", "end_s"}, iid
        if inter["channel"] == "voice":
            assert 0 <= t["start_s"] <= t["end_s"], iid
            # what an ASR writes: spoken numbers never come out as digits
            assert meta["style"] == "clean" or t["text"] == t["text"].lower(), iid
            assert not re.search(r"\d", t["text"]), (iid, t["text"])
    assert set(it) == {"interaction", "spans", "lookalike_only", "preset", "decoys"}, iid
    assert it["preset"] in ("pci", "hipaa"), iid
    assert it["lookalike_only"] == (not it["spans"] and bool(it["decoys"])), iid


def check(items, splits, split_of, held_out):
    """Assert the structure, the value and the read-back of every span (see module docstring);
    returns the number of spans read back."""
    readers = {s: Reader(F) for s, F in splits.items()}
    seen, n_read = set(), 0
    for it in items:
        _structure(it, seen)
        inter = it["interaction"]
        iid, turns, spans, channel = inter["id"], inter["turns"], it["spans"], inter["channel"]
        split = inter["metadata"]["split"]
        reader = readers[split]
        by_turn = {}
        for s in spans + it["decoys"]:
            text = turns[s["turn"]]["text"]
            piece = text[s["start"] : s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(text), (iid, s)
            assert piece.strip() and piece == piece.strip(), (iid, s, piece)
            # on word boundaries
            assert s["start"] == 0 or not text[s["start"] - 1].isalnum(), (iid, s, piece)
            assert s["end"] == len(text) or not text[s["end"]].isalnum(), (iid, s, piece)
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ranges in by_turn.values():
            ranges.sort()
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(ranges)), (iid, ranges)
        for d in it["decoys"]:
            assert split_of.get(d["category"]) == split, (iid, d)
            assert d["category"] in [n.name for n in splits[split].NEGATIVES], (iid, d)
            if "luhn" in d["category"]:
                digits = greedy_digits(tokens(turns[d["turn"]]["text"][d["start"] : d["end"]]))
                assert len(digits) == 16 and not luhn_ok(digits), (iid, d, digits)
        pieces = {}
        for s in spans:
            v, ent, cat = s["value"], s["entity"], s["category"]
            keys = {"turn", "start", "end", "entity", "category", "value", "context", "noise",
                    "position"}  # fmt: skip
            assert set(s) == keys, (iid, s)
            assert ent in ENTITIES and v and v.isascii() and v.isalnum() and v == v.lower(), s
            assert (cat in held_out) == (split == "heldout"), (iid, s)
            assert split_of.get(cat) == split, (iid, s)
            assert cat in [f.name for f in splits[split].FAMILIES[ent]], (iid, s)
            assert it["preset"] == "hipaa" or ent in PCI, (iid, s)
            assert _value_ok(ent, v, cat, splits[split]), (iid, s)
            full = turns[s["turn"]]["text"]
            text = full[s["start"] : s["end"]]
            # a value's own "+" and parentheses are inside it, trailing punctuation is not
            assert text[0].isalnum() or text[0] in "(+", (iid, s, text)
            assert text[-1].isalnum() or text[-1] == ")", (iid, s, text)
            assert text.count("(") == text.count(")"), (iid, s, text)
            assert s["start"] == 0 or full[s["start"] - 1] not in "+(", (iid, s, text)
            if split == "dev" and channel == "voice" and ent in DIGIT_ENTS | ID_ENTS:
                # dev reads these digit by digit: no number read as a pair, hundred or thousand
                assert not set(tokens(text)) & COMPOUND, (iid, s, text)
            if s["context"] == "split":
                pieces.setdefault((ent, cat, v), []).append(text)
                continue
            assert reads_back(reader, ent, text, v, channel, s["noise"]), (iid, split, s, text)
            n_read += 1
        for (ent, _, v), texts in pieces.items():
            assert len(texts) >= 2, (iid, ent, texts)
            whole = " ".join(texts)
            assert reads_back(reader, ent, whole, v, channel, "none"), (iid, split, ent, texts)
            n_read += len(texts)
    return n_read
