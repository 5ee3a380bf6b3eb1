"""Load a ruleset file into a ``Ruleset``: strict, with file:line:column on every error.

Validation runs in the order a reader would fix things: YAML syntax, the document's
shape, unique ids, rule types and their params, references between criteria,
redaction presets, then the ``tests:`` block.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import ValidationError

from ..errors import RulesetError
from ..learning.params import models_in
from ..lexicon import primary, registered_languages
from ..plugins import QAPluginManager, RegisteredRuleType
from ..rules import RuleParams
from ..validation import field_path, validation_problems
from .compiled import Criterion, Example, RedactionPolicy, Ruleset, Section
from .identity import ruleset_languages, ruleset_sha256
from .schema import RulesetSpec
from .source import RulesetSource, read_source

Loc = tuple[str | int, ...]

_MAX_MESSAGE = 300


def load_ruleset(path: Path, pm: QAPluginManager) -> Ruleset:
    """Parse and validate ``path`` against the rule types ``pm``'s plugins provide."""
    source = read_source(path)
    spec = _validate(source, RulesetSpec, source.data, ())
    _check_unique_ids(source, spec)
    languages = _languages(source, spec, pm)
    sections = tuple(
        _section(source, spec, index, pm, languages) for index in range(len(spec.sections))
    )
    named = {c.id: models_in(c.params) for s in sections for c in s.criteria}
    models = {cid: {k: m.sha256 for k, m in found.items()} for cid, found in named.items() if found}
    criteria = {c.id: c for s in sections for c in s.criteria}
    _check_references(source, spec, criteria)
    return Ruleset(
        id=spec.id,
        version=spec.version,
        title=spec.title,
        pass_mark=spec.pass_mark,
        redaction=_redaction(source, spec, pm),
        sections=sections,
        evaluation_order=_evaluation_order(source, spec, criteria),
        sha256=ruleset_sha256(spec, models),
        path=path,
        examples=_examples(source, spec, set(criteria)),
        languages=languages,
    )


def _fail(source: RulesetSource, loc: Loc, message: str, *, at_key: bool = False) -> RulesetError:
    text = f"{field_path(loc)}: {message}"
    if len(text) > _MAX_MESSAGE:  # a key or id thousands of characters long, quoted back
        text = text[: _MAX_MESSAGE - 1] + "…"
    return RulesetError(text, where=source.where(loc, at_key=at_key))


def _validate(
    source: RulesetSource, model: type, data: object, prefix: Loc, context: dict | None = None
):
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        loc, message = min(validation_problems(exc), key=lambda p: _position(source, prefix + p[0]))
        unknown = message == "unknown field"
        if unknown:
            message = f"unknown key {str(loc[-1])!r}"
        raise _fail(source, prefix + loc, message, at_key=unknown) from None


def _position(source: RulesetSource, loc: Loc) -> tuple[int, int]:
    """Sort key so the error reported is the first one in the file."""
    _, line, col = source.where(loc).rsplit(":", 2)
    return int(line), int(col)


def _check_unique_ids(source: RulesetSource, spec: RulesetSpec) -> None:
    sections: set[str] = set()
    criteria: set[str] = set()
    for si, section in enumerate(spec.sections):
        if section.id in sections:
            raise _fail(source, ("sections", si, "id"), f"duplicate section id {section.id!r}")
        sections.add(section.id)
        for ci, criterion in enumerate(section.criteria):
            if criterion.id in criteria:
                raise _fail(
                    source,
                    ("sections", si, "criteria", ci, "id"),
                    f"duplicate criterion id {criterion.id!r}",
                )
            criteria.add(criterion.id)


def _languages(source: RulesetSource, spec: RulesetSpec, pm: QAPluginManager) -> tuple[str, ...]:
    """``language:`` as primary subtags, each one a table some plugin reads."""
    if spec.language is None:
        return ()
    pm.languages  # noqa: B018 - plugins' languages are registered when first read
    known = registered_languages()
    many = not isinstance(spec.language, str)
    tags = spec.language if many else [spec.language]
    for index, tag in enumerate(tags):
        code = primary(tag)
        if code not in known:
            loc: Loc = ("language", index) if many else ("language",)
            raise _fail(
                source,
                loc,
                f"no installed plugin reads language {code!r} (installed: {', '.join(known)})",
            )
    return tuple(ruleset_languages(spec))


def _section(
    source: RulesetSource,
    spec: RulesetSpec,
    si: int,
    pm: QAPluginManager,
    languages: tuple[str, ...],
) -> Section:
    section = spec.sections[si]
    criteria = []
    for ci, c in enumerate(section.criteria):
        loc: Loc = ("sections", si, "criteria", ci)
        registered = pm.rule_types.get(c.rule)
        if registered is None:
            raise _fail(source, (*loc, "rule"), _unknown_rule_message(c.rule, pm))
        params = _validate(
            source,
            registered.rule_type.params_model,
            c.params,
            (*loc, "params"),
            {"languages": languages or ("en",), "base": str(source.path.parent)},
        )
        _check_models(source, (*loc, "params"), registered, params)
        entities = _expand_entities(
            source, (*loc, "params"), tuple(registered.rule_type.entities(params)), pm
        )
        criteria.append(
            Criterion(
                id=c.id,
                section=section.id,
                title=c.title,
                rule=registered,
                params=params,
                points=c.points,
                critical=c.critical,
                coaching=c.coaching,
                dependencies=tuple(registered.rule_type.dependencies(params)),
                entities=entities,
            )
        )
    return Section(section.id, section.title, section.weight, tuple(criteria))


