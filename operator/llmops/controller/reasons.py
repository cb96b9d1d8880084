"""Condition types and reasons of the operator, each declared once with a one-line doc."""

from __future__ import annotations

from enum import StrEnum


class ConditionType(StrEnum):
    READY = "Ready"                # the summary: serving as specified
    RECONCILING = "Reconciling"    # kstatus: work is in progress (rollout, pods starting)
    STALLED = "Stalled"            # kstatus: no progress possible without a change
    AVAILABLE = "Available"        # at least one replica answers requests


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
