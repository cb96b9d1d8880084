"""Every piece of text the model reads or writes, as slots guardrails read and rewrite.

A request's slots: each message's `name`, its content (a string, or the text of its parts),
`refusal`, the arguments of its tool and function calls; the tool definitions (every string
in `tools[].function`: name, description, the parameters' descriptions and enums); for the
legacy endpoints the prompt or input strings. An answer's: per choice, the message's content,
`refusal`, `reasoning_content` and tool-call arguments (or the completion's text).

The slots of one unit (a request, or one answer choice) are matched as one text, joined by a
space, so a phrase or a number split across consecutive messages is still found, and each on
its own too (a neighbour must not hide a match); a match is redacted in each slot it touches
(the placeholder in each). Tool and function call arguments
that parse as JSON are matched per string value and re-encoded after redaction: rewriting the
raw text could break what the tool parses. Arguments that are not JSON are one slot.
"""

from __future__ import annotations

import json
from typing import Any

from llmops.gateway.guardrails.normalise import normalise
from llmops.gateway.guardrails.policy import Guard, Hit, redaction_spans, to_original, view_hits

_SEPARATOR = " "


class Texts:
    """The slots of one unit: (container, key) pairs whose values are strings."""

    __slots__ = ("slots", "_encoded")

    def __init__(self) -> None:
        self.slots: list[tuple[Any, Any]] = []
        self._encoded: list[tuple[dict, str, Any, int, int]] = []  # (holder, key, parsed, first slot, end slot)

    def add(self, container: Any, key: Any) -> None:
        if isinstance(container[key], str):
            self.slots.append((container, key))

    def add_strings(self, value: Any) -> None:
        """Every string inside `value` (dicts and lists, iteratively; depth is bounded by parsing)."""
        stack = [value]
        while stack:
            item = stack.pop()
            pairs = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
            for key, child in pairs:
                if isinstance(child, str):
                    self.slots.append((item, key))
                elif isinstance(child, (dict, list)):
                    stack.append(child)

    def add_arguments(self, holder: Any, key: str) -> None:
        """Tool or function call arguments: per string value when they are JSON, else as text."""
        if not isinstance(holder, dict) or not isinstance(holder.get(key), str):
            return
        raw = holder[key]
        parsed = None
        if raw[:1] in ("{", "["):
            try:
                parsed = json.loads(raw)
            except (ValueError, RecursionError):
                parsed = None
        if isinstance(parsed, (dict, list)):
            first = len(self.slots)
            self.add_strings(parsed)
            self._encoded.append((holder, key, parsed, first, len(self.slots)))
        else:
            self.slots.append((holder, key))

    def add_calls(self, holder: dict) -> None:
        calls = holder.get("tool_calls")
        if isinstance(calls, list):
            for call in calls:
                if isinstance(call, dict):
                    self.add_arguments(call.get("function"), "arguments")
        self.add_arguments(holder.get("function_call"), "arguments")

    def texts(self) -> list[str]:
        return [container[key] for container, key in self.slots]

    def scan(self, guards: tuple[Guard, ...]) -> tuple[list[Hit], str]:
        """Hits over the joined text (positions of the joined original), and that text.

        With several slots each is scanned on its own as well: joining puts text next to text
        that was not there ("…1111 1111" then "2 items" reads as a 17-digit run, which is no
        card number), so a match of one slot alone is never lost to its neighbour. A hit found
        both ways counts once."""
        texts = self.texts()
        joined = _SEPARATOR.join(texts)
        view = normalise(joined)
        hits = to_original(view, view_hits(guards, view))
        if len(texts) > 1:
            seen = {(h.policy, h.rule, h.start, h.end) for h in hits}
            at = 0
            for text in texts:
                if text:
                    part = normalise(text)
                    for hit in to_original(part, view_hits(guards, part)):
                        hit.start += at
                        hit.end += at
                        key = (hit.policy, hit.rule, hit.start, hit.end)
                        if key not in seen:
                            seen.add(key)
                            hits.append(hit)
                at += len(text) + len(_SEPARATOR)
        return hits, joined

    def redact(self, hits: list[Hit]) -> bool:
        """Rewrite every slot an enforced Redact hit touches; whether anything changed."""
        spans = redaction_spans(hits)
        if not spans:
            return False
        changed_slots = set()
        at = 0
        for index, (container, key) in enumerate(self.slots):
            text = container[key]
            end = at + len(text)
            local = [(max(s, at) - at, min(e, end) - at, r) for s, e, r in spans if s < end and e > at]
            if local:
                parts, pos = [], 0
                for s, e, r in local:
                    parts.append(text[pos:s])
                    parts.append(r)
                    pos = e
                parts.append(text[pos:])
                container[key] = "".join(parts)
                changed_slots.add(index)
            at = end + len(_SEPARATOR)
        for holder, key, parsed, first, last in self._encoded:
            if any(first <= i < last for i in changed_slots):
                holder[key] = json.dumps(parsed, ensure_ascii=False)
        return bool(changed_slots)


def request_texts(body: dict[str, Any], endpoint: str) -> Texts:
    """The model-visible text a client wrote (see the module's docstring)."""
    texts = Texts()
    if endpoint == "chat":
        for message in body["messages"]:
            if "name" in message:
                texts.add(message, "name")
            content = message.get("content")
            if isinstance(content, str):
                texts.slots.append((message, "content"))
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict):
                        for key in ("text", "refusal"):
                            if isinstance(part.get(key), str):
                                texts.slots.append((part, key))
            if isinstance(message.get("refusal"), str):
                texts.slots.append((message, "refusal"))
            texts.add_calls(message)
        tools = body.get("tools")
        if isinstance(tools, list):
            for tool in tools:
                if isinstance(tool, dict) and isinstance(tool.get("function"), dict):
                    texts.add_strings(tool["function"])
    else:
        key = "prompt" if endpoint == "completions" else "input"
        value = body[key]
        if isinstance(value, str):
            texts.slots.append((body, key))
        elif isinstance(value, list):
            texts.slots.extend((value, i) for i, item in enumerate(value) if isinstance(item, str))
    return texts


def answer_texts(holder: dict[str, Any], endpoint: str) -> Texts:
    """The model-written text of one answer choice: its message (chat) or the choice (completions)."""
    texts = Texts()
    if endpoint == "chat":
        for key in ("content", "refusal", "reasoning_content"):
            if isinstance(holder.get(key), str):
                texts.slots.append((holder, key))
        texts.add_calls(holder)
    elif isinstance(holder.get("text"), str):
        texts.slots.append((holder, "text"))
    return texts
