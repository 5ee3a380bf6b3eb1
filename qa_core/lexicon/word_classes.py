"""What the language's dictionary says a word is, from the spaCy model's own tables.

"it's printed on my card", "thanks, noted", "this is urgent": the word after "it's" or
"thanks" is a name only if it is not a verb form, an adverb or an adjective. spaCy's
English model ships WordNet's word lists and inflection rules with its lemmatiser;
they answer that without running a tagger (which would cost a third of the speed).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class WordClasses:
    verbs: frozenset[str]
    adjectives: frozenset[str]
    adverbs: frozenset[str]
    nouns: frozenset[str]
    verb_rules: tuple[tuple[str, str], ...]
    verb_exceptions: frozenset[str]

    def verb_form(self, word: str) -> bool:
        """An inflected verb ("printed", "pulling", "written")."""
        if word in self.verb_exceptions:
            return True
        return any(
            old
            and word.endswith(old)
            # "jared" is no "jar"; but a name seldom ends in "ing": "adding" is "add"
            and len(lemma := word[: len(word) - len(old)] + new) >= (3 if old == "ing" else 4)
            and lemma in self.verbs
            for old, new in self.verb_rules
        )


@lru_cache(maxsize=4)
def word_classes(language: str = "en") -> WordClasses | None:
    """The tables of ``language``'s spaCy model, or None when it has none."""
    from ..analysis.engine import SPACY_MODEL  # one model per language, for now English

    if language.split("-")[0].lower() != "en":
        return None
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        root = get_package_path(SPACY_MODEL)
    except Exception:  # the model is missing: the analyser says so where it loads it
        return None
    found = sorted(root.glob("*/lemmatizer/lookups"))
    if not found:
        return None
    tables = Lookups().from_disk(found[0])
    index = tables.get_table("lemma_index")
    rules = tables.get_table("lemma_rules")
    exceptions = tables.get_table("lemma_exc")
    return WordClasses(
        frozenset(index["verb"]),
        frozenset(index["adj"]),
        frozenset(index["adv"]),
        frozenset(index["noun"]),
        tuple((old, new) for old, new in rules["verb"]),
        frozenset(exceptions["verb"]),
    )


def describes_rather_than_names(word: str, language: str = "en") -> bool:
    """True for a word the language's dictionary knows as a verb form ("printed",
    "calling"), an adverb ("kindly") or only as an adjective ("urgent"): after "it's",
    "I'm" or "thanks" it describes; it is not a name."""
    classes = word_classes(language)
    if classes is None:
        return False
    word = word.lower().strip(".,!?'’")
    if word.endswith(("ing", "ed", "en")) and classes.verb_form(word):
        return True
    if word in classes.adverbs and word not in classes.nouns:
        return True
    return word in classes.adjectives and word not in classes.nouns


def is_verb(word: str, language: str = "en") -> bool:
    """True for a word the language's dictionary knows as a verb or a verb's form
    ("hang", "room", "found"): in a sentence it may be doing, not naming."""
    classes = word_classes(language)
    if classes is None:
        return False
    word = word.lower().strip(".,!?'’")
    return word in classes.verbs or classes.verb_form(word)
