"""Applying an owner's children, shared by every controller that owns some.

Each desired child is compared with what the watch cache holds (a semantic subset check, so
fields the API server adds never cause a write); only a child that differs is written, with
server-side apply. An object with a child's name that this owner does not control is never
touched: it is a conflict, reported with the name of whoever owns it. A child changed by
someone else is restored, with a `DriftCorrected` event."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field

from llmops.controller import diff
from llmops.controller.kstatus import Event
from llmops.controller.reasons import Reason
from llmops.controller.store import expand
from llmops.render.common import Owner

APPLIED_HASH = "llmops.dev/applied-hash"
HANDOVER_MANAGER = "llmops-operator-handover"


@dataclass
class Outcome:
    """What one reconcile did (for logs, metrics and tests)."""

    applied: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    status_patched: bool = False
    events: list[Event] = field(default_factory=list)
    retry: bool = False
    requeue_after: float | None = None  # seconds: reconcile again then, even if nothing changes
    written: list[tuple[str, dict, dict]] = field(default_factory=list)  # (kind, before, after) of status writes

    @property
    def changed(self) -> bool:
        return bool(self.applied or self.deleted or self.status_patched)


def _manifest_hash(manifest: dict) -> str:
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]


def _with_hash(manifest: dict) -> tuple[dict, str]:
    h = _manifest_hash(manifest)
    md = manifest["metadata"]
    return {**manifest, "metadata": {**md, "annotations": {**(md.get("annotations") or {}), APPLIED_HASH: h}}}, h


@dataclass(frozen=True)
class Child:
    """A desired child as remembered between reconciles: compact JSON text (parsed only when
    the live object changed and must be compared again) and its applied-hash."""

    api_version: str
    kind: str
    name: str
    text: str
    hash: str

    @classmethod
    def of(cls, manifest: dict) -> "Child":
        desired, h = _with_hash(manifest)
        return cls(desired["apiVersion"], desired["kind"], desired["metadata"]["name"],
                   json.dumps(desired, separators=(",", ":")), h)


def _hpa_floor(children: tuple[Child, ...]) -> int:
    hpa = next((c for c in children if c.kind == "HorizontalPodAutoscaler"), None)
    return int(json.loads(hpa.text)["spec"].get("minReplicas", 1)) if hpa else 0


def controller_of(obj: dict) -> dict | None:
    """The controller ownerReference of an object, if any."""
    return next((r for r in obj["metadata"].get("ownerReferences") or [] if r.get("controller")), None)


def conflict_message(kind: str, name: str, actual: dict, owner: Owner) -> str:
    holder = controller_of(actual)
    held_by = f"owned by {holder.get('kind')} {holder.get('name')!r}" if holder else "not owned by any controller"
    return f"{kind} {name!r} exists and is {held_by}, not by this {owner.kind}"


class ChildApplier:
    """Applies children for one controller; remembers which live versions were verified."""

    def __init__(self, kube, store) -> None:
        self.kube, self.store = kube, store
        # (kind, namespace, name) -> (resourceVersion, applied-hash) last found up to date, so an
        # unchanged child is not compared field by field again.
        self._verified: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._lock = threading.Lock()  # touched by reconcile threads and the event loop

    def forget(self, namespace: str, names: set[str]) -> None:
        with self._lock:
            for key in [k for k in self._verified if k[1] == namespace and k[2] in names]:
                del self._verified[key]

    def _verified_get(self, key):
        with self._lock:
            return self._verified.get(key)

    def _verified_set(self, key, value) -> None:
        with self._lock:
            self._verified[key] = value

    def apply(self, owner: Owner, children: tuple[Child, ...], absent: tuple[tuple[str, str, str], ...],
              out: Outcome) -> list[str]:
        """Apply what differs, delete what must not exist; returns the conflicts (as messages)."""
        conflicts: list[str] = []
        for child in children:
            kind, name, h = child.kind, child.name, child.hash
            key = (kind, owner.namespace, name)
            actual = self.store.get(kind, owner.namespace, name)
            if actual is not None and self._verified_get(key) == (actual["metadata"].get("resourceVersion"), h):
                continue
            if actual is None:
                # Not in the (label-selected) cache: it may still exist, unlabelled and someone
                # else's. Look before applying: server-side apply would silently adopt it.
                actual = self.kube.get(child.api_version, kind, owner.namespace, name)
            if actual is not None and not diff.owned_by(actual, owner.uid):
                conflicts.append(conflict_message(kind, name, actual, owner))
                continue
            desired = json.loads(child.text)
            if actual is not None and diff.is_subset(desired, expand(actual)):
                self._verified_set(key, (actual["metadata"].get("resourceVersion"), h))
                continue
            if kind == "Deployment" and actual is not None and "replicas" not in desired["spec"]:
                self._hand_over_replicas(actual, _hpa_floor(children))
            applied = self.kube.apply(desired, text=child.text)
            self.store.upsert(kind, applied)
            rv = applied["metadata"].get("resourceVersion")
            self._verified_set(key, (rv, h))
            out.applied.append(f"{kind}/{name}")
            same_spec = (actual is not None and
                         (actual["metadata"].get("annotations") or {}).get(APPLIED_HASH) == h)
            if same_spec and rv != actual["metadata"].get("resourceVersion"):
                # Our spec did not change, the object did: someone else edited it. (A no-op apply,
                # e.g. of a field the API server normalises, keeps the resourceVersion: no event.)
                out.events.append(Event("Normal", Reason.DRIFT_CORRECTED,
                                        f"Restored {kind} {name!r}, changed outside the operator"))
        for api_version, kind, name in absent:
            actual = self.store.get(kind, owner.namespace, name)
            if actual is not None and diff.owned_by(actual, owner.uid):
                self.kube.delete(api_version, kind, owner.namespace, name)
                self.store.delete(kind, owner.namespace, name)
                out.deleted.append(f"{kind}/{name}")
        return conflicts

    def _hand_over_replicas(self, actual: dict, floor: int = 0) -> None:
        """Autoscaling was just switched on (or restored after a budget's ScaleToZero). Applying
        without spec.replicas would make the API server drop the field we owned, and the
        Deployment would fall to 1 replica before the HPA scales it up. Hand the current value
        to a separate manager first (the documented way to transfer ownership); the HPA then
        takes it over. Never below the HPA's minReplicas: an HPA leaves a Deployment at 0 alone."""
        replicas = (actual.get("spec") or {}).get("replicas")
        if replicas is not None:
            replicas = max(replicas, floor)
        if replicas is None or self.store.get("HorizontalPodAutoscaler", actual["metadata"]["namespace"],
                                              actual["metadata"]["name"]) is not None:
            return
        md = actual["metadata"]
        self.kube.apply({"apiVersion": "apps/v1", "kind": "Deployment",
                         "metadata": {"name": md["name"], "namespace": md["namespace"]},
                         "spec": {"replicas": replicas}}, manager=HANDOVER_MANAGER)
