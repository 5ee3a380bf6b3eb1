"""Card number arithmetic: Luhn, brands by IIN range and length, ABA routing checksum."""

from __future__ import annotations

# (IIN prefix range low, high, prefix length, allowed lengths)
_BRANDS: tuple[tuple[str, int, int, int, frozenset[int]], ...] = (
    ("visa", 4, 4, 1, frozenset({13, 16, 19})),
    ("mastercard", 51, 55, 2, frozenset({16})),
    ("mastercard", 2221, 2720, 4, frozenset({16})),
    ("amex", 34, 34, 2, frozenset({15})),
    ("amex", 37, 37, 2, frozenset({15})),
    ("discover", 6011, 6011, 4, frozenset(range(16, 20))),
    ("discover", 644, 649, 3, frozenset(range(16, 20))),
    ("discover", 65, 65, 2, frozenset(range(16, 20))),
    ("jcb", 3528, 3589, 4, frozenset(range(16, 20))),
    ("jcb", 2131, 2131, 4, frozenset({15})),
    ("jcb", 1800, 1800, 4, frozenset({15})),
    ("diners", 300, 305, 3, frozenset(range(14, 20))),
    ("diners", 36, 36, 2, frozenset(range(14, 20))),
    ("diners", 38, 39, 2, frozenset(range(16, 20))),
    ("unionpay", 62, 62, 2, frozenset(range(16, 20))),
    ("maestro", 50, 50, 2, frozenset(range(12, 20))),
    ("maestro", 56, 69, 2, frozenset(range(12, 20))),
    ("uatp", 1, 1, 1, frozenset({15})),
)


def digits_of(text: str) -> str:
    """The digits of a number however it was typed ("217 063 393" → "217063393")."""
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def brand(digits: str) -> str | None:
    """The card brand whose IIN range and length fit ``digits``, if any."""
    for name, low, high, width, lengths in _BRANDS:
        if len(digits) in lengths and len(digits) >= width and low <= int(digits[:width]) <= high:
            return name
    return None


def is_card_number(digits: str) -> bool:
    """A valid PAN: a known brand's IIN range and length, and the Luhn check."""
    return brand(digits) is not None and luhn_ok(digits)


def could_be_card_number(digits: str) -> bool:
    """Plausible when ASR broke the check digit: a card-like length and leading digit."""
    return 13 <= len(digits) <= 19 and digits[0] in "123456"


def aba_ok(digits: str) -> bool:
    """The ABA routing number checksum (3-7-1 weights)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
