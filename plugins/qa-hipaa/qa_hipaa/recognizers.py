"""Presidio recognisers for one turn's spoken-number view."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from stdnum.us import ssn

from qa_core import describes_rather_than_names

from . import patterns as p
from .presidio import presidio_recognizers
from .vocabulary import could_be_name, could_be_written_name

_NAME_WORD = re.compile(r"(?<![^\W_])[^\W\d_](?:[^\W\d_]|['’\-])*(?![^\W_])")


class _TurnRecognizer(EntityRecognizer):
    uses_ner = False

    def __init__(self, entities: list[str], name: str, language: str = "en") -> None:
        super().__init__(supported_entities=entities, name=name, supported_language=language)

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity,
            start,
            end,
            score,
            recognition_metadata={"recognizer_name": self.name, "recognizer_identifier": self.id},
        )


class PatternSet(_TurnRecognizer):
    """Several (entity, regex, score) rules; a named group ``value`` marks the span."""

    def __init__(
        self,
        name: str,
        rules: list[tuple[str, re.Pattern[str], float]],
        turn_context: dict[str, re.Pattern[str]] | None = None,
        context_bonus: float = 0.0,
        validate: dict[str, Callable[[str], bool]] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(sorted({entity for entity, _, _ in rules}), name, language)
        self.rules = rules
        self.validate = validate or {}
        self.turn_context = turn_context or {}
        self.context_bonus = context_bonus

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out = []
        for entity, pattern, score in self.rules:
            if entity not in entities:
                continue
            context = self.turn_context.get(entity)
            bonus = self.context_bonus if context is not None and context.search(text) else 0.0
            valid = self.validate.get(entity)
            for match in pattern.finditer(text):
                group = "value" if "value" in pattern.groupindex else 0
                start, end = match.span(group)
                if end > start and (valid is None or valid(match.group(group))):
                    out.append(self.result(entity, start, end, min(1.0, score + bonus)))
        return out


_UNIT_WORDS = frozenset({"apartment", "apt", "unit", "suite", "ste", "#"})


def _address_line(line: str) -> bool:
    """Every word capitalised, a number, or a unit word: a town, not a sentence."""
    words = [w.strip(".,#>") for w in line.split()]
    return all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _UNIT_WORDS for w in words)


class AddressBlockRecognizer(_TurnRecognizer):
    """A written address line and the short lines under it (suite, town, country and
    postcode), as letters, e-mail signatures and forms lay them out."""

    MAX_LINES_AFTER = 4

    def __init__(self) -> None:
        super().__init__(["ADDRESS"], "qa-hipaa address block")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out = []
        for pattern in (p.STREET_ADDRESS, p.WRITTEN_STREET, p.PO_BOX, p.MILITARY_ADDRESS):
            for match in pattern.finditer(text):
                end = match.end()
                for _ in range(self.MAX_LINES_AFTER):
                    line = p.ADDRESS_LINE_AFTER.match(text, end)
                    if not line or not _address_line(line.group()):
                        break
                    end = line.end()
                out.append(self.result("ADDRESS", match.start(), end, 0.8))
        return out


# "Acct. No.:", "Pt #": words a form puts before its value are a label, not a name
# ("Natasha: you saved my life" is a speaker, so a colon alone does not make a label)
_FIELD_LABEL_AFTER = re.compile(r"\.?\s*(?:(?:no|nr|num|number|id)\.?\s*[:#=]|#)", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,4}")  # "MBI", "CVC": in mixed-case text, not a name
# "Thank you for calling Seguros Médicos Confianza": the business's name, not a person's
_BUSINESS_BEFORE = re.compile(
    r"(?:thank\s+you\s+for\s+(?:calling|contacting|choosing)|thanks\s+for\s+(?:calling|"
    r"contacting|choosing)|welcome\s+to|you(?:'ve|\s+have)\s+reached)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_ADDRESS_MARK = re.compile(r"[/@]|\bwww\.|\.(?:com|org|net|edu|gov|io|co|us)\b", re.IGNORECASE)


def _in_web_address(text: str, start: int, end: int) -> bool:
    """A name inside "portal.clinic.org/Jane-Doe" or "jane.doe@…" is part of an address."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left : right if right >= 0 else len(text)]
    return bool(_ADDRESS_MARK.search(token))


