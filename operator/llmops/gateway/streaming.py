"""Server-sent events: splitting the upstream byte stream into events, and the hold-back
window that lets output guardrails see text split across chunks.
"""

from __future__ import annotations

from llmops.gateway.guardrails.normalise import normalise
from llmops.gateway.guardrails.pii import EMAIL_WIDTH
from llmops.gateway.guardrails.policy import (HOLD_BACK_CAP, Guard, Hit, apply_hits, first_block, hold_back_chars, to_original,
                                              view_hits)


# The largest event the gateway waits for: an upstream that sends more without ending the event
# gets its stream ended with an error (the buffer would otherwise grow without bound).
MAX_EVENT_BYTES = 1024 * 1024
COMMENT = b":"  # an event made only of comment lines is returned as b":" + its first comment's text


class SSEError(ValueError):
    """An upstream stream that breaks the event format or the gateway's bounds."""


class SSEParser:
    """Feed bytes as they arrive; get the `data:` payload of each complete event (comment-only
    events, the keep-alives of some servers, as COMMENT + text; other fields are dropped)."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        buffer = self._buffer + chunk
        if b"\r" in buffer:
            buffer = buffer.replace(b"\r\n", b"\n")
        events = []
        while True:
            end = buffer.find(b"\n\n")
            if end < 0:
                break
            raw, buffer = buffer[:end], buffer[end + 2 :]
            lines = raw.split(b"\n")
            data = [line[5:].removeprefix(b" ") for line in lines if line.startswith(b"data:")]
            if data:
                events.append(b"\n".join(data))
            elif lines[0].startswith(COMMENT):
                events.append(lines[0])
        self._buffer = buffer
        if len(buffer) > MAX_EVENT_BYTES:
            raise SSEError(f"an event is longer than {MAX_EVENT_BYTES} bytes")
        return events

    @property
    def pending(self) -> bytes:
        """Bytes of an event not yet terminated (a stream cut mid-event leaves them here)."""
        return self._buffer


# Original characters a window may hold beyond its view (characters the view drops, such as
# zero-width ones, take no room in it): past this the window counts as over its cap too.
MAX_HELD_ORIGINAL = 8 * HOLD_BACK_CAP


class HoldBackWindow:
    """Holds back the tail of streamed text until no match can still grow into it; releases
    the rest at once, redacted. Positions are those of the normalised view (normalise.py): the
    window holds `hold` view characters (the widest match of any rule, at most HOLD_BACK_CAP),
    and, with e-mail detection on, the trailing run without spaces (an address has none) up to
    EMAIL_WIDTH. A match is never cut: a match still open at the end is held whole. When that
    would hold more than HOLD_BACK_CAP view characters (a deny pattern with `.*` matching on
    and on, or a flood of invisible characters), an enforcing window stops (`overflow`: the
    relay ends the stream with an error event) rather than leak the match's beginning; an
    audit-only window releases as if there were no match (audit never changes the text).
    """

    def __init__(self, guards: tuple[Guard, ...], hold: int | None = None) -> None:
        self.guards = guards
        self.hold = min(hold_back_chars(guards) if hold is None else hold, HOLD_BACK_CAP)
        # enforced deny rules wider than the cap whose matches start with a literal: the window
        # holds from the first such literal that no finished match covers (a match may be
        # growing from it), so the cap, not the width, decides when it stops
        self.open_prefixes = tuple((r.prefix, r.ignore_case) for g in guards for r in g.deny
                                   if r.width > HOLD_BACK_CAP and r.prefix and r.mode == "Enforce")
        self.email = any(g.pii is not None and "Email" in g.pii.entities for g in guards)
        self.enforcing = any(g.enforces_text_rules for g in guards)
        self.buffer = ""
        self.hits: list[Hit] = []  # every hit released so far (for metrics and audit)
        self.blocked: Hit | None = None
        self.overflow = False

    def push(self, text: str) -> str:
        """Add streamed text; return what may be sent now (may be empty)."""
        self.buffer += text
        return self._release(final=False)

    def flush(self) -> str:
        """End of stream: release everything."""
        return self._release(final=True)

    def _release(self, final: bool) -> str:
        buffer = self.buffer
        view = normalise(buffer)
        hits = view_hits(self.guards, view)
        size = len(view.text)
        cut = size if final else max(0, size - self.hold)
        if not final and self.email:
            cut = min(cut, max(view.text.rfind(" ") + 1, size - EMAIL_WIDTH))
        for prefix, ignore_case in self.open_prefixes:
            text = view.text.lower() if ignore_case else view.text
            at = text.find(prefix)
            while at >= 0 and at < cut:
                covering = next((h for h in hits if h.start <= at < h.end), None)
                if covering is None:
                    cut = at
                    break
                at = text.find(prefix, covering.end)
        moved = True
        while moved:  # never cut through a match: hold the whole match back
            moved = False
            for hit in hits:
                if hit.start < cut < hit.end:
                    cut = hit.start
                    moved = True
        orig_cut = len(buffer) if cut >= size else view.span(cut, cut)[0]
        if not final and (size - cut > HOLD_BACK_CAP or len(buffer) - orig_cut > MAX_HELD_ORIGINAL):
            if self.enforcing:
                self.overflow = True
                self.buffer = ""
                return ""
            cut = max(0, size - self.hold)
            orig_cut = len(buffer) if cut >= size else view.span(cut, cut)[0]
            if len(buffer) - orig_cut > MAX_HELD_ORIGINAL:
                cut, orig_cut = size, len(buffer)
        released = to_original(view, [h for h in hits if h.end <= cut and h.end > h.start])
        self.hits.extend(released)
        block = first_block(released)
        if block is not None:
            self.blocked = block
            self.buffer = ""
            return ""
        self.buffer = buffer[orig_cut:]
        return apply_hits(buffer[:orig_cut], released)
