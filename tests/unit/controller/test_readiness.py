from llmops.controller.readiness import Observed, evaluate
from llmops.controller.reasons import Reason


def dep(replicas=2, ready=2, updated=2, total=2, gen=1, observed=1):
    return {"metadata": {"generation": gen}, "spec": {"replicas": replicas},
            "status": {"observedGeneration": observed, "readyReplicas": ready, "updatedReplicas": updated,
                       "replicas": total}}


def pod(name, *, ready=True, scheduled=None, waiting=None):
    conds = [{"type": "Ready", "status": "True" if ready else "False"}]
    if scheduled:
        conds.append({"type": "PodScheduled", "status": "False", "reason": "Unschedulable", "message": scheduled})
    cs = [{"name": "engine", "state": {"waiting": {"reason": waiting, "message": "back-off 5m"}}}] if waiting else []
    return {"metadata": {"name": name}, "status": {"conditions": conds, "containerStatuses": cs}}


def obs(**kw):
    base = dict(generation=1, desired_replicas=2, deployment=dep())
    base.update(kw)
    return Observed(**base)


def test_all_ready():
    v = evaluate(obs(pods=[pod("a"), pod("b")]))
    assert v.ready and v.reason == Reason.READY and not v.stalled and not v.reconciling


def test_checks_run_in_order_first_failure_wins():
    v = evaluate(obs(spec_error="bad", missing_refs=["x"], deployment=None))
    assert v.reason == Reason.INVALID_SPEC and v.stalled
    v = evaluate(obs(missing_refs=["fallbackTo: LLMDeployment 'x' not found"], deployment=None))
    assert v.reason == Reason.REFERENCE_NOT_FOUND and "fallbackTo" in v.message


def test_unschedulable_names_the_scheduler_message():
    msg = "0/2 nodes are available: 2 Insufficient nvidia.com/gpu."
    v = evaluate(obs(deployment=dep(ready=0), pods=[pod("a", ready=False, scheduled=msg)]))
    assert not v.ready and v.reason == Reason.UNSCHEDULABLE and "Insufficient nvidia.com/gpu" in v.message
    assert v.stalled


def test_crash_loop_names_container_and_pod():
    v = evaluate(obs(deployment=dep(ready=1), pods=[pod("a"), pod("b", ready=False, waiting="CrashLoopBackOff")]))
    assert v.reason == Reason.CRASH_LOOP and "engine" in v.message and "b" in v.message


def test_rolling_update_is_reconciling():
    v = evaluate(obs(deployment=dep(gen=2, observed=1)))
    assert v.reason == Reason.ROLLING_UPDATE and v.reconciling and not v.ready
    v = evaluate(obs(deployment=dep(updated=1, total=3)))
    assert v.reason == Reason.ROLLING_UPDATE and "1 of 2" in v.message
    v = evaluate(obs(deployment=dep(updated=2, total=3)))
    assert v.reason == Reason.ROLLING_UPDATE and "old replica" in v.message


def test_not_enough_ready_replicas():
    v = evaluate(obs(deployment=dep(ready=1), pods=[pod("a"), pod("b", ready=False)]))
    assert v.reason == Reason.PODS_NOT_READY and "1 of 2" in v.message and "b" in v.message


def test_waiting_for_deployment_and_scaled_to_zero():
    assert evaluate(obs(deployment=None)).reason == Reason.WAITING_FOR_DEPLOYMENT
    v = evaluate(obs(desired_replicas=0, deployment=dep(replicas=0, ready=0, updated=0, total=0)))
    assert v.ready and v.reason == Reason.SCALED_TO_ZERO


def test_conflicts_are_stalled():
    v = evaluate(obs(conflicts=["Service 'x' exists and is not owned by this LLMDeployment"]))
    assert v.reason == Reason.CHILD_CONFLICT and v.stalled and "never overwrites" in v.message
