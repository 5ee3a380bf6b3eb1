"""Evidence as redacted text: offsets into the original turn, mapped onto the stored
redacted turn, so a report can mark what a rule saw without ever holding the original.

A result line keeps its findings (offsets into the original text) and every turn's
redacted text. The original text between findings is copied verbatim into the
redacted text, so an original offset moves by the length each earlier token added or
removed; an offset inside a finding snaps to that finding's token.
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


def _tokens(redacted: str, findings: list[dict[str, Any]]) -> list[tuple[int, int, int, int]]:
    """(original start, original end, redacted start, redacted end) of each finding."""
    spans = []
    shift = 0
    for finding in sorted(findings, key=lambda f: f["start"]):
        start, end = finding["start"], finding["end"]
        at = start + shift
        entity = finding["entity"]
        if redacted.startswith(f"[{entity}]", at):
            length = len(entity) + 2
        elif redacted.startswith(f"[{entity}:", at):
            length = len(entity) + 11  # "[ENTITY:" + 8 hex digits + "]"
        else:  # mask: one character for one character
            length = end - start
        spans.append((start, end, at, at + length))
        shift += length - (end - start)
    return spans


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
    findings = [f for f in line.get("findings", []) if f.get("turn") == turn]
    spans = _tokens(redacted, findings)
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
