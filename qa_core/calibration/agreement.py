"""Agreement statistics per criterion, exactly as the contract defines them.

Libraries where they are right: ``krippendorff`` for alpha at every level of
measurement (missing ratings allowed), ``statsmodels`` for Fleiss' kappa and Cohen's
(weighted) kappa; ``icc`` for the Shrout & Fleiss forms. A statistic that does not
apply to the data (Fleiss' kappa with missing ratings, ordinal alpha on labels, ICC on
incomplete or non-numeric data, any statistic with fewer than two rated items) is
``None``, never made up.

Cohen's weighted kappa follows R irr's ``kappa2`` convention: the table spans the
values that occur for the pair, and the weights use their ranks.
"""

from __future__ import annotations

import math
import warnings
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np

from .icc import icc
from .ratings import CriterionRatings, Ratings

LEVELS = ("nominal", "ordinal", "interval", "ratio")
BOOTSTRAP = 1000
SEED = 20261123  # the bootstrap is resampled the same way on every run


def agreement(ratings: Ratings, bootstrap: int = BOOTSTRAP) -> dict[str, Any]:
    return {
        "criteria": {
            criterion: criterion_agreement(ratings.criteria[criterion], bootstrap)
            for criterion in sorted(ratings.criteria)
        }
    }


def _finite(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def criterion_agreement(data: CriterionRatings, bootstrap: int = BOOTSTRAP) -> dict[str, Any]:
    raters = data.raters
    rated = [item for item in data.items if len(data.values[item]) >= 2]
    matrix, codes = _reliability_matrix(data, raters, rated)
    alpha = {level: _alpha(matrix, level, data.numeric, codes) for level in LEVELS}
    pairs = _cohen_pairs(data, raters)  # once: both kappa maps come from it
    return {
        "n_items": len(rated),
        "n_raters": len(raters),
        "percent_agreement": _percent_agreement(data, rated),
        "krippendorff_alpha": alpha,
        "krippendorff_alpha_ci95": {
            level: _alpha_interval(matrix, level, data.numeric, codes, bootstrap)
            if alpha[level] is not None
            else None
            for level in LEVELS
        },
        "fleiss_kappa": _fleiss(data, raters, rated),
        "cohen_kappa_pairs": {key: kappa for key, (kappa, _) in pairs.items()},
        "cohen_kappa_weighted_pairs": {key: weighted for key, (_, weighted) in pairs.items()},
        **_icc(data, raters, rated),
    }


def _reliability_matrix(data: CriterionRatings, raters: list[str], items: list[str]):
    """Raters × items, NaN where a rating is missing; labels become integer codes."""
    codes: dict[Any, int] = {}
    if not data.numeric:
        labels = sorted({v for item in items for v in data.values[item].values()})
        codes = {label: n for n, label in enumerate(labels)}
    matrix = np.full((len(raters), len(items)), np.nan)
    for col, item in enumerate(items):
        for row, rater in enumerate(raters):
            value = data.values[item].get(rater)
            if value is not None:
                matrix[row, col] = codes[value] if codes else value
    return matrix, codes


def _alpha(matrix: np.ndarray, level: str, numeric: bool, codes: dict) -> float | None:
    if not numeric and level != "nominal":
        return None  # an order or a distance between labels would be invented
    if level == "ratio" and np.nanmin(matrix, initial=0) < 0:
        return None  # ratio data has a true zero: no negative values
    values = matrix[~np.isnan(matrix)]
    if matrix.shape[1] < 1 or len(np.unique(values)) < 2:
        return None  # one value in all: alpha is 0/0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _finite(krippendorff.alpha(reliability_data=matrix, level_of_measurement=level))
        except (ValueError, ZeroDivisionError):
            return None


def _alpha_interval(
    matrix: np.ndarray, level: str, numeric: bool, codes: dict, rounds: int
) -> list[float] | None:
    """Percentile bootstrap over items (Krippendorff's units), seeded."""
    if rounds <= 0 or matrix.shape[1] < 2:
        return None
    rng = np.random.default_rng(SEED)
    found = []
    for _ in range(rounds):
        sample = matrix[:, rng.integers(0, matrix.shape[1], matrix.shape[1])]
        value = _alpha(sample, level, numeric, codes)
        if value is not None:
            found.append(value)
    if len(found) < rounds / 2:
        return None
    return [float(np.percentile(found, 2.5)), float(np.percentile(found, 97.5))]


def _percent_agreement(data: CriterionRatings, items: list[str]) -> float | None:
    """The share of agreeing rater pairs per item, averaged over items rated twice or more."""
    shares = []
    for item in items:
        values = list(data.values[item].values())
        pairs = list(combinations(values, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return float(np.mean(shares)) if shares else None


def _fleiss(data: CriterionRatings, raters: list[str], items: list[str]) -> float | None:
    """Fleiss (1971): every item rated by the same number of raters, so complete data."""
    from statsmodels.stats.inter_rater import fleiss_kappa

    if len(items) < 2 or len(raters) < 2 or len(items) != len(data.items):
        return None
    if any(len(data.values[item]) != len(raters) for item in items):
        return None  # missing ratings: Fleiss' kappa does not apply
    categories = sorted({v for item in items for v in data.values[item].values()}, key=str)
    index = {c: n for n, c in enumerate(categories)}
    table = np.zeros((len(items), len(categories)))
    for row, item in enumerate(items):
        for value in data.values[item].values():
            table[row, index[value]] += 1
    if len(categories) < 2:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        return _finite(fleiss_kappa(table, method="fleiss"))


def cohen_kappa(pairs: list[tuple[Any, Any]], weighted: bool = False) -> dict[str, Any]:
    """Cohen's kappa of two raters' paired values (None when undefined), and with
    ``weighted`` the linear and quadratic kappas over the ranks of the values that occur."""
    from statsmodels.stats.inter_rater import cohens_kappa

    levels = sorted({v for pair in pairs for v in pair}, key=lambda v: (str(type(v)), v))
    if len(pairs) < 2 or len(levels) < 2:
        return {"kappa": None, "linear": None, "quadratic": None}
    index = {v: n for n, v in enumerate(levels)}
    table = np.zeros((len(levels), len(levels)))
    for a, b in pairs:
        table[index[a], index[b]] += 1
    with np.errstate(divide="ignore", invalid="ignore"):
        out = {"kappa": _finite(cohens_kappa(table).kappa), "linear": None, "quadratic": None}
        if weighted:
            out["linear"] = _finite(cohens_kappa(table, wt="linear").kappa)
            out["quadratic"] = _finite(cohens_kappa(table, wt="quadratic").kappa)
    return out


def _cohen_pairs(data: CriterionRatings, raters: list[str]) -> dict[str, tuple]:
    """Per rater pair (ids sorted, joined by ``|``): (kappa, {linear, quadratic} or None)."""
    out: dict[str, tuple] = {}
    for first, second in combinations(raters, 2):
        both = [
            (data.values[item][first], data.values[item][second])
            for item in data.items
            if first in data.values[item] and second in data.values[item]
        ]
        kappas = cohen_kappa(both, weighted=data.numeric)
        weighted = None
        if data.numeric and kappas["kappa"] is not None:
            weighted = {"linear": kappas["linear"], "quadratic": kappas["quadratic"]}
        out[f"{first}|{second}"] = (kappas["kappa"], weighted)
    return out


def _icc(data: CriterionRatings, raters: list[str], items: list[str]) -> dict[str, Any]:
    complete = len(items) == len(data.items) and all(
        len(data.values[item]) == len(raters) for item in items
    )
    if not data.numeric or not complete or len(items) < 2 or len(raters) < 2:
        return {"icc": None, "icc_ci95": None}
    table = np.array([[data.values[item][rater] for rater in raters] for item in items])
    if np.all(table == table[0, 0]):
        return {"icc": None, "icc_ci95": None}  # no variance at all: 0/0
    with np.errstate(divide="ignore", invalid="ignore"):
        values, intervals = icc(table)
    return {
        "icc": {form: _finite(v) for form, v in values.items()},
        "icc_ci95": {
            form: None if any(_finite(x) is None for x in ci) else ci
            for form, ci in intervals.items()
        },
    }
