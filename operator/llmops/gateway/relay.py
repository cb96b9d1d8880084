"""Relaying a stream: upstream SSE events to the client as they arrive, with usage captured
(and its chunk stripped when the client did not ask for it), output guardrails applied
through hold-back windows, and every way a stream can end accounted for.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

from llmops.gateway import jsoncodec
from llmops.gateway.guardrails.policy import block_message
from llmops.gateway.metering import usage_from
from llmops.gateway.rawhttp import HttpClientError
from llmops.gateway.record import Exchange
from llmops.gateway.runtime import Runtime
from llmops.gateway.streaming import COMMENT, HoldBackWindow, SSEError
from llmops.gateway.toolargs import HeldArguments
from llmops.gateway.upstream import Answer
from llmops.gateway.validate import CHAT, answer_problem, loads

log = logging.getLogger("llmops.gateway")
DONE = b"data: [DONE]\n\n"
_AUDIT_TEXT_LIMIT = 65536


def _sse(payload: bytes) -> bytes:
    return b"data: " + payload + b"\n\n"


def _error_event(message: str, code: str, type: str = "upstream_error") -> bytes:
    return _sse(json.dumps({"error": {"message": message, "type": type, "code": code}}).encode())


def carries_text(data: bytes, key: bytes) -> bool:
    """Whether a raw chunk has a non-empty string under `key` (b'"content":'), without parsing it.
    Used to estimate output tokens (one per content chunk) when usage never comes."""
    at = data.find(key)
    if at < 0:
        return False
    rest = data[at + len(key) : at + len(key) + 4].lstrip()
    return rest[:1] == b'"' and rest[1:2] != b'"'


class HoldBackExceeded(Exception):
    """An enforcing hold-back window reached its cap with a match still open (streaming.py)."""


MAX_CHOICES = 128
_EXTRA_FIELDS = ("refusal", "reasoning_content")  # streamed chat text besides content  # distinct choice indexes one stream may carry (each has its own hold-back window)


class StreamRelay:
    def __init__(self, rt: Runtime, ex: Exchange, endpoint: str, client_wants_usage: bool) -> None:
        self.rt = rt
        self.ex = ex
        self.field = "content" if endpoint == CHAT else "text"
        self.raw_key = b'"content":' if endpoint == CHAT else b'"text":'
        self.chat = endpoint == CHAT
        self.endpoint = endpoint
        self.client_wants_usage = client_wants_usage
        self.guards = rt.output_guards
        self.windows: dict[Any, HoldBackWindow] = {}
        self.calls: dict[tuple[int, Any], HeldArguments] = {}  # (choice, call index): its arguments
        self.text: list[str] = []  # released text, for the audit trail
        self.text_size = 0
        self.blocked = False
        self.blocked_hit: Any = None

    def event(self, data: bytes) -> tuple[bytes | None, bool]:
        """One upstream event -> (bytes to send or None, stream finished). Raises SSEError for
        an event that is neither [DONE], a comment nor a chunk of the expected shape: nothing
        unscanned reaches the client."""
        if data == b"[DONE]":
            return DONE, True
        if data[:1] == COMMENT:
            return data[:256] + b"\n\n", False  # a keep-alive comment: no data, nothing to scan
        ex = self.ex
        try:
            chunk = loads(data)
        except ValueError as exc:
            raise SSEError(f"an event is not JSON ({exc})") from None
        usage = usage_from(chunk)
        if usage is not None:
            ex.usage = usage  # metered even if the rest of the chunk is unusable
        problem = answer_problem(chunk, self.endpoint, stream=True)
        if problem is not None:
            raise SSEError(problem)
        if not self.guards and self.rt.audit_bodies:
            self._keep_unguarded(chunk)
        if not self.guards and usage is None:
            if carries_text(data, self.raw_key):
                ex.output_estimate += 1
            return _sse(data), False
        changed = False
        if usage is not None:
            if not self.client_wants_usage:
                if not chunk.get("choices"):
                    return None, False
                chunk.pop("usage", None)
                changed = True
        if self.guards:
            send, changed = self._guard(chunk, changed)
            if self.blocked:
                return _sse(jsoncodec.dumps(chunk)) + DONE, True
            if not send:
                return None, False
        elif carries_text(data, self.raw_key):
            ex.output_estimate += 1
        return (_sse(jsoncodec.dumps(chunk)) if changed else _sse(data)), False

    def _guard(self, chunk: dict[str, Any], changed: bool) -> tuple[bool, bool]:
        """Pass each choice's text through its window; (worth sending, chunk changed)."""
        worth_sending = False
        for choice in chunk.get("choices") or ():
            holder = choice.get("delta") if self.chat else choice
            if not isinstance(holder, dict):
                continue
            index = choice.get("index", 0)
            window = self.windows.get(index)
            if window is None:
                if len(self.windows) >= MAX_CHOICES:
                    raise SSEError(f"more than {MAX_CHOICES} choices")
                window = self.windows[index] = HoldBackWindow(self.guards, self.rt.hold_back)
            text = holder.get(self.field)
            out = window.push(text) if isinstance(text, str) and text else ""
            if text:
                self.ex.output_estimate += 1
            if window.overflow:
                raise HoldBackExceeded()
            if choice.get("finish_reason") and not window.blocked:
                out += window.flush()
            if window.blocked is not None:
                self.blocked = True
                message = block_message(self.guards, window.blocked)
                holder[self.field] = message
                choice["finish_reason"] = "content_filter"
                return True, True
            if text is not None or out:
                holder[self.field] = out
                changed = True
            if out:
                self._keep(out)
            if self.chat and self._guard_extra(index, holder, bool(choice.get("finish_reason"))):
                changed = True
                if self.blocked:
                    choice["finish_reason"] = "content_filter"
                    holder[self.field] = block_message(self.guards, self.blocked_hit)
                    return True, True
            if self.chat and self._guard_calls(index, holder, bool(choice.get("finish_reason"))):
                changed = True
                if self.blocked:
                    choice["finish_reason"] = "content_filter"
                    holder.pop("tool_calls", None)
                    holder[self.field] = block_message(self.guards, self.blocked_hit)
                    return True, True
            if out or choice.get("finish_reason") or (self.chat and (holder.get("role") or holder.get("tool_calls")
                                                                       or any(holder.get(f) for f in _EXTRA_FIELDS))):
                worth_sending = True
            elif not self.chat and choice.get("logprobs"):
                worth_sending = True
        if not chunk.get("choices"):
            worth_sending = True  # usage-only or other metadata chunk
        return worth_sending, changed

    def _window(self, key: Any) -> HoldBackWindow:
        window = self.windows.get(key)
        if window is None:
            if len(self.windows) >= MAX_CHOICES:
                raise SSEError(f"more than {MAX_CHOICES} choices and tool calls")
            window = self.windows[key] = HoldBackWindow(self.guards, self.rt.hold_back)
        return window

    def _guard_extra(self, index: int, holder: dict[str, Any], finished: bool) -> bool:
        """`refusal` and `reasoning_content` deltas: a window each, like content."""
        changed = False
        for field in _EXTRA_FIELDS:
            text = holder.get(field)
            key = (index, field)
            if not isinstance(text, str) and not (finished and key in self.windows):
                continue
            window = self._window(key)
            out = window.push(text) if isinstance(text, str) else ""
            if finished:
                out += window.flush()
            if window.overflow:
                raise HoldBackExceeded()
            if window.blocked is not None:
                self.blocked, self.blocked_hit = True, window.blocked
                holder.pop(field, None)
                return True
            holder[field] = out
            changed = True
        return changed

    def _guard_calls(self, index: int, holder: dict[str, Any], finished: bool) -> bool:
        """Tool-call arguments streamed in pieces: held per call until complete, then redacted
        per JSON value and sent as one piece (toolargs.py). A call ends when its arguments
        close, when the next call of the choice starts or when the choice finishes; what it
        still held is sent then, as one more argument piece before the next call's. Deltas
        left with nothing to say are dropped. Whether the delta changed."""
        calls = holder.get("tool_calls")
        if not isinstance(calls, list) and not finished:
            return False
        out: list[Any] = []
        changed = False
        for call in calls if isinstance(calls, list) else ():
            function = call.get("function") if isinstance(call, dict) else None
            if not isinstance(function, dict) or not isinstance(function.get("arguments"), str):
                out.append(call)
                continue
            key = (index, call.get("index", 0))
            held = self.calls.get(key)
            if held is None:
                if len(self.windows) + len(self.calls) >= MAX_CHOICES:
                    raise SSEError(f"more than {MAX_CHOICES} choices and tool calls")
                if self._end_calls(index, out):  # a new call: the ones before it are complete
                    return True
                held = self.calls[key] = HeldArguments(self.guards, self.rt.hold_back)
            held.ended = False  # (a call resumed after the next one started is ended again)
            function["arguments"] = held.push(function["arguments"])
            changed = True
            if held.overflow:
                raise HoldBackExceeded()
            if held.blocked is not None:
                self.blocked, self.blocked_hit = True, held.blocked
                return True
            if function["arguments"] or len(function) > 1 or len(call) > 2:  # id, type, name: sent at once
                out.append(call)
        if finished and self._end_calls(index, out):
            return True
        if changed or len(out) != len(calls if isinstance(calls, list) else ()):
            if out:
                holder["tool_calls"] = out
            else:
                holder.pop("tool_calls", None)
            changed = True
        return changed

    def _end_calls(self, index: int, out: list[Any]) -> bool:
        """End the choice's open calls: what they held goes to `out`. Whether one was blocked."""
        for key, held in self.calls.items():
            if key[0] != index or held.ended:
                continue
            tail = held.flush()
            held.ended = True
            if held.blocked is not None:
                self.blocked, self.blocked_hit = True, held.blocked
                return True
            if tail:
                out.append({"index": key[1], "function": {"arguments": tail}})
        return False

    def _keep_unguarded(self, chunk: dict[str, Any]) -> None:
        """The audit copy of a stream no output guardrail reads (redacted when written)."""
        for choice in chunk.get("choices") or ():
            holder = choice.get("delta") if self.chat else choice
            text = holder.get(self.field) if isinstance(holder, dict) else None
            if isinstance(text, str) and text:
                self._keep(text)

    def _keep(self, text: str) -> None:
        if self.text_size < _AUDIT_TEXT_LIMIT:
            self.text.append(text)
            self.text_size += len(text)

    def close(self) -> None:
        for window in self.windows.values():
            self.ex.hits.extend(window.hits)
        for held in self.calls.values():
            self.ex.hits.extend(held.hits)
        if self.text:
            self.ex.response_text = "".join(self.text)
            self.ex.response_clean = self.rt.output_pii_complete


