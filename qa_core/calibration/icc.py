"""The six intraclass correlations of Shrout & Fleiss (1979), with 95% intervals.

From the two-way ANOVA of a complete targets × judges table: ICC(1,·) one-way random,
ICC(2,·) two-way random, ICC(3,·) two-way mixed; ``k`` forms are for the mean of the
k judges. Intervals are the F-based ones of Shrout & Fleiss and McGraw & Wong (1996),
as the R package psych computes them (Satterthwaite's df for ICC(2,·)). No library we
could depend on computes all six with their intervals, so this is written out here and
tested against the published values.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

FORMS = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")


@dataclass(frozen=True)
class MeanSquares:
    n: int  # targets
    k: int  # judges
    bms: float  # between targets
    wms: float  # within targets (one-way)
    jms: float  # between judges
    ems: float  # residual (two-way)


def mean_squares(table: np.ndarray) -> MeanSquares:
    """``table``: targets in rows, judges in columns, no missing cell."""
    n, k = table.shape
    grand = table.mean()
    ss_total = ((table - grand) ** 2).sum()
    ss_targets = k * ((table.mean(axis=1) - grand) ** 2).sum()
    ss_judges = n * ((table.mean(axis=0) - grand) ** 2).sum()
    ss_within = ss_total - ss_targets
    ss_error = ss_within - ss_judges
    # sums of squares that are zero in exact arithmetic must be zero here too, or a
    # 0/0 form comes out as an arbitrary ratio of rounding errors
    tiny = 1e-12 * max(ss_total, 1.0)
    ss_targets, ss_judges, ss_within, ss_error = (
        np.float64(0.0) if abs(ss) < tiny else ss
        for ss in (ss_targets, ss_judges, ss_within, ss_error)
    )
    return MeanSquares(
        n,
        k,
        bms=ss_targets / (n - 1),
        wms=ss_within / (n * (k - 1)),
        jms=ss_judges / (k - 1),
        ems=ss_error / ((n - 1) * (k - 1)),
    )


def icc(table: np.ndarray) -> tuple[dict[str, float], dict[str, list[float]]]:
    """(the six ICCs, their 95% confidence intervals)."""
    m = mean_squares(np.asarray(table, dtype=float))
    n, k, bms, wms, jms, ems = m.n, m.k, m.bms, m.wms, m.jms, m.ems
    scale = max(bms, wms, jms, ems)

    def ratio(numerator: float, denominator: float) -> float:
        """NaN where the denominator is zero in exact arithmetic (the form is undefined)."""
        if abs(denominator) <= 1e-9 * scale:
            return float("nan")
        return numerator / denominator

    values = {
        "ICC1": ratio(bms - wms, bms + (k - 1) * wms),
        "ICC2": ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "ICC3": ratio(bms - ems, bms + (k - 1) * ems),
        "ICC1k": ratio(bms - wms, bms),
        "ICC2k": ratio(bms - ems, bms + (jms - ems) / n),
        "ICC3k": ratio(bms - ems, bms),
    }
    f975 = stats.f.ppf
    intervals: dict[str, list[float]] = {}
    # ICC(1,·): F = BMS / WMS on (n - 1, n(k - 1)) df
    f1 = bms / wms
    low, high = f1 / f975(0.975, n - 1, n * (k - 1)), f1 * f975(0.975, n * (k - 1), n - 1)
    intervals["ICC1"] = [(low - 1) / (low + k - 1), (high - 1) / (high + k - 1)]
    intervals["ICC1k"] = [1 - 1 / low, 1 - 1 / high]
    # ICC(3,·): F = BMS / EMS on (n - 1, (n - 1)(k - 1)) df
    f3 = bms / ems
    df2 = (n - 1) * (k - 1)
    low, high = f3 / f975(0.975, n - 1, df2), f3 * f975(0.975, df2, n - 1)
    intervals["ICC3"] = [(low - 1) / (low + k - 1), (high - 1) / (high + k - 1)]
    intervals["ICC3k"] = [1 - 1 / low, 1 - 1 / high]
    # ICC(2,·): Satterthwaite's approximate df
    r = values["ICC2"]
    fj = jms / ems
    vn = (k - 1) * (n - 1) * (k * r * fj + n * (1 + (k - 1) * r) - k * r) ** 2
    vd = (n - 1) * k**2 * r**2 * fj**2 + (n * (1 + (k - 1) * r) - k * r) ** 2
    v = vn / vd
    fu, fl = f975(0.975, n - 1, v), f975(0.975, v, n - 1)
    low2 = n * (bms - fu * ems) / (fu * (k * jms + (k * n - k - n) * ems) + n * bms)
    high2 = n * (fl * bms - ems) / (k * jms + (k * n - k - n) * ems + n * fl * bms)
    intervals["ICC2"] = [low2, high2]
    intervals["ICC2k"] = [low2 * k / (1 + low2 * (k - 1)), high2 * k / (1 + high2 * (k - 1))]
    return {f: float(values[f]) for f in FORMS}, {
        f: [float(x) for x in intervals[f]] for f in FORMS
    }
