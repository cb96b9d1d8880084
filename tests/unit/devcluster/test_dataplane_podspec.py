"""What the stand-in reads from a pod: the containers to run, probes, models, env, scrape targets."""

from __future__ import annotations

import base64
import json
import sys

import pytest

from llmops.devcluster.dataplane import envresolve, podspec, prometheus
from llmops.devcluster.dataplane.envresolve import ConfigError


def _pod(**spec):
    return {"metadata": {"name": "chat-abc", "namespace": "demo", "uid": "u-1",
                         "labels": {"llmops.dev/deployment": "chat", "app": "x"}, "annotations": {"a": "b"}},
            "spec": {"nodeName": "kwok-gpu-0", **spec}, "status": {"podIP": "10.244.0.9", "hostIP": "127.0.0.1"}}


ENGINE = {"name": "engine", "image": "vllm/vllm-openai:v0.11.0",
          "args": ["--model", "meta-llama/Llama-3.1-8B-Instruct", "--served-model-name", "llama", "--port", "8000",
                   "--enable-lora", "--lora-modules", "support=/adapters/support", "legal=/adapters/legal"],
          "ports": [{"name": "engine", "containerPort": 8000}],
          "readinessProbe": {"httpGet": {"path": "/health", "port": 8000}, "periodSeconds": 5}}
GATEWAY = {"name": "gateway", "image": "llmops:0.1.0",
           "args": ["gateway", "--config=/etc/llmops/gateway.yaml", "--listen=0.0.0.0:8080"],
           "ports": [{"name": "http", "containerPort": 8080}],
           "readinessProbe": {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 5, "failureThreshold": 2},
           "livenessProbe": {"tcpSocket": {"port": "http"}},
           "volumeMounts": [{"name": "gateway-config", "mountPath": "/etc/llmops", "readOnly": True}]}


def test_the_plan_runs_the_gateway_and_replaces_the_engine_with_its_model_names():
    engine, gateway = podspec.plan(_pod(containers=[ENGINE, GATEWAY]))
    assert engine.role == "engine" and engine.models == ("llama", "support", "legal")
    assert podspec.engine_port(engine) == 8000
    assert gateway.role == "gateway" and gateway.ports == {"http": 8080}
    assert gateway.readiness == podspec.Probe("http", 8080, "/readyz", period=5.0, failure_threshold=2)
    assert gateway.liveness.kind == "tcp" and gateway.liveness.port == 8080
    assert gateway.mounts == (podspec.Mount("gateway-config", "/etc/llmops"),)
    assert podspec.gateway_argv(GATEWAY) == [sys.executable, "-m", "llmops.cli", *GATEWAY["args"]]
    assert podspec.carries_gateway(_pod(containers=[ENGINE, GATEWAY]))
    assert not podspec.carries_gateway(_pod(containers=[ENGINE]))


def test_model_names_fall_back_to_the_alias_the_model_or_the_deployment():
    assert podspec.served_models({"args": ["--alias", "tiny"]}, "d") == ("tiny",)
    assert podspec.served_models({"args": ["--model-id", "org/m"]}, "d") == ("org/m",)
    assert podspec.served_models({"args": ["--served-model-name=x"]}, "d") == ("x",)
    assert podspec.served_models({}, "chat") == ("chat",)


def test_a_named_probe_port_that_does_not_exist_is_an_error():
    with pytest.raises(ValueError, match="named port"):
        podspec.probe_of({"readinessProbe": {"httpGet": {"port": "nope"}}}, "readinessProbe")


def test_simulator_command_lines_serve_every_model():
    sim = podspec.simulator_argv("llm-d-inference-sim", "/bin/sim", 8000, ("llama", "support"))
    assert sim[:5] == ["/bin/sim", "--port", "8000", "--model", "llama"] and "--force-dummy-tokenizer" in sim
    assert '{"name":"support","path":"/adapters/support"}' in sim
    xp = podspec.simulator_argv("xpyd-sim", "xpyd-sim", 8001, ("llama",))
    assert xp[:8] == ["xpyd-sim", "serve", "--host", "0.0.0.0", "--port", "8001", "--model", "llama"]


