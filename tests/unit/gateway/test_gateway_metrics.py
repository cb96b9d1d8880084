"""The gateway's metric families: plain dicts rendered through prometheus_client at scrape time."""

from __future__ import annotations

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from llmops.gateway.metrics import GatewayMetrics


def samples(m: GatewayMetrics) -> dict[tuple[str, frozenset], float]:
    text = generate_latest(m.registry).decode()
    return {(s.name, frozenset(s.labels.items())): s.value for f in text_string_to_metric_families(text) for s in f.samples}


def test_counters_gauges_and_histograms_render_as_prometheus_text():
    m = GatewayMetrics()
    m.requests.inc_at(("dep", "model", "v1", "none", "200"))
    m.requests.inc_at(("dep", "model", "v1", "none", "200"), 2)
    m.requests.labels("dep", "model", "v1", "none", "429").inc()
    m.config_valid.set(1)
    m.budget_remaining.set_at(("dep", "USD"), 12.5)
    for value in (0.0005, 0.0007, 3.0, 500.0):  # on a bound, between bounds, above the last
        m.duration.observe_at(("dep", "model", "v1"), value)
    s = samples(m)
    base = {("deployment", "dep"), ("model", "model"), ("prompt_version", "v1"), ("team", "none")}
    assert s[("llmops_gateway_requests_total", frozenset(base | {("code", "200")}))] == 3
    assert s[("llmops_gateway_requests_total", frozenset(base | {("code", "429")}))] == 1
    assert s[("llmops_gateway_config_last_reload_success", frozenset())] == 1
    assert s[("llmops_gateway_budget_remaining", frozenset({("deployment", "dep"), ("currency", "USD")}))] == 12.5
    labels = {("deployment", "dep"), ("model", "model"), ("prompt_version", "v1")}

    def bucket(le: str) -> float:
        return s[("llmops_gateway_request_duration_seconds_bucket", frozenset(labels | {("le", le)}))]

    assert (bucket("0.0005"), bucket("0.001"), bucket("2.5"), bucket("4.0"), bucket("5.0"), bucket("120.0"), bucket("+Inf")) == (1, 2, 2, 3, 3, 3, 4)
    assert s[("llmops_gateway_request_duration_seconds_count", frozenset(labels))] == 4
    assert s[("llmops_gateway_request_duration_seconds_sum", frozenset(labels))] == pytest.approx(503.0012)


def test_removed_series_disappear_and_wrong_label_counts_are_refused():
    m = GatewayMetrics()
    m.config_info.labels("abc").set(1)
    m.config_info.remove("abc")
    m.config_info.labels("def").set(1)
    s = samples(m)
    assert ("llmops_gateway_config_info", frozenset({("hash", "def")})) in s
    assert ("llmops_gateway_config_info", frozenset({("hash", "abc")})) not in s
    with pytest.raises(ValueError):
        m.requests.labels("only-one")
    with pytest.raises(ValueError):
        m.requests.inc_at(("d", "m", "v", "none", "200"), -1)


def test_the_duration_buckets_include_the_thresholds_people_set():
    bounds = GatewayMetrics().duration.bounds
    assert {0.5, 1.0, 2.0, 2.5, 4.0, 5.0, 8.0, 10.0} <= set(bounds) and list(bounds) == sorted(bounds)


def _versioned(s: dict, version: str) -> dict:
    return {k: v for k, v in s.items() if ("prompt_version", version) in k[1]}


def test_a_served_version_has_every_series_the_analysis_reads_at_zero():
    m = GatewayMetrics()
    m.serve_versions("dep", ["m1"], ["v2", "v1"], {"v2", "v1", "none"}, "USD", guarded=True)
    s = samples(m)
    for v in ("v1", "v2"):
        base = {("deployment", "dep"), ("model", "m1"), ("prompt_version", v)}
        for code in ("200", "500"):
            assert s[("llmops_gateway_requests_total", frozenset(base | {("team", "none"), ("code", code)}))] == 0
        assert s[("llmops_gateway_cost_total", frozenset(base | {("team", "none"), ("currency", "USD")}))] == 0
        assert s[("llmops_gateway_request_duration_seconds_bucket", frozenset(base | {("le", "4.0")}))] == 0
        assert s[("llmops_gateway_request_duration_seconds_count", frozenset(base))] == 0
        for outcome in ("clean", "redacted", "blocked", "audited"):
            key = frozenset({("deployment", "dep"), ("prompt_version", v), ("outcome", outcome)})
            assert s[("llmops_gateway_guardrail_requests_total", key)] == 0
        for value in ("positive", "negative", "neutral"):
            assert s[("llmops_gateway_feedback_total", frozenset({("prompt_version", v), ("value", value)}))] == 0


def test_a_reload_keeps_the_counts_of_versions_still_served_and_drops_the_others():
    m = GatewayMetrics()
    m.serve_versions("dep", ["m1"], ["v2", "v1"], {"v2", "v1", "none"}, "USD", guarded=True)
    m.requests.inc_at(("dep", "m1", "v1", "none", "200"), 5)
    m.requests.inc_at(("dep", "m1", "none", "none", "400"))  # a request without a version
    m.duration.observe_at(("dep", "m1", "v2"), 0.1)
    m.serve_versions("dep", ["m1"], ["v3", "v2"], {"v3", "v2", "none"}, "USD", guarded=False)
    s = samples(m)
    assert _versioned(s, "v1") == {}
    assert s[("llmops_gateway_request_duration_seconds_count",
              frozenset({("deployment", "dep"), ("model", "m1"), ("prompt_version", "v2")}))] == 1
    assert s[("llmops_gateway_requests_total", frozenset({("deployment", "dep"), ("model", "m1"), ("prompt_version", "none"),
                                                          ("team", "none"), ("code", "400")}))] == 1
    assert _versioned(s, "v3") and not any(k[0] == "llmops_gateway_guardrail_requests_total" for k in _versioned(s, "v3"))
