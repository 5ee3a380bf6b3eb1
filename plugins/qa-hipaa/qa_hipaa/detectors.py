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
    answering_turns,
    date_answer,
)

from . import patterns as p
from .vocabulary import could_be_name

F = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
ANSWER_MAX_WORDS = 10  # "it's Hiroshi", "Rossi, that's R O S S I": not a whole story
EMAIL_PROMPT = re.compile(r"\be-?mail\b", F)
ANY_EMAIL = re.compile(p.EMAIL.pattern + "|" + p.SPOKEN_EMAIL.pattern, F)
PHONE_ANSWER = re.compile(r"(?P<value>" + p.PHONE_VALUE + r"|(?<!\d)\d{7}(?!\d))")
ADDRESS_ANSWER = re.compile(r"(?P<value>(?<![\d.])\d{1,6}\s+[a-z][^.?!]{3,60}?)(?=[.?!]|$)", F)


def prompted_detector() -> PromptedValueDetector:
    return PromptedValueDetector(
        "qa-hipaa prompted values",
        [
            Prompt("DATE_OF_BIRTH", p.DOB_PROMPT, date_answer(), score=0.85),
            Prompt("DATE", p.SERVICE_DATE_PROMPT, date_answer(), score=0.8),
            Prompt("PHONE_NUMBER", p.PHONE_PROMPT, PHONE_ANSWER, score=0.85),
            Prompt("EMAIL_ADDRESS", EMAIL_PROMPT, ANY_EMAIL, score=0.85),
            Prompt("US_SSN", p.SSN_PROMPT, p.SSN_ANSWER, score=0.85),
            Prompt("ADDRESS", p.ZIP_PROMPT, p.ZIP_ANSWER, score=0.85),
            Prompt("ADDRESS", p.ADDRESS_PROMPT, ADDRESS_ANSWER, score=0.8, same_turn=False),
            Prompt("MEDICAL_RECORD_NUMBER", p.MRN_PROMPT, p.ID_ANSWER, score=0.85),
            Prompt("HEALTH_PLAN_ID", p.PLAN_PROMPT, p.ID_ANSWER, score=0.85),
            Prompt("ACCOUNT_NUMBER", p.ACCOUNT_PROMPT, p.ACCOUNT_ANSWER, score=0.8),
            Prompt("IP_ADDRESS", p.IP_PROMPT, p.IP_ANSWER, score=0.85),
        ],
    )


class PersonDetector(InteractionDetector):
    """Names given in answer to "who am I speaking with?", spelled names, and every
    later mention of a name found anywhere in the interaction ("Thanks, Daniel")."""

    name = "qa-hipaa names across turns"
    entities = ("PERSON",)

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        recognised = [f for t in turns for f in t.findings if f.entity == "PERSON"]
        answered: list[Finding] = []
        for index, turn in enumerate(turns):
            asker = interaction.turns[index].speaker
            if asker != "agent" or not p.NAME_PROMPT.search(turn.view.text):
                continue
            for answer in answering_turns(interaction, turns, index, asker, 1):
                if len(answer.view.text.split()) <= ANSWER_MAX_WORDS:
                    answered.extend(self._answer_names(answer))
        yield from answered
        yield from self._mentions(interaction, turns, recognised + answered)

    @staticmethod
    def _answer_names(turn: TurnAnalysis) -> list[Finding]:
        text = turn.view.text
        cased = any(ch.isupper() for ch in text[1:])
        out = []
        taken: list[re.Match[str]] = []
        for word in _WORD.finditer(text):
            ok = could_be_name(word.group()) and (not cased or word.group()[0].isupper())
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
        if not names:
            return
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", F)
        for turn in turns:
            for match in pattern.finditer(turn.view.text):
                yield turn.finding("PERSON", match.start(), match.end(), 0.7)
