"""RoutingPolicy (+ what is known of its targets) -> the router's plan, config and children.

Pure. A target is eligible while its LLMDeployment's `Available` condition is True (not
`Ready`: Ready is False during every rolling update, which must not push all traffic elsewhere).
Ineligible targets get weight 0 and the others are renormalised to sum to 100; with none
eligible the configured weights stay (the router's fallback handles the failures)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from llmops.api import gateway_config as gc
from llmops.api.routingpolicy import FallbackReason, RoutingPolicySpec, RoutingStrategy
from llmops.render.common import Owner, endpoint, labels, metadata, router_name, selector
from llmops.render.gatewaypod import (POD_DEFAULTS, RenderSettings, auth_parts, config_map, gateway_container,
                                      gateway_volume)

ROUTER_PORT = 8080
DEFAULT_TRIGGERS = (FallbackReason.SERVER_ERROR, FallbackReason.TIMEOUT, FallbackReason.UNAVAILABLE)


@dataclass(frozen=True)
class TargetInfo:
    """What the router needs of one target, read from the LLMDeployment (None: it does not exist)."""

    name: str
    available: bool
    url: str
    served_model: str
    price: Decimal  # input + output per million tokens: what LeastCost compares


@dataclass(frozen=True)
class Plan:
    """Where traffic goes now, decided from the spec and the targets' state."""

    weights: dict[str, int]          # default targets -> effective percent
    fallback: tuple[str, ...]        # tried in order when the chosen target fails
    missing: tuple[str, ...]         # referenced but no LLMDeployment of that name
    eligible: frozenset[str]
    any_eligible: bool


def largest_remainder(weights: list[tuple[str, int]]) -> dict[str, int]:
    """Shares of 100 proportional to the weights, summing to exactly 100 (Hamilton's method;
    ties go to the earlier target)."""
    total = sum(w for _, w in weights)
    if total <= 0:
        return {n: 0 for n, _ in weights}
    exact = [(n, w * 100 / total) for n, w in weights]
    shares = {n: int(x) for n, x in exact}
    left = 100 - sum(shares.values())
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i][1] - int(exact[i][1])), i))
    for i in by_remainder[:left]:
        shares[exact[i][0]] += 1
    return shares


def effective_weights(targets: list[tuple[str, int]], eligible: frozenset[str]) -> dict[str, int]:
    pool = [(n, w) for n, w in targets if n in eligible and w > 0]
    if not pool:  # nothing eligible: keep the configured weights, fallback handles failures
        pool = [(n, w) for n, w in targets if w > 0]
    shares = largest_remainder(pool)
    return {n: shares.get(n, 0) for n, _ in targets}


def _cheapest_first(names: list[str], infos: dict[str, TargetInfo], weight: dict[str, int]) -> list[str]:
    return sorted(names, key=lambda n: (infos[n].price, -weight.get(n, 0), n))


def plan(spec: RoutingPolicySpec, infos: dict[str, TargetInfo | None]) -> Plan:
    referenced = [t.name for t in spec.targets] + [t.name for r in spec.rules or [] for t in r.targets]
    referenced += list(spec.fallback.targets) if spec.fallback else []
    missing = tuple(dict.fromkeys(n for n in referenced if infos.get(n) is None))
    eligible = frozenset(n for n, i in infos.items() if i is not None and i.available)
    configured = [(t.name, t.weight) for t in spec.targets if infos.get(t.name) is not None]
    spec_fallback = [n for n in (spec.fallback.targets if spec.fallback else []) if infos.get(n) is not None]
    any_eligible = any(n in eligible and w > 0 for n, w in configured)
    if spec.strategy == RoutingStrategy.LEAST_COST and any_eligible:
        weight = dict(configured)
        ranked = _cheapest_first([n for n, w in configured if n in eligible and w > 0], infos, weight)
        weights = {n: (100 if n == ranked[0] else 0) for n, _ in configured}
        fallback = tuple(dict.fromkeys(ranked[1:] + spec_fallback))
    else:
        weights = effective_weights(configured, eligible)
        fallback = tuple(spec_fallback)
    return Plan(weights, fallback, missing, eligible, any_eligible)


