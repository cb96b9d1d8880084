"""Auth against the real control plane: CEL refuses APIKeys without a Secret, the operator mounts
a keys Secret made by `llmops keys create` into the gateway container (and a router's own key
into router pods) without ever reading it, and the pods come up with it."""

from __future__ import annotations

import subprocess
import sys

import yaml
from kubernetes import client

from helpers import GROUP, VERSION, apply, get_llmd, is_ready, llmd, wait_for

from llmops.gateway.auth import KeyStore
from llmops.render.gatewaypod import API_KEYS_DIR, API_KEYS_ENV, ROUTER_KEY_DIR, ROUTER_KEY_PATH, UPSTREAM_KEY_FILE_ENV


def keys_create(*argv: str) -> str:
    done = subprocess.run([sys.executable, "-m", "llmops.cli", "keys", "create", *argv],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def dry_run(cluster, namespace, obj: dict):
    return cluster.kubectl("apply", "--dry-run=server", "-n", namespace, "-f", "-", input=yaml.safe_dump(obj),
                           check=False)


def routing_policy(name: str, **spec) -> dict:
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "RoutingPolicy", "metadata": {"name": name},
            "spec": {"model": name, "targets": [{"name": "support-llm"}], **spec}}


def test_api_keys_without_a_secret_ref_are_refused_naming_the_field(cluster, crds, namespace):
    r = dry_run(cluster, namespace, llmd("a", gateway={"auth": {"mode": "APIKeys"}}))
    assert r.returncode != 0 and "spec.gateway.auth.apiKeysSecretRef" in r.stderr and "llmops keys create" in r.stderr
    r = dry_run(cluster, namespace, routing_policy("chat", auth={"mode": "APIKeys"}))
    assert r.returncode != 0 and "spec.auth.apiKeysSecretRef" in r.stderr
    r = dry_run(cluster, namespace, llmd("a", gateway={"auth": {"apiKeysSecretRef": {"name": "k"}}}))
    assert r.returncode != 0 and "spec.gateway.auth.mode" in r.stderr  # never implied
    r = dry_run(cluster, namespace, llmd("a", gateway={"auth": {"mode": "Keys", "apiKeysSecretRef": {"name": "k"}}}))
    assert r.returncode != 0 and "spec.gateway.auth.mode" in r.stderr and "APIKeys" in r.stderr
    assert dry_run(cluster, namespace, llmd("a", gateway={"auth": {"mode": "None"}})).returncode == 0


def test_the_keys_secret_is_mounted_into_the_gateway_and_the_pods_start(cluster, namespace, operator, tmp_path):
    secret_file = tmp_path / "support-keys.yaml"
    key = keys_create("--name", "alice", "--team", "support", "--rpm", "60", "--secret-file", str(secret_file))
    cluster.kubectl("apply", "-n", namespace, "-f", str(secret_file))
    apply(cluster, namespace, llmd("support-llm", gateway={
        "auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "support-keys"}}}))
    wait_for(lambda: is_ready(cluster, namespace, "support-llm"), what="Ready")

    apps, core = client.AppsV1Api(cluster.api_client), client.CoreV1Api(cluster.api_client)
    template = apps.read_namespaced_deployment("support-llm", namespace).spec.template.spec
    volume = next(v for v in template.volumes if v.name == "api-keys")
    assert volume.secret.secret_name == "support-keys" and not volume.secret.optional
    gateway = next(c for c in template.containers if c.name == "gateway")
    mount = next(m for m in gateway.volume_mounts if m.name == "api-keys")
    assert (mount.mount_path, mount.read_only) == (API_KEYS_DIR, True)
    assert {(e.name, e.value) for e in gateway.env} == {(API_KEYS_ENV, API_KEYS_DIR)}
    engine = next(c for c in template.containers if c.name == "engine")
    assert all(m.name != "api-keys" for m in engine.volume_mounts or [])
    pods = core.list_namespaced_pod(namespace, label_selector="llmops.dev/deployment=support-llm").items
    assert pods and all(any(v.name == "api-keys" for v in p.spec.volumes) for p in pods)

    # what the cluster holds is the record the gateway loads, and it authenticates the printed key
    stored = core.read_namespaced_secret("support-keys", namespace)
    assert key not in str(stored.data) and set(stored.data) == {"alice"}
    manifest = tmp_path / "from-cluster.yaml"
    manifest.write_text(yaml.safe_dump({"kind": "Secret", "data": stored.data}))
    assert KeyStore.load(manifest).authenticate(f"Bearer {key}").team == "support"

    status = get_llmd(cluster, namespace, "support-llm")["status"]
    assert key not in str(status)


def test_a_router_gets_its_callers_keys_and_its_own_key(cluster, namespace, operator, tmp_path):
    router_key = keys_create("--name", "router-chat", "--team", "platform", "--router",
                             "--secret-file", str(tmp_path / "support-keys.yaml"))
    cluster.kubectl("apply", "-n", namespace, "-f", str(tmp_path / "support-keys.yaml"))
    client.CoreV1Api(cluster.api_client).create_namespaced_secret(
        namespace, {"metadata": {"name": "chat-router-key"}, "stringData": {"key": router_key}})
    keys_create("--name", "bob", "--secret-file", str(tmp_path / "chat-keys.yaml"))
    cluster.kubectl("apply", "-n", namespace, "-f", str(tmp_path / "chat-keys.yaml"))
    apply(cluster, namespace,
          llmd("support-llm", gateway={"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "support-keys"}}}),
          routing_policy("chat", auth={"mode": "APIKeys", "apiKeysSecretRef": {"name": "chat-keys"},
                                       "routerKeySecretRef": {"name": "chat-router-key", "key": "key"}}))
    apps = client.AppsV1Api(cluster.api_client)
    dep = wait_for(lambda: _get(apps.read_namespaced_deployment, "chat-router", namespace), what="router Deployment")
    pod = dep.spec.template.spec
    volumes = {v.name: v for v in pod.volumes}
    assert volumes["api-keys"].secret.secret_name == "chat-keys"
    assert volumes["router-key"].secret.secret_name == "chat-router-key"
    assert [(i.key, i.path) for i in volumes["router-key"].secret.items] == [("key", "key")]
    gw = pod.containers[0]
    assert {m.name: (m.mount_path, m.read_only) for m in gw.volume_mounts if m.name != "gateway-config"} == {
        "api-keys": (API_KEYS_DIR, True), "router-key": (ROUTER_KEY_DIR, True)}
    assert {e.name: e.value for e in gw.env} == {API_KEYS_ENV: API_KEYS_DIR, UPSTREAM_KEY_FILE_ENV: ROUTER_KEY_PATH}


def _get(read, name, namespace):
    try:
        return read(name, namespace)
    except client.ApiException as e:
        if e.status == 404:
            return None
        raise
