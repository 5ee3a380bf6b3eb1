"""Common words that are never a name, so conversational name patterns stay precise.

spaCy's stop words, the words that follow "this is", "I'm", "thanks" in calls, and the
words of the identifiers' own names ("Medicare Beneficiary Identifier" names no one).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS

CALL_WORDS = frozenset(
    """
calling speaking here from with about regarding good fine great sorry just really happy
glad okay ok yes yeah no sure right well hi hello hey thanks thank you please calling
checking trying looking wondering going having getting still also actually so very much
lot for bye goodbye morning afternoon evening day night team support service department
billing customer member patient account card number phone call today tomorrow yesterday
again the a an and but or not that this it's its is was be been am are my your our their
his her him them they we me us mine yours sir madam maam ma'am dear everyone everybody all
alright absolutely correct perfect wonderful awesome exactly definitely certainly
fantastic appreciate it ready waiting available back new old same other next last first
second insurance health plan claim claims doctor nurse office hospital clinic pharmacy
wife husband son daughter mother father mom dad spouse partner friend neighbor mr mrs ms
miss dr doctor monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december what who where when why
how which there their here also only even mm hmm mhm uh um huh er erm ah oh gotcha
noted understood acct pt med rec dob mrn ssn exp cvv apt tel fax attn ref dept
beneficiary identifier identification guarantor subscriber policy policyholder holder
verification security expiration expiry routing checking savings statement record
records chart medicare medicaid group id code date birth birthday social address email
portal login password username
let look looks looking hang hold need needs got get gets have has find found grab wait
say says said read reading spell spelled yep yup nope mine wallet purse sec moment minute
point dot dash slash underscore information name names give go went come take think know
guess believe check see try show showing shows make write wrote type typed put called
call paperwork form says reads sent send mail mailed copy copying pasting paste hang
gonna wanna gotta gimme lemme kinda sorta dunno outta lotta y'all ya zipcode postcode
""".split()
)
_CONTRACTION = (
    "'s",
    "'re",
    "'ll",
    "'ve",
    "'d",
    "'t",
    "'m",
    "’s",
    "’re",
    "’ll",
    "’ve",
    "’d",
    "’t",
    "’m",
)
# a Spanish-speaking caller's "está bien", "muy amable" in an English-tagged call: the
# longer Spanish stop words are no names either ("Ella" is one, and short ones like
# "han" and "son" are surnames)
_SPANISH_COMMON = frozenset(
    w.lower() for w in SPANISH_STOP_WORDS if len(w) >= 4 and w.lower() not in {"ella", "ellas"}
) | frozenset("claro perfecto gracias amable bueno orale ándale sale okey".split())
NOT_A_NAME = frozenset(w.lower() for w in STOP_WORDS) | CALL_WORDS | _SPANISH_COMMON


def could_be_name(word: str) -> bool:
    """A word that may be (part of) a person's name: alphabetic and not a common word."""
    cleaned = word.strip(".,'’").lower()
    if len(cleaned) < 2 or cleaned in NOT_A_NAME or cleaned.endswith(_CONTRACTION):
        return False
    if "-" in cleaned and all(part in NOT_A_NAME for part in cleaned.split("-") if part):
        return False  # "mm-hmm", "uh-huh": back-channel, not a double-barrelled name
    return cleaned.replace("'", "").replace("’", "").replace("-", "").isalpha()


def could_be_written_name(value: str) -> bool:
    """Every word of ``value`` could be (part of) a name; one-letter initials may stand
    between ("Shane M Culp", "Faina D. Yefremova")."""
    words = value.replace(".", " ").split()
    return (
        bool(words)
        and could_be_name(words[0])
        and could_be_name(words[-1])
        and all(len(w) == 1 or could_be_name(w) for w in words)
    )
