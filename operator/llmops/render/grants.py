"""The budget grants' part of a model pod and their ConfigMap `<name>-gateway-grants`. Pure.

Grants live apart from `gateway.yaml`: they are rewritten as spend is observed, and a rewrite
must neither empty the gateway's cache nor recompile its guardrails. The gateway learns its pod
name from the downward API (`POD_NAME`) and finds the file through `LLMOPS_GATEWAY_GRANTS`
(environment, like the auth paths: a gateway that predates it ignores it). The volume is
optional, so a pod starts before the operator has written any grant (and refuses budgeted
requests until its process has one)."""

from __future__ import annotations

from llmops.api import budget_grants as bg
from llmops.render.common import Owner, metadata

GRANTS_DIR = "/etc/llmops-grants"
GRANTS_PATH = f"{GRANTS_DIR}/{bg.GRANTS_KEY}"
GRANTS_ENV = "LLMOPS_GATEWAY_GRANTS"
POD_NAME_ENV = "POD_NAME"
_VOLUME = "gateway-grants"


def grants_config_map_name(name: str) -> str:
    return f"{name}-gateway-grants"


def grants_env() -> list[dict]:
    return [{"name": POD_NAME_ENV, "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
            {"name": GRANTS_ENV, "value": GRANTS_PATH}]


def grants_mount() -> dict:
    return {"name": _VOLUME, "mountPath": GRANTS_DIR, "readOnly": True}


def grants_volume(name: str) -> dict:
    return {"name": _VOLUME, "configMap": {"name": grants_config_map_name(name), "optional": True}}


def grants_config_map(owner: Owner, grants: bg.Grants) -> dict:
    """The ConfigMap; its `serial` annotation lets `kubectl get` show which rewrite is in force."""
    return {"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": metadata(owner, grants_config_map_name(owner.name),
                                 annotations={"llmops.dev/grants-serial": str(grants.serial)}),
            "data": {bg.GRANTS_KEY: bg.render_yaml(grants)}}
