"""The pure analysis: counts and thresholds -> passed, failed or inconclusive."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from llmops.api.promptversion import Analysis
from llmops.controller.analysis import (
    Measurement, RunVerdict, VersionCounts, Why, custom_query, evaluate, families, quantile,
)

CANARY, STABLE = "v2", "v1"


def spec(*metrics, min_samples=100, failure_limit=1):
    return Analysis.model_validate({"interval": "1m", "minSamples": min_samples, "failureLimit": failure_limit,
                                    "metrics": list(metrics)})


def counts(requests=1000, **kw):
    return VersionCounts(requests=requests, **kw)


def run(s, canary, stable, window=300, scrape=15, custom=None, problem=None):
    m = Measurement({CANARY: canary, STABLE: stable}, custom or {}, problem)
    return evaluate(s, m, CANARY, STABLE, window, scrape)


def test_error_rate_within_max_passes_and_reports_samples():
    r = run(spec({"name": "ErrorRate", "max": "0.02"}), counts(errors=10), counts(requests=4000, errors=4))
    assert r.verdict == RunVerdict.PASSED
    assert r.samples == (1000, 4000)
    assert r.results[0].to_api() == {"metric": "ErrorRate", "value": "0.01", "threshold": "max 0.02", "passed": True}


def test_error_rate_above_max_fails_naming_the_value():
    r = run(spec({"name": "ErrorRate", "max": "0.02"}), counts(errors=30), counts())
    assert r.verdict == RunVerdict.FAILED
    assert "ErrorRate 0.03" in r.message and "above max 0.02" in r.message


def test_fewer_than_min_samples_on_either_version_is_inconclusive():
    s = spec({"name": "ErrorRate", "max": "0.02"}, min_samples=200)
    # the canary is terrible, but 150 requests are not enough to judge
    r = run(s, counts(requests=150, errors=150), counts(requests=5000))
    assert (r.verdict, r.reason, r.samples) == (RunVerdict.INCONCLUSIVE, Why.INSUFFICIENT_SAMPLES, (150, 5000))
    r = run(s, counts(requests=500), counts(requests=199))
    assert r.verdict == RunVerdict.INCONCLUSIVE
    # a version with no traffic at all
    m = Measurement({STABLE: counts()})
    r = evaluate(s, m, CANARY, STABLE, 300, 15)
    assert (r.verdict, r.samples) == (RunVerdict.INCONCLUSIVE, (0, 1000))


def test_window_shorter_than_two_scrapes_is_inconclusive_before_anything_else():
    r = run(spec({"name": "ErrorRate", "max": "0.02"}), counts(errors=999), counts(), window=29, scrape=15)
    assert (r.verdict, r.reason) == (RunVerdict.INCONCLUSIVE, Why.WINDOW_TOO_SHORT)
    assert run(spec({"name": "ErrorRate", "max": "0.02"}), counts(), counts(), window=30, scrape=15).verdict == \
        RunVerdict.PASSED


@pytest.mark.parametrize("why", [Why.UNREACHABLE, Why.INVALID_QUERY, Why.QUERY_FAILED])
def test_a_measurement_problem_is_inconclusive_with_its_reason(why):
    r = run(spec({"name": "ErrorRate", "max": "0.02"}), counts(errors=999), counts(), problem=(why, "boom"))
    assert (r.verdict, r.reason, r.message) == (RunVerdict.INCONCLUSIVE, why, "boom")


def test_guardrail_violation_rate_max_increase_against_stable():
    s = spec({"name": "GuardrailViolationRate", "maxIncrease": "0.01"})
    ok = run(s, counts(guarded=1000, violations=25), counts(guarded=1000, violations=20))
    assert ok.verdict == RunVerdict.PASSED
    bad = run(s, counts(guarded=1000, violations=40), counts(guarded=1000, violations=20))
    assert bad.verdict == RunVerdict.FAILED and "0.02 above stable" in bad.message and "stable 0.02" in bad.message


def test_latency_p95_from_buckets_against_a_duration_threshold():
    # 1000 requests: 900 under 1s, 80 between 1s and 2.5s, 20 between 2.5s and 5s
    fast = ((1.0, 900.0), (2.5, 980.0), (5.0, 1000.0), (math.inf, 1000.0))
    s = spec({"name": "LatencyP95", "max": "4s"})
    r = run(s, counts(buckets=fast), counts(buckets=fast))
    assert r.verdict == RunVerdict.PASSED and r.results[0].value == "1.9375s"
    slow = ((1.0, 100.0), (2.5, 200.0), (5.0, 300.0), (math.inf, 1000.0))
    r = run(s, counts(buckets=slow), counts(buckets=fast))
    assert r.verdict == RunVerdict.FAILED and r.results[0].value == "5s"
    assert run(spec({"name": "LatencyP95", "max": "4000ms"}), counts(buckets=slow), counts()).verdict == RunVerdict.FAILED


def test_quantile_matches_prometheus_histogram_quantile():
    assert quantile(0.5, ((0.1, 0.0), (0.2, 10.0), (math.inf, 10.0))) == pytest.approx(0.15)
    assert quantile(0.95, ()) is None
    assert quantile(0.95, ((1.0, 0.0), (math.inf, 0.0))) is None
    assert quantile(0.5, ((1.0, 10.0), (math.inf, 10.0))) == pytest.approx(0.5)  # first bucket from 0


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=8), st.floats(0.01, 0.99))
def test_quantile_stays_within_the_bounds(increments, q):
    bounds = [0.1 * (i + 1) for i in range(len(increments))]
    cumulative, out = 0, []
    for b, n in zip(bounds, increments):
        cumulative += n
        out.append((b, float(cumulative)))
    out.append((math.inf, float(cumulative)))
    v = quantile(q, tuple(out))
    if cumulative == 0:
        assert v is None
    else:
        assert 0 <= v <= bounds[-1]


def test_negative_feedback_rate_and_no_feedback_at_all():
    s = spec({"name": "NegativeFeedbackRate", "max": "0.10"})
    assert run(s, counts(feedback=50, negative=10), counts(feedback=50, negative=1)).verdict == RunVerdict.FAILED
    assert run(s, counts(feedback=50, negative=5), counts()).verdict == RunVerdict.PASSED
    r = run(s, counts(), counts())
    assert r.verdict == RunVerdict.PASSED and r.results[0].value == "0"


def test_cost_per_request_max_increase_percent():
    s = spec({"name": "CostPerRequest", "maxIncreasePercent": "20"})
    assert run(s, counts(cost=1.19), counts(cost=1.0)).verdict == RunVerdict.PASSED
    r = run(s, counts(cost=1.5), counts(cost=1.0))
    assert r.verdict == RunVerdict.FAILED and "50% above stable" in r.message
    # from a stable that costs nothing, any cost is an unbounded increase
    assert run(s, counts(cost=0.1), counts(cost=0.0)).verdict == RunVerdict.FAILED
    assert run(s, counts(cost=0.0), counts(cost=0.0)).verdict == RunVerdict.PASSED


def test_custom_metric_min_max_and_no_data():
    s = spec({"name": "quality", "prometheus": {"query": "q"}, "min": "0.8", "max": "1"})
    assert run(s, counts(), counts(), custom={("quality", CANARY): 0.9}).verdict == RunVerdict.PASSED
    r = run(s, counts(), counts(), custom={("quality", CANARY): 0.5})
    assert r.verdict == RunVerdict.FAILED and "below min 0.8" in r.message
    r = run(s, counts(), counts(), custom={})
    assert (r.verdict, r.reason) == (RunVerdict.INCONCLUSIVE, Why.NO_DATA)


def test_a_failure_wins_over_missing_data_and_all_metrics_are_reported():
    s = spec({"name": "ErrorRate", "max": "0.01"}, {"name": "quality", "prometheus": {"query": "q"}, "min": "0.8"})
    r = run(s, counts(errors=100), counts())
    assert r.verdict == RunVerdict.FAILED and [x.metric for x in r.results] == ["ErrorRate", "quality"]


def test_custom_query_placeholders():
    q = 'sum(rate(x{namespace="{{ namespace }}",v="{{version}}"}[{{ window }}]))'
    assert custom_query(q, "ns", "v2", 312.7) == 'sum(rate(x{namespace="ns",v="v2"}[312s]))'


def test_families_are_only_what_the_metrics_read():
    assert families(spec({"name": "ErrorRate", "max": "0.1"})) == ("requests",)
    assert families(spec({"name": "LatencyP95", "max": "4s"}, {"name": "CostPerRequest", "max": "1"})) == \
        ("cost", "duration", "requests")
