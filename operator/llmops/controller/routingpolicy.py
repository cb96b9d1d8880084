"""Reconcile one RoutingPolicy: resolve its targets, decide the effective weights, render and
apply the router (ConfigMap `<name>-router-gateway`, Deployment and Service `<name>-router`)
with the shared child applier, observe it, write status.

A target's state reaches the router as a render input: the LLMDeployment controller writes its
`Available` condition, this controller reads it (one writer per status)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

from pydantic import ValidationError

from llmops.api.conditions import set_condition
from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.api.routingpolicy import RoutingPolicySpec, RoutingPolicyStatus
from llmops.controller import authkeys, diff, kstatus, readiness
from llmops.controller.authkeys import AuthReports
from llmops.controller.children import Child, ChildApplier, Outcome
from llmops.controller.contract import Key
from llmops.controller.guardrail_inputs import GuardrailReader, referencing
from llmops.controller.kstatus import Verdict
from llmops.controller.reasons import ConditionType as T, Reason
from llmops.controller.status import guardrail_condition
from llmops.controller.writer import write_status
from llmops.kube.client import ApiException
from llmops.render.common import Owner, config_map_name, endpoint, router_name
from llmops.render.engines import served_name
from llmops.render.gatewaypod import RenderSettings
from llmops.render.router import TargetInfo, plan, render_router, router_config, router_endpoint, targets_text

KIND = "RoutingPolicy"
TARGET = "LLMDeployment"
OWNED_FIELDS = ("observedGeneration", "endpoint", "targets", "targetsText", "fallback", "guardrails", "conditions")
_ON_THE_WAY = frozenset({Reason.WAITING_FOR_DEPLOYMENT, Reason.PODS_NOT_READY, Reason.ROLLING_UPDATE})


def referenced(spec: dict) -> set[str]:
    """Every LLMDeployment name a RoutingPolicy spec mentions (wire form, possibly invalid)."""
    names = {t.get("name") for t in spec.get("targets") or []}
    names |= {t.get("name") for r in spec.get("rules") or [] for t in r.get("targets") or []}
    names |= set((spec.get("fallback") or {}).get("targets") or [])
    return {n for n in names if n}


def _available(obj: dict) -> bool:
    return any(c.get("type") == T.AVAILABLE and c.get("status") == "True"
               for c in (obj.get("status") or {}).get("conditions") or [])


def _target_view(obj: dict | None) -> tuple | None:
    """What of a target the router depends on: a change of anything else is not our business."""
    if obj is None:
        return None
    return (_available(obj), repr(obj.get("spec")))


class RoutingPolicyController:
    kind = KIND

    def __init__(self, kube, store, settings: RenderSettings, recorder, auth: AuthReports | None = None) -> None:
        self.kube, self.store, self.settings, self.recorder = kube, store, settings, recorder
        self.auth = auth  # the router gateways' key-set reports (Prometheus); None: AuthKeysValid is not observed
        self.children = ChildApplier(kube, store)
        self.guardrails = GuardrailReader(store)
        self._specs: dict[tuple[str, str], LLMDeploymentSpec | None] = {}  # (uid, generation) -> parsed
        self._rendered: dict[str, tuple[str, tuple[Child, ...]]] = {}      # uid -> (config json, children)
        self._lock = threading.Lock()

    # -- what the runtime asks -------------------------------------------------------------

    def keys(self):
        return [Key(KIND, ns, n) for ns, n in self.store.keys(KIND)]

    def related(self, kind: str, old: dict | None, new: dict | None) -> list[Key]:
        obj = new or old
        ns, name = obj["metadata"].get("namespace", ""), obj["metadata"]["name"]
        if kind in (TARGET, KIND):
            if kind == TARGET and _target_view(old) == _target_view(new):
                return []
            return [Key(KIND, ns, p["metadata"]["name"]) for p in self.store.list(KIND, ns)
                    if name in referenced(p.get("spec") or {})]
        if kind == "GuardrailPolicy":
            return [Key(KIND, ns, n) for n in referencing(self.store, KIND, ns, [old, new])]
        return []

    def forget(self, obj: dict) -> None:
        md = obj["metadata"]
        with self._lock:
            self._rendered.pop(md.get("uid", ""), None)
        rname = router_name(md["name"])
        self.children.forget(md.get("namespace", ""), {rname, config_map_name(rname)})

    def forget_missing(self, live_uids: set[str]) -> None:
        with self._lock:
            for uid in [u for u in self._rendered if u not in live_uids]:
                del self._rendered[uid]
            self._specs.clear()

    # -- steps -----------------------------------------------------------------------------

    def _target_spec(self, obj: dict) -> LLMDeploymentSpec | None:
        key = (obj["metadata"].get("uid", ""), str(obj["metadata"].get("generation")))
        with self._lock:
            if key in self._specs:
                return self._specs[key]
        try:
            spec = LLMDeploymentSpec.model_validate(obj.get("spec") or {})
        except ValidationError:
            spec = None
        with self._lock:
            self._specs[key] = spec
        return spec

    def resolve(self, namespace: str, names: set[str]) -> tuple[dict[str, TargetInfo | None], list[str], list[str]]:
        """Targets as the router sees them; and the names that are missing or not LLMDeployments."""
        infos: dict[str, TargetInfo | None] = {}
        missing, invalid = [], []
        for n in sorted(names):
            obj = self.store.get(TARGET, namespace, n)
            spec = self._target_spec(obj) if obj is not None else None
            if obj is None or spec is None:
                infos[n] = None
                if obj is not None:
                    invalid.append(f"target {n!r}: its spec is invalid")
                elif self.store.get(KIND, namespace, n) is not None:
                    invalid.append(f"target {n!r} is a RoutingPolicy; targets must be LLMDeployments")
                else:
                    missing.append(f"target {n!r}: no LLMDeployment of that name in namespace {namespace}")
                continue
            port = spec.gateway.port if spec.gateway else 8080
            price = (spec.pricing.input_per_million_tokens + spec.pricing.output_per_million_tokens
                     if spec.pricing else Decimal(0))
            infos[n] = TargetInfo(n, _available(obj), endpoint(n, namespace, port), served_name(spec, n), price)
        return infos, missing, invalid

    def _children(self, owner: Owner, spec: RoutingPolicySpec, config) -> tuple[Child, ...]:
        text = config.model_dump_json()
        with self._lock:
            cached = self._rendered.get(owner.uid)
        if cached is not None and cached[0] == text + repr(spec.router):
            return cached[1]
        children = tuple(Child.of(m) for m in render_router(owner, spec, config, self.settings))
        with self._lock:
            self._rendered[owner.uid] = (text + repr(spec.router), children)
        return children

    # -- the reconcile -------------------------------------------------------------------

    def reconcile(self, namespace: str, name: str, now: datetime | None = None) -> Outcome:
        out = Outcome()
        body = self.store.get(KIND, namespace, name)
        if body is None or body["metadata"].get("deletionTimestamp"):
            return out
        now = now or datetime.now(UTC)
        owner = Owner.of(body)
        gen = body["metadata"].get("generation", 1)
        current = body.get("status") or {}
        obs = readiness.Observed(generation=gen, desired_replicas=0)
        status: dict = {"observedGeneration": gen, "endpoint": router_endpoint(name, namespace)}
        conds = kstatus.parse_conditions(current)
        guardrails = self.guardrails.inputs(namespace, body["metadata"].get("labels"))
        p = None
        try:
            spec = RoutingPolicySpec.model_validate(body.get("spec") or {})
        except ValidationError as e:
            spec = None
            obs.spec_error = "; ".join(f"spec.{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        if spec is not None:
            obs.desired_replicas = spec.router.replicas if spec.router else 1
            infos, missing, invalid = self.resolve(namespace, referenced(body.get("spec") or {}))
            obs.missing_refs = missing + invalid
            conds = set_condition(conds, T.RESOLVED_REFS, not obs.missing_refs,
                                  Reason.REFS_RESOLVED if not obs.missing_refs
                                  else (Reason.INVALID_TARGET if invalid else Reason.TARGET_NOT_FOUND),
                                  "; ".join(obs.missing_refs) or "every target exists", gen, now)
            p = plan(spec, infos)
            config = router_config(name, spec, p, infos, guardrails.rules)
            if config is not None and not guardrails.hold:
                try:
                    obs.conflicts = self.children.apply(owner, self._children(owner, spec, config), (), out)
                except ApiException as e:
                    obs.apply_error = f"applying the router failed: {e.status} {e.reason}"
                    out.retry = True
            status.update(
                targets=[{"name": t.name, "ready": t.name in p.eligible, "effectiveWeight": p.weights.get(t.name, 0)}
                         for t in spec.targets],
                targetsText=targets_text(spec, p), fallback=list(p.fallback) or None)
        dep = self.store.get("Deployment", namespace, router_name(name))
        obs.deployment = dep if dep is not None and diff.owned_by(dep, owner.uid) else None
        obs.pods = self.store.pods_of(namespace, name, KIND)
        v = readiness.evaluate(obs)
        if v.ready and p is not None and not p.any_eligible:
            v = Verdict(False, Reason.NO_TARGET_AVAILABLE,
                        "No target is Available; the router keeps the configured weights and its fallback "
                        "handles the failures")
        if spec is not None:
            secret = authkeys.secret_of(spec.auth)
            report = self.auth.report(KIND, namespace, name, now) if secret and self.auth is not None else None
            conds = authkeys.condition(conds, secret, "spec.auth.apiKeysSecretRef.name", report, gen, now)
            v = authkeys.verdict(conds, v)
            if secret and self.auth is not None:
                out.requeue_after = self.auth.requeue_after(body["metadata"]["uid"], now)
        conds = kstatus.kstatus_conditions(conds, v, gen, now)
        conds = guardrail_condition(conds, guardrails.state, gen, now)
        if guardrails.state and guardrails.state.policies:
            status["guardrails"] = list(guardrails.state.policies)
        status["conditions"] = kstatus.wire_conditions(conds)
        desired = RoutingPolicyStatus.model_validate({k: v_ for k, v_ in status.items() if v_ is not None}).to_api()
        if write_status(self.kube, self.store, body, kstatus.changed_fields(current, desired, OWNED_FIELDS), out):
            out.events.extend(kstatus.ready_events(current, desired, _ON_THE_WAY))
            told = {e.reason for e in out.events}  # Ready=False KeySetUnavailable already says it
            out.events.extend(e for e in authkeys.events(current, desired) if e.reason not in told)
        for ev in out.events:
            self.recorder(body, ev)
        return out
