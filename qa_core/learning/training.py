"""Fit a model on labelled feature rows, and say honestly how well it does: 5-fold CV.

Logistic regression, classes weighted by their frequency (a centre's labels are rarely
balanced), L2-regularised. Features are used as the rule type gives them, so a rule
type keeps them on comparable scales (unit-length embeddings, small counts). The
cross-validated figures are pooled over the out-of-fold predictions of stratified folds,
so each example is judged by a model that never saw it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import LearnedModel

FOLDS = 5
SEED = 0
# regularisation, chosen by 5-fold cross-validation (0.3, 1, 3) on the training part of
# the EPITOME development split (benchmarks/empathy_accuracy.py)
C = 1.0
THRESHOLD = 0.5


@dataclass(frozen=True)
class Figures:
    f1: float
    precision: float
    recall: float

    def to_json(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.__dict__.items()}


def fit(rule_type: str, features: str, x: np.ndarray, y: np.ndarray) -> LearnedModel:
    """One model on every row (``y``: True for met)."""
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    classifier.fit(x, y.astype(bool))
    return LearnedModel(
        rule_type=rule_type,
        features=features,
        coef=classifier.coef_[0].astype(np.float64),
        intercept=float(classifier.intercept_[0]),
        threshold=THRESHOLD,
    )


def cross_validate(x: np.ndarray, y: np.ndarray) -> Figures:
    """F1, precision and recall of ``met`` over out-of-fold predictions."""
    from sklearn.model_selection import StratifiedKFold

    predicted = np.zeros(len(y), dtype=bool)
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(x, y):
        model = fit("", "", x[train], y[train])
        predicted[test] = model.probability(x[test]) >= model.threshold
    return figures(y.astype(bool), predicted)


def figures(gold: np.ndarray, predicted: np.ndarray) -> Figures:
    tp = int((gold & predicted).sum())
    fp = int((~gold & predicted).sum())
    fn = int((gold & ~predicted).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Figures(f1, precision, recall)
