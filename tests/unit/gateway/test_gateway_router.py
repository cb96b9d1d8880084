"""Router mode: header rules, weights, the attempt plan."""

from __future__ import annotations

import random
from collections import Counter

from llmops.api.gateway_config import GatewayConfig
from llmops.gateway.router import attempt_plan, choose_target
from llmops.gateway.runtime import build_runtime


def table():
    config = GatewayConfig.model_validate({
        "mode": "Router", "models": ["chat"],
        "upstreams": [{"name": "small", "url": "http://s/v1", "weight": 90},
                      {"name": "big", "url": "http://b/v1", "weight": 10},
                      {"name": "spare", "url": "http://f/v1", "weight": 0}],
        "routing": {"rules": [{"match": {"headers": {"X-Tier": "premium"}}, "targets": [{"name": "big"}]}],
                    "fallback": {"targets": ["spare", "small"]}, "retries": {"attempts": 2, "backoff": "100ms"}},
    })
    return build_runtime(config).routing


def test_rules_first_then_weights():
    t = table()
    assert choose_target(t, {"x-tier": "premium"}).name == "big"
    rng = random.Random(1)
    counts = Counter(choose_target(t, {}, rng).name for _ in range(10_000))
    assert set(counts) == {"small", "big"} and 0.87 < counts["small"] / 10_000 < 0.93


def test_attempt_plan_retries_with_backoff_then_falls_back_in_order():
    t = table()
    small = t.default.targets[0]
    plan = [(target.name, round(delay, 3)) for target, delay in attempt_plan(t, small)]
    assert plan == [("small", 0.0), ("small", 0.1), ("small", 0.2), ("spare", 0.0)]
