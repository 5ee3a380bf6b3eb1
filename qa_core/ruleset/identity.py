"""A ruleset's identity: sha256 of the canonical form of what scores.

Covers ``pass_mark``, ``redaction`` (its ``audio`` muting when asked), ``language`` (when
given) and every section's and criterion's id, weight, rule, params, points and critical
flag, with the sha256 of each model file a criterion names (``qa learn``); not titles,
tests or other prose, so fixing a typo does not force a rescan. Core defaults are filled
in, so writing a default out explicitly does not change the hash either.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..lexicon import primary
from .schema import RulesetSpec


def canonical_form(
    spec: RulesetSpec, models: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    """``models``: criterion id → {param: sha256} of the model files its params name."""
    form = _scored(spec)
    for section in form["sections"]:  # a retrained model means a rescan; none, old hashes
        for criterion in section["criteria"]:
            if models and criterion["id"] in models:
                criterion["models"] = dict(sorted(models[criterion["id"]].items()))
    if spec.redaction.audio:  # what a scan records changes; absent keeps old hashes
        form["redaction"]["audio"] = {"pad": float(spec.redaction.audio_pad)}
    if spec.language is not None:  # phrases match by its tables; absent keeps old hashes
        form["language"] = ruleset_languages(spec)
    return form


def ruleset_languages(spec: RulesetSpec) -> list[str]:
    """The primary subtags a ruleset is in, in order, once each ("es-MX" reads "es")."""
    tags = [spec.language] if isinstance(spec.language, str) else list(spec.language or ())
    return list(dict.fromkeys(primary(tag) for tag in tags))


def _scored(spec: RulesetSpec) -> dict[str, Any]:
    return {
        "pass_mark": spec.pass_mark,
        "redaction": {
            "presets": list(spec.redaction.presets),
            "entities": sorted(set(spec.redaction.entities)),
            "style": spec.redaction.style,
        },
        "sections": [
            {
                "id": section.id,
                "weight": section.weight,
                "criteria": [
                    {
                        "id": c.id,
                        "rule": c.rule,
                        "params": c.params,
                        "points": c.points,
                        "critical": c.critical,
                    }
                    for c in section.criteria
                ],
            }
            for section in spec.sections
        ],
    }


def ruleset_sha256(spec: RulesetSpec, models: dict[str, dict[str, str]] | None = None) -> str:
    text = json.dumps(
        _normalise(canonical_form(spec, models)),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normalise(value: Any) -> Any:
    """1.0 and 1 are the same number to a scorer, so they hash the same."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
