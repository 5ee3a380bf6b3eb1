"""Evidence as redacted text: offsets into the original turn, mapped onto the stored
redacted turn, so a report can mark what a rule saw without ever holding the original.

A result line keeps its findings (offsets into the original text), every turn's
redacted text and, from redaction itself, where each finding's token landed
(``redactions``: turn, original start and end, redacted start and end). The original
text between findings is copied verbatim, so an original offset moves by what each
earlier token added or removed; an offset inside a finding snaps to its token. A line
stored before redactions were kept marks the whole turn (rescan to mark words).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Snippet:
    """A redacted turn cut into the text before, the marked evidence, and after."""

    turn: int
    speaker: str
    before: str
    marked: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.marked + self.after


def _spans(line: dict[str, Any], turn: int) -> list[tuple[int, int, int, int]] | None:
    """(original start, original end, redacted start, redacted end) of each token in
    ``turn``, as redaction recorded them; None for a line that has none recorded."""
    if "redactions" not in line:
        return None
    return sorted(tuple(r[1:]) for r in line["redactions"] if r[0] == turn)


def redacted_offset(spans: list[tuple[int, int, int, int]], offset: int, *, end: bool) -> int:
    """Where an original offset lands in the redacted text."""
    shift = 0
    for o_start, o_end, r_start, r_end in spans:
        if offset <= o_start:
            break
        if offset < o_end:  # inside a finding: the whole token is in or out
            return r_end if end else r_start
        shift = r_end - o_end
    return offset + shift


def snippet(line: dict[str, Any], turn: int, start: int, end: int) -> Snippet | None:
    """The evidence ``turn[start:end]`` in the stored redacted text, or None if absent."""
    turns = line.get("turns") or []
    if not 0 <= turn < len(turns):
        return None
    redacted = turns[turn]["text"]
    spans = _spans(line, turn)
    if spans is None:
        if any(f.get("turn") == turn for f in line.get("findings", [])):
            return Snippet(turn, turns[turn]["speaker"], "", redacted, "")
        spans = []
    r_start = max(0, min(len(redacted), redacted_offset(spans, start, end=False)))
    r_end = max(r_start, min(len(redacted), redacted_offset(spans, end, end=True)))
    return Snippet(
        turn,
        turns[turn]["speaker"],
        redacted[:r_start],
        redacted[r_start:r_end],
        redacted[r_end:],
    )


def evidence_snippets(line: dict[str, Any], evidence: Iterable[dict[str, Any]]) -> list[Snippet]:
    found = (snippet(line, e["turn"], e["start"], e["end"]) for e in evidence)
    return [s for s in found if s is not None]
