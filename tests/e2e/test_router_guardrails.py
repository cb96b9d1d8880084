"""A RoutingPolicy's router and a GuardrailPolicy on the local data plane: the real `openai`
client at the router's local URL is answered by a target through the router and the target's
gateway; the policy, attached to both by its selector, blocks a denied phrase at each of them,
and an edit of the policy reaches the running gateways through their ConfigMaps only."""

from __future__ import annotations

import time

import openai
import pytest
import yaml
from kubernetes import client

from helpers import wait_for

GROUP, VERSION = "llmops.dev", "v1alpha1"


def _apply(dp, ns, *objs):
    dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-",
               input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def _llmd(name):
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment",
            "metadata": {"name": name, "labels": {"team": "support"}},
            "spec": {"model": {"name": f"{name}-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                     "engine": {"type": "vLLM"}, "replicas": 1, "resources": {"gpu": {"count": 1}}}}


def _policy(word):
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "GuardrailPolicy", "metadata": {"name": "codenames"},
            "spec": {"selector": {"matchLabels": {"team": "support"}},
                     "input": {"deny": [{"name": "codenames", "pattern": f"(?i)project\\s+{word}"}]}}}


def _get(dp, ns, plural, name):
    return client.CustomObjectsApi(dp.api_client).get_namespaced_custom_object(GROUP, VERSION, ns, plural, name)


def _ready(obj):
    return any(c["type"] == "Ready" and c["status"] == "True" for c in (obj.get("status") or {}).get("conditions") or [])


def _pod_names(dp, ns):
    return sorted(p.metadata.name for p in client.CoreV1Api(dp.api_client).list_namespaced_pod(ns).items)


def test_a_router_serves_through_its_targets_and_a_policy_blocks_at_router_and_sidecar(dp_cluster, dp_namespace,
                                                                                     dp_operator):
    dp, ns = dp_cluster, dp_namespace
    router = {"apiVersion": f"{GROUP}/{VERSION}", "kind": "RoutingPolicy",
              "metadata": {"name": "chat", "labels": {"team": "support"}},
              "spec": {"model": "support-chat", "targets": [{"name": "small", "weight": 50}, {"name": "large", "weight": 50}],
                       "fallback": {"targets": ["large"]}}}
    _apply(dp, ns, _llmd("small"), _llmd("large"), _policy("falcon"), router)
    wait_for(lambda: _ready(_get(dp, ns, "routingpolicies", "chat")), timeout=120, what="router Ready")
    wait_for(lambda: (_get(dp, ns, "guardrailpolicies", "codenames").get("status") or {}).get("attachedTo")
             == ["RoutingPolicy/chat", "large", "small"], what="the policy attached to all three")
    router_url = wait_for(lambda: dp.url_of(ns, "chat", kind="RoutingPolicy"), what="the router's local URL")
    small_url = wait_for(lambda: dp.url_of(ns, "small"), what="small's local URL")

    via_router = openai.OpenAI(base_url=router_url, api_key="unused", max_retries=0, timeout=15)
    direct = openai.OpenAI(base_url=small_url, api_key="unused", max_retries=0, timeout=15)
    # the virtual model is answered by a target (the router rewrites the model to the target's)
    answer = wait_for(lambda: _try(lambda: via_router.chat.completions.create(
        model="support-chat", messages=[{"role": "user", "content": "Hello there"}], max_tokens=8)),
        timeout=60, what="an answer through the router")
    assert answer.choices[0].message.content is not None
    assert answer.model in ("small-model", "large-model")
    # the policy blocks at the router and at a target's own gateway
    for oa, model in ((via_router, "support-chat"), (direct, "small-model")):
        with pytest.raises(openai.PermissionDeniedError) as e:
            oa.chat.completions.create(model=model, messages=[{"role": "user", "content": "status of Project Falcon?"}])
        assert e.value.status_code == 403

    # an edit reaches the running gateways through their ConfigMaps: no new pods
    pods = _pod_names(dp, ns)
    t0 = time.monotonic()
    _apply(dp, ns, _policy("osprey"))

    def blocked_now():
        try:
            via_router.chat.completions.create(model="support-chat",
                                               messages=[{"role": "user", "content": "about project osprey"}], max_tokens=4)
        except openai.PermissionDeniedError:
            return True
        return False

    wait_for(blocked_now, timeout=60, interval=0.2, what="the edited pattern enforced by the router")
    print(f"\nGuardrailPolicy edit -> enforced by the running router: {time.monotonic() - t0:.2f}s")
    assert via_router.chat.completions.create(model="support-chat", max_tokens=4,
                                              messages=[{"role": "user", "content": "about project falcon"}]).choices
    assert _pod_names(dp, ns) == pods


def _try(call):
    try:
        return call()
    except (openai.APIConnectionError, openai.APIStatusError):
        return None
