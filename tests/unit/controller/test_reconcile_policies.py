"""Reconcile logic of the GuardrailPolicy and RoutingPolicy controllers (and what they mean for
LLMDeployments), driven through the real runtime's event mapping with an in-memory API client.
The same behaviour against the real API server: tests/integration/test_policies.py."""

from __future__ import annotations

import yaml
from fake_kube import World

from llmops.controller.contract import Key

NS = "team-a"


def llmd(name, labels=None, **spec):
    base = {"model": {"uri": "hf://org/m"}, "engine": {"type": "vLLM"}, "replicas": 1,
            "pricing": {"inputPerMillionTokens": "1", "outputPerMillionTokens": "2"}}
    base.update(spec)
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
            "metadata": {"name": name, "namespace": NS, "labels": labels or {}}, "spec": base}


def gp(name, selector=None, pattern="(?i)project\\s+falcon", **extra):
    spec = {"selector": selector if selector is not None else {"matchLabels": {"team": "support"}},
            "input": {"deny": [{"name": "codenames", "pattern": pattern}], "pii": {"entities": ["Email"]}}}
    spec.update(extra)
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "GuardrailPolicy",
            "metadata": {"name": name, "namespace": NS}, "spec": spec}


def rp(name, targets, **spec):
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "RoutingPolicy",
            "metadata": {"name": name, "namespace": NS, "labels": spec.pop("labels", {})},
            "spec": {"model": name, "targets": targets, **spec}}


def make_ready(w: World, name: str) -> None:
    """The Deployment controller and kwok did their part: the Deployment is rolled out."""
    dep = w.kube.objects[("Deployment", NS, name)]
    dep["status"] = {"observedGeneration": dep["metadata"]["generation"], "replicas": 1, "readyReplicas": 1,
                     "updatedReplicas": 1, "availableReplicas": 1}
    w.kube._stamp(dep)
    w.sync_children()


def config_of(w: World, cm: str) -> dict:
    return yaml.safe_load(w.kube.objects[("ConfigMap", NS, cm)]["data"]["gateway.yaml"])


def settle(w: World, *keys: Key, rounds: int = 5) -> None:
    """Reconcile keys, and the keys their status writes concern, as the runtime's workers do
    (`Runtime.after_reconcile`); children written are delivered to the cache as watches would."""
    todo = list(keys)
    for _ in range(rounds):
        nxt = set()
        for k in dict.fromkeys(todo):
            out = w.reconcile(k.kind, k.namespace, k.name)
            for kind, before, after in out.written:
                nxt |= {rk for rk in w.runtime.related(kind, before, after) if rk != k}
            if out.applied:
                nxt.add(k)  # the watch events of the applied children come back to the owner
        w.sync_children()
        todo = list(nxt)
        if not todo:
            return


# -- GuardrailPolicy -----------------------------------------------------------------------------

def test_a_valid_policy_is_accepted_attached_and_reaches_the_selected_gateways_only():
    w = World()
    w.put(llmd("support", {"team": "support"}))
    w.put(llmd("sales", {"team": "sales"}))
    keys = w.put(gp("pii-strict"))
    assert Key("GuardrailPolicy", NS, "pii-strict") in keys
    settle(w, *keys, Key("LLMDeployment", NS, "support"), Key("LLMDeployment", NS, "sales"))
    st = w.status("GuardrailPolicy", NS, "pii-strict")
    assert st["attachedTo"] == ["support"] and st["accepted"]["generation"] == 1
    assert w.condition("GuardrailPolicy", NS, "pii-strict", "Ready")["reason"] == "Attached"
    assert [g["name"] for g in config_of(w, "support-gateway")["guardrails"]] == ["pii-strict"]
    assert config_of(w, "sales-gateway")["guardrails"] == []
    assert w.status("LLMDeployment", NS, "support")["guardrails"] == ["pii-strict"]
    assert w.condition("LLMDeployment", NS, "support", "GuardrailsCurrent")["status"] == "True"
    assert w.condition("LLMDeployment", NS, "sales", "GuardrailsCurrent") is None


