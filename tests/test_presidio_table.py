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


def test_no_recogniser_of_ours_shadows_one_of_presidios():
    """Presidio's registry finds its recognisers by class name among all subclasses: a
    plugin class named like one of them would replace it in plain Presidio's engine."""
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer import predefined_recognizers as predefined

    from qa_core.plugins import make_plugin_manager

    theirs = {name for name in dir(predefined) if name.endswith("Recognizer")}
    make_plugin_manager(disabled=()).recognizers  # noqa: B018 (imports every plugin's)
    pending, ours = [EntityRecognizer], set()
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if not sub.__module__.startswith("presidio_analyzer"):
                ours.add(sub.__name__)
    assert not ours & theirs
