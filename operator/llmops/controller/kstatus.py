"""The kstatus part of every kind's status, apart from each kind's own fields. Pure: no I/O,
`now` is passed in.

A controller reaches a `Verdict` (ready or not, why, stalled or still working); this module
turns it into the Ready / Reconciling / Stalled conditions that Flux, Argo CD and
`kubectl wait` read, computes the merge patch that takes the live status to the desired one
(nothing when they agree: no idle writes), and decides which Events a person should see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from llmops.api.conditions import get_condition, set_condition
from llmops.api.meta import Condition
from llmops.controller.reasons import ConditionType as T, Reason


@dataclass(frozen=True)
class Verdict:
    ready: bool
    reason: str
    message: str
    stalled: bool = False
    reconciling: bool = False


@dataclass(frozen=True)
class Event:
    type: str  # Normal | Warning
    reason: str
    message: str


def parse_conditions(current: dict) -> list[Condition]:
    return [Condition.model_validate(c) for c in current.get("conditions") or []]


def kstatus_conditions(conds: list[Condition], v: Verdict, generation: int, now: datetime) -> list[Condition]:
    """Ready, Reconciling and Stalled from the verdict; other conditions are kept as they are."""
    conds = set_condition(conds, T.READY, v.ready, v.reason, v.message, generation, now)
    conds = set_condition(conds, T.RECONCILING, v.reconciling, v.reason if v.reconciling else Reason.RECONCILED,
                          v.message if v.reconciling else "", generation, now)
    return set_condition(conds, T.STALLED, v.stalled, v.reason if v.stalled else Reason.NOT_STALLED,
                         v.message if v.stalled else "", generation, now)


def wire_conditions(conds: list[Condition]) -> list[dict]:
    return [c.model_dump(by_alias=True, exclude_none=True, mode="json") for c in conds]


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


def changed_fields(current: dict, desired: dict, owned: tuple[str, ...]) -> dict:
    """The merge patch to send: our fields that differ, and null for ours that must go. Fields
    outside `owned` are never touched (another step of the same controller may own them)."""
    patch = _merge_patch(current, desired)
    patch.update({k: None for k in owned if k in current and k not in desired})
    return patch


def ready_events(current: dict, desired: dict, on_the_way: frozenset[str] = frozenset(),
                 announce: frozenset[str] = frozenset()) -> list[Event]:
    """Events worth a person's attention, decided when Ready flips or its reason changes (never
    on a no-op reconcile). A problem is a Warning; the recovery from one is Normal; the normal
    way to Ready (reasons in `on_the_way`) is in the status only, except the reasons in
    `announce`, told when they interrupt a Ready object (e.g. a rolling update)."""
    before = get_condition(parse_conditions(current), T.READY)
    after = next(c for c in desired["conditions"] if c["type"] == T.READY)
    if before is not None and before.status.value == after["status"] and before.reason == after["reason"]:
        return []
    if after["status"] == "True":
        recovered = before is not None and before.reason not in on_the_way and before.status.value != "True"
        return [Event("Normal", after["reason"], after["message"])] if recovered else []
    if after["reason"] in on_the_way:
        if after["reason"] in announce and before is not None and before.status.value == "True":
            return [Event("Normal", after["reason"], after["message"])]
        return []
    return [Event("Warning", after["reason"], after["message"])]
