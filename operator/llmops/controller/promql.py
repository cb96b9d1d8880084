"""A small client of Prometheus' HTTP query API (synchronous: reconciles run in threads).

Only instant queries: the budget step asks for exact increases over chosen intervals
(`increase(x[...] anchored)` evaluated at a chosen time), never for long ranges. A failure of
any kind (refused, timeout, a non-success answer, a body that is not Prometheus') is one
`PrometheusError` with a message a person can act on."""

from __future__ import annotations

import logging
import math
from datetime import datetime

import httpx

log = logging.getLogger("llmops.controller.promql")


class PrometheusError(RuntimeError):
    pass


class Prometheus:
    def __init__(self, url: str, timeout: float = 10.0, client: httpx.Client | None = None) -> None:
        self.url = url.rstrip("/")
        self._client = client or httpx.Client(timeout=timeout)
        self.queries = 0  # for tests and benchmarks: how many queries were sent

    def instant(self, query: str, at: datetime) -> list[dict]:
        """The vector `query` evaluates to at `at`: [{"metric": {...}, "value": float}]."""
        self.queries += 1
        try:
            r = self._client.post(f"{self.url}/api/v1/query",
                                  data={"query": query, "time": f"{at.timestamp():.3f}"})
            body = r.json()
        except (httpx.HTTPError, ValueError) as e:
            raise PrometheusError(f"Prometheus at {self.url} could not be queried: {e}") from None
        if r.status_code != 200 or body.get("status") != "success":
            raise PrometheusError(f"Prometheus at {self.url} answered {r.status_code}: "
                                  f"{body.get('errorType', '')} {body.get('error', '')}".strip())
        data = body.get("data") or {}
        if data.get("resultType") != "vector":
            raise PrometheusError(f"Prometheus at {self.url}: expected a vector, got {data.get('resultType')!r}")
        out = []
        for s in data.get("result") or []:
            try:
                v = float(s["value"][1])
            except (KeyError, IndexError, TypeError, ValueError):
                continue
            if math.isfinite(v):
                out.append({"metric": s.get("metric") or {}, "value": v})
        return out

    def close(self) -> None:
        self._client.close()
