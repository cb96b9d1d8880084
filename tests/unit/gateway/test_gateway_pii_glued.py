"""A card number written next to other digits (pii._cards_in_run): found when it is its own
group(s) inside a run of digit groups; a run of digits with no separator stays one number."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmops.api.gateway_config import GuardrailPolicy
from llmops.gateway.guardrails.pii import PiiDetector, luhn_ok
from llmops.gateway.guardrails.policy import compile_guards
from llmops.gateway.streaming import HoldBackWindow

CARDS = ["4111111111111111", "5500000000000004", "340000000000009", "6011000000000004", "4222222222222",
         "6304000000000000018", "30569309025904"]


def cards(text: str) -> list[str]:
    return [text[m.start:m.end] for m in PiiDetector(["CreditCard"]).find(text)]


@pytest.mark.parametrize(("text", "card"), [
    ("ref 12 4111 1111 1111 1111 ok", "4111 1111 1111 1111"),  # after a short group
    ("1234 4111 1111 1111 1111", "4111 1111 1111 1111"),  # the first 16 digits fail Luhn
    ("call 555-1234 4111-1111-1111-1111.", "4111-1111-1111-1111"),  # after a phone number
    ("order 98765 4111111111111111 2 items", "4111111111111111"),  # one unformatted group
    ("amex 12 3400 000000 00009 99", "3400 000000 00009"),  # 4-6-5
    ("no 42 4222222222222", "4222222222222"),  # 13 digits
])
def test_a_card_among_other_digit_groups_is_found(text, card):
    assert cards(text) == [card]


def test_a_card_followed_by_more_groups_keeps_its_own_span():
    assert cards("4111 1111 1111 1111 1234 5678") == ["4111 1111 1111 1111"]
    assert cards("4111 1111 1111 1111 5500 0000 0000 0004") == ["4111 1111 1111 1111", "5500 0000 0000 0004"]


def test_a_chance_window_next_to_the_card_never_hides_part_of_it():
    # "1234 4111 1111 1111" passes Luhn by chance here: the window and the card are merged,
    # so no digit of the card is left out
    prefix = next(f"{n:04d}" for n in range(1000, 10000) if luhn_ok(f"{n:04d}411111111111"))
    text = f"x {prefix} 4111 1111 1111 1111 y"
    assert cards(text) == [f"{prefix} 4111 1111 1111 1111"]


@pytest.mark.parametrize("text", [
    "id 124111111111111111 end",  # 18 digits run together: one number, not searched inside
    "trace 100000000000000000000041111111111111111",
    "1 000 000 000 000 000 000",  # thousands: 3-digit groups and a leading 1
    "12 345 678 901 234 567 890",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",  # small numbers
    "0000 0000 0000 0000 4111",  # a card never starts with 0
])
def test_digit_runs_that_hold_no_printed_card_are_left_alone(text):
    assert cards(text) == []


SEPARATORS = st.sampled_from([" ", "-"])
GROUPS = st.lists(st.text(alphabet="0123456789", min_size=1, max_size=12), max_size=4)


# how cards are printed, by length (and all of them as one group)
PRINTED = {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def layout(card: str, grouped: bool, sep: str) -> str:
    if not grouped:
        return card
    out, at = [], 0
    for size in PRINTED[len(card)]:
        out.append(card[at:at + size])
        at += size
    return sep.join(out)


@settings(max_examples=max(300, int(os.environ.get("LLMOPS_FUZZ_EXAMPLES", "0"))), deadline=None, database=None)
@given(card=st.sampled_from(CARDS), grouped=st.booleans(), sep=SEPARATORS,
       before=GROUPS, after=GROUPS, seps=st.lists(SEPARATORS, min_size=10, max_size=10),
       words=st.sampled_from([("", ""), ("card ", " thanks"), ("x", "y")]))
def test_a_planted_card_is_found_whatever_digit_groups_surround_it(card, grouped, sep, before, after, seps, words):
    """Within what pii.py decides: the card is its own group(s), separated from the other digit
    groups around it by one space or dash (digits run into it with no separator are one number)."""
    printed = layout(card, grouped, sep)
    pieces = before + [printed] + after
    joiners = iter(seps)
    run = pieces[0] + "".join(next(joiners) + p for p in pieces[1:])
    text = words[0] + run + words[1]
    start = len(words[0]) + sum(len(p) + 1 for p in before)
    end = start + len(printed)
    spans = [(m.start, m.end) for m in PiiDetector(["CreditCard", "Phone", "SSN", "IBAN", "IPAddress"]).find(text)
             if m.entity == "CreditCard"]
    assert all(any(s <= i < e for s, e in spans) for i in range(start, end)), (text, spans)


def test_a_card_inside_a_long_run_is_redacted_in_a_stream():
    policy = GuardrailPolicy.model_validate({"name": "p", "output": {"pii": {"entities": ["CreditCard"]}}})
    w = HoldBackWindow(compile_guards([policy], "output"))
    text = "numbers: 1234 5678 9012 3456 7890 4111 1111 1111 1111 2468 1357 9753 done"
    released = "".join(w.push(ch) for ch in text) + w.flush()
    assert "4111 1111 1111 1111" not in released and "[CREDIT_CARD]" in released
    assert released.startswith("numbers: ") and released.endswith(" done")
