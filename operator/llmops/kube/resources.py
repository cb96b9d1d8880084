"""The one table of the resources the operator touches: our own kinds (from api/) and the
built-in kinds beside them. The client builds its paths from it, the watch wiring registers a
kopf handler per watched row, and the cache priming re-lists the same rows."""

from __future__ import annotations

from dataclasses import dataclass

from llmops.api.meta import MANAGED_BY
from llmops.api.registry import KINDS

# Children are watched server-side filtered: only what the operator labelled as its own.
CHILD_SELECTOR = f"app.kubernetes.io/managed-by={MANAGED_BY}"


@dataclass(frozen=True)
class Resource:
    """One namespaced resource type of the API."""

    kind: str
    group: str  # "" for the core group
    version: str
    plural: str
    own: bool = False        # one of the llmops.dev kinds (watched whole)
    watched: bool = True     # False: written only (Events)
    selector: str | None = None  # label selector of the watch and the re-list

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def prefix(self) -> str:
        """The URL prefix: /api/v1 or /apis/<group>/<version>."""
        return f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"

    def path(self, namespace: str | None = None, name: str | None = None, subresource: str | None = None) -> str:
        p = f"{self.prefix}/namespaces/{namespace}/{self.plural}" if namespace else f"{self.prefix}/{self.plural}"
        if name:
            p += f"/{name}"
        if subresource:
            p += f"/{subresource}"
        return p


OWN: tuple[Resource, ...] = tuple(
    Resource(k.kind, k.group, k.version, k.plural, own=True) for k in KINDS)

BUILTIN: tuple[Resource, ...] = (
    Resource("Deployment", "apps", "v1", "deployments", selector=CHILD_SELECTOR),
    Resource("Service", "", "v1", "services", selector=CHILD_SELECTOR),
    Resource("ConfigMap", "", "v1", "configmaps", selector=CHILD_SELECTOR),
    Resource("Pod", "", "v1", "pods", selector=CHILD_SELECTOR),
    Resource("HorizontalPodAutoscaler", "autoscaling", "v2", "horizontalpodautoscalers", selector=CHILD_SELECTOR),
    Resource("PodDisruptionBudget", "policy", "v1", "poddisruptionbudgets", selector=CHILD_SELECTOR),
    Resource("Event", "", "v1", "events", watched=False),
    Resource("Lease", "coordination.k8s.io", "v1", "leases", watched=False),  # leader election
)

RESOURCES: tuple[Resource, ...] = OWN + BUILTIN
WATCHED: tuple[Resource, ...] = tuple(r for r in RESOURCES if r.watched)
CHILDREN: tuple[Resource, ...] = tuple(r for r in BUILTIN if r.watched)

_BY_TYPE = {(r.api_version, r.kind): r for r in RESOURCES}
_BY_KIND = {r.kind: r for r in RESOURCES}


def resource_for(api_version: str, kind: str) -> Resource:
    try:
        return _BY_TYPE[(api_version, kind)]
    except KeyError:
        raise KeyError(f"the operator does not handle {api_version} {kind}") from None


def resource_of_kind(kind: str) -> Resource:
    return _BY_KIND[kind]
