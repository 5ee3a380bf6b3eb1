"""A learned model: one logistic regression over a rule type's features, and a threshold.

Saved as JSON (numbers only, never pickle), so loading a model file runs no code and a
person can read what it weighs. The same training data gives the same bytes, hence the
same sha256, which joins the ruleset's identity.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

FORMAT = "qa-learned-model"
FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, eq=False)
class LearnedModel:
    rule_type: str
    features: str  # the feature set's name and version, as the rule type calls it
    coef: np.ndarray
    intercept: float
    threshold: float
    trained: dict[str, Any] = field(default_factory=dict)  # n, classes, cv figures
    sha256: str = ""

    def probability(self, features: np.ndarray) -> np.ndarray:
        """P(met) for each row of ``features`` (or for one vector)."""
        x = np.atleast_2d(np.asarray(features, dtype=np.float64))
        if x.shape[1] != self.coef.shape[0]:
            raise ValueError(f"the model expects {self.coef.shape[0]} features, got {x.shape[1]}")
        z = x @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "rule_type": self.rule_type,
            "features": self.features,
            "classifier": "logistic_regression",
            "threshold": self.threshold,
            "intercept": self.intercept,
            "coef": [float(v) for v in self.coef],
            "trained": self.trained,
        }
        return (json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> LearnedModel:
        """Parse a model file; ValueError says in one line what is wrong with it."""
        if len(data) > MAX_BYTES:
            raise ValueError("not a model file (too large)")
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ValueError("not a model file written by `qa learn` (not JSON)") from None
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a model file written by `qa learn`")
        if body.get("format_version") != FORMAT_VERSION:
            raise ValueError(
                f"model file format {body.get('format_version')!r} is not one this qa "
                f"reads ({FORMAT_VERSION}): retrain it with `qa learn`"
            )
        try:
            coef = np.asarray(body["coef"], dtype=np.float64)
            model = cls(
                rule_type=str(body["rule_type"]),
                features=str(body["features"]),
                coef=coef,
                intercept=float(body["intercept"]),
                threshold=float(body["threshold"]),
                trained=dict(body.get("trained") or {}),
                sha256=hashlib.sha256(data).hexdigest(),
            )
        except (KeyError, TypeError, ValueError):
            raise ValueError("model file is damaged (a field is missing or not numbers)") from None
        if coef.ndim != 1 or not len(coef) or not np.isfinite(coef).all():
            raise ValueError("model file is damaged (its weights are not a list of numbers)")
        if not np.isfinite(model.intercept) or not 0 < model.threshold < 1:
            raise ValueError("model file is damaged (intercept or threshold out of range)")
        return model
