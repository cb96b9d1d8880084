"""What the gateways report about their keys Secret reaches the LLMDeployment's and the router's
status through a real Prometheus, and the spend is split by team: the real control plane, the
operator process, and the gateway series pushed as Prometheus would have scraped them (remote
write), with the labels the scrape adds (`namespace`, `pod`, `llmops_dev_*`)."""

from __future__ import annotations

import time

from kubernetes import client

from helpers import GROUP, VERSION, apply, condition, events_for, get_llmd, llmd, wait_for
from operator_proc import start_operator
from test_auth_render import keys_create

VALID, ACTIVE = "llmops_gateway_auth_last_reload_success", "llmops_gateway_auth_key_set_active"
COST = "llmops_gateway_cost_total"
ENV = {"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "1", "LLMOPS_AUTH_POLL_SECONDS": "1"}


def report(prom, namespace, pod, owner_label, owner, valid, keys):
    """One scrape of a gateway's two key-set gauges (`keys`: of the set in force, 0 for none)."""
    labels = {"namespace": namespace, "pod": pod, f"llmops_dev_{owner_label}": owner, "job": "gateways"}
    t = time.time()
    prom.push([({"__name__": VALID, **labels}, [(t, float(valid))]), ({"__name__": ACTIVE, **labels}, [(t, float(keys > 0))])])


def team_cost(prom, namespace, pod, values: dict[str, float], at=None):
    t = at or time.time()
    prom.push([({"__name__": COST, "namespace": namespace, "deployment": "support-llm", "pod": pod, "model": "m",
                 "prompt_version": "", "team": team, "currency": "USD"}, [(t, v)]) for team, v in values.items()])


def get_rp(cluster, namespace, name):
    return client.CustomObjectsApi(cluster.api_client).get_namespaced_custom_object(
        GROUP, VERSION, namespace, "routingpolicies", name)


def cond_is(get, type_, status, reason=None):
    def check():
        c = condition(get(), type_)
        return c and c["status"] == status and (reason is None or c["reason"] == reason) and c
    return check


def reasons(cluster, namespace, name):
    return [e["reason"] for e in events_for(cluster, namespace, name) for _ in range(e.get("count", 1))]


def test_a_malformed_keys_secret_is_named_on_both_statuses_and_spend_is_split_by_team(cluster, crds, namespace,
                                                                                        tmp_path, prom):
    secret_file = tmp_path / "support-keys.yaml"
    keys_create("--name", "alice", "--team", "support", "--secret-file", str(secret_file))
    cluster.kubectl("apply", "-n", namespace, "-f", str(secret_file))
    for pod in ("support-llm-a", "support-llm-b"):
        report(prom, namespace, pod, "deployment", "support-llm", 1, 1)
    report(prom, namespace, "chat-router-a", "routingpolicy", "chat", 1, 1)
    t0 = time.time() - 5
    team_cost(prom, namespace, "support-llm-a", {"support": 0, "ml": 0}, at=t0)  # exported at 0 from config load
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path, extra_args=(f"--prometheus-url={prom.url}",),
                        env=ENV)
    try:
        auth = {"mode": "APIKeys", "apiKeysSecretRef": {"name": "support-keys"}}
        apply(cluster, namespace,
              llmd("support-llm", gateway={"auth": auth}, pricing={"inputPerMillionTokens": "1"},
                   budget={"limit": "100"}),
              {"apiVersion": f"{GROUP}/{VERSION}", "kind": "RoutingPolicy", "metadata": {"name": "chat"},
               "spec": {"model": "chat", "targets": [{"name": "support-llm"}], "auth": auth}})
        dep = lambda: get_llmd(cluster, namespace, "support-llm")  # noqa: E731
        router = lambda: get_rp(cluster, namespace, "chat")  # noqa: E731
        ok = wait_for(cond_is(dep, "AuthKeysValid", "True", "KeySetLoaded"), 60, what="AuthKeysValid on the llmd")
        assert "2 gateways" in ok["message"] and 'Secret "support-keys"' in ok["message"]
        wait_for(cond_is(router, "AuthKeysValid", "True", "KeySetLoaded"), 30, what="AuthKeysValid on the router")
        wait_for(cond_is(dep, "Ready", "True"), 60, what="the llmd Ready")

        # spend by team, from the same batched query as the total
        team_cost(prom, namespace, "support-llm-a", {"support": 1.25, "ml": 0.5})
        s = wait_for(lambda: (sp := dep()["status"].get("spend") or {}).get("amount") == "1.75" and sp, 30,
                     what="spend 1.75")
        assert [(r["name"], r["amount"]) for r in s["teams"]] == [("support", "1.25"), ("ml", "0.5")]

        # one replica refuses a new version of the Secret and keeps its last good set
        report(prom, namespace, "support-llm-b", "deployment", "support-llm", 0, 1)
        bad = wait_for(cond_is(dep, "AuthKeysValid", "False", "KeySetInvalid"), 30, what="KeySetInvalid")
        assert "spec.gateway.auth.apiKeysSecretRef.name" in bad["message"] and 'Secret "support-keys"' in bad["message"]
        assert "1 of 2 gateways" in bad["message"]
        assert condition(dep(), "Ready")["status"] == "True"  # the last good set still serves
        wait_for(lambda: "KeySetInvalid" in reasons(cluster, namespace, "support-llm"), 15, what="the Warning")

        # the router's only gateway never had a good set: it answers 503 to everything
        report(prom, namespace, "chat-router-a", "routingpolicy", "chat", 0, 0)
        r = wait_for(cond_is(router, "Ready", "False", "KeySetUnavailable"), 30, what="router Ready=False")
        assert "spec.auth.apiKeysSecretRef.name" in r["message"] and "503 auth_unavailable" in r["message"]
        assert condition(router(), "AuthKeysValid")["reason"] == "KeySetUnavailable"
        assert condition(router(), "Stalled")["status"] == "True"

        # Prometheus goes away: the spend turns stale, the conditions stay as they were
        prom.stop()
        wait_for(lambda: dep()["status"]["spend"].get("staleSince"), 30, what="staleSince while Prometheus is down")
        assert condition(dep(), "AuthKeysValid")["reason"] == "KeySetInvalid"
        assert condition(router(), "AuthKeysValid")["reason"] == "KeySetUnavailable"

        # back, the Secret fixed: both recover, and each bad turn was told once
        prom.start()
        report(prom, namespace, "support-llm-b", "deployment", "support-llm", 1, 1)
        report(prom, namespace, "chat-router-a", "routingpolicy", "chat", 1, 1)
        wait_for(cond_is(dep, "AuthKeysValid", "True", "KeySetLoaded"), 30, what="the llmd recovered")
        wait_for(cond_is(router, "Ready", "True"), 30, what="the router Ready again")
        assert condition(router(), "AuthKeysValid")["status"] == "True"
        got = reasons(cluster, namespace, "support-llm")
        assert got.count("KeySetInvalid") == 1 and got.count("KeySetLoaded") == 1
        assert reasons(cluster, namespace, "chat").count("KeySetUnavailable") == 1

        team_cost(prom, namespace, "support-llm-a", {"support": 1.25, "ml": 2.5})  # ml overtakes support
        s = wait_for(lambda: (sp := dep()["status"]["spend"])["amount"] == "3.75" and sp, 30, what="spend 3.75")
        assert [(r["name"], r["amount"]) for r in s["teams"]] == [("ml", "2.5"), ("support", "1.25")]
    finally:
        op.stop()
