"""The normalised view guardrails match on, with the map back to the original text.

Matching on raw code points lets `４１１１ １１１１…` (fullwidth digits), `ig<ZWSP>nore` and
`project   falcon` through. The view is, per character: Unicode NFKC (compatibility forms:
fullwidth, ligatures, circled digits, non-breaking and other spaces); format characters
(Cf: zero-width space and joiners, soft hyphen, BOM, bidi controls), control characters other
than whitespace, and other default-ignorable characters (variation selectors, combining
grapheme joiner, Hangul fillers) removed; every run of whitespace (after the mapping)
collapsed to one space. NFKC is applied per character: canonical composition across
characters (`e` + U+0301 -> `é`) is not, so a decomposed accent stays two characters.

A hit found at [start, end) of the view maps back to the original span that produced it
(`Normalised.span`); redaction rewrites that original span, zero-width characters inside it
included, so what the client or the model reads is rewritten, never the view.

Plain ASCII text without runs of whitespace (most prompts) is its own view: the check is three
passes in C (~1.3 us over 2 KB), and no map is built.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

# ASCII characters the view keeps as they are: printable ones and the space.
_ASCII_PLAIN = bytes(range(0x20, 0x7F))
# Where the view differs from the text: a run of two or more characters that are not printable
# ASCII (spaces, other whitespace, controls, anything non-ASCII), or one such character that is
# not a plain space. A single space between printable characters is left alone.
_SPECIAL_RUN = re.compile(r"[^\x21-\x7e]{2,}|[^\x20-\x7e]")
# A literal two-character search in the regex engine is ~3x quicker than `"  " in text`.
_DOUBLE_SPACE = re.compile("  ").search
# Default-ignorable characters that are not format (Cf) characters.
_IGNORABLE = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, *range(0x180B, 0x1810), *range(0xFE00, 0xFE10),
     *range(0xE0100, 0xE01F0)]
)


@functools.lru_cache(maxsize=16384)
def char_view(ch: str) -> str:
    """What one character becomes in the view (before whitespace runs are collapsed)."""
    if ch.isspace():
        return " "
    code = ord(ch)
    if code in _IGNORABLE:
        return ""
    category = unicodedata.category(ch)
    if category == "Cf" or category == "Cc":
        return ""
    if category == "Cs":  # a lone surrogate: U+FFFD in the view (RE2 takes UTF-8, which cannot hold one)
        return "\ufffd"
    mapped = unicodedata.normalize("NFKC", ch)
    if mapped == ch:
        return ch
    return "".join(" " if c.isspace() else c for c in mapped if unicodedata.category(c) not in ("Cf", "Cc"))


class Normalised:
    """`text` (the view) of `original`, and the map of view positions back to it."""

    __slots__ = ("text", "original", "_view_at", "_orig_at")

    def __init__(self, text: str, original: str, view_at: list[int] | None = None, orig_at: list[int] | None = None) -> None:
        self.text = text
        self.original = original
        # breakpoints: view position view_at[i] is original position orig_at[i], and the view
        # runs on one to one from there up to the next breakpoint. None: the view is the text.
        self._view_at = view_at
        self._orig_at = orig_at

    @property
    def identity(self) -> bool:
        return self._view_at is None

    def _orig(self, pos: int) -> int:
        view_at = self._view_at
        if view_at is None:
            return pos
        i = bisect.bisect_right(view_at, pos) - 1
        return self._orig_at[i] + (pos - view_at[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view's [start, end)."""
        if self._view_at is None:
            return start, end
        if end <= start:
            at = self._orig(start)
            return at, at
        orig_start = self._orig(start)
        orig_end = max(self._orig(end) if end < len(self.text) else len(self.original), self._orig(end - 1) + 1)
        return orig_start, orig_end


def normalise(text: str) -> Normalised:
    """The view of `text` (see the module's docstring)."""
    if text.isascii() and not text.encode().translate(None, _ASCII_PLAIN) and _DOUBLE_SPACE(text) is None:
        return Normalised(text, text)
    out: list[str] = []
    view_at = [0]
    orig_at = [0]
    pos = 0  # original position copied up to
    size = 0  # length of the view so far
    for run in _SPECIAL_RUN.finditer(text):
        start, end = run.span()
        if start > pos:
            out.append(text[pos:start])
            size += start - pos
        last_space = bool(out) and out[-1].endswith(" ")
        for i in range(start, end):
            for ch in char_view(text[i]):
                if ch == " ":
                    if last_space:
                        continue
                    last_space = True
                else:
                    last_space = False
                view_at.append(size)
                orig_at.append(i)
                out.append(ch)
                size += 1
        view_at.append(size)
        orig_at.append(end)
        pos = end
    if pos < len(text):
        out.append(text[pos:])
    return Normalised("".join(out), text, view_at, orig_at)
