"""The peer's suite as a floor: on Presidio's own recognizer test cases, qa finds at
least what plain Presidio finds and keeps at least as many cases clean, per entity."""

from __future__ import annotations

import pytest
from presidio_table import OUR_ENTITY, load_cases, presidio_finder, qa_finder, score


@pytest.fixture(scope="module")
def scores():
    cases = load_cases()
    return score(cases, presidio_finder()), score(cases, qa_finder())


def test_the_table_covers_every_entity_we_map():
    entities = {case.entity for case in load_cases()}
    assert entities == set(OUR_ENTITY)
    assert len(load_cases()) >= 500


@pytest.mark.parametrize("entity", sorted(OUR_ENTITY))
def test_recall_at_least_plain_presidios(scores, entity):
    plain, ours = scores[0][entity], scores[1][entity]
    assert ours.recall >= plain.recall, f"missed: {ours.missed}"


@pytest.mark.parametrize("entity", sorted(OUR_ENTITY))
def test_clean_cases_at_least_plain_presidios(scores, entity):
    plain, ours = scores[0][entity], scores[1][entity]
    assert ours.clean_rate >= plain.clean_rate, f"flagged: {ours.dirty}"
