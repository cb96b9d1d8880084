"""The gateway's Prometheus metrics (names are API: DESIGN.md §7). One registry per process,
created by the app. Label values are bounded: configured model and version names, status
codes, rule names; never caller ids or text.

The values live in plain dicts keyed by label tuples and are handed to prometheus_client only
when /metrics is scraped (a custom collector): an update is a dict operation instead of
prometheus_client's labels() lookup, lock and value object (~1.5 us each, a dozen per
request). The gateway updates them from its event loop thread only, which is also where
/metrics is rendered, so no lock is needed.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

# A bound at every latency threshold people set (a canary's `LatencyP95: max 4s` is judged
# from these: histogram_quantile interpolates within a bucket, so a threshold on a bound is exact).
_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 4, 5, 8, 10, 15, 30, 60, 120)
# The series that exist at 0 from config load for every served version (serve_versions): the
# status codes the analysis tells apart (5xx: an error) and the gateway's own 5xx answers; the
# guardrail outcomes, strongest first; the feedback values.
ZERO_CODES = ("200", "500", "502", "504")
GUARDRAIL_OUTCOMES = ("blocked", "redacted", "audited", "clean")
FEEDBACK_VALUES = ("positive", "negative", "neutral")
NO_TEAM = "none"  # the `team` label without auth (and of refusals before it)
NO_VERSION = "none"  # the `prompt_version` label of a request no prompt version applied to
_OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1)


class _Family:
    def __init__(self, name: str, doc: str, labelnames: tuple[str, ...] = ()) -> None:
        self.name = name
        self.doc = doc
        self.labelnames = labelnames
        self.values: dict[tuple[str, ...], object] = {}

    def labels(self, *labels: str) -> _Child:
        if len(labels) != len(self.labelnames):
            raise ValueError(f"{self.name}: {len(self.labelnames)} label values expected, got {len(labels)}")
        return _Child(self, tuple(labels))

    def remove(self, *labels: str) -> None:
        self.values.pop(tuple(labels), None)

    def retain(self, label: str, keep: set[str]) -> None:
        """Drop every series whose `label` is not in `keep` (versions no longer served)."""
        at = self.labelnames.index(label)
        for key in [k for k in self.values if k[at] not in keep]:
            del self.values[key]


class _Child:
    """`family.labels(...)`, for the rare updates; the request path uses the *_at methods."""

    __slots__ = ("family", "key")

    def __init__(self, family: _Family, key: tuple[str, ...]) -> None:
        self.family = family
        self.key = key

    def inc(self, amount: float = 1.0) -> None:
        self.family.inc_at(self.key, amount)  # type: ignore[attr-defined]

    def set(self, value: float) -> None:
        self.family.set_at(self.key, value)  # type: ignore[attr-defined]

    def observe(self, value: float) -> None:
        self.family.observe_at(self.key, value)  # type: ignore[attr-defined]


class Counter(_Family):
    def inc_at(self, key: tuple[str, ...], amount: float = 1.0) -> None:
        if amount < 0:
            raise ValueError("counters only go up")
        values = self.values
        values[key] = values.get(key, 0.0) + amount

    def collect(self) -> Metric:
        family = CounterMetricFamily(self.name, self.doc, labels=self.labelnames)
        for key, value in self.values.items():
            family.add_metric(key, value)
        return family


class Gauge(_Family):
    def set_at(self, key: tuple[str, ...], value: float) -> None:
        self.values[key] = float(value)

    def set(self, value: float) -> None:
        """For a gauge without labels."""
        self.values[()] = float(value)

    def collect(self) -> Metric:
        family = GaugeMetricFamily(self.name, self.doc, labels=self.labelnames)
        for key, value in self.values.items():
            family.add_metric(key, value)
        return family


class Histogram(_Family):
    def __init__(self, name: str, doc: str, labelnames: tuple[str, ...], buckets: tuple[float, ...]) -> None:
        super().__init__(name, doc, labelnames)
        self.bounds = tuple(float(b) for b in buckets)

    def observe_at(self, key: tuple[str, ...], value: float) -> None:
        entry = self.values.get(key)
        if entry is None:
            entry = self.zero(key)
        entry[bisect_left(self.bounds, value)] += 1  # the first bound >= value: Prometheus' "le"
        entry[-1] += value

    def zero(self, key: tuple[str, ...]) -> list:
        """The series of `key`, created empty when missing."""
        entry = self.values.get(key)
        if entry is None:
            entry = self.values[key] = [0] * (len(self.bounds) + 1) + [0.0]  # counts per bucket (+Inf last), sum
        return entry

    def collect(self) -> Metric:
        family = HistogramMetricFamily(self.name, self.doc, labels=self.labelnames)
        for key, entry in self.values.items():
            cumulative, buckets = 0, []
            for bound, count in zip((*self.bounds, math.inf), entry[:-1]):
                cumulative += count
                buckets.append(("+Inf" if bound == math.inf else repr(bound), cumulative))
            family.add_metric(key, buckets, entry[-1])
        return family


class RouteShares(_Family):
    """A router's live shares per upstream (LeastLatency moves them), read at scrape time from
    the active routing's health: nothing to update on the request path."""

    source = None  # a balancer.RouteHealth, set when a router config becomes active
    deployment = ""

    def collect(self) -> Metric:
        family = GaugeMetricFamily(self.name, self.doc, labels=self.labelnames)
        for upstream, share in (self.source.shares if self.source is not None else {}).items():
            family.add_metric((self.deployment, upstream), share)
        return family