def test_an_invalid_edit_keeps_the_last_valid_rules_in_force_and_says_so():
    w = World()
    w.put(llmd("support", {"team": "support"}))
    settle(w, *w.put(gp("pii-strict")), Key("LLMDeployment", NS, "support"))
    make_ready(w, "support")
    settle(w, Key("LLMDeployment", NS, "support"))
    ready_before = w.condition("LLMDeployment", NS, "support", "Ready")
    settle(w, *w.put(gp("pii-strict", pattern="(unclosed")))
    st = w.status("GuardrailPolicy", NS, "pii-strict")
    ready = w.condition("GuardrailPolicy", NS, "pii-strict", "Ready")
    assert ready["status"] == "False" and ready["reason"] == "InvalidPattern"
    assert "spec.input.deny[codenames].pattern" in ready["message"] and "generation 1" in ready["message"]
    assert st["accepted"]["generation"] == 1 and st["attachedTo"] == ["support"]
    assert ("EVENT", "InvalidPattern", "pii-strict") in w.kube.calls
    deny = config_of(w, "support-gateway")["guardrails"][0]["input"]["deny"][0]
    assert deny["pattern"] == "(?i)project\\s+falcon"        # still enforced
    cur = w.condition("LLMDeployment", NS, "support", "GuardrailsCurrent")
    assert cur["status"] == "False" and cur["reason"] == "PolicyInvalid" and "generation 1" in cur["message"]
    assert w.condition("LLMDeployment", NS, "support", "Ready") == ready_before   # Ready unchanged
    # fixed: the new generation is accepted and applied
    settle(w, *w.put(gp("pii-strict", pattern="(?i)project\\s+eagle")))
    assert w.status("GuardrailPolicy", NS, "pii-strict")["accepted"]["generation"] == 3
    assert config_of(w, "support-gateway")["guardrails"][0]["input"]["deny"][0]["pattern"] == "(?i)project\\s+eagle"
    assert w.condition("LLMDeployment", NS, "support", "GuardrailsCurrent")["status"] == "True"


def test_a_policy_never_valid_attaches_nothing_and_the_selected_deployment_says_so():
    w = World()
    w.put(llmd("support", {"team": "support"}))
    settle(w, *w.put(gp("bad", pattern="(?<=x)y")), Key("LLMDeployment", NS, "support"))
    st = w.status("GuardrailPolicy", NS, "bad")
    assert st["attachedTo"] == [] and "accepted" not in st
    assert "Nothing of this policy is enforced" in w.condition("GuardrailPolicy", NS, "bad", "Ready")["message"]
    assert config_of(w, "support-gateway")["guardrails"] == []
    assert w.condition("LLMDeployment", NS, "support", "GuardrailsCurrent")["reason"] == "PolicyInvalid"


def test_a_policy_that_selects_nothing_is_ready_with_an_empty_attachment():
    w = World()
    settle(w, *w.put(gp("lonely", selector={"matchLabels": {"team": "nobody"}})))
    assert w.status("GuardrailPolicy", NS, "lonely")["attachedTo"] == []
    ready = w.condition("GuardrailPolicy", NS, "lonely", "Ready")
    assert ready["status"] == "True" and ready["reason"] == "SelectsNothing"


def test_relabelling_a_deployment_into_a_policy_changes_only_its_config_map():
    w = World()
    settle(w, *w.put(llmd("svc", {"team": "sales"})), *w.put(gp("pii-strict")))
    assert config_of(w, "svc-gateway")["guardrails"] == []
    w.kube.calls.clear()
    keys = w.put(llmd("svc", {"team": "support"}))
    assert {Key("LLMDeployment", NS, "svc"), Key("GuardrailPolicy", NS, "pii-strict")} <= keys
    settle(w, *keys)
    assert [g["name"] for g in config_of(w, "svc-gateway")["guardrails"]] == ["pii-strict"]
    applied = [c for c in w.kube.calls if c[0] == "APPLY"]
    assert applied == [("APPLY", "ConfigMap", "svc-gateway")]   # no new pods
    assert w.status("GuardrailPolicy", NS, "pii-strict")["attachedTo"] == ["svc"]


