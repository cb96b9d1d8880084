"""The analysis' query layer: Prometheus' HTTP API (`--prometheus-url`), batched per metric
family: one query per family per run covers the canary and the stable on every deployment and
pod of a namespace (`family{namespace=...}[range]`), shared by every canary of the namespace
analysed within a scrape interval (`SeriesCache`), not one per canary, version or deployment.
Raw samples, counted exactly by `counting.py`.

Runs in reconcile threads (synchronous httpx, one client per operator)."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Mapping
from datetime import datetime

import httpx
import yaml

from llmops.api.meta import parse_duration
from llmops.api.promptversion import Release
from llmops.controller.analysis import (
    Measurement, Run, RunVerdict, VersionCounts, Why, custom_query, evaluate, families,
)
from llmops.controller.counting import sum_increases

log = logging.getLogger("llmops.controller.prometheus")

# The gateway series each family reads (DESIGN.md §7; docs/prompts.md lists what they must carry).
SERIES = {
    "requests": "llmops_gateway_requests_total",
    "guardrail": "llmops_gateway_guardrail_requests_total",
    "duration": "llmops_gateway_request_duration_seconds_bucket",
    "feedback": "llmops_gateway_feedback_total",
    "cost": "llmops_gateway_cost_total",
}


class PrometheusError(Exception):
    def __init__(self, why: Why, message: str) -> None:
        super().__init__(message)
        self.why, self.message = why, message


class PromClient:
    def __init__(self, url: str, timeout: float = 10.0, transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        self.http = httpx.Client(base_url=self.url, timeout=timeout, transport=transport)
        self.queries = 0  # queries sent (the benchmark reads it)
        self._interval: tuple[float, float] | None = None  # (seconds, when fetched: monotonic)
        self._lock = threading.Lock()

    def _get(self, path: str, params: dict | None = None) -> dict:
        try:
            r = self.http.get(path, params=params)
        except httpx.HTTPError as e:
            raise PrometheusError(Why.UNREACHABLE, f"Prometheus at {self.url} did not answer: {e}") from None
        try:
            body = r.json()
        except ValueError:
            body = {}
        if r.status_code == 400 and body.get("errorType") == "bad_data":
            raise PrometheusError(Why.INVALID_QUERY, body.get("error") or "bad_data")
        if r.status_code != 200 or body.get("status") != "success":
            raise PrometheusError(Why.QUERY_FAILED, f"Prometheus answered {r.status_code}: "
                                  f"{body.get('errorType', '')} {body.get('error', r.text[:200])}".strip())
        return body["data"]

    def query(self, promql: str, at: datetime) -> dict:
        with self._lock:
            self.queries += 1
        return self._get("/api/v1/query", {"query": promql, "time": f"{at.timestamp():.3f}"})

    def scrape_interval(self) -> float:
        """The global scrape interval of the Prometheus (cached for 5 minutes)."""
        with self._lock:
            cached = self._interval
        if cached is not None and time.monotonic() - cached[1] < 300:
            return cached[0]
        text = self._get("/api/v1/status/config").get("yaml") or ""
        glob = (yaml.safe_load(text) or {}).get("global") or {}
        value = parse_duration(str(glob.get("scrape_interval", "1m"))).total_seconds()
        with self._lock:
            self._interval = (value, time.monotonic())
        return value

    def close(self) -> None:
        self.http.close()


class SeriesCache:
    """The raw samples of one metric family in one namespace, fetched once and shared by every
    canary of the namespace whose run comes within `max_age` (a scrape interval: no newer
    sample exists sooner). So 100 canaries analysed at the same interval cost one query per
    family, not one per canary, version or deployment. Thread-safe: concurrent reconciles
    wait for the fetch in flight instead of sending their own."""

    def __init__(self, client: PromClient) -> None:
        self.client = client
        self._entries: dict[tuple[str, str], tuple[float, datetime, float, list]] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def series(self, namespace: str, family: str, need_from: float, now: datetime,
               max_age: float) -> tuple[list[dict], datetime]:
        """Series of `family` in `namespace` with their samples since `need_from` (epoch
        seconds) at least; and the time they were read at."""
        key = (namespace, family)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            entry = self._entries.get(key)
            if entry is not None and time.monotonic() - entry[0] < max_age and entry[2] <= need_from:
                return entry[3], entry[1]
            # Round the range up to a minute so canaries that started a little earlier reuse it.
            seconds = math.ceil((now.timestamp() - need_from) / 60) * 60
            result = self.client.query(f'{SERIES[family]}{{namespace="{namespace}"}}[{seconds}s]', now).get("result") or []
            self._entries[key] = (time.monotonic(), now, now.timestamp() - seconds, result)
            return result, now

    def forget(self, namespace: str) -> None:
        with self._lock:
            for key in [k for k in self._entries if k[0] == namespace]:
                del self._entries[key]


def measure(cache: SeriesCache, namespace: str, versions: list[str], needs: tuple[str, ...],
            since: datetime, now: datetime, scrape: float) -> Measurement:
    """The exact counts of every version since `since`, one (shared) query per family."""
    lookback = max(5 * scrape, 60.0)  # to find each series' last sample before the window
    start = since.timestamp()
    counts: dict[str, dict] = {v: {} for v in versions}

    def fetch(family: str) -> list[dict]:
        return cache.series(namespace, family, start - lookback, now, max_age=scrape)[0]

    def version(labels: dict) -> str | None:
        v = labels.get("prompt_version")
        return v if v in counts else None

    if "requests" in needs:
        by = sum_increases(fetch("requests"), start, lambda l: (version(l), str(l.get("code", ""))[:1] == "5")
                           if version(l) else None)
        for (v, err), n in by.items():
            counts[v]["requests"] = counts[v].get("requests", 0.0) + n
            if err:
                counts[v]["errors"] = counts[v].get("errors", 0.0) + n
    if "guardrail" in needs:
        by = sum_increases(fetch("guardrail"), start, lambda l: (version(l), l.get("outcome") != "clean")
                           if version(l) else None)
        for (v, violated), n in by.items():
            counts[v]["guarded"] = counts[v].get("guarded", 0.0) + n
            if violated:
                counts[v]["violations"] = counts[v].get("violations", 0.0) + n
    if "feedback" in needs:
        by = sum_increases(fetch("feedback"), start, lambda l: (version(l), l.get("value") == "negative")
                           if version(l) else None)
        for (v, negative), n in by.items():
            counts[v]["feedback"] = counts[v].get("feedback", 0.0) + n
            if negative:
                counts[v]["negative"] = counts[v].get("negative", 0.0) + n
    if "cost" in needs:
        for v, n in sum_increases(fetch("cost"), start, version).items():
            counts[v]["cost"] = n
    if "duration" in needs:
        by = sum_increases(fetch("duration"), start, lambda l: (version(l), float(l.get("le", "nan")))
                           if version(l) else None)
        for v in versions:
            counts[v]["buckets"] = tuple(sorted((le, n) for (ver, le), n in by.items() if ver == v))
    return Measurement({v: VersionCounts(**c) for v, c in counts.items()})


def custom_values(client: PromClient, namespace: str, release: Release, canary: str, stable: str,
                  window: float, now: datetime) -> dict[tuple[str, str], float | None]:
    """A custom metric's query for the canary, and for the stable when a threshold compares."""
    out: dict[tuple[str, str], float | None] = {}
    for m in release.analysis.metrics:
        if m.prometheus is None:
            continue
        wanted = [canary] + ([stable] if m.max_increase is not None or m.max_increase_percent is not None else [])
        for v in wanted:
            data = client.query(custom_query(m.prometheus.query, namespace, v, window), now)
            result = data.get("result")
            if data.get("resultType") == "scalar":
                out[(m.name, v)] = float(result[1])
            elif not result:
                out[(m.name, v)] = None
            elif len(result) > 1:
                raise PrometheusError(Why.INVALID_QUERY, f"custom metric {m.name}: the query gave {len(result)} "
                                      "series; it must give one number (aggregate it, e.g. with sum())")
            else:
                out[(m.name, v)] = float(result[0]["value"][1])
    return out


class Analyst:
    """Runs the analysis of a prompt's canary against Prometheus."""

    def __init__(self, client: PromClient) -> None:
        self.client = client
        self.cache = SeriesCache(client)

    def for_prompt(self, namespace: str, bodies: Mapping[str, dict]):
        def analyse(canary: str, stable: str, since: datetime, now: datetime) -> Run:
            release = Release.model_validate(bodies[canary]["spec"]["release"])
            spec = release.analysis
            window = (now - since).total_seconds()
            try:
                scrape = self.client.scrape_interval()
                if window < 2 * scrape:  # judged by evaluate, without a query
                    return evaluate(spec, Measurement(), canary, stable, window, scrape)
                m = measure(self.cache, namespace, [canary, stable], families(spec), since, now, scrape)
                custom = custom_values(self.client, namespace, release, canary, stable, window, now)
            except PrometheusError as e:
                log.warning("analysis of %s/%s: %s: %s", namespace, canary, e.why, e.message)
                return Run(RunVerdict.INCONCLUSIVE, e.why, e.message[:1024])
            return evaluate(spec, Measurement(m.versions, custom), canary, stable, window, scrape)
        return analyse
