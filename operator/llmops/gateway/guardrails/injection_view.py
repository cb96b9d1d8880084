"""The view the learned stage of the prompt-injection rule reads (injection_model.py), with the
map of its positions back to the text it was made from.

The shapes' views (injection.py) are built for regexes that already allow separators inside their
words; the learned stage reads whole words, so its view undoes what disguises do to words:

- digits and signs read as letters only inside words that have letters ("1gn0r3", "d154813",
  "48ov3"), a "1" as "l" or "i" as the word wants; numbers stay numbers ("30%" is not "eo%");
- separators inside words removed ("p_o_l_i_c_y", "ig*nore", "r/e/b/e/l", "i g n o r e");
- letters spaced out one by one lose the gaps between their words too (whitespace runs are
  collapsed before the detector sees the text: "k i n d l y  s u s p e n d" reaches it as
  "k i n d l y s u s p e n d"): such a run is cut back into words of the vocabulary when it can
  be ("kindly suspend"), and left whole when it cannot;
- a word split in two ("instr-uction", "bef.ore") is joined when neither piece is a word of the
  vocabulary and the whole is.

The vocabulary is the plain words of the tuning corpus (train_model.py writes it with the
weights). A text with no digit, sign or separator inside a word is its own view: nothing is built.
"""

from __future__ import annotations

import bisect
import re

import re2

# digits and signs written for letters (a "1" is settled by ones_as_l)
_LEET_FOLD = str.maketrans("0134579@$8", "oieastgasb")
# (the checks every text goes through run on RE2: a DFA, several times quicker than re here)
_HAS_LEET = re2.compile(r"[a-z][0-9@$]|[0-9@$!][a-z]").search
# "!" for "i" inside a word ("!ns7ruc7!0n$", "h!dden"), not the "!" that ends a sentence
_BANG_LETTER = re.compile(r"!(?=[a-z])")
# digits and signs with no letter beside them: a number ("30%", "$100", "1.5"), not a word
_NUMBER = re.compile(r"(?<![a-z0-9@$])[0-9@$]+(?![a-z0-9@$])")
# a word with a "1" in it, and a letter
_WITH_ONE = re.compile(r"(?<![a-z0-9@$!])(?=[a-z0-9@$!]*[a-z])[a-z0-9@$!]*1[a-z0-9@$!]*")
# separators inside words: one of *_|~/ between letters (doubled too: "a__b"), or one of
# space . ' - / between two single letters ("i g n o r e", "i.g.n.o.r.e")
_INWORD_SEP = re.compile(r"(?<=[a-z])[*_|~]{1,2}(?=[a-z])|(?<=\b[a-z])[ .'/-](?=[a-z]\b)")
_HAS_INWORD_SEP = re2.compile(r"[a-z][*_|~]{1,2}[a-z]|\b[a-z][ .'/-][a-z][ .'/-][a-z]\b").search
# two pieces of one word: letters, one separator, letters
# (not a space: that would build the view for every text; not an apostrophe: "you're")
_SPLIT = re.compile(r"(?<![a-z])([a-z]{2,12})[./-]([a-z]{2,12})(?![a-z])")
_HAS_SPLIT = re2.compile(r"[a-z]{2}[./-][a-z]{2}").search
# any of the three: most texts have none, and are their own view after this one pass
_HAS_ANY = re2.compile(r"[a-z][0-9@$]|[0-9@$!][a-z]|[a-z][*_|~]{1,2}[a-z]|\b[a-z][ .'/-][a-z][ .'/-][a-z]\b"
                       r"|[a-z]{2}[./-][a-z]{2}").search
# three or more single letters, one separator between each ("k i n d l y", "r/e/b/e/l")
_SPACED_RUN = re.compile(r"(?<![a-z0-9])[a-z](?:[ .'/-][a-z](?![a-z0-9])){2,}")
# The longest word the segmentation looks for, the longest run it cuts, and how many runs (and
# words with a "1") of one text it settles: the work per text stays bounded, whatever the text
# (a run it does not cut stays whole, a "1" it does not settle is read by ones_as_l).
_LONGEST = 18
_LONGEST_RUN = 64
_MAX_RUNS = 32


