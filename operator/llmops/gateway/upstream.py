"""Talking to upstreams over the one shared client: an attempt plan walked in order
(retries with backoff, then fallbacks), failures classified the RoutingPolicy way.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from llmops.gateway.client import AiohttpResponse, UpstreamClient, UpstreamIOError
from llmops.gateway.deadline import Deadline
from llmops.gateway.errors import GatewayError
from llmops.gateway.rawhttp import RawResponse
from llmops.gateway.record import Exchange
from llmops.gateway.router import BUDGET_EXCEEDED, RATE_LIMITED, SERVER_ERROR, TIMEOUT, UNAVAILABLE, RoutingTable, Target, attempt_plan
from llmops.gateway.streaming import SSEError, SSEParser

_STATUS = {TIMEOUT: 504, SERVER_ERROR: 502, UNAVAILABLE: 502, RATE_LIMITED: 429, BUDGET_EXCEEDED: 429}
_CODE = {TIMEOUT: "upstream_timeout", SERVER_ERROR: "upstream_error", UNAVAILABLE: "upstream_unavailable",
         RATE_LIMITED: "upstream_rate_limited", BUDGET_EXCEEDED: "budget_exceeded"}


class UpstreamFailure(Exception):
    """An attempt that failed in a way a retry or a fallback may fix."""

    def __init__(self, kind: str, target: Target, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.target = target
        self.detail = detail

    def to_error(self) -> GatewayError:
        return GatewayError(
            _STATUS[self.kind],
            f"Upstream {self.target.name!r} failed: {self.detail}",
            type="upstream_error",
            code=_CODE[self.kind],
        )


@dataclass
class Answer:
    """A complete (non-streamed) answer, or a streamed one opened with its first events."""

    target: Target
    status: int
    body: bytes = b""
    response: RawResponse | AiohttpResponse | None = None  # a stream still being read
    parser: SSEParser | None = None
    first_events: list[bytes] | None = None


def _headers(target: Target, request_id: str, key_headers: dict[str, str] | None = None) -> dict[str, str]:
    """`key_headers`: a router's own key and caller header (auth.UpstreamKey.headers), sent to a
    target that has no API key of its own."""
    headers = {"Content-Type": "application/json", "X-Request-Id": request_id}
    if target.api_key:
        headers["Authorization"] = f"Bearer {target.api_key}"
    elif key_headers:
        headers.update(key_headers)
    return headers


def _message_of(body: bytes) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    error = parsed.get("error") if isinstance(parsed, dict) else None
    if isinstance(error, dict):
        return str(error.get("message", error))[:500]
    if error:
        return str(error)[:500]
    return body[:200].decode("utf-8", "replace") or "no body"


def _error_code(body: bytes) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        return ""
    error = parsed.get("error") if isinstance(parsed, dict) else None
    return str(error.get("code") or "") if isinstance(error, dict) else ""


def _classify(status: int, body: bytes, target: Target) -> None:
    if status == 429:
        if _error_code(body) == "budget_exceeded":  # our own gateway's answer: its budget is spent
            raise UpstreamFailure(BUDGET_EXCEEDED, target, f"budget exceeded (429): {_message_of(body)}")
        raise UpstreamFailure(RATE_LIMITED, target, f"rate limited (429): {_message_of(body)}")
    if status >= 500:
        raise UpstreamFailure(SERVER_ERROR, target, f"status {status}: {_message_of(body)}")


async def _once(client: UpstreamClient, target: Target, path: str, payload: bytes, request_id: str, stream: bool,
                timing: list[float] | None = None, key_headers: dict[str, str] | None = None) -> Answer:
    """One attempt. `timing`, when given, receives the perf_counter time the response head arrived."""
    response = None
    try:
        if not stream:
            async with Deadline(target.request_timeout):
                response = await client.post(target.base_url, path, payload, _headers(target, request_id, key_headers))
                if timing is not None:
                    timing.append(time.perf_counter())
                body = await response.read()
            _classify(response.status, body, target)
            return Answer(target, response.status, body)
        async with Deadline(target.first_token_timeout):
            response = await client.post(target.base_url, path, payload, _headers(target, request_id, key_headers))
            if timing is not None:
                timing.append(time.perf_counter())
            if response.status != 200:
                body = await response.read()
                _classify(response.status, body, target)
                return Answer(target, response.status, body)
            parser = SSEParser()
            events: list[bytes] = []
            while not events:
                chunk = await response.chunk()
                if not chunk:
                    break
                try:
                    events = parser.feed(chunk)
                except SSEError as exc:
                    raise GatewayError(502, f"Upstream {target.name!r} sent an invalid stream: {exc}.",
                                       type="upstream_error", code="upstream_invalid") from None
        if not events:
            response.close()
            raise UpstreamFailure(SERVER_ERROR, target, "stream ended before its first event")
        return Answer(target, 200, response=response, parser=parser, first_events=events)
    except TimeoutError:
        if response is not None:
            response.close()
        limit = target.first_token_timeout if stream else target.request_timeout
        what = "first token" if stream else "answer"
        raise UpstreamFailure(TIMEOUT, target, f"no {what} within {limit:g}s") from None
    except UpstreamIOError as exc:
        if response is not None:
            response.close()
        raise UpstreamFailure(UNAVAILABLE, target, f"{type(exc).__name__}: {exc}") from None
    except BaseException:  # cancelled (the client went away): never leave a connection half read
        if response is not None:
            response.close()
        raise


async def forward(
    client: UpstreamClient,
    table: RoutingTable,
    first: Target,
    path: str,
    payload_for: Callable[[Target], bytes],
    ex: Exchange,
    stream: bool,
    metrics_attempt: Callable[[str, str], None],
    key_headers: dict[str, str] | None = None,
) -> Answer:
    """Walk the attempt plan until an answer that is not a retryable failure."""
    failure: UpstreamFailure | None = None
    for target, delay in attempt_plan(table, first):
        if delay:
            await asyncio.sleep(delay)
        ex.upstream = target.name
        started = time.perf_counter()
        timing: list[float] | None = [] if table.health is not None else None
        try:
            answer = await _once(client, target, path, payload_for(target), ex.request_id, stream, timing, key_headers)
        except UpstreamFailure as exc:
            failure = exc
            metrics_attempt(target.name, exc.kind)
            if table.health is not None and exc.kind != BUDGET_EXCEEDED:  # a spent budget is not a fault
                table.health.record(target.name, False, None)
            if exc.kind not in table.fallback_on:
                break
            continue
        finally:
            ex.upstream_wait += time.perf_counter() - started
        if table.health is not None:
            table.health.record(target.name, True, (timing[0] - started) if timing else None)
        metrics_attempt(target.name, "ok" if answer.status < 400 else f"status_{answer.status // 100}xx")
        return answer
    assert failure is not None
    raise failure
