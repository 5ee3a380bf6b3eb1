"""Values made sensitive by the question before them.

"Can I have the number on the card?" makes the digits the customer says next a card
number even when ASR broke the Luhn check; "and the three digits on the back?" makes
"seven three one" a security code. A ``PromptedValueDetector`` holds one ``Prompt``
per entity: what the asking turn says, and what an answer looks like.

The same words name a value wherever anyone says them: "the CVV's 551", "exp: 08/27",
"0827 is the expiration", "I have 0827 on file for the expiry". So each prompt's
name also types the value of its kind next to it in the same sentence, in any
speaker's turn, a chat line or an e-mail: one mechanism for every entity and every
way of volunteering a value, instead of a pattern per entity and per phrasing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import fold, lexicon, phrase_alternation, phrase_pattern
from ..model import Interaction
from ..typed_view import TypedView
from .detectors import InteractionDetector, TurnAnalysis
from .findings import Finding
from .on_file import read_from_record, record_shapes

ACK_MAX_WORDS = 8
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*")  # letters of any alphabet, and apostrophes
_PUNCTUATED = re.compile(r"[.,;:!¿¡]")  # written text; ASR writes none
_DIGITS = re.compile(r"(?<!\d)\d+(?!\d)")
_PIECE_WORD = re.compile(r"[^\s,;!?]+(?<![.])")
_ALNUM = re.compile(r"[^0-9a-zA-Z]")
READ_BACK_EDITS = 2  # a read-back or its correction differs from the answer by this at most
_GLUED = re.compile(r"[.\-/:@]")  # a typed piece that ends or starts with "." joins the next
PIECE_MAX_WORDS = 6  # words besides digits in a turn that says a piece of a value
NAMED_REACH = 60  # view characters between a value's name and the value after it
LINKED_REACH = 30  # … and between a value and its name after it ("0827 is the expiry")
VALUE_REACH = 40  # characters a value said before its name may take
# a dot before a number ends an abbreviation, not a clause ("sept. 27", "No. 5")
_CLAUSE_END = r"\.(?=\s|$)(?!\s+\d)|[?!;](?=\s|$)|\n"
_WORD_OR_DIGIT = re.compile(r"\w")
_IN_BRACKETS = re.compile(r"\s*[)\]]")
# a name that ends its line as a label or a question: "Date of birth:\n", "CVV?"
# the language table's phrase lists, each placed in the regex form it is looked for in
_SPEAKER_LABEL = ("speaker_labels", r"(?:PHRASES)[ \t]*[:>\-–][ \t]*")  # "User:", "Customer -"
_POINTS_BACK = ("pointing_back", r"\s*(?:PHRASES)\b")  # "That's the group number."
_REPEAT_REQUEST = ("repeat_requests", r"\b(?:PHRASES)\b")  # "One more time?"
_READ_BACK_CUE = ("read_back_cues", r"(?<!\w)(?:PHRASES)(?!\w)")  # "could that be it?"
_GO_ON = ("go_on", r"(?<!\w)(?:PHRASES)(?!\w)", r"[\s-]+")  # "uh-huh", "and the rest?"
_LABEL_END = re.compile(r"[ \t]*(?::|\?|(?=\r?\n))(?:[ \t]*\r?\n)*[ \t\-–—>*]*")


@lru_cache(maxsize=8)
def clause_ends(language: str) -> re.Pattern[str]:
    """Where a clause ends: its punctuation, or the language's words that begin another."""
    said = phrase_alternation(lexicon(language).clause_breaks)
    return re.compile(_CLAUSE_END + (rf"|\b(?:{said})\b" if said else ""), re.IGNORECASE)


@dataclass(frozen=True)
class _Links:
    joins: re.Pattern[str]  # the whole gap between a value and its name is linking words
    verb: re.Pattern[str]  # ... with one that says "is" ("0827 and the CVV" names nothing)
    apposed: re.Pattern[str]  # or a mark or a determiner alone: "417, the CVV." "417 (CVV)"


