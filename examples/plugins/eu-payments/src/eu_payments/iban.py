"""IBANs, typed or read out: Presidio's own IBAN validation on a wider net of candidates.

Presidio's ``IbanRecognizer`` knows every country's IBAN format and the ISO 7064
mod-97 check, so this plugin reuses it and only widens what counts as a candidate:
in a call, the letters are spelled one by one ("D E eight nine three seven ...").
qa_core turns spoken digits into digits before recognisers run ("D E 89370400..."),
and this recogniser accepts a space or dash between any two characters, then keeps
the longest prefix of each candidate run that Presidio validates, so words or
numbers said right after the IBAN do not hide it.

Letters must be upper case, as speech recognisers write spelled letters; NATO
spelling ("delta echo") is not handled.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import IbanRecognizer

ENTITY = "IBAN_CODE"  # Presidio's name for it, so Presidio-aware tools agree
CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][ -]?[A-Z][ -]?\d[ -]?\d(?:[ -]?[A-Z0-9]){10,32}(?![a-z0-9])"
)
SHORTEST = 15  # Norway: NO + 2 check digits + 11 digits
CONTEXT = ["iban", "bank", "account", "transfer", "direct debit", "sepa"]


def compact(text: str) -> str:
    return re.sub(r"[ -]", "", text)


class SpokenIbanRecognizer(IbanRecognizer):
    """IBANs with any spacing; every one validated by Presidio (format and mod-97)."""

    def __init__(self) -> None:
        super().__init__(supported_entity=ENTITY, context=CONTEXT, name="eu-payments IBAN")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):
        results = []
        for match in CANDIDATE.finditer(text):
            end = self._longest_valid_end(text, match.start(), match.end())
            if end is not None:
                results.append(
                    RecognizerResult(
                        ENTITY,
                        match.start(),
                        end,
                        1.0,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results

    def _longest_valid_end(self, text: str, start: int, end: int) -> int | None:
        """The end of the longest prefix of ``text[start:end]`` that is a valid IBAN."""
        while end > start:
            candidate = text[start:end]
            if len(compact(candidate)) < SHORTEST:
                return None
            if candidate[-1] not in " -" and self.validate_result(candidate) is True:
                return end
            end -= 1
        return None
