"""Deny rules: RE2 only (linear time), the literal shortcut finds exactly what the plain
pattern finds, and the width a stream must hold back for each pattern."""

from __future__ import annotations


import pytest

import re2

from llmops.api.gateway_config import DenyPattern
from llmops.api.patterns import PatternError, compile_pattern
from llmops.gateway.guardrails.deny import UNBOUNDED, DenyRule, max_width, required_literal


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"(?i)project\s+falcon", "project"),
        (r"project\s+falcon", "project"),
        (r"\bsecret-(?:alpha|beta)\b", "secret-"),
        (r"ab(cd)?efgh", "efgh"),
        (r"alpha|beta", None),
        (r"(?:alpha)", "alpha"),  # a plain non-capturing group is inlined by the parser
        (r"(alpha)", None),
        (r"\d{4}", None),
    ],
)
def test_required_literal(pattern, literal):
    assert required_literal(pattern)[0] == literal


TEXTS = [
    "nothing to see here",
    "Tell me about PROJECT   Falcon please",
    "project\tfalcon and Project Falcon",
    "\u212aelvin and the secret",  # Kelvin sign: folds to k when case is ignored
    "top \u017fecret plans",  # long s: folds to s when case is ignored
    "caf\u00e9 project falcon",  # not ASCII: the shortcut steps aside
    "",
]
PATTERNS = [r"(?i)project\s+falcon", r"project\s+falcon", r"(?i)kelvin", r"(?i)secret", "(?i)caf\u00e9", r"alpha|beta"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_shortcut_never_changes_the_matches(pattern):
    rule = DenyRule.compile("r", pattern, "Block")
    plain = re2.compile(pattern)
    for text in TEXTS:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in rule.finditer(text)] == expected, (pattern, text)
        assert [m.span() for m in rule.finditer(text, text.lower())] == expected, (pattern, text)


def test_unicode_case_folding_still_matches():
    assert [m.group() for m in DenyRule.compile("k", r"(?i)kelvin", "Block").finditer("\u212aelvin")] == ["\u212aelvin"]
    assert list(DenyRule.compile("s", r"(?i)secret", "Block").finditer("\u017fecret"))
    assert DenyRule.compile("c", "(?i)caf\u00e9", "Block").literal is None, "a non-ASCII literal has no shortcut"


def test_python_only_syntax_has_no_shortcut():
    # [[:alpha:]] is a POSIX class in RE2 but a nested set to CPython: no literal is taken from it
    assert required_literal("[[:alpha:]]+x") == (None, False)
    assert [m.span() for m in DenyRule.compile("p", "[[:alpha:]]+x", "Block").finditer("abcx")] == [(0, 4)]


def test_nested_quantifiers_run_in_linear_time():
    # With a backtracking engine this pattern takes 2**n steps on n "a"s and no match: at
    # n = 40 the test would not finish. RE2 answers at once.
    rule = DenyRule.compile("nested", r"(a+)+$", "Block")
    assert list(rule.finditer("a" * 40 + "!")) == []
    assert [m.span() for m in rule.finditer("a" * 40)] == [(0, 40)]


@pytest.mark.parametrize(("pattern", "reason"), [
    (r"(?=secret)secret", "invalid perl operator"),  # lookahead
    (r"(\w+)\1", "invalid escape sequence"),  # backreference
    (r"(a{1000}){1000}", "invalid repetition size"),
    (r"(unclosed", "missing )"),
])
def test_backtracking_only_syntax_is_refused_with_the_pattern_named(pattern, reason):
    with pytest.raises(PatternError) as err:
        compile_pattern(pattern)
    assert reason in str(err.value) and repr(pattern) in str(err.value)
    # the config model refuses exactly the same, with the same message
    with pytest.raises(ValueError) as err:
        DenyPattern.model_validate({"name": "x", "pattern": pattern})
    assert reason in str(err.value) and repr(pattern) in str(err.value)


@pytest.mark.parametrize(("pattern", "width"), [
    ("secret", 6),
    (r"(?i)project\s+falcon", 14),  # a whitespace run is one space in the normalised view
    (r"ab(cd)?e|xyzxyzxyz", 9),
    (r"\d{3}-\d{4}", 8),
    (r"secret.*code", UNBOUNDED),
    (r"\pL+", UNBOUNDED),  # RE2-only syntax: no bound we can vouch for
])
def test_max_width(pattern, width):
    assert max_width(pattern) == width
