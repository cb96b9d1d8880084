"""Reconcile one LLMDeployment by level: resolve references, render, apply the difference,
observe, write status. The same function serves create, update, resume, child events and the
periodic resync; when nothing differs it makes no API call at all."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kubernetes.client.exceptions import ApiException
from pydantic import ValidationError

from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.controller import diff, readiness, status as st
from llmops.controller.reasons import Reason
from llmops.kube.client import Kube
from llmops.render.common import Owner, endpoint
from llmops.render.gatewayconfig import prompt_status
from llmops.render.llmdeployment import Children, RenderSettings, desired_replicas, render

log = logging.getLogger("llmops.controller.llmdeployment")
KIND = "LLMDeployment"
APPLIED_HASH = "llmops.dev/applied-hash"


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


class LLMDeploymentReconciler:
    def __init__(self, kube: Kube, store, settings: RenderSettings, recorder) -> None:
        self.kube, self.store, self.settings, self.recorder = kube, store, settings, recorder

    # -- steps ---------------------------------------------------------------------------

    def resolve_refs(self, ns: str, spec: LLMDeploymentSpec) -> tuple[list[str], list[dict]]:
        missing: list[str] = []
        if spec.budget and spec.budget.fallback_to and not self.store.get(KIND, ns, spec.budget.fallback_to.name):
            missing.append(f"spec.budget.fallbackTo: LLMDeployment {spec.budget.fallback_to.name!r} not found")
        versions: list[dict] = []
        if spec.gateway and spec.gateway.prompt:
            versions = [pv for pv in self.store.list("PromptVersion", ns)
                        if (pv.get("spec") or {}).get("prompt") == spec.gateway.prompt]
            if not versions:
                missing.append(f"spec.gateway.prompt: no PromptVersion with spec.prompt {spec.gateway.prompt!r}")
        return missing, versions

    def apply_children(self, owner: Owner, children: Children, out: Outcome) -> list[str]:
        conflicts: list[str] = []
        for manifest in children.manifests:
            kind, name = manifest["kind"], manifest["metadata"]["name"]
            actual = self.store.get(kind, owner.namespace, name)
            if actual is None:
                # Not in the (label-selected) cache: it may still exist, unlabelled and someone
                # else's. Look before applying: server-side apply would silently adopt it.
                actual = self.kube.get(manifest["apiVersion"], kind, owner.namespace, name)
            if actual is not None and not diff.owned_by(actual, owner.uid):
                conflicts.append(f"{kind} {name!r} exists and is not owned by this LLMDeployment")
                continue
            desired, h = _with_hash(manifest)
            if actual is not None and diff.is_subset(desired, actual):
                continue
            if actual is not None and (actual["metadata"].get("annotations") or {}).get(APPLIED_HASH) == h:
                out.events.append(st.Event("Normal", Reason.DRIFT_CORRECTED,
                                           f"Restored {kind} {name!r}, changed outside the operator"))
            self.store.upsert(kind, self.kube.apply(desired))
            out.applied.append(f"{kind}/{name}")
        for api_version, kind, name in children.absent:
            actual = self.store.get(kind, owner.namespace, name)
            if actual is not None and diff.owned_by(actual, owner.uid):
                self.kube.delete(api_version, kind, owner.namespace, name)
                self.store.delete(kind, owner.namespace, name)
                out.deleted.append(f"{kind}/{name}")
        return conflicts

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
            return out  # gone or going: ownerReferences let the garbage collector clean up
        now = now or datetime.now(UTC)
        owner = Owner.of(body)
        gen = body["metadata"].get("generation", 1)
        obs = readiness.Observed(generation=gen, desired_replicas=0)
        children = None
        try:
            spec = LLMDeploymentSpec.model_validate(body.get("spec") or {})
        except ValidationError as e:
            spec = None
            obs.spec_error = "; ".join(f"spec.{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        if spec is not None:
            obs.desired_replicas = desired_replicas(spec)
            obs.missing_refs, versions = self.resolve_refs(namespace, spec)
            try:
                children = render(owner, spec, self.settings, versions)
            except ValueError as e:
                obs.spec_error = str(e)
        if children is not None and not obs.spec_error:
            try:
                obs.conflicts = self.apply_children(owner, children, out)
            except ApiException as e:
                obs.apply_error = f"applying children failed: {e.status} {e.reason}: {_api_message(e)}"
                out.retry = True
        obs.deployment = self.store.get("Deployment", namespace, name)
        if obs.deployment is not None and not diff.owned_by(obs.deployment, owner.uid):
            obs.deployment = None
        obs.pods = self.store.pods_of(namespace, name)
        verdict = readiness.evaluate(obs)
        port = spec.gateway.port if spec is not None and spec.gateway else 8080
        prompt = prompt_status(children.config) if children is not None else None
        desired = st.desired_status(body.get("status") or {}, verdict, obs,
                                    endpoint=endpoint(name, namespace, port),
                                    config_hash=children.config_hash if children else None,
                                    prompt=prompt, now=now)
        self.write_status(body, desired, out)
        for ev in out.events:
            self.recorder(body, ev)
        return out


def _api_message(e: ApiException) -> str:
    try:
        return json.loads(e.body or "{}").get("message", "") or str(e.body)
    except (ValueError, AttributeError):
        return str(e.body)
