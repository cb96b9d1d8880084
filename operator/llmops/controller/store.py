"""An in-memory view of the objects the operator watches, fed by watch events and by the
responses of its own writes. Reconciles read from here, so an idle resync costs no API call."""

from __future__ import annotations

import json
import threading
from collections import defaultdict

from llmops.api.meta import DEPLOYMENT_LABEL, ROUTINGPOLICY_LABEL

Key = tuple[str, str, str]  # kind, namespace, name
# Pods belong to ReplicaSets; they map to our object by the owner label of their template.
POD_OWNER_LABELS = ((DEPLOYMENT_LABEL, "LLMDeployment"), (ROUTINGPOLICY_LABEL, "RoutingPolicy"))


def pod_owner(pod: dict | None) -> tuple[str, str] | None:
    """(owner kind, owner name) of a pod, from its labels; None for a pod of neither."""
    labels = ((pod or {}).get("metadata") or {}).get("labels") or {}
    for label, kind in POD_OWNER_LABELS:
        if value := labels.get(label):
            return kind, value
    return None


def _rv(obj: dict) -> int | None:
    try:
        return int(obj["metadata"].get("resourceVersion", ""))
    except (TypeError, ValueError):
        return None


_POD_METADATA = ("name", "namespace", "labels", "resourceVersion", "deletionTimestamp", "uid")
_POD_CONTAINER_STATUS = ("name", "ready", "state", "restartCount")


def _slim_pod(pod: dict) -> dict:
    """A pod as the readiness checks read it: identity, conditions, container states."""
    md, st = pod.get("metadata") or {}, pod.get("status") or {}
    slim_status = {"phase": st.get("phase"), "conditions": st.get("conditions") or []}
    for key in ("containerStatuses", "initContainerStatuses"):
        if st.get(key):
            slim_status[key] = [{k: c[k] for k in _POD_CONTAINER_STATUS if k in c} for c in st[key]]
    return {"metadata": {k: md[k] for k in _POD_METADATA if k in md}, "status": slim_status}


# Children whose body (spec, data) is only read to compare it with what the operator wants,
# which happens only when the object changed. Kept as compact JSON text until then: a live
# Deployment is ~40 KiB as Python objects and ~7 KiB as text.
_COMPACT_KINDS = frozenset({"Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget"})
_KEEP = ("apiVersion", "kind", "metadata", "status")
BODY_TEXT = "_body"


def _compact(obj: dict) -> dict:
    body = {k: v for k, v in obj.items() if k not in _KEEP}
    out = {k: obj[k] for k in _KEEP if k in obj}
    out[BODY_TEXT] = json.dumps(body, separators=(",", ":"))
    if "replicas" in (obj.get("spec") or {}):  # read by the readiness checks on every reconcile
        out["spec"] = {"replicas": obj["spec"]["replicas"]}
    return out


def expand(obj: dict) -> dict:
    """The whole object, from a compacted one (or the object itself when it is not compacted)."""
    if BODY_TEXT not in obj:
        return obj
    full = {k: v for k, v in obj.items() if k not in (BODY_TEXT, "spec")}
    full.update(json.loads(obj[BODY_TEXT]))
    return full


def _slim(kind: str, obj: dict) -> dict:
    """Keep what the reconcile reads: managedFields never, a pod's spec never."""
    if kind == "Pod":
        return _slim_pod(obj)
    md = obj.get("metadata") or {}
    if "managedFields" in md:
        obj = {**obj, "metadata": {k: v for k, v in md.items() if k != "managedFields"}}
    if kind in _COMPACT_KINDS:
        obj = _compact(obj)
    return obj


