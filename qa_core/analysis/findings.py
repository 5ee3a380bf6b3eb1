"""What a recogniser or detector found, and the one place overlaps are resolved."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..model import Interaction


@dataclass(frozen=True, order=True)
class Finding:
    """Sensitive data at ``[start, end)`` of turn ``turn``'s ORIGINAL text.

    ``group`` ties together the pieces of one value said across turns (a card number
    read in three pieces); ``plugin`` is stamped by the core.
    """

    turn: int
    start: int
    end: int
    entity: str
    score: float
    plugin: str = ""
    group: str | None = None
    start_s: float | None = None
    end_s: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity": self.entity,
            "turn": self.turn,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 2),
            "plugin": self.plugin,
        }
        if self.group is not None:
            out["group"] = self.group
        if self.start_s is not None and self.end_s is not None:
            out["start_s"] = self.start_s
            out["end_s"] = self.end_s
        return out


def finding_from_json(line: dict[str, Any]) -> Finding:
    """A finding as ``to_json`` wrote it (a stored scan's), times included."""
    return Finding(
        turn=int(line["turn"]),
        start=int(line["start"]),
        end=int(line["end"]),
        entity=str(line["entity"]),
        score=float(line.get("score", 0.0)),
        plugin=str(line.get("plugin", "")),
        group=line.get("group"),
        start_s=line.get("start_s"),
        end_s=line.get("end_s"),
    )


def resolve_overlaps(findings: Iterable[Finding], priority: Sequence[str] = ()) -> list[Finding]:
    """Merge overlapping findings of a turn into one: the union span, the best entity.

    The best is, among the findings no other one holds, the higher score, then the
    entity ``priority`` (the presets' order, more specific first) lists first, then the
    longer span. Nothing found is ever dropped from redaction: a lower-ranked
    overlapping finding widens the winner's span.
    """
    places = {entity: k for k, entity in enumerate(priority)}

    def rank(finding: Finding) -> tuple:
        return (
            -round(finding.score, 2),
            places.get(finding.entity, len(places)),
            -(finding.end - finding.start),
        )

    out: list[Finding] = []
    ordered = sorted(findings, key=lambda f: (f.turn, f.start, f.end))
    cluster: list[Finding] = []
    for finding in ordered:
        if cluster and (
            finding.turn != cluster[0].turn or finding.start >= max(f.end for f in cluster)
        ):
            out.append(_merge(cluster, rank))
            cluster = []
        cluster.append(finding)
    if cluster:
        out.append(_merge(cluster, rank))
    return out


def _merge(cluster: Sequence[Finding], rank: Callable[[Finding], tuple]) -> Finding:
    """The best finding names the merged span; a finding inside another (a town inside
    an address, a word inside a web address) names only a part, so it yields to those
    that hold it."""
    whole = [
        f
        for f in cluster
        if not any(
            o.start <= f.start and f.end <= o.end and (o.end - o.start) > (f.end - f.start)
            for o in cluster
        )
    ]
    best = min(whole or cluster, key=rank)
    group = best.group or next((f.group for f in cluster if f.group), None)
    return replace(
        best, start=min(f.start for f in cluster), end=max(f.end for f in cluster), group=group
    )


def _words_cover(text: str, finding: Finding, words: list) -> bool:
    """Every letter and digit of the finding lies in a timed word (else mute the turn)."""
    inside = [False] * (finding.end - finding.start)
    for word in words:
        for i in range(
            max(word.offset, finding.start), min(word.offset + len(word.text), finding.end)
        ):
            inside[i - finding.start] = True
    return all(
        inside[i - finding.start] or not text[i].isalnum()
        for i in range(finding.start, finding.end)
    )


def with_times(findings: Iterable[Finding], interaction: Interaction) -> list[Finding]:
    """Give each finding the times of the words it covers (else of its whole turn)."""
    out = []
    for finding in findings:
        turn = interaction.turns[finding.turn]
        start_s, end_s = turn.start_s, turn.end_s
        if turn.words:
            covered = [
                w
                for w in turn.words
                if w.offset < finding.end
                and w.offset + len(w.text) > finding.start
                and w.start_s is not None
                and w.end_s is not None
            ]
            if covered and _words_cover(turn.text, finding, covered):
                start_s = min(w.start_s for w in covered)  # type: ignore[type-var]
                end_s = max(w.end_s for w in covered)  # type: ignore[type-var]
        if start_s is not None and end_s is not None:
            finding = replace(finding, start_s=start_s, end_s=end_s)
        out.append(finding)
    return out
