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
        m.duration.observe_at(("dep", "model"), value)
    s = samples(m)
    base = {("deployment", "dep"), ("model", "model"), ("prompt_version", "v1"), ("team", "none")}
    assert s[("llmops_gateway_requests_total", frozenset(base | {("code", "200")}))] == 3
    assert s[("llmops_gateway_requests_total", frozenset(base | {("code", "429")}))] == 1
    assert s[("llmops_gateway_config_last_reload_success", frozenset())] == 1
    assert s[("llmops_gateway_budget_remaining", frozenset({("deployment", "dep"), ("currency", "USD")}))] == 12.5
    labels = {("deployment", "dep"), ("model", "model")}

    def bucket(le: str) -> float:
        return s[("llmops_gateway_request_duration_seconds_bucket", frozenset(labels | {("le", le)}))]

    assert (bucket("0.0005"), bucket("0.001"), bucket("2.5"), bucket("5.0"), bucket("120.0"), bucket("+Inf")) == (1, 2, 2, 3, 3, 4)
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
