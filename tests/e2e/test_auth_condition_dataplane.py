"""AuthKeysValid end to end on the local data plane: the real gateway loads the keys Secret, the
data plane's Prometheus scrapes its key-set gauges with the pods' labels, and the operator
(`--prometheus-url`) names the Secret on the LLMDeployment when a new version of it is
malformed, while the gateway keeps serving with its last good set."""

from __future__ import annotations

import base64
import subprocess
import sys

import openai
import yaml
from kubernetes import client

from helpers import apikeys_llmd, wait_for
from llmops.devcluster.dataplane import control
from operator_proc import start_operator

GROUP, VERSION = "llmops.dev", "v1alpha1"


def _condition(dp, ns, name, type_):
    obj = client.CustomObjectsApi(dp.api_client).get_namespaced_custom_object(GROUP, VERSION, ns, "llmdeployments", name)
    return next((c for c in (obj.get("status") or {}).get("conditions") or [] if c["type"] == type_), None)


def test_a_malformed_keys_secret_reported_by_the_running_gateway_is_named_on_the_status(
        dp_cluster, dp_namespace, tmp_path):
    dp, ns = dp_cluster, dp_namespace
    secret_file = tmp_path / "keys.yaml"
    key = subprocess.run([sys.executable, "-m", "llmops.cli", "keys", "create", "--name", "alice", "--team", "support",
                          "--secret-file", str(secret_file), "--secret-name", "chat-keys"],
                         capture_output=True, text=True, check=True).stdout.strip()
    dp.kubectl("apply", "-n", ns, "-f", str(secret_file))
    op = start_operator(dp.kubeconfig, [ns], tmp_path / "op",
                        extra_args=(f"--prometheus-url={dp.endpoints()['prometheus']}",),
                        env={"LLMOPS_AUTH_POLL_SECONDS": "1"})
    try:
        dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-",
                   input=yaml.safe_dump(apikeys_llmd("chat", "chat-keys")))
        ok = wait_for(lambda: (c := _condition(dp, ns, "chat", "AuthKeysValid")) and c["status"] == "True" and c,
                      timeout=120, what="AuthKeysValid=True from the scraped gateway")
        assert ok["reason"] == "KeySetLoaded" and "1 gateway" in ok["message"]

        # a record replaced by something that is not one: the gateway refuses the new version
        secret = yaml.safe_load(secret_file.read_text())
        secret["data"]["bob"] = base64.b64encode(b"llmops_bob_pasted-in-place-of-its-record").decode()
        dp.kubectl("apply", "-n", ns, "-f", "-", input=yaml.safe_dump(secret))
        bad = wait_for(lambda: (c := _condition(dp, ns, "chat", "AuthKeysValid")) and c["status"] == "False" and c,
                       timeout=90, what="AuthKeysValid=False once the gateway refused the Secret")
        assert bad["reason"] == "KeySetInvalid" and 'Secret "chat-keys"' in bad["message"]
        assert "spec.gateway.auth.apiKeysSecretRef.name" in bad["message"]
        assert _condition(dp, ns, "chat", "Ready")["status"] == "True"
        url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL")
        served = openai.OpenAI(base_url=url, api_key=key, max_retries=0, timeout=10).chat.completions.create(
            model="chat-model", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
        assert served.choices[0].message.content  # the last good set still serves
    finally:
        op.stop()
        # Gone before the next test counts the cluster's processes.
        client.CustomObjectsApi(dp.api_client).delete_namespaced_custom_object(GROUP, VERSION, ns, "llmdeployments",
                                                                               "chat")
    wait_for(lambda: not client.CoreV1Api(dp.api_client).list_namespaced_pod(
        ns, label_selector="llmops.dev/deployment=chat").items, timeout=60, what="the pods to be gone")
    wait_for(lambda: len(control.tagged_processes(dp.state_dir)) == 2, timeout=30,
             what="only the stand-in and Prometheus left")
