"""Choosing an upstream: header rules, weights, and the ordered plan of attempts
(retries with backoff on the chosen one, then the fallback targets in order).
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass
from itertools import accumulate

from llmops.gateway.balancer import RouteHealth

# Failure kinds, as named in RoutingPolicy.spec.fallback.triggers.
SERVER_ERROR = "ServerError"
TIMEOUT = "Timeout"
RATE_LIMITED = "RateLimited"
UNAVAILABLE = "Unavailable"
BUDGET_EXCEEDED = "BudgetExceeded"  # a target answered 429 budget_exceeded


@dataclass(frozen=True)
class Target:
    name: str
    base_url: str  # without trailing slash; the client's path after /v1 is appended
    model: str | None
    api_key: str | None
    request_timeout: float
    first_token_timeout: float


@dataclass(frozen=True)
class WeightedChoice:
    targets: tuple[Target, ...]
    bounds: tuple[int, ...]  # cumulative weights

    @classmethod
    def of(cls, pairs: list[tuple[Target, int]]) -> WeightedChoice:
        pairs = [(t, w) for t, w in pairs if w > 0]
        return cls(tuple(t for t, _ in pairs), tuple(accumulate(w for _, w in pairs)))

    def pick(self, rng: random.Random | None = None) -> Target:
        if len(self.targets) == 1:
            return self.targets[0]
        point = (rng or random).random() * self.bounds[-1]
        return self.targets[bisect.bisect_right(self.bounds, point)]


@dataclass(frozen=True)
class RoutingTable:
    default: WeightedChoice
    rules: tuple[tuple[tuple[tuple[str, str], ...], WeightedChoice], ...]  # ((header, value), ...) -> choice
    fallback: tuple[Target, ...]
    fallback_on: frozenset[str]
    retries: int
    backoff: float
    health: RouteHealth | None = None  # router mode: ejection and LeastLatency; None: plain weights


def _pick(table: RoutingTable, choice: WeightedChoice, rng: random.Random | None) -> Target:
    if table.health is None or len(choice.targets) < 2:
        return choice.pick(rng)
    weights = [b - a for a, b in zip((0, *choice.bounds[:-1]), choice.bounds)]
    name = table.health.pick_among([t.name for t in choice.targets], weights, rng or random)
    return next(t for t in choice.targets if t.name == name)


def choose_target(table: RoutingTable, headers: dict[str, str] | object, rng: random.Random | None = None) -> Target:
    """First rule whose headers all match wins; else the default weights (or LeastLatency);
    an ejected upstream is left out while another can serve."""
    for match, choice in table.rules:
        if all(headers.get(name) == value for name, value in match):  # type: ignore[attr-defined]
            return _pick(table, choice, rng)
    return _pick(table, table.default, rng)


def attempt_plan(table: RoutingTable, first: Target) -> list[tuple[Target, float]]:
    """(target, delay before trying it): the chosen target and its retries, then the fallbacks."""
    plan = [(first, 0.0)]
    delay = table.backoff
    for _ in range(table.retries):
        plan.append((first, delay))
        delay *= 2
    fallback = [t for t in table.fallback if t.name != first.name]
    if table.health is not None:  # ejected fallbacks last: tried only when the others failed too
        usable = set(table.health.usable([t.name for t in fallback]))
        fallback = [t for t in fallback if t.name in usable] + [t for t in fallback if t.name not in usable]
    plan.extend((t, 0.0) for t in fallback)
    return plan
