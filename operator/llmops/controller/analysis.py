"""The analysis of a canary: measured counts per version and the spec's thresholds -> a verdict
per metric and for the run. Pure: the counts come from `controller/prometheus.py`.

A run is
- Inconclusive when it cannot judge: Prometheus unreachable or a query failed (the reason
  says which), the window is shorter than two scrape intervals (a counter needs two samples
  to move), fewer than `minSamples` requests per version (`InsufficientSamples`), or a metric
  has no data (a custom query that returned nothing);
- Failed when any metric crosses its threshold (with enough samples);
- Passed when every metric is within its thresholds.
An inconclusive run never counts as a failure and never lets a step advance."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from llmops.api.meta import DURATION_PATTERN, parse_duration
from llmops.api.promptversion import Analysis, AnalysisMetric


class RunVerdict(StrEnum):
    PASSED = "Passed"
    FAILED = "Failed"
    INCONCLUSIVE = "Inconclusive"


class Why(StrEnum):
    """Why a run is inconclusive (also the PromptVersion's Ready reason while it holds)."""

    UNREACHABLE = "PrometheusUnavailable"   # no answer from --prometheus-url
    INVALID_QUERY = "InvalidQuery"          # Prometheus refused a query (HTTP 400 bad_data): fix the spec
    QUERY_FAILED = "QueryFailed"            # Prometheus answered with another error (timeout, 5xx)
    WINDOW_TOO_SHORT = "WindowTooShort"     # the window holds fewer than two scrape intervals
    INSUFFICIENT_SAMPLES = "InsufficientSamples"  # fewer than minSamples requests for a version
    NO_DATA = "NoData"                      # a metric has nothing to compute from
    NOT_CONFIGURED = "PrometheusNotConfigured"  # analysis asked for, the operator has no --prometheus-url


@dataclass(frozen=True)
class VersionCounts:
    """Exact counts of one version over the window (summed over deployments and pods)."""

    requests: float = 0.0    # every answered request (llmops_gateway_requests_total)
    errors: float = 0.0      # of which server or upstream errors (5xx)
    guarded: float = 0.0     # requests seen by the per-request guardrail counter
    violations: float = 0.0  # of which with a guardrail violation
    feedback: float = 0.0    # feedback calls on this version's answers
    negative: float = 0.0    # of which negative
    cost: float = 0.0        # in the pricing's currency
    buckets: tuple[tuple[float, float], ...] = ()  # request duration histogram: (le, cumulative count)


@dataclass(frozen=True)
class Measurement:
    """What the query layer measured; `problem` is set when it could not (reason, message)."""

    versions: Mapping[str, VersionCounts] = field(default_factory=dict)
    custom: Mapping[tuple[str, str], float | None] = field(default_factory=dict)  # (metric, version) -> value
    problem: tuple[Why, str] | None = None


@dataclass(frozen=True)
class MetricResult:
    metric: str
    value: str | None
    threshold: str
    passed: bool | None  # None: no data
    detail: str = ""     # for people: what was compared with what

    def to_api(self) -> dict:
        out = {"metric": self.metric, "threshold": self.threshold, "passed": bool(self.passed)}
        if self.value is not None:
            out["value"] = self.value
        return out


@dataclass(frozen=True)
class Run:
    verdict: RunVerdict
    reason: str
    message: str
    samples: tuple[int, int] | None = None  # (canary, stable) requests in the window
    results: tuple[MetricResult, ...] = ()


def quantile(q: float, buckets: tuple[tuple[float, float], ...]) -> float | None:
    """histogram_quantile's estimate (linear inside the bucket) from cumulative (le, count)
    pairs; None without observations. Beyond the last finite bound: that bound."""
    buckets = tuple(sorted(buckets))
    if not buckets or buckets[-1][1] <= 0:
        return None
    total = buckets[-1][1]
    rank = q * total
    lower_bound, lower_count = 0.0, 0.0
    for le, count in buckets:
        if count >= rank:
            if math.isinf(le):
                return lower_bound
            if count == lower_count:
                return le
            return lower_bound + (le - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = le, count
    return lower_bound


def _ratio(num: float, den: float) -> float | None:
    return num / den if den > 0 else None


def _builtin_value(name: str, c: VersionCounts) -> float | None:
    if name == "ErrorRate":
        return _ratio(c.errors, c.requests)
    if name == "GuardrailViolationRate":
        return _ratio(c.violations, c.guarded)
    if name == "LatencyP95":
        return quantile(0.95, c.buckets)
    if name == "NegativeFeedbackRate":
        # No feedback is no evidence of bad answers: 0 (feedback is optional for a canary).
        return _ratio(c.negative, c.feedback) if c.feedback > 0 else 0.0
    if name == "CostPerRequest":
        return _ratio(c.cost, c.requests)
    raise KeyError(name)


def threshold_value(text: str) -> float:
    """A threshold: a decimal, or a duration (latencies) in seconds."""
    if re.fullmatch(DURATION_PATTERN, text):
        return parse_duration(text).total_seconds()
    return float(text)


def fmt(value: float, metric: str = "") -> str:
    text = f"{value:.6g}"
    return text + "s" if metric == "LatencyP95" else text


def check(m: AnalysisMetric, canary: float | None, stable: float | None) -> MetricResult:
    """One metric: every threshold given must hold. Relative thresholds compare with stable."""
    parts, failed, detail = [], [], []
    if m.max is not None:
        parts.append(f"max {m.max}")
        if canary is not None and canary > threshold_value(m.max):
            failed.append(f"above max {m.max}")
    if m.min is not None:
        parts.append(f"min {m.min}")
        if canary is not None and canary < threshold_value(m.min):
            failed.append(f"below min {m.min}")
    relative = m.max_increase is not None or m.max_increase_percent is not None
    if m.max_increase is not None:
        parts.append(f"maxIncrease {m.max_increase}")
        if canary is not None and stable is not None and canary - stable > threshold_value(m.max_increase):
            failed.append(f"{fmt(canary - stable, m.name)} above stable, more than {m.max_increase}")
    if m.max_increase_percent is not None:
        parts.append(f"maxIncreasePercent {m.max_increase_percent}")
        if canary is not None and stable is not None:
            if stable > 0:
                pct = (canary - stable) / stable * 100
                if pct > threshold_value(m.max_increase_percent):
                    failed.append(f"{pct:.4g}% above stable, more than {m.max_increase_percent}%")
            elif canary > 0:
                failed.append("above a stable value of 0")
    if relative and stable is not None:
        detail.append(f"stable {fmt(stable, m.name)}")
    missing = canary is None or (relative and stable is None)
    passed = False if failed else (None if missing else True)
    detail = failed + detail
    return MetricResult(m.name, None if canary is None else fmt(canary, m.name), ", ".join(parts)[:64], passed,
                        "; ".join(detail))


def evaluate(spec: Analysis, m: Measurement, canary: str, stable: str, window_seconds: float,
             scrape_interval: float) -> Run:
    """Judge one run of the analysis of `canary` against `stable` over the window."""
    if window_seconds < 2 * scrape_interval:
        return Run(RunVerdict.INCONCLUSIVE, Why.WINDOW_TOO_SHORT,
                   f"the window of {window_seconds:.0f}s is shorter than two scrape intervals "
                   f"({2 * scrape_interval:.0f}s); waiting")
    if m.problem is not None:
        return Run(RunVerdict.INCONCLUSIVE, m.problem[0], m.problem[1])
    c, s = m.versions.get(canary, VersionCounts()), m.versions.get(stable, VersionCounts())
    samples = (int(c.requests), int(s.requests))
    if min(samples) < spec.min_samples:
        return Run(RunVerdict.INCONCLUSIVE, Why.INSUFFICIENT_SAMPLES,
                   f"{samples[0]} requests on {canary} and {samples[1]} on {stable} so far; "
                   f"{spec.min_samples} per version are needed before a verdict", samples)
    results = []
    for metric in spec.metrics:
        if metric.prometheus is not None:
            cv, sv = m.custom.get((metric.name, canary)), m.custom.get((metric.name, stable))
        else:
            cv, sv = _builtin_value(metric.name, c), _builtin_value(metric.name, s)
        results.append(check(metric, cv, sv))
    results = tuple(results)
    failed = [r for r in results if r.passed is False]
    if failed:
        return Run(RunVerdict.FAILED, "AnalysisFailed", "; ".join(_describe(r) for r in failed), samples, results)
    nodata = [r.metric for r in results if r.passed is None]
    if nodata:
        return Run(RunVerdict.INCONCLUSIVE, Why.NO_DATA, f"no data for {', '.join(nodata)}", samples, results)
    return Run(RunVerdict.PASSED, "AnalysisPassed",
               "; ".join(f"{r.metric} {r.value}" for r in results), samples, results)


def _describe(r: MetricResult) -> str:
    return f"{r.metric} {r.value} ({r.detail})" if r.detail else f"{r.metric} {r.value}"


# Which counters each built-in metric reads (the query layer queries only those).
NEEDS: Mapping[str, tuple[str, ...]] = {
    "ErrorRate": ("requests",),
    "GuardrailViolationRate": ("requests", "guardrail"),
    "LatencyP95": ("requests", "duration"),
    "NegativeFeedbackRate": ("requests", "feedback"),
    "CostPerRequest": ("requests", "cost"),
}


def families(spec: Analysis) -> tuple[str, ...]:
    """The metric families one run needs: requests always (minSamples), others by metric."""
    out = {"requests"}
    for m in spec.metrics:
        out.update(NEEDS.get(m.name, ()))
    return tuple(sorted(out))



def custom_query(query: str, namespace: str, version: str, window_seconds: float) -> str:
    """Fill a custom query's placeholders: {{ version }}, {{ namespace }}, {{ window }} (a
    PromQL duration such as 300s: the samples since the step started)."""
    window = f"{max(int(window_seconds), 1)}s"
    return re.sub(r"\{\{\s*(version|namespace|window)\s*\}\}",
                  lambda mo: {"version": version, "namespace": namespace, "window": window}[mo.group(1)], query)
