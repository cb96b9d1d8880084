"""Server-sent events: splitting the upstream byte stream into events, and the hold-back
window that lets output guardrails see text split across chunks.
"""

from __future__ import annotations

from llmops.gateway.guardrails.policy import Guard, Hit, apply_hits, find_hits, first_block


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


class HoldBackWindow:
    """Holds back the last `hold` characters of streamed text until no match can still grow
    into them; releases the rest at once, redacted. A match split across chunks is caught
    because the buffer is scanned as one text.
    """

    def __init__(self, guards: tuple[Guard, ...], hold: int) -> None:
        self.guards = guards
        self.hold = hold
        self.buffer = ""
        self.hits: list[Hit] = []  # every hit released so far (for metrics and audit)
        self.blocked: Hit | None = None

    def push(self, text: str) -> str:
        """Add streamed text; return what may be sent now (may be empty)."""
        self.buffer += text
        return self._release(final=False)

    def flush(self) -> str:
        """End of stream: release everything."""
        return self._release(final=True)

    def _release(self, final: bool) -> str:
        buffer = self.buffer
        hits = find_hits(self.guards, buffer)
        cut = len(buffer) if final else max(0, len(buffer) - self.hold)
        moved = True
        while moved:  # never cut through a match: hold the whole match back
            moved = False
            for hit in hits:
                if hit.start < cut < hit.end:
                    cut = hit.start
                    moved = True
        released = [h for h in hits if h.end <= cut and h.end > h.start]
        self.hits.extend(released)
        block = first_block(released)
        if block is not None:
            self.blocked = block
            self.buffer = ""
            return ""
        self.buffer = buffer[cut:]
        return apply_hits(buffer[:cut], released)
