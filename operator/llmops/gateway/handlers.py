"""The request path of DESIGN.md §6 for the inference endpoints, stage by stage. Each stage is
a pure function from the modules it names; this module only puts them in order.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from llmops.api.apikeys import CALLER_HEADER
from llmops.gateway import jsoncodec
from llmops.gateway.auth import AuthError
from llmops.gateway.cache import cache_key
from llmops.gateway.errors import GatewayError
from llmops.gateway.guardrails.policy import block_message, first_block, schema_hits, size_hits
from llmops.gateway.guardrails.slots import answer_texts, request_texts
from llmops.gateway.httpserver import Request
from llmops.gateway.metering import estimate_tokens, usage_from
from llmops.gateway.prompts import apply_version, choose_prompt_version
from llmops.gateway.record import Exchange, finish
from llmops.gateway.relay import relay_stream
from llmops.gateway.requestid import RequestIds, with_version
from llmops.gateway.reservation import worst_case
from llmops.gateway.router import Target, choose_target
from llmops.gateway.runtime import Runtime
from llmops.gateway.state import GatewayState
from llmops.gateway.upstream import UpstreamFailure, forward
from llmops.gateway.validate import CHAT, COMPLETIONS, EMBEDDINGS, MAX_UPSTREAM_BODY, answer_problem, check_request, loads, parse_body

log = logging.getLogger("llmops.gateway")

SERVED_BY_HEADER = "x-llmops-served-by"  # the deployment that answered, when a budget fallback did
HOP_HEADER = "x-llmops-budget-hop"       # set on a budget fallback's request: no second fallback

# A complete answer: (status, body, headers). A streamed answer is written by relay_stream
# through `out` instead, and serve() returns None.
Reply = tuple[int, bytes, dict[str, str]]


new_request_id = RequestIds()


def caller_key(source: str | None, request: Request) -> str | None:
    if source is None:
        return None
    if source == "":
        return request.remote
    return request.headers.get(source)


def error_reply(err: GatewayError, ex: Exchange) -> Reply:
    headers = {**err.headers, "x-llmops-request-id": ex.request_id, "x-llmops-prompt-version": ex.prompt_version}
    return err.status, err.body(), headers


def make_handler(state: GatewayState, endpoint: str, path: str):
    """The handler of one inference endpoint: `async (request, out) -> None` (httpserver.py)."""

    async def handler(request: Request, out) -> None:
        rt = state.runtime
        ex = Exchange(new_request_id(), endpoint, runtime=rt)
        try:
            try:
                reply = await serve(request, out, state, rt, ex, endpoint, path)
            except GatewayError as err:
                ex.code = err.status
                ex.error = err.code or err.type
                reply = error_reply(err, ex)
            except Exception:
                log.exception("request %s failed unexpectedly", ex.request_id)
                ex.code = 500
                ex.error = "internal_error"
                reply = error_reply(GatewayError(500, "Internal gateway error.", type="server_error", code="internal_error"), ex)
            # The answer goes out before the bookkeeping (metrics, budget, audit record): the
            # client does not wait for it.
            if reply is not None:
                await out.send(*reply)
        except ConnectionError:
            if ex.code < 400:
                ex.code = 499
                ex.error = "client_disconnected"
        finally:
            try:
                finish(state, ex)
            except Exception:  # the answer is out: a failure here must not become a second one
                log.exception("bookkeeping of request %s failed", ex.request_id)

    return handler


async def serve(request: Request, out, state: GatewayState, rt: Runtime, ex: Exchange, endpoint: str, path: str) -> Reply | None:
    # 0. with API keys: who calls, before anything of the body is looked at
    if state.auth is not None:
        _authenticate(state, rt, request, ex)

    # 1. parse and bound the request, identify the caller
    raw = request.body
    if request.too_large or len(raw) > rt.max_body_bytes:
        raise _too_large(rt)
    body = parse_body(raw)
    ex.model = check_request(body, endpoint, rt.models, rt.max_output_tokens)
    if ex.principal is None:
        ex.caller = caller_key(rt.rate_key_source, request)

    # 2. rate limit (budget admission comes after the cache: a cached answer costs nothing)
    refusal = state.limiter.admit(ex.caller or "", ex.limits)
    if refusal is not None:
        state.metrics.rate_limited.labels(rt.deployment, refusal.limit).inc()
        raise GatewayError(429, refusal.message, type="rate_limit_error", code=f"{refusal.limit}_per_minute_exceeded", headers=refusal.headers())

    # 3. choose the prompt version
    version = None
    if endpoint == CHAT and rt.prompt is not None:
        version = choose_prompt_version(rt.prompt, caller_key(rt.sticky_source, request))
        ex.prompt_version = version.name
        ex.prompt = rt.prompt.name
        ex.request_id = with_version(ex.request_id, version.name)  # feedback finds the version from it

    # 4. input guardrails, on what the client wrote (templates are the operator's, trusted)
    modified = bool(rt.input_guards) and _check_input(rt, body, endpoint, ex, len(raw))
    if version is not None:
        apply_version(body, version)
        modified = modified or bool(version.messages or version.parameters)
    stream = body.get("stream") is True
    options = body.get("stream_options")
    wants_usage = stream and isinstance(options, dict) and options.get("include_usage") is True
    if stream and not wants_usage:
        body["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
        modified = True
    ex.input_estimate = estimate_tokens(len(raw) + sum(len(m["content"]) for m in version.messages) if version else len(raw))
    audited = _AUDITED[endpoint] if rt.audit_bodies else None
    if audited is not None:
        ex.request_body = body.get(audited)

    # 5. cache
    cache = state.cache
    key = None
    if cache is not None:
        if stream:
            state.metrics.cache.labels("bypass").inc()
        else:
            key = cache_key(endpoint, body)
            hit = cache.get(key)
            state.metrics.cache.inc_at(("hit",) if hit is not None else ("miss",))
            if hit is not None:
                ex.cached = True
                ex.code = 200
                return 200, hit, _headers(ex, cached=True)

    # budget admission: reserve the worst case, or throttle / fall back
    target = choose_target(rt.routing, request.headers)
    if state.ledger is not None:
        target = _admit_budget(state, rt, ex, body, target, len(raw), version, request.headers)

    # 6. forward
    if not modified:
        payload = raw
    else:
        payload = jsoncodec.dumps(body)

    def payload_for(t: Target) -> bytes:
        if t.model and t.model != body["model"]:
            return jsoncodec.dumps({**body, "model": t.model})
        return payload

    def count_attempt(upstream: str, result: str) -> None:
        state.metrics.upstream_attempts.inc_at((upstream, result))

    # a router's own key (and who its caller is) to targets without a key of their own; the
    # client's headers, its key among them, never go upstream
    key_headers = state.upstream_key.headers(ex.principal) if state.upstream_key is not None else None
    if ex.served_by is not None:  # a budget fallback: the next gateway must not fall back again
        key_headers = {**(key_headers or {}), HOP_HEADER: rt.deployment or "gateway"}
    try:
        answer = await forward(state.client, rt.routing, target, path, payload_for, ex, stream, count_attempt, key_headers)
    except UpstreamFailure as failure:
        raise failure.to_error() from None
    if answer.status != 200:
        return _passthrough_error(answer.status, answer.body, ex)
    ex.forwarded = True
    if stream:
        ex.guarded = ex.guarded or bool(rt.output_guards)
        await relay_stream(out, rt, ex, answer, endpoint, wants_usage, _headers(ex))
        return None

    # 7. output guardrails, 8. metering
    data = _complete(rt, ex, endpoint, answer.body)
    if key is not None and cache is not None:
        cache.put(key, data)
    ex.code = 200
    return 200, data, _headers(ex)


def _authenticate(state: GatewayState, rt: Runtime, request: Request, ex: Exchange) -> None:
    """The API key stage: the principal (and its capped limits, and the rate-limit key: its id,
    never a header the caller picks) onto the exchange, or an OpenAI-shaped 401/503."""
    headers = request.headers
    result = state.auth.authenticate(headers.get("authorization"), headers.get(CALLER_HEADER))
    if isinstance(result, AuthError):
        state.metrics.auth_requests.inc_at((rt.deployment, result.result))
        ex.claimed_key_id = result.claimed_id
        raise result.to_gateway_error()
    state.metrics.auth_requests.inc_at((rt.deployment, "ok"))
    ex.principal = result
    ex.caller = result.rate_key
    rl = rt.config.rate_limit
    ex.limits = result.limits(rl.requests_per_minute, rl.tokens_per_minute)


# The part of a request body the audit trail keeps (with bodies: Redacted).
_AUDITED = {CHAT: "messages", COMPLETIONS: "prompt", EMBEDDINGS: "input"}


def _headers(ex: Exchange, cached: bool = False) -> dict[str, str]:
    headers = {"x-llmops-request-id": ex.request_id, "x-llmops-prompt-version": ex.prompt_version}
    if ex.served_by is not None:
        headers[SERVED_BY_HEADER] = ex.served_by
    if cached:
        headers["x-llmops-cache"] = "hit"
    return headers


def _too_large(rt: Runtime) -> GatewayError:
    return GatewayError(413, f"Request body is larger than {rt.max_body_bytes} bytes.", code="request_too_large")


def _check_input(rt: Runtime, body: dict[str, Any], endpoint: str, ex: Exchange, raw_size: int) -> bool:
    """Input guardrails over every model-visible string of the request, matched as one text
    (guardrails/slots.py); redacts in place, raises on an enforced Block. Whether it changed."""
    guards = rt.input_guards
    ex.guarded = True
    texts = request_texts(body, endpoint)
    hits, joined = texts.scan(guards)
    changed = False
    if hits:
        ex.hits.extend(hits)
        blocked = first_block(hits)
        if blocked is not None:
            raise GatewayError(403, block_message(guards, blocked), type="guardrail_error", code="guardrail_blocked")
        changed = texts.redact(hits)
    if rt.input_pii_complete and rt.audit_bodies:
        ex.clean = {id(container[key]) for container, key in texts.slots}
    size = size_hits(guards, estimate_tokens(len(joined)))
    if size:
        ex.hits.extend(size)
        blocked = first_block(size)
        if blocked is not None:
            raise GatewayError(403, block_message(guards, blocked), type="guardrail_error", code="input_too_long")
    return changed


def _admit_budget(state: GatewayState, rt: Runtime, ex: Exchange, body: dict[str, Any], target: Target,
                  raw_bytes: int, version, headers) -> Target:
    """Reserve the request's worst case (reservation.py), or act as the budget says: Alert
    admits anyway, Fallback sends it to the fallback deployment (once: a request that already
    fell back is refused, never sent back), Throttle refuses with the reset time."""
    ledger = state.ledger
    assert ledger is not None
    worst = worst_case(rt.prices, ex.endpoint, body, raw_bytes, version, rt.max_output_tokens)
    if ledger.try_reserve(worst):
        ex.reserved = worst
        ex.ledger = ledger
        return target
    if getattr(ledger, "closed", False):
        raise GatewayError(503, "This gateway is shutting down; retry.", type="server_error", code="shutting_down")
    state.metrics.rate_limited.labels(rt.deployment, "budget").inc()
    if ledger.action == "Alert":
        ledger.force_reserve(worst)
        ex.reserved = worst
        ex.ledger = ledger
        return target
    if ledger.action == "Fallback" and rt.budget_fallback is not None and HOP_HEADER not in headers:
        ex.served_by = rt.budget_fallback.name  # metered there, at its prices: not here
        return rt.budget_fallback
    retry = ledger.retry_after() if hasattr(ledger, "retry_after") else 60
    raise GatewayError(429, ledger.refusal_message(), type="budget_exceeded_error", code="budget_exceeded",
                       headers={"retry-after": str(retry)})


def _passthrough_error(status: int, body: bytes, ex: Exchange) -> Reply:
    """The upstream refused the request itself (4xx): the client should see why, in OpenAI shape."""
    ex.code = status
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    if not (isinstance(parsed, dict) and isinstance(parsed.get("error"), dict)):
        text = body[:500].decode("utf-8", "replace")
        body = GatewayError(status, f"Upstream refused the request: {text}", code="upstream_refused").body()
    ex.error = "upstream_refused"
    return status, body, _headers(ex)


def _invalid_answer(why: str) -> GatewayError:
    return GatewayError(502, f"The upstream's answer is not usable: {why}.", type="upstream_error", code="upstream_invalid")


def _complete(rt: Runtime, ex: Exchange, endpoint: str, data: bytes) -> bytes:
    if len(data) > MAX_UPSTREAM_BODY:
        raise _invalid_answer(f"it is larger than {MAX_UPSTREAM_BODY} bytes")
    try:
        parsed = loads(data)
    except ValueError as exc:  # UnicodeDecodeError and too deep included
        raise _invalid_answer(f"not JSON ({exc})") from None
    # usage first: what the upstream says it spent is metered even when the rest is unusable
    ex.usage = usage_from(parsed)
    problem = answer_problem(parsed, endpoint)
    if problem is not None:
        raise _invalid_answer(problem)
    if endpoint == EMBEDDINGS:
        return data
    field = "message" if endpoint == CHAT else None
    key = "content" if field else "text"
    guards = rt.output_guards
    ex.guarded = ex.guarded or bool(guards)
    texts: list[str] = []
    changed = False
    for choice in parsed.get("choices") or ():
        holder = choice.get(field) if field else choice
        if not isinstance(holder, dict):
            continue
        if guards:
            unit = answer_texts(holder, endpoint)
            hits, _ = unit.scan(guards)
            if isinstance(holder.get(key), str):
                hits += schema_hits(guards, holder[key])
            ex.hits.extend(hits)
            blocked = first_block(hits)
            if blocked is not None:
                raise GatewayError(403, block_message(guards, blocked), type="guardrail_error", code="guardrail_blocked_output")
            changed = unit.redact(hits) or changed
        if isinstance(holder.get(key), str):
            texts.append(holder[key])
    if ex.usage is None:
        ex.output_estimate = estimate_tokens(sum(len(t) for t in texts))
    if rt.audit_bodies:
        ex.response_text = texts[0] if len(texts) == 1 else texts
        ex.response_clean = rt.output_pii_complete
    return jsoncodec.dumps(parsed) if changed else data
