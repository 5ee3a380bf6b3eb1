"""Spanish: the same recognisers over a Spanish turn's typed view ("cuatro uno uno uno"
is 4111 there, through the core's Spanish number table), with the words Spanish
speakers put around a card, its code, its expiry and a bank account."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from qa_core import Prompt, PromptedValueDetector, any_of, date_answer

from .cards import could_be_card_number, digits_of
from .detectors import CARD_ANSWER, NINE_DIGITS, SplitCardDetector
from .patterns import ACCOUNT_ANSWER
from .recognizers import AnyCaseIbanRecognizer, CardNumberRecognizer, ContextValueRecognizer

LANGUAGE = "es"
F = re.IGNORECASE

CARD_CONTEXT = re.compile(
    r"\b(?:tarjeta|cr[eé]dito|d[eé]bito|visa|master\s*card|amex|american\s+express|"
    r"pl[aá]stico|n[uú]mero\s+de\s+(?:la\s+)?tarjeta|card)\b",
    F,
)
NOT_A_CARD_CONTEXT = re.compile(
    r"\b(?:pedido|orden|rastreo|gu[ií]a|folio|referencia|factura|ticket|confirmaci[oó]n|"
    r"reservaci[oó]n|reserva|caso|reclamo|reclamaci[oó]n|transferencia|convenio|contrato|"
    r"clabe|cuenta|p[oó]liza|imei|serie)\b",
    F,
)
# whole words: "ene" is January, not the end of "viene"
MONTHS = (
    r"(?<![^\W\d_])(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic|"
    # a Spanish call names a card's month in English as well ("vence August 2030")
    r"january|february|march|april|june|july|august|september|october|november|december)"
    r"(?![^\W\d_])"
)
# a Spanish call names the code in Spanish and, as often, in English ("su security code",
# "el CID" of an Amex)
_CODE_NAMES = (
    r"(?:c[oó]digo\s+de\s+(?:seguridad|verificaci[oó]n)|\bcid\b|security\s+code|card\s+code|"
    r"verification\s+code|"
    r"c[oó]digo\s+(?:de\s+)?(?:atr[aá]s|al\s+reverso|del\s+reverso)|cvv2?|cvc2?|cv2|"
    r"(?:los\s+)?(?:tres|cuatro|3|4)\s+(?:d[ií]gitos\s+|n[uú]meros\s+|numeritos\s+)?"
    r"(?:de\s+atr[aá]s|del\s+reverso|al\s+reverso|de\s+la\s+parte\s+de\s+atr[aá]s|"
    r"de\s+seguridad))"
)
# a code typed "7.8.2.3" or "8 0 6" as well as "806"
_CODE_DIGITS = r"\d(?:[ .\-]?\d){2,3}"
CVV_IN_TURN = re.compile(
    _CODE_NAMES + r"[^\d\n]{0,30}?(?<![\d.])(?P<value>" + _CODE_DIGITS + r")(?![\d.]?\d)(?!\s*/)",
    F,
)
CVV_BEFORE = re.compile(
    r"(?<![\d/.])(?P<value>" + _CODE_DIGITS + r")(?![\d/])(?![.\-]\d)[\s,.:;\-]{0,4}"
    r"(?:es\s+|son\s+)?(?:el\s+|los\s+)?" + _CODE_NAMES,
    F,
)
_EXPIRY_NAMES = (
    r"(?:vence|vencen|vencimiento|fecha\s+de\s+(?:vencimiento|expiraci[oó]n|caducidad)|"
    r"expira|expiraci[oó]n|caduca|caducidad|(?:v[aá]lid[ao]|buena|sirve)\s+hasta|vigencia|"
    r"vigente\s+hasta|"
    r"\bvto\b\.?|\bvenc\b\.?|f\.\s*(?:de\s+)?venc\.?|\bexp\b\.?|mm\s*/\s*aa)"
)
# what a speaker puts inside a date: "once, eh, del veinticinco", "ocho pos del 27", and
# while finding it on the card: "mmm pérame", "este mire", "eh déjeme ver", "ah sí"
_FILLER = (
    r"(?:[\s,]*\b(?:e+h+|e+m+|h?m{2,}|a+h+|este|pues|pos|ay|bueno|o\s+sea|a\s+ver|ahorita|"
    r"mire|m[ií]reme|p[eé]rame|esp[eé]reme|d[eé]jeme\s+ver|deje\s+ver|s[ií]|creo|digo|tantito|"
    r"deje\s+veo|nada|ah\s+ver)\b)*"
)
# between the month and the year: "del", "de", "y el año", "año" ("el mes 8 y el año 31")
_YEAR_LEAD = (
    r"(?:(?:y\s+)?(?:el\s+)?(?:del?\s+)?(?:a[nñ]o\b"
    + _FILLER
    + r"\s*(?:es\b"
    + _FILLER
    + r"\s*)?)?)"
)
# the slash said aloud: "cero ocho barra dos siete"
_SLASH_SAID = r"\b(?:barra|diagonal|sobre|slash|gui[oó]n|raya)\b"
# "08/27", "8 del 27", "el mes 7 del año 31", "agosto de 2027", "agosto del año 27"
_EXPIRY_VALUE = (
    r"(?:(?:mes\s+)?(?<!\d)(?:0?[1-9]|1[0-2])"
    + _FILLER
    + r"\s*(?:(?:[/\-.,]|"
    + _SLASH_SAID
    + r")\s*)?"
    + _YEAR_LEAD
    + r"(?:20)?\d{2}(?!\d)|"
    + MONTHS
    + _FILLER
    + r"(?:\s*(?:[/\-.]|"
    + _SLASH_SAID
    + r")\s*|\s+)"
    + _YEAR_LEAD
    + r"(?:20)?\d{2}(?!\d))"
)
EXPIRY_IN_TURN = re.compile(_EXPIRY_NAMES + r"[^\d\n]{0,30}?(?P<value>" + _EXPIRY_VALUE + ")", F)
ROUTING_IN_TURN = re.compile(
    r"(?:ruta|routing|aba|n[uú]mero\s+de\s+ruta)[^\d\n]{0,25}?(?<!\d)(?P<value>\d{9})(?!\d)", F
)
CLABE_IN_TURN = re.compile(
    r"(?:clabe|cuenta\s+clabe)[^\d\n]{0,25}?(?<!\d)(?P<value>(?:\d[\s\-]?){17}\d)(?!\d)", F
)
ACCOUNT_IN_TURN = re.compile(
    r"(?:n[uú]mero\s+de\s+cuenta|cuenta\s+(?:de\s+)?(?:cheques|ahorros?|bancaria)|"
    r"mi\s+cuenta)[^\d\n]{0,25}?(?<!\d)(?P<value>\d{6,17})(?!\d)",
    F,
)
AMOUNT_WORDS = re.compile(
    r"\b(?:pesos|d[oó]lares|euros|centavos|cantidad|monto|importe|saldo|pago\s+de|"
    r"cuesta|cobr\w+)\b|\$",
    F,
)
BANK_WORDS = re.compile(r"\b(?:banco|bancaria|cheques|ahorros?|dep[oó]sito|cuenta)\b", F)


def clabe_ok(digits: str) -> bool:
    """A Mexican CLABE's check digit: weights 3, 7, 1 over the first 17 digits."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum(int(d) * (3, 7, 1)[k % 3] % 10 for k, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def aba_ok_es(value: str) -> bool:
    from .cards import aba_ok

    return aba_ok(digits_of(value))


