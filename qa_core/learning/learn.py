"""``qa learn RULE_TYPE EXAMPLES.jsonl --out MODEL``: fit, cross-validate, write whole."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from ..atomic import atomic_binary_writer
from ..errors import UserError
from ..plugins import QAPluginManager, RegisteredRuleType
from .examples import check_classes, read_examples
from .training import cross_validate, fit


class FeaturesFailed(UserError):
    """The plugin's feature code raised: its failure, reported alone (exit 1)."""

    exit_code = 1


def learner(pm: QAPluginManager, name: str) -> RegisteredRuleType:
    registered = pm.rule_types.get(name)
    if registered is None:
        known = ", ".join(sorted(pm.rule_types)) or "none"
        raise UserError(f"unknown rule type {name!r} (installed: {known})", where="qa learn")
    if registered.rule_type.learns is None:
        able = ", ".join(sorted(n for n, r in pm.rule_types.items() if r.rule_type.learns))
        raise UserError(
            f"rule type {name!r} cannot learn (those that can: {able or 'none'})",
            where="qa learn",
        )
    return registered


def features_of(registered: RegisteredRuleType, interactions: list) -> np.ndarray:
    try:
        x = np.asarray(registered.rule_type.learning_features(interactions), dtype=np.float64)
    except UserError:
        raise
    except Exception as exc:
        raise FeaturesFailed(
            f"plugin {registered.plugin!r} failed computing {registered.name!r} features "
            f"({type(exc).__name__})",
            where="qa learn",
        ) from exc
    if x.ndim != 2 or len(x) != len(interactions) or not np.isfinite(x).all():
        raise FeaturesFailed(
            f"plugin {registered.plugin!r} returned unusable features for {registered.name!r}",
            where="qa learn",
        )
    return x


def learn(pm: QAPluginManager, name: str, examples_path: Path, out: Path) -> dict[str, Any]:
    """Fit the model, write it whole, and return the figures ``--json`` prints."""
    registered = learner(pm, name)
    examples = read_examples(examples_path)
    classes = check_classes(examples, str(examples_path))
    x = features_of(registered, [e.interaction for e in examples])
    y = np.array([e.met for e in examples], dtype=bool)
    cv = cross_validate(x, y).to_json()
    trained = {"n": len(examples), "classes": classes, "cv": cv}
    features = registered.rule_type.learns or ""
    model = replace(fit(name, features, x, y), trained=trained)
    data = model.to_bytes()
    with atomic_binary_writer(out) as handle:
        handle.write(data)
    return {"sha256": hashlib.sha256(data).hexdigest(), **trained}