def ones_as_l(low: str, leet: str) -> str:
    """`leet` with each "1" of `low` read as "l" where a word wants it ("ru13$", "p01icy",
    "nu11") and as "i" elsewhere ("1gn0re", "w17h")."""
    out = list(leet)
    for i, ch in enumerate(low):
        if ch != "1":
            continue
        prev = out[i - 1] if i else " "
        prev2 = out[i - 2] if i > 1 else " "
        nxt = leet[i + 1] if i + 1 < len(leet) else " "
        if prev == "l" and low[i - 1] == "1" and nxt.isalpha() and nxt not in "aeiouly":
            continue  # "p011cy": the second "1" is an "i"
        if (prev in "aeiou" or nxt in "ly" or (prev == "l" and (low[i - 1] == "1" or prev2 in "aeiou"))
                or (prev.isalpha() and not nxt.isalpha())):
            out[i] = "l"
    return "".join(out)


def _unleet(low: str, vocabulary: frozenset[str]) -> str:
    """Digits and signs read as letters inside words that have letters; position for position."""
    leet = low.translate(_LEET_FOLD)
    if "!" in leet:
        leet = _BANG_LETTER.sub("i", leet)
    out = None
    if "1" in low:
        leet = ones_as_l(low, leet)
        if vocabulary:
            # where reading its ones as "i" or "l" makes a word of the vocabulary, that reading
            for k, m in enumerate(_WITH_ONE.finditer(low)):
                if k == _MAX_RUNS:
                    break
                word = _read_ones(leet[m.start():m.end()], low[m.start():m.end()], vocabulary)
                if word is not None:
                    if out is None:
                        out = list(leet)
                    out[m.start():m.end()] = word
    for m in _NUMBER.finditer(low):
        if leet[m.start():m.end()] != m.group():
            if out is None:
                out = list(leet)
            out[m.start():m.end()] = m.group()
    return leet if out is None else "".join(out)


def _read_ones(word: str, low: str, vocabulary: frozenset[str]) -> str | None:
    if word in vocabulary:
        return None
    ones = [i for i, ch in enumerate(low) if ch == "1"]
    if len(ones) > 4:
        return None
    for bits in range(1 << len(ones)):
        chars = list(word)
        for k, i in enumerate(ones):
            chars[i] = "l" if bits >> k & 1 else "i"
        candidate = "".join(chars)
        if candidate in vocabulary:
            return candidate
    return None


class Stage:
    """One step from a text to the next (every match of a regex removed, or spans replaced), and
    the map of its positions back, built on first use (a text whose match is not a hit never
    builds it). The shapes' view without separators uses it too (injection.py)."""

    __slots__ = ("source", "regex", "replaced", "_view_at", "_src_at")

    def __init__(self, source: str, regex: re.Pattern | None = None,
                 replaced: list[tuple[int, int, str, list[int]]] | None = None) -> None:
        self.source = source
        self.regex = regex  # every match of it removed from source...
        self.replaced = replaced  # ...or these (start, end, new text, source position of each new character)
        self._view_at: list[int] | None = None
        self._src_at: list[int] = []

    def _build(self) -> None:
        # breakpoints: view position view_at[i] is source position src_at[i], one to one from
        # there up to the next breakpoint
        view_at, src_at = [0], [0]
        shift = 0
        if self.regex is not None:
            for m in self.regex.finditer(self.source):
                shift += m.end() - m.start()
                view_at.append(m.end() - shift)
                src_at.append(m.end())
        else:
            for start, end, new, at in self.replaced or ():
                for k, p in enumerate(at):
                    view_at.append(start - shift + k)
                    src_at.append(p)
                shift += (end - start) - len(new)
                view_at.append(end - shift)
                src_at.append(end)
        self._view_at, self._src_at = view_at, src_at

    def original(self, pos: int) -> int:
        if self._view_at is None:
            self._build()
        i = bisect.bisect_right(self._view_at, pos) - 1
        return min(self._src_at[i] + (pos - self._view_at[i]), max(0, len(self.source) - 1))


