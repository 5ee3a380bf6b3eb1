"""Interaction-level detectors: for what spans turns, like a card read in pieces."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import ClassVar

from ..model import Interaction
from ..typed_view import TypedView
from .findings import Finding


class TurnAnalysis:
    """One turn as detectors see it: its typed view and what was found in it."""

    def __init__(self, index: int, view: TypedView, findings: Sequence[Finding]) -> None:
        self.index = index
        self.view = view
        self.findings = findings

    def finding(
        self, entity: str, view_start: int, view_end: int, score: float, group: str | None = None
    ) -> Finding:
        """A finding at view offsets, mapped back to the original text."""
        start, end = self.view.original_span(view_start, view_end)
        return Finding(self.index, start, end, entity, score, group=group)


class InteractionDetector:
    """Finds sensitive data that only the whole conversation reveals.

    Subclasses set ``name`` and ``entities`` and implement ``detect``; it runs after
    every turn's recognisers, sees their findings, and returns more. ``languages`` are
    the languages whose dialogue it reads (its prompts and cues are words of them): it
    runs on an interaction whose turns are mostly in one of them.
    """

    name: ClassVar[str]
    entities: ClassVar[tuple[str, ...]] = ()
    languages: ClassVar[tuple[str, ...]] = ("en",)

    def detect(self, interaction: Interaction, turns: Sequence[TurnAnalysis]) -> Iterable[Finding]:
        raise NotImplementedError


def call_year(interaction: Interaction) -> int:
    """The year the interaction took place (its ``started_at``), else this year: what
    "decades back" or "a card still valid" is judged against."""
    if interaction.started_at:
        return datetime.fromisoformat(interaction.started_at).year
    return date.today().year
