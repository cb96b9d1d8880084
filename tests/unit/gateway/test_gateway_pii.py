"""PII detection: true positives, and the look-alikes that must not be redacted."""

from __future__ import annotations

import pytest

from llmops.gateway.guardrails.pii import PiiDetector, iban_ok, luhn_ok

ALL = ["Email", "Phone", "CreditCard", "SSN", "IBAN", "IPAddress"]


def found(text: str, entities=ALL) -> list[tuple[str, str]]:
    return [(m.entity, text[m.start:m.end]) for m in PiiDetector(entities).find(text)]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("write to jane.doe+billing@example.co.uk today", "Email", "jane.doe+billing@example.co.uk"),
        ("call +1 415 555 2671 now", "Phone", "+1 415 555 2671"),
        ("call (415) 555-2671", "Phone", "(415) 555-2671"),
        ("office: 030 1234 5678", "Phone", "030 1234 5678"),
        ("card 4111 1111 1111 1111 exp 12/29", "CreditCard", "4111 1111 1111 1111"),
        ("card 5500-0000-0000-0004.", "CreditCard", "5500-0000-0000-0004"),
        ("ssn 123-45-6789", "SSN", "123-45-6789"),
        ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN", "DE89 3704 0044 0532 0130 00"),
        ("iban GB82WEST12345698765432", "IBAN", "GB82WEST12345698765432"),
        ("from 192.168.10.254.", "IPAddress", "192.168.10.254"),
        ("v6 2001:db8::8a2e:370:7334 host", "IPAddress", "2001:db8::8a2e:370:7334"),
    ],
)
def test_true_positives(text, entity, value):
    assert (entity, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 4111 1111 1111 1112 shipped",  # fails Luhn
        "invoice number 1234567890123",  # fails Luhn, no formatting
        "IBAN DE89 3704 0044 0532 0130 01",  # checksum fails
        "version 1.2.3.4.5 of the tool",  # not an address (five parts)
        "at 10:30:45 the meeting",  # a time, not IPv6
        "the year 2024-2025 was good",
        "reference 0000000000",
        "ssn-like 000-12-3456 and 666-12-3456",  # invalid SSN areas
        "email me at jane at example dot com",
        "256.1.1.1 is not valid",
    ],
)
def test_false_positives_are_not_found(text):
    assert found(text) == []


def test_only_configured_entities():
    text = "jane@example.com 192.168.0.1"
    assert [e for e, _ in found(text, ["IPAddress"])] == ["IPAddress"]


def test_unknown_entity_is_refused():
    with pytest.raises(ValueError):
        PiiDetector(["Passport"])


def test_checksums():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")


def test_overlapping_candidates_yield_the_longest_earliest_entity():
    text = "IBAN DE89 3704 0044 0532 0130 00 then card 4111-1111-1111-1111 and +44 20 7946 0958"
    assert found(text) == [
        ("IBAN", "DE89 3704 0044 0532 0130 00"),
        ("CreditCard", "4111-1111-1111-1111"),
        ("Phone", "+44 20 7946 0958"),
    ]


def test_text_without_triggers_is_clean():
    assert found("Nothing personal here, just words and punctuation: a, b; c!") == []


def test_iban_checksum_on_letters_and_odd_input():
    assert iban_ok("DE89 3704 0044 0532 0130 00") and not iban_ok("DE89 3704 0044 0532 0130 01")
    assert iban_ok("GB82WEST12345698765432")
    assert not iban_ok("GB82 WEST 1234") and not iban_ok("GB82 WE$T 1234 5698 7654 32")


def test_an_entity_not_asked_for_never_hides_one_that_is():
    # "(555) 4111 1111" reads as a phone number; with Phone off it used to be matched anyway
    # and skipped, hiding the card number that starts inside it
    from llmops.gateway.guardrails.pii import PiiDetector
    text = "(555) 4111 1111 1111 1111"
    assert [(m.entity, text[m.start:m.end]) for m in PiiDetector(["CreditCard"]).find(text)] == [("CreditCard", "4111 1111 1111 1111")]