async def relay_stream(out, rt: Runtime, ex: Exchange, answer: Answer, endpoint: str,
                       client_wants_usage: bool, headers: dict[str, str]) -> None:
    """Relay the upstream's events to `out` (httpserver.Connection or its aiohttp twin)."""
    upstream = answer.response
    parser = answer.parser
    assert upstream is not None and parser is not None and answer.first_events is not None
    relay = StreamRelay(rt, ex, endpoint, client_wants_usage)
    finished = False
    try:
        await out.start_stream(200, {**headers, "Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        ex.code = 200
        remaining = answer.target.request_timeout - (time.perf_counter() - ex.started)
        async with asyncio.timeout(max(remaining, 0.001)):
            events = answer.first_events
            while True:
                for data in events:
                    send, finished = relay.event(data)
                    if send:
                        await out.write(send)
                        if ex.first_token is None:
                            ex.first_token = time.perf_counter()
                    if finished:
                        break
                if finished:
                    break
                waited = time.perf_counter()
                chunk = await upstream.chunk()
                ex.upstream_wait += time.perf_counter() - waited
                if not chunk:
                    break
                events = parser.feed(chunk)
        if not finished:
            ex.code = 502
            ex.error = "upstream_stream_cut"
            await out.write(_error_event("The upstream ended the stream early.", "upstream_stream_cut"))
        await out.end_stream()
    except ConnectionResetError:
        ex.code = 499
        ex.error = "client_disconnected"
    except TimeoutError:
        ex.code = 504
        ex.error = "upstream_timeout"
        await _try_end(out, _error_event("The upstream did not finish within the request timeout.", "upstream_timeout"), ex)
    except HoldBackExceeded:
        ex.code = 403
        ex.error = "guardrail_hold_back_exceeded"
        await _try_end(out, _error_event("The answer was stopped: a guardrail match grew past the stream's hold-back limit.",
                                         "guardrail_hold_back_exceeded", "guardrail_error"), ex)
    except SSEError as exc:
        ex.code = 502
        ex.error = "upstream_invalid"
        await _try_end(out, _error_event(f"The upstream sent an invalid stream: {exc}.", "upstream_invalid"), ex)
    except HttpClientError as exc:
        ex.code = 502
        ex.error = "upstream_stream_cut"
        await _try_end(out, _error_event(f"The upstream ended the stream early ({type(exc).__name__}).", "upstream_stream_cut"), ex)
    except Exception:  # a defect of ours: the stream still ends with an error event, and is accounted
        log.exception("stream of request %s failed unexpectedly", ex.request_id)
        ex.code = 500
        ex.error = "internal_error"
        await _try_end(out, _error_event("Internal gateway error.", "internal_error"), ex)
    finally:
        relay.close()
        if finished and not relay.blocked:
            upstream.release()
        else:
            upstream.close()


async def _try_end(out, data: bytes, ex: Exchange) -> None:
    """Send a last error event and end the stream, unless the client is gone already."""
    try:
        await out.write(data)
        await out.end_stream()
    except ConnectionResetError:
        ex.code = 499
