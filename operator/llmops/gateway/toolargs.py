"""Streamed tool-call arguments: held until the call's arguments are complete, then matched per
JSON string value and re-encoded, as in a complete answer (guardrails/slots.py).

Matching the raw argument text would miss what JSON escapes hide (`"jo\\u0040example.com"` is
an e-mail address once parsed) and a redaction could cut through the JSON around a value. So
a call whose arguments start with `{` or `[` is held: a light scanner follows strings and
brackets over each piece (only the structural characters are visited), and when the outer
value closes and parses, it is checked per string value and sent as one argument piece. The
client sees the call's id and name at once and its arguments in one piece when they are
complete (a tool runs on complete arguments anyway); the cost is that latency and at most
HELD_ARGUMENTS_CAP characters per call held in memory.

Arguments that do not start like JSON, that close without parsing, that go on after a complete
value, or that grow past the cap are relayed through a hold-back window as raw text (the way
content is; a placeholder holds no quote or backslash, so a JSON string stays one). What is
still held when the call ends (the next call of the choice starts, or the choice finishes) is
matched as raw text and sent as one piece.
"""

from __future__ import annotations

import json
import re

from llmops.gateway.guardrails.policy import Guard, Hit, apply_hits, find_hits, first_block
from llmops.gateway.guardrails.slots import Texts
from llmops.gateway.streaming import HoldBackWindow

HELD_ARGUMENTS_CAP = 256 * 1024  # characters of one call's arguments held before the raw-text window
_STRUCTURAL = re.compile(r'["\\{}\[\]]')


class HeldArguments:
    """The argument pieces of one streamed tool call (see the module's docstring)."""

    def __init__(self, guards: tuple[Guard, ...], hold: int | None) -> None:
        self.guards = guards
        self.hold = hold
        self.parts: list[str] = []
        self.size = 0
        self.started = False  # the first non-blank character was seen (and was { or [)
        self.depth = 0
        self.in_string = False
        self.skip = False  # the next piece starts with a character escaped by a backslash
        self.done = False  # sent whole
        self.ended = False  # the call ended (the relay's bookkeeping)
        self.window: HoldBackWindow | None = None  # raw-text relay from here on
        self.found: list[Hit] = []
        self.blocked: Hit | None = None

    @property
    def hits(self) -> list[Hit]:
        return self.found + (self.window.hits if self.window is not None else [])

    @property
    def overflow(self) -> bool:
        return self.window is not None and self.window.overflow

    def push(self, piece: str) -> str:
        """One argument piece; what may be sent for this call now (may be empty)."""
        if self.window is not None:
            out = self.window.push(piece)
            self.blocked = self.window.blocked
            return out
        if self.done:
            return self._to_window(piece) if piece else ""
        if not piece:
            return ""
        self.parts.append(piece)
        self.size += len(piece)
        if not self.started:
            head = "".join(self.parts).lstrip()
            if not head:
                return ""
            if head[0] not in "{[":
                return self._to_window("".join(self.parts))
            self.started = True
        if self._closes(piece):
            text = "".join(self.parts)
            try:
                parsed = json.loads(text)
            except (ValueError, RecursionError):
                parsed = None
            if not isinstance(parsed, (dict, list)):
                return self._to_window(text)
            return self._send_whole(text)
        if self.size > HELD_ARGUMENTS_CAP:
            return self._to_window("".join(self.parts))
        return ""

    def flush(self) -> str:
        """The call ended: what is still held, matched as raw text (or the window's tail)."""
        if self.window is not None:
            out = self.window.flush()
            self.blocked = self.window.blocked
            return "" if self.blocked is not None else out
        text = "".join(self.parts)
        self.parts = []
        self.done = True  # pieces after this (a call resumed late) go through a window
        if not text:
            return ""
        hits = find_hits(self.guards, text)
        self.found.extend(hits)
        self.blocked = first_block(hits)
        return "" if self.blocked is not None else apply_hits(text, hits)

    def _closes(self, piece: str) -> bool:
        """Follow strings and brackets over `piece`: whether the outer value closed in it."""
        pos = 0
        if self.skip:
            self.skip, pos = False, 1
        in_string = self.in_string
        search = _STRUCTURAL.search
        try:
            while True:
                m = search(piece, pos)
                if m is None:
                    return False
                ch, pos = m.group(), m.end()
                if in_string:
                    if ch == "\\":
                        if pos >= len(piece):
                            self.skip = True
                        pos += 1
                    elif ch == '"':
                        in_string = False
                elif ch == '"':
                    in_string = True
                elif ch in "{[":
                    self.depth += 1
                elif ch in "}]":
                    self.depth -= 1
                    if self.depth <= 0:
                        return True
        finally:
            self.in_string = in_string

    def _send_whole(self, text: str) -> str:
        self.parts = []
        self.done = True
        holder = {"arguments": text}
        texts = Texts()
        texts.add_arguments(holder, "arguments")
        hits, _ = texts.scan(self.guards)
        self.found.extend(hits)
        self.blocked = first_block(hits)
        if self.blocked is not None:
            return ""
        texts.redact(hits)
        return holder["arguments"]

    def _to_window(self, text: str) -> str:
        self.parts = []
        self.window = HoldBackWindow(self.guards, self.hold)
        out = self.window.push(text)
        self.blocked = self.window.blocked
        return out