def test_grace_comes_from_the_deletion_then_the_spec():
    pod = _pod(terminationGracePeriodSeconds=60)
    assert podspec.grace_seconds(pod) == 60
    pod["metadata"]["deletionGracePeriodSeconds"] = 5
    assert podspec.grace_seconds(pod) == 5


# --- env --------------------------------------------------------------------------------------

def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


SECRETS = {("demo", "hf"): {"data": {"token": _b64("hf_123")}}}
CMS = {("demo", "settings"): {"data": {"level": "debug", "region": "eu"}}}


def _resolve(container, pod=None):
    return envresolve.resolve(pod or _pod(), container, lambda ns, n: CMS.get((ns, n)),
                              lambda ns, n: SECRETS.get((ns, n)), {"cpu": "32", "memory": "256Gi"})


def test_env_is_resolved_as_the_kubelet_does():
    env = _resolve({"name": "gateway", "resources": {"limits": {"memory": "512Mi"}, "requests": {"cpu": "250m"}},
                    "envFrom": [{"configMapRef": {"name": "settings"}, "prefix": "S_"}],
                    "env": [
                        {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf", "key": "token"}}},
                        {"name": "LEVEL", "valueFrom": {"configMapKeyRef": {"name": "settings", "key": "level"}}},
                        {"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
                        {"name": "IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
                        {"name": "DEP", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels['llmops.dev/deployment']"}}},
                        {"name": "MEM_MI", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory", "divisor": "1Mi"}}},
                        {"name": "CPU_REQ", "valueFrom": {"resourceFieldRef": {"resource": "requests.cpu"}}},
                        {"name": "CPU_LIM", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu"}}},
                        {"name": "GREETING", "value": "pod $(POD) in $(S_region), $$(POD) and $(UNSET)"},
                        {"name": "OPT", "valueFrom": {"secretKeyRef": {"name": "absent", "key": "k", "optional": True}}},
                    ]})
    assert env["TOKEN"] == "hf_123" and env["LEVEL"] == "debug" and env["S_region"] == "eu"
    assert env["POD"] == "chat-abc" and env["IP"] == "10.244.0.9" and env["DEP"] == "chat"
    assert env["MEM_MI"] == "512"
    assert env["CPU_REQ"] == "1"      # 250m rounds up to one core
    assert env["CPU_LIM"] == "32"     # no limit: the node's allocatable
    assert env["GREETING"] == "pod chat-abc in eu, $(POD) and $(UNSET)"
    assert "OPT" not in env


@pytest.mark.parametrize("var, message", [
    ({"secretKeyRef": {"name": "nope", "key": "k"}}, 'secret "nope" not found'),
    ({"configMapKeyRef": {"name": "nope", "key": "k"}}, 'configmap "nope" not found'),
    ({"secretKeyRef": {"name": "hf", "key": "other"}}, "couldn't find key other in Secret demo/hf"),
])
def test_a_missing_reference_gives_the_kubelets_message(var, message):
    with pytest.raises(ConfigError) as e:
        _resolve({"name": "c", "env": [{"name": "X", "valueFrom": var}]})
    assert str(e.value) == message


def test_quantities():
    assert envresolve.quantity("32Gi") == 32 * 2**30
    assert envresolve.quantity("500m") * 2 == 1
    assert envresolve.quantity("1e3") == 1000
    with pytest.raises(ValueError):
        envresolve.quantity("lots")


# --- Prometheus -------------------------------------------------------------------------------

def test_scrape_targets_carry_pod_discovery_labels_that_never_clash_with_metric_labels():
    [engine, gateway] = prometheus.targets([{"namespace": "demo", "name": "chat-abc", "ip": "10.244.0.9",
                                             "labels": {"llmops.dev/deployment": "chat", "app": "x"},
                                             "containers": {"gateway": (8080, "/metrics"), "engine": (8000, "/metrics")}}])
    assert gateway == {"targets": ["10.244.0.9:8080"], "labels": {
        "namespace": "demo", "pod": "chat-abc", "llmops_dev_deployment": "chat", "container": "gateway",
        "__metrics_path__": "/metrics"}}
    assert engine["targets"] == ["10.244.0.9:8000"]
    assert "deployment" not in gateway["labels"]


# --- fault profiles ---------------------------------------------------------------------------

def test_fault_profiles_match_by_deployment_then_by_system_message():
    from llmops.devcluster.dataplane import faults

    profiles = faults.parse("""
profiles:
  - {deployment: a, match: "(?i)version two", errorRate: 1, errorStatus: 503}
  - {deployment: a, latency: 250ms}
  - {cutStreamAfter: 2}
""")
    v2 = json.dumps({"messages": [{"role": "system", "content": "You are VERSION TWO"}, {"role": "user", "content": "x"}]})
    v1 = json.dumps({"messages": [{"role": "system", "content": "You are version one"}]})
    assert faults.choose(profiles, "a", v2.encode()).error_status == 503
    assert faults.choose(profiles, "a", v1.encode()).latency == 0.25
    assert faults.choose(profiles, "b", v2.encode()).cut_stream_after == 2
    assert faults.choose(profiles[:2], "b", v1.encode()) is None
    assert faults.choose(profiles[:1], "a", b"not json") is None


@pytest.mark.parametrize("text, field", [
    ("profiles: [{errorRate: 2}]", "errorRate"), ("profiles: [{latency: soon}]", "duration"),
    ("profiles: [{match: '('}]", "profiles[0]"),
])
def test_bad_fault_profiles_name_the_entry(text, field):
    from llmops.devcluster.dataplane import faults

    with pytest.raises(faults.FaultConfigError, match=r"profiles\[0\]") as e:
        faults.parse(text)
    assert field in str(e.value)


@pytest.mark.parametrize("value, seconds", [("45s", 45.0), ("2", 2.0), ("500ms", 0.5), ("1m", 60.0), ("soon", None)])
def test_a_namespace_can_set_its_config_propagation_delay(value, seconds):
    ns = {"metadata": {"annotations": {podspec.PROPAGATION_DELAY_ANNOTATION: value}}}
    assert podspec.propagation_delay(ns) == seconds
    assert podspec.propagation_delay({"metadata": {}}) is None


def test_a_changed_config_map_reaches_the_volume_only_after_the_propagation_delay(tmp_path):
    from llmops.devcluster.dataplane.pods import PodRuntime, Settings, Sources

    pod = _pod(containers=[GATEWAY], volumes=[{"name": "gateway-config", "configMap": {"name": "chat-gateway"}}])
    rt = PodRuntime(pod, 1, Settings(state_dir=tmp_path, tag="t", simulator=("xpyd-sim", "x")), None, lambda: None)
    src = lambda text: Sources({("demo", "chat-gateway"): {"data": {"gateway.yaml": text}}}, {})  # noqa: E731
    f = rt.volume_dir("gateway-config") / "gateway.yaml"
    assert rt.sync_volumes(src("v1"), now=100.0, delay=5.0) == []
    assert f.read_text() == "v1"                       # the first projection never waits
    rt.sync_volumes(src("v2"), now=101.0, delay=5.0)
    rt.sync_volumes(src("v2"), now=105.0, delay=5.0)
    assert f.read_text() == "v1"
    rt.sync_volumes(src("v2"), now=106.5, delay=5.0)
    assert f.read_text() == "v2"
    assert rt.sync_volumes(Sources({}, {}), now=107.0) == ["gateway-config"]  # its ConfigMap is gone
