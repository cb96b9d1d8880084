"""Deny patterns: one regex dialect, RE2, for the GuardrailPolicy controller and the gateway.

RE2 runs in time linear in the text whatever the pattern: a valid pattern with nested
quantifiers (`(a+)+$`) cannot stall the gateway's event loop on a crafted request, which
Python's backtracking engine would. Its syntax is what the CRD documents; what it refuses
(lookaround, backreferences, possessive quantifiers, repetitions above 1000, programs above
the memory bound) is refused here, at validation, on both sides with the same message: the
controller reports it as `InvalidPattern`, the gateway refuses the config.

This module imports only the standard library and `re2` (google-re2), so the API layer, the
controller and the gateway can all use it.
"""

from __future__ import annotations

import re2

MAX_PATTERN_CHARS = 1024
# Memory bound of one compiled pattern (RE2's default is 8 MiB): a pattern whose automaton
# needs more is refused rather than allowed to grow per gateway.
_MAX_MEM = 1 << 23


class PatternError(ValueError):
    """A deny pattern RE2 refuses; the message names the pattern and RE2's reason."""


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # the error is raised to the caller, not printed on stderr
    options.max_mem = _MAX_MEM
    return options


_OPTIONS = _options()


def compile_pattern(pattern: str) -> re2._Regexp:
    """The compiled RE2 program of `pattern`, or PatternError naming the pattern and the error."""
    if not isinstance(pattern, str) or not pattern:
        raise PatternError("pattern must be a non-empty string")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternError(f"pattern {pattern[:40]!r}... is longer than {MAX_PATTERN_CHARS} characters")
    try:
        return re2.compile(pattern, options=_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(f"pattern {pattern!r} is not valid RE2 syntax: {reason}") from None


def validate_pattern(pattern: str) -> str:
    """`pattern` unchanged when RE2 accepts it; PatternError otherwise (for validators)."""
    compile_pattern(pattern)
    return pattern
