"""The moves, as patterns over plain text (see ``text.plain``: "i'm" reads "im"), in
English here and in Spanish in ``spanish``; ``TABLES`` holds each language's.

Written from contact-centre QA practice and the empathy literature's categories
(acknowledgement, validation, apology with ownership, reassurance, reflection), never
fitted to an evaluation set. Each pattern is a regular expression over whole words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import spanish

FEELING = (
    r"(?:frustrat\w*|annoy\w*|upset\w*|stress\w*|difficult|hard|tough|awful|terrible|"
    r"horrible|worr\w*|scar\w*|confus\w*|disappoint\w*|inconvenien\w*|overwhelm\w*|"
    r"painful|sad|heartbreak\w*|exhaust\w*|unfair|rough|concern\w*|anxi\w*|lonely|"
    r"hurt\w*|angry|mad|unsettling|distress\w*|a lot to deal with|not easy)"
)


def _hard_words() -> str:
    """Every word VADER's lexicon rates clearly negative (valence <= -1.5): the whole
    family of words a person names a hard time with ("that sounds miserable", "what a
    horrible morning"), rather than a list of the ones we thought of."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon = SentimentIntensityAnalyzer().lexicon
    words = sorted(w for w, v in lexicon.items() if v <= -1.5 and w.isalpha() and len(w) > 3)
    return "(?:" + "|".join(words) + ")"


HARD = _hard_words()
WE = r"(?:i|we)"
IM = r"(?:im|i am|were|we are)"
SO = r"(?:so |really |very |truly |deeply |terribly |sincerely )?"

EMPATHIC: dict[str, list[str]] = {
    "acknowledge": [
        rf"\b{WE} (?:completely |totally |fully |really |can )?understand\b"
        r"(?! (?:your|the) (?:account|number|question|request)\b)",
        rf"\b{WE} (?:can|could) (?:only )?(?:see|imagine|hear|tell|understand) "
        r"(?:how|why|that|what|you)",
        r"\bi (?:cant|cannot|can not) (?:even )?imagine\b",
        rf"\bthat (?:sounds|seems|must be|must have been|is|was|can be) {SO}{FEELING}",
        rf"\bthats {SO}{FEELING}",
        rf"\bit (?:sounds|seems|must be|must feel|must have been) {SO}{FEELING}",
        rf"\b{WE} (?:know|get) how {SO}{FEELING}",
        r"\bi hear (?:you|what youre saying|that)\b",
        r"\bno wonder (?:you|youre)\b",
        r"\bi feel (?:for|you) you\b|\bi feel for you\b|\bmy heart goes out\b",
        rf"\bthat (?:must|would) (?:feel|be) {SO}(?:{FEELING}|hard)",
        rf"\bsounds (?:like )?(?:it was |its been |a )?{SO}{FEELING}",
        # emotional reactions: compassion said plainly
        r"\b(?:that|this|it) (?:really |truly |just )?(?:sucks|stinks|breaks my heart)\b",
        r"\b(?:thats|that is|this is|how) (?:so |really |just )?(?:sad|heartbreaking|awful|"
        r"terrible|horrible|rough|unfair)\b",
        r"\bmy heart (?:goes out|breaks)\b|\bmy (?:deepest |sincere )?condolences\b",
        r"\bi feel (?:so |really )?(?:bad|sad|terrible) (?:for|about|that)\b",
        # any clearly negative word in the frames that name another's hard time
        rf"\b(?:that|it|this|which) (?:sounds|seems|must be|must have been|must feel|"
        rf"would be|would have been) {SO}(?:(?:like )?(?:an? |such an? )?)(?:\w+ )?{HARD}\b",
        rf"\bwhat an? (?:\w+ )?{HARD}\b",
        rf"\b(?:you|youre|you are|youve been) (?:must be |must have been |must feel |"
        rf"sound |seem )(?:so |really |very )?{HARD}\b",
    ],
    "validate": [
        r"\b(?:youre|you are) (?:right|absolutely right|not wrong) (?:to|that|about)\b",
        r"\b(?:that|thats|it|its) (?:is |s )?(?:completely |totally |perfectly |very )?"
        r"(?:understandable|valid|fair|normal|natural|okay to feel)\b",
        r"\bmakes (?:complete |total |perfect )?sense (?:that )?(?:you|youd|youre)\b",
        r"\banyone would (?:be|feel)\b",
        r"\bi (?:would|d) (?:be|feel) (?:the same|\w+ too|that way too)\b",
        r"\byour (?:frustration|concern|feelings?|reaction) (?:is|are) "
        r"(?:completely |totally )?(?:valid|understandable|fair)\b",
        r"\b(?:fair|good|great|valid) (?:question|point|concern)\b",
    ],
    "apologise": [
        rf"\b{IM} {SO}sorry (?:(?:for|about|to hear|to see)"
        r"(?: (?:that|this|it|all (?:this|that)|the \w+|your \w+))?|that|this|its|you)\b"
        r"(?! (?:feel|feeling) that way)",
        r"\bi (?:sincerely |do |truly )?apologi[sz]e\b",
        r"\b(?:my|our) (?:sincere |deepest )?apologies\b",
        r"\bso sorry\b(?! (?:you feel|if you))",
        r"\b(?:thats|that is|this is|it was|that was) (?:on us|our (?:fault|mistake|error))\b",
        r"\bwe (?:made a mistake|got (?:that|this|it) wrong|messed up|dropped the ball)\b",
        r"\bsorry (?:about|for) (?:the|this|that|all)\b",
        rf"\b{IM} {SO}sorry\b(?! (?:but|however|you feel|if you|that you feel|could|can|what|"
        r"i didnt|i dont|to interrupt|to bother))",
        r"\bsorry (?:to hear|for your loss|(?:that )?(?:youre|you are|you have|youve) "
        r"(?:going|been|had|dealing))",
    ],
    "reassure": [
        r"\b(?:ill|i will|well|we will|let me|im going to|were going to) "
        r"(?:make sure|take care of|sort (?:this|it|that)|fix (?:this|it|that)|personally|"
        r"get (?:this|it|that) (?:sorted|fixed|resolved|done|sorted out)|look after)\b",
        r"\b(?:dont|do not) (?:worry|you worry)\b",
        r"\brest assured\b|\byoure in good hands\b|\bi promise\b",
        r"\b(?:im|i am|were|we are) (?:here|happy|glad) (?:to|for) (?:help|you)\b",
        r"\bwe(?:ll| will) (?:get through|figure) (?:this|it) (?:out )?together\b",
        r"\byou(?:re| are) not alone\b",
        r"\bit(?:s| is|ll| will) (?:be )?(?:okay|ok|alright|all right|going to be okay)\b",
        r"\b(?:hang in there|take care of yourself|sending (?:you )?(?:hugs|love|strength))\b",
        r"\bhope (?:things|it|you) (?:get|gets|feel|turn) better\b",
        r"\bi hope you (?:feel|are|get)\b",
        # warmth: well-wishing and encouragement
        r"\b(?:good luck|best of luck|wish(?:ing)? you (?:the best|well|luck|all the best))\b",
        r"\b(?:hugs|(?:stay|be) strong|you(?:ve| have)? got this|youll get through)\b",
        r"\b(?:im|i am) (?:so |really |very )?(?:glad|happy|proud) (?:for|of|that|to hear)\b",
        r"\b(?:thinking of you|praying for you|here for you|feel better soon)\b",
        r"\bi hope (?:things|it|this|everything) "
        r"(?:works? out|gets? better|goes well|turns? out)\b",
    ],
    "reflect": [
        r"\bso what (?:im|i am) hearing is\b",
        r"\bif i (?:understand|heard) (?:you |that )?(?:correctly|right)\b",
        r"\bit sounds like (?:you|your|youre|youve|you have|its been)\b",
        r"\bso (?:youre|you are) (?:saying|telling me|feeling)\b",
        r"\b(?:let me|just to) (?:make sure|check|confirm) (?:i|that i) "
        r"(?:understand|have this right|got this right)\b",
        rf"\b(?:you|youre|you are) (?:feel|feeling|felt|seem|sound) (?:\w+ )?(?:{FEELING})",
        r"\bsounds like you\b",
    ],
}

DISMISSIVE: list[str] = [
    r"\bcalm down\b",
    r"\b(?:thats|that is|its|it is) not my (?:problem|fault|department|job|concern)\b",
    r"\bnot my (?:problem|fault|department)\b",
    r"\b(?:like|as) i (?:already )?(?:said|told you|mentioned|explained)\b",
    r"\b(?:there is|theres) nothing (?:i|we|else i|else we) can do\b",
    r"\byou should (?:have|ve) (?:read|checked|known|called|paid)\b",
    r"\b(?:thats|that is|its|it is) (?:just )?(?:our|the|company) policy\b",
    r"\bi (?:cant|cannot|can not) help you\b",
    r"\b(?:sorry|im sorry) (?:you feel|if you feel|that you feel) (?:that way|like that)\b",
    r"\bi dont know what (?:else )?to tell you\b",
    r"\bit is what it is\b",
    r"\byou(?:re| are) (?:overreacting|being (?:unreasonable|dramatic|ridiculous))\b",
    r"\b(?:you need to|just) (?:relax|listen to me|calm)\b",
    r"\bwhat do you want (?:me to do|from me)\b",
]

# Words that, just before a move, say the opposite ("i dont understand why you").
NEGATORS = frozenset({"dont", "not", "never", "cant", "cannot", "doesnt", "didnt", "wont"})
# "i'm sorry, but ...": an apology taken back at once.
TAKEN_BACK = re.compile(r"^\s*(?:but|however)\b")


def compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


@dataclass(frozen=True)
class MoveTable:
    """One language's moves: empathic patterns by kind, dismissive ones, the words
    that negate a move just before it, and what takes an apology back after it."""

    empathic: dict[str, list[re.Pattern[str]]]
    dismissive: list[re.Pattern[str]]
    negators: frozenset[str]
    taken_back: re.Pattern[str]


TABLES = {
    "en": MoveTable(
        {move: compile_all(p) for move, p in EMPATHIC.items()},
        compile_all(DISMISSIVE),
        NEGATORS,
        TAKEN_BACK,
    ),
    "es": MoveTable(
        {move: compile_all(p) for move, p in spanish.EMPATHIC.items()},
        compile_all(spanish.DISMISSIVE),
        spanish.NEGATORS,
        re.compile(spanish.TAKEN_BACK),
    ),
}
assert set(TABLES["es"].empathic) == set(TABLES["en"].empathic), "one set of kinds"


def table_for(language: str) -> MoveTable:
    """``language``'s moves; English's for a language with none (its moves are
    English words, so they find only English said inside the other language)."""
    return TABLES.get(language, TABLES["en"])
