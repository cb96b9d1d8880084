"""Names, labels and ownership shared by every child of an LLMDeployment (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass

MANAGED_BY = "llmops-operator"
DEPLOYMENT_LABEL = "llmops.dev/deployment"
GATEWAY_CONFIG_KEY = "gateway.yaml"
GATEWAY_CONFIG_DIR = "/etc/llmops"


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


def labels(name: str) -> dict[str, str]:
    return {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        "app.kubernetes.io/part-of": "llmops",
        DEPLOYMENT_LABEL: name,
    }


def selector(name: str) -> dict[str, str]:
    """The immutable pod selector of the Deployment and the Service."""
    return {DEPLOYMENT_LABEL: name}


def metadata(owner: Owner, name: str, extra_labels: dict | None = None, annotations: dict | None = None) -> dict:
    md = {"name": name, "namespace": owner.namespace, "labels": {**labels(owner.name), **(extra_labels or {})},
          "ownerReferences": [owner.reference()]}
    if annotations:
        md["annotations"] = annotations
    return md


def config_map_name(name: str) -> str:
    return f"{name}-gateway"


def endpoint(name: str, namespace: str, port: int) -> str:
    return f"http://{name}.{namespace}.svc.cluster.local:{port}/v1"