def test_several_policies_apply_together_in_name_order():
    w = World()
    w.put(llmd("support", {"team": "support", "pii": "strict"}))
    keys = w.put(gp("b-audit", mode="Audit")) | w.put(gp("a-pii", selector={"matchLabels": {"pii": "strict"}}))
    settle(w, *keys, Key("LLMDeployment", NS, "support"))
    cfg = config_of(w, "support-gateway")
    assert [(g["name"], g["mode"]) for g in cfg["guardrails"]] == [("a-pii", "Enforce"), ("b-audit", "Audit")]
    assert w.status("LLMDeployment", NS, "support")["guardrails"] == ["a-pii", "b-audit"]


def test_a_second_reconcile_with_nothing_changed_writes_nothing():
    w = World()
    settle(w, *w.put(llmd("support", {"team": "support"})), *w.put(gp("pii-strict")))
    w.kube.calls.clear()
    for kind, name in (("LLMDeployment", "support"), ("GuardrailPolicy", "pii-strict")):
        out = w.reconcile(kind, NS, name)
        assert not out.changed
    assert w.kube.writes() == []


# -- RoutingPolicy -------------------------------------------------------------------------------

def _targets_ready(w: World, *names: str) -> None:
    for n in names:
        settle(w, *w.put(llmd(n)))
        make_ready(w, n)
        settle(w, Key("LLMDeployment", NS, n))


def test_router_children_and_effective_weights_follow_target_availability():
    w = World()
    _targets_ready(w, "a")
    settle(w, *w.put(llmd("b")))          # b exists but has no ready replica
    settle(w, *w.put(rp("chat", [{"name": "a", "weight": 60}, {"name": "b", "weight": 40}])))
    for kind, name in (("Deployment", "chat-router"), ("Service", "chat-router"), ("ConfigMap", "chat-router-gateway")):
        assert (kind, NS, name) in w.kube.objects
    st = w.status("RoutingPolicy", NS, "chat")
    assert st["targets"] == [{"name": "a", "ready": True, "effectiveWeight": 100},
                             {"name": "b", "ready": False, "effectiveWeight": 0}]
    assert st["targetsText"] == "a=100 b=0(unavailable)"
    assert st["endpoint"] == f"http://chat-router.{NS}.svc.cluster.local:8080/v1"
    cfg = config_of(w, "chat-router-gateway")
    assert {u["name"]: u["weight"] for u in cfg["upstreams"]} == {"a": 100, "b": 0}
    # b becomes Available: its status change enqueues the policy, weights return to configured
    make_ready(w, "b")
    settle(w, Key("LLMDeployment", NS, "b"))   # only b is reconciled: the router follows from its status write
    assert {t["name"]: t["effectiveWeight"] for t in w.status("RoutingPolicy", NS, "chat")["targets"]} == {"a": 60, "b": 40}


def test_a_missing_target_is_named_and_resolved_when_it_appears():
    w = World()
    _targets_ready(w, "a")
    settle(w, *w.put(rp("chat", [{"name": "a"}, {"name": "ghost"}])))
    refs = w.condition("RoutingPolicy", NS, "chat", "ResolvedRefs")
    assert refs["status"] == "False" and refs["reason"] == "TargetNotFound" and "'ghost'" in refs["message"]
    assert w.condition("RoutingPolicy", NS, "chat", "Ready")["status"] == "False"
    keys = w.put(llmd("ghost"))
    assert Key("RoutingPolicy", NS, "chat") in keys
    settle(w, *keys)
    assert w.condition("RoutingPolicy", NS, "chat", "ResolvedRefs")["status"] == "True"


