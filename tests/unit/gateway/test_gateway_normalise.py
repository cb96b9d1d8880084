"""The normalised view: what it folds, and that every hit maps back to the original span."""

from __future__ import annotations

import pytest

from llmops.api.gateway_config import GuardrailPolicy
from llmops.gateway.guardrails.normalise import normalise
from llmops.gateway.guardrails.policy import apply_hits, compile_guards, find_hits, first_block


@pytest.mark.parametrize(("text", "view"), [
    ("plain text", "plain text"),
    ("a  b\n\n\tc", "a b c"),
    ("ig\u200bno\u00adre\u2060 \ufeffall", "ignore all"),
    ("\uff29\uff47\uff4e\uff4f\uff52\uff45", "Ignore"),
    ("\uff14\uff11\uff11\uff11", "4111"),
    ("\ufb01le\u00a0\u3000x", "file x"),
    ("a\x00b\x07c", "abc"),
    ("\ud800 lone", "\ufffd lone"),
    ("e\u0301", "e\u0301"),  # per character: no canonical composition across characters
    ("\u2460\u2461", "12"),  # circled digits
])
def test_view(text, view):
    assert normalise(text).text == view


def test_plain_ascii_is_its_own_view():
    n = normalise("hello world, nothing special here.")
    assert n.identity and n.span(6, 11) == (6, 11)


def guards(**rules):
    return compile_guards([GuardrailPolicy.model_validate({"name": "p", "input": rules})], "input")


@pytest.mark.parametrize(("text", "expected"), [
    ("card \uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 ok", "card [CREDIT_CARD] ok"),
    ("card 4111\u200b1111\u200b1111\u200b1111 ok", "card [CREDIT_CARD] ok"),
    ("mail j\u200bo@ex\u00adample.com now", "mail [EMAIL] now"),
    ("ssn 123\u2010\u200b45-6789.", "ssn 123\u2010\u200b45-6789."),  # a hyphen NFKC keeps: not an SSN dash
    ("call  +1  555  123  4567  now", "call  [PHONE]  now"),
])
def test_pii_evasions_are_redacted_in_the_original(text, expected):
    g = guards(pii={"entities": ["Email", "Phone", "CreditCard", "SSN"]})
    assert apply_hits(text, find_hits(g, text)) == expected


def test_deny_pattern_sees_through_spacing_and_width():
    g = guards(deny=[{"name": "falcon", "pattern": "(?i)project falcon", "action": "Block"}])
    for text in ["project   falcon", "PROJECT\n\nFALCON", "\uff50roject fal\u200bcon", "project\u00a0falcon"]:
        assert first_block(find_hits(g, text)) is not None, text
    assert first_block(find_hits(g, "project falconry"[:8])) is None


def test_spans_map_back_to_the_characters_that_produced_them():
    text = "x \uff41\u200b@\uff42.io\u3000y"
    n = normalise(text)
    start = n.text.index("a@b.io")
    s, e = n.span(start, start + 6)
    assert normalise(text[s:e]).text == "a@b.io"


def test_a_lone_surrogate_reaches_no_matcher():
    # RE2 reads UTF-8: a lone surrogate in the text it matched raised UnicodeEncodeError (a 500),
    # found by bench/gateway/fuzz.py. The shortcut steps aside for non-ASCII text, so RE2 runs.
    g = guards(deny=[{"name": "falcon", "pattern": "(?i)project\\s+falcon", "action": "Redact"}])
    text = "\ud800 caf\u00e9 project falcon"
    assert apply_hits(text, find_hits(g, text)) == "\ud800 caf\u00e9 [falcon]"