class Store:
    """Thread-safe: written from the event loop, read from reconcile threads."""

    MAX_TOMBSTONES = 20000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._objects: dict[Key, dict] = {}
        # kind -> namespace -> name -> object: listing one kind (of one namespace) must not scan
        # every cached object; controllers list on every event they map.
        self._by_kind: dict[str, dict[str, dict[str, dict]]] = defaultdict(lambda: defaultdict(dict))
        # (namespace, owner kind, owner name) -> pod name -> pod
        self._pods: dict[tuple[str, str, str], dict[str, dict]] = defaultdict(dict)
        # key -> resourceVersion at deletion: a late write response or a stale event of a deleted
        # object must not bring it back. A re-created object has a higher resourceVersion.
        self._tombstones: dict[Key, int] = {}

    def upsert(self, kind: str, obj: dict) -> bool:
        """Insert or replace. Returns False, changing nothing, when the object is not newer than
        what is held (the echo of our own write, a re-list) or than its deletion."""
        md = obj["metadata"]
        key = (kind, md.get("namespace", ""), md["name"])
        new = _rv(obj)
        with self._lock:  # cheap check first: most re-listed and echoed objects are not newer
            held = self._objects.get(key)
            old = (_rv(held) if held is not None else self._tombstones.get(key)) if new is not None else None
        if old is not None and new <= old:
            return False
        obj = _slim(kind, obj)
        with self._lock:
            held = self._objects.get(key)
            if new is not None:
                old = _rv(held) if held is not None else self._tombstones.get(key)
                if old is not None and new <= old:
                    return False
            self._tombstones.pop(key, None)
            self._objects[key] = obj
            self._by_kind[kind][key[1]][key[2]] = obj
            if kind == "Pod":
                self._index_pod(key, held, obj)
        return True

    def _index_pod(self, key: Key, old: dict | None, new: dict | None) -> None:
        before, after = pod_owner(old), pod_owner(new)
        if before and before != after:
            pods = self._pods.get((key[1], *before))
            if pods is not None:
                pods.pop(key[2], None)
                if not pods:
                    del self._pods[(key[1], *before)]
        if after:
            self._pods[(key[1], *after)][key[2]] = new

    def delete(self, kind: str, namespace: str, name: str, resource_version: str | None = None) -> None:
        key = (kind, namespace, name)
        with self._lock:
            held = self._objects.pop(key, None)
            if held is not None:
                by_ns = self._by_kind[kind]
                by_ns[namespace].pop(name, None)
                if not by_ns[namespace]:
                    del by_ns[namespace]
            rv = _rv({"metadata": {"resourceVersion": resource_version}}) or (_rv(held) if held else None)
            if rv is not None:
                if len(self._tombstones) >= self.MAX_TOMBSTONES:  # forget the oldest half
                    for k in list(self._tombstones)[: self.MAX_TOMBSTONES // 2]:
                        del self._tombstones[k]
                self._tombstones[key] = rv
            if kind == "Pod":
                self._index_pod(key, held, None)

    def sync(self, kind: str, namespace: str | None, pages) -> list[Key]:
        """Make the cache agree with a full listing, given as pages of (items, snapshot rv):
        upsert what was listed, and drop what is held but was not listed, unless it is newer
        than the listing (created since). Watches re-list after an expired resourceVersion
        without delivering deletions; this catches them. Returns the keys dropped."""
        listed: set[Key] = set()
        snap = None
        for items, rv in pages:
            snap = snap or _rv({"metadata": {"resourceVersion": rv}})
            for item in items:
                self.upsert(kind, item)
                listed.add((kind, item["metadata"].get("namespace", ""), item["metadata"]["name"]))
        if snap is None:
            return []
        with self._lock:
            scopes = self._by_kind[kind].items() if namespace is None else \
                [(namespace, self._by_kind[kind].get(namespace, {}))]
            stale = [(kind, ns, n) for ns, objs in scopes for n, o in objs.items()
                     if (kind, ns, n) not in listed and (_rv(o) or 0) <= snap]
        for k in stale:
            self.delete(*k, resource_version=str(snap))
        return stale

    def get(self, kind: str, namespace: str, name: str) -> dict | None:
        with self._lock:
            return self._objects.get((kind, namespace, name))

    def list(self, kind: str, namespace: str | None = None) -> list[dict]:
        with self._lock:
            by_ns = self._by_kind.get(kind)
            if not by_ns:
                return []
            if namespace is not None:
                return list(by_ns.get(namespace, {}).values())
            return [o for objs in by_ns.values() for o in objs.values()]

    def keys(self, kind: str) -> list[tuple[str, str]]:
        with self._lock:
            return [(ns, n) for ns, objs in (self._by_kind.get(kind) or {}).items() for n in objs]

    def pods_of(self, namespace: str, owner: str, kind: str = "LLMDeployment") -> list[dict]:
        """The pods of our object `kind` `owner` (by the owner label of the pod template)."""
        with self._lock:
            return list(self._pods.get((namespace, kind, owner), {}).values())

    def __len__(self) -> int:
        return len(self._objects)
