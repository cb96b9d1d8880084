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

# Speed matters here (this runs over every prompt): Python's regex engine skips quickly to
# candidate positions only when a pattern *starts* with a character class. So every entity
# that starts with a digit, "+" or "(" lives in one pattern that starts with `[+(0-9]` and
# checks what precedes the match by a lookbehind placed after that first character; IBANs
# are found from their first check digit and widened by the two country letters; e-mail
# addresses are found from their "@"; IPv6 only runs when the text has a ":".
_DIGIT_ALTERNATIVES = {
    "IBAN": r"(?P<IBAN>(?<=[A-Z]{2}[0-9])(?<![A-Za-z0-9][A-Z]{2}[0-9])[0-9](?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9]))",
    "IPAddress": r"(?P<IPAddress>(?<=[0-9])(?<![0-9.].)[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?!\.?[0-9]))",
    "SSN": r"(?P<SSN>(?<=[0-9])(?<![0-9-].)[0-9]{2}(?<!000)(?<!666)(?<!9[0-9][0-9])-(?!00)[0-9]{2}-(?!0000)[0-9]{4}(?![0-9-]))",
    # a whole run of 13-19 digits, or (CardRun) a longer run of digit groups that may hold one
    "CreditCard": (
        r"(?P<CreditCard>(?<=[0-9])(?<![0-9].)(?:[ -]?[0-9]){12,18}(?![0-9]|[ -][0-9]))"
        r"|(?P<CardRun>(?<=[0-9])(?<![0-9].)(?=(?:[ -]?[0-9]){12})[0-9]*(?:[ -][0-9]+)+)"
    ),
    "Phone": (
        r"(?P<Phone>(?<![\w+].)(?:"
        r"(?<=\+)(?:[0-9]{1,3}[ .-]?(?:\([0-9]{2,4}\)[ .-]?|[0-9]{2,4}[ .-])[0-9]{3,4}[ .-]?[0-9]{3,4}|[0-9]{7,14})"
        r"|(?<=\()[0-9]{2,4}\)[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}"
        r"|(?<=[0-9])[0-9]{1,3}[ .-][0-9]{3,4}[ .-]?[0-9]{3,4}"
        r")(?!\w))"
    ),
}


def _digit_led(entities: frozenset[str]) -> str:
    """The one pattern of the wanted digit-led entities, in a fixed order. Only the wanted
    ones: an entity that is not wanted must not take the place of one that is (a phone number
    "0000 4111 1111" would hide the card number 4111 1111 1111 1111 that follows it)."""
    return r"[+(0-9](?:" + "|".join(_DIGIT_ALTERNATIVES[e] for e in _DIGIT_ALTERNATIVES if e in entities) + ")"


_IPV6 = r"[0-9A-Fa-f:](?<![\w:].)[0-9A-Fa-f]{0,3}:[0-9A-Fa-f:]{1,36}(?![\w:])"
_EMAIL_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_EMAIL_DOMAIN = r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])"
_DIGIT_ENTITIES = ("IBAN", "IPAddress", "SSN", "CreditCard", "Phone")

# Widest match of the entities other than e-mail (an IBAN: 43 characters; IPv6: 41), with the
# two characters of lookahead that can still change a match at the end of a streamed buffer.
PII_WIDTH = 48
# An e-mail address spans up to 64 + 1 + 600 characters, but never a space: a stream holds back
# the trailing run without spaces up to this length (streaming.HoldBackWindow), not 665 always.
EMAIL_WIDTH = 665

# Where the digit-led pattern can match. The engine tests its first class at every position (~7 ns a
# character here, ~15 us over a 2 KB prompt); in ASCII text bytes.translate + bytes.find locate
# the stretches holding a "+", "(" or digit in C, and the pattern runs only over those. A match
# starts at such a character and spans at most 41 characters plus 2 of lookahead (lookbehinds
# see before `pos`), so a stretch ends 64 characters after its last candidate and the result is
# the same as one pass over the whole text.
_CANDIDATES = bytes(49 if chr(i) in "+(0123456789" else 48 for i in range(256))  # b"1" / b"0"
_GAP = 64
_NO_CANDIDATE_RUN = b"0" * _GAP


def digit_windows(text: str) -> list[tuple[int, int]]:
    """(pos, endpos) stretches of `text` outside which the digit-led pattern cannot match (see _CANDIDATES)."""
    if not text.isascii():
        return [(0, len(text))]
    marks = text.encode("ascii").translate(_CANDIDATES)
    size = len(marks)
    windows = []
    at = marks.find(b"1")
    while at >= 0:
        gap = marks.find(_NO_CANDIDATE_RUN, at)
        if gap < 0:
            windows.append((at, size))
            break
        windows.append((at, gap + _GAP))  # the run after the last candidate holds no other
        at = marks.find(b"1", gap + _GAP)
    return windows


# Luhn: every second digit from the right is doubled (digits of the product summed): one
# translate() maps those digits to that value, and summing the ASCII codes adds them up in C.
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn_ok(digits: str) -> bool:
    """`digits`: ASCII digits only."""
    total = sum(digits[-1::-2].encode()) + sum(digits[-2::-2].translate(_LUHN_DOUBLED).encode())
    return (total - 48 * len(digits)) % 10 == 0


# ISO 13616: letters count as two-digit numbers (A=10 ... Z=35); one translate() call does it.
_IBAN_DIGITS = str.maketrans({ch: str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})


