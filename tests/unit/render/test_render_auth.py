"""Auth in the renders: the keys Secret mounted read-only into the gateway container at a fixed
path, the path passed in the environment, the router's own key beside it; nothing read."""

from __future__ import annotations

from decimal import Decimal

from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.api.routingpolicy import RoutingPolicySpec
from llmops.render import engines, gatewaypod
from llmops.render.common import Owner
from llmops.render.llmdeployment import RenderSettings, render
from llmops.render.router import TargetInfo, plan, render_router, router_config

LLMD = Owner("llmops.dev/v1alpha1", "LLMDeployment", "support-llm", "team-a", "uid-1")
RP = Owner("llmops.dev/v1alpha1", "RoutingPolicy", "chat", "team-a", "uid-2")
BASE = {"model": {"uri": "hf://org/model"}, "engine": {"type": "vLLM"}}


def pod_of(manifests) -> dict:
    return next(m for m in manifests if m["kind"] == "Deployment")["spec"]["template"]["spec"]


def gateway_of(pod: dict) -> dict:
    return next(c for c in pod["containers"] if c["name"] == "gateway")


def llmd_pod(gateway: dict | None = None, **spec) -> dict:
    s = {**BASE, **spec}
    if gateway is not None:
        s["gateway"] = gateway
    return pod_of(render(LLMD, LLMDeploymentSpec.model_validate(s), RenderSettings()).manifests)


def test_api_keys_mount_the_secret_read_only_and_name_the_path():
    pod = llmd_pod({"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "support-keys"}}})
    gw = gateway_of(pod)
    assert {"name": "api-keys", "secret": {"secretName": "support-keys"}} in pod["volumes"]
    assert {"name": "api-keys", "mountPath": gatewaypod.API_KEYS_DIR, "readOnly": True} in gw["volumeMounts"]
    assert {"name": gatewaypod.API_KEYS_ENV, "value": gatewaypod.API_KEYS_DIR} in gw["env"]
    # the engine sees neither the Secret nor the path
    engine = next(c for c in pod["containers"] if c["name"] == "engine")
    assert all(m["name"] != "api-keys" for m in engine.get("volumeMounts", []))
    assert all(e["name"] != gatewaypod.API_KEYS_ENV for e in engine.get("env", []))
    # a missing Secret must keep the pod waiting: never optional
    assert "optional" not in next(v for v in pod["volumes"] if v["name"] == "api-keys")["secret"]


def test_mode_none_or_no_auth_renders_todays_pod():
    today = llmd_pod({})
    assert llmd_pod({"auth": {"mode": "None", "apiKeysSecretRef": {"name": "k"}}}) == today
    assert all(v["name"] != "api-keys" for v in today["volumes"])
    assert "env" not in gateway_of(today)


def test_an_external_deployment_keeps_its_provider_key_beside_the_keys_path():
    pod = llmd_pod({"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "k"}}}, model={"name": "gpt"},
                   engine={"type": "External"},
                   external={"baseURL": "https://api.example.com/v1", "apiKeySecretRef": {"name": "p", "key": "k"}})
    names = [e["name"] for e in gateway_of(pod)["env"]]
    assert names == [engines.UPSTREAM_API_KEY_ENV, gatewaypod.API_KEYS_ENV]


def test_switching_auth_on_or_renaming_the_secret_rolls_the_pods():
    on = llmd_pod({"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "keys-v1"}}})
    renamed = llmd_pod({"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "keys-v2"}}})
    assert on != llmd_pod({}) and on != renamed  # the pod template differs: a rolling update


def router_pod(auth: dict | None) -> dict:
    s = {"model": "chat", "targets": [{"name": "a"}]}
    if auth is not None:
        s["auth"] = auth
    spec = RoutingPolicySpec.model_validate(s)
    infos = {"a": TargetInfo("a", True, "http://a.team-a.svc.cluster.local:8080/v1", "a-model", Decimal(1))}
    config = router_config("chat", spec, plan(spec, infos), infos)
    return pod_of(render_router(RP, spec, config, RenderSettings()))


def test_a_router_mounts_its_callers_keys_and_its_own_key_towards_targets():
    pod = router_pod({"mode": "APIKeys", "apiKeysSecretRef": {"name": "chat-keys"},
                      "routerKeySecretRef": {"name": "chat-router-key", "key": "apiKey"}})
    gw = gateway_of(pod)
    assert {"name": "router-key", "secret": {"secretName": "chat-router-key",
                                             "items": [{"key": "apiKey", "path": "key"}]}} in pod["volumes"]
    assert {"name": "router-key", "mountPath": gatewaypod.ROUTER_KEY_DIR, "readOnly": True} in gw["volumeMounts"]
    assert {"name": gatewaypod.UPSTREAM_KEY_FILE_ENV, "value": gatewaypod.ROUTER_KEY_PATH} in gw["env"]
    assert {"name": "api-keys", "secret": {"secretName": "chat-keys"}} in pod["volumes"]


def test_an_open_router_may_still_present_its_key_to_targets():
    pod = router_pod({"mode": "None", "routerKeySecretRef": {"name": "rk", "key": "key"}})
    assert [v["name"] for v in pod["volumes"]] == ["gateway-config", "router-key"]
    assert router_pod(None)["volumes"] == [{"name": "gateway-config", "configMap": {"name": "chat-router-gateway"}}]
