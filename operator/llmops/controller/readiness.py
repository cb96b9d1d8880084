"""Why is an LLMDeployment (not) Ready? An ordered chain of pure checks over what was observed;
the first that fails gives the reason and message (the cert-manager way)."""

from __future__ import annotations

from dataclasses import dataclass, field

from llmops.controller.kstatus import Verdict
from llmops.controller.reasons import Reason

__all__ = ["CHECKS", "Observed", "Verdict", "evaluate"]

# Container waiting reasons that need a person, mapped to our reason.
_STUCK_WAITING = {
    "CrashLoopBackOff": Reason.CRASH_LOOP,
    "ImagePullBackOff": Reason.IMAGE_PULL,
    "ErrImagePull": Reason.IMAGE_PULL,
    "InvalidImageName": Reason.IMAGE_PULL,
    "CreateContainerConfigError": Reason.CONTAINER_CONFIG,
    "CreateContainerError": Reason.CONTAINER_CONFIG,
}


@dataclass
class Observed:
    """Everything the checks look at, gathered by the reconcile before it calls them."""

    generation: int
    desired_replicas: int
    spec_error: str | None = None
    missing_refs: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    apply_error: str | None = None
    deployment: dict | None = None
    pods: list[dict] = field(default_factory=list)


def _spec(o: Observed) -> Verdict | None:
    if o.spec_error:
        return Verdict(False, Reason.INVALID_SPEC, o.spec_error, stalled=True)
    return None


def _refs(o: Observed) -> Verdict | None:
    if o.missing_refs:
        return Verdict(False, Reason.REFERENCE_NOT_FOUND, "; ".join(o.missing_refs), stalled=True)
    return None


def _conflicts(o: Observed) -> Verdict | None:
    if o.conflicts:
        return Verdict(False, Reason.CHILD_CONFLICT,
                       "; ".join(o.conflicts) + ". Rename or delete it; the operator never overwrites objects "
                       "it does not own.", stalled=True)
    return None


def _applied(o: Observed) -> Verdict | None:
    if o.apply_error:
        return Verdict(False, Reason.APPLY_FAILED, o.apply_error, reconciling=True)
    return None


def _deployment_seen(o: Observed) -> Verdict | None:
    if o.deployment is None:
        return Verdict(False, Reason.WAITING_FOR_DEPLOYMENT, "Waiting for the Deployment to be created",
                       reconciling=True)
    return None


def _live(pods: list[dict]) -> list[dict]:
    """Pods that count: a terminating pod's state says nothing about the current spec."""
    return [p for p in pods if not p["metadata"].get("deletionTimestamp")]


def _pods_schedulable(o: Observed) -> Verdict | None:
    for pod in _live(o.pods):
        for c in (pod.get("status") or {}).get("conditions") or []:
            if c.get("type") == "PodScheduled" and c.get("status") == "False" and c.get("reason") == "Unschedulable":
                return Verdict(False, Reason.UNSCHEDULABLE,
                               f"Pod {pod['metadata']['name']} cannot be scheduled: {c.get('message', '').strip()}",
                               stalled=True)
    return None


def _containers_healthy(o: Observed) -> Verdict | None:
    for pod in _live(o.pods):
        st = pod.get("status") or {}
        for cs in (st.get("initContainerStatuses") or []) + (st.get("containerStatuses") or []):
            waiting = (cs.get("state") or {}).get("waiting") or {}
            reason = _STUCK_WAITING.get(waiting.get("reason", ""))
            if reason:
                msg = waiting.get("message") or waiting["reason"]
                return Verdict(False, reason, f"Container {cs['name']} of pod {pod['metadata']['name']}: {msg}",
                               stalled=True)
    return None


def _rolled_out(o: Observed) -> Verdict | None:
    d = o.deployment
    st = d.get("status") or {}
    want = d["spec"].get("replicas", o.desired_replicas)
    if st.get("observedGeneration", 0) < d["metadata"].get("generation", 0):
        return Verdict(False, Reason.ROLLING_UPDATE, "The Deployment controller has not seen the latest spec yet",
                       reconciling=True)
    for c in st.get("conditions") or []:
        if c.get("type") == "Progressing" and c.get("status") == "False" and c.get("reason") == "ProgressDeadlineExceeded":
            return Verdict(False, Reason.PROGRESS_DEADLINE, c.get("message") or "The rollout made no progress in time",
                           stalled=True)
    updated, total = st.get("updatedReplicas", 0), st.get("replicas", 0)
    if updated < want:
        return Verdict(False, Reason.ROLLING_UPDATE, f"{updated} of {want} replicas updated", reconciling=True)
    if total > updated:
        return Verdict(False, Reason.ROLLING_UPDATE, f"{total - updated} old replica(s) pending termination",
                       reconciling=True)
    return None


def _replicas_ready(o: Observed) -> Verdict | None:
    d = o.deployment
    want = d["spec"].get("replicas", o.desired_replicas)
    ready = (d.get("status") or {}).get("readyReplicas", 0)
    if ready < want:
        not_ready = [p["metadata"]["name"] for p in _live(o.pods) if not _pod_ready(p)]
        detail = f" (not ready: {', '.join(sorted(not_ready)[:3])})" if not_ready else ""
        return Verdict(False, Reason.PODS_NOT_READY, f"{ready} of {want} replicas ready{detail}", reconciling=True)
    return None


def _pod_ready(pod: dict) -> bool:
    return any(c.get("type") == "Ready" and c.get("status") == "True"
               for c in (pod.get("status") or {}).get("conditions") or [])


CHECKS = (_spec, _refs, _conflicts, _applied, _deployment_seen, _pods_schedulable, _containers_healthy,
          _rolled_out, _replicas_ready)


def evaluate(o: Observed) -> Verdict:
    for check in CHECKS:
        verdict = check(o)
        if verdict is not None:
            return verdict
    want = o.deployment["spec"].get("replicas", o.desired_replicas)
    if want == 0:
        return Verdict(True, Reason.SCALED_TO_ZERO, "Scaled to zero replicas")
    return Verdict(True, Reason.READY, f"{want} of {want} replicas ready and up to date")
