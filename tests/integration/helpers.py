"""Small helpers shared by the integration tests."""

from __future__ import annotations

import json
import time
import uuid
from contextlib import contextmanager

import yaml
from kubernetes import client

GROUP, VERSION = "llmops.dev", "v1alpha1"


def wait_for(pred, timeout: float = 60, interval: float = 0.3, what: str = "condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = pred()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last value: {last!r}")


def llmd(name: str, **spec) -> dict:
    base = {"model": {"uri": "hf://meta-llama/Llama-3.1-8B-Instruct"}, "engine": {"type": "vLLM"},
            "replicas": 1, "resources": {"gpu": {"count": 1}}}
    base.update(spec)
    base = {k: v for k, v in base.items() if v is not None}  # None: leave the field out
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment", "metadata": {"name": name}, "spec": base}


def apikeys_llmd(name: str, secret: str) -> dict:
    """An LLMDeployment of the data plane's chat model whose gateway takes API keys from `secret`."""
    return llmd(name, model={"name": "chat-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                gateway={"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": secret}}})


def apply(cluster, namespace: str, *objs: dict) -> None:
    cluster.kubectl("apply", "-n", namespace, "--server-side", "--field-manager=test-user", "-f", "-",
                    input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def get_llmd(cluster, namespace: str, name: str) -> dict:
    return client.CustomObjectsApi(cluster.api_client).get_namespaced_custom_object(
        GROUP, VERSION, namespace, "llmdeployments", name)


def condition(obj: dict, type_: str) -> dict | None:
    return next((c for c in (obj.get("status") or {}).get("conditions") or [] if c["type"] == type_), None)


def is_ready(cluster, namespace: str, name: str) -> bool:
    c = condition(get_llmd(cluster, namespace, name), "Ready")
    return bool(c and c["status"] == "True")


def events_for(cluster, namespace: str, name: str) -> list[dict]:
    out = cluster.kubectl("get", "events", "-n", namespace, "-o", "json",
                          f"--field-selector=involvedObject.name={name}").stdout
    return json.loads(out)["items"]


@contextmanager
def fresh_namespace(api_client, prefix: str, test_name: str, labels: dict[str, str]):
    """A new namespace named after the test, deleted afterwards. Waits for its default
    ServiceAccount (the controller-manager creates it), which pods need."""
    name = f"{prefix}-{test_name[:30 - len(prefix)].lower().replace('_', '-').strip('-')}-{uuid.uuid4().hex[:5]}"
    name = "".join(c if c.isalnum() or c == "-" else "-" for c in name)
    core = client.CoreV1Api(api_client)
    core.create_namespace({"metadata": {"name": name, "labels": labels}})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if any(sa.metadata.name == "default" for sa in core.list_namespaced_service_account(name).items):
            break
        time.sleep(0.2)
    try:
        yield name
    finally:
        try:
            core.delete_namespace(name)
        except client.ApiException:
            pass
