"""Prompt-injection heuristics: phrases that try to override the system prompt.

Heuristics, not a classifier: they catch the common, verbatim attempts cheaply and are meant
to be combined with the model's own alignment, not to replace it. Each phrase comes with the
words it cannot do without; the phrase's regex only runs when the text has them (a substring
test is far cheaper than a regex pass over a long prompt).
"""

from __future__ import annotations

import re

from llmops.gateway.guardrails.deny import max_width

_VERBS_OVERRIDE = ("ignore", "disregard", "forget", "override", "bypass")
_NOUNS_INSTRUCTION = ("instruction", "prompt", "rules", "direction", "guideline", "message")

# (regex, groups of keywords: the regex runs only if every group has one keyword in the text).
# Each keyword costs one pass over the lower-cased text (~1.5 us over 2 KB on the benchmark
# machine) and is looked for once; the groups are ordered so that benign text is cleared with
# few of them (13 for the benchmark's prompt).
_PHRASES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+){0,4}(?:previous|prior|above|earlier|preceding|system|original)\s+(?:instructions?|prompts?|rules|directions|guidelines|messages?)",
     (_NOUNS_INSTRUCTION, _VERBS_OVERRIDE)),  # nouns first: three of them are looked for by the next phrase anyway
    (r"\b(?:reveal|show|print|repeat|leak|output|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:system|hidden|initial|original|secret)\s+(?:prompt|instructions?|message)",
     (("prompt", "instruction", "message"),)),
    (r"\byou\s+are\s+now\s+(?:DAN|in\s+developer\s+mode|jailbroken|unrestricted|unfiltered)", (("now",), ("you",))),
    # jailbreak and DAN mode always; developer and god mode are everyday settings of phones and
    # games ("enable developer mode on my Pixel"), so only when an instruction follows at once
    (r"\b(?:enable|activate|enter|switch\s+to)\s+(?:(?:jailbreak|DAN)\s+mode|(?:developer|god)\s+mode\s*(?:[,:;!]|and\b|then\b|now\b))", (("mode",),)),
    (r"\bpretend\s+(?:that\s+)?you\s+(?:have\s+no|are\s+not\s+bound\s+by|don'?t\s+have)\s+(?:restrictions|rules|guidelines|limits)", (("pretend",),)),
    (r"\bdo\s+anything\s+now\b", (("anything",),)),
    (r"<\|im_start\|>\s*system|\[/?INST\]|<\s*/?\s*system\s*>", (("im_start", "inst]", "system"),)),
    (r"\bnew\s+system\s+(?:prompt|instructions?)\s*:", (("system",),)),
)


# Letters of other scripts that look like Latin ones and that NFKC leaves alone (Cyrillic,
# Greek, a few others), folded one to one before the phrases run: "Іgnоrе" (Cyrillic І, о, е)
# reads as "Ignore". One to one, so positions in the text do not move.
_CONFUSABLES = str.maketrans({
    **dict(zip("аеорсухіјѕԁһӏԛԝвмнкт", "aeopcyxijsdhlqwbmhkt")),
    **dict(zip("АВЕКМНОРСТХІЈЅУ", "ABEKMHOPCTXIJSY")),
    **dict(zip("αεικνορτυχβγ", "aeikvoptuxby")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")),
    "ɑ": "a", "ɡ": "g", "ı": "i", "ȷ": "j", "ℓ": "l", "ǀ": "l", "ɩ": "i", "ʏ": "y", "ᴅ": "d",
})


class InjectionDetector:
    """Built once per config load.

    What these heuristics cannot catch: an instruction encoded (base64, rot13, leetspeak),
    written in another language, or paraphrased without the usual words ("let's play a game
    where the earlier text doesn't count"). The corpus (tests/unit/gateway/corpus) keeps such
    examples as `out_of_scope` and reports them. The extension point for a model-based
    classifier is the detector itself: anything with `find(text, low) -> [(start, end)]` and
    `width` can stand in for it in policy.Guard (built in compile_guards).
    """

    def __init__(self) -> None:
        self._phrases = tuple((re.compile(p, re.IGNORECASE), groups) for p, groups in _PHRASES)
        # A keyword with a character other than a letter ("im_start", "inst]") is looked for
        # only when that character is in the text: a one-character search is a memchr.
        self._probe = {word: next((ch for ch in word if not ch.isalpha()), "")
                       for _, groups in _PHRASES for group in groups for word in group}
        # `in` is quickest for longer keywords; for short ones ("now", "you", "mode") a literal
        # regex search is (~1.0 vs ~1.9 us over 2 KB on the benchmark machine).
        self._search = {word: re.compile(re.escape(word)).search for word in self._probe if len(word) <= 4}
        # the widest match of any phrase (view characters): the stream hold-back of this rule
        self.width = max(max_width(p) for p, _ in _PHRASES)

    def find(self, text: str, low: str | None = None) -> list[tuple[int, int]]:
        """Spans of phrases that look like an attempt to override instructions, in `text` (the
        normalised view: see normalise.py); `low` is text.lower() when the caller has it."""
        if not text.isascii():
            folded = text.translate(_CONFUSABLES)
            if folded != text:
                text, low = folded, None
        if low is None:
            low = text.lower()
        spans = []
        seen: dict[str, bool] = {}  # a keyword shared by several phrases is looked for once
        for regex, groups in self._phrases:
            # plain loops rather than all(any(...)): no generator per phrase on every prompt
            for group in groups:
                for word in group:
                    present = seen.get(word)
                    if present is None:
                        search = self._search.get(word)
                        present = seen[word] = self._probe[word] in low and (
                            search(low) is not None if search is not None else word in low)
                    if present:
                        break
                else:
                    break  # a group none of whose words is there: the phrase cannot match
            else:
                spans.extend(m.span() for m in regex.finditer(text))
        return spans
