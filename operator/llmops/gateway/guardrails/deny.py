"""Deny patterns (the config's own regexes) on RE2, with a cheap exact test that skips most
scans, and the longest text a pattern can match (the stream hold-back of the rule).

RE2 (llmops.api.patterns) runs in linear time: no pattern can stall the event loop. Every
match of `(?i)project\\s+falcon` contains the literal run `project`, so when the text does not
contain it the scan cannot find anything. The literal is read from CPython's parser of the same
pattern, and only when that parser reads it without complaint (the two dialects agree on
literal characters; where a pattern uses RE2-only syntax there is no shortcut). The test is
exact: a plain substring test for case-sensitive patterns; for case-insensitive ones it runs
only when both the literal and the text are ASCII (where ignoring case is exactly comparing
lower-cased strings); otherwise the pattern simply runs.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from llmops.api.patterns import compile_pattern

UNBOUNDED = 1 << 30  # a width meaning "no bound": the stream hold-back cap applies


def _parse(pattern: str) -> Any | None:
    """CPython's parse tree of `pattern`, or None when CPython reads it differently or not at all."""
    try:
        from re import _parser  # CPython's own parser; any surprise only costs the shortcut
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set" ([[:alpha:]]): RE2 reads it otherwise
            return _parser.parse(pattern)
    except Exception:
        return None


def required_literal(pattern: str) -> tuple[str | None, bool]:
    """(the longest run of literal characters every match contains, whether the pattern ignores
    case), from the top-level sequence of the parsed pattern (an alternation or a group at the
    top gives none)."""
    tree = _parse(pattern)
    if tree is None:
        return None, False
    from re import _parser
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    best, run = "", []
    for op, arg in tree:
        if op is _parser.LITERAL:
            run.append(chr(arg))
            continue
        best = max(best, "".join(run), key=len)
        run = []
    best = max(best, "".join(run), key=len)
    return best or None, ignore_case


def literal_prefix(pattern: str) -> tuple[str | None, bool]:
    """(the literal characters every match starts with, whether case is ignored), from
    CPython's parse of the pattern; (None, False) when a match may start otherwise."""
    tree = _parse(pattern)
    if tree is None:
        return None, False
    from re import _parser
    run = []
    for op, arg in tree:
        if op is not _parser.LITERAL:
            break
        run.append(chr(arg))
    return ("".join(run) or None), bool(tree.state.flags & re.IGNORECASE)


def _whitespace_only(items: Any) -> bool:
    """A one-character item that only matches whitespace: in the normalised view (whitespace
    runs collapsed to one space) a repetition of it matches at most one character."""
    from re import _parser
    if len(items) != 1:
        return False
    op, arg = items[0]
    if op is _parser.LITERAL:
        return chr(arg).isspace()
    if op is _parser.IN:
        return all((o is _parser.CATEGORY and a is _parser.CATEGORY_SPACE) or (o is _parser.LITERAL and chr(a).isspace())
                   for o, a in arg)
    return False


def _width(items: Any) -> int:
    from re import _parser
    total = 0
    for op, arg in items:
        if op in (_parser.LITERAL, _parser.NOT_LITERAL, _parser.ANY, _parser.IN, _parser.CATEGORY):
            total += 1
        elif op is _parser.SUBPATTERN:
            total += _width(arg[-1])
        elif op is _parser.ATOMIC_GROUP:
            total += _width(arg)
        elif op is _parser.BRANCH:
            total += max(_width(branch) for branch in arg[1])
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None)):
            low, high, item = arg
            if _whitespace_only(item):
                high = min(high, 1)
            if high >= _parser.MAXREPEAT:
                return UNBOUNDED
            total += high * _width(item)
        elif op is _parser.AT:
            continue
        else:  # group references, lookaround: no bound we can vouch for
            return UNBOUNDED
        if total >= UNBOUNDED:
            return UNBOUNDED
    return total


def max_width(pattern: str) -> int:
    """The most characters one match of `pattern` can span in the normalised view, or
    UNBOUNDED (`.*`, `\\w+`, syntax only RE2 reads)."""
    tree = _parse(pattern)
    if tree is None:
        return UNBOUNDED
    try:
        return min(_width(list(tree)), UNBOUNDED)
    except Exception:
        return UNBOUNDED


@dataclass(frozen=True, slots=True)
class DenyRule:
    name: str
    regex: Any  # an RE2 program (llmops.api.patterns.compile_pattern)
    action: str
    mode: str  # Enforce | Audit
    literal: str | None  # see required_literal; lower-cased when the pattern ignores case
    ignore_case: bool
    width: int  # see max_width
    prefix: str | None  # see literal_prefix; lower-cased when the pattern ignores case

    @classmethod
    def compile(cls, name: str, pattern: str, action: str, mode: str = "Enforce") -> DenyRule:
        regex = compile_pattern(pattern)
        literal, ignore_case = required_literal(pattern)
        if literal is not None and ignore_case:
            literal = literal.lower() if literal.isascii() else None
        prefix, _ = literal_prefix(pattern)
        if prefix is not None and ignore_case:
            prefix = prefix.lower() if prefix.isascii() else None
        return cls(name, regex, action, mode, literal, ignore_case, max_width(pattern), prefix)

    def finditer(self, text: str, lower: str | None = None) -> Iterator[Any]:
        """The pattern's matches; `lower` is text.lower() when the caller has it already."""
        literal = self.literal
        if literal is not None:
            if not self.ignore_case:
                if literal not in text:
                    return iter(())
            elif text.isascii() and literal not in (lower if lower is not None else text.lower()):
                return iter(())
        return self.regex.finditer(text)
