"""What the gateways metered, per LLMDeployment and interval, from one batched Prometheus query.

Every budgeted deployment counts its gateways' counters up to the same instants: a grid of
`interval` seconds, `settle` seconds behind the clock (a sample is stamped when its scrape
starts and stored after it ends: an interval is counted only once its samples are in). In the
steady state all of them ask for the same interval (the previous grid point to the current
one), so one query answers every deployment; a deployment that resumes from an older instant
(operator restart, new budget, Prometheus down for a while) asks for its own interval once and
then is on the grid again (that query selects its own series only: a range from the window's
start over every series could pass Prometheus' limit of samples per query). Results are kept until the grid moves on; a failed query is kept
too, so a dead Prometheus is asked once per interval, not once per deployment.

`increase(x[r] anchored)` is exact: the anchor is the last sample at or before the interval's
start, and a counter that went down (a restarted gateway) adds what it shows after the
restart; samples on both sides of a Prometheus outage are compared, so nothing is counted
twice and nothing lost but what no scrape ever saw."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from llmops.controller.promql import Prometheus, PrometheusError
from llmops.controller.spend import NO_TEAM, Metered, TeamSpend

log = logging.getLogger("llmops.controller.metered")

COST = "llmops_gateway_cost_total"
TOKENS = "llmops_gateway_tokens_total"
BATCHED_RANGE = 3600.0  # seconds: longer intervals are asked for per deployment


def _quote(v: str) -> str:
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def increase_query(since: datetime, until: datetime, only: tuple[str, str] | None = None) -> str:
    """Cost by (namespace, deployment, currency, team) and tokens by (namespace, deployment,
    type, team) over (since, until], all deployments at once in one query, or only the
    (namespace, deployment) given. `team` is bounded by the gateways (at most a few dozen
    values each, `none` without auth), so the answer grows by the teams that spent, no more."""
    r = f"{max(1, round((until - since).total_seconds() * 1000))}ms"
    sel = f"{{namespace={_quote(only[0])}, deployment={_quote(only[1])}}}" if only else ""
    return (f'label_replace(sum by (namespace, deployment, currency, team) (increase({COST}{sel}[{r}] anchored)), '
            f'"type", "cost", "", "") or sum by (namespace, deployment, type, team) '
            f'(increase({TOKENS}{sel}[{r}] anchored))')


@dataclass
class Increases:
    """Parsed answer: (namespace, deployment) -> cost per currency and team, tokens per type and team."""

    cost: dict[tuple[str, str], dict[str, dict[str, Decimal]]] = field(default_factory=dict)
    tokens: dict[tuple[str, str], dict[str, dict[str, int]]] = field(default_factory=dict)

    def of(self, namespace: str, deployment: str, currency: str) -> Metered:
        key = (namespace, deployment)
        cost = self.cost.get(key, {}).get(currency, {})
        tokens = self.tokens.get(key, {})
        inp, out = tokens.get("input", {}), tokens.get("output", {})
        teams = {t: TeamSpend(cost.get(t, Decimal(0)), inp.get(t, 0), out.get(t, 0))
                 for t in sorted(set(cost) | set(inp) | set(out))}
        return Metered(sum(cost.values(), Decimal(0)), sum(inp.values()), sum(out.values()), teams)


def parse(result: list[dict]) -> Increases:
    out = Increases()
    for s in result:
        m, v = s["metric"], s["value"]
        key = (m.get("namespace", ""), m.get("deployment", ""))
        if v < 0 or not key[1]:
            continue
        team = m.get("team") or NO_TEAM  # a gateway of before the team label
        if m.get("type") == "cost":
            by_team = out.cost.setdefault(key, {}).setdefault(m.get("currency", ""), {})
            by_team[team] = by_team.get(team, Decimal(0)) + Decimal(repr(v))
        elif m.get("type") in ("input", "output"):
            by_team = out.tokens.setdefault(key, {}).setdefault(m["type"], {})
            by_team[team] = by_team.get(team, 0) + round(v)
    return out


class MeteredSpend:
    def __init__(self, prom: Prometheus, interval: float = 30.0, settle: float = 30.0) -> None:
        self.prom, self.interval, self.settle = prom, interval, settle
        self._lock = threading.Lock()
        self._until: datetime | None = None  # the grid point the cache is for
        self._cache: dict[datetime, Increases | PrometheusError] = {}  # since -> answer
        self._key_locks: dict[datetime, threading.Lock] = {}

    def until(self, now: datetime) -> datetime:
        """The grid point the counters are counted up to at `now`."""
        t = (now.timestamp() - self.settle) // self.interval * self.interval
        return datetime.fromtimestamp(t, UTC)

    def next_poll(self, now: datetime) -> float:
        """Seconds until the grid moves on."""
        nxt = self.until(now) + timedelta(seconds=self.interval + self.settle)
        return max(0.0, (nxt - now).total_seconds())

    def increases(self, since: datetime, until: datetime, only: tuple[str, str] | None = None) -> Increases:
        """The counters' increases over (since, until], of every deployment or `only` one;
        raises PrometheusError."""
        key = (since, only)
        with self._lock:
            if until != self._until:
                self._until, self._cache, self._key_locks = until, {}, {}
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:  # concurrent reconciles needing the same interval wait for one query
            with self._lock:
                hit = self._cache.get(key) if until == self._until else None
            if hit is None:
                try:
                    hit = parse(self.prom.instant(increase_query(since, until, only), until))
                except PrometheusError as e:
                    log.warning("spend is stale (counted up to %s for %s): %s", since.isoformat(),
                                "/".join(only) if only else "the deployments there", e)
                    hit = e
                with self._lock:
                    if until == self._until:
                        self._cache[key] = hit
        if isinstance(hit, PrometheusError):
            raise hit
        return hit

    def batched(self, since: datetime, until: datetime) -> bool:
        """Ask for every deployment at once? Yes for a short range (the grid's interval, or a few
        after Prometheus was away: the deployments share it). A long one (a budget new this
        window, an idle deployment's old countedUntil after an operator restart) is asked for
        one deployment alone: a range of days over every series could pass Prometheus' limit of
        samples per query."""
        return (until - since).total_seconds() <= max(self.interval, BATCHED_RANGE)
