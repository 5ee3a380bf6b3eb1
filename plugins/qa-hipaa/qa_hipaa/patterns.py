"""Words and shapes of HIPAA identifiers, on the spoken-number view of a turn."""

from __future__ import annotations

import re

from qa_core import date_answer

F = re.IGNORECASE

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORD_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|(?:[23]0\s+)?" + _ORD_UNITS + r"|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth)"
)
YEAR = r"(?:(?:19|20)\d{2}|'?\d{2})"
DATE_VALUE = (
    r"(?:(?<!\d)\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:19|20)?\d{2}(?!\d)"
    r"|(?<!\d)(?:19|20)\d{2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{1,2}(?!\d)"  # ISO
    r"|\b" + DAY + r"\s+" + MONTH + r"\.?,?\s+" + YEAR + r"(?!\d)"  # 14 Mar 1975
    r"|(?<!\d)(?:19|20)\d{2},?\s+" + MONTH + r"\.?\s+(?:the\s+)?" + DAY + r"\b"  # year first
    r"|(?<!\d)\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}(?!\d)"
    r"|\b" + MONTH + r"\.?\s+(?:the\s+)?" + DAY + r",?\s+(?:of\s+)?" + YEAR + r"(?!\d)"
    r"|\b(?:the\s+)?" + DAY + r"\s+of\s+" + MONTH + r",?\s+" + YEAR + r"(?!\d)"
    r"|(?<!\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)?\d{2}(?!\d))"
)
# Any date of a person's life is PHI (HIPAA's safe harbour keeps only the year): a
# full date, or a month and a day, in any of the shapes people write or say it, with
# no context at all; a date of birth's or a visit's context makes it more.
_SEP = r"\s?[/.\-]\s?"
_END = r"(?![\d/\-]|\.\d)"  # a sentence's full stop may follow
FULL_DATE = re.compile(
    r"(?P<value>(?<![\d/.\-])\d{1,2}"
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"(?:19|20)?\d{2}"
    + _END
    + r"|(?<![\d/.\-])(?:19|20)\d{2}"
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"\d{1,2}"
    + _END
    + r"|\b"
    + DAY
    + r"[\s\-]+(?:of\s+)?"
    + MONTH
    + r"\.?,?[\s\-]+"
    + YEAR
    + r"(?!\d)"
    r"|(?<!\d)(?:19|20)\d{2},?\s+" + MONTH + r"\.?\s+(?:the\s+)?" + DAY + r"\b"
    r"|\b" + MONTH + r"\.?\s+(?:the\s+)?" + DAY + r",?\s+(?:of\s+)?" + YEAR + r"(?!\d)"
    r"|\b(?:the\s+)?" + DAY + r"\s+of\s+" + MONTH + r"(?:,?\s+" + YEAR + r"(?!\d))?"
    r"|\b" + MONTH + r"\.?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|" + DAY + r"(?<![0-9])))\b",
    F,
)
SERVICE_DATE_VALUE = (
    DATE_VALUE[:-1] + r"|\b" + MONTH + r"\.?\s+(?:the\s+)?" + DAY + r"\b"
    r"|\b(?:the\s+)?" + DAY + r"\s+of\s+" + MONTH + r"\b)"
)

DOB_CONTEXT = r"(?:date of birth|birth ?date|birthday|\bdob(?![a-z])|\bd\.o\.b\b|\bborn\b)"
DOB_PROMPT = re.compile(DOB_CONTEXT, F)
DOB_IN_TURN = re.compile(DOB_CONTEXT + r".{0,25}?(?P<value>" + DATE_VALUE + ")", F)
# the same, by the general date shape (any order of parts, a run of digits said)
DOB_IN_TURN_ANY = re.compile(DOB_CONTEXT + r"\W+(?:\w+\W+){0,5}?" + date_answer().pattern, F)
DATE_ANSWER = re.compile(r"(?P<value>" + DATE_VALUE + ")", F)
SERVICE_CONTEXT = (
    r"(?:admitted|admission|discharged|discharge|surgery|operation|procedure|"
    r"appointment|visit|seen|date of service|scheduled|treated|x-?ray|mri|scan|service|"
    r"treatment|therapy|exam|check-?up|physical|test|lab work|labs|vaccin\w*|shot|"
    r"infusion|injury|accident|er visit|emergency|stay|prescribed|filled|refill\w*)"
)
# "what's the discharge date?", "when were you admitted?": a question about a visit
SERVICE_DATE_PROMPT = re.compile(
    r"\bdates? of (?:the |your |that |this |my )?(?:service|visit|appointment|admission|"
    r"procedure|surgery|discharge|treatment|injury|accident|exam)|\bservice date|"
    r"(?:" + SERVICE_CONTEXT + r")\b.{0,30}\b(?:date|day)\b|\b(?:date|day)s?\b.{0,20}"
    r"(?:" + SERVICE_CONTEXT + r")|\bwhen\b.{0,30}(?:" + SERVICE_CONTEXT + ")",
    F,
)
SERVICE_DATE = re.compile(
    SERVICE_CONTEXT + r"\b.{0,20}?\b(?:on|for|from|since)?\s*(?P<value>" + SERVICE_DATE_VALUE + ")",
    F,
)

