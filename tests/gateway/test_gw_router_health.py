"""Router mode with the real openai client: a target answering 429 budget_exceeded triggers the
BudgetExceeded fallback (and only when configured), a target that keeps failing is ejected
instead of costing every request a failed attempt, and LeastLatency sends most traffic to the
faster target while exporting its live shares."""

from __future__ import annotations

import json

import openai
import pytest

from gateway_harness import Reply, client, metric


def config(a, b, wa=50, wb=50, **routing):
    return {"deployment": "chat", "mode": "Router", "models": ["chat"],
            "upstreams": [{"name": "a", "url": a.url, "weight": wa}, {"name": "b", "url": b.url, "weight": wb}],
            "timeouts": {"request": "2s", "firstToken": "2s"}, "routing": routing}


def ask(gw):
    return client(gw).chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}])


BUDGET_SPENT = Reply(status=429, body=json.dumps({"error": {"message": "budget of a is spent", "type": "rate_limit_error",
                                                             "code": "budget_exceeded"}}).encode())


def test_budget_exceeded_at_a_target_falls_back_when_it_is_a_trigger(stubs, make_gateway):
    a, b = stubs(), stubs()
    a.default = BUDGET_SPENT
    gw = make_gateway(config(a, b, 100, 0, fallback={"triggers": ["BudgetExceeded"], "targets": ["b"]}))
    assert ask(gw).choices[0].message.content
    assert len(a.received) == 1 and len(b.received) == 1
    assert metric(gw.metrics(), "llmops_gateway_upstream_attempts_total", upstream="a", result="BudgetExceeded") == 1


def test_budget_exceeded_is_not_a_fallback_unless_configured(stubs, make_gateway):
    a, b = stubs(), stubs()
    a.default = BUDGET_SPENT
    gw = make_gateway(config(a, b, 100, 0, fallback={"triggers": ["ServerError"], "targets": ["b"]}))
    with pytest.raises(openai.RateLimitError) as e:
        ask(gw)
    assert e.value.status_code == 429 and b.received == []


def test_a_target_that_keeps_failing_is_ejected(stubs, make_gateway):
    a, b = stubs(), stubs()
    a.default = Reply(status=500)
    gw = make_gateway(config(a, b, fallback={"targets": ["a", "b"]},
                             ejection={"consecutiveFailures": 3, "base": "60s"}))
    for _ in range(40):
        assert ask(gw).choices[0].message.content   # every request is served (b)
    assert len(a.received) == 3                     # then a was left out instead of costing each request
    assert len(b.received) == 40
    shares = {dict(ls)["upstream"]: v for (n, ls), v in gw.metrics().items() if n == "llmops_gateway_route_share"}
    assert shares == {"b": 1.0}


def test_without_ejection_a_failing_target_keeps_costing_attempts(stubs, make_gateway):
    a, b = stubs(), stubs()
    a.default = Reply(status=500)
    gw = make_gateway(config(a, b, fallback={"targets": ["a", "b"]}, ejection={"consecutiveFailures": 0}))
    for _ in range(40):
        ask(gw)
    assert len(a.received) > 3


def test_least_latency_prefers_the_faster_target_and_keeps_measuring_the_other(stubs, make_gateway):
    fast, slow = stubs(), stubs()
    slow.default = Reply(delay=0.5)  # far above any stall of a loaded machine, so the order is stable
    gw = make_gateway(config(fast, slow, strategy="LeastLatency"))
    for _ in range(60):
        ask(gw)
    assert len(fast.received) > 3 * len(slow.received) and len(slow.received) >= 2
    shares = {dict(ls)["upstream"]: v for (n, ls), v in gw.metrics().items() if n == "llmops_gateway_route_share"}
    assert shares == pytest.approx({"a": 0.9, "b": 0.1})