class GatewayMetrics:
    """`auth`: export the llmops_gateway_auth_* families (a gateway with API keys); without it
    they exist for the code but are not scraped. `team` is bounded (auth.TeamLabels); `none`
    without auth."""

    def __init__(self, auth: bool = False) -> None:
        base = ("deployment", "model", "prompt_version", "team")
        self.requests = Counter("llmops_gateway_requests", "Requests by outcome (HTTP status; 499: client went away).", (*base, "code"))
        self.tokens = Counter("llmops_gateway_tokens", "Tokens metered; source=estimate when the upstream gave no usage.", (*base, "type", "source"))
        self.cost = Counter("llmops_gateway_cost", "Cost of the metered tokens, in the pricing's currency.", (*base, "currency"))
        self.duration = Histogram("llmops_gateway_request_duration_seconds", "Whole request, as the client saw it.", ("deployment", "model", "prompt_version"), _LATENCY_BUCKETS)
        self.ttft = Histogram("llmops_gateway_time_to_first_token_seconds", "Time to the first streamed content.", ("deployment", "model"), _LATENCY_BUCKETS)
        self.overhead = Histogram("llmops_gateway_overhead_seconds", "Time spent in the gateway, not waiting on the upstream.", ("deployment",), _OVERHEAD_BUCKETS)
        self.guardrail_events = Counter("llmops_gateway_guardrail_events", "Guardrail findings (mode Audit: would have acted).", ("policy", "rule", "action", "mode"))
        self.guardrail_requests = Counter("llmops_gateway_guardrail_requests", "Requests the guardrails checked, by the strongest "
                                          "outcome (blocked > redacted > audited > clean).", ("deployment", "prompt_version", "outcome"))
        self.feedback = Counter("llmops_gateway_feedback", "Feedback on answers.", ("prompt_version", "value"))
        self.cache = Counter("llmops_gateway_cache_requests", "Cache lookups.", ("result",))
        self.budget_remaining = Gauge("llmops_gateway_budget_remaining", "Budget left in the period, as seen from this replica.", ("deployment", "currency"))
        self.rate_limited = Counter("llmops_gateway_rate_limited", "Requests refused by a limit.", ("deployment", "limit"))
        self.upstream_attempts = Counter("llmops_gateway_upstream_attempts", "Upstream attempts by result.", ("upstream", "result"))
        self.bookkeeping_errors = Counter("llmops_gateway_bookkeeping_errors", "Bookkeeping stages of a request that failed (logged; the other stages still ran).", ("stage",))
        self.audit_write_errors = Counter("llmops_gateway_audit_write_errors", "Audit lines that could not be written (logged).")
        self.usage_clamped = Counter("llmops_gateway_usage_clamped", "Upstream usage numbers out of range, clamped before metering.", ("deployment",))
        self.config_reloads = Counter("llmops_gateway_config_reloads", "Config loads by result.", ("result",))
        self.config_valid = Gauge("llmops_gateway_config_last_reload_success", "1 when the last config load succeeded, 0 when it was refused.")
        self.config_info = Gauge("llmops_gateway_config_info", "The active config (value 1).", ("hash",))
        self.route_share = RouteShares("llmops_gateway_route_share", "Router mode: share of new requests each upstream "
                                       "gets now (weights without ejected upstreams, or LeastLatency's).",
                                       ("deployment", "upstream"))
        self.auth_requests = Counter("llmops_gateway_auth_requests", "Authentications by result (ok, missing, invalid, unavailable).", ("deployment", "result"))
        self.auth_keys = Gauge("llmops_gateway_auth_keys", "API keys in the active key set.")
        self.auth_valid = Gauge("llmops_gateway_auth_last_reload_success", "1 when the last load of the key set succeeded, 0 when it was refused.")
        self.auth_reloads = Counter("llmops_gateway_auth_reloads", "Key set loads by result.", ("result",))
        self.auth_active = Gauge("llmops_gateway_auth_key_set_active",
                                 "1 while a good key set is in force (0: none ever loaded, every request answered 503).")
        auth_families = (self.auth_requests, self.auth_keys, self.auth_valid, self.auth_reloads, self.auth_active)
        self._families = [value for value in vars(self).values()
                          if isinstance(value, _Family) and (auth or value not in auth_families)]
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(self)

    def serve_versions(self, deployment: str, models: Iterable[str], versions: Iterable[str], keep: set[str],
                       currency: str, guarded: bool) -> None:
        """A config serving `versions` loaded: every series the canary analysis reads
        (docs/prompts.md) exists from now on, at 0 until counted, so a version's first error,
        violation or feedback is an increase Prometheus sees, not a series' birth; the series of
        versions not in `keep` go (a handful of versions ever: bounded). Runs per load, not per
        request. Series of other teams (with API keys) are born at their first request."""
        for family in (self.requests, self.tokens, self.cost, self.duration, self.guardrail_requests, self.feedback):
            family.retain("prompt_version", keep)
        for version in versions:
            for model in models:
                base = (deployment, model, version, NO_TEAM)
                for code in ZERO_CODES:
                    self.requests.values.setdefault((*base, code), 0.0)
                self.cost.values.setdefault((*base, currency), 0.0)
                self.duration.zero((deployment, model, version))
            if guarded:
                for outcome in GUARDRAIL_OUTCOMES:
                    self.guardrail_requests.values.setdefault((deployment, version, outcome), 0.0)
            for value in FEEDBACK_VALUES:
                self.feedback.values.setdefault((version, value), 0.0)

    def collect(self) -> Iterator[Metric]:
        for family in self._families:
            yield family.collect()
