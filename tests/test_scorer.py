"""The scoring arithmetic of contract section 2."""

import pytest

from qa_core.scorer import ScoredItem, ScoredSection, compute_score


def section(weight, *items):
    return ScoredSection(weight, [ScoredItem(*item) for item in items])


MET, NOT, NA = "met", "not_met", "na"


@pytest.mark.parametrize(
    ("sections", "pass_mark", "score", "passed", "auto_failed"),
    [
        # the contract's worked example: (2×0.5 + 1×1.0) / 3 × 100
        (
            [section(2, (MET, 5), (NOT, 5)), section(1, (NA, 4)), section(1, (MET, 1), (MET, 2))],
            80,
            66.67,
            False,
            False,
        ),
        ([section(1, (MET,), (MET,))], 80, 100.0, True, False),
        ([section(1, (MET, 3), (NOT, 1))], 75, 75.0, True, False),  # pass mark is inclusive
        ([section(1, (MET, 3), (NOT, 1))], 75.01, 75.0, False, False),
        ([section(1, (NA,), (NA,))], 80, None, None, False),  # all na → null
        ([section(1, (MET,), (NA,))], 80, 100.0, True, False),  # na counts in neither sum
        ([section(3, (MET,)), section(1, (NOT,))], 80, 75.0, False, False),
        ([section(1, (MET, 5), (NOT, 1, True))], 80, 0.0, False, True),  # critical not_met
        ([section(1, (MET, 5), (NA, 1, True))], 80, 100.0, True, False),  # critical na is fine
        ([section(1, (MET, 1), (NOT, 2))], 0, 33.33, True, False),
        ([section(1, (MET, 2), (NOT, 1))], 0, 66.67, True, False),
        ([section(1, (MET, 1), (NOT, 7))], 0, 12.5, True, False),
        (
            [section(1, (MET, 0.5), (NOT, 0.5)), section(1, (MET, 0), (NOT, 0))],
            0,
            50.0,
            True,
            False,
        ),  # a zero-point section has nothing to score: left out
        ([section(0.1, (MET,)), section(0.2, (NOT,))], 0, 33.33, True, False),
    ],
)
def test_score(sections, pass_mark, score, passed, auto_failed):
    result = compute_score(sections, pass_mark)
    assert (result.score, result.passed, result.auto_failed) == (score, passed, auto_failed)


def test_rounding_is_half_up_on_the_exact_value():
    # 1/8 of 100 = 12.5 exactly; 100 × 2/3 = 66.666… → 66.67; 100 × 1/6 = 16.666… → 16.67
    sections = [section(1, (MET, 1), (NOT, 5))]
    assert compute_score(sections, 0).score == 16.67
    sections = [section(1, (MET, 1), (NOT, 199999))]  # 0.0005 → 0.0 (not 0.01)
    assert compute_score(sections, 0).score == 0.0
    sections = [section(1, (MET, 1), (NOT, 39999))]  # 0.0025 exactly → 0.0
    assert compute_score(sections, 0).score == 0.0
    sections = [section(1, (MET, 1), (NOT, 1599))]  # 0.0625 → 0.06
    assert compute_score(sections, 0).score == 0.06
    sections = [section(1, (MET, 1), (NOT, 799))]  # 0.125 → 0.13 (half up)
    assert compute_score(sections, 0).score == 0.13
