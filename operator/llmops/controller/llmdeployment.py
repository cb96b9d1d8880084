"""Reconcile one LLMDeployment by level: resolve references, render, apply the difference,
observe, write status. The same function serves create, update, resume, child events and the
periodic resync; when nothing differs it makes no API call at all."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kubernetes.client.exceptions import ApiException
from pydantic import ValidationError

from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.controller import diff, readiness, status as st
from llmops.controller.store import expand
from llmops.controller.reasons import Reason
from llmops.kube.client import Kube
from llmops.render.common import Owner, endpoint
from llmops.render.gatewayconfig import prompt_status
from llmops.render.llmdeployment import RenderSettings, desired_replicas, render

log = logging.getLogger("llmops.controller.llmdeployment")
KIND = "LLMDeployment"
APPLIED_HASH = "llmops.dev/applied-hash"
HANDOVER_MANAGER = "llmops-operator-handover"


@dataclass
class Outcome:
    """What one reconcile did (for logs, metrics and tests)."""

    applied: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    status_patched: bool = False
    events: list[st.Event] = field(default_factory=list)
    retry: bool = False


def _manifest_hash(manifest: dict) -> str:
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]


def _with_hash(manifest: dict) -> tuple[dict, str]:
    h = _manifest_hash(manifest)
    md = manifest["metadata"]
    return {**manifest, "metadata": {**md, "annotations": {**(md.get("annotations") or {}), APPLIED_HASH: h}}}, h


@dataclass(frozen=True)
class _Child:
    """A desired child as remembered between reconciles: compact JSON text (parsed only when
    the live object changed and must be compared again) and its applied-hash."""

    api_version: str
    kind: str
    name: str
    text: str
    hash: str

    @classmethod
    def of(cls, manifest: dict) -> "_Child":
        desired, h = _with_hash(manifest)
        return cls(desired["apiVersion"], desired["kind"], desired["metadata"]["name"],
                   json.dumps(desired, separators=(",", ":")), h)


@dataclass(frozen=True)
class _Rendered:
    """What a reconcile needs of a render, kept small: it is remembered per LLMDeployment."""

    fingerprint: str
    spec: LLMDeploymentSpec | None
    spec_error: str | None
    children: tuple[_Child, ...] = ()
    absent: tuple[tuple[str, str, str], ...] = ()
    config_hash: str | None = None
    prompt: dict | None = None


def _fingerprint(body: dict, versions: list[dict]) -> str:
    """Everything rendering depends on: the spec and the served PromptVersions' versions."""
    refs = sorted((v["metadata"]["name"], v["metadata"].get("resourceVersion", "")) for v in versions)
    return json.dumps([body["metadata"]["uid"], body.get("spec"), refs], sort_keys=True, default=str)


