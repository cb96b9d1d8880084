"""The status an LLMDeployment should have, computed from a verdict and what was observed;
and the events worth telling a person about. Pure: no I/O, `now` is passed in.

The kstatus conditions come from `kstatus`; this module adds the LLMDeployment's own fields
and builds the result through the pydantic status model, so a field the CRD does not have (and
the API server would prune, making every reconcile write again) cannot be written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from llmops.api.conditions import set_condition
from llmops.api.llmdeployment import LLMDeploymentPhase as Phase, LLMDeploymentStatus
from llmops.controller import kstatus
from llmops.controller.kstatus import Event
from llmops.controller.readiness import Observed, Verdict
from llmops.controller.reasons import ConditionType as T, Reason

__all__ = ["Event", "GuardrailState", "OWNED_FIELDS", "changed_fields", "desired_status", "events", "phase"]

_FAILED = {Reason.INVALID_SPEC, Reason.CHILD_CONFLICT, Reason.REFERENCE_NOT_FOUND}


@dataclass(frozen=True)
class GuardrailState:
    """What the selecting GuardrailPolicies mean for this object (a render input)."""

    policies: tuple[str, ...] = ()  # names of the policies whose accepted rules are enforced
    current: bool = True            # every selecting policy's latest generation is what is enforced
    reason: str = Reason.POLICIES_CURRENT
    message: str = ""


def phase(v: Verdict, ready_replicas: int) -> Phase:
    if v.ready:
        return Phase.READY
    if v.reason in _FAILED:
        return Phase.FAILED
    if v.stalled:
        return Phase.DEGRADED if ready_replicas > 0 else (Phase.PENDING if v.reason == Reason.UNSCHEDULABLE else Phase.FAILED)
    if v.reason == Reason.PODS_NOT_READY and ready_replicas > 0:
        return Phase.DEGRADED
    return Phase.PROGRESSING


def guardrail_condition(conds, g: GuardrailState | None, gen: int, now: datetime):
    """GuardrailsCurrent, only for an object some policy selects (or selected): an invalid edit
    of a policy is told here, while Ready is left alone (the last valid rules keep applying)."""
    if g is None:
        return [c for c in conds if c.type != T.GUARDRAILS_CURRENT]
    message = g.message or (f"enforcing {', '.join(g.policies)}" if g.policies else "no GuardrailPolicy selects it")
    return set_condition(conds, T.GUARDRAILS_CURRENT, g.current, g.reason, message, gen, now)


def desired_status(current: dict, v: Verdict, o: Observed, *, endpoint: str, config_hash: str | None,
                   prompt: dict | None, now: datetime, guardrails: GuardrailState | None = None,
                   selector: str = "") -> dict:
    """Our fields of status (wire form). Conditions we do not own are carried over unchanged."""
    dep_status = (o.deployment or {}).get("status") or {}
    ready = dep_status.get("readyReplicas", 0)
    replicas = dep_status.get("replicas", 0)
    gen = o.generation
    conds = kstatus.kstatus_conditions(kstatus.parse_conditions(current), v, gen, now)
    conds = set_condition(conds, T.AVAILABLE, ready > 0,
                          Reason.MINIMUM_REPLICAS if ready > 0 else Reason.NO_REPLICAS,
                          f"{ready} replica(s) ready", gen, now)
    conds = guardrail_condition(conds, guardrails, gen, now)
    status = LLMDeploymentStatus(
        observed_generation=gen,
        phase=phase(v, ready),
        replicas=replicas,
        ready_replicas=ready,
        ready_text=f"{ready}/{(o.deployment or {}).get('spec', {}).get('replicas', o.desired_replicas)}",
        selector=selector or None,
        endpoint=endpoint,
        gateway_config_hash=config_hash or None,
        guardrails=list(guardrails.policies) if guardrails and guardrails.policies else None,
        conditions=conds,
    ).to_api()
    status["prompt"] = prompt or {}
    return status


# Top-level status fields this controller writes (spend: by its budget step, controller/budget.py).
OWNED_FIELDS = ("observedGeneration", "phase", "replicas", "readyReplicas", "readyText", "selector", "endpoint",
                "gatewayConfigHash", "prompt", "guardrails", "spend", "conditions")


def changed_fields(current: dict, desired: dict) -> dict:
    """The merge patch to send: our fields that differ, and null for ours that must go."""
    return kstatus.changed_fields(current, desired, OWNED_FIELDS)


_ON_THE_WAY = frozenset({Reason.WAITING_FOR_DEPLOYMENT, Reason.PODS_NOT_READY, Reason.ROLLING_UPDATE})


def events(current: dict, desired: dict) -> list[Event]:
    """Events worth a person's attention (kstatus.ready_events); a rolling update of a Ready
    deployment is announced."""
    return kstatus.ready_events(current, desired, _ON_THE_WAY, announce=frozenset({Reason.ROLLING_UPDATE}))
