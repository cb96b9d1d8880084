"""Prompt-injection heuristics: phrases that try to override the system prompt.

Heuristics, not a classifier: they catch the common, verbatim attempts cheaply and are meant
to be combined with the model's own alignment, not to replace it. Each phrase comes with the
words it cannot do without; the phrase's regex only runs when the text has them. Which of the
keywords the text holds is found in one pass of an RE2 set (a DFA over the UTF-8 bytes: ~3 us
over a 2 KB prompt, where a substring test per keyword cost ~9 us for the 13 a benign prompt
needed).
"""

from __future__ import annotations

import re

import re2

from llmops.gateway.guardrails.deny import max_width

_VERBS_OVERRIDE = ("ignore", "disregard", "forget", "override", "bypass")
_NOUNS_INSTRUCTION = ("instruction", "prompt", "rules", "direction", "guideline", "message")

# (regex, groups of keywords: the regex runs only if every group has one keyword in the text).
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
        self._keywords = sorted({word for _, groups in _PHRASES for group in groups for word in group})
        # Keywords are ASCII: in UTF-8 their bytes never occur inside another character's, so a
        # byte match in the lower-cased text is exactly a substring match.
        self._keyword_set = re2.Set.SearchSet()
        for word in self._keywords:
            self._keyword_set.Add(re2.escape(word))
        self._keyword_set.Compile()
        # the widest match of any phrase (view characters): the stream hold-back of this rule
        self.width = max(max_width(p) for p, _ in _PHRASES)

    def keywords_in(self, low: str) -> set[str]:
        """The keywords that occur in `low` (lower-cased text)."""
        found = self._keyword_set.Match(low.encode("utf-8", "surrogatepass"))
        return {self._keywords[i] for i in found} if found else set()

    def find(self, text: str, low: str | None = None) -> list[tuple[int, int]]:
        """Spans of phrases that look like an attempt to override instructions, in `text` (the
        normalised view: see normalise.py); `low` is text.lower() when the caller has it."""
        if not text.isascii():
            folded = text.translate(_CONFUSABLES)
            if folded != text:
                text, low = folded, None
        if low is None:
            low = text.lower()
        present = self.keywords_in(low)
        if not present:
            return []
        spans = []
        for regex, groups in self._phrases:
            # every group needs one of its keywords in the text, or the phrase cannot match
            if all(not present.isdisjoint(group) for group in groups):
                spans.extend(m.span() for m in regex.finditer(text))
        return spans