PHONE_CONTEXT = (
    r"(?:phone|call (?:me|you)|call ?back|cell|mobile|\bfax\b|reach (?:me|you|them|us|him|her)|"
    r"contact (?:me|them|us|him|her) at|direct line|(?:be )?called at|"
    r"\btext\b|telephone|\btel\b|\bdesk\b|\boffice\b|messages|\bcall\b.{0,10}\b(?:at|on)\b|"
    r"answering at)"
)
PHONE_VALUE = (
    r"(?<!\d)(?<!\d\.)(?:\+?1[\s.\-]?)?\(?[2-9]\d{2}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}"
    r"(?!\d|\.\d)|(?<!\d)(?<!\d\.)[2-9]\d{2}[\s.\-]\d{4}(?!\d|\.\d)"
)
PHONE = re.compile(PHONE_VALUE)
# any national or international shape, taken when the turn talks about phones
PHONE_ANY_SHAPE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,8}"
    r"(?:[\s.\-]\d{2,8}){1,4}(?:\s?x\d{1,5})?(?![\w])"
)
PHONE_INTERNATIONAL = re.compile(
    r"(?<![\w+])\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,10}"
    r"(?:[\s.\-]\d{2,8}){0,4}(?![\w])"
)
PHONE_PROMPT = re.compile(
    r"(?:phone number|best number|number to reach|reach you at|call you "
    r"back|callback number|cell|mobile|\bfax\b|telephone)",
    F,
)
NOT_A_PHONE = re.compile(
    r"\b(?:order|ticket|confirmation|reference|account|member|policy|card|"
    r"social|ssn|routing|record|claim|invoice|tracking)\b",
    F,
)
PHONE_CONTEXT_RE = re.compile(PHONE_CONTEXT, F)

EMAIL = re.compile(r"\b[a-z0-9][a-z0-9._%+\-]*@[a-z0-9.\-]+\.[a-z]{2,}\b", F)
_TLD = r"(?:com|net|org|edu|gov|io|co|us|uk|ca|info|biz|me)"
SPOKEN_EMAIL = re.compile(
    r"\b[a-z0-9]+(?:\s*(?:dot|\.|underscore|_|dash|-)\s*[a-z0-9]+)*\s+(?:at|@)\s+(?!www\b)"
    r"[a-z0-9\-]+(?:\s*(?:dot|\.)\s*[a-z0-9\-]+)*?\s*(?:dot|\.)\s*" + _TLD + r"\b",
    F,
)

# the ways people name a social security number: "social", "SS#", "soc sec", "tax ID"
SSN_CONTEXT = (
    r"(?:social security(?: number)?|\bsocial\b|\bssn(?![a-z])|\bs\s?s\s?n\b|"
    r"\bss\s?(?:#|no\b|number)|\bs s number|\bsoc\.?\s?sec|"
    r"\btax(?:payer)? id(?:entification)?(?: number)?|\btin\b)"
)
SSN_VALUE = r"(?<!\d)\d{3}[\s\-.,/]{0,3}\d{2}[\s\-.,/]{0,3}\d{4}(?!\d)"
SSN_IN_TURN = re.compile(SSN_CONTEXT + r"\D{0,30}?(?P<value>" + SSN_VALUE + ")", F)
LAST_FOUR_IN_TURN = re.compile(
    r"(?:last (?:four|4)(?: digits)? of (?:my|your|the|his|her) "
    + SSN_CONTEXT
    + "|"
    + SSN_CONTEXT
    + r".{0,20}?last (?:four|4)(?: digits)?)\D{0,25}?(?P<value>(?<!\d)\d{4}(?!\d))",
    F,
)
SSN_PROMPT = re.compile(SSN_CONTEXT, F)
SSN_ANSWER = re.compile(r"(?P<value>" + SSN_VALUE + r"|(?<!\d)\d{4}(?!\d))")

