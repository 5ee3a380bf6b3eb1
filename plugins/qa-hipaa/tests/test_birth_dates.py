"""A full date decades back, in a member call, is a date of birth (``birth_dates.py``)."""

import pytest
from qa_hipaa.birth_dates import year_of

from qa_core.testing import build_interaction


@pytest.mark.parametrize(
    ("said", "entity"),
    [
        ("it was 3/4/82", "DATE_OF_BIRTH"),
        ("1982-03-04", "DATE_OF_BIRTH"),
        ("March 4, 1961", "DATE_OF_BIRTH"),
        # recent dates are services, visits, bills
        ("I was seen on March 4, 2025", "DATE"),
        ("the bill is dated 11/02/2024", "DATE"),
    ],
)
def test_a_dates_age_names_it(qa_find, said, entity):
    found = qa_find([f"customer: {said}"], ["DATE", "DATE_OF_BIRTH"], plugins=("hipaa",))
    assert [f[0] for f in found] == [entity]


def test_the_calls_own_date_decides_what_is_decades_back(qa_find):
    """A call from 2012 about a 2005 visit: seven years back, a date, not a birth."""
    call = build_interaction(
        "customer: the visit was March 4, 2005", started_at="2012-06-01T10:00:00Z"
    )
    found = qa_find(call, ["DATE", "DATE_OF_BIRTH"], plugins=("hipaa",))
    assert [f[0] for f in found] == ["DATE"]


@pytest.mark.parametrize(
    ("said", "year"),
    [
        ("3/4/82", 1982),
        ("3/4/24", 2024),
        ("March fourth nineteen eighty two", 1982),
        ("May 4", None),
    ],
)
def test_year_of_reads_full_and_short_years(said, year):
    assert year_of(said, 2026) == year