class LLMDeploymentReconciler:
    def __init__(self, kube: Kube, store, settings: RenderSettings, recorder) -> None:
        self.kube, self.store, self.settings, self.recorder = kube, store, settings, recorder
        # uid -> last render. Rendering (validation, gateway config YAML) is the bulk of a
        # reconcile's CPU; most reconciles are triggered by child or pod events, not spec changes.
        self._rendered: dict[str, _Rendered] = {}
        # (kind, namespace, name) -> (resourceVersion, applied-hash) last found up to date, so an
        # unchanged child is not compared field by field again.
        self._verified: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._lock = threading.Lock()  # the caches are touched by reconcile threads and the event loop

    def forget(self, uid: str, namespace: str = "", name: str = "") -> None:
        """Drop what is remembered of a deleted LLMDeployment."""
        with self._lock:
            self._rendered.pop(uid, None)
            for key in [k for k in self._verified if k[1] == namespace and k[2] in (name, f"{name}-gateway")]:
                del self._verified[key]

    def forget_missing(self, live_uids: set[str]) -> None:
        """Drop renders of LLMDeployments that no longer exist (called on resync)."""
        with self._lock:
            for uid in [u for u in self._rendered if u not in live_uids]:
                del self._rendered[uid]

    def _verified_get(self, key):
        with self._lock:
            return self._verified.get(key)

    def _verified_set(self, key, value) -> None:
        with self._lock:
            self._verified[key] = value

    # -- steps ---------------------------------------------------------------------------

    def resolve_refs(self, ns: str, spec: LLMDeploymentSpec, versions: list[dict]) -> list[str]:
        missing: list[str] = []
        if spec.budget and spec.budget.fallback_to and not self.store.get(KIND, ns, spec.budget.fallback_to.name):
            missing.append(f"spec.budget.fallbackTo: LLMDeployment {spec.budget.fallback_to.name!r} not found")
        if spec.gateway and spec.gateway.prompt and not versions:
            missing.append(f"spec.gateway.prompt: no PromptVersion with spec.prompt {spec.gateway.prompt!r}")
        return missing

    def render(self, owner: Owner, body: dict, versions: list[dict]) -> _Rendered:
        fp = _fingerprint(body, versions)
        with self._lock:
            cached = self._rendered.get(owner.uid)
        if cached is not None and cached.fingerprint == fp:
            return cached
        spec = children = error = None
        try:
            spec = LLMDeploymentSpec.model_validate(body.get("spec") or {})
            children = render(owner, spec, self.settings, versions)
        except ValidationError as e:
            error = "; ".join(f"spec.{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        except ValueError as e:
            error = str(e)
        if children is None:
            result = _Rendered(fp, spec, error)
        else:
            result = _Rendered(fp, spec, error, tuple(_Child.of(m) for m in children.manifests), children.absent,
                               children.config_hash, prompt_status(children.config))
        with self._lock:
            self._rendered[owner.uid] = result
        return result

    def apply_children(self, owner: Owner, r: _Rendered, out: Outcome) -> list[str]:
        conflicts: list[str] = []
        for child in r.children:
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
                conflicts.append(f"{kind} {name!r} exists and is not owned by this LLMDeployment")
                continue
            desired = json.loads(child.text)
            if actual is not None and diff.is_subset(desired, expand(actual)):
                self._verified_set(key, (actual["metadata"].get("resourceVersion"), h))
                continue
            if kind == "Deployment" and actual is not None and "replicas" not in desired["spec"]:
                self._hand_over_replicas(actual)
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
                out.events.append(st.Event("Normal", Reason.DRIFT_CORRECTED,
                                           f"Restored {kind} {name!r}, changed outside the operator"))
        for api_version, kind, name in r.absent:
            actual = self.store.get(kind, owner.namespace, name)
            if actual is not None and diff.owned_by(actual, owner.uid):
                self.kube.delete(api_version, kind, owner.namespace, name)
                self.store.delete(kind, owner.namespace, name)
                out.deleted.append(f"{kind}/{name}")
        return conflicts

    def _hand_over_replicas(self, actual: dict) -> None:
        """Autoscaling was just switched on. Applying without spec.replicas would make the API
        server drop the field we owned, and the Deployment would fall to 1 replica before the
        HPA scales it up. Hand the current value to a separate manager first (the documented
        way to transfer ownership); the HPA then takes it over."""
        replicas = (actual.get("spec") or {}).get("replicas")
        if replicas is None or self.store.get("HorizontalPodAutoscaler", actual["metadata"]["namespace"],
                                              actual["metadata"]["name"]) is not None:
            return
        md = actual["metadata"]
        self.kube.apply({"apiVersion": "apps/v1", "kind": "Deployment",
                         "metadata": {"name": md["name"], "namespace": md["namespace"]},
                         "spec": {"replicas": replicas}}, manager=HANDOVER_MANAGER)

    def write_status(self, body: dict, desired: dict, out: Outcome) -> None:
        current = body.get("status") or {}
        patch = st.changed_fields(current, desired)
        if not patch:
            return
        md = body["metadata"]
        updated = self.kube.patch_status(body["apiVersion"], KIND, md["namespace"], md["name"], patch)
        self.store.upsert(KIND, updated)
        out.status_patched = True
        out.events.extend(st.events(current, desired))

    # -- the reconcile -------------------------------------------------------------------

    def reconcile(self, namespace: str, name: str, now: datetime | None = None) -> Outcome:
        out = Outcome()
        body = self.store.get(KIND, namespace, name)
        if body is None or body["metadata"].get("deletionTimestamp"):
            if body is not None:
                self.forget(body["metadata"]["uid"], namespace, name)
            return out  # gone or going: ownerReferences let the garbage collector clean up
        now = now or datetime.now(UTC)
        owner = Owner.of(body)
        gen = body["metadata"].get("generation", 1)
        obs = readiness.Observed(generation=gen, desired_replicas=0)
        prompt = ((body.get("spec") or {}).get("gateway") or {}).get("prompt")
        versions = [pv for pv in self.store.list("PromptVersion", namespace)
                    if (pv.get("spec") or {}).get("prompt") == prompt] if prompt else []
        r = self.render(owner, body, versions)
        spec, obs.spec_error = r.spec, r.spec_error
        if spec is not None:
            obs.desired_replicas = desired_replicas(spec)
            obs.missing_refs = self.resolve_refs(namespace, spec, versions)
        if r.children and not obs.spec_error:
            try:
                obs.conflicts = self.apply_children(owner, r, out)
            except ApiException as e:
                obs.apply_error = f"applying children failed: {e.status} {e.reason}: {_api_message(e)}"
                out.retry = True
        obs.deployment = self.store.get("Deployment", namespace, name)
        if obs.deployment is not None and not diff.owned_by(obs.deployment, owner.uid):
            obs.deployment = None
        obs.pods = self.store.pods_of(namespace, name)
        verdict = readiness.evaluate(obs)
        port = spec.gateway.port if spec is not None and spec.gateway else 8080
        desired = st.desired_status(body.get("status") or {}, verdict, obs,
                                    endpoint=endpoint(name, namespace, port),
                                    config_hash=r.config_hash, prompt=r.prompt, now=now)
        self.write_status(body, desired, out)
        for ev in out.events:
            self.recorder(body, ev)
        return out


def _api_message(e: ApiException) -> str:
    try:
        return json.loads(e.body or "{}").get("message", "") or str(e.body)
    except (ValueError, AttributeError):
        return str(e.body)
