"""Names, labels and ownership shared by every child the operator renders (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass

from llmops.api.meta import DEPLOYMENT_LABEL, MANAGED_BY, ROUTINGPOLICY_LABEL

__all__ = ["DEPLOYMENT_LABEL", "GATEWAY_CONFIG_DIR", "GATEWAY_CONFIG_KEY", "MANAGED_BY", "Owner",
           "ROUTINGPOLICY_LABEL", "config_map_name", "endpoint", "labels", "metadata", "owner_label",
           "router_name", "selector"]

GATEWAY_CONFIG_KEY = "gateway.yaml"
GATEWAY_CONFIG_DIR = "/etc/llmops"

# Which label names a pod's owner, per owner kind: pods are owned by ReplicaSets, so this label
# (set in the pod template and used by the selectors) is how a pod maps back to our object.
_OWNER_LABELS = {"LLMDeployment": DEPLOYMENT_LABEL, "RoutingPolicy": ROUTINGPOLICY_LABEL}


def owner_label(kind: str) -> str:
    return _OWNER_LABELS[kind]


@dataclass(frozen=True)
class Owner:
    """The identity of the object that owns the children (from its metadata)."""

    api_version: str
    kind: str
    name: str
    namespace: str
    uid: str

    @classmethod
    def of(cls, body: dict) -> "Owner":
        md = body["metadata"]
        return cls(body["apiVersion"], body["kind"], md["name"], md["namespace"], md["uid"])

    def reference(self) -> dict:
        return {"apiVersion": self.api_version, "kind": self.kind, "name": self.name, "uid": self.uid,
                "controller": True, "blockOwnerDeletion": True}


def labels(name: str, kind: str = "LLMDeployment", app_name: str | None = None) -> dict[str, str]:
    """The labels of every child of `kind` `name`; `app_name` is the child's own name when it
    differs from the owner's (router children are `<name>-router`)."""
    return {
        "app.kubernetes.io/name": app_name or name,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        "app.kubernetes.io/part-of": "llmops",
        owner_label(kind): name,
    }


def selector(name: str, kind: str = "LLMDeployment") -> dict[str, str]:
    """The immutable pod selector of the Deployment and the Service: one label per owner kind,
    so a RoutingPolicy `x` and an LLMDeployment `x-router` can never select each other's pods."""
    return {owner_label(kind): name}


def metadata(owner: Owner, name: str, extra_labels: dict | None = None, annotations: dict | None = None) -> dict:
    app_name = name if owner.kind != "LLMDeployment" else None
    md = {"name": name, "namespace": owner.namespace,
          "labels": {**labels(owner.name, owner.kind, app_name), **(extra_labels or {})},
          "ownerReferences": [owner.reference()]}
    if annotations:
        md["annotations"] = annotations
    return md


def config_map_name(name: str) -> str:
    return f"{name}-gateway"


def router_name(policy: str) -> str:
    """Deployment and Service of a RoutingPolicy's router; its ConfigMap is `<this>-gateway`."""
    return f"{policy}-router"


def endpoint(name: str, namespace: str, port: int) -> str:
    return f"http://{name}.{namespace}.svc.cluster.local:{port}/v1"
