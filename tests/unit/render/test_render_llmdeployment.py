"""Children of an LLMDeployment, per engine type and option."""

import pytest

from llmops.api import gateway_config as gc
from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.render.common import Owner
from llmops.render.llmdeployment import RenderSettings, render

OWNER = Owner("llmops.dev/v1alpha1", "LLMDeployment", "support-llm", "team-a", "uid-1")
LABELS = {"app.kubernetes.io/name": "support-llm", "app.kubernetes.io/managed-by": "llmops-operator",
          "app.kubernetes.io/part-of": "llmops", "llmops.dev/deployment": "support-llm"}


def children(**spec):
    base = {"model": {"uri": "hf://meta-llama/Llama-3.1-8B-Instruct"}, "engine": {"type": "vLLM"}}
    base.update(spec)
    c = render(OWNER, LLMDeploymentSpec.model_validate(base), RenderSettings(gateway_image="gw:1"))
    return c, {m["kind"]: m for m in c.manifests}


def containers(by_kind):
    return {c["name"]: c for c in by_kind["Deployment"]["spec"]["template"]["spec"]["containers"]}


def test_every_child_is_labelled_and_owned():
    _, k = children(replicas=2)
    assert set(k) == {"ConfigMap", "Deployment", "Service", "PodDisruptionBudget"}
    for m in k.values():
        assert m["metadata"]["labels"] == LABELS
        ref = m["metadata"]["ownerReferences"][0]
        assert ref["uid"] == "uid-1" and ref["controller"] is True
    assert k["ConfigMap"]["metadata"]["name"] == "support-llm-gateway"


def test_vllm_defaults():
    _, k = children(resources={"gpu": {"count": 2}})
    engine = containers(k)["engine"]
    assert engine["image"].startswith("vllm/vllm-openai:")
    args = engine["args"]
    assert args[args.index("--served-model-name") + 1] == "support-llm"
    assert args[args.index("--model") + 1] == "meta-llama/Llama-3.1-8B-Instruct"
    assert args[args.index("--tensor-parallel-size") + 1] == "2"
    assert engine["resources"]["limits"]["nvidia.com/gpu"] == "2"
    assert engine["readinessProbe"]["httpGet"]["path"] == "/health"
    assert any(m["mountPath"] == "/dev/shm" for m in engine["volumeMounts"])
    assert engine["securityContext"]["runAsNonRoot"] is True


@pytest.mark.parametrize("engine,image_part,health", [
    ("TGI", "text-generation-inference", "/health"),
    ("LlamaCpp", "llama.cpp", "/health"),
    ("Ollama", "ollama", "/"),
])
def test_other_engines(engine, image_part, health):
    uri = "ollama://llama3.1:8b" if engine == "Ollama" else "hf://org/model"
    _, k = children(model={"uri": uri}, engine={"type": engine})
    c = containers(k)["engine"]
    assert image_part in c["image"]
    assert c["readinessProbe"]["httpGet"]["path"] == health


def test_custom_takes_image_and_args_as_given():
    _, k = children(engine={"type": "Custom", "image": "me/server:2", "args": ["--x"], "port": 9000})
    c = containers(k)["engine"]
    assert c["image"] == "me/server:2" and c["args"] == ["--x"]
    assert c["readinessProbe"]["tcpSocket"]["port"] == 9000


def test_external_has_no_engine_and_key_from_secret():
    c, k = children(model={"name": "gpt-4o-mini"}, engine={"type": "External"},
                    external={"baseURL": "https://api.openai.com/v1", "apiKeySecretRef": {"name": "openai", "key": "apiKey"}})
    cs = containers(k)
    assert set(cs) == {"gateway"}
    env = cs["gateway"]["env"][0]
    assert env["valueFrom"]["secretKeyRef"] == {"name": "openai", "key": "apiKey"}
    assert c.config.upstreams[0].url == "https://api.openai.com/v1"
    assert c.config.upstreams[0].api_key_env == env["name"]
    assert c.config.models == ["gpt-4o-mini"]


def test_autoscaling_leaves_replicas_to_the_hpa():
    c, k = children(autoscaling={"minReplicas": 1, "maxReplicas": 4, "target": "8"})
    assert "replicas" not in k["Deployment"]["spec"]
    hpa = k["HorizontalPodAutoscaler"]
    assert hpa["spec"]["maxReplicas"] == 4 and hpa["spec"]["metrics"][0]["pods"]["target"]["averageValue"] == "8"
    assert ("autoscaling/v2", "HorizontalPodAutoscaler", "support-llm") not in c.absent


def test_single_replica_has_no_pdb_and_says_so():
    c, k = children(replicas=1)
    assert "PodDisruptionBudget" not in k
    assert ("policy/v1", "PodDisruptionBudget", "support-llm") in c.absent


def test_pricing_change_touches_only_the_config_map():
    _, a = children(pricing={"inputPerMillionTokens": "0.15"})
    _, b = children(pricing={"inputPerMillionTokens": "0.30"})
    assert a["Deployment"] == b["Deployment"] and a["Service"] == b["Service"]
    assert a["ConfigMap"] != b["ConfigMap"]
    cfg = gc.load_yaml(b["ConfigMap"]["data"]["gateway.yaml"])
    assert str(cfg.pricing.input_per_million_tokens) == "0.30"


def test_image_change_changes_the_pod_template():
    _, a = children()
    _, b = children(engine={"type": "vLLM", "image": "vllm/vllm-openai:v0.12.0"})
    assert a["Deployment"]["spec"]["template"] != b["Deployment"]["spec"]["template"]


def test_model_sources():
    _, k = children(model={"uri": "pvc://weights/llama-8b"})
    spec = k["Deployment"]["spec"]["template"]["spec"]
    assert {"name": "model", "persistentVolumeClaim": {"claimName": "weights", "readOnly": True}} in spec["volumes"]
    assert containers(k)["engine"]["args"][1] == "/models/llama-8b"
    _, k = children(model={"uri": "s3://bucket/llama"})
    spec = k["Deployment"]["spec"]["template"]["spec"]
    assert spec["initContainers"][0]["command"][:3] == ["aws", "s3", "sync"]


def test_prompt_versions_are_served_at_their_status_weights():
    def pv(name, phase, weight=None):
        status = {"phase": phase} | ({"canaryWeight": weight} if weight is not None else {})
        return {"metadata": {"name": name}, "spec": {"prompt": "p", "template": {"messages": [
            {"role": "system", "content": "hi {{ company }}"}], "variables": {"company": "Acme"}},
            "parameters": {"temperature": 0.2, "maxTokens": 100}}, "status": status}
    spec = LLMDeploymentSpec.model_validate({"model": {"uri": "hf://a/b"}, "engine": {"type": "vLLM"},
                                             "gateway": {"prompt": "p"}})
    c = render(OWNER, spec, RenderSettings(), [pv("p-v1", "Promoted"), pv("p-v2", "Progressing", 10)])
    assert [(v.name, v.weight) for v in c.config.prompt.versions] == [("p-v2", 10), ("p-v1", 90)]
    assert c.config.prompt.versions[1].parameters.max_tokens == 100
