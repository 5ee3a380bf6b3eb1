"""Does a customer turn sound negative? VADER, plus the distress a call centre hears.

In Spanish (VADER is English-only) the distress cues decide, Spanish's and English's.

VADER (the ``vaderSentiment`` package: a lexicon and rules, no download, no model)
scores general negativity well but misses the flat way customers state problems
("I was charged twice", "it still doesn't work"); a short list of such cues covers
them. A turn is negative when VADER's compound score is at or below the threshold,
or a cue is present.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import spanish

DISTRESS = re.compile(
    r"\b(?:frustrat\w*|upset|angry|furious|annoy\w*|ridiculous|unacceptable|disappoint\w*|"
    r"worried|scared|anxious|stress\w*|fed up|sick (?:and tired )?of|third time|again and again|"
    r"still (?:not|hasnt|havent|isnt|doesnt|dont|cant|no)|never (?:got|received|works|arrived)|"
    r"waste of (?:my )?time|charged (?:me )?twice|double charged|overcharged|"
    r"(?:want|going) to (?:cancel|complain)|terrible|awful|horrible|worst|"
    r"cant afford|can(?:no)?t pay|lost my (?:job|card|wallet)|passed away|died|"
    r"in (?:the )?hospital|emergency|(?:im|i am) hanging up|leave me alone|stop calling|"
    r"harass\w*|you cant do that|"
    r"nobody (?:called|helped|answered)|no one (?:called|helped|answered))\b"
)


@lru_cache(maxsize=1)
def _vader():  # vaderSentiment has no type hints
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER's compound score, -1 (most negative) to 1."""
    return float(_vader().polarity_scores(text)["compound"])


# A reply that starts "No, ..." answers a question; VADER reads the "no" as negating
# what follows ("no, it's fine" scores -0.42), so the answer word is left out.
ANSWER = re.compile(r"^\s*(?:no|nope|nah)\b[\s,.!-]*", re.IGNORECASE)


SPANISH_DISTRESS = re.compile(spanish.DISTRESS)


def sounds_negative(plain_text: str, original: str, threshold: float, language: str = "en") -> bool:
    """Whether a customer turn (``plain_text`` is its ``text.plain`` form) sounds negative."""
    if language == "es":  # English cues too: a customer may switch mid-turn
        return bool(SPANISH_DISTRESS.search(plain_text) or DISTRESS.search(plain_text))
    if DISTRESS.search(plain_text):
        return True
    rest = ANSWER.sub("", original)
    return compound(rest or original) <= threshold