def iban_ok(candidate: str) -> bool:
    text = candidate.replace(" ", "")
    if not 15 <= len(text) <= 34:
        return False
    number = (text[4:] + text[:4]).translate(_IBAN_DIGITS)
    return number.isascii() and number.isdigit() and int(number) % 97 == 1


def _card_ok(candidate: str) -> bool:
    digits = candidate.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


# A card number written next to other digits: "ref 12 4111 1111 1111 1111", "call 555-1234
# 4111-1111-1111-1111". The digit-led pattern takes a run of digit groups (digits joined by single
# spaces or dashes) as one CreditCard candidate when it holds 13-19 digits, and as a CardRun when
# it holds more; when the candidate is not a card as a whole, the run's windows are checked: whole
# groups only, the first of 4 or more digits not starting with 0 and the others of 3 or more
# (cards are printed 4-4-4-4, 4-6-5, 4-4-4-4-3 or as one group; never in groups of 1-2 or from a
# 3-digit group, which keeps lists of small numbers and thousands written "1 000 000" out), 13-19
# digits in all, Luhn-valid. Digits run together with no separator stay one number (an 18-digit
# or 30-digit ID is not searched inside: about one window in ten passes Luhn by chance). A phone
# number inside such a run is not looked for (as before: the run is consumed).
_GROUP = re.compile(r"[0-9]+")


def _cards_in_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The card numbers inside the run of digit groups text[start:end] (windows as above,
    overlapping ones merged so that a chance window never hides part of a card)."""
    groups = [(g.start(), g.end()) for g in _GROUP.finditer(text, start, end)]
    windows: list[tuple[int, int]] = []
    for i, (first, first_end) in enumerate(groups):
        if first_end - first < 4 or text[first] == "0":
            continue
        digits = text[first:first_end]
        for j in range(i, len(groups)):
            if j > i:
                g_start, g_end = groups[j]
                if g_end - g_start < 3:
                    break
                digits += text[g_start:g_end]
            if len(digits) > 19:
                break
            if len(digits) >= 13 and luhn_ok(digits):
                last = groups[j][1]
                if windows and first < windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(windows[-1][1], last))
                else:
                    windows.append((first, last))
    return windows


def _ip_ok(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return ":" not in candidate or sum(ch != ":" for ch in candidate) >= 2


def _phone_ok(candidate: str) -> bool:
    # A candidate is ASCII digits and separators (the pattern allows nothing else).
    digits = len(candidate.encode().translate(None, b" .-()+"))
    return 7 <= digits <= 15


_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "IBAN": iban_ok,
    "CreditCard": _card_ok,
    "CardRun": lambda candidate: False,  # never a card as a whole: its windows are (find)
    "IPAddress": _ip_ok,
    "Phone": _phone_ok,
}


@dataclass(slots=True)  # not frozen: cheaper to build; treated as immutable
class Match:
    entity: str
    start: int
    end: int


class PiiDetector:
    """Finds the configured entities in text. Built once per config load."""

    def __init__(self, entities: Iterable[str]) -> None:
        wanted = set(entities)
        unknown = wanted - set(PLACEHOLDERS)
        if unknown:
            raise ValueError(f"unknown PII entities: {sorted(unknown)}")
        self.entities = frozenset(wanted)
        self._digit_led = re.compile(_digit_led(self.entities)) if wanted & set(_DIGIT_ENTITIES) else None
        self._ipv6 = re.compile(_IPV6) if "IPAddress" in wanted else None
        self._email_domain = re.compile(_EMAIL_DOMAIN) if "Email" in wanted else None

    def find(self, text: str) -> list[Match]:
        found: list[Match] = []
        if self._digit_led is not None:
            search = self._digit_led.search
            for pos, endpos in digit_windows(text):
                m = search(text, pos, endpos)
                while m is not None:
                    entity = m.lastgroup
                    start = m.start() - 2 if entity == "IBAN" else m.start()
                    end = m.end()
                    check = _VALIDATORS.get(entity)
                    if check is None or check(text[start:end]):
                        found.append(Match(entity, start, end))
                    elif entity == "CreditCard" or entity == "CardRun":  # cards inside the run
                        found.extend(Match("CreditCard", s, e) for s, e in _cards_in_run(text, start, end))
                    # a candidate its validator refuses is consumed all the same: a number
                    # inside a bad card or IBAN is not taken for a phone or a card (false
                    # positives); digits run together with others are ambiguous by nature
                    m = search(text, end, endpos)
        if self._ipv6 is not None and ":" in text:
            for m in self._ipv6.finditer(text):
                if _ip_ok(m.group()):
                    found.append(Match("IPAddress", m.start(), m.end()))
        if self._email_domain is not None and "@" in text:
            found.extend(self._emails(text))
        if len(found) > 1:
            found.sort(key=lambda m: (m.start, -m.end))
            kept = [found[0]]
            for m in found[1:]:
                if m.start >= kept[-1].end:
                    kept.append(m)
            found = kept
        return found

    def _emails(self, text: str) -> list[Match]:
        out = []
        at = text.find("@")
        while at >= 0:
            start = at
            while start > 0 and at - start < 65 and text[start - 1] in _EMAIL_LOCAL:
                start -= 1
            domain = self._email_domain.match(text, at + 1) if start < at and at - start <= 64 else None
            if domain is not None:
                out.append(Match("Email", start, domain.end()))
                at = text.find("@", domain.end())
            else:
                at = text.find("@", at + 1)
        return out