class ModelView:
    """`text` (the learned stage's view) of the lower-cased, folded text it was made from, and the
    map of its positions back to it."""

    __slots__ = ("text", "_stages")

    def __init__(self, text: str, stages: list[Stage]) -> None:
        self.text = text
        self._stages = stages

    def original(self, pos: int) -> int:
        for stage in reversed(self._stages):
            pos = stage.original(pos)
        return pos

    @classmethod
    def of(cls, low: str, vocabulary: frozenset[str]) -> "ModelView":
        if not _HAS_ANY(low):
            return cls(low, [])
        text = low
        if _HAS_LEET(low):
            text = _unleet(low, vocabulary)  # position for position
        stages: list[Stage] = []
        if _HAS_INWORD_SEP(text):
            if vocabulary:
                replaced = _cut_spaced_runs(text, vocabulary)
                if replaced:
                    stages.append(Stage(text, replaced=replaced))
                    text = _apply(text, replaced)
            squeezed = _INWORD_SEP.sub("", text)
            if squeezed != text:
                stages.append(Stage(text, regex=_INWORD_SEP))
                text = squeezed
        if vocabulary and _HAS_SPLIT(text):
            replaced = _joined_pieces(text, vocabulary)
            if replaced:
                stages.append(Stage(text, replaced=replaced))
                text = _apply(text, replaced)
        return cls(text, stages)


def _apply(text: str, replaced: list[tuple[int, int, str, list[int]]]) -> str:
    parts, last = [], 0
    for start, end, new, _ in replaced:
        parts.append(text[last:start])
        parts.append(new)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _cut_spaced_runs(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str, list[int]]]:
    """Letters spaced out one by one ("k i n d l y s u s p e n d"), cut into words of the
    vocabulary where they can be ("kindly suspend"): (start, end, words, source positions)."""
    out = []
    for k, m in enumerate(_SPACED_RUN.finditer(text)):
        if k == _MAX_RUNS:
            break
        if m.end() - m.start() > 2 * _LONGEST_RUN:
            continue
        letters = [(i, text[i]) for i in range(m.start(), m.end()) if "a" <= text[i] <= "z"]
        run = "".join(ch for _, ch in letters)
        cuts = _segment(run, vocabulary)
        if not cuts:
            continue
        new, at, prev = [], [], 0
        for cut in cuts:
            if prev:
                new.append(" ")
                at.append(letters[prev][0])
            new.extend(run[prev:cut])
            at.extend(i for i, _ in letters[prev:cut])
            prev = cut
        out.append((m.start(), m.end(), "".join(new), at))
    return out


def _segment(run: str, vocabulary: frozenset[str]) -> list[int] | None:
    """The ends of the words `run` splits into: the fewest words, and of those the longest words
    ("follows a script", not "follow sa script"); None: it is one word of the vocabulary already,
    or cannot be split into words of it."""
    if run in vocabulary:
        return None
    n = len(run)
    if n > _LONGEST_RUN:
        return None
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)  # (words, -sum of squared lengths, previous end)
    best[0] = (0, 0, -1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST), end):
            prev = best[start]
            if prev is None:
                continue
            piece = run[start:end]
            if piece in vocabulary or piece in ("a", "i"):
                cand = (prev[0] + 1, prev[1] - (end - start) ** 2, start)
                if best[end] is None or cand < best[end]:
                    best[end] = cand
    if best[n] is None or best[n][0] < 2:
        return None
    cuts = []
    end = n
    while end > 0:
        cuts.append(end)
        end = best[end][2]
    return cuts[::-1]


def _joined_pieces(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str, list[int]]]:
    """Words split in two by one separator, joined when neither piece is a word and the whole is."""
    out = []
    for m in _SPLIT.finditer(text):
        a, b = m.group(1), m.group(2)
        if a in vocabulary or b in vocabulary or (a + b) not in vocabulary:
            continue
        sep = m.start(2) - 1
        out.append((sep, sep + 1, "", []))
    return out
