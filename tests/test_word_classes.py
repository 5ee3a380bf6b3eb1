"""The dictionary's word classes tell a word that describes from one that names."""

import pytest

from qa_core import describes_rather_than_names


@pytest.mark.parametrize(
    "word", ["printed", "pulling", "noted", "written", "kindly", "urgent", "valued", "Listed"]
)
def test_verb_forms_adverbs_and_adjectives_describe(word):
    assert describes_rather_than_names(word)


@pytest.mark.parametrize(
    "word", ["daniel", "priya", "hiroshi", "mark", "reed", "ted", "jared", "ahmed", "Okafor"]
)
def test_names_do_not(word):
    assert not describes_rather_than_names(word)


def test_a_language_without_tables_says_nothing():
    assert not describes_rather_than_names("printed", language="xx")
