"""Condition types and reasons of the operator, each declared once with a one-line doc."""

from __future__ import annotations

from enum import StrEnum

from llmops.api.conditions import ConditionType  # the one declaration of the condition types

__all__ = ["ConditionType", "Reason"]


class Reason(StrEnum):
    READY = "Ready"                            # every replica is updated and ready
    SCALED_TO_ZERO = "ScaledToZero"            # replicas is 0: nothing to serve, nothing wrong
    RECONCILED = "Reconciled"                  # nothing left to do (Reconciling=False)
    NOT_STALLED = "NotStalled"                 # progress is possible (Stalled=False)
    INVALID_SPEC = "InvalidSpec"               # the spec cannot be rendered into children
    REFERENCE_NOT_FOUND = "ReferenceNotFound"  # a referenced object does not exist
    CHILD_CONFLICT = "ChildConflict"           # an object with a child's name exists and is not ours
    APPLY_FAILED = "ApplyFailed"               # the API server refused a child; retried with backoff
    WAITING_FOR_DEPLOYMENT = "WaitingForDeployment"  # the Deployment has not been observed yet
    ROLLING_UPDATE = "RollingUpdate"           # new pods are replacing old ones
    PROGRESS_DEADLINE = "ProgressDeadlineExceeded"  # the rollout made no progress within its deadline
    UNSCHEDULABLE = "Unschedulable"            # the scheduler cannot place a pod (e.g. not enough GPUs)
    CRASH_LOOP = "CrashLoopBackOff"            # a container keeps exiting
    IMAGE_PULL = "ImagePullFailed"             # an image cannot be pulled
    CONTAINER_CONFIG = "ContainerConfigError"  # e.g. a Secret the pod needs is missing
    PODS_NOT_READY = "PodsNotReady"            # pods exist but fewer are ready than wanted
    MINIMUM_REPLICAS = "MinimumReplicasAvailable"      # Available=True
    NO_REPLICAS = "NoReplicasAvailable"        # Available=False
    DRIFT_CORRECTED = "DriftCorrected"         # Event: a child changed by someone else was restored
    # GuardrailPolicy
    ATTACHED = "Attached"                      # valid; enforced by the gateways of the objects it selects
    SELECTS_NOTHING = "SelectsNothing"         # valid, but no LLMDeployment or RoutingPolicy carries its labels
    INVALID_PATTERN = "InvalidPattern"         # a rule the gateway would refuse (e.g. a regex that does not compile)
    # LLMDeployment / RoutingPolicy: GuardrailsCurrent
    POLICIES_CURRENT = "PoliciesCurrent"       # every selecting policy's latest generation is enforced
    POLICY_INVALID = "PolicyInvalid"           # a selecting policy's latest edit is invalid; its last valid rules stay
    POLICY_PENDING = "PolicyPending"           # a selecting policy has not been validated yet
    # RoutingPolicy
    REFS_RESOLVED = "ResolvedRefs"             # every target exists (ResolvedRefs=True)
    TARGET_NOT_FOUND = "TargetNotFound"        # a target names no LLMDeployment of the namespace
    INVALID_TARGET = "InvalidTarget"           # a target is not an LLMDeployment (e.g. it names a RoutingPolicy)
    NO_TARGET_AVAILABLE = "NoTargetAvailable"  # no target is Available: the configured weights stay, fallback handles failures
    # LLMDeployment: BudgetExceeded and budget Events
    WITHIN_BUDGET = "WithinBudget"             # BudgetExceeded=False: spend is below budget.limit in this window
    LIMIT_REACHED = "LimitReached"             # BudgetExceeded=True: spend reached budget.limit; the action applies
    BUDGET_WARNING = "BudgetWarning"           # Event: spend reached budget.warnAtPercent of the limit
    BUDGET_EXCEEDED = "BudgetExceeded"         # Event: spend reached the limit
    BUDGET_RESET = "BudgetWindowStarted"       # Event: a new window began after an exceeded one
    # LLMDeployment / RoutingPolicy with API keys: AuthKeysValid (from the gateways' metrics)
    KEY_SET_LOADED = "KeySetLoaded"            # every reporting gateway loaded the keys Secret's current content
    KEY_SET_INVALID = "KeySetInvalid"          # some gateways refused the Secret as malformed; the others and the last good sets serve
    KEY_SET_UNAVAILABLE = "KeySetUnavailable"  # no reporting gateway has a good key set: every request gets 503 (Ready=False)
    AWAITING_KEY_REPORTS = "AwaitingGatewayReports"  # AuthKeysValid=Unknown: no gateway has reported on its key set yet