STREET_TYPES = (
    r"(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|"
    r"way|place|pl|terrace|ter|terr|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|"
    r"crescent|cres|pike|loop|plz|xing|hts|aly)"
)
# a street's name: words, initials and directions ("S", "E."), numbered streets ("112th")
_STREET_WORD = r"(?:[a-z][a-z'\-]*\.?|\d{1,4}(?:st|nd|rd|th))"
# what ends an address line: its town and state up to a ZIP ("Raleigh, North Carolina
# 27698", "Erie PA 16557"), or a ZIP alone
PLACE_THEN_ZIP = (
    r"(?:,?\s+(?:[a-z][a-z'.\-]*,?\s+){1,4}?\d{5}(?:[\s\-]?\d{4})?(?!\d)"
    r"|,?\s+\d{5}(?:[\s\-]?\d{4})?(?!\d))"
)
STREET_ADDRESS = re.compile(
    r"(?<![\d.])\d{1,6}\s+(?:" + _STREET_WORD + r"\s+){1,3}" + STREET_TYPES + r"\b\.?"
    r"(?:,?\s+(?:apartment|apt|unit|suite|ste|#)\s*[a-z0-9\-]+)?"
    r"(?:" + PLACE_THEN_ZIP + r"|,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,.]|$))?"
    # the postcode that ends an address line: a US ZIP, or a UK postcode
    r"(?:,?\s+(?:\d{5}(?:[\s\-]?\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b)?",
    F,
)
# mail to a box: a post office box, or a box on a rural or highway contract route
PO_BOX = re.compile(
    r"\b(?:(?:p\.?\s?o\.?\s?box|post office box)\s*#?\s*\d{1,6}"
    r"|(?:rural route|r\.\s?r\.|rr|highway contract route|hcr?)\s*#?\s*\d{1,4},?"
    r"\s+box\s*#?\s*\d{1,6})"
    r"(?:" + PLACE_THEN_ZIP + r"|(?:,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,?\s+[A-Z]{2}\b)?)",
    F,
)
# Streets as most of Europe and Latin America write them: the street word, then the
# house number ("Rue de Piétrain 371", "Harjukuja 54", "Avda. Rio Nalon 58")
_STREET_BEFORE = r"(?:rue|via|viale|calle|avda\.?|avenida|av\.|ul\.|ulica|rua|piazza|plaza|carrer)"
_STREET_SUFFIX = (
    r"(?:stra(?:ß|ss)e|str\.|gasse|weg|laan|straat|gatan|vägen|väg|vej|veien|tie|"
    r"katu|kuja|platz|allee|damm)"
)
WRITTEN_STREET = re.compile(
    r"(?:(?<![\d.])\d{1,6}\s+)?(?:\b" + _STREET_BEFORE + r"\s+(?:[^\W\d][\w'’.\-]*\s+){0,3}"
    r"|\b(?:[^\W\d][\w'’\-]*)?" + _STREET_SUFFIX + r"\s+)\d{1,5}[a-z]?\b"
    r"(?:,?\s+(?:apartment|apt\.?|unit|suite|ste\.?|#)\s*[a-z0-9\-]+)?",
    F,
)
# US military mail: "PSC 4355, Box 4187 APO AP 28906", "USS Mahler FPO AA 70489"
MILITARY_ADDRESS = re.compile(
    r"\b(?:(?:psc|unit|cmr)\s+\d{1,5},?\s+box\s+\d{1,5}|uss\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"[\s,]+(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\s+\d{5}(?:-\d{4})?",
    F,
)
# the lines that follow an address line in a letter or a form: suite, town, country, code
ADDRESS_LINE_AFTER = re.compile(
    r"\n[\s>]*(?:(?:apartment|apt\.?|unit|suite|ste\.?|#)\s*[\w\-]+|"
    r"[^\W\d_][^\W\d_'’.\-]*(?:[ \-][^\W\d_][^\W\d_'’.\-]*){0,3}(?:,?\s+[A-Z]{2})?"
    r"(?:,?\s+[\dA-Z][\dA-Z \-]{2,9})?|\d{4,6})[ \t]*(?=\n|$)"
)
# a unit of an address on its own ("Apt. 675", "Suite 578 "): part of someone's address
UNIT = re.compile(r"\b(?:suite|ste|apt|apartment)\.?\s*#?\s*\d{1,5}[a-z]?\b", F)
_ZIP_PLUS_FOUR = r"(?:\s*(?:\+|plus)\s*(?:4|four)\b)?"  # "ZIP+4", "zip plus four"
_ZIP_DASH = r"(?:[\s\-]|\s+(?:dash|hyphen|gui[oó]n|raya)\s+)?"  # a Spanish caller says "guion"
ZIP_IN_TURN = re.compile(
    r"\b(?:zip|postal|post)(?: ?code)?\b" + _ZIP_PLUS_FOUR + r"\W{0,3}(?:is\s+)?"
    r"(?P<value>(?<!\d)\d{3,6}(?:" + _ZIP_DASH + r"\d{2,4})?(?!\d)"
    r"|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b)",
    F,
)
ADDRESS_AFTER = re.compile(
    r"\b(?:lives? (?:at|on)|(?<!ip )(?<!e-mail )(?<!email )(?<!web )(?<!mac )(?<!mail )"
    r"(?:address is|address:)|located at|office is at|(?:send|ship|mail|deliver)"
    r"(?:ed)?(?: it| them| a new one| the \w+)? to|billing address (?:with|to|is)|moved to)"
    r"\s+(?P<value>(?=[^\s]*\d|[A-Z])[^?!\n]{6,120}?)"
    r"(?=[?!]|\.(?:\s|$)|\n\n|$| for | I | and | but |, \d{3})",
    F,
)
ZIP_PROMPT = re.compile(r"\b(?:zip|postal)(?: code)?\b" + _ZIP_PLUS_FOUR, F)
ZIP_ANSWER = re.compile(r"(?P<value>(?<!\d)\d{5}(?:" + _ZIP_DASH + r"\d{4})?(?!\d))", F)
ADDRESS_PROMPT = re.compile(
    r"\b(?:(?<!ip )(?<!e-mail )(?<!email )(?<!web )(?<!mac )address|where do you live|street)\b",
    F,
)

# an id: letters then four digits or more (one letter may stand apart: "V 18446"), or
# five digits or more; never across a line break (a form's next line is another field)
ID_VALUE = (
    r"(?<![a-z])(?:(?:[a-z]{1,4}-?|(?<!['’])(?![ai]\s)[a-z]\s)\d(?:[ \t\-]?\d){3,14}"
    r"|\d(?:[ \t\-]?\d){4,14})"
    r"(?:[a-z]{1,2}\b)?"
)
SPELLED_ID_VALUE = r"(?<![a-z])(?:[a-z][ \t]){2,4}\d(?:[ \t]?\d){3,14}"
# Medicare's beneficiary identifier, printed in groups of 4, 3 and 4 ("1EG4-TE5-MK73"),
# in any case and with any of those separators
_MBI_LETTER = r"[ac-hjkmnp-rt-y]"
MBI_VALUE = (
    rf"(?<![a-z0-9])[1-9]{_MBI_LETTER}[0-9ac-hjkmnp-rt-y]\d[ \t\-]?{_MBI_LETTER}"
    rf"[0-9ac-hjkmnp-rt-y]\d[ \t\-]?{_MBI_LETTER}{{2}}\d{{2}}(?![a-z0-9])"
)
# what people call the record a hospital keeps on a patient (a family of names)
_NO = r"\s*(?:numbers?|nos?\.?|#|ids?|i d|identifier)"
MRN_CONTEXT = (
    r"(?:\bmed(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:" + _NO + r")?|\bmrn(?![a-z])|"
    r"\bm\.?r\.?" + _NO + r"|"
    r"\bm r n\b|\b(?:chart|record|hospital|patient|pt\.?|emr|ehr|health record|patient file|"
    r"medical|clinic|facility)" + _NO + r"|\bchart\b(?=\W{0,3}#?\s?\d))"
)
MRN_IN_TURN = re.compile(
    MRN_CONTEXT + r"\W{0,3}(?:\w+\W+){0,4}?(?P<value>" + SPELLED_ID_VALUE + "|" + ID_VALUE + ")", F
)
MRN_PROMPT = re.compile(MRN_CONTEXT, F)
# what an insurer's card calls the member: member, subscriber, policy, group, Medicare's MBI
PLAN_CONTEXT = (
    r"(?:\b(?:member|mbr|mem|subscriber|sub|policy|policy holder|group|grp|plan|insurance|"
    r"insurance card|medicaid|medicare|medicare card|beneficiary|benefits?|health plan|hicn|"
    r"rx|rx group|enrollee|enrolment|enrollment|employer group|identification)"
    + _NO
    + r"|\bmedicare (?:beneficiary )?(?:identifier|claim number)|\bmbi(?![a-z])|\bid card\b"
    # the group said alone, as a label or a question: "GROUP: H71020", "and the group?"
    r"|\b(?:grp|group)\b(?=\s*(?:[:#\-–?.]|$|(?:is|was|would be|should be)\b|"
    r"on (?:there|the card|file|your card|my card)))"
    # what is printed on the card: "the ID on the insurance card", "the group on the card"
    r"|\b(?:ids?|i d|numbers?|no\.?|#)\s+(?:on|from|off)\s+(?:the\s+|your\s+|my\s+|his\s+|her\s+)?"
    r"(?:insurance|medicare|medicaid|member|health|benefits?|plan|id)\s+cards?\b"
    r"|\b(?:group|ids?|i d)\s+(?:on|from|off)\s+(?:the\s+|your\s+|my\s+|his\s+|her\s+)?cards?\b)"
)
PLAN_IN_TURN = re.compile(
    PLAN_CONTEXT
    + r"\W{0,3}(?:\w+\W+){0,4}?(?P<value>"
    + MBI_VALUE
    + "|"
    + SPELLED_ID_VALUE
    + "|"
    + ID_VALUE
    + ")",
    F,
)
PLAN_PROMPT = re.compile(PLAN_CONTEXT, F)
ID_ANSWER = re.compile(r"(?P<value>" + MBI_VALUE + "|" + SPELLED_ID_VALUE + "|" + ID_VALUE + ")", F)
# a patient's billing account, by any of the names bills and hospitals give it
# (a checking or savings account is a bank's: the payment plugin names it)
_NOT_A_BANKS = r"(?<!checking )(?<!savings )(?<!bank )(?<!banking )(?<!deposit )"
ACCOUNT_CONTEXT = (
    r"(?:" + _NOT_A_BANKS + r"\baccount\s*(?:number|no\.?|#|id)|"
    r"" + _NOT_A_BANKS + r"\bacct\b\.?\s*(?:no\.?|#|number)?|"
    r"" + _NOT_A_BANKS + r"\baccount(?=\W{0,3}\d)|\baccount on file\b|"
    r"\b(?:billing|patient|customer|hospital|guarantor|statement|financial|household|"
    r"family|self-pay) acc(?:oun)?t\b|"
    r"\b(?:guarantor|billing|statement|encounter|visit|fin|har|financial)"
    r"\s*(?:number|no\.?|#|id|i d|reference))"
)
ACCOUNT_VALUE = r"(?<![a-z0-9])(?:[a-z]{1,4}-?)?\d(?:[ \t\-]?\d){5,16}(?!\d)"
ACCOUNT_IN_TURN = re.compile(
    ACCOUNT_CONTEXT + r"\W{0,3}(?:\w+\W+){0,6}?(?P<value>" + ACCOUNT_VALUE + ")", F
)
ACCOUNT_PROMPT = re.compile(ACCOUNT_CONTEXT, F)
ACCOUNT_ANSWER = re.compile(r"(?P<value>" + ACCOUNT_VALUE + ")", F)
OTHER_IDS = {
    "DRIVER_LICENSE": r"(?:driver'?s? licen[cs]e|licen[cs]e number)",
    "VEHICLE_ID": r"(?:\bvin\b|vehicle identification number|licen[cs]e plate|plate number)",
    "DEVICE_ID": r"(?:serial number|device (?:id|number)|\bimei\b|pacemaker id)",
}

# Typed IPs and URLs are Presidio's (``presidio.py``); these are the spoken forms.
SPOKEN_IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\s*(?:\bdot\b|\bpoint\b)\s*){3}"
    r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d])",
    F,
)
SPOKEN_URL = re.compile(
    r"\b(?:www\s+dot\s+)[a-z0-9\-]+(?:\s+dot\s+[a-z0-9\-]+)+(?:\s+slash\s+[a-z0-9\-_]+)*"
    r"|\b[a-z0-9\-]+\s+dot\s+" + _TLD + r"\b(?:\s+slash\s+[a-z0-9\-_]+)*",
    F,
)

