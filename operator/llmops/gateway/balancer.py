"""Router-side choice among upstreams that the operator cannot make ahead of time: the
LeastLatency shares and outlier ejection. Pure state machines over plain numbers (time is
passed in), owned by one router process; each replica measures for itself.

LeastLatency: a moving average (EWMA) of the time to response headers per upstream; the fastest
gets most of the traffic and the others share the rest, so their averages keep being measured
and a recovered upstream can win again.

Outlier ejection (the idea of Envoy's consecutive-5xx detection): an upstream that fails
`consecutive` times in a row is left out for a while instead of costing every request its
retries; each repeated ejection lasts longer, up to a cap; never more than half of the upstreams
are out at once, so a widespread failure still reaches the fallback logic instead of nothing."""

from __future__ import annotations

from dataclasses import dataclass, field


class LatencyTracker:
    """EWMA of seconds to response headers, per upstream name."""

    def __init__(self, alpha: float = 0.2) -> None:
        self.alpha = alpha
        self._avg: dict[str, float] = {}

    def observe(self, name: str, seconds: float) -> None:
        seconds = max(0.0, float(seconds))
        prev = self._avg.get(name)
        self._avg[name] = seconds if prev is None else prev + self.alpha * (seconds - prev)

    def value(self, name: str) -> float | None:
        return self._avg.get(name)


def least_latency_shares(names: list[str], tracker: LatencyTracker, fast_share: float = 0.9) -> dict[str, float]:
    """Shares summing to 1: `fast_share` to the fastest upstream, the rest split evenly among the
    others so they keep being measured. An upstream not measured yet is tried first (optimistic
    start): otherwise whichever answered first would take `fast_share` while the others wait for
    the exploration share to be measured at all."""
    if not names:
        return {}
    if len(names) == 1:
        return {names[0]: 1.0}
    unmeasured = [n for n in names if tracker.value(n) is None]
    if unmeasured:
        return {n: (1.0 / len(unmeasured) if n in unmeasured else 0.0) for n in names}
    measured = [(tracker.value(n), i, n) for i, n in enumerate(names)]
    fastest = min(measured)[2]
    rest = (1.0 - fast_share) / (len(names) - 1)
    return {n: (fast_share if n == fastest else rest) for n in names}


@dataclass
class _Health:
    failures: int = 0
    ejections: int = 0
    until: float = 0.0


@dataclass
class OutlierDetector:
    consecutive: int = 5        # failures in a row that eject
    base_seconds: float = 10.0  # first ejection; doubles with each repeat
    max_seconds: float = 300.0
    max_ejected_fraction: float = 0.5
    _health: dict[str, _Health] = field(default_factory=dict)

    def record(self, name: str, ok: bool, now: float, population: int) -> bool:
        """Count an outcome; True when this failure ejected the upstream."""
        h = self._health.setdefault(name, _Health())
        if ok:
            h.failures = 0
            if h.ejections and now - h.until > self.max_seconds:
                h.ejections = 0  # healthy long enough since its last ejection: its history is forgotten
            return False
        h.failures += 1
        if h.failures < self.consecutive or h.until > now:
            return False
        if self.ejected_count(now) + 1 > max(1, int(population * self.max_ejected_fraction)):
            return False  # too many out already: let the failures reach the fallback instead
        h.until = now + min(self.max_seconds, self.base_seconds * (2 ** h.ejections))
        h.ejections += 1
        h.failures = 0
        return True

    def ejected(self, name: str, now: float) -> bool:
        h = self._health.get(name)
        return h is not None and h.until > now

    def ejected_count(self, now: float) -> int:
        return sum(1 for h in self._health.values() if h.until > now)

    def healthy(self, names: list[str], now: float) -> list[str]:
        """The upstreams not ejected; all of them when every one is (better a failing try than none)."""
        ok = [n for n in names if not self.ejected(n, now)]
        return ok or list(names)


class RouteHealth:
    """The per-process state of a router's choice: latency averages, ejections and the shares
    last used (exported as `llmops_gateway_route_share`). Lives as long as one routing config."""

    def __init__(self, strategy: str, detector: OutlierDetector, population: int, clock) -> None:
        self.strategy = strategy
        self.latency = LatencyTracker()
        self.detector = detector
        self.population = population
        self.clock = clock
        self.shares: dict[str, float] = {}

    def record(self, name: str, ok: bool, seconds: float | None) -> None:
        if ok and seconds is not None:
            self.latency.observe(name, seconds)
        if self.detector.consecutive:
            self.detector.record(name, ok, self.clock(), self.population)

    def usable(self, names: list[str]) -> list[str]:
        return self.detector.healthy(names, self.clock()) if self.detector.consecutive else list(names)

    def pick_among(self, names: list[str], weights: list[int], rng) -> str:
        """A name by the strategy: the weights (ejected upstreams left out), or LeastLatency."""
        usable = set(self.usable(names))
        pool = [(n, w) for n, w in zip(names, weights) if n in usable and w > 0] or list(zip(names, weights))
        if self.strategy == "LeastLatency":
            shares = least_latency_shares([n for n, _ in pool], self.latency)
        else:
            total = sum(w for _, w in pool) or 1
            shares = {n: w / total for n, w in pool}
        self.shares = shares
        point, acc = rng.random(), 0.0
        for n, share in shares.items():
            acc += share
            if point < acc:
                return n
        return pool[-1][0]
