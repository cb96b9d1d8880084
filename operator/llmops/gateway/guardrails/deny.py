"""Deny patterns (the config's own regexes), with a cheap exact test that skips most scans.

A pattern written as `(?i)project\\s+falcon` costs a regex attempt at every position of a
long prompt: Python's engine only jumps to candidates for patterns that start with a
case-sensitive literal or class. But every match of such a pattern contains the literal run
`project`, so when the text does not contain it the scan cannot find anything. The test is
exact: a plain substring test for case-sensitive patterns; for case-insensitive ones it runs
only when both the literal and the text are ASCII (where ignoring case is exactly comparing
lower-cased strings); otherwise the pattern simply runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


def required_literal(regex: re.Pattern[str]) -> str | None:
    """The longest run of literal characters that every match contains, from the top-level
    sequence of the parsed pattern (an alternation or a group at the top gives none)."""
    try:
        from re import _parser  # CPython's own parser; any surprise only costs the shortcut
        items = list(_parser.parse(regex.pattern, regex.flags & ~re.IGNORECASE))
        literal_op = _parser.LITERAL
    except Exception:  # an unfamiliar parser (another Python): the pattern runs without a shortcut
        return None
    best, run = "", []
    for op, arg in items:
        if op is literal_op:
            run.append(chr(arg))
            continue
        best = max(best, "".join(run), key=len)
        run = []
    best = max(best, "".join(run), key=len)
    return best or None


@dataclass(frozen=True, slots=True)
class DenyRule:
    name: str
    regex: re.Pattern[str]
    action: str
    literal: str | None  # see required_literal; lower-cased when the pattern ignores case
    ignore_case: bool

    @classmethod
    def compile(cls, name: str, pattern: str, action: str) -> DenyRule:
        regex = re.compile(pattern)
        ignore_case = bool(regex.flags & re.IGNORECASE)
        literal = required_literal(regex)
        if literal is not None and ignore_case:
            literal = literal.lower() if literal.isascii() else None
        return cls(name, regex, action, literal, ignore_case)

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches; `lower` is text.lower() when the caller has it already."""
        literal = self.literal
        if literal is not None:
            if not self.ignore_case:
                if literal not in text:
                    return iter(())
            elif text.isascii() and literal not in (lower if lower is not None else text.lower()):
                return iter(())
        return self.regex.finditer(text)