def test_a_target_that_is_a_router_is_refused_by_name():
    w = World()
    _targets_ready(w, "a")
    settle(w, *w.put(rp("inner", [{"name": "a"}])))
    settle(w, *w.put(rp("outer", [{"name": "a"}, {"name": "inner"}])))
    refs = w.condition("RoutingPolicy", NS, "outer", "ResolvedRefs")
    assert refs["reason"] == "InvalidTarget" and "'inner' is a RoutingPolicy" in refs["message"]


def test_router_ready_only_once_its_deployment_is_and_no_target_means_not_ready():
    w = World()
    _targets_ready(w, "a")
    settle(w, *w.put(rp("chat", [{"name": "a"}])))
    before = w.condition("RoutingPolicy", NS, "chat", "Ready")
    assert before["status"] == "False" and before["reason"] == "RollingUpdate"  # the router's pods are not up yet
    make_ready(w, "chat-router")
    settle(w, Key("RoutingPolicy", NS, "chat"))
    assert w.condition("RoutingPolicy", NS, "chat", "Ready")["status"] == "True"
    # the only target loses its replicas: Ready=False NoTargetAvailable, configured weights kept
    dep = w.kube.objects[("Deployment", NS, "a")]
    dep["status"]["readyReplicas"] = 0
    w.kube._stamp(dep)
    w.sync_children()
    settle(w, Key("LLMDeployment", NS, "a"))
    settle(w, Key("RoutingPolicy", NS, "chat"))
    ready = w.condition("RoutingPolicy", NS, "chat", "Ready")
    assert ready["status"] == "False" and ready["reason"] == "NoTargetAvailable"
    assert config_of(w, "chat-router-gateway")["upstreams"][0]["weight"] == 100


def test_a_router_name_held_by_an_llmdeployment_is_a_conflict_naming_it():
    w = World()
    _targets_ready(w, "a", "chat-router")
    settle(w, *w.put(rp("chat", [{"name": "a"}])))
    ready = w.condition("RoutingPolicy", NS, "chat", "Ready")
    assert ready["reason"] == "ChildConflict"
    assert "owned by LLMDeployment 'chat-router'" in ready["message"]
    # the LLMDeployment's own children are untouched
    assert w.kube.objects[("Deployment", NS, "chat-router")]["metadata"]["ownerReferences"][0]["kind"] == "LLMDeployment"


def test_guardrail_policies_that_select_a_routing_policy_apply_in_its_router():
    w = World()
    _targets_ready(w, "a")
    keys = w.put(rp("chat", [{"name": "a"}], labels={"team": "support"})) | w.put(gp("pii-strict"))
    settle(w, *keys)
    assert [g["name"] for g in config_of(w, "chat-router-gateway")["guardrails"]] == ["pii-strict"]
    assert w.status("GuardrailPolicy", NS, "pii-strict")["attachedTo"] == ["RoutingPolicy/chat"]
    assert w.status("RoutingPolicy", NS, "chat")["guardrails"] == ["pii-strict"]


def test_pods_map_to_their_owner_by_the_owner_label_of_their_kind():
    w = World()
    model_pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x-1", "namespace": NS, "resourceVersion": "5",
                                                                 "labels": {"llmops.dev/deployment": "x-router"}}}
    router_pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x-2", "namespace": NS, "resourceVersion": "6",
                                                                  "labels": {"llmops.dev/routingpolicy": "x"}}}
    assert w.event("ADDED", model_pod) == {Key("LLMDeployment", NS, "x-router")}
    assert w.event("ADDED", router_pod) == {Key("RoutingPolicy", NS, "x")}
    assert [p["metadata"]["name"] for p in w.store.pods_of(NS, "x", "RoutingPolicy")] == ["x-2"]
    assert [p["metadata"]["name"] for p in w.store.pods_of(NS, "x-router")] == ["x-1"]