@lru_cache(maxsize=8)
def linking_words(language: str) -> _Links:
    """What joins a value to the name after it ("0827 is the expiry", "551, that's the
    CVV", "YHL-107533130 listed as the member number", "417 (CVV)", "417, the code on the
    back."), from the language's table; up to two more words may qualify the name
    ("listed as the little code on the back")."""
    table = lexicon(language)
    words = phrase_alternation(table.links)
    verbs = phrase_alternation(table.link_verbs)
    determiners = phrase_alternation(table.determiners)
    return _Links(
        re.compile(
            rf"^[\s,:.\-–—]*(?:(?:{words})\b[\s,]*){{1,6}}(?:[a-z][a-z\-]*\s+){{0,2}}$"
            r"|^\s*=\s*$",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{verbs})\b|=", re.IGNORECASE),
        re.compile(
            rf"^\s*(?:[,(:\-–—]\s*(?:(?:{determiners})\s+)?|(?:{determiners})\s+)$",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True)
class Prompt:
    """``entity`` is what answers ``prompt`` (a regex on the asking turn's view text).

    ``value`` is a regex on the answering turn's view text whose match (or its named
    group ``value``, when it took part) is the finding (``qa_core.date_answer()`` takes a
    date in any shape); ``validate`` may reject a match by its text.
    ``answers`` is how many turns of the other party may answer; the asker's short
    acknowledgements ("okay", "go ahead") in between do not end the answer. Only a
    turn of ``asker`` (the agent, by default; None for anyone) asks. With ``named``,
    the prompt's words in any turn also type the value beside them in their sentence;
    without ``asks``, that is all they do. ``on_file`` is the value's shape when the
    asker reads it back from the record unnamed ("tengo registrado ..., ¿me lo
    confirma?"; ``qa_core.analysis.on_file``); None: such a read-back is not this value.
    """

    entity: str
    prompt: re.Pattern[str]
    value: re.Pattern[str]
    score: float = 0.85
    answers: int = 2
    validate: Callable[[str], bool] | None = None
    same_turn: bool = True
    asker: str | None = "agent"
    named: bool = True
    asks: bool = True
    on_file: re.Pattern[str] | None = None


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (the first one's flags): a
    question in a Spanish call names its value in Spanish or, as often, in English
    ("¿me indica su phone number?"), so either language's words ask."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def _value_spans(prompt: Prompt, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each value ``prompt`` takes in ``text[start:end]``: its ``value``
    group (all of the match where another alternative matched), if ``validate`` agrees."""
    group = "value" if "value" in prompt.value.groupindex else 0
    spans = []
    for match in prompt.value.finditer(text, start, end):
        span = match.span(group) if match.start(group) >= 0 else match.span()
        if span[1] <= span[0]:
            continue
        if prompt.validate and not prompt.validate(text[span[0] : span[1]]):
            continue
        spans.append(span)
    return spans


def _overlaps(a: Finding, b: Finding) -> bool:
    return a.turn == b.turn and a.start < b.end and b.start < a.end


def _names_another(prompt: Prompt, others: Sequence[Prompt]) -> Callable[[TurnAnalysis], bool]:
    """Whether a turn names a value of another kind and not ``prompt``'s."""

    def names(turn: TurnAnalysis) -> bool:
        text = turn.view.text
        return not prompt.prompt.search(text) and any(
            other.entity != prompt.entity and other.prompt.search(text) for other in others
        )

    return names


def _values_said(
    prompt: Prompt, names_another: Callable[[TurnAnalysis], bool] | None = None
) -> Callable[[TurnAnalysis], list[str]]:
    """The values of ``prompt``'s kind a turn says, as their letters and digits; none in
    a turn that ``names_another`` kind of value ("and the phone I have is ..." reads back
    no address)."""

    def said(turn: TurnAnalysis) -> list[str]:
        text = turn.view.text
        if names_another is not None and names_another(turn):
            return []
        return [
            _ALNUM.sub("", text[a:b]).lower() for a, b in _value_spans(prompt, text, 0, len(text))
        ]

    return said


def _near(a: str, b: str, most: int = READ_BACK_EDITS) -> bool:
    """Whether ``a`` becomes ``b`` in at most ``most`` single-character edits."""
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1] <= most


def _piece_of(text: str, language: str) -> tuple[int, int]:
    """[start, end) of a short turn less the words around its piece: "Then 57." → "57"."""
    table = lexicon(language)
    around = table.acknowledgements | table.piece_words
    words = list(_PIECE_WORD.finditer(text))
    kept = [w for w in words if w.group().lower().strip(".,:") not in around]
    if not kept:
        return 0, 0
    return kept[0].start(), kept[-1].end()


def _words_besides_spelling(view: TypedView) -> int:
    """How many words a turn says besides digits and the words of spelling: letters and
    their names, radio words, "de" and the example after it ("i griega de yema" is one
    letter said, not four words of a sentence)."""
    letters, connectors, fillers = _spelling_words(view.language)
    count, example_next = 0, False
    for word in _DIGITS.sub(" ", view.text).lower().split():
        word = word.strip(".,;:!?¿¡")
        spelled = len(word) == 1 or word in letters or word in fillers
        if not (spelled or word in connectors or example_next):
            count += 1
        example_next = word in connectors
    return count


@lru_cache(maxsize=8)
def _spelling_words(
    language: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's spelling words, built once: letters (radio words and the words of
    letter names), the connectors before an example ("de"), and fillers."""
    spelling = lexicon(language).spelling
    letters = set(spelling.nato) | {w for name in spelling.letter_names for w in name.split()}
    connectors = {w for phrase in spelling.as_in for w in phrase}
    return frozenset(letters), frozenset(connectors), spelling.fillers


def _view_piece(view: TypedView) -> tuple[int, int]:
    """[start, end) in ``view.original`` of a short turn's piece, trimmed on its view: a
    spelled run is one token there, so a letter said like a word ("ese a ay a de", "de
    efe") is kept as part of the piece rather than trimmed as a word around it."""
    start, end = _piece_of(view.text, view.language)
    return view.original_span(start, end) if end > start else (0, 0)


def words_besides_a_number(text: str, language: str = "en") -> int:
    """How many words a turn says besides its digits and the words that hold a number's
    groups together (fillers, "luego", "y", "el segundo bloque"): a turn that reads a
    piece out says few ("Y lo último es 9695, y el último bloque 8653" says three)."""
    glue = _number_glue(language)
    words = (w.strip(".,:;¿?¡!").lower() for w in _PIECE_WORD.findall(text))
    return sum(1 for w in words if any(c.isalpha() for c in w) and fold(w) not in glue)


@lru_cache(maxsize=8)
def _number_glue(language: str) -> frozenset[str]:
    numbers = lexicon(language).numbers
    if numbers is None:
        return frozenset()
    return frozenset(fold(w) for w in numbers.fillers | numbers.group_words | numbers.and_words)


def said_alone(text: str, language: str = "en") -> tuple[int, int]:
    """[start, end) of what a short turn says besides go-aheads and the words around a
    value ("Yep, it's 417." → "417"); (0, 0) when it says nothing else."""
    start, end = _piece_of(text, language)
    return (start, end) if end > start else (0, 0)


def is_acknowledgement(text: str, language: str = "en") -> bool:
    """A short turn of back-channel words: "okay", "mm-hmm", "go ahead", "no rush"."""
    words = _WORD.findall(text.lower())
    acks = lexicon(language).acknowledgements
    return (
        len(words) <= ACK_MAX_WORDS
        and all(w in acks for w in words)
        and not any(ch.isdigit() for ch in text)
    )


def asks_again(text: str, language: str = "en") -> bool:
    """A turn that asks for the value just given once more ("One more time?", "Sorry, I
    didn't catch that"): what answers it answers the first question."""
    return not any(ch.isdigit() for ch in text) and bool(
        phrase_pattern(language, *_REPEAT_REQUEST).search(text)
    )


def asks_for_the_rest(text: str, language: str = "en") -> bool:
    """A short question that goes on with "and" ("Ok, ¿y la homoclave?", "And the last
    part?"): it asks for more of the value being given, not for another."""
    table = lexicon(language)
    ands = table.numbers.and_words if table.numbers is not None else frozenset()
    words = _WORD.findall(text.lower())
    while words and words[0] in table.acknowledgements and words[0] not in ands:
        words = words[1:]  # "ok, ¿y ...?"
    # ASR writes no question mark: there, a short "and ..." turn asks for "the rest"
    asked = "?" in text or (not _PUNCTUATED.search(text) and bool(set(words) & table.rest_words))
    return (
        asked
        and 0 < len(words) <= ACK_MAX_WORDS
        and words[0] in ands
        and not any(ch.isdigit() for ch in text)
    )


class PromptedValueDetector(InteractionDetector):
    """Finds answers to questions that ask for sensitive values."""

    def __init__(
        self, name: str, prompts: Sequence[Prompt], languages: Sequence[str] = ("en",)
    ) -> None:
        self.name = name
        self.prompts = tuple(prompts)
        self.languages = tuple(languages)  # the prompts are these languages' words
        self.entities = tuple(sorted({p.entity for p in prompts}))  # type: ignore[misc]
        self._record_shapes = record_shapes(self.prompts)

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        for index, turn in enumerate(turns):
            asker = _side(interaction.turns[index].speaker)
            # each prompt's words are looked for once a turn: where it asks, and where its
            # name types a value beside it
            names = [
                (prompt, list(prompt.prompt.finditer(turn.view.text)))
                for prompt in self.prompts
                if prompt.named or (prompt.asks and prompt.asker in (None, asker))
            ]
            for prompt, said in names:
                if not said or not prompt.asks or prompt.asker not in (None, asker):
                    continue
                asked = said[0]
                found: list[Finding] = []
                if prompt.same_turn:
                    found += self._answers(prompt, turn, asked.end())
                another = _names_another(prompt, self.prompts)
                about = exchange(
                    interaction,
                    turns,
                    index,
                    asker,
                    # a value read out with its question ("vence 03-2030, ¿sigue siendo la
                    # misma?") is confirmed or corrected in one turn, not given in pieces
                    1 if found else prompt.answers,
                    _values_said(prompt, another),
                    another,
                )
                answers = about.answers
                for answer in answers:
                    found += self._answers(prompt, answer, 0)
                # a value in pieces ("351" … "Then 81 - 1190.") is the whole value, even
                # where its last piece alone looks like one ("1190", a last four)
                group = f"{prompt.entity.lower()}-{index}"
                if found:  # only pieces of two digits or more outweigh a value found
                    pieces = self._digit_pieces(prompt, answers, group, least=2)
                else:
                    pieces = self._pieces(prompt, answers, group)
                # the asker's read-back is the value again, whatever the pieces made
                for answer in about.read_back:
                    found += self._answers(prompt, answer, 0)
                yield from pieces
                yield from (f for f in found if not any(_overlaps(f, p) for p in pieces))
            yield from self._named(turn, names)
            if not any(said for _, said in names) and any(
                p.asker in (None, asker) for p in self.prompts
            ):
                # nothing names a value here: one read from the record is known by its shape
                yield from read_from_record(turn, self._record_shapes)

    @classmethod
    def _named(
        cls, turn: TurnAnalysis, said: list[tuple[Prompt, list[re.Match[str]]]]
    ) -> list[Finding]:
        """Values typed by the name beside them in their clause, whoever speaks: the
        first value of the prompt's kind after its name, or a value linked to the name
        that follows it; the clause ends at another entity's name."""
        text = turn.view.text
        names = [
            (match, prompt)
            for prompt, matches in said
            if prompt.named
            for match in matches
            if match.end() > match.start()
        ]
        if not names:
            return []
        ends = [m.start() for m in clause_ends(turn.view.language).finditer(text)]
        out = []
        for name, prompt in names:
            others = [m for m, p in names if p.entity != prompt.entity]
            stop = min(
                [e for e in ends if e >= name.end()]
                + [m.start() for m in others if m.start() >= name.end()]
                + [len(text)]
            )
            after = cls._first_value(prompt, text, name.end(), min(stop, name.end() + NAMED_REACH))
            if after is None and _LABEL_END.match(text, name.end()):
                # a label or a question, the value on the next line: "DOB:\n03/04/1982"
                after = cls._value_opening(prompt, text, name.end(), ends, turn.view.language)
            if after is not None:
                out.append(turn.finding(prompt.entity, *after, prompt.score))
            floor = name.start() - LINKED_REACH - VALUE_REACH
            begin = max(
                [e + 1 for e in ends if e < name.start()]
                + [m.end() for m in others if m.end() <= name.start()]
                + [0, floor]
            )
            if begin > 0 and phrase_pattern(turn.view.language, *_POINTS_BACK).match(
                text, begin, name.start()
            ):
                # "0052804. That's the group number." names the sentence before
                begin = max([e + 1 for e in ends if e < begin - 1] + [0, floor])
            closes = after is None and (
                not _WORD_OR_DIGIT.search(text, name.end(), stop)
                or _IN_BRACKETS.match(text, name.end()) is not None  # "417 (CVV) and ..."
            )
            before = cls._linked_value(
                prompt, text, begin, name.start(), turn.view.language, closes
            )
            if before is not None:
                out.append(turn.finding(prompt.entity, *before, prompt.score))
        return out

    @classmethod
    def _value_opening(
        cls, prompt: Prompt, text: str, start: int, ends: list[int], language: str
    ) -> tuple[int, int] | None:
        """The value the next clause opens with, when nothing but marks come before it
        (or a pasted transcript's speaker label: "...on the account? User: Ágnes")."""
        begin = _LABEL_END.match(text, start).end()  # type: ignore[union-attr]
        label = phrase_pattern(language, *_SPEAKER_LABEL).match(text, begin)
        if label:
            begin = label.end()
        stop = min([e for e in ends if e > begin] + [len(text), begin + NAMED_REACH])
        value = cls._first_value(prompt, text, begin, stop)
        if value is None or _WORD_OR_DIGIT.search(text, begin, value[0]):
            return None
        return value

    @staticmethod
    def _first_value(prompt: Prompt, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The first value in [start, end) with no other digits before it."""
        spans = _value_spans(prompt, text, start, end)
        if not spans or any(ch.isdigit() for ch in text[start : spans[0][0]]):
            return None
        return spans[0]

    @staticmethod
    def _linked_value(
        prompt: Prompt, text: str, start: int, end: int, language: str, closes: bool
    ) -> tuple[int, int] | None:
        """The last value before [end], joined to the name there by linking words, or,
        where the name ``closes`` its clause, set beside it ("417, the CVV.")."""
        spans = _value_spans(prompt, text, start, end)
        if not spans:
            return None
        gap = text[spans[-1][1] : end]
        links = linking_words(language)
        linked = len(gap) <= LINKED_REACH and (
            bool(links.joins.match(gap) and links.verb.search(gap))
            or (closes and bool(links.apposed.match(gap)))
        )
        return spans[-1] if linked else None

    @classmethod
    def _pieces(cls, prompt: Prompt, answers: Sequence[TurnAnalysis], group: str) -> list[Finding]:
        """An answer said in pieces across short turns, the pieces sharing a group."""
        return cls._digit_pieces(prompt, answers, group) or cls._read_as_one(prompt, answers, group)

    @staticmethod
    def _digit_pieces(
        prompt: Prompt, answers: Sequence[TurnAnalysis], group: str, least: int = 1
    ) -> list[Finding]:
        """Digits in pieces ("eight three" … "okay" … "seven one"): the short turns'
        digits (runs of ``least`` digits or more), joined until they make a value the
        prompt takes."""
        pieces: list[tuple[TurnAnalysis, re.Match[str]]] = []
        for k, answer in enumerate(answers):
            text = answer.view.text
            # the first answer may lead in ("ok pues son código de área 213 y el número
            # es 654"); a later piece is a short turn
            if k and len(_DIGITS.sub(" ", text).split()) > PIECE_MAX_WORDS:
                break
            pieces += [(answer, m) for m in _DIGITS.finditer(text) if len(m.group()) >= least]
            joined = "".join(m.group() for _, m in pieces)
            if len({turn.index for turn, _ in pieces}) < 2:
                continue
            match = prompt.value.fullmatch(joined)
            if match and (prompt.validate is None or prompt.validate(joined)):
                return [
                    turn.finding(prompt.entity, m.start(), m.end(), prompt.score, group)
                    for turn, m in pieces
                ]
        return []

    @staticmethod
    def _read_as_one(prompt: Prompt, answers: Sequence[TurnAnalysis], group: str) -> list[Finding]:
        """Any value in pieces ("one nine two point one six eight" … "okay" … "point zero
        point one"): the short turns, less the words around their pieces ("then", "okay"),
        read as one turn through the same typed view until they make a value."""
        texts: list[str] = []
        bounds: list[tuple[TurnAnalysis, int, int]] = []  # turn, start in joined, offset
        at = 0
        for answer in answers:
            if _words_besides_spelling(answer.view) > PIECE_MAX_WORDS:
                break
            start, end = _view_piece(answer.view)
            if end <= start:
                continue
            piece = answer.view.original[start:end]
            if texts:
                glue = "" if _GLUED.search(texts[-1][-1:] + piece[:1]) else " "
                texts.append(glue)
                at += len(glue)
            bounds.append((answer, at, start))
            texts.append(piece)
            at += len(piece)
            if len(bounds) < 2:
                continue
            joined = TypedView("".join(texts), answer.view.language)
            for match in prompt.value.finditer(joined.text):
                span = match.span("value" if "value" in prompt.value.groupindex else 0)
                if span[0] < 0 or span[1] <= span[0]:
                    continue
                if prompt.validate and not prompt.validate(joined.text[span[0] : span[1]]):
                    continue
                first, last = joined.original_span(*span)
                found = [
                    Finding(
                        turn.index,
                        max(first, base) - base + offset,
                        min(last, base + len(piece)) - base + offset,
                        prompt.entity,
                        prompt.score,
                        group=group,
                    )
                    for (turn, base, offset), piece in zip(bounds, texts[::2], strict=True)
                    if first < base + len(piece) and last > base
                ]
                if len(found) >= 2:
                    return found
        return []

    def _answers(self, prompt: Prompt, turn: TurnAnalysis, offset: int) -> list[Finding]:
        return [
            turn.finding(prompt.entity, start, end, prompt.score)
            for start, end in _value_spans(prompt, turn.view.text, offset, len(turn.view.text))
        ]


def answering_turns(
    interaction: Interaction, turns: Sequence[TurnAnalysis], asked_at: int, asker: str, limit: int
) -> list[TurnAnalysis]:
    """Up to ``limit`` turns of the other party after ``asked_at``, across the asker's
    short acknowledgements and requests to say it again; the asker saying anything more
    ends the answer."""
    return exchange(interaction, turns, asked_at, asker, limit).answers


@dataclass(frozen=True)
class Exchange:
    """The turns about one asked-for value: the other party's ``answers``, and the
    asker's turns that said a value of its kind back in between (``read_back``)."""

    answers: list[TurnAnalysis]
    read_back: list[TurnAnalysis]


def _side(speaker: str) -> str:
    """An IVR's bot and the system speak for the business, like its agent."""
    return "agent" if speaker in ("bot", "system") else speaker


def exchange(
    interaction: Interaction,
    turns: Sequence[TurnAnalysis],
    asked_at: int,
    asker: str,
    limit: int,
    values: Callable[[TurnAnalysis], list[str]] | None = None,
    names_another: Callable[[TurnAnalysis], bool] | None = None,
) -> Exchange:
    """The exchange a question opens: up to ``limit`` turns of the other party, across
    the asker side's acknowledgements ("no rush"), requests to say it again ("one more
    time?"), an explanation when the other party asked what was meant ("Where would I
    find that?" "The second set of numbers."), and read-backs: a value (by ``values``)
    within a slip of one answered, or one said with words that check it ("I have M77525,
    could that be it?"), and a short "and ...?" for the rest of the value where
    ``names_another`` says it names no other value; anything else the asker side says
    closes it."""
    answers: list[TurnAnalysis] = []
    read_back: list[TurnAnalysis] = []
    answered: list[str] = []
    pieces: list[str] = []  # the digits of every answer, a value given in pieces
    reopened = False  # since the last answer, the asker asked again or for more, or read back
    clarifying = False  # the other party asked what was meant ("Where would I find that?")
    for later in range(asked_at + 1, len(turns)):
        said = interaction.turns[later]
        if _side(said.speaker) == _side(asker):
            language = turns[later].view.language
            if asks_again(said.text, language):
                reopened = True
                continue
            if is_acknowledgement(said.text, language):
                reopened = reopened or bool(phrase_pattern(language, *_GO_ON).search(said.text))
                continue
            if (
                answers
                and asks_for_the_rest(said.text, language)
                and names_another is not None
                and not names_another(turns[later])
            ):
                reopened = True  # "¿y la homoclave?", but not "and the expiry?"
                continue
            if clarifying:
                clarifying = False  # the asker explains what it asked for
                continue
            # a value given in pieces is read back whole ("331" ... "48" ... "¿el 33148?")
            given = [*answered, "".join(pieces)] if len(pieces) > 1 else answered
            mine = values(turns[later]) if values is not None and given else []
            if mine and (
                phrase_pattern(language, *_READ_BACK_CUE).search(said.text)
                or any(_near(value, theirs) for value in mine for theirs in given)
            ):
                read_back.append(turns[later])
                reopened = True
                continue
            break
        if answered and not reopened:
            break  # the value was given; what the other party says next is not it
        reopened = False
        answers.append(turns[later])
        pieces += _DIGITS.findall(turns[later].view.text)
        if values is not None:
            answered += values(turns[later])
        clarifying = not answered and said.text.rstrip().endswith("?")
        if len(answers) >= limit:
            break
    return Exchange(answers, read_back)
