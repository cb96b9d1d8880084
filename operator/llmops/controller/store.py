"""An in-memory view of the objects the operator watches, fed by watch events and by the
responses of its own writes. Reconciles read from here, so an idle resync costs no API call."""

from __future__ import annotations

import json
import threading
from collections import defaultdict

from llmops.render.common import DEPLOYMENT_LABEL

Key = tuple[str, str, str]  # kind, namespace, name


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

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._objects: dict[Key, dict] = {}
        self._pods: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)

    def upsert(self, kind: str, obj: dict) -> bool:
        """Insert or replace; an older resourceVersion than the one held is ignored.
        Returns False when ignored."""
        md = obj["metadata"]
        key = (kind, md.get("namespace", ""), md["name"])
        obj = _slim(kind, obj)
        with self._lock:
            held = self._objects.get(key)
            if held is not None:
                new, old = _rv(obj), _rv(held)
                if new is not None and old is not None and new < old:
                    return False
            self._objects[key] = obj
            if kind == "Pod" and (owner := (md.get("labels") or {}).get(DEPLOYMENT_LABEL)):
                self._pods[(key[1], owner)][key[2]] = obj
        return True

    def delete(self, kind: str, namespace: str, name: str, labels: dict | None = None) -> None:
        with self._lock:
            self._objects.pop((kind, namespace, name), None)
            if kind == "Pod" and (owner := (labels or {}).get(DEPLOYMENT_LABEL)):
                pods = self._pods.get((namespace, owner))
                if pods is not None:
                    pods.pop(name, None)
                    if not pods:
                        del self._pods[(namespace, owner)]

    def get(self, kind: str, namespace: str, name: str) -> dict | None:
        with self._lock:
            return self._objects.get((kind, namespace, name))

    def list(self, kind: str, namespace: str | None = None) -> list[dict]:
        with self._lock:
            return [o for (k, ns, _), o in self._objects.items() if k == kind and (namespace is None or ns == namespace)]

    def keys(self, kind: str) -> list[tuple[str, str]]:
        with self._lock:
            return [(ns, n) for (k, ns, n) in self._objects if k == kind]

    def pods_of(self, namespace: str, deployment: str) -> list[dict]:
        with self._lock:
            return list(self._pods.get((namespace, deployment), {}).values())

    def __len__(self) -> int:
        return len(self._objects)