def spanish_recognizers() -> list[EntityRecognizer]:
    def named(entity: str, name: str, pattern: re.Pattern[str], score: float, **kw):
        return ContextValueRecognizer(
            entity, f"qa-pci {name} (es)", pattern, score, language=LANGUAGE, **kw
        )

    return [
        AnyCaseIbanRecognizer(LANGUAGE),
        CardNumberRecognizer(LANGUAGE, CARD_CONTEXT, NOT_A_CARD_CONTEXT),
        named("CARD_CVV", "security code", CVV_IN_TURN, 0.9),
        named("CARD_CVV", "security code before", CVV_BEFORE, 0.9),
        named("CARD_EXPIRY", "expiry date", EXPIRY_IN_TURN, 0.9),
        named("BANK_ACCOUNT", "routing number", ROUTING_IN_TURN, 0.95, validate=aba_ok_es),
        named(
            "BANK_ACCOUNT",
            "clabe",
            CLABE_IN_TURN,
            0.95,
            validate=lambda v: clabe_ok(digits_of(v)),
        ),
        named("BANK_ACCOUNT", "bank account", ACCOUNT_IN_TURN, 0.85, turn_must_match=BANK_WORDS),
    ]


# what an agent (or an IVR) asks for: the answer in the customer's next turns is the value
CVV_ANSWER_ES = re.compile(r"(?<![\d.])(?P<value>" + _CODE_DIGITS + r")(?![\d.]?\d)(?![ .\-]\d)")
CARD_PROMPT = re.compile(
    r"n[uú]mero\s+de\s+(?:la\s+|su\s+)?tarjeta|(?:los\s+)?(?:16|diecis[eé]is)\s+d[ií]gitos|"
    r"tarjeta\s+de\s+(?:cr[eé]dito|d[eé]bito)|n[uú]mero\s+(?:de\s+)?(?:la\s+)?(?:visa|"
    r"master\s*card|amex)|datos\s+de\s+(?:la|su)\s+tarjeta|"
    # the card's number by what it is called and how it looks: "número largo del plástico",
    # "su número completo de la tarjeta", "su number de la card"
    r"n(?:[uú]mero|umber)(?:\s+(?:largo|completo|entero|grande|principal)){0,2}\s+"
    r"(?:de\s+(?:la\s+|su\s+)?|del\s+)(?:tarjeta|pl[aá]stico|card)",
    F,
)
CVV_PROMPT = re.compile(
    _CODE_NAMES
    # a bare "código" is the card's, but not the rest of one being given ("¿y el resto del
    # código?"), nor a place's ("¿qué código le toca?", "el código de su zona")
    + r"|(?<!resto\sdel\s)\bc[oó]dig(?:o|uito)\b(?!\s+(?:postal|de\s+[aá]rea|de\s+descuento|"
    + r"de\s+promoci[oó]n|le\s+toca|de\s+(?:su\s+|la\s+)?zona|de\s+all[aá]))"
    + r"|reverso|atr[aá]s",
    F,
)
# "mes y año" asks for an expiry, but "día, mes y año" says how a date is written
EXPIRY_PROMPT = re.compile(
    _EXPIRY_NAMES
    + r"|fecha\s+de\s+la\s+tarjeta|(?<!d[ií]a,\s)(?<!d[ií]a\s)mes\s+y\s+(?:el\s+)?a[nñ]o",
    F,
)
EXPIRY_ANSWER = re.compile(r"(?P<value>" + _EXPIRY_VALUE + ")", F)
ROUTING_PROMPT = re.compile(r"(?:n[uú]mero\s+de\s+)?ruta|routing|\baba\b", F)
ACCOUNT_PROMPT = re.compile(
    r"n[uú]mero\s+de\s+(?:su\s+)?cuenta|clabe|cuenta\s+(?:de\s+)?(?:cheques|ahorros?|bancaria)", F
)


