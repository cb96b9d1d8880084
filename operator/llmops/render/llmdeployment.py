"""LLMDeployment -> its children: Deployment, Service, ConfigMap, and optionally HPA and PDB.

Pure functions: the same input always gives the same manifests, so the controller can compare
them with what is in the cluster and apply only the difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from llmops.api import gateway_config as gc
from llmops.api.llmdeployment import AutoscalingMetric, EngineType, LLMDeploymentSpec
from llmops.render import engines
from llmops.render.common import Owner, labels, metadata, selector
from llmops.render.gatewayconfig import gateway_config
from llmops.render.grants import grants_config_map_name, grants_env, grants_mount, grants_volume
from llmops.render.gatewaypod import (DEFAULT_GATEWAY_IMAGE, POD_DEFAULTS, AuthParts, RenderSettings, auth_parts,
                                      config_map, gateway_container, gateway_volume)

__all__ = ["Children", "DEFAULT_GATEWAY_IMAGE", "RenderSettings", "deployment", "desired_replicas", "render"]


@dataclass(frozen=True)
class Children:
    """Everything an LLMDeployment owns, in apply order (config before the pods that mount it)."""

    config: gc.GatewayConfig
    config_hash: str
    manifests: tuple[dict, ...]
    # Kinds that must not exist (e.g. a PDB after scaling down to one replica).
    absent: tuple[tuple[str, str, str], ...] = ()


def _gateway_container(spec: LLMDeploymentSpec, s: RenderSettings, auth: AuthParts) -> dict:
    env = []
    ext = spec.external
    if spec.engine.type == EngineType.EXTERNAL and ext and ext.api_key_secret_ref:
        env = [{"name": engines.UPSTREAM_API_KEY_ENV, "valueFrom": {"secretKeyRef": {
            "name": ext.api_key_secret_ref.name, "key": ext.api_key_secret_ref.key}}}]
    mounts = ()
    if spec.budget:  # the grants of this pod's gateway process (render/grants.py)
        env += grants_env()
        mounts = (grants_mount(),)
    return gateway_container(spec.gateway.port if spec.gateway else 8080, s, env or None, auth, mounts)


def _engine_resources(spec: LLMDeploymentSpec) -> dict:
    r = spec.resources
    if r is None:
        return {}
    requests, limits = dict(r.requests or {}), dict(r.limits or {})
    if r.gpu and r.gpu.count:
        # Extended resources must be requested and limited alike.
        requests[r.gpu.resource_name] = limits[r.gpu.resource_name] = str(r.gpu.count)
    out = {}
    if requests:
        out["requests"] = requests
    if limits:
        out["limits"] = limits
    return out


def _engine_container(name: str, spec: LLMDeploymentSpec, src: engines.ModelSource) -> dict:
    e = spec.engine
    c: dict = {
        "name": "engine", "image": e.image or engines.DEFAULT_IMAGES.get(e.type, ""),
        "ports": [{"name": "engine", "containerPort": e.port, "protocol": "TCP"}],
        **engines.probes(spec),
    }
    args = engines.engine_args(spec, name, src) + list(e.args or [])
    if args:
        c["args"] = args
    # Defaults first, the user's variables win by name (a duplicate name would make every apply fail).
    merged = {v["name"]: v for v in (engines.engine_env(spec) if e.type != EngineType.CUSTOM else [])}
    merged.update({v.name: v.model_dump(by_alias=True, exclude_none=True, mode="json") for v in e.env or []})
    env = list(merged.values())
    if env:
        c["env"] = env
    if res := _engine_resources(spec):
        c["resources"] = res
    mounts = list(src.mounts) + [m for a in spec.model.adapters or [] for m in engines.adapter_source(a).mounts]
    if e.type != EngineType.CUSTOM:
        mounts.append({"name": "cache", "mountPath": engines.CACHE_DIR})
    if e.type == EngineType.VLLM:
        mounts.append({"name": "shm", "mountPath": "/dev/shm"})
    if mounts:
        c["volumeMounts"] = mounts
    if hook := engines.ollama_pull_hook(spec, src):
        c["lifecycle"] = hook
    c["securityContext"] = engines.restricted_security_context(
        run_as_user=1000 if e.type in engines.NON_ROOT_ENGINES else None)
    return c


def _pod_spec(name: str, spec: LLMDeploymentSpec, s: RenderSettings) -> dict:
    containers, volumes, init = [], [gateway_volume(name)], []
    if spec.budget:
        volumes.append(grants_volume(name))
    if spec.engine.type != EngineType.EXTERNAL:
        src = engines.model_source(spec.model.uri)
        containers.append(_engine_container(name, spec, src))
        for s_ in [src, *(engines.adapter_source(a) for a in spec.model.adapters or [])]:
            volumes += s_.volumes
            init += s_.init_containers
        if spec.engine.type != EngineType.CUSTOM:
            volumes.append({"name": "cache", "emptyDir": {}})
        if spec.engine.type == EngineType.VLLM:
            volumes.append({"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "16Gi"}})
    auth = auth_parts(spec.gateway.auth if spec.gateway else None)
    containers.append(_gateway_container(spec, s, auth))
    volumes += auth.volumes
    pod: dict = {"containers": containers, "volumes": volumes, **POD_DEFAULTS}
    if init:
        pod["initContainers"] = init
    sch = spec.scheduling
    if sch:
        if sch.node_selector:
            pod["nodeSelector"] = dict(sch.node_selector)
        if sch.tolerations:
            pod["tolerations"] = [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in sch.tolerations]
        if sch.affinity:
            pod["affinity"] = sch.affinity
        if sch.priority_class_name:
            pod["priorityClassName"] = sch.priority_class_name
    return pod


def desired_replicas(spec: LLMDeploymentSpec) -> int:
    return spec.autoscaling.min_replicas if spec.autoscaling else spec.replicas


def deployment(owner: Owner, spec: LLMDeploymentSpec, s: RenderSettings, scaled_to_zero: bool = False) -> dict:
    gw_port = spec.gateway.port if spec.gateway else 8080
    dep_spec: dict = {
        "selector": {"matchLabels": selector(owner.name)},
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
        "revisionHistoryLimit": 5,
        "template": {
            "metadata": {"labels": labels(owner.name), "annotations": {
                "prometheus.io/scrape": "true", "prometheus.io/port": str(gw_port), "prometheus.io/path": "/metrics"}},
            "spec": _pod_spec(owner.name, spec, s),
        },
    }
    if scaled_to_zero:  # budget action ScaleToZero, until the window rolls over (HPA set aside)
        dep_spec["replicas"] = 0
    elif spec.autoscaling is None:  # with autoscaling the HPA owns spec.replicas
        dep_spec["replicas"] = spec.replicas
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata(owner, owner.name), "spec": dep_spec}


def service(owner: Owner, spec: LLMDeploymentSpec) -> dict:
    port = spec.gateway.port if spec.gateway else 8080
    return {"apiVersion": "v1", "kind": "Service", "metadata": metadata(owner, owner.name), "spec": {
        "type": "ClusterIP", "selector": selector(owner.name),
        "ports": [{"name": "http", "port": port, "targetPort": "http", "protocol": "TCP"}]}}


_HPA_METRICS = {
    AutoscalingMetric.REQUESTS_IN_FLIGHT: "llmops_gateway_requests_in_flight",
    AutoscalingMetric.REQUESTS_PER_SECOND: "llmops_gateway_requests_per_second",
}


def hpa(owner: Owner, spec: LLMDeploymentSpec) -> dict:
    a = spec.autoscaling
    if a.metric == AutoscalingMetric.CPU_UTILIZATION:
        metric = {"type": "Resource", "resource": {"name": "cpu", "target": {
            "type": "Utilization", "averageUtilization": int(float(a.target))}}}
    else:  # served by a custom-metrics adapter (e.g. prometheus-adapter) from the gateway's metrics
        metric = {"type": "Pods", "pods": {"metric": {"name": _HPA_METRICS[a.metric]},
                                            "target": {"type": "AverageValue", "averageValue": a.target}}}
    return {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": metadata(owner, owner.name),
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": owner.name},
                     "minReplicas": a.min_replicas, "maxReplicas": a.max_replicas, "metrics": [metric]}}


def pdb(owner: Owner) -> dict:
    return {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": metadata(owner, owner.name),
            "spec": {"maxUnavailable": 1, "selector": {"matchLabels": selector(owner.name)}}}


def render(owner: Owner, spec: LLMDeploymentSpec, s: RenderSettings,
           prompt_versions: list[dict] | None = None, guardrails: tuple[gc.GuardrailPolicy, ...] = (),
           scaled_to_zero: bool = False, fallback: tuple[str, str] | None = None) -> Children:
    """`scaled_to_zero`: the budget is spent and its action is ScaleToZero (a render input the
    budget step decides): the Deployment goes to 0 and an HPA is set aside until the rollover."""
    config = gateway_config(owner.name, spec, prompt_versions, guardrails, fallback)
    h = gc.config_hash(config)
    manifests = [config_map(owner, config, h), deployment(owner, spec, s, scaled_to_zero), service(owner, spec)]
    # the grants ConfigMap is written by the budget step (controller/grants.py), with the others
    absent = [] if spec.budget else [("v1", "ConfigMap", grants_config_map_name(owner.name))]
    if spec.autoscaling and not scaled_to_zero:
        manifests.append(hpa(owner, spec))
    else:
        absent.append(("autoscaling/v2", "HorizontalPodAutoscaler", owner.name))
    if (spec.autoscaling.max_replicas if spec.autoscaling else spec.replicas) > 1:
        manifests.append(pdb(owner))
    else:
        absent.append(("policy/v1", "PodDisruptionBudget", owner.name))
    return Children(config=config, config_hash=h, manifests=tuple(manifests), absent=tuple(absent))
