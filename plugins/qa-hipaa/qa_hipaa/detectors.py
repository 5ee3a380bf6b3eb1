"""What the conversation shows: answers to identity questions, and names said again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa_core import (
    Finding,
    Interaction,
    InteractionDetector,
    Prompt,
    PromptedValueDetector,
    TurnAnalysis,
    date_answer,
    date_with_a_day,
    exchange,
    is_verb,
    said_alone,
)

from . import patterns as p
from .spanish import NAME_PARTICLES
from .vocabulary import could_be_name, could_be_written_name

# a turn that gives one of these spells it out, not a name
_SPELLS_NO_NAME = frozenset({"EMAIL_ADDRESS", "URL"})

F = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
ANSWER_MAX_WORDS = 10  # "it's Hiroshi", "Rossi, that's R O S S I": not a whole story
EMAIL_PROMPT = re.compile(r"\be-?mail\b", F)
ANY_EMAIL = re.compile(p.EMAIL.pattern + "|" + p.SPOKEN_EMAIL.pattern, F)
PHONE_ANSWER = re.compile(r"(?P<value>" + p.PHONE_VALUE + r"|(?<!\d)\d{7}(?!\d))")
_NAME = r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?"
_JOIN = r"(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)"
_LIST_AFTER = re.compile(_JOIN + r"(" + _NAME + r")(?=\s*(?:[,.;:!?)]|\s(?:and|or|&)\s|$))")
_LIST_BEFORE = re.compile(r"(?:^|[\s(:])(" + _NAME + r")" + _JOIN + r"$")


def _list_before(text: str, start: int) -> tuple[int, int, str] | None:
    """The list item just before ``start``: (start, end, text)."""
    match = _LIST_BEFORE.search(text[max(0, start - 60) : start])
    if match is None:
        return None
    offset = max(0, start - 60)
    return match.start(1) + offset, match.end(1) + offset, match.group(1)


def _names(item: str, cased: bool) -> bool:
    """Every word of a list item may be a name (capitalised, where the text is cased)."""
    words = item.split()
    return all(could_be_name(w) and (not cased or w[0].isupper()) for w in words)


ADDRESS_ANSWER = re.compile(r"(?P<value>(?<![\d.])\d{1,6}\s+[a-z][^.?!]{3,60}?)(?=[.?!]|$)", F)

# what a read-back from the record is by its shape alone (qa_core's on_file): a whole SSN,
# a date with a day (its month named beside two numbers, or three numbers), a street
# address
SSN_ON_FILE = re.compile(r"(?P<value>" + p.SSN_VALUE + ")")
DATE_ON_FILE = date_with_a_day("en", p.MONTH)
ADDRESS_ON_FILE = re.compile(r"(?P<value>" + p.STREET_ADDRESS.pattern + ")", p.STREET_ADDRESS.flags)


def prompted_detector() -> PromptedValueDetector:
    return PromptedValueDetector(
        "qa-hipaa prompted values",
        [
            Prompt("DATE_OF_BIRTH", p.DOB_PROMPT, date_answer(), score=0.85, on_file=DATE_ON_FILE),
            Prompt("DATE", p.SERVICE_DATE_PROMPT, date_answer(), score=0.8),
            # a phone number and an SSN are said in up to three groups ("uh-huh" between)
            Prompt(
                "PHONE_NUMBER",
                p.PHONE_PROMPT,
                PHONE_ANSWER,
                score=0.85,
                answers=3,
                on_file=PHONE_ANSWER,
            ),
            Prompt("EMAIL_ADDRESS", EMAIL_PROMPT, ANY_EMAIL, score=0.85),
            Prompt(
                "US_SSN", p.SSN_PROMPT, p.SSN_ANSWER, score=0.85, answers=3, on_file=SSN_ON_FILE
            ),
            Prompt("ADDRESS", p.ZIP_PROMPT, p.ZIP_ANSWER, score=0.85),
            Prompt(
                "ADDRESS",
                p.ADDRESS_PROMPT,
                ADDRESS_ANSWER,
                score=0.8,
                same_turn=False,
                on_file=ADDRESS_ON_FILE,
            ),
            Prompt("MEDICAL_RECORD_NUMBER", p.MRN_PROMPT, p.ID_ANSWER, score=0.85),
            Prompt("HEALTH_PLAN_ID", p.PLAN_PROMPT, p.ID_ANSWER, score=0.85),
            Prompt("ACCOUNT_NUMBER", p.ACCOUNT_PROMPT, p.ACCOUNT_ANSWER, score=0.8),
            Prompt("IP_ADDRESS", p.IP_PROMPT, p.IP_ANSWER, score=0.85),
            # a name written beside the words that ask for it ("What's your last name?
            # Nielsen", "under my partner's name Shane M Culp"); spoken answers to a name
            # question are PersonDetector's
            Prompt(
                "PERSON",
                p.NAME_PROMPT,
                WRITTEN_NAME,
                score=0.7,
                validate=could_be_written_name,
                asks=False,
            ),
        ],
    )


WRITTEN_NAME = re.compile(rf"(?<![^\W\d_])(?P<value>{p.WRITTEN_NAME})")


class PersonDetector(InteractionDetector):
    """Names given in answer to "who am I speaking with?", spelled names, and every
    later mention of a name found anywhere in the interaction ("Thanks, Daniel")."""

    name = "qa-hipaa names across turns"
    entities = ("PERSON",)

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        recognised = [f for t in turns for f in t.findings if f.entity == "PERSON"]
        answered: list[Finding] = []
        names_in: dict[int, list[Finding]] = {}  # each answer's names, read once

        def names(turn: TurnAnalysis) -> list[Finding]:
            if turn.index not in names_in:
                short = len(turn.view.text.split()) <= ANSWER_MAX_WORDS
                names_in[turn.index] = self._answer_names(turn) if short else []
            return names_in[turn.index]

        def said(turn: TurnAnalysis) -> list[str]:  # what a read-back is compared with
            return [turn.view.original[f.start : f.end].lower() for f in names(turn)]

        for index, turn in enumerate(turns):
            asker = interaction.turns[index].speaker
            if asker != "agent" or not p.NAME_PROMPT.search(turn.view.text):
                continue
            about = exchange(interaction, turns, index, asker, 2, said)
            for answer in about.answers + about.read_back:
                answered.extend(names(answer))
        listed = self._listed_with(turns, recognised + answered)
        yield from answered
        yield from listed
        yield from self._mentions(interaction, turns, recognised + answered + listed)

    @staticmethod
    def _listed_with(turns: Sequence[TurnAnalysis], found: list[Finding]) -> list[Finding]:
        """Names listed with names: "Gaetane, Hannah, Derek and Anna", "Monjeau, Graves
        and Reed". A list in which two items were found as names by other means is a
        list of people, and its other items are names too (one found name beside a
        list of places or dishes vouches for nothing)."""
        out: list[Finding] = []
        spans = {(f.turn, f.start, f.end) for f in found}
        for finding in found:
            turn = turns[finding.turn]
            original = turn.view.original
            cased = any(ch.isupper() for ch in original[1:])
            items: list[tuple[int, int]] = []
            end = finding.end
            while (item := _LIST_AFTER.match(original, end)) and _names(item.group(1), cased):
                items.append(item.span(1))
                end = item.end(1)
            start = finding.start
            while (before := _list_before(original, start)) and _names(before[2], cased):
                items.append(before[:2])
                start = before[0]
            if any((finding.turn, a, b) in spans for a, b in items):
                out += [Finding(turn.index, a, b, "PERSON", 0.7) for a, b in items]
        return out

    @staticmethod
    def _answer_names(turn: TurnAnalysis) -> list[Finding]:
        if turn.view.language != "en":
            return []  # English word lists vouch for no Spanish word ("a nombre de mi ...")
        if any(f.entity in _SPELLS_NO_NAME for f in turn.findings):
            return []  # "mreid, that's M R E I D, at comcast dot net" spells an address
        text = turn.view.text
        cased = any(ch.isupper() for ch in text[1:])
        alone = said_alone(text, turn.view.language)
        out = []
        taken: list[re.Match[str]] = []
        for word in _WORD.finditer(text):
            ok = could_be_name(word.group()) and (not cased or word.group()[0].isupper())
            # in a longer answer, a word the dictionary knows as a verb is no name there
            # ("hang on", "it's in the other room"); said alone, "Grace" still is
            if ok and word.span() != alone and is_verb(word.group(), turn.view.language):
                ok = False
            if ok and len(taken) < 3:
                taken.append(word)
            elif taken:
                break
        if taken:
            out.append(turn.finding("PERSON", taken[0].start(), taken[-1].end(), 0.7))
        for spelled in p.SPELLED.finditer(text):
            out.append(turn.finding("PERSON", spelled.start(), spelled.end(), 0.7))
        return out

    @staticmethod
    def _mentions(
        interaction: Interaction, turns: Sequence[TurnAnalysis], found: list[Finding]
    ) -> Iterable[Finding]:
        names = set()
        for finding in found:
            words = _WORD.findall(interaction.turns[finding.turn].text[finding.start : finding.end])
            names |= {w.lower() for w in words if could_be_name(w)}
        names -= NAME_PARTICLES  # "de", "la" inside "Rodríguez de la Cruz" are no names
        if not names:
            return
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", F)
        for turn in turns:
            for match in pattern.finditer(turn.view.text):
                yield turn.finding("PERSON", match.start(), match.end(), 0.7)