def spanish_split_card_detector() -> SplitCardDetector:
    """A card read in pieces across turns ("ajá", "adelante" between), in Spanish."""
    return SplitCardDetector((LANGUAGE,), CARD_CONTEXT, NOT_A_CARD_CONTEXT, AMOUNT_WORDS)


def spanish_prompted_detector() -> PromptedValueDetector:
    from . import patterns as english

    expiry = any_of(EXPIRY_PROMPT, english.EXPIRY_PROMPT)
    return PromptedValueDetector(
        "qa-pci prompted values (es)",
        [
            Prompt("CARD_CVV", any_of(CVV_PROMPT, english.CVV_ASKED), CVV_ANSWER_ES, score=0.85),
            Prompt("CARD_EXPIRY", expiry, EXPIRY_ANSWER, score=0.85),
            Prompt("CARD_EXPIRY", expiry, date_answer(LANGUAGE), score=0.8),
            Prompt(
                "BANK_ACCOUNT",
                any_of(ROUTING_PROMPT, english.ROUTING_PROMPT),
                NINE_DIGITS,
                score=0.9,
                validate=aba_ok_es,
            ),
            Prompt("BANK_ACCOUNT", any_of(ACCOUNT_PROMPT, english.ACCOUNT_PROMPT), ACCOUNT_ANSWER),
            Prompt(
                "CREDIT_CARD",
                any_of(CARD_PROMPT, english.CARD_PROMPT),
                CARD_ANSWER,
                score=0.8,
                validate=lambda v: could_be_card_number(digits_of(v)),
                named=False,
            ),
        ],
        languages=(LANGUAGE,),
    )
