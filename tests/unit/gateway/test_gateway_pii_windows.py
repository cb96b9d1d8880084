"""The digit-led PII pattern runs only over the stretches that can hold a match
(pii.digit_windows): the matches must be exactly those of one pass over the whole text."""

from __future__ import annotations

import random

from llmops.gateway.guardrails import pii

PIECES = [
    "4111 1111 1111 1111", "5500-0000-0000-0004", "+1 415 555 2671", "(415) 555-2671", "030 1234 5678",
    "123-45-6789", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "192.168.0.1", "10.0.0.255",
    "order 12345678", "v1.2.3", "+", "(", "9", "-", ".", " ", "x", "AB", "é", "\n",
    "lorem ipsum dolor sit amet " * 3, "a" * 70, " " * 63, " " * 64, " " * 65,
]


def _whole_pass(text: str) -> list[tuple[str | None, int, int]]:
    regex = pii.PiiDetector(pii.PLACEHOLDERS)._digit_led
    assert regex is not None
    return [(m.lastgroup, m.start(), m.end()) for m in regex.finditer(text)]


def _windowed(text: str) -> list[tuple[str | None, int, int]]:
    regex = pii.PiiDetector(pii.PLACEHOLDERS)._digit_led
    assert regex is not None
    return [(m.lastgroup, m.start(), m.end()) for pos, end in pii.digit_windows(text) for m in regex.finditer(text, pos, end)]


def test_windows_find_what_one_pass_finds():
    rng = random.Random(20261128)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        assert _windowed(text) == _whole_pass(text), text


def test_windows_skip_text_without_candidates():
    assert pii.digit_windows("no digits here at all") == []
    assert pii.digit_windows("") == []
    text = "a" * 100 + "4111 1111 1111 1111" + "b" * 200 + "+1 415 555 2671" + "c" * 10
    windows = pii.digit_windows(text)
    assert len(windows) == 2 and windows[0][0] == 100 and windows[1][1] == len(text)


def test_non_ascii_text_is_scanned_whole():
    text = "café 4111 1111 1111 1111"
    assert pii.digit_windows(text) == [(0, len(text))]
    assert [m.entity for m in pii.PiiDetector(["CreditCard"]).find(text)] == ["CreditCard"]
