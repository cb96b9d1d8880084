"""One request's bookkeeping, closed exactly once: metrics, spend, rate-limit tokens, audit.

Every path through a handler ends in `finish` (from a `finally`), so a request is metered
once whether it succeeds, is refused, fails upstream, or loses its client mid-stream.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from llmops.gateway.audit import hash_caller, timestamp
from llmops.gateway.guardrails.policy import Hit
from llmops.gateway.metering import Usage, price

if TYPE_CHECKING:
    from llmops.gateway.state import GatewayState

UNKNOWN_MODEL = "unknown"
NO_VERSION = "none"
_OUTCOMES = {200: "ok", 403: "blocked", 429: "refused", 499: "client_disconnected", 502: "upstream_error", 504: "upstream_timeout"}


@dataclass
class Exchange:
    request_id: str
    endpoint: str
    started: float = field(default_factory=time.perf_counter)
    wall: float = field(default_factory=time.time)
    model: str = UNKNOWN_MODEL
    prompt_version: str = NO_VERSION
    caller: str | None = None
    upstream: str | None = None
    code: int = 500
    error: str | None = None
    usage: Usage | None = None
    input_estimate: int = 0  # tokens, used when the upstream gives no usage
    output_estimate: int = 0
    cached: bool = False
    forwarded: bool = False  # an upstream was asked, so tokens were (probably) spent
    upstream_wait: float = 0.0
    first_token: float | None = None
    reserved: Decimal = Decimal(0)
    hits: list[Hit] = field(default_factory=list)
    request_body: Any = None  # for the audit trail, after redaction
    response_text: str | None = None
    runtime: Any = None  # the Runtime this request started with (a reload does not change it)
    ledger: Any = None  # the BudgetLedger holding this request's reservation
    finished: bool = False

    def final_usage(self) -> Usage | None:
        if self.usage is not None:
            return self.usage
        if self.forwarded:
            return Usage(self.input_estimate, self.output_estimate, estimated=True)
        return None


def finish(state: GatewayState, ex: Exchange) -> None:
    """Meter, settle and audit one request. Safe to call twice (the second call does nothing)."""
    if ex.finished:
        return
    ex.finished = True
    rt = ex.runtime or state.runtime
    m = state.metrics
    duration = time.perf_counter() - ex.started
    dep = rt.deployment
    labels = (dep, ex.model, ex.prompt_version)
    child = m.child
    child(m.requests, *labels, str(ex.code)).inc()
    child(m.duration, dep, ex.model).observe(duration)
    child(m.overhead, dep).observe(max(0.0, duration - ex.upstream_wait))
    if ex.first_token is not None:
        child(m.ttft, dep, ex.model).observe(ex.first_token - ex.started)
    for hit in ex.hits:
        child(m.guardrail_events, hit.policy, hit.rule, hit.action, hit.mode).inc()

    usage = None if ex.cached else ex.final_usage()
    cost = Decimal(0)
    if usage is not None:
        source = "estimate" if usage.estimated else "usage"
        if usage.input_tokens:
            child(m.tokens, *labels, "input", source).inc(usage.input_tokens)
        if usage.output_tokens:
            child(m.tokens, *labels, "output", source).inc(usage.output_tokens)
        cost = price(rt.prices, usage.input_tokens, usage.output_tokens)
        if cost:
            child(m.cost, *labels, rt.prices.currency).inc(float(cost))
        state.limiter.record_tokens(ex.caller or "", usage.input_tokens + usage.output_tokens)
    ledger = ex.ledger or state.ledger
    if ledger is not None and (ex.reserved or cost):
        ledger.settle(ex.reserved, cost)
        child(m.budget_remaining, dep, rt.prices.currency).set(float(ledger.remaining))
    if ex.code == 200 and ex.model != UNKNOWN_MODEL:
        state.remember(ex.request_id, ex.prompt_version)
    if rt.audit_enabled:
        state.audit.write(_audit_record(ex, usage, cost, duration, rt.prices.currency, rt.audit_bodies))


def _audit_record(ex: Exchange, usage: Usage | None, cost: Decimal, duration: float, currency: str, bodies: bool) -> dict:
    record: dict[str, Any] = {
        "type": "llmops.audit",
        "time": timestamp(ex.wall),
        "requestId": ex.request_id,
        "endpoint": ex.endpoint,
        "caller": hash_caller(ex.caller),
        "model": ex.model,
        "promptVersion": ex.prompt_version,
        "upstream": ex.upstream,
        "code": ex.code,
        "outcome": _OUTCOMES.get(ex.code, "error" if ex.code >= 400 else "ok"),
        "cached": ex.cached,
        "inputTokens": usage.input_tokens if usage else 0,
        "outputTokens": usage.output_tokens if usage else 0,
        "tokensEstimated": bool(usage and usage.estimated),
        "cost": format(cost.normalize(), "f"),
        "currency": currency,
        "guardrails": [{"policy": h.policy, "rule": h.rule, "action": h.action, "mode": h.mode} for h in ex.hits],
        "durationMs": round(duration * 1000, 3),
    }
    if ex.error:
        record["error"] = ex.error
    if bodies:
        record["request"] = ex.request_body
        record["response"] = ex.response_text
    return record
