"""A PromptVersion released Immediate on the local data plane: the release controller promotes
it, the LLMDeployment's gateways load it through their ConfigMap, and the real `openai` client
sees the promoted version's name in `x-llmops-prompt-version`; a second version released
Immediate supersedes it in the running gateways without new pods; with a kubelet-like
propagation delay the status says v2 while the running gateway still serves v1 until the
projected ConfigMap catches up (what `stepStartedAt`, the decision time, means in a real cluster)."""

from __future__ import annotations

import openai
import yaml
from kubernetes import client

from helpers import wait_for

GROUP, VERSION = "llmops.dev", "v1alpha1"


def _apply(dp, ns, *objs):
    dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-",
               input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def _pver(name, text):
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "PromptVersion", "metadata": {"name": name},
            "spec": {"prompt": "greeter", "template": {"messages": [{"role": "system", "content": text}]},
                     "release": {"strategy": "Immediate"}}}


def _get(dp, ns, name):
    return client.CustomObjectsApi(dp.api_client).get_namespaced_custom_object(GROUP, VERSION, ns, "promptversions", name)


def _served_version(oa):
    try:
        raw = oa.chat.completions.with_raw_response.create(
            model="chat-model", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
    except (openai.APIConnectionError, openai.APIStatusError):
        return None
    return raw.headers.get("x-llmops-prompt-version")


def test_the_promoted_version_is_what_the_gateway_serves(dp_cluster, dp_namespace, dp_operator):
    dp, ns = dp_cluster, dp_namespace
    llmd = {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment", "metadata": {"name": "chat"},
            "spec": {"model": {"name": "chat-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                     "engine": {"type": "vLLM"}, "replicas": 1, "resources": {"gpu": {"count": 1}},
                     "gateway": {"prompt": "greeter"}}}
    _apply(dp, ns, llmd, _pver("greeter-v1", "You greet people."))
    url = wait_for(lambda: dp.url_of(ns, "chat"), timeout=90, what="the local URL")
    oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
    assert wait_for(lambda: _served_version(oa) == "greeter-v1", timeout=60, what="v1 served") is True
    pods = sorted(p.metadata.name for p in client.CoreV1Api(dp.api_client).list_namespaced_pod(ns).items)
    client.CoreV1Api(dp.api_client).patch_namespace(
        ns, {"metadata": {"annotations": {"llmops.dev/config-propagation-delay": "15s"}}})
    _apply(dp, ns, _pver("greeter-v2", "You greet people warmly."))
    wait_for(lambda: (_get(dp, ns, "greeter-v2").get("status") or {}).get("phase") == "Promoted",
             what="v2 promoted in its status")
    assert _served_version(oa) == "greeter-v1"   # the gateways have not seen the new config yet
    wait_for(lambda: _served_version(oa) == "greeter-v2", timeout=90, what="v2 served once the config propagated")
    assert _get(dp, ns, "greeter-v1")["status"]["phase"] == "Superseded"
    assert sorted(p.metadata.name for p in client.CoreV1Api(dp.api_client).list_namespaced_pod(ns).items) == pods
