"""The router's plan and children: pure functions of a RoutingPolicy and its targets' state."""

from __future__ import annotations

from decimal import Decimal

import pytest

from llmops.api import gateway_config as gc
from llmops.api.routingpolicy import RoutingPolicySpec
from llmops.render.common import Owner
from llmops.render.gatewaypod import RenderSettings
from llmops.render.router import (TargetInfo, effective_weights, largest_remainder, plan, render_router,
                                  router_config, targets_text)

OWNER = Owner("llmops.dev/v1alpha1", "RoutingPolicy", "chat", "team-a", "uid-rp")


def info(name, available=True, price="1"):
    return TargetInfo(name, available, f"http://{name}.team-a.svc.cluster.local:8080/v1", f"{name}-model", Decimal(price))


def spec(**kw):
    base = {"model": "chat", "targets": [{"name": "a", "weight": 90}, {"name": "b", "weight": 10}]}
    base.update(kw)
    return RoutingPolicySpec.model_validate(base)


@pytest.mark.parametrize("weights, expected", [
    ([("a", 1), ("b", 1), ("c", 1)], {"a": 34, "b": 33, "c": 33}),
    ([("a", 90), ("b", 10)], {"a": 90, "b": 10}),
    ([("a", 2), ("b", 1)], {"a": 67, "b": 33}),
    ([("a", 7)], {"a": 100}),
    ([("a", 0), ("b", 0)], {"a": 0, "b": 0}),
])
def test_largest_remainder_sums_to_100(weights, expected):
    shares = largest_remainder(weights)
    assert shares == expected
    assert sum(shares.values()) in (0, 100)


def test_an_ineligible_target_gets_zero_and_the_rest_is_renormalised():
    assert effective_weights([("a", 60), ("b", 30), ("c", 10)], frozenset({"b", "c"})) == {"a": 0, "b": 75, "c": 25}


def test_with_none_eligible_the_configured_weights_stay():
    assert effective_weights([("a", 90), ("b", 10)], frozenset()) == {"a": 90, "b": 10}


def test_plan_weighted_with_an_unavailable_target():
    p = plan(spec(), {"a": info("a", available=False), "b": info("b")})
    assert p.weights == {"a": 0, "b": 100} and p.any_eligible
    assert targets_text(spec(), p) == "a=0(unavailable) b=100"


def test_plan_reports_a_missing_target_and_routes_to_the_others():
    s = spec(fallback={"targets": ["c"]})
    p = plan(s, {"a": info("a"), "b": None, "c": None})
    assert p.missing == ("b", "c") and p.weights == {"a": 100}
    assert p.fallback == ()
    assert "b=0(missing)" in targets_text(s, p)


def test_least_cost_sends_everything_to_the_cheapest_eligible_and_orders_the_rest_as_fallbacks():
    s = spec(strategy="LeastCost", targets=[{"name": "a", "weight": 50}, {"name": "b", "weight": 50},
                                            {"name": "c", "weight": 50}], fallback={"targets": ["d"]})
    infos = {"a": info("a", price="3"), "b": info("b", price="1"), "c": info("c", price="2"), "d": info("d", price="0")}
    p = plan(s, infos)
    assert p.weights == {"a": 0, "b": 100, "c": 0}
    assert p.fallback == ("c", "a", "d")


def test_least_cost_ties_go_to_the_higher_weight():
    s = spec(strategy="LeastCost", targets=[{"name": "a", "weight": 10}, {"name": "b", "weight": 90}])
    assert plan(s, {"a": info("a"), "b": info("b")}).weights == {"a": 0, "b": 100}


def test_least_cost_skips_an_unavailable_cheap_target():
    s = spec(strategy="LeastCost")
    p = plan(s, {"a": info("a", available=False, price="0"), "b": info("b", price="5")})
    assert p.weights == {"a": 0, "b": 100}


def test_router_config_rewrites_the_model_and_carries_rules_fallback_and_retries():
    s = spec(rules=[{"match": {"headers": {"x-tier": "premium"}}, "targets": [{"name": "b"}]}],
             fallback={"triggers": ["ServerError", "BudgetExceeded"], "targets": ["b"]},
             retries={"attempts": 1, "backoff": "100ms"}, timeouts={"request": "30s", "firstToken": "5s"})
    infos = {"a": info("a"), "b": info("b")}
    cfg = router_config("chat", s, plan(s, infos), infos)
    assert cfg.mode == "Router" and cfg.models == ["chat"]
    assert {(u.name, u.weight, u.model) for u in cfg.upstreams} == {("a", 90, "a-model"), ("b", 10, "b-model")}
    assert cfg.routing.rules[0].targets[0].name == "b"
    assert cfg.routing.fallback.triggers == ["ServerError", "BudgetExceeded"] and cfg.routing.fallback.targets == ["b"]
    assert cfg.routing.retries.attempts == 1 and cfg.timeouts.request == "30s"
    assert gc.load_yaml(gc.render_yaml(cfg)) == cfg  # the gateway reads what the operator writes


def test_no_router_config_without_any_existing_default_target():
    s = spec()
    assert router_config("chat", s, plan(s, {"a": None, "b": None}), {"a": None, "b": None}) is None


def test_router_children_are_named_labelled_and_select_only_router_pods():
    s = spec(router={"replicas": 3})
    infos = {"a": info("a"), "b": info("b")}
    cm, dep, svc = render_router(OWNER, s, router_config("chat", s, plan(s, infos), infos), RenderSettings())
    assert (cm["metadata"]["name"], dep["metadata"]["name"], svc["metadata"]["name"]) == \
        ("chat-router-gateway", "chat-router", "chat-router")
    assert dep["spec"]["replicas"] == 3
    assert dep["spec"]["selector"]["matchLabels"] == {"llmops.dev/routingpolicy": "chat"}
    assert svc["spec"]["selector"] == {"llmops.dev/routingpolicy": "chat"}
    pod_labels = dep["spec"]["template"]["metadata"]["labels"]
    assert pod_labels["llmops.dev/routingpolicy"] == "chat" and "llmops.dev/deployment" not in pod_labels
    for child in (cm, dep, svc):
        assert child["metadata"]["ownerReferences"][0]["kind"] == "RoutingPolicy"
        assert child["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "llmops-operator"
    assert [c["name"] for c in dep["spec"]["template"]["spec"]["containers"]] == ["gateway"]
    assert dep["spec"]["template"]["spec"]["volumes"][0]["configMap"]["name"] == "chat-router-gateway"