def targets_text(spec: RoutingPolicySpec, p: Plan) -> str:
    """The TARGETS column: `a=90 b=10`, an ineligible target marked."""
    parts = []
    for t in spec.targets:
        mark = "" if t.name in p.eligible else ("(missing)" if t.name in p.missing else "(unavailable)")
        parts.append(f"{t.name}={p.weights.get(t.name, 0)}{mark}")
    return " ".join(parts)[:256]


def router_config(name: str, spec: RoutingPolicySpec, p: Plan, infos: dict[str, TargetInfo | None],
                  guardrails: tuple[gc.GuardrailPolicy, ...] = ()) -> gc.GatewayConfig | None:
    """The router's gateway config; None when no default target exists (nothing to route to)."""
    if not any(w > 0 for w in p.weights.values()):
        return None
    upstreams = [gc.Upstream(name=n, url=i.url, weight=p.weights.get(n, 0), model=i.served_model)
                 for n, i in infos.items() if i is not None]
    rules = []
    for r in spec.rules or []:
        present = [(t.name, t.weight) for t in r.targets if infos.get(t.name) is not None]
        if present:
            shares = effective_weights(present, p.eligible)
            rules.append(gc.RouteRule(match=gc.RouteMatch(headers=dict(r.match.headers or {})),
                                      targets=[gc.RouteTarget(name=n, weight=shares[n]) for n, _ in present]))
    triggers = [str(t) for t in (spec.fallback.triggers if spec.fallback else DEFAULT_TRIGGERS)]
    routing = gc.Routing(rules=rules, fallback=gc.Fallback(triggers=triggers, targets=list(p.fallback)),
                         retries=gc.Retries(attempts=spec.retries.attempts, backoff=spec.retries.backoff)
                         if spec.retries else gc.Retries())
    kwargs: dict = {}
    if spec.timeouts:
        kwargs["timeouts"] = gc.Timeouts(request=spec.timeouts.request, first_token=spec.timeouts.first_token)
    return gc.GatewayConfig(deployment=name, mode="Router", models=[spec.model], upstreams=upstreams,
                            routing=routing, guardrails=list(guardrails), **kwargs)


def router_endpoint(name: str, namespace: str) -> str:
    return endpoint(router_name(name), namespace, ROUTER_PORT)


def render_router(owner: Owner, spec: RoutingPolicySpec, config: gc.GatewayConfig, s: RenderSettings) -> tuple[dict, ...]:
    """ConfigMap `<name>-router-gateway`, Deployment and Service `<name>-router`, in apply order."""
    rname = router_name(owner.name)
    h = gc.config_hash(config)
    pod_labels = labels(owner.name, owner.kind, rname)
    auth = auth_parts(spec.auth)
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata(owner, rname), "spec": {
        "replicas": spec.router.replicas if spec.router else 1,
        "selector": {"matchLabels": selector(owner.name, owner.kind)},
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
        "revisionHistoryLimit": 5,
        "template": {
            "metadata": {"labels": pod_labels, "annotations": {
                "prometheus.io/scrape": "true", "prometheus.io/port": str(ROUTER_PORT),
                "prometheus.io/path": "/metrics"}},
            "spec": {"containers": [gateway_container(ROUTER_PORT, s, auth=auth)],
                     "volumes": [gateway_volume(rname), *auth.volumes], **POD_DEFAULTS},
        },
    }}
    service = {"apiVersion": "v1", "kind": "Service", "metadata": metadata(owner, rname), "spec": {
        "type": "ClusterIP", "selector": selector(owner.name, owner.kind),
        "ports": [{"name": "http", "port": ROUTER_PORT, "targetPort": "http", "protocol": "TCP"}]}}
    return config_map(owner, config, h, rname), deployment, service
