"""Prompt-injection heuristics: phrases that try to override the system prompt.

Heuristics, not a classifier: they catch the common, verbatim attempts cheaply (one regex pass)
and are meant to be combined with the model's own alignment, not to replace it.
"""

from __future__ import annotations

import re

_PHRASES = (
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+)*(?:previous|prior|above|earlier|preceding|system|original)\s+(?:instructions?|prompts?|rules|directions|guidelines|messages?)",
    r"\b(?:reveal|show|print|repeat|leak|output|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:system|hidden|initial|original|secret)\s+(?:prompt|instructions?|message)",
    r"\byou\s+are\s+now\s+(?:DAN|in\s+developer\s+mode|jailbroken|unrestricted|unfiltered)",
    r"\b(?:enable|activate|enter|switch\s+to)\s+(?:developer|god|jailbreak|DAN)\s+mode",
    r"\bpretend\s+(?:that\s+)?you\s+(?:have\s+no|are\s+not\s+bound\s+by|don'?t\s+have)\s+(?:restrictions|rules|guidelines|limits)",
    r"\bdo\s+anything\s+now\b",
    r"<\|im_start\|>\s*system|\[/?INST\]|<\s*/?\s*system\s*>",
    r"\bnew\s+system\s+(?:prompt|instructions?)\s*:",
)



class InjectionDetector:
    """Built once per config load."""

    def __init__(self) -> None:
        self._regex = re.compile("|".join(f"(?:{p})" for p in _PHRASES), re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of phrases that look like an attempt to override instructions."""
        return [m.span() for m in self._regex.finditer(text)]
