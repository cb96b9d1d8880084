"""GuardrailPolicy and RoutingPolicy controllers against the real control plane, with the real
operator process (kopf, the runtime, the shared applier)."""

from __future__ import annotations

import time

import yaml
from kubernetes import client

from helpers import GROUP, VERSION, apply, condition, events_for, get_llmd, is_ready, llmd, wait_for
from operator_proc import start_operator


def core(cluster):
    return client.CoreV1Api(cluster.api_client)


def apps(cluster):
    return client.AppsV1Api(cluster.api_client)


def get(cluster, namespace, plural, name):
    return client.CustomObjectsApi(cluster.api_client).get_namespaced_custom_object(GROUP, VERSION, namespace, plural, name)


def labelled(name, labels, **spec):
    obj = llmd(name, **spec)
    obj["metadata"]["labels"] = labels
    return obj


def policy(name, pattern="(?i)project\\s+falcon", selector=None, **extra):
    spec = {"selector": selector or {"matchLabels": {"team": "support"}},
            "input": {"pii": {"entities": ["Email"]}, "deny": [{"name": "codenames", "pattern": pattern}]}}
    spec.update(extra)
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "GuardrailPolicy", "metadata": {"name": name}, "spec": spec}


def routing(name, targets, **spec):
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "RoutingPolicy", "metadata": {"name": name},
            "spec": {"model": name, "targets": targets, **spec}}


def gateway_config(cluster, namespace, cm):
    try:
        return yaml.safe_load(core(cluster).read_namespaced_config_map(cm, namespace).data["gateway.yaml"])
    except client.ApiException:
        return None


def deny_patterns(cfg):
    return [d["pattern"] for g in (cfg or {}).get("guardrails", []) for d in (g.get("input") or {}).get("deny", [])]


def test_a_policy_attaches_to_what_it_selects_and_reaches_their_config_maps(cluster, namespace, operator):
    apply(cluster, namespace, labelled("support", {"team": "support"}), labelled("sales", {"team": "sales"}))
    wait_for(lambda: gateway_config(cluster, namespace, "sales-gateway"), what="children")
    t0 = time.monotonic()
    apply(cluster, namespace, policy("pii-strict"))
    wait_for(lambda: deny_patterns(gateway_config(cluster, namespace, "support-gateway")), what="rules in the ConfigMap")
    print(f"\napply of a GuardrailPolicy -> the selected ConfigMap carries it: {time.monotonic() - t0:.2f}s")
    assert deny_patterns(gateway_config(cluster, namespace, "sales-gateway")) == []

    def attached():
        gp = get(cluster, namespace, "guardrailpolicies", "pii-strict")
        c = condition(gp, "Ready")
        return gp if c and c["status"] == "True" else None

    gp = wait_for(attached, what="policy Ready")
    assert gp["status"]["attachedTo"] == ["support"] and condition(gp, "Ready")["reason"] == "Attached"
    assert gp["status"]["accepted"]["generation"] == gp["metadata"]["generation"]
    wait_for(lambda: (get_llmd(cluster, namespace, "support").get("status") or {}).get("guardrails") == ["pii-strict"],
             what="status.guardrails")


def test_an_invalid_edit_keeps_the_last_valid_rules_across_an_operator_restart(cluster, namespace, crds, tmp_path):
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    try:
        apply(cluster, namespace, labelled("support", {"team": "support"}), policy("pii-strict"))
        wait_for(lambda: deny_patterns(gateway_config(cluster, namespace, "support-gateway")), what="rules applied")
        apply(cluster, namespace, policy("pii-strict", pattern="(unclosed"))

        def invalid():
            c = condition(get(cluster, namespace, "guardrailpolicies", "pii-strict"), "Ready")
            return c if c and c["reason"] == "InvalidPattern" else None

        c = wait_for(invalid, what="InvalidPattern")
        assert c["status"] == "False" and "spec.input.deny[codenames].pattern" in c["message"]
        wait_for(lambda: any(e["reason"] == "InvalidPattern" and e["type"] == "Warning"
                             for e in events_for(cluster, namespace, "pii-strict")), what="InvalidPattern event")

        def told():
            c = condition(get_llmd(cluster, namespace, "support"), "GuardrailsCurrent")
            return c if c and c["reason"] == "PolicyInvalid" else None

        assert wait_for(told, what="GuardrailsCurrent=False")["status"] == "False"
        assert deny_patterns(gateway_config(cluster, namespace, "support-gateway")) == ["(?i)project\\s+falcon"]
    finally:
        op.stop()
    # restarted: the accepted rules come from the policy's status, and reach a deployment
    # relabelled into the policy meanwhile
    apply(cluster, namespace, labelled("late", {"team": "support"}))
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    try:
        wait_for(lambda: deny_patterns(gateway_config(cluster, namespace, "late-gateway")) == ["(?i)project\\s+falcon"],
                 what="the last valid rules on a deployment created while the policy was invalid")
        assert deny_patterns(gateway_config(cluster, namespace, "support-gateway")) == ["(?i)project\\s+falcon"]
    finally:
        op.stop()


