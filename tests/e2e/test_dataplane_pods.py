"""The stand-in behaves as a kubelet would for the pods it runs: a crash-looping gateway with an
invalid initial config (back-off, restartCount, then recovery), CreateContainerConfigError for
a missing Secret, env resolved into the process, an invalid reload reported while the last good
config serves, and SIGTERM on deletion."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import yaml
from kubernetes import client

from helpers import wait_for
from llmops.api import gateway_config as gc
from llmops.devcluster.dataplane import control


def _config(model: str = "m") -> str:
    return gc.render_yaml(gc.GatewayConfig(deployment="raw", models=[model],
                                           upstreams=[gc.Upstream(name="engine", url="http://127.0.0.1:8000/v1")]))


def _pod(name: str, config_map: str, env: list | None = None) -> dict:
    gateway = {"name": "gateway", "image": "llmops:dev",
               "args": ["gateway", "--config=/etc/llmops/gateway.yaml", "--listen=0.0.0.0:8080"],
               "ports": [{"name": "http", "containerPort": 8080}],
               "readinessProbe": {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 1},
               "volumeMounts": [{"name": "cfg", "mountPath": "/etc/llmops", "readOnly": True}]}
    if env:
        gateway["env"] = env
    engine = {"name": "engine", "image": "vllm/vllm-openai", "args": ["--served-model-name", "m"],
              "ports": [{"name": "engine", "containerPort": 8000}],
              "readinessProbe": {"httpGet": {"path": "/health", "port": 8000}, "periodSeconds": 1}}
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "labels": {"app": name}},
            "spec": {"containers": [engine, gateway], "terminationGracePeriodSeconds": 20,
                     "volumes": [{"name": "cfg", "configMap": {"name": config_map}}]}}


def _cm(name: str, text: str) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}, "data": {"gateway.yaml": text}}


def _apply(dp, ns: str, *objs: dict) -> None:
    dp.kubectl("apply", "-n", ns, "--server-side", "--force-conflicts", "--field-manager=test-user", "-f", "-",
               input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def _gateway_status(core, ns: str, name: str):
    pod = core.read_namespaced_pod(name, ns)
    return pod, next((c for c in pod.status.container_statuses or [] if c.name == "gateway"), None)


def _ready(pod) -> bool:
    return any(c.type == "Ready" and c.status == "True" for c in pod.status.conditions or [])


def _pod_dir(dp, ns: str, name: str) -> Path:
    return next((dp.state_dir / "dataplane" / "pods").glob(f"{ns}_{name}_*"))


def test_an_invalid_initial_config_crash_loops_and_recovers_while_others_serve(dp_cluster, dp_namespace):
    dp, ns = dp_cluster, dp_namespace
    core = client.CoreV1Api(dp.api_client)
    _apply(dp, ns, _cm("good", _config()), _cm("bad", "models: [unterminated"), _pod("ok", "good"), _pod("broken", "bad"))

    def crash_looping():
        pod, gw = _gateway_status(core, ns, "broken")
        return gw if gw and gw.restart_count >= 2 and gw.last_state.terminated else None

    gw = wait_for(crash_looping, timeout=60, what="the broken gateway to crash-loop")
    assert gw.last_state.terminated.exit_code == 2 and not gw.ready
    assert "cannot start" in (_pod_dir(dp, ns, "broken") / "logs" / "gateway.log").read_text()
    wait_for(lambda: _gateway_status(core, ns, "broken")[1].state.waiting, timeout=20,
             what="a CrashLoopBackOff wait")
    waiting = _gateway_status(core, ns, "broken")[1].state.waiting
    assert waiting.reason == "CrashLoopBackOff" and "restarting failed container=gateway" in waiting.message
    assert not _ready(core.read_namespaced_pod("broken", ns))
    assert wait_for(lambda: _ready(core.read_namespaced_pod("ok", ns)), timeout=30, what="the good pod Ready")

    _apply(dp, ns, _cm("bad", _config()))  # fixed: the next restart starts it for good
    wait_for(lambda: _ready(core.read_namespaced_pod("broken", ns)), timeout=60, what="the fixed pod Ready")


def test_a_missing_secret_waits_in_create_container_config_error_then_env_reaches_the_process(dp_cluster, dp_namespace):
    dp, ns = dp_cluster, dp_namespace
    core = client.CoreV1Api(dp.api_client)
    env = [{"name": "API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "tokens", "key": "api"}}},
           {"name": "MY_POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
           {"name": "MEM", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory", "divisor": "1Mi"}}}]
    _apply(dp, ns, _cm("cfg", _config()), _pod("needs-secret", "cfg", env))

    def config_error():
        _, gw = _gateway_status(core, ns, "needs-secret")
        return gw if gw and gw.state.waiting and gw.state.waiting.reason == "CreateContainerConfigError" else None

    gw = wait_for(config_error, timeout=30, what="CreateContainerConfigError")
    assert gw.state.waiting.message == 'secret "tokens" not found'
    core.create_namespaced_secret(ns, {"metadata": {"name": "tokens"}, "stringData": {"api": "t0ken"}})
    wait_for(lambda: _ready(core.read_namespaced_pod("needs-secret", ns)), timeout=30, what="the pod Ready")
    procs = [p for p in control.tagged_processes(dp.state_dir)
             if f"LLMOPS_DATAPLANE_POD={ns}/needs-secret".encode() in Path(f"/proc/{p}/environ").read_bytes()]
    envs = [dict(kv.split("=", 1) for kv in Path(f"/proc/{p}/environ").read_text().split("\0") if "=" in kv)
            for p in procs]
    gateway_env = next(e for e in envs if "API_TOKEN" in e)
    assert gateway_env["API_TOKEN"] == "t0ken" and gateway_env["MY_POD"] == "needs-secret"
    assert int(gateway_env["MEM"]) == 256 * 1024  # no limit: the node's allocatable memory, in Mi


def test_an_invalid_reload_is_reported_and_the_last_good_config_keeps_serving(dp_cluster, dp_namespace):
    dp, ns = dp_cluster, dp_namespace
    core = client.CoreV1Api(dp.api_client)
    _apply(dp, ns, _cm("cfg", _config()), _pod("reloads", "cfg"))
    wait_for(lambda: _ready(core.read_namespaced_pod("reloads", ns)), timeout=30, what="the pod Ready")
    _apply(dp, ns, _cm("cfg", "models: [unterminated"))
    prom = dp.endpoints()["prometheus"]
    query = f'llmops_gateway_config_last_reload_success{{namespace="{ns}", pod="reloads"}}'

    def refused():
        url = f"{prom}/api/v1/query?query={urllib.request.quote(query)}"
        rows = json.load(urllib.request.urlopen(url, timeout=5))["data"]["result"]
        return rows and rows[0]["value"][1] == "0"

    wait_for(refused, timeout=30, what="the refused reload in Prometheus")
    pod, gw = _gateway_status(core, ns, "reloads")
    assert _ready(pod) and gw.restart_count == 0  # the last good config still serves
    assert "refused" in (_pod_dir(dp, ns, "reloads") / "logs" / "gateway.log").read_text()


def test_a_deleted_pod_gets_sigterm_then_goes(dp_cluster, dp_namespace):
    dp, ns = dp_cluster, dp_namespace
    core = client.CoreV1Api(dp.api_client)
    _apply(dp, ns, _cm("cfg", _config()), _pod("doomed", "cfg"))
    wait_for(lambda: _ready(core.read_namespaced_pod("doomed", ns)), timeout=30, what="the pod Ready")
    log = _pod_dir(dp, ns, "doomed") / "logs" / "gateway.log"
    core.delete_namespaced_pod("doomed", ns)

    def gone():
        try:
            core.read_namespaced_pod("doomed", ns)
            return False
        except client.ApiException as e:
            return e.status == 404

    wait_for(gone, timeout=30, what="the pod deleted")
    assert "shutting down: finishing requests in flight" in log.read_text()