# the triggers after which a word is a name only if it is not a verb, adjective or adverb
# ("it's printed", "thanks, noted"); after "my name is" or "Mr." it always is
LOOSE_NAME_TRIGGER = re.compile(
    r"(?:it's|i'm|i am|this is|thanks|thank you|hi|hello|hey|dear|patient|spouse|husband|"
    r"wife|son|daughter|mother|father)\.?,?\s+$",
    F,
)
NAME_TRIGGERS = re.compile(
    r"\b(?:my name is|my name's|name is|name's|this is|i'm|i am|it's|speaking with|"
    r"speaking to|talking to|talking with|thanks|thank you|hi|hello|hey|dear|mr|mrs|ms|miss|"
    r"dr|doctor|patient|spouse|husband|wife|son|daughter|mother|father|"
    r"(?:full |first |last |patient |member |customer |cardholder |account holder |contact )?"
    r"name\s*:)\.?,?\s+",
    F,
)
# what only a person does, said right after a written name: "Jacob lives on ...",
# "Tomomi Nishiyama was born in ...", "Luiza is from ...", "Edvard said ..."
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:['’\-][^\W\d_]+)*"
# a capitalised name of up to three words, initials between ("Faina D. Yefremova")
WRITTEN_NAME = rf"{_CAPITALISED}(?:[ \t]+(?:{_CAPITALISED}|[A-Z]\.?(?![^\W\d_]))){{0,2}}"
PERSON_BEFORE_PREDICATE = re.compile(
    rf"(?<![^\W\d_])(?P<value>{WRITTEN_NAME})"
    r"[ \t]+(?:lives|lived|was born|passed away|is from|was from|comes from|came from|"
    r"works (?:at|for)|worked (?:at|for)|said|says|told|asked|had given|has given|"
    r"will be (?:talking|speaking|presenting|joining))\b"
)
# ... and right after what is only done to a person: "said Erle to Maurice", "tell Maria"
PERSON_AFTER_VERB = re.compile(
    rf"\b(?:said|told|asked|tell|ask|follow(?:ed)? up with|heard|add|added)[ \t]+"
    rf"(?P<value>{WRITTEN_NAME})"
)
# the name under a letter's closing line: "Best regards,\nARJUN KOWALSKI", "Thanks,\nemily patel"
SIGNED_NAME = re.compile(
    r"(?:^|\n)[ \t]*(?:thanks(?: again| so much)?|thank you(?: so much)?|many thanks|best|"
    r"best regards|kind regards|warm regards|warmest regards|regards|sincerely|"
    r"yours(?: truly| sincerely)?|respectfully|cheers|all the best|take care|thx)"
    r"[ \t]*[,.!\-–—]?(?:[ \t]*\r?\n)+[ \t]*"
    r"(?P<value>[^\W\d_][^\W\d_'’\-]*(?:[ \t]+(?:[^\W\d_][^\W\d_'’\-]*|[A-Za-z]\.)){0,3})"
    r"[ \t]*(?=\r?\n|$)",
    F,
)
# whose name it is: "the name on the account", "name of the patient" (the name OF a plan
# or a card is theirs, not a person's)
_PEOPLE = r"(?:patient|member|subscriber|insured|guarantor|beneficiary|doctor|provider)"
_WHOSE = (
    r"(?: on (?:the|your|his|her) (?:account|policy|card|plan|" + _PEOPLE[3:-1] + r")"
    r"| (?:of|for) (?:the|your|his|her) " + _PEOPLE + r")"
)
NAME_PROMPT = re.compile(
    r"\b(?:who am i speaking (?:with|to)|who (?:is|'s) (?:the|this|calling)|"
    # anyone's name: "your name", "the spouse's name", "the primary member's full name"
    r"(?:(?:your|his|her|their|the|[a-z]+['’]s) (?:(?:full|first|last|legal|middle|maiden) )*"
    r"|(?:full|first|last|legal|middle|maiden) (?:(?:full|legal) )?)name" + _WHOSE + r"?|"
    r"name" + _WHOSE + r"|name please|"
    r"spell (?:that|it|your)|surname)\b",
    F,
)
SPELLED_AFTER = re.compile(
    r"\b(?:spelled|spell(?:s|ing)?|that's|that is|it's)\W{0,3}"
    r"(?<!['’])(?P<value>[a-z](?:(?:\s|-|\.\s?)[a-z]){2,})(?![a-z0-9])"
    r"(?!\s+\d)",
    F,
)
SPELLED = re.compile(
    r"(?<![a-z0-9'’])(?P<value>[a-z](?:(?:\s|-|\.\s?)[a-z]){2,})(?![a-z0-9])(?!\s+\d)", F
)

# "what's the IP address?" and an answer in pieces ("one nine two point one six eight" …)
IP_PROMPT = re.compile(r"\b(?:ip|i p)(?: address)?\b", F)
IP_ANSWER = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d])"
)
