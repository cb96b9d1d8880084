"""The gateway's part of a pod, shared by model pods (sidecar) and router pods: its container,
its config volume and ConfigMap, and the pod-level settings both kinds of pod take."""

from __future__ import annotations

from dataclasses import dataclass, field

from llmops.api import gateway_config as gc
from llmops.render import engines
from llmops.render.common import GATEWAY_CONFIG_DIR, GATEWAY_CONFIG_KEY, Owner, config_map_name, metadata

DEFAULT_GATEWAY_IMAGE = "ghcr.io/llmops-dev/llmops-operator:0.1.0"

POD_DEFAULTS = {
    "automountServiceAccountToken": False,  # neither the engine nor the gateway talks to the API
    "enableServiceLinks": False,
    "terminationGracePeriodSeconds": 60,    # let streams in flight finish
    "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
}


@dataclass(frozen=True)
class RenderSettings:
    """Operator-wide settings that shape every child."""

    gateway_image: str = DEFAULT_GATEWAY_IMAGE
    gateway_resources: dict = field(default_factory=lambda: {
        "requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "512Mi"}})


def gateway_container(port: int, s: RenderSettings, env: list[dict] | None = None) -> dict:
    c = {
        "name": "gateway", "image": s.gateway_image,
        "args": ["gateway", f"--config={GATEWAY_CONFIG_DIR}/{GATEWAY_CONFIG_KEY}", f"--listen=0.0.0.0:{port}"],
        "ports": [{"name": "http", "containerPort": port, "protocol": "TCP"}],
        "readinessProbe": {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 5},
        "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "periodSeconds": 10,
                          "failureThreshold": 3},
        "resources": s.gateway_resources,
        "volumeMounts": [{"name": "gateway-config", "mountPath": GATEWAY_CONFIG_DIR, "readOnly": True}],
        "securityContext": engines.restricted_security_context(run_as_user=65532),
    }
    if env:
        c["env"] = env
    return c


def gateway_volume(name: str) -> dict:
    """The pod volume of the gateway config; `name` is the object whose ConfigMap it mounts."""
    return {"name": "gateway-config", "configMap": {"name": config_map_name(name)}}


def config_map(owner: Owner, config: gc.GatewayConfig, config_hash: str, name: str | None = None) -> dict:
    """ConfigMap `<name>-gateway` with the config and its hash (`name`: the owner's by default)."""
    return {"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": metadata(owner, config_map_name(name or owner.name),
                                 annotations={"llmops.dev/config-hash": config_hash}),
            "data": {GATEWAY_CONFIG_KEY: gc.render_yaml(config)}}
