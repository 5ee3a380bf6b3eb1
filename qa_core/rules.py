"""What a rule type is: validated params in, an outcome with evidence out.

Rule types are pure (as Presidio's recognizers are): they read an immutable
interaction and never touch storage, scheduling or rendering; the core owns those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, model_validator

from .model import Interaction, Speaker

if TYPE_CHECKING:
    from .analysis.findings import Finding

Result = Literal["met", "not_met", "na"]
RESULTS: tuple[str, ...] = ("met", "not_met", "na")
T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a rule saw what it judged: character offsets into the ORIGINAL turn text."""

    turn: int
    start: int
    end: int
    score: float | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"turn": self.turn, "start": self.start, "end": self.end}
        if self.score is not None:
            out["score"] = round(self.score, 4)
        return out


@dataclass(frozen=True)
class Outcome:
    """A criterion's result and the evidence behind it."""

    result: Result
    evidence: tuple[Evidence, ...] = ()
    # how sure the rule is of ``result`` (0..1): a learned model's probability, a
    # semantic margin; None for a rule that decides exactly, which reads as 1
    confidence: float | None = None

    @classmethod
    def met(cls, *evidence: Evidence, confidence: float | None = None) -> Outcome:
        return cls("met", tuple(evidence), _unit(confidence))

    @classmethod
    def not_met(cls, *evidence: Evidence, confidence: float | None = None) -> Outcome:
        return cls("not_met", tuple(evidence), _unit(confidence))

    @classmethod
    def na(cls) -> Outcome:
        return cls("na")

    @property
    def first_evidence(self) -> Evidence | None:
        return min(self.evidence) if self.evidence else None


def _unit(confidence: float | None) -> float | None:
    if confidence is None:
        return None
    if not 0 <= confidence <= 1:
        raise ValueError("confidence lies in 0..1")
    return float(confidence)


class RuleParams(BaseModel):
    """Base for a rule type's params: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Window(RuleParams):
    """``within``: the part of the interaction a rule looks at (contract section 4)."""

    seconds: float | None = Field(default=None, gt=0)
    turns: PositiveInt | None = None
    from_: Literal["start", "end"] = Field(default="start", alias="from")

    @model_validator(mode="after")
    def _has_a_bound(self) -> Window:
        if self.seconds is None and self.turns is None:
            raise ValueError("give seconds, turns or both")
        return self


class SpeakerWindowParams(RuleParams):
    """The params every turn-reading rule shares: whose turns, and where."""

    speaker: Speaker = "agent"
    within: Window | None = None


class RuleContext:
    """What a rule sees for one interaction: the interaction, earlier outcomes, a memo.

    The memo is shared by every criterion of one interaction, so a plugin can analyse
    each turn once (normalise, embed) however many criteria read it.
    """

    def __init__(
        self,
        interaction: Interaction,
        outcomes: Mapping[str, Outcome],
        findings: Sequence[Finding] = (),
        languages: Sequence[str] = (),
    ) -> None:
        self.interaction = interaction
        self.outcomes = outcomes
        self.findings = tuple(findings)
        self.entities: frozenset[str] = frozenset()
        # the ruleset's languages (``language: es``): its phrases are in these
        self.languages: tuple[str, ...] = tuple(languages) or ("en",)
        self._memo: dict[Any, Any] = {}

    def turn_language(self, index: int) -> str:
        """The language turn ``index`` is in (a primary subtag with a table): declared,
        else detected, and per turn where a call switches language."""
        return self.memo(("core.turn_languages",), self._turn_languages)[index]

    def _turn_languages(self) -> list[str]:
        from .analysis.language import detect, detection_available, turn_languages
        from .lexicon import language_of, registered_languages

        if not detection_available():  # a core without the redaction extra: as declared
            return [language_of(self.interaction.language)] * len(self.interaction.turns)
        detected = None if self.interaction.language else detect(self.interaction)
        found = turn_languages(self.interaction, frozenset(registered_languages()), detected)
        return [language_of(code) for code in found]

    def findings_of(self, entities: Iterable[str] | None = None) -> list[Finding]:
        """Findings of ``entities`` (default: the current criterion's ``entities()``)."""
        wanted = self.entities if entities is None else frozenset(entities)
        return [f for f in self.findings if f.entity in wanted]

    def memo_has(self, key: Any) -> bool:
        return key in self._memo

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """Return the value cached under ``key``, computing it on first use."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value


class RuleType:
    """A kind of rule (``script.phrase``) that ruleset criteria instantiate with params.

    Subclasses set ``name`` and ``params_model`` and implement ``evaluate``.
    """

    name: ClassVar[str]
    params_model: ClassVar[type[RuleParams]] = RuleParams
    description: ClassVar[str] = ""

    def dependencies(self, params: Any) -> tuple[str, ...]:
        """Ids of criteria whose outcomes ``evaluate`` reads from ``ctx.outcomes``."""
        return ()

    def entities(self, params: Any) -> tuple[str, ...]:
        """Entity types or preset names whose findings ``evaluate`` reads.

        The core expands presets, makes sure the analysis looks for them, and hands
        the expanded set to the rule as ``ctx.entities``.
        """
        return ()

    def evaluate(self, ctx: RuleContext, params: Any) -> Outcome:
        raise NotImplementedError

    # ``qa learn``: the feature set a model of this rule type's verdict is fitted on, as
    # "name/version" (a model trained on another set is refused); None: it cannot learn
    learns: ClassVar[str | None] = None

    def learning_features(self, interactions: Sequence[Interaction]) -> Any:
        """The ``learns`` features of each interaction, as a numpy array (one row each);
        raise ``UserError`` when something the features need is not installed."""
        raise NotImplementedError
