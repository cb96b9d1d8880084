"""Services of the local cluster, as kube-proxy and cluster DNS would serve them: pure functions.

Each Service port listens at its ClusterIP inside the cluster's network namespace (pods reach it
by its DNS name through their hosts file) and at a 127.0.0.1 port on the host, and balances over
the ready pods its selector picks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLUSTER_DOMAIN = "cluster.local"
# Below Linux's default ephemeral range (32768-60999), so a connect() never takes our port.
HOST_PORT_RANGE = (20000, 32000)
ENDPOINT_KINDS = ("LLMDeployment", "RoutingPolicy")


@dataclass(frozen=True)
class PodView:
    namespace: str
    name: str
    labels: dict
    ip: str
    ready: bool
    ports: dict[str, int] = field(default_factory=dict)   # named container ports of all containers


@dataclass(frozen=True)
class Route:
    """One port of one Service: where it listens and which backends it balances over."""

    namespace: str
    service: str
    port: int
    cluster_ip: str
    backends: tuple[tuple[str, int], ...]
    owner_kind: str = ""
    owner_name: str = ""

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.service}:{self.port}"


def owner(svc: dict) -> tuple[str, str]:
    for ref in (svc.get("metadata") or {}).get("ownerReferences") or []:
        if ref.get("controller"):
            return ref["kind"], ref["name"]
    return "", ""


def _target(port: dict, pod: PodView) -> int | None:
    t = port.get("targetPort", port["port"])
    if isinstance(t, int) or str(t).isdigit():
        return int(t)
    return pod.ports.get(t)


def routes(services: list[dict], pods: list[PodView]) -> list[Route]:
    out = []
    for svc in services:
        md, spec = svc["metadata"], svc.get("spec") or {}
        ip, sel = spec.get("clusterIP"), spec.get("selector")
        if not ip or ip == "None" or not sel:
            continue  # headless or selector-less: no proxy, as with kube-proxy
        members = [p for p in pods if p.namespace == md["namespace"] and p.ready and p.ip
                   and all(p.labels.get(k) == v for k, v in sel.items())]
        kind, name = owner(svc)
        for port in spec.get("ports") or []:
            if port.get("protocol", "TCP") != "TCP":
                continue
            backends = tuple(sorted((p.ip, t) for p in members if (t := _target(port, p)) is not None))
            out.append(Route(md["namespace"], md["name"], int(port["port"]), ip, backends, kind, name))
    return out


def hosts_file(pod_ip: str, pod_name: str, namespace: str, services: list[tuple[str, str, str]]) -> str:
    """A kubelet-style /etc/hosts plus the cluster DNS names of every Service
    (`services`: (namespace, name, clusterIP)); short names only within the pod's namespace."""
    lines = ["# Kubernetes-managed hosts file (llmops local data plane).",
             "127.0.0.1\tlocalhost", "::1\tlocalhost ip6-localhost ip6-loopback",
             f"{pod_ip}\t{pod_name}"]
    for ns, name, ip in sorted(services):
        names = [f"{name}.{ns}.svc.{CLUSTER_DOMAIN}", f"{name}.{ns}.svc", f"{name}.{ns}"]
        if ns == namespace:
            names.append(name)
        lines.append(f"{ip}\t{' '.join(names)}")
    return "\n".join(lines) + "\n"


class PortAllocator:
    """Host ports by route key: stable for a key while it exists, never two keys on one port."""

    def __init__(self, taken: dict[str, int] | None = None, lo: int = HOST_PORT_RANGE[0],
                 hi: int = HOST_PORT_RANGE[1]) -> None:
        self.by_key = dict(taken or {})
        self.lo, self.hi = lo, hi
        self._refused: set[int] = set()

    def get(self, key: str) -> int:
        if key in self.by_key:
            return self.by_key[key]
        used = set(self.by_key.values()) | self._refused
        start = self.lo + (sum(key.encode()) * 7919) % (self.hi - self.lo)  # spread, stable per key
        for i in range(self.hi - self.lo):
            port = self.lo + (start - self.lo + i) % (self.hi - self.lo)
            if port not in used:
                self.by_key[key] = port
                return port
        raise RuntimeError(f"no free host port left in {self.lo}-{self.hi}")

    def refuse(self, key: str) -> int:
        """The port of `key` could not be bound (taken by another program): move it."""
        port = self.by_key.pop(key)
        self._refused.add(port)
        return self.get(key)

    def release(self, key: str) -> None:
        self.by_key.pop(key, None)


def endpoints(routes_: list[Route], host_ports: dict[str, int]) -> list[dict]:
    """`llmops dev endpoints`: one URL per LLMDeployment and RoutingPolicy (its Service's port)."""
    out = []
    for r in sorted(routes_, key=lambda r: (r.namespace, r.owner_kind, r.owner_name, r.port)):
        if r.owner_kind in ENDPOINT_KINDS and r.key in host_ports:
            out.append({"namespace": r.namespace, "kind": r.owner_kind, "name": r.owner_name,
                        "url": f"http://127.0.0.1:{host_ports[r.key]}/v1"})
    return out
