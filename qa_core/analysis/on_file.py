"""Values an agent reads from the record to check them, though nothing names them.

"Tengo registrado el trece, dos, cincuenta y cuatro, ¿me lo confirma?" and "I have you
down as 4521 Oak Street, is that still correct?" say one of the caller's values between
the words that open a read-back and the check that closes it. Nothing says which value
it is; its shape does. Each prompt that takes an unnamed read-back (``Prompt.on_file``)
offers its shape, the prompts whose values carry a checksum first, and the first shape
that covers what was read claims it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import fold, lexicon, phrase_alternation
from .detectors import TurnAnalysis
from .findings import Finding

if TYPE_CHECKING:
    from .prompted import Prompt

MAX_VALUE_CHARS = 160
LEFT_OVER_WORDS = 3  # words besides the value between the opening and the check ("en el")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def read_back_frame(language: str) -> re.Pattern[str]:
    """The opening words, the value read (group ``value``) and the check after it, from
    the language's table (a pattern that never matches where the table has none)."""
    table = lexicon(language)
    if not table.on_file or not table.confirm_checks:
        return re.compile(r"(?!)")
    opens = phrase_alternation(table.on_file)
    checks = phrase_alternation(table.confirm_checks)
    return re.compile(
        rf"(?<!\w)(?:{opens})(?!\w)[\s,:]*(?P<value>[^?!¿¡\n]{{3,{MAX_VALUE_CHARS}}}?)"
        rf"[\s,;:.]*¿?\s*(?:(?<!\w)(?:{checks})(?!\w)|\?)",
        re.IGNORECASE,
    )


def record_shapes(prompts: Sequence[Prompt]) -> tuple[Prompt, ...]:
    """The prompts that take an unnamed read-back, those with a checksum first."""
    return tuple(
        sorted((p for p in prompts if p.on_file is not None), key=lambda p: not p.validate)
    )


def read_from_record(turn: TurnAnalysis, takers: Sequence[Prompt]) -> list[Finding]:
    """The values ``turn`` reads back from the record, each as the entity of the first of
    ``takers`` (``record_shapes``) whose ``on_file`` shape covers it; none where a word
    says the number is the business's own ("tengo registrado el folio ...")."""
    if not takers:
        return []
    text = turn.view.text
    table = lexicon(turn.view.language)
    found = []
    for read in read_back_frame(turn.view.language).finditer(text):
        start, end = read.span("value")
        if {fold(w) for w in _WORD.findall(text[start:end].lower())} & table.not_personal:
            continue
        for prompt in takers:
            span = _covering(prompt, text, start, end)
            if span is not None:
                found.append(turn.finding(prompt.entity, *span, prompt.score))
                break
    return found


def _covering(prompt: Prompt, text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span of ``prompt``'s read-back shape in ``text[start:end]`` that leaves no digit
    and at most a few words of it outside ("en el", "a")."""
    assert prompt.on_file is not None
    group = "value" if "value" in prompt.on_file.groupindex else 0
    for match in prompt.on_file.finditer(text, start, end):
        a, b = match.span(group) if match.start(group) >= 0 else match.span()
        if b <= a or (prompt.validate and not prompt.validate(text[a:b])):
            continue
        rest = text[start:a] + " " + text[b:end]
        if any(ch.isdigit() for ch in rest) or len(_WORD.findall(rest)) > LEFT_OVER_WORDS:
            continue
        return a, b
    return None
