"""`llmops dev up` is safe to re-run: its examples step creates what is absent and keeps every
object the user changed, and it points the kubeconfig's context at the demo namespace."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

from llmops.devcluster import devup, kubectl

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _secret_key(cluster, namespace: str) -> str:
    out = cluster.kubectl("get", "secret", "openai-api-key", "-n", namespace, "-o", "json").stdout
    return base64.b64decode(json.loads(out)["data"]["apiKey"]).decode()


def test_rerun_keeps_the_users_changes(cluster, crds, namespace):
    first = devup.apply_examples(cluster.kubeconfig, namespace, EXAMPLES, log=lambda _m: None)
    assert first["Secret/openai-api-key"] == "created" and set(first.values()) == {"created"}
    placeholder = _secret_key(cluster, namespace)

    # The user puts in a real key and tunes a deployment, with their own tools.
    cluster.kubectl("patch", "secret", "openai-api-key", "-n", namespace, "--type=merge",
                    "-p", '{"stringData": {"apiKey": "sk-my-real-key"}}')
    cluster.kubectl("patch", "llmd", "support-llm", "-n", namespace, "--type=merge", "-p", '{"spec": {"replicas": 3}}')
    cluster.kubectl("delete", "llmd", "analytics-llm", "-n", namespace)

    again = devup.apply_examples(cluster.kubeconfig, namespace, EXAMPLES, log=lambda _m: None)

    assert _secret_key(cluster, namespace) == "sk-my-real-key" != placeholder
    replicas = cluster.kubectl("get", "llmd", "support-llm", "-n", namespace, "-o", "jsonpath={.spec.replicas}").stdout
    assert replicas == "3"
    assert again["Secret/openai-api-key"] == "kept" and again["LLMDeployment/support-llm"] == "kept"
    assert again["LLMDeployment/analytics-llm"] == "created"  # what the user deleted comes back
    assert sorted(again) == sorted(first)


def test_a_broken_example_is_one_line_naming_the_file(cluster, crds, namespace, tmp_path):
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES / "budget", examples / "budget")
    (examples / "budget" / "llmdeployment.yaml").write_text(
        "apiVersion: llmops.dev/v1alpha1\nkind: LLMDeployment\nmetadata: {name: bad}\n"
        "spec: {model: {uri: 'hf://a/b'}, engine: {type: Vllm}}\n")
    try:
        devup.apply_examples(cluster.kubeconfig, namespace, examples, log=lambda _m: None)
    except devup.StepError as e:
        message = str(e)
    else:
        raise AssertionError("a rejected example was not reported")
    assert "\n" not in message and "LLMDeployment/bad" in message and "spec.engine.type" in message
    assert "llmdeployment.yaml" in message


def test_context_namespace_makes_plain_commands_land_in_the_demo_namespace(cluster, crds, namespace, tmp_path):
    kc = tmp_path / "kubeconfig"
    shutil.copy(cluster.kubeconfig, kc)
    assert kubectl.context_namespace(str(kc)) == "default"
    kubectl.set_context_namespace(str(kc), namespace)
    assert kubectl.context_namespace(str(kc)) == namespace
    kubectl.run(str(kc), "apply", "-f", str(EXAMPLES / "budget" / "llmdeployment.yaml"))
    assert cluster.kubectl("get", "llmd", "analytics-llm", "-n", namespace, "-o", "name").stdout.strip() \
        == "llmdeployment.llmops.dev/analytics-llm"
