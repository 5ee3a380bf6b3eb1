"""Text as the lexicon sees it, with the way back to the original characters.

Lower case and accents folded ("está" reads "esta"); apostrophes dropped ("I'm" and
ASR's "im" read the same); anything else that is not a letter or digit becomes one
space. ``original_span`` maps a span of the plain text back to the turn's own offsets,
for evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_core import fold_text

APOSTROPHES = "'\u2019\u2018`"


@dataclass(frozen=True)
class PlainText:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the original of plain character i
    length: int  # of the original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return (self.origin[start] if start < len(self.origin) else self.length,) * 2
        return self.origin[start], self.origin[end - 1] + 1


def plain(original: str) -> PlainText:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(fold_text(original)):  # one character for each
        if char in APOSTROPHES:
            continue
        if char.isalnum():
            chars.append(char)
            origin.append(index)
        elif chars and chars[-1] != " ":
            chars.append(" ")
            origin.append(index)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return PlainText("".join(chars), tuple(origin), len(original))
