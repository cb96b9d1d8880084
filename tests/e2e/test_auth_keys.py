"""API keys end to end: an LLMDeployment with `gateway.auth.mode: APIKeys` on the local data
plane refuses an anonymous request and a wrong key, and serves one with a key made by
`llmops keys create` (its Secret applied with kubectl, mounted into the gateway by the render,
loaded by the gateway from the path in LLMOPS_GATEWAY_API_KEYS); Prometheus has the requests
by team; `llmops keys revoke` and an apply refuse the key in the running pod, no restart."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import openai
import pytest
import yaml
from kubernetes import client

from helpers import apikeys_llmd, wait_for
from llmops.devcluster.dataplane import control

GROUP, VERSION = "llmops.dev", "v1alpha1"


def _ready(pod) -> bool:
    return any(c.type == "Ready" and c.status == "True" for c in pod.status.conditions or [])


def test_an_llmdeployment_with_api_keys_refuses_anonymous_callers_and_serves_a_created_key(
        dp_cluster, dp_namespace, dp_operator, tmp_path):
    dp, ns = dp_cluster, dp_namespace
    secret_file = tmp_path / "chat-keys.yaml"
    made = subprocess.run([sys.executable, "-m", "llmops.cli", "keys", "create", "--name", "alice", "--team", "support",
                           "--secret-file", str(secret_file)], capture_output=True, text=True, check=True)
    key = made.stdout.strip()
    assert key.startswith("llmops_alice_") and key not in secret_file.read_text()  # only its hash is stored
    dp.kubectl("apply", "-n", ns, "-f", str(secret_file))
    dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-",
               input=yaml.safe_dump(apikeys_llmd("chat", "chat-keys")))
    wait_for(lambda: (p := client.CoreV1Api(dp.api_client).list_namespaced_pod(
        ns, label_selector="llmops.dev/deployment=chat").items) and all(map(_ready, p)) and p,
        timeout=90, what="a Ready pod (readiness from the gateway's /readyz: a key set loaded)")
    url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL in `llmops dev endpoints`")

    anonymous = urllib.request.Request(f"{url}/chat/completions", method="POST",
                                       data=b'{"model": "chat-model", "messages": [{"role": "user", "content": "hi"}]}')
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(anonymous, timeout=10)
    assert e.value.code == 401 and json.loads(e.value.read())["error"]["code"] == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=url, api_key="llmops_alice_" + "0" * 64, max_retries=0, timeout=10).chat.completions.create(
            model="chat-model", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
    alice = openai.OpenAI(base_url=url, api_key=key, max_retries=0, timeout=10)
    answer = alice.chat.completions.create(model="chat-model", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
    assert answer.choices[0].message.content

    prom = dp.endpoints()["prometheus"]

    def by_team():
        query = f'sum by (team, code) (llmops_gateway_requests_total{{namespace="{ns}"}})'
        with urllib.request.urlopen(f"{prom}/api/v1/query?{urllib.parse.urlencode({'query': query})}", timeout=5) as r:
            rows = {(m["metric"]["team"], m["metric"]["code"]): float(m["value"][1]) for m in json.load(r)["data"]["result"]}
        return rows if rows.get(("support", "200")) == 1 and rows.get(("none", "401")) == 2 else None

    wait_for(by_team, timeout=30, what="the requests by team in Prometheus (support: 1 served; none: 2 refused)")

    subprocess.run([sys.executable, "-m", "llmops.cli", "keys", "revoke", "alice", "--secret-file", str(secret_file)],
                   capture_output=True, text=True, check=True)
    dp.kubectl("apply", "-n", ns, "-f", str(secret_file))

    def refused() -> bool:
        try:
            alice.chat.completions.create(model="chat-model", messages=[{"role": "user", "content": "x"}], max_tokens=2)
        except openai.AuthenticationError:
            return True
        return False

    wait_for(refused, timeout=60, interval=0.2, what="the revoked key refused by the running gateway")
    pods = client.CoreV1Api(dp.api_client).list_namespaced_pod(ns, label_selector="llmops.dev/deployment=chat").items
    assert all(c.restart_count == 0 for p in pods for c in p.status.container_statuses)

    # Gone before the next test counts the cluster's processes.
    client.CustomObjectsApi(dp.api_client).delete_namespaced_custom_object(GROUP, VERSION, ns, "llmdeployments", "chat")
    wait_for(lambda: not client.CoreV1Api(dp.api_client).list_namespaced_pod(
        ns, label_selector="llmops.dev/deployment=chat").items, timeout=60, what="the pods to be gone")
    wait_for(lambda: len(control.tagged_processes(dp.state_dir)) == 2, timeout=30,
             what="only the stand-in and Prometheus left")