def test_relabelling_into_a_policy_reaches_the_gateway_without_new_pods(cluster, namespace, operator):
    apply(cluster, namespace, labelled("svc", {"team": "sales"}), policy("pii-strict"))
    wait_for(lambda: is_ready(cluster, namespace, "svc"), what="Ready")
    before = apps(cluster).read_namespaced_deployment("svc", namespace)
    pods = sorted(p.metadata.name for p in core(cluster).list_namespaced_pod(namespace).items)
    cluster.kubectl("label", "llmd", "svc", "-n", namespace, "team=support", "--overwrite")
    wait_for(lambda: deny_patterns(gateway_config(cluster, namespace, "svc-gateway")), what="rules after relabel")
    after = apps(cluster).read_namespaced_deployment("svc", namespace)
    assert after.metadata.generation == before.metadata.generation
    assert sorted(p.metadata.name for p in core(cluster).list_namespaced_pod(namespace).items) == pods
    wait_for(lambda: get(cluster, namespace, "guardrailpolicies", "pii-strict")["status"].get("attachedTo") == ["svc"],
             what="attachedTo follows the relabel")


def test_router_children_effective_weights_and_drift(cluster, namespace, operator):
    apply(cluster, namespace, llmd("small"), llmd("huge", resources={"gpu": {"count": 16}}),
          routing("chat", [{"name": "small", "weight": 50}, {"name": "huge", "weight": 50}]))

    def weights():
        st = get(cluster, namespace, "routingpolicies", "chat").get("status") or {}
        return {t["name"]: t["effectiveWeight"] for t in st.get("targets") or []}

    wait_for(lambda: weights() == {"small": 100, "huge": 0}, timeout=90, what="unschedulable target at weight 0")
    dep = apps(cluster).read_namespaced_deployment("chat-router", namespace)
    svc = core(cluster).read_namespaced_service("chat-router", namespace)
    assert dep.spec.selector.match_labels == {"llmops.dev/routingpolicy": "chat"}
    assert svc.spec.selector == {"llmops.dev/routingpolicy": "chat"}
    assert dep.metadata.owner_references[0].kind == "RoutingPolicy"
    cfg = gateway_config(cluster, namespace, "chat-router-gateway")
    assert cfg["mode"] == "Router" and {u["name"]: u["weight"] for u in cfg["upstreams"]} == {"small": 100, "huge": 0}

    def ready():
        c = condition(get(cluster, namespace, "routingpolicies", "chat"), "Ready")
        return c if c and c["status"] == "True" else None

    wait_for(ready, timeout=90, what="router Ready")
    table = cluster.kubectl("get", "rp", "chat", "-n", namespace).stdout
    assert "TARGETS" in table and "small=100 huge=0(unavailable)" in table and "chat-router." in table
    # drift: someone edits the router Service; it is restored
    core(cluster).patch_namespaced_service("chat-router", namespace, {"spec": {"selector": {"llmops.dev/routingpolicy": "x"}}})
    wait_for(lambda: core(cluster).read_namespaced_service("chat-router", namespace).spec.selector
             == {"llmops.dev/routingpolicy": "chat"}, what="drift repaired")
    wait_for(lambda: any(e["reason"] == "DriftCorrected" for e in events_for(cluster, namespace, "chat")),
             what="DriftCorrected event")


def test_a_missing_target_is_named_then_resolved_by_itself(cluster, namespace, operator):
    apply(cluster, namespace, llmd("a"), routing("chat", [{"name": "a"}, {"name": "later"}]))

    def refs(status):
        c = condition(get(cluster, namespace, "routingpolicies", "chat"), "ResolvedRefs")
        return c if c and c["status"] == status else None

    c = wait_for(lambda: refs("False"), what="ResolvedRefs=False")
    assert "'later'" in c["message"]
    assert condition(get(cluster, namespace, "routingpolicies", "chat"), "Ready")["status"] == "False"
    apply(cluster, namespace, llmd("later"))
    wait_for(lambda: refs("True"), what="ResolvedRefs=True once the target exists")
