"""The gateway's part of a pod, shared by model pods (sidecar) and router pods: its container,
its config volume and ConfigMap, and the pod-level settings both kinds of pod take."""

from __future__ import annotations

from dataclasses import dataclass, field

from llmops.api import gateway_config as gc
from llmops.api.apikeys import AuthMode, GatewayAuth, RouterAuth
from llmops.render import engines
from llmops.render.common import GATEWAY_CONFIG_DIR, GATEWAY_CONFIG_KEY, Owner, config_map_name, metadata

DEFAULT_GATEWAY_IMAGE = "ghcr.io/llmops-dev/llmops-operator:0.1.0"

# Where the gateway finds the keys Secret of its callers (a directory of records it reloads when
# the kubelet swaps the volume) and, in a router, its own key towards the targets. Outside the
# config's mount: a mount point inside a read-only volume cannot be created. The paths reach the
# gateway as environment variables (the defaults of its `--api-keys` / `--upstream-key-file`):
# a gateway that predates them ignores them, where an unknown flag would stop it from starting.
API_KEYS_DIR = "/etc/llmops-auth/api-keys"
ROUTER_KEY_DIR = "/etc/llmops-auth/router-key"
ROUTER_KEY_PATH = f"{ROUTER_KEY_DIR}/key"
API_KEYS_ENV = "LLMOPS_GATEWAY_API_KEYS"
UPSTREAM_KEY_FILE_ENV = "LLMOPS_GATEWAY_UPSTREAM_KEY_FILE"

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


@dataclass(frozen=True)
class AuthParts:
    """What auth adds to the gateway's container and pod. The operator only names the Secrets:
    it never reads them; a missing one keeps the pod waiting, as a kubelet does."""

    env: tuple[dict, ...] = ()
    mounts: tuple[dict, ...] = ()
    volumes: tuple[dict, ...] = ()


def auth_parts(auth: GatewayAuth | RouterAuth | None) -> AuthParts:
    if auth is None:
        return AuthParts()
    env, mounts, volumes = [], [], []
    if auth.mode == AuthMode.API_KEYS and auth.api_keys_secret_ref is not None:
        env.append({"name": API_KEYS_ENV, "value": API_KEYS_DIR})
        mounts.append({"name": "api-keys", "mountPath": API_KEYS_DIR, "readOnly": True})
        volumes.append({"name": "api-keys", "secret": {"secretName": auth.api_keys_secret_ref.name}})
    ref = getattr(auth, "router_key_secret_ref", None)
    if ref is not None:
        env.append({"name": UPSTREAM_KEY_FILE_ENV, "value": ROUTER_KEY_PATH})
        mounts.append({"name": "router-key", "mountPath": ROUTER_KEY_DIR, "readOnly": True})
        volumes.append({"name": "router-key", "secret": {"secretName": ref.name,
                                                         "items": [{"key": ref.key, "path": "key"}]}})
    return AuthParts(tuple(env), tuple(mounts), tuple(volumes))


def gateway_container(port: int, s: RenderSettings, env: list[dict] | None = None,
                      auth: AuthParts = AuthParts(), mounts: tuple[dict, ...] = ()) -> dict:
    c = {
        "name": "gateway", "image": s.gateway_image,
        "args": ["gateway", f"--config={GATEWAY_CONFIG_DIR}/{GATEWAY_CONFIG_KEY}", f"--listen=0.0.0.0:{port}"],
        "ports": [{"name": "http", "containerPort": port, "protocol": "TCP"}],
        "readinessProbe": {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 5},
        "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "periodSeconds": 10,
                          "failureThreshold": 3},
        "resources": s.gateway_resources,
        "volumeMounts": [{"name": "gateway-config", "mountPath": GATEWAY_CONFIG_DIR, "readOnly": True},
                         *auth.mounts, *mounts],
        "securityContext": engines.restricted_security_context(run_as_user=65532),
    }
    env = [*(env or []), *auth.env]
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
