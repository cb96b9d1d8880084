"""The gateway's Prometheus metrics (names are API: DESIGN.md §7). One registry per process,
created by the app factory. Label values are bounded: configured model and version names,
status codes, rule names; never caller ids or text.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1)


class GatewayMetrics:
    def __init__(self) -> None:
        self._children: dict[tuple, object] = {}
        self.registry = r = CollectorRegistry(auto_describe=True)
        base = ("deployment", "model", "prompt_version")
        self.requests = Counter("llmops_gateway_requests", "Requests by outcome (HTTP status; 499: client went away).", (*base, "code"), registry=r)
        self.tokens = Counter("llmops_gateway_tokens", "Tokens metered; source=estimate when the upstream gave no usage.", (*base, "type", "source"), registry=r)
        self.cost = Counter("llmops_gateway_cost", "Cost of the metered tokens, in the pricing's currency.", (*base, "currency"), registry=r)
        self.duration = Histogram("llmops_gateway_request_duration_seconds", "Whole request, as the client saw it.", ("deployment", "model"), buckets=_LATENCY_BUCKETS, registry=r)
        self.ttft = Histogram("llmops_gateway_time_to_first_token_seconds", "Time to the first streamed content.", ("deployment", "model"), buckets=_LATENCY_BUCKETS, registry=r)
        self.overhead = Histogram("llmops_gateway_overhead_seconds", "Time spent in the gateway, not waiting on the upstream.", ("deployment",), buckets=_OVERHEAD_BUCKETS, registry=r)
        self.guardrail_events = Counter("llmops_gateway_guardrail_events", "Guardrail findings (mode Audit: would have acted).", ("policy", "rule", "action", "mode"), registry=r)
        self.feedback = Counter("llmops_gateway_feedback", "Feedback on answers.", ("prompt_version", "value"), registry=r)
        self.cache = Counter("llmops_gateway_cache_requests", "Cache lookups.", ("result",), registry=r)
        self.budget_remaining = Gauge("llmops_gateway_budget_remaining", "Budget left in the period, as seen from this replica.", ("deployment", "currency"), registry=r)
        self.rate_limited = Counter("llmops_gateway_rate_limited", "Requests refused by a limit.", ("deployment", "limit"), registry=r)
        self.upstream_attempts = Counter("llmops_gateway_upstream_attempts", "Upstream attempts by result.", ("upstream", "result"), registry=r)
        self.config_reloads = Counter("llmops_gateway_config_reloads", "Config loads by result.", ("result",), registry=r)
        self.config_valid = Gauge("llmops_gateway_config_last_reload_success", "1 when the last config load succeeded, 0 when it was refused.", registry=r)
        self.config_info = Gauge("llmops_gateway_config_info", "The active config (value 1).", ("hash",), registry=r)

    def child(self, metric, *labels: str):
        """`metric.labels(*labels)`, remembered: the label sets are bounded, and looking a child
        up in a dict is an order of magnitude cheaper than prometheus_client's labels()."""
        key = (id(metric), labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found
