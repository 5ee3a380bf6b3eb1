"""The words that make a number payment data, shared by recognisers and detectors.

All patterns run on the spoken-number view, where "four one one one" is "4111".
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

# a run of digits with light separators between groups: a space or two or three, a
# dash, a dot or a line break, a dash with spaces ("4069 - 9069", "4047  7444")
GROUP_SEPARATOR = r"(?:\r?\n| {1,3}| ?[\-.] ?)"
DIGIT_RUN = re.compile(r"(?<!\d)\d(?:" + GROUP_SEPARATOR + r"?\d)*(?!\d)")
# a card typed in groups of four with another mark between them, the same each time
# ("4988/5599/0888/9374", "4502_8831_7896_2829", "2300•5843•9121•0206"): such a mark is no
# separator in general (a slash writes dates), so only whole groups of four count
SLASHED_GROUPS = re.compile(
    r"(?<![\d/_•·*|\\])\d{4}( ?[/_•·*|\\] ?)\d{4}(?:\1\d{4}){1,2}(?:\1\d{1,3})?(?![\d/_•·*|\\])"
)


def grouped_digits(least: int, most: int) -> str:
    """A number of ``least`` to ``most`` digits, typed whole or in groups ("217 063 393",
    "3970-86515"): the same number however it was typed."""
    return rf"(?<![\d\-.])\d(?:{GROUP_SEPARATOR}?\d){{{least - 1},{most - 1}}}(?![\d]|[\-.]\d)"


CARD_CONTEXT = re.compile(
    r"\b(?:card|visa|master ?card|amex|american express|discover|credit|debit|"
    r"long number|number on the front|p\.?a\.?n\.?)\b",
    FLAGS,
)
AMOUNT_WORDS = re.compile(
    r"\b(?:dollars?|cents?|bucks|percent|pounds|euros?|minutes?|hours?|"
    r"days?|years?|months?)\b|[$%£€]",
    FLAGS,
)
NOT_A_CARD_CONTEXT = re.compile(
    r"\b(?:order|tracking|confirmation|reference|invoice|ticket|case|claim|policy|"
    r"phone|call ?back|extension)\s+(?:number|no\.?|#|id)?\b",
    FLAGS,
)

# what people call the code on the back of a card: its acronyms, "security code",
# "verification value", "the three digits on the back", "the signature strip"
CVV_NOUN = (
    r"(?:\bcvv2?(?![a-z])|\bcvc2?(?![a-z])|\bcid(?![a-z])|\bcv2(?![a-z])|\bcsc(?![a-z])|"
    r"\bcvn(?![a-z])|\bc v v\b|\bc v c\b|"
    r"card verification|card security|card code|"
    r"(?<!social )security (?:code|number|num\.?|no\.?|#|digits|value)|"
    r"verification (?:code|number|digits|value)|signature (?:panel|strip|box|line|area)|"
    r"(?<!last )(?<!final )(?:three|four|3|4)[ -](?:digits?|numbers?)"
    r"(?: (?:security )?(?:code|number))?|"
    # where it is printed names it: "the last three on the back", "what's by the signature"
    r"(?:\b(?:codes?|digits?|numbers?|three|four|one)\s+)?"
    r"\b(?:on|at|from|by|near|next to) the (?:back|signature)\b(?! of (?:the|my) (?:house|form))|"
    r"back of (?:the |your |my )?card|\bback code\b|"
    r"\b(?:amex|american express|visa|master ?card|discover) (?:code|cid|number on the front)\b|"
    # an Amex code is printed on the front, above the card number
    r"(?:code|digits|number) (?:above|over) the (?:card |long )?number|"
    r"(?:code|digits) on the front)"
)
# "code" alone, but not another kind of code: a promo, ZIP, area or gift code
_OTHER_CODES = (
    "promo",
    "promotional",
    "zip",
    "postal",
    "area",
    "discount",
    "coupon",
    "access",
    "gift",
    "confirmation",
    "referral",
    "voucher",
    "reward",
    "rewards",
    "offer",
    "sort",
    "swift",
    "country",
    "error",
    "tracking",
    "dress",
)
CVV_CONTEXT = r"(?:" + CVV_NOUN + r"|" + "".join(rf"(?<!{w} )" for w in _OTHER_CODES) + r"\bcode\b)"
CVV_ASKED = re.compile(CVV_NOUN, FLAGS)
# between a value and the name that follows it: "551 is the card's security code"
NAMED_AFTER = (
    r"\s*,?\s*(?:is|was|=|as|for|being|would be|that's|that is)\s+"
    r"(?:the\s+|my\s+|your\s+|its\s+)?(?:card'?s?\s+)?"
)
_CVV_DIGITS = r"(?<![\d/])(?P<value>\d(?:(?: {1,2}|-)?\d){2,3})(?![\d/])(?! {1,2}\d)(?!-\d)"
# ("I have the CVV right here. 3921." names it; "I lost the security code, but my zip
# is 4521" and "it's on the back and I think we moved in 1998" do not)
CVV_IN_TURN = re.compile(
    CVV_CONTEXT
    + r"(?:(?!\b(?:but|because|and (?:i|we|he|she|they))\b)\D){0,40}?"
    + r"(?<![\dA-Za-z])(?P<value>\d(?:[ \-]?\d){2,3})(?![ \-]?\d)",
    FLAGS,
)
# the value first: "seven three one is the security code", "737 for the CVV"
CVV_BEFORE = re.compile(_CVV_DIGITS + NAMED_AFTER + CVV_CONTEXT, FLAGS)
CVV_ANSWER = re.compile(_CVV_DIGITS)

# between an expiry's month and year: "/", "slash", "forward slash", "of", with fillers
_EXPIRY_SEPARATOR = (
    r"\s*(?:\b(?:uh|um|er)\b\s*)?(?:/|-|\.|\b(?:forward\s+)?slash\b|\bof\b)"
    r"\s*(?:\b(?:uh|um|er)\b\s*)?"
)
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
EXPIRY_VALUE = (
    r"(?:(?<!\d)(?:0?[1-9]|1[0-2])" + _EXPIRY_SEPARATOR + r"(?:20)?\d{2}(?!\d)"
    r"|(?<![\d/])(?:0[1-9]|1[0-2])\s(?:20)?\d{2}(?![\d/])"
    r"|(?<!\d)(?:0[1-9]|1[0-2])(?:20)?\d{2}(?!\d)"
    r"|\b" + MONTHS + r"\.?,?(?:\s+(?:of\s+)?['’]?|['’]|(?=\d))(?:20)?\d{2}(?!\d)"
    r"|\bmonth\s+(?:is\s+|of\s+)?(?:0?[1-9]|1[0-2]|" + MONTHS + r"),?\s+(?:and\s+)?"
    r"(?:the\s+)?year\s+(?:is\s+)?(?:20)?\d{2}(?!\d)"
    r"|(?<!\d)(?:0?[1-9]|1[0-2])\s*/\s*['’]\d{2}(?!\d)"
    r"|(?<![\d/])[1-9]\s?(?:20)?[2-4]\d(?![\d/]))"
)
EXPIRY_CONTEXT = (
    # "exp", "expiry", "expires" (not "expediente", "explain", "expect")
    r"(?:\bexp\b\.?|\b(?:valid|good)[ \-](?:thru|through|until|till|to)\b|\bexpir[a-z]*|"
    r"\b(?:end|valid) date\b|\bmonth and year\b|\bmm\s?/\s?yy(?:yy)?\b|"
    # the card's end said in other words: "it runs out in March", "the date on the card"
    r"\b(?:runs?|ran|running) out\b|\bdate on the (?:front of the )?card\b)"
)
EXPIRY_PROMPT = re.compile(EXPIRY_CONTEXT, FLAGS)
EXPIRY_IN_TURN = re.compile(EXPIRY_CONTEXT + r".{0,30}?(?P<value>" + EXPIRY_VALUE + ")", FLAGS)
EXPIRY_ANSWER = re.compile(r"(?P<value>" + EXPIRY_VALUE + ")", FLAGS)
# the value first: "oh eight twenty seven is the expiration"
EXPIRY_BEFORE = re.compile(r"(?P<value>" + EXPIRY_VALUE + ")" + NAMED_AFTER + EXPIRY_CONTEXT, FLAGS)

BANK_CONTEXT = (
    r"(?:\bbank\b|checking|savings|\brouting\b|\baba\b|\bach\b|direct debit|e-?check|"
    # paying straight from the account: "the account you want to draft from"
    r"\bdraft(?:ed|ing|s)?\b|\bwithdraw(?:al|n|s)?\b|\bauto-?pay\b|\bauto-?debit\b)"
)
# the routing number, by its name or by where it is printed on a check
_ON_THE_CHECK = r"(?=[^.?!]{0,40}\bchecks?\b)"
ROUTING_PROMPT = re.compile(
    r"\b(?:routing|aba|transit|rtn)\b(?<!after the routing)|"
    r"\b(?:first|nine|9)[ -](?:set of )?(?:digits|numbers)\b" + _ON_THE_CHECK,
    FLAGS,
)
ROUTING_IN_TURN = re.compile(
    r"\b(?:routing|aba|transit)\b\D{0,40}?(?P<value>" + grouped_digits(9, 9) + ")", FLAGS
)
ACCOUNT_PROMPT = re.compile(
    BANK_CONTEXT + r".{0,40}\baccount\b|\baccount\b.{0,40}" + BANK_CONTEXT + r"|"
    # the account number by where it is printed: after the routing number, second on a check
    r"\b(?:number|digits) (?:after|next to|beside|following) the routing\b|"
    r"\b(?:second|middle) (?:set of |group of )?(?:numbers|digits)\b" + _ON_THE_CHECK,
    FLAGS,
)
ACCOUNT_IN_TURN = re.compile(
    r"(?:" + BANK_CONTEXT + r".{0,30}?)?\baccount(?: number)?\b"
    r"\D{0,30}?(?P<value>" + grouped_digits(6, 17) + ")",
    FLAGS,
)
ACCOUNT_ANSWER = re.compile(r"(?P<value>" + grouped_digits(6, 17) + ")")
BANK_WORDS = re.compile(BANK_CONTEXT, FLAGS)

CARD_PROMPT = re.compile(
    r"\b(?:card number|number on the (?:front of the )?card|long number|"
    r"(?:credit|debit) card|card details|the card|your card)\b",
    FLAGS,
)
