"""Personal data detection: one combined regex pass, then checksum validators.

Candidates are found by regex and confirmed by a validator where the format has one (Luhn for
card numbers, ISO 7064 mod 97 for IBANs, the address parser for IPv6), which keeps order
numbers and timestamps from being redacted. Every pattern is bounded in length so that the
stream hold-back window (see streaming.py) can cover a whole match.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

PLACEHOLDERS = {
    "Email": "[EMAIL]",
    "Phone": "[PHONE]",
    "CreditCard": "[CREDIT_CARD]",
    "SSN": "[SSN]",
    "IBAN": "[IBAN]",
    "IPAddress": "[IP_ADDRESS]",
}

# Order matters where candidates overlap at the same position: longer, checksummed formats first.
_PATTERNS: dict[str, str] = {
    "Email": r"(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])",
    "IBAN": r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])",
    "CreditCard": r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])",
    "SSN": r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])",
    "IPAddress": r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)"
    r"|(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])",
    "Phone": r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]?\d{3,4}(?![\w])"
    r"|(?<![\w+])\+\d{7,14}(?!\w)",
}

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    text = candidate.replace(" ", "")
    if not 15 <= len(text) <= 34:
        return False
    rearranged = text[4:] + text[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _card_ok(candidate: str) -> bool:
    digits = candidate.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


def _ip_ok(candidate: str) -> bool:
    if ":" not in candidate:
        return True  # the IPv4 pattern only matches valid dotted quads
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return sum(ch != ":" for ch in candidate) >= 2


def _phone_ok(candidate: str) -> bool:
    # A bare run of digits is an order number as often as a phone number: require a sign of
    # formatting (separator, parentheses or a leading +).
    digits = sum(ch.isdigit() for ch in candidate)
    return 7 <= digits <= 15


_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "IBAN": iban_ok,
    "CreditCard": _card_ok,
    "IPAddress": _ip_ok,
    "Phone": _phone_ok,
}


@dataclass(frozen=True, slots=True)
class Match:
    entity: str
    start: int
    end: int


class PiiDetector:
    """Finds the configured entities in text. Built once per config load."""

    def __init__(self, entities: Iterable[str]) -> None:
        wanted = set(entities)
        unknown = wanted - _PATTERNS.keys()
        if unknown:
            raise ValueError(f"unknown PII entities: {sorted(unknown)}")
        self.entities = tuple(name for name in _PATTERNS if name in wanted)
        alternation = "|".join(f"(?P<{name}>{_PATTERNS[name]})" for name in self.entities)
        self._regex = re.compile(alternation)

    def find(self, text: str) -> list[Match]:
        found = []
        for m in self._regex.finditer(text):
            entity = m.lastgroup
            check = _VALIDATORS.get(entity)
            if check is None or check(m.group()):
                found.append(Match(entity, m.start(), m.end()))
        return found
