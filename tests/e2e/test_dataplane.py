"""The data plane end to end: an LLMDeployment applied to the local cluster answers the real
`openai` client at its local URL through the real gateway in each pod; a config change reaches
the running gateways without new pods; the cluster's Prometheus has the requests with the
pod-discovery labels; deleting the deployment stops its processes."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request

import openai
import yaml
from kubernetes import client

from helpers import wait_for
from llmops.devcluster.dataplane import control

GROUP, VERSION = "llmops.dev", "v1alpha1"


def _llmd(name: str, rpm: int) -> dict:
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment", "metadata": {"name": name},
            "spec": {"model": {"name": "chat-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct",
                               "adapters": [{"name": "support-lora", "uri": "hf://acme/support-lora"}]},
                     "engine": {"type": "vLLM"}, "replicas": 2, "resources": {"gpu": {"count": 1}},
                     "gateway": {"rateLimit": {"requestsPerMinute": rpm}},
                     "pricing": {"currency": "USD", "inputPerMillionTokens": "1", "outputPerMillionTokens": "2"}}}


def _apply(dp, ns: str, obj: dict) -> None:
    dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-", input=yaml.safe_dump(obj))


def _pods(dp, ns: str, name: str) -> list:
    return client.CoreV1Api(dp.api_client).list_namespaced_pod(ns, label_selector=f"llmops.dev/deployment={name}").items


def _ready(pod) -> bool:
    return any(c.type == "Ready" and c.status == "True" for c in pod.status.conditions or [])


def _prom(base: str, query: str) -> list[dict]:
    url = f"{base}/api/v1/query?{urllib.parse.urlencode({'query': query})}"
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)["data"]["result"]


def test_an_llmdeployment_answers_the_openai_client_reloads_and_is_scraped(dp_cluster, dp_namespace, dp_operator):
    dp, ns = dp_cluster, dp_namespace
    _apply(dp, ns, _llmd("chat", rpm=6000))
    pods = wait_for(lambda: (p := _pods(dp, ns, "chat")) and len(p) == 2 and all(map(_ready, p)) and p,
                    timeout=90, what="2 Ready pods (readiness written by the stand-in from the probes)")
    for p in pods:
        assert {c.name for c in p.status.container_statuses} == {"engine", "gateway"}
        assert all(c.container_id and c.container_id.startswith("llmops://") for c in p.status.container_statuses)
    url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL in `llmops dev endpoints`")
    assert url.startswith("http://127.0.0.1:")

    # The real openai client, plain and streamed, the base model and an adapter.
    oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
    raw = oa.chat.completions.with_raw_response.create(
        model="chat-model", messages=[{"role": "user", "content": "hello"}], max_tokens=8)
    answer = raw.parse()
    assert answer.choices[0].message.content and answer.usage.completion_tokens > 0
    assert raw.headers["x-llmops-request-id"]
    assert "x-llmops-prompt-version" in raw.headers
    chunks = list(oa.chat.completions.create(model="support-lora", messages=[{"role": "user", "content": "hi"}],
                                              max_tokens=8, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    sent = 2
    for _ in range(8):  # both replicas get some (the Service balances round-robin)
        oa.chat.completions.create(model="chat-model", messages=[{"role": "user", "content": "x"}], max_tokens=4)
        sent += 1

    # Every process is tagged with the cluster's state directory: stand-in, Prometheus, 2 x 2 containers.
    assert len(control.tagged_processes(dp.state_dir)) == 6

    # Prometheus has the requests with pod-discovery labels, and the simulator's own metrics.
    prom = dp.endpoints()["prometheus"]

    def counted():
        rows = _prom(prom, f'sum by (namespace, pod, llmops_dev_deployment) '
                           f'(llmops_gateway_requests_total{{namespace="{ns}"}})')
        return rows if sum(float(r["value"][1]) for r in rows) == sent else None

    rows = wait_for(counted, timeout=30, what=f"{sent} requests in Prometheus")
    assert {r["metric"]["pod"] for r in rows} == {p.metadata.name for p in pods}
    assert all(r["metric"]["llmops_dev_deployment"] == "chat" for r in rows)
    wait_for(lambda: [r["value"][1] for r in _prom(prom, f'up{{namespace="{ns}", container="engine"}}')] == ["1", "1"],
             timeout=30, what="both simulators scraped")

    # A config change reaches the running gateways by file reload: no new pods, no restarts.
    uids = {p.metadata.uid for p in pods}
    started = time.monotonic()
    _apply(dp, ns, _llmd("chat", rpm=1))

    def throttled():
        try:
            oa.chat.completions.create(model="chat-model", messages=[{"role": "user", "content": "x"}], max_tokens=2)
        except openai.RateLimitError:
            return True
        return False

    wait_for(throttled, timeout=30, interval=0.05, what="the new rate limit in force")
    print(f"\napply-to-served under the new config: {time.monotonic() - started:.2f}s")
    after = _pods(dp, ns, "chat")
    assert {p.metadata.uid for p in after} == uids
    assert all(c.restart_count == 0 for p in after for c in p.status.container_statuses)

    # Deleting the deployment: its pods get SIGTERM and go, and so do their processes.
    client.CustomObjectsApi(dp.api_client).delete_namespaced_custom_object(GROUP, VERSION, ns, "llmdeployments", "chat")
    wait_for(lambda: not _pods(dp, ns, "chat"), timeout=60, what="the pods to be gone")
    wait_for(lambda: len(control.tagged_processes(dp.state_dir)) == 2, timeout=30,
             what="only the stand-in and Prometheus left")


def test_a_namespaces_propagation_delay_holds_a_config_change_back_like_a_kubelet(dp_cluster, dp_namespace, dp_operator):
    dp, ns = dp_cluster, dp_namespace
    delay = 3.0
    client.CoreV1Api(dp.api_client).patch_namespace(
        ns, {"metadata": {"annotations": {"llmops.dev/config-propagation-delay": f"{delay:g}s"}}})
    spec = _llmd("chat", rpm=6000)
    spec["spec"]["replicas"] = 1
    _apply(dp, ns, spec)
    wait_for(lambda: (p := _pods(dp, ns, "chat")) and all(map(_ready, p)), timeout=90, what="the pod Ready")
    url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL")
    oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
    ask = (lambda: oa.chat.completions.create(model="chat-model", max_tokens=2,  # noqa: E731
                                              messages=[{"role": "user", "content": "x"}]))
    ask()
    started = time.monotonic()
    _apply(dp, ns, _llmd("chat", rpm=1) | {"spec": {**_llmd("chat", rpm=1)["spec"], "replicas": 1}})
    time.sleep(1.0)
    for _ in range(3):  # well inside the delay: still the old limit of 6000/min
        ask()

    def throttled():
        try:
            ask()
        except openai.RateLimitError:
            return True
        return False

    wait_for(throttled, timeout=30, interval=0.1, what="the new rate limit after the delay")
    took = time.monotonic() - started
    print(f"\napply-to-served with a {delay:g}s propagation delay: {took:.2f}s")
    assert took >= delay