def _check_models(
    source: RulesetSource, loc: Loc, registered: RegisteredRuleType, params: RuleParams
) -> None:
    """A model file must have been learned for this rule type, on the features it computes."""
    rule_type = registered.rule_type
    for name, model in models_in(params).items():
        if model.rule_type != rule_type.name:
            raise _fail(
                source,
                (*loc, name),
                f"this model was learned for {model.rule_type!r}, not {rule_type.name!r}",
            )
        if model.features != rule_type.learns:
            raise _fail(
                source,
                (*loc, name),
                f"this model was learned on features {model.features!r}; plugin "
                f"{registered.plugin!r} {registered.plugin_version} computes "
                f"{rule_type.learns!r}: learn it again with `qa learn`",
            )


def _expand_entities(
    source: RulesetSource, loc: Loc, names: tuple[str, ...], pm: QAPluginManager
) -> frozenset[str]:
    """Preset names → their entities; every entity must be one some plugin finds."""
    entities: set[str] = set()
    for name in names:
        if name in pm.redaction_presets:
            entities |= pm.redaction_presets[name].entities
        elif name in pm.known_entities:
            entities.add(name)
        else:
            raise _fail(
                source, loc, f"no installed plugin finds {name!r} (and it is no redaction preset)"
            )
    return frozenset(entities)


def _unknown_rule_message(name: str, pm: QAPluginManager) -> str:
    known = sorted(pm.rule_types)
    hint = difflib.get_close_matches(name, known, n=1)
    message = f"unknown rule type {name!r}"
    if hint:
        message += f" (did you mean {hint[0]!r}?)"
    return message + (
        f"; installed: {', '.join(known)}"
        if known
        else "; no plugin providing rule types is installed"
    )


def _criterion_locs(spec: RulesetSpec) -> dict[str, Loc]:
    return {
        c.id: ("sections", si, "criteria", ci)
        for si, s in enumerate(spec.sections)
        for ci, c in enumerate(s.criteria)
    }


def _check_references(source: RulesetSource, spec: RulesetSpec, criteria: dict) -> None:
    locs = _criterion_locs(spec)
    for cid, criterion in criteria.items():
        for dep in criterion.dependencies:
            if dep == cid:
                raise _fail(source, (*locs[cid], "params"), "a criterion cannot refer to itself")
            if dep not in criteria:
                raise _fail(
                    source,
                    (*locs[cid], "params"),
                    f"refers to criterion {dep!r}, which this ruleset does not define",
                )


def _evaluation_order(source: RulesetSource, spec: RulesetSpec, criteria: dict) -> tuple:
    """Document order, except that a criterion comes after those it depends on."""
    ordered: list[Criterion] = []
    state: dict[str, str] = {}
    locs = _criterion_locs(spec)

    def visit(cid: str) -> None:
        if state.get(cid) == "done":
            return
        if state.get(cid) == "visiting":
            raise _fail(
                source,
                (*locs[cid], "params"),
                f"criterion {cid!r} depends on itself through other criteria",
            )
        state[cid] = "visiting"
        for dep in criteria[cid].dependencies:
            visit(dep)
        state[cid] = "done"
        ordered.append(criteria[cid])

    for cid in criteria:
        visit(cid)
    return tuple(ordered)


def _redaction(source: RulesetSource, spec: RulesetSpec, pm: QAPluginManager) -> RedactionPolicy:
    available = pm.redaction_presets
    explicit = "presets" in spec.redaction.model_fields_set
    presets: list[str] = []
    for index, name in enumerate(spec.redaction.presets):
        if name in available:
            presets.append(name)
        elif explicit:
            installed = ", ".join(sorted(available)) or "none"
            raise _fail(
                source,
                ("redaction", "presets", index),
                f"unknown redaction preset {name!r}: no installed plugin provides it "
                f"(installed presets: {installed})",
            )
    entities = set(spec.redaction.entities)
    for index, name in enumerate(spec.redaction.entities):
        if name not in pm.known_entities:
            raise _fail(
                source,
                ("redaction", "entities", index),
                f"no installed plugin finds entity {name!r}",
            )
    for name in presets:
        entities |= available[name].entities
    return RedactionPolicy(
        tuple(presets),
        frozenset(entities),
        spec.redaction.style,
        spec.redaction.audio,
        float(spec.redaction.audio_pad),
    )


def _examples(source: RulesetSource, spec: RulesetSpec, criteria: set[str]) -> tuple:
    examples = []
    for index, test in enumerate(spec.tests):
        loc: Loc = ("tests", index)
        try:
            path = (source.path.parent / test.interaction).resolve()
            found = path.is_file()
        except (OSError, ValueError):  # a NUL byte, a name too long for the system...
            raise _fail(source, (*loc, "interaction"), "not a usable file path") from None
        if not found:
            raise _fail(
                source,
                (*loc, "interaction"),
                f"no such file {test.interaction!r} (paths are relative to the ruleset)",
            )
        for key in test.expect:
            if key not in criteria:
                raise _fail(
                    source,
                    (*loc, "expect", key),
                    f"no criterion {key!r} in this ruleset",
                    at_key=True,
                )
        examples.append(
            Example(
                interaction=path,
                name=test.name or test.interaction,
                where=source.where(loc),
                expect=dict(test.expect),
                score=test.score,
                passed=test.passed,
                auto_failed=test.auto_failed,
            )
        )
    return tuple(examples)
