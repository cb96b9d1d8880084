"""The learned stage of the prompt-injection rule: a logistic regression over words and word
classes, scored on windows of text around trigger words.

The semantic shapes (injection.py) catch the phrasings their authors thought of; a batch written
blind showed how many they miss. This stage generalises by classes rather than phrases: each
word of the lexicon below also stands for its class ("scrap the earlier guidance" reads as
"@override the @prior @instructions"), and the weights of words, classes, pairs of neighbours,
pairs one word apart and pairs of classes a few words apart are learned from the corpus' tuning parts
(tests/unit/gateway/corpus/train_model.py writes injection_model.json; it never trains on a
held-out part).

It runs only where a trigger word is (the keyword pass of injection.py says so), on windows of at
most WINDOW_TOKENS words and WINDOW_CHARS characters around the triggers: its cost follows the
suspicious text, not the request, and its matches are bounded for the streams' hold-back.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from itertools import repeat
from pathlib import Path

# Word classes. A word stands for itself and for its class; only a word's first class counts.
LEXICON: dict[str, tuple[str, ...]] = {
    "override": ("ignore", "ignoring", "ignores", "ignored", "disregard", "disregarding", "disregards", "forget",
                 "forgetting", "forgot", "override", "overriding", "overrides", "overridden", "bypass", "bypassing",
                 "skip", "discard", "drop", "scrap", "abandon", "ditch", "dismiss", "overrule", "circumvent", "disobey",
                 "violate", "supersede", "supersedes", "superseded", "neglect", "omit", "erase", "wipe", "cancel",
                 "cancelled", "canceled", "revoke", "revoked", "nullify", "nullified", "void", "suspend", "suspended",
                 "lift", "lifted", "replace", "replaced", "replaces", "obsolete", "outdated", "invalid"),
    "instructions": ("instructions", "instruction", "prompt", "prompts", "rules", "rule", "directions", "directives",
                     "directive", "guidelines", "guideline", "guidance", "programming", "training", "policy",
                     "policies", "restrictions", "restriction", "constraints", "constraint", "filters", "filter",
                     "guardrails", "guardrail", "safeguards", "safeguard", "configuration", "setup", "brief",
                     "preamble", "orders", "commands", "limitations", "limits", "boundaries", "ethics", "morals",
                     "censorship", "alignment"),
    "prior": ("previous", "prior", "above", "earlier", "preceding", "original", "initial", "former", "foregoing",
              "old", "existing", "current", "preset", "default", "before", "first"),
    "system": ("system", "developer", "developers", "admin", "administrator", "operator", "operators", "openai",
               "anthropic", "root", "sudo", "creators", "creator", "owner"),
    "secret": ("hidden", "secret", "confidential", "internal", "private", "underlying", "verbatim"),
    "reveal": ("reveal", "leak", "dump", "disclose", "expose", "recite", "print", "output", "repeat", "echo", "copy",
               "paste", "show", "display", "tell", "share", "list", "return", "translate", "summarise", "summarize",
               "spell", "send", "write"),
    "loose": ("unrestricted", "unfiltered", "uncensored", "jailbroken", "jailbreak", "amoral", "unethical",
              "unlimited", "unbound", "unchained", "unshackled", "limitless", "evil", "dan", "lawless"),
    "no": ("no", "without", "zero", "free", "freed", "released", "liberated", "none", "never", "not"),
    "persona": ("pretend", "act", "acting", "roleplay", "become", "simulate", "imagine", "persona", "character",
                "mode"),
    "you": ("you", "your", "yours", "ur", "yourself", "you're"),
    "now": ("now", "henceforth", "onward", "onwards", "anymore", "longer"),
    "ai": ("ai", "assistant", "model", "llm", "chatbot", "bot", "gpt", "agent", "agents", "assistants", "models"),
    "self": ("my", "our", "we", "i", "me", "us"),
    "markup": ("im_start", "im_end", "imstart", "imend", "inst", "sys", "<|", "|>", "[/", "<<", ">>", "###"),
    "covert": ("secretly", "quietly", "silently", "covertly", "discreetly", "unnoticed", "hide", "without"),
    "exfil": ("url", "urls", "link", "links", "webhook", "curl", "wget", "http", "https", "exfiltrate", "append",
              "render", "markdown", "image", "tool", "tools", "shell", "execute", "api"),
}
CLASS_OF: dict[str, str] = {}
for _cls, _words in LEXICON.items():
    for _w in _words:
        CLASS_OF.setdefault(_w, "@" + _cls)
# The words that open a window: a text with none of them is not scored. Every word of these
# classes, and the telling words of a few others; not the verbs and nouns of most requests
# ("tell", "show", "write", "email", "before", "first"), which would have every prompt scored.
TRIGGER_CLASSES = frozenset({"@override", "@instructions", "@secret", "@loose", "@persona", "@markup", "@system",
                             "@covert", "@exfil", "@ai"})
TRIGGER_WORDS = frozenset({w for w, c in CLASS_OF.items() if c in TRIGGER_CLASSES and w != "without"} | {
    "output", "print", "repeat", "reveal", "disclose", "leak", "dump", "recite", "expose", "echo", "summarise",
    "summarize", "translate", "previous", "above", "earlier", "preceding", "prior", "initial", "original",
    "restricted", "censored", "filtered", "summarizer", "summariser",
    # a text for whoever processes it: where indirect injections hide
    "summarising", "summarizing", "summary", "summaries", "processing", "processes", "whoever", "anyone", "reviewing",
    "reading", "reader", "readers", "parsing", "automated", "automatically"})

WINDOW_TOKENS = 40
WINDOW_CHARS = 400
# Pairs of classes up to this many words apart are features ("@override _ @instructions").
CLASS_PAIR_SPAN = 3
# Words longer than this are cut in pieces (a run of letters cannot widen a window unboundedly).
_TOKEN = re.compile(r"[a-z_]{1,24}(?:'[a-z]{1,3})?|<\||\|>|\[/|<<|>>|#{3}")

WEIGHTS = Path(__file__).with_name("injection_model.json")
# a pair of neighbours ("a b") and a pair one word apart ("a ~ c"), from a tuple of two
_PAIR = " ".join
_SKIP = " ~ ".join


def tokenize(view: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each token in `view` (lower-cased, folded: see injection.py)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(view)]


class Features:
    """The features of a text's words, built once; those of a window are slices of them.

    A window's features: its words, their classes, neighbour pairs and pairs one word apart ("a ~
    c" of "a b c": "ignore ~ previous" of "ignore all previous"; a word stands for its class in
    them) and pairs of classes a few words apart, both ends inside the window."""

    __slots__ = ("words", "mapped", "pairs", "skips", "class_pairs", "class_pair_at")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.mapped = mapped = list(map(CLASS_OF.get, words, words))
        self.pairs = list(map(_PAIR, zip(mapped, mapped[1:])))
        self.skips = list(map(_SKIP, zip(mapped, mapped[2:])))
        classed = [i for i, m in enumerate(mapped) if m[0] == "@"]
        # (first index, last index, feature), sorted by the first
        class_pairs = []
        n = len(classed)
        for j, i in enumerate(classed):
            j2 = j + 1
            while j2 < n and classed[j2] - i <= CLASS_PAIR_SPAN:
                i2 = classed[j2]
                if i2 - i >= 2:
                    class_pairs.append((i, i2, mapped[i] + " _ " + mapped[i2]))
                j2 += 1
        self.class_pairs = class_pairs
        self.class_pair_at = [c[0] for c in class_pairs]

    def window(self, lo: int, hi: int) -> set[str]:
        out = set(self.words[lo:hi])
        out.update(self.mapped[lo:hi])
        out.update(self.pairs[lo:hi - 1])
        out.update(self.skips[lo:hi - 2])
        first = bisect.bisect_left(self.class_pair_at, lo)
        last = bisect.bisect_left(self.class_pair_at, hi)
        out.update([f for _, i2, f in self.class_pairs[first:last] if i2 < hi])
        return out


def features(words: list[str]) -> set[str]:
    """The features of one window: all of `words` (the same set as Features(words).window(0, n),
    without building the slices)."""
    mapped = list(map(CLASS_OF.get, words, words))
    out = set(words)
    out.update(mapped)
    out.update(map(_PAIR, zip(mapped, mapped[1:])))
    out.update(map(_SKIP, zip(mapped, mapped[2:])))
    classed = [i for i, m in enumerate(mapped) if m[0] == "@"]
    n = len(classed)
    for j, i in enumerate(classed):
        j2 = j + 1
        while j2 < n and classed[j2] - i <= CLASS_PAIR_SPAN:
            if classed[j2] - i >= 2:
                out.add(mapped[i] + " _ " + mapped[classed[j2]])
            j2 += 1
    return out


def windows(tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) to score: the whole text when it is short, else windows of at most
    WINDOW_TOKENS words and WINDOW_CHARS characters, half overlapping, that hold a trigger word."""
    n = len(tokens)
    if n == 0:
        return []
    if n <= WINDOW_TOKENS and tokens[-1][2] - tokens[0][1] <= WINDOW_CHARS:
        return [(0, n)] if any(t[0] in TRIGGER_WORDS for t in tokens) else []
    out = []
    lo = 0
    step = WINDOW_TOKENS // 2
    while lo < n:
        hi = min(n, lo + WINDOW_TOKENS)
        while hi - lo > 1 and tokens[hi - 1][2] - tokens[lo][1] > WINDOW_CHARS:
            hi -= 1
        if any(tokens[i][0] in TRIGGER_WORDS for i in range(lo, hi)):
            out.append((lo, hi))
        if hi >= n:
            break
        lo = max(lo + 1, min(lo + step, hi - step // 2))
    return out


class InjectionModel:
    """Weights of features, a bias, the decision threshold (a logit) and the vocabulary of its view."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float,
                 vocabulary: frozenset[str] = frozenset()) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        # the plain words of the tuning corpus: where the view cuts spaced-out letters into
        # words and joins split ones (injection_view.py)
        self.vocabulary = vocabulary
        # a window's span is at most WINDOW_CHARS plus the last token's length
        self.width = WINDOW_CHARS + 32

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "InjectionModel":
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"], frozenset(data.get("vocabulary", ())))

    def score(self, words: list[str]) -> float:
        # fsum: the exact sum, whatever order the set gives its features in (a plain sum's
        # rounding follows the order, which follows the process' string hashing: a window
        # scored at the threshold would be a hit in one process and not in the next)
        return self.bias + math.fsum(map(self.weights.get, features(words), repeat(0.0)))

    def find(self, view: str) -> list[tuple[int, int]]:
        """Spans of `view` (lower-cased and folded) whose window scores above the threshold."""
        if len(view) <= WINDOW_CHARS:
            # one window (most texts): the words alone, positions only for a hit
            words = _TOKEN.findall(view)
            if len(words) <= WINDOW_TOKENS:
                if TRIGGER_WORDS.isdisjoint(words) or self.score(words) <= self.threshold:
                    return []
                tokens = tokenize(view)
                return [(tokens[0][1], tokens[-1][2])]
        tokens = tokenize(view)
        prepared = Features([t[0] for t in tokens])
        spans = []
        for lo, hi in windows(tokens):
            if self.bias + math.fsum(map(self.weights.get, prepared.window(lo, hi), repeat(0.0))) > self.threshold:
                spans.append((tokens[lo][1], tokens[hi - 1][2]))
        return spans
