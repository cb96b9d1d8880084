"""Reconcile one LLMDeployment by level: resolve references, render, apply the difference,
observe, write status. The same function serves create, update, resume, child events and the
periodic resync; when nothing differs it makes no API call at all."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from llmops.api.llmdeployment import BudgetAction, LLMDeploymentSpec
from llmops.controller import authkeys, budget as budget_step, kstatus, readiness, status as st
from llmops.controller.authkeys import AuthReports
from llmops.controller.budget import BudgetStep
from llmops.controller.children import ChildApplier, Child, Outcome
from llmops.controller.grants import GrantsStep
from llmops.controller.contract import Key
from llmops.controller.guardrail_inputs import GuardrailReader, referencing
from llmops.controller.writer import write_status
from llmops.controller import diff
from llmops.kube.client import ApiException, Kube
from llmops.render.common import Owner, config_map_name, endpoint, selector
from llmops.render.grants import grants_config_map_name
from llmops.render.gatewayconfig import prompt_status
from llmops.render.gatewaypod import RenderSettings
from llmops.render.llmdeployment import desired_replicas, render

log = logging.getLogger("llmops.controller.llmdeployment")
KIND = "LLMDeployment"

__all__ = ["KIND", "LLMDeploymentController", "Outcome"]


@dataclass(frozen=True)
class _Rendered:
    """What a reconcile needs of a render, kept small: it is remembered per LLMDeployment."""

    fingerprint: str
    spec: LLMDeploymentSpec | None
    spec_error: str | None
    children: tuple[Child, ...] = ()
    absent: tuple[tuple[str, str, str], ...] = ()
    config_hash: str | None = None
    prompt: dict | None = None


def _fingerprint(body: dict, versions: list[dict], guardrails: tuple, scaled_to_zero: bool, fallback) -> str:
    """Everything rendering depends on: the spec, the labels (they select policies), the served
    PromptVersions' versions, the hashes of the accepted guardrail rules and the budget's
    ScaleToZero."""
    refs = sorted((v["metadata"]["name"], v["metadata"].get("resourceVersion", "")) for v in versions)
    return json.dumps([body["metadata"]["uid"], body.get("spec"), body["metadata"].get("labels"), refs, guardrails,
                       scaled_to_zero, fallback], sort_keys=True, default=str)


class LLMDeploymentController:
    kind = KIND

    def __init__(self, kube: Kube, store, settings: RenderSettings, recorder, budget: BudgetStep | None = None,
                 auth: AuthReports | None = None) -> None:
        self.kube, self.store, self.settings, self.recorder = kube, store, settings, recorder
        self.budget = budget or BudgetStep(None)  # spend in the budget window (Prometheus, replica-hours)
        self.auth = auth  # the gateways' key-set reports (Prometheus); None: AuthKeysValid is not observed
        self.children = ChildApplier(kube, store)
        self.grants = GrantsStep(self.budget.reports, store)  # the per-process grants of budgeted ones
        self._scaled: dict[str, bool] = {}  # uid -> scaled to zero by its budget (the last render input)
        self.guardrails = GuardrailReader(store)
        # uid -> last render. Rendering (validation, gateway config YAML) is the bulk of a
        # reconcile's CPU; most reconciles are triggered by child or pod events, not spec changes.
        self._rendered: dict[str, _Rendered] = {}
        self._lock = threading.Lock()  # the cache is touched by reconcile threads and the event loop

    # -- what the runtime asks -------------------------------------------------------------

    def keys(self):
        return [Key(KIND, ns, n) for ns, n in self.store.keys(KIND)]

    def related(self, kind: str, old: dict | None, new: dict | None) -> list[Key]:
        obj = new or old
        ns = obj["metadata"].get("namespace", "")
        if kind == KIND and (old is None or new is None):  # it may be the target of another's reference
            name = obj["metadata"]["name"]
            return [Key(KIND, ns, d["metadata"]["name"]) for d in self.store.list(KIND, ns)
                    if (((d.get("spec") or {}).get("budget") or {}).get("fallbackTo") or {}).get("name") == name]
        if kind == "PromptVersion":
            prompt = (obj.get("spec") or {}).get("prompt")
            return [Key(KIND, ns, d["metadata"]["name"]) for d in self.store.list(KIND, ns)
                    if ((d.get("spec") or {}).get("gateway") or {}).get("prompt") == prompt]
        if kind == "GuardrailPolicy":
            return [Key(KIND, ns, n) for n in referencing(self.store, KIND, ns, [old, new])]
        return []

    def forget(self, obj: dict) -> None:
        """Drop what is remembered of a deleted LLMDeployment."""
        md = obj["metadata"]
        with self._lock:
            self._rendered.pop(md.get("uid", ""), None)
            self._scaled.pop(md.get("uid", ""), None)
        self.budget.forget(md.get("uid", ""))
        self.grants.forget(md.get("uid", ""))
        self.children.forget(md.get("namespace", ""), {md["name"], config_map_name(md["name"]),
                                                       grants_config_map_name(md["name"])})

    def forget_missing(self, live_uids: set[str]) -> None:
        """Drop renders of LLMDeployments that no longer exist (called on resync)."""
        with self._lock:
            for uid in [u for u in self._rendered if u not in live_uids]:
                del self._rendered[uid]
            for uid in [u for u in self._scaled if u not in live_uids]:
                del self._scaled[uid]
        self.budget.forget_missing(live_uids)
        self.grants.forget_missing(live_uids)

    # -- steps ---------------------------------------------------------------------------

    def resolve_refs(self, ns: str, spec: LLMDeploymentSpec, versions: list[dict]) -> list[str]:
        missing: list[str] = []
        if spec.budget and spec.budget.fallback_to and not self.store.get(KIND, ns, spec.budget.fallback_to.name):
            missing.append(f"spec.budget.fallbackTo: LLMDeployment {spec.budget.fallback_to.name!r} not found")
        if spec.gateway and spec.gateway.prompt and not versions:
            missing.append(f"spec.gateway.prompt: no PromptVersion with spec.prompt {spec.gateway.prompt!r}")
        return missing

    def _fallback(self, ns: str, body: dict) -> tuple[str, str] | None:
        """(Service URL, served model) of budget.fallbackTo, a render input of the gateway config."""
        name = ((((body.get("spec") or {}).get("budget") or {}).get("fallbackTo")) or {}).get("name")
        target = self.store.get(KIND, ns, name) if name else None
        if target is None:
            return None
        t = target.get("spec") or {}
        port = (t.get("gateway") or {}).get("port", 8080)
        return endpoint(name, ns, port), (t.get("model") or {}).get("name") or name

    def render(self, owner: Owner, body: dict, versions: list[dict], guardrails=None,
               scaled_to_zero: bool = False) -> _Rendered:
        rules = guardrails.rules if guardrails else ()
        fallback = self._fallback(owner.namespace, body)
        fp = _fingerprint(body, versions, guardrails.fingerprint if guardrails else (), scaled_to_zero, fallback)
        with self._lock:
            cached = self._rendered.get(owner.uid)
        if cached is not None and cached.fingerprint == fp:
            return cached
        spec = children = error = None
        try:
            spec = LLMDeploymentSpec.model_validate(body.get("spec") or {})
            children = render(owner, spec, self.settings, versions, rules, scaled_to_zero, fallback)
        except ValidationError as e:
            error = "; ".join(f"spec.{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        except ValueError as e:
            error = str(e)
        if children is None:
            result = _Rendered(fp, spec, error)
        else:
            result = _Rendered(fp, spec, error, tuple(Child.of(m) for m in children.manifests), children.absent,
                               children.config_hash, prompt_status(children.config))
        with self._lock:
            self._rendered[owner.uid] = result
        return result

    def write_status(self, body: dict, desired: dict, out: Outcome) -> None:
        """Patch what differs (nothing: no write) and decide the events."""
        current = body.get("status") or {}
        if write_status(self.kube, self.store, body, st.changed_fields(current, desired), out):
            out.events.extend(st.events(current, desired))
            told = {e.reason for e in out.events}  # Ready=False KeySetUnavailable already says it
            out.events.extend(e for e in authkeys.events(current, desired) if e.reason not in told)
            budget = ((body.get("spec") or {}).get("budget") or {})
            out.events.extend(budget_step.events(current, desired, budget.get("warnAtPercent", 80) if budget else None))

    def observe_auth(self, body: dict, spec: LLMDeploymentSpec, now: datetime, out: Outcome) -> list:
        """The current conditions with AuthKeysValid from the gateways' reports; with API keys,
        a requeue for the next poll of the reports."""
        md = body["metadata"]
        secret = authkeys.secret_of(spec.gateway.auth if spec.gateway else None)
        report = None
        if secret is not None and self.auth is not None:
            report = self.auth.report(KIND, md["namespace"], md["name"], now)
            out.requeue_after = self.auth.requeue_after(md["uid"], now)
        return authkeys.condition(kstatus.parse_conditions(body.get("status") or {}), secret,
                                  "spec.gateway.auth.apiKeysSecretRef.name", report, md.get("generation", 1), now)

    # -- the reconcile -------------------------------------------------------------------

    def reconcile(self, namespace: str, name: str, now: datetime | None = None) -> Outcome:
        out = Outcome()
        body = self.store.get(KIND, namespace, name)
        if body is None or body["metadata"].get("deletionTimestamp"):
            if body is not None:
                self.forget(body)
            return out  # gone or going: ownerReferences let the garbage collector clean up
        now = now or datetime.now(UTC)
        owner = Owner.of(body)
        gen = body["metadata"].get("generation", 1)
        obs = readiness.Observed(generation=gen, desired_replicas=0)
        prompt = ((body.get("spec") or {}).get("gateway") or {}).get("prompt")
        versions = [pv for pv in self.store.list("PromptVersion", namespace)
                    if (pv.get("spec") or {}).get("prompt") == prompt] if prompt else []
        guardrails = self.guardrails.inputs(namespace, body["metadata"].get("labels"))
        with self._lock:
            scaled = self._scaled.get(owner.uid, False)
        r = self.render(owner, body, versions, guardrails, scaled)
        spec, obs.spec_error = r.spec, r.spec_error
        view = None
        if spec is not None and not obs.spec_error:
            # the budget step: spend in the window, BudgetExceeded, and when to look again; its
            # verdict is a render input (ScaleToZero) and the grants' input
            live = self.store.get("Deployment", namespace, name)
            ready = ((live or {}).get("status") or {}).get("readyReplicas", 0) if live and diff.owned_by(
                live, owner.uid) else 0
            view = self.budget.observe(body, spec, ready, now, self.grants.unobserved(owner.uid))
            now_scaled = bool(view and view.exceeded and spec.budget.action == BudgetAction.SCALE_TO_ZERO)
            if now_scaled != scaled:
                with self._lock:
                    self._scaled[owner.uid] = now_scaled
                r = self.render(owner, body, versions, guardrails, now_scaled)
            scaled = now_scaled
        if spec is not None:
            obs.desired_replicas = 0 if scaled else desired_replicas(spec)
            obs.missing_refs = self.resolve_refs(namespace, spec, versions)
        if r.children and not obs.spec_error and not guardrails.hold:
            children = r.children
            if view is not None and view.grants is not None:
                children = (*children, self.grants.child(owner, view.grants))
            try:
                obs.conflicts = self.children.apply(owner, children, r.absent, out)
            except ApiException as e:
                obs.apply_error = f"applying children failed: {e.status} {e.reason}: {_api_message(e)}"
                out.retry = True
        obs.deployment = self.store.get("Deployment", namespace, name)
        if obs.deployment is not None and not diff.owned_by(obs.deployment, owner.uid):
            obs.deployment = None
        obs.pods = self.store.pods_of(namespace, name)
        verdict = readiness.evaluate(obs)
        auth_conds = None
        if spec is not None and not obs.spec_error:
            auth_conds = self.observe_auth(body, spec, now, out)
            verdict = authkeys.verdict(auth_conds, verdict)
        port = spec.gateway.port if spec is not None and spec.gateway else 8080
        desired = st.desired_status(body.get("status") or {}, verdict, obs,
                                    endpoint=endpoint(name, namespace, port),
                                    # held: the config in force is still the one last applied
                                    config_hash=(body.get("status") or {}).get("gatewayConfigHash")
                                    if guardrails.hold else r.config_hash,
                                    prompt=r.prompt, now=now,
                                    guardrails=guardrails.state,
                                    # the scale subresource's labelSelectorPath (kubectl scale, HPA, KEDA)
                                    selector=",".join(f"{k}={v}" for k, v in selector(name).items()))
        if spec is not None and not obs.spec_error:
            if view is not None and view.requeue_after is not None:
                out.requeue_after = min(view.requeue_after, out.requeue_after or view.requeue_after)
            desired = budget_step.apply(desired, view, gen, now)
            desired["conditions"] = kstatus.wire_conditions(authkeys.merge(kstatus.parse_conditions(desired), auth_conds))
        else:  # an invalid edit loses nothing: the last spend, BudgetExceeded and AuthKeysValid stay as they are
            desired = budget_step.keep(desired, body.get("status") or {})
        self.write_status(body, desired, out)
        for ev in out.events:
            self.recorder(body, ev)
        return out


def _api_message(e: ApiException) -> str:
    try:
        return json.loads(e.body or "{}").get("message", "") or str(e.body)
    except (ValueError, AttributeError):
        return str(e.body)
