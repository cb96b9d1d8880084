"""The config, precomputed into plain data the request path can use without validation:
regexes compiled, templates rendered, prices per token, routes resolved, keys resolved.

Built once per (re)load. A failure here (a missing API-key variable, a bad pattern) refuses
the config as a whole, like a validation error.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass

from llmops.api.gateway_config import GatewayConfig, Timeouts, Upstream, config_hash, parse_duration
from llmops.gateway.auditcopy import clean_ids, redacts_all_pii
from llmops.gateway.guardrails.policy import Guard, compile_guards, hold_back_chars
from llmops.gateway.metering import Prices, compile_pricing
from llmops.gateway.prompts import RuntimePrompt, compile_prompt
from llmops.gateway.balancer import OutlierDetector, RouteHealth
from llmops.gateway.router import RoutingTable, Target, WeightedChoice


@dataclass(frozen=True)
class Runtime:
    config: GatewayConfig
    hash: str
    deployment: str
    models: frozenset[str]
    models_body: bytes  # the answer of GET /v1/models
    routing: RoutingTable
    budget_fallback: Target | None
    prompt: RuntimePrompt | None
    sticky_source: str | None  # see key_source
    input_guards: tuple[Guard, ...]
    output_guards: tuple[Guard, ...]
    hold_back: int
    prices: Prices
    rate_key_source: str | None  # see key_source
    max_body_bytes: int
    max_output_tokens: int
    cache_enabled: bool
    audit_enabled: bool
    audit_bodies: bool
    audit_clean_ids: frozenset[int]  # the prompt templates' strings without PII (auditcopy.clean_ids)
    input_pii_complete: bool  # the input guards enforce redaction of every PII entity (auditcopy.py)
    output_pii_complete: bool


def key_source(key: str | None) -> str | None:
    """`Header:X-User-Id` -> "x-user-id"; `ClientIP` -> "" (the client address); None -> None."""
    if key is None:
        return None
    if key == "ClientIP":
        return ""
    return key.split(":", 1)[1].lower()


def _target(upstream: Upstream, defaults: Timeouts, env: Mapping[str, str]) -> Target:
    api_key = None
    if upstream.api_key_env:
        api_key = env.get(upstream.api_key_env)
        if not api_key:
            raise ValueError(f"upstream {upstream.name!r}: environment variable {upstream.api_key_env} is not set")
    timeouts = upstream.timeouts or defaults
    return Target(
        name=upstream.name,
        base_url=upstream.url.rstrip("/"),
        model=upstream.model,
        api_key=api_key,
        request_timeout=parse_duration(timeouts.request),
        first_token_timeout=parse_duration(timeouts.first_token),
    )


def _route_health(config: GatewayConfig) -> RouteHealth:
    e = config.routing.ejection
    detector = OutlierDetector(consecutive=e.consecutive_failures, base_seconds=parse_duration(e.base),
                               max_seconds=parse_duration(e.max))
    return RouteHealth(config.routing.strategy, detector, len(config.upstreams), time.monotonic)


def build_runtime(config: GatewayConfig, env: Mapping[str, str] | None = None) -> Runtime:
    env = os.environ if env is None else env
    targets = {u.name: _target(u, config.timeouts, env) for u in config.upstreams}
    routing = RoutingTable(
        default=WeightedChoice.of([(targets[u.name], u.weight) for u in config.upstreams]),
        rules=tuple(
            (
                tuple((name.lower(), value) for name, value in rule.match.headers.items()),
                WeightedChoice.of([(targets[t.name], t.weight) for t in rule.targets]),
            )
            for rule in config.routing.rules
        ),
        fallback=tuple(targets[name] for name in config.routing.fallback.targets),
        fallback_on=frozenset(config.routing.fallback.triggers),
        retries=config.routing.retries.attempts,
        backoff=parse_duration(config.routing.retries.backoff),
        health=_route_health(config) if config.mode == "Router" else None,
    )
    budget = config.budget
    budget_fallback = (
        _target(budget.fallback_upstream, config.timeouts, env) if budget and budget.fallback_upstream else None
    )
    input_guards = compile_guards(config.guardrails, "input")
    output_guards = compile_guards(config.guardrails, "output")
    prompt = compile_prompt(config.prompt) if config.prompt else None
    templates = [m["content"] for v in (prompt.versions if prompt else ()) for m in v.messages]
    models_body = json.dumps(
        {"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "llmops"} for m in config.models]}
    ).encode()
    return Runtime(
        config=config,
        hash=config_hash(config),
        deployment=config.deployment,
        models=frozenset(config.models),
        models_body=models_body,
        routing=routing,
        budget_fallback=budget_fallback,
        prompt=prompt,
        sticky_source=key_source(config.prompt.sticky_by) if config.prompt else None,
        input_guards=input_guards,
        output_guards=output_guards,
        hold_back=hold_back_chars(output_guards),
        prices=compile_pricing(config.pricing),
        rate_key_source=key_source(config.rate_limit.key),
        max_body_bytes=config.limits.max_body_bytes,
        max_output_tokens=config.limits.max_output_tokens,
        cache_enabled=config.cache.enabled,
        audit_enabled=config.audit.enabled,
        audit_bodies=config.audit.bodies == "Redacted",
        audit_clean_ids=clean_ids(templates),
        input_pii_complete=redacts_all_pii(input_guards),
        output_pii_complete=redacts_all_pii(output_guards),
    )
