"""Setting conditions the metav1 way: lastTransitionTime moves only when the status flips."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum

from .meta import Condition, ConditionStatus


class ConditionType(StrEnum):
    """The condition types of DESIGN.md §4, declared once."""

    READY = "Ready"  # the summary; what kubectl wait, Flux and Argo CD look at
    RECONCILING = "Reconciling"  # kstatus: True while work is in progress
    STALLED = "Stalled"  # kstatus: True when no progress is possible without a change
    AVAILABLE = "Available"  # LLMDeployment: at least one replica serves requests
    BUDGET_EXCEEDED = "BudgetExceeded"  # LLMDeployment: spend reached budget.limit
    RESOLVED_REFS = "ResolvedRefs"  # RoutingPolicy: every target exists
    GUARDRAILS_CURRENT = "GuardrailsCurrent"  # LLMDeployment/RoutingPolicy: every selecting policy's latest generation is enforced
    AUTH_KEYS_VALID = "AuthKeysValid"  # LLMDeployment/RoutingPolicy with API keys: the gateways accepted the keys Secret


def _status_of(value: ConditionStatus | str | bool) -> ConditionStatus:
    if isinstance(value, bool):
        return ConditionStatus.TRUE if value else ConditionStatus.FALSE
    return ConditionStatus(value)


def _second_precision_utc(now: datetime) -> datetime:
    # metav1.Time serialises to whole seconds; keep the same so a re-read compares equal.
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).replace(microsecond=0)


def get_condition(conditions: Sequence[Condition] | None, type: str) -> Condition | None:
    """The condition of this type, or None."""
    return next((c for c in conditions or () if c.type == type), None)


def is_condition_true(conditions: Sequence[Condition] | None, type: str) -> bool:
    """Whether the condition of this type exists and is True."""
    condition = get_condition(conditions, type)
    return condition is not None and condition.status == ConditionStatus.TRUE


def set_condition(
    conditions: Sequence[Condition] | None,
    type: str,
    status: ConditionStatus | str | bool,
    reason: str,
    message: str,
    observed_generation: int | None,
    now: datetime,
) -> list[Condition]:
    """A new list with the condition set; the input is not modified.

    An existing condition keeps its place and, when its status does not change, its
    lastTransitionTime, so that a reconcile that changes nothing produces an equal list.
    """
    new_status = _status_of(status)
    existing = get_condition(conditions, type)
    transition = (
        existing.last_transition_time
        if existing is not None and existing.status == new_status
        else _second_precision_utc(now)
    )
    updated = Condition(
        type=type,
        status=new_status,
        reason=reason,
        message=message,
        observed_generation=observed_generation,
        last_transition_time=transition,
    )
    result = [updated if c.type == type else c for c in conditions or ()]
    if existing is None:
        result.append(updated)
    return result


def remove_condition(conditions: Sequence[Condition] | None, type: str) -> list[Condition]:
    """A new list without the condition of this type."""
    return [c for c in conditions or () if c.type != type]