class NerPersonRecognizer(SpacyRecognizer):
    """spaCy's PERSON entities, less the ones that are only common words ("Okay")."""

    uses_ner = True

    def __init__(self, language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            name="qa-hipaa NER person" + ("" if language == "en" else f" ({language})"),
            ner_strength=0.85,
            supported_language=language,
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        mixed_case = any(ch.islower() for ch in text)
        kept = [
            r
            for r in results
            if not any(ch.isdigit() for ch in text[r.start : r.end])
            and not _FIELD_LABEL_AFTER.match(text, r.end)
            and not _BUSINESS_BEFORE.search(text, max(0, r.start - 40), r.start)
            and not _in_web_address(text, r.start, r.end)
            and any(
                could_be_name(w) and not (mixed_case and _ACRONYM.fullmatch(w))
                for w in _NAME_WORD.findall(text[r.start : r.end])
            )
        ]
        # judged whole, as the model tagged it; then trimmed to its name words
        return [r for r in map(_trimmed(text), kept) if r is not None]


def _trimmed(text: str):
    """A person's span trimmed to open and close on a word that may be a name, or an
    initial ("kevin sullivan - he's" is "kevin sullivan"; "para mi" is no one)."""

    def trim(result: RecognizerResult) -> RecognizerResult | None:
        words = []  # (start, end) of the name words, a possessive's "'s" left out
        for m in _NAME_WORD.finditer(text, result.start, result.end):
            word = m.group()
            bare = word[:-2] if word[-2:] in ("'s", "’s") else word
            if len(bare) == 1 or could_be_name(bare):
                words.append((m.start(), m.start() + len(bare)))
        if not words:
            return None
        first, last = words[0][0], words[-1][1]
        trimmed = (first, last) != (result.start, result.end)
        if trimmed and len(words) == 1 and last - first <= 2:
            return None  # "para mi" leaves "mi": no one (but "Ed" alone is someone)
        result.start, result.end = first, last
        if text[last : last + 1] == "." and last - words[-1][0] == 1:
            result.end += 1  # "John F."
        return result

    return trim


class ConversationalNameRecognizer(_TurnRecognizer):
    """Names after "my name is", "this is", "thanks", "Mr." …, in any case.

    In cased text the name words must be capitalised; in lower-case ASR text they
    must not be common words.
    """

    def __init__(self) -> None:
        super().__init__(["PERSON"], "qa-hipaa conversational name")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        cased = any(ch.isupper() for ch in text[1:])
        out = []
        for trigger in p.NAME_TRIGGERS.finditer(text):
            words = islice(_NAME_WORD.finditer(text, trigger.end()), 3)
            taken = []
            for word in words:
                if taken and text[taken[-1].end() : word.start()].strip(" -"):
                    break  # punctuation between words ends the name
                if not could_be_name(word.group()) or (cased and not word.group()[0].isupper()):
                    break
                taken.append(word)
            if taken and _FIELD_LABEL_AFTER.match(text, taken[-1].end()):
                continue  # "Patient Acct #:" is a form's label
            if (
                taken
                and p.LOOSE_NAME_TRIGGER.fullmatch(trigger.group())
                and describes_rather_than_names(taken[0].group())
            ):
                continue  # "it's printed on my card", "thanks, noted"
            if taken and (taken[0].start() - trigger.end()) <= 1:
                out.append(
                    self.result(
                        "PERSON", taken[0].start(), taken[-1].end(), 0.75 if cased else 0.65
                    )
                )
        return out


class SpokenEmailRecognizer(_TurnRecognizer):
    """E-mail addresses, written or spoken ("john dot smith at example dot com")."""

    def __init__(self) -> None:
        super().__init__(["EMAIL_ADDRESS"], "qa-hipaa email")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        out = [
            self.result("EMAIL_ADDRESS", m.start(), m.end(), 0.95) for m in p.EMAIL.finditer(text)
        ]
        out += [
            self.result("EMAIL_ADDRESS", m.start(), m.end(), 0.85)
            for m in p.SPOKEN_EMAIL.finditer(text)
        ]
        return out


class SpokenPhoneRecognizer(_TurnRecognizer):
    """US-style phone and fax numbers; stronger when the turn talks about calling."""

    def __init__(self) -> None:
        super().__init__(["PHONE_NUMBER"], "qa-hipaa phone")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        context = bool(p.PHONE_CONTEXT_RE.search(text))
        if not context and p.NOT_A_PHONE.search(text):
            return []
        out = []
        dates: list[tuple[int, int]] | None = None  # found only once a candidate needs them

        def on_a_date(match: re.Match[str]) -> bool:  # "1978-04-13 12:20" is a time stamp
            nonlocal dates
            if dates is None:
                dates = [m.span() for m in p.FULL_DATE.finditer(text)]
            return any(match.start() < end and start < match.end() for start, end in dates)

        for match in p.PHONE.finditer(text):
            digits = sum(ch.isdigit() for ch in match.group())
            if on_a_date(match):
                continue
            if digits in (10, 11) or (digits == 7 and context):
                out.append(
                    self.result(
                        "PHONE_NUMBER", match.start(), match.end(), 0.85 if context else 0.6
                    )
                )
        shapes = p.PHONE_ANY_SHAPE if context else p.PHONE_INTERNATIONAL
        for match in shapes.finditer(text):
            digits = sum(ch.isdigit() for ch in match.group())
            if 7 <= digits <= 15 and not _looks_like_a_date(match.group()) and not on_a_date(match):
                out.append(self.result("PHONE_NUMBER", match.start(), match.end(), 0.7))
        return out


_DATE_SHAPE = re.compile(
    r"^(?:19|20)\d{2}[\-./]\d{1,2}[\-./]\d{1,2}$|^\d{1,2}[\-./]\d{1,2}[\-./](?:19|20)?\d{2}$"
    r"|^\d{1,3}(?:\.\d{1,3}){3}$"  # and an IPv4 address
)


def _looks_like_a_date(text: str) -> bool:
    return bool(_DATE_SHAPE.match(text.strip()))


_NUMERIC_DATE = re.compile(r"(\d+)\s?[/.\-]\s?(\d+)\s?[/.\-]\s?(\d+)")


def _real_date(value: str) -> bool:
    """A numeric date whose month and day exist in some order (not a version "3.42.1")."""
    numeric = _NUMERIC_DATE.fullmatch(value.strip())
    if numeric is None:
        return True
    first, second, third = (int(g) for g in numeric.groups())
    if len(numeric.group(1)) == 4:  # year first
        return 1 <= second <= 12 and 1 <= third <= 31
    return day_and_month(first, second)


def day_and_month(first: int, second: int) -> bool:
    """Whether two numbers are a day and a month, in either order."""
    return (1 <= first <= 12 and 1 <= second <= 31) or (1 <= second <= 12 and 1 <= first <= 31)


def _issuable_ssn(value: str) -> bool:
    """A full SSN the SSA could have issued (no 000, 666 or 9xx area, 00 group, 0000
    serial); a last four is taken as said."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) != 9 or ssn.is_valid(digits)


def _other_id_rules() -> list[tuple[str, re.Pattern[str], float]]:
    return [
        (
            entity,
            re.compile(
                context
                + r"\W{0,3}(?:\w+\W+){0,4}?(?P<value>"
                + p.ID_VALUE
                + r"|(?=[a-z]*\d)[a-z0-9]{6,17})",
                re.IGNORECASE,
            ),
            0.8,
        )
        for entity, context in p.OTHER_IDS.items()
    ]


def recognizers() -> list[EntityRecognizer]:
    from .spanish import spanish_recognizers

    return [*english_recognizers(), *spanish_recognizers()]


def english_recognizers() -> list[EntityRecognizer]:
    return [
        *presidio_recognizers(),
        NerPersonRecognizer(),
        ConversationalNameRecognizer(),
        SpokenEmailRecognizer(),
        SpokenPhoneRecognizer(),
        AddressBlockRecognizer(),
        PatternSet("qa-hipaa spelled names", [("PERSON", p.SPELLED_AFTER, 0.7)]),
        PatternSet(
            "qa-hipaa names by what people do and how they sign",
            [
                ("PERSON", p.PERSON_BEFORE_PREDICATE, 0.7),
                ("PERSON", p.PERSON_AFTER_VERB, 0.7),
                ("PERSON", p.SIGNED_NAME, 0.75),
            ],
            validate={"PERSON": could_be_written_name},
        ),
        PatternSet(
            "qa-hipaa dates",
            [
                ("DATE_OF_BIRTH", p.DOB_IN_TURN, 0.9),
                ("DATE_OF_BIRTH", p.DOB_IN_TURN_ANY, 0.85),
                ("DATE", p.SERVICE_DATE, 0.75),
                ("DATE", p.FULL_DATE, 0.6),
            ],
            validate={"DATE": _real_date},
        ),
        PatternSet(
            "qa-hipaa numbers",
            [
                ("US_SSN", p.SSN_IN_TURN, 0.95),
                ("US_SSN", p.LAST_FOUR_IN_TURN, 0.8),
                ("MEDICAL_RECORD_NUMBER", p.MRN_IN_TURN, 0.9),
                ("HEALTH_PLAN_ID", p.PLAN_IN_TURN, 0.9),
                ("ACCOUNT_NUMBER", p.ACCOUNT_IN_TURN, 0.9),
                *_other_id_rules(),
            ],
            validate={"US_SSN": _issuable_ssn},
        ),
        PatternSet(
            "qa-hipaa addresses",
            [
                ("ADDRESS", p.STREET_ADDRESS, 0.85),
                ("ADDRESS", p.ZIP_IN_TURN, 0.85),
                ("ADDRESS", p.ADDRESS_AFTER, 0.75),
                ("ADDRESS", p.UNIT, 0.6),
            ],
        ),
        PatternSet(
            "qa-hipaa network",
            [
                ("IP_ADDRESS", p.SPOKEN_IPV4, 0.9),
                ("URL", p.SPOKEN_URL, 0.8),
            ],
        ),
    ]
