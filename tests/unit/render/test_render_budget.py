"""What a budget adds to an LLMDeployment's children: the grants' volume and the pod name for
the gateway, the grants ConfigMap, and ScaleToZero as a render input."""

from decimal import Decimal as D

import pytest

from llmops.api import budget_grants as bg
from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.render.common import Owner
from llmops.render.grants import GRANTS_PATH, grants_config_map
from llmops.render.llmdeployment import RenderSettings, render

OWNER = Owner("llmops.dev/v1alpha1", "LLMDeployment", "support-llm", "team-a", "uid-1")
BUDGET = {"pricing": {"inputPerMillionTokens": "1"}, "budget": {"limit": "10", "action": "ScaleToZero"}}


def kinds(scaled_to_zero=False, **spec):
    base = {"model": {"uri": "hf://org/model"}, "engine": {"type": "vLLM"}, **spec}
    c = render(OWNER, LLMDeploymentSpec.model_validate(base), RenderSettings(gateway_image="gw:1"),
               scaled_to_zero=scaled_to_zero)
    return {m["kind"]: m for m in c.manifests}, {a[1] for a in c.absent}


def gateway(dep):
    pod = dep["spec"]["template"]["spec"]
    return pod, next(c for c in pod["containers"] if c["name"] == "gateway")


def test_a_budgeted_pod_gives_its_gateway_the_pod_name_and_the_grants_apart_from_its_config():
    k, _ = kinds(**BUDGET)
    pod, gw = gateway(k["Deployment"])
    env = {e["name"]: e for e in gw["env"]}
    assert env["POD_NAME"]["valueFrom"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    assert env["LLMOPS_GATEWAY_GRANTS"]["value"] == GRANTS_PATH
    mounts = {m["name"]: m["mountPath"] for m in gw["volumeMounts"]}
    assert mounts["gateway-grants"] == "/etc/llmops-grants" and mounts["gateway-config"] == "/etc/llmops"
    vol = next(v for v in pod["volumes"] if v["name"] == "gateway-grants")
    # optional: the pod starts before any grant exists (its gateway refuses budgeted requests)
    assert vol["configMap"] == {"name": "support-llm-gateway-grants", "optional": True}


def test_without_a_budget_nothing_is_added():
    k, _ = kinds(replicas=2)
    pod, gw = gateway(k["Deployment"])
    assert "env" not in gw and all(v["name"] != "gateway-grants" for v in pod["volumes"])


@pytest.mark.parametrize("autoscaling", [None, {"minReplicas": 2, "maxReplicas": 4, "metric": "CPUUtilization", "target": "70"}])
def test_scale_to_zero_sets_the_deployment_to_0_and_sets_an_hpa_aside(autoscaling):
    spec = {**BUDGET, "replicas": 3, **({"autoscaling": autoscaling} if autoscaling else {})}
    k, absent = kinds(**spec)
    assert k["Deployment"]["spec"].get("replicas") == (None if autoscaling else 3)
    assert ("HorizontalPodAutoscaler" in k) == bool(autoscaling)
    k0, absent0 = kinds(True, **spec)
    assert k0["Deployment"]["spec"]["replicas"] == 0
    assert "HorizontalPodAutoscaler" not in k0 and "HorizontalPodAutoscaler" in absent0
    # the pod template is the same: coming back at the rollover is not a rollout
    assert k0["Deployment"]["spec"]["template"] == k["Deployment"]["spec"]["template"]


def test_the_grants_config_map_round_trips_and_names_its_serial():
    g = bg.Grants(deployment="support-llm", window="2026-12", resets_at="2027-01-01T00:00:00+00:00",
                  action="Throttle", serial=7, unobserved=D("0.5"),
                  grants=[bg.Grant(pod="support-llm-abc", epoch="e1", ceiling=D("4.25"))])
    cm = grants_config_map(OWNER, g)
    assert cm["metadata"]["name"] == "support-llm-gateway-grants"
    assert cm["metadata"]["annotations"]["llmops.dev/grants-serial"] == "7"
    assert cm["metadata"]["ownerReferences"][0]["uid"] == "uid-1"
    text = cm["data"]["grants.yaml"]
    assert "ceiling: '4.25'" in text  # money as strings, never floats
    back = bg.load_yaml(text)
    assert back == g and back.ceiling("support-llm-abc", "e1") == D("4.25") and back.ceiling("other", "e1") is None


@pytest.mark.parametrize("text", ["", "- a", "version: 2", "grants: {", "deployment: x\nwindow: w\nresetsAt: r\n"
                                  "serial: 1\ngrants: [{pod: p, epoch: e, ceiling: '-1'}]"])
def test_bad_grants_are_a_value_error(text):
    with pytest.raises(ValueError):
        bg.load_yaml(text)


def _config(fallback=None, **budget):
    from llmops.render.gatewayconfig import gateway_config

    spec = LLMDeploymentSpec.model_validate({"model": {"uri": "hf://org/model"}, "engine": {"type": "vLLM"},
                                             "pricing": {}, "budget": {"limit": "5", **budget}})
    return gateway_config("support-llm", spec, fallback=fallback).budget


def test_the_gateway_config_carries_the_action_and_the_fallback_never_the_changing_figures():
    b = _config(("http://small.team-a.svc.cluster.local:8080/v1", "small-model"), action="Fallback",
                fallbackTo={"name": "small"})
    assert b.action == "Fallback" and b.remaining is None and b.allowance is None
    assert (b.fallback_upstream.name, b.fallback_upstream.url, b.fallback_upstream.model) == (
        "small", "http://small.team-a.svc.cluster.local:8080/v1", "small-model")
    # a fallbackTo that does not exist (yet): throttle meanwhile (the status names the missing ref)
    assert _config(None, action="Fallback", fallbackTo={"name": "small"}).action == "Throttle"
    assert _config(action="ScaleToZero").action == "ScaleToZero" and _config().action == "Alert"
