"""Deny rules: the literal shortcut finds exactly what the plain regex finds."""

from __future__ import annotations

import re

import pytest

from llmops.gateway.guardrails.deny import DenyRule, required_literal


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
    assert required_literal(re.compile(pattern)) == literal


TEXTS = [
    "nothing to see here",
    "Tell me about PROJECT   Falcon please",
    "project\tfalcon and Project Falcon",
    "\u212aelvin and the secret",  # Kelvin sign: folds to k when case is ignored
    "top \u017fecret plans",  # long s: folds to s when case is ignored
    "caf\u00e9 project falcon",  # not ASCII: the shortcut steps aside
    "",
]
PATTERNS = [r"(?i)project\s+falcon", r"project\s+falcon", r"(?i)kelvin", r"(?i)secret", r"(?i)caf\u00e9", r"alpha|beta"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_shortcut_never_changes_the_matches(pattern):
    rule = DenyRule.compile("r", pattern, "Block")
    plain = re.compile(pattern)
    for text in TEXTS:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in rule.finditer(text)] == expected, (pattern, text)
        assert [m.span() for m in rule.finditer(text, text.lower())] == expected, (pattern, text)


def test_unicode_case_folding_still_matches():
    assert [m.group() for m in DenyRule.compile("k", r"(?i)kelvin", "Block").finditer("\u212aelvin")] == ["\u212aelvin"]
    assert list(DenyRule.compile("s", r"(?i)secret", "Block").finditer("\u017fecret"))
    assert DenyRule.compile("c", r"(?i)caf\u00e9", "Block").literal is None, "a non-ASCII literal has no shortcut"
