"""The status an LLMDeployment should have, computed from a verdict and what was observed;
and the events worth telling a person about. Pure: no I/O, `now` is passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from llmops.api.conditions import get_condition, set_condition
from llmops.api.meta import Condition
from llmops.controller.readiness import Observed, Verdict
from llmops.controller.reasons import ConditionType as T, Reason

OWNED_CONDITIONS = (T.READY, T.RECONCILING, T.STALLED, T.AVAILABLE)
_FAILED = {Reason.INVALID_SPEC, Reason.CHILD_CONFLICT, Reason.REFERENCE_NOT_FOUND}


@dataclass(frozen=True)
class Event:
    type: str  # Normal | Warning
    reason: str
    message: str


def phase(v: Verdict, ready_replicas: int) -> str:
    if v.ready:
        return "Ready"
    if v.reason in _FAILED:
        return "Failed"
    if v.stalled:
        return "Degraded" if ready_replicas > 0 else ("Pending" if v.reason == Reason.UNSCHEDULABLE else "Failed")
    if v.reason == Reason.PODS_NOT_READY and ready_replicas > 0:
        return "Degraded"
    return "Progressing"


def desired_status(current: dict, v: Verdict, o: Observed, *, endpoint: str, config_hash: str | None,
                   prompt: dict | None, now: datetime) -> dict:
    """Our fields of status (wire form). Conditions we do not own are carried over unchanged."""
    dep_status = (o.deployment or {}).get("status") or {}
    ready = dep_status.get("readyReplicas", 0)
    replicas = dep_status.get("replicas", 0)
    gen = o.generation
    conds = [Condition.model_validate(c) for c in current.get("conditions") or []]
    conds = set_condition(conds, T.READY, v.ready, v.reason, v.message, gen, now)
    conds = set_condition(conds, T.RECONCILING, v.reconciling, v.reason if v.reconciling else Reason.RECONCILED,
                          v.message if v.reconciling else "", gen, now)
    conds = set_condition(conds, T.STALLED, v.stalled, v.reason if v.stalled else Reason.NOT_STALLED,
                          v.message if v.stalled else "", gen, now)
    conds = set_condition(conds, T.AVAILABLE, ready > 0,
                          Reason.MINIMUM_REPLICAS if ready > 0 else Reason.NO_REPLICAS,
                          f"{ready} replica(s) ready", gen, now)
    status = {
        "observedGeneration": gen,
        "phase": phase(v, ready),
        "replicas": replicas,
        "readyReplicas": ready,
        "readyText": f"{ready}/{(o.deployment or {}).get('spec', {}).get('replicas', o.desired_replicas)}",
        "endpoint": endpoint,
        "conditions": [c.model_dump(by_alias=True, exclude_none=True, mode="json") for c in conds],
    }
    if config_hash:
        status["gatewayConfigHash"] = config_hash
    status["prompt"] = prompt or {}
    return status


# Top-level status fields this controller writes; others (spend, guardrails) belong to others.
OWNED_FIELDS = ("observedGeneration", "phase", "replicas", "readyReplicas", "readyText", "endpoint",
                "gatewayConfigHash", "prompt", "conditions")


def _merge_patch(current: dict, desired: dict) -> dict:
    """RFC 7386 patch turning `current` into `desired` for the keys of `desired`; keys of a nested
    object that `desired` no longer has are sent as null so they are really removed."""
    patch = {}
    for k, v in desired.items():
        cur = current.get(k)
        if isinstance(v, dict) and isinstance(cur, dict):
            sub = _merge_patch(cur, v)
            sub.update({gone: None for gone in cur if gone not in v})
            if sub:
                patch[k] = sub
        elif cur != v:
            patch[k] = v
    return patch


def changed_fields(current: dict, desired: dict) -> dict:
    """The merge patch to send: our fields that differ, and null for ours that must go."""
    patch = _merge_patch(current, desired)
    patch.update({k: None for k in OWNED_FIELDS if k in current and k not in desired})
    return patch


_ON_THE_WAY = {Reason.WAITING_FOR_DEPLOYMENT, Reason.PODS_NOT_READY, Reason.ROLLING_UPDATE}


def events(current: dict, desired: dict) -> list[Event]:
    """Events worth a person's attention, posted when Ready flips or its reason changes (never on
    a no-op reconcile). The normal way to Ready (created, rolled out) is in the status and the
    Deployment's own events; a problem, and the recovery from one, get an Event here."""
    before = get_condition([Condition.model_validate(c) for c in current.get("conditions") or []], T.READY)
    after = next(c for c in desired["conditions"] if c["type"] == T.READY)
    if before is not None and before.status.value == after["status"] and before.reason == after["reason"]:
        return []
    if after["status"] == "True":
        recovered = before is not None and before.reason not in _ON_THE_WAY and before.status.value != "True"
        return [Event("Normal", after["reason"], after["message"])] if recovered else []
    if after["reason"] in _ON_THE_WAY:
        if after["reason"] == Reason.ROLLING_UPDATE and before is not None and before.status.value == "True":
            return [Event("Normal", after["reason"], after["message"])]
        return []
    return [Event("Warning", after["reason"], after["message"])]
