from datetime import UTC, datetime, timedelta

from llmops.controller import status as st
from llmops.controller.readiness import Observed, Verdict
from llmops.controller.reasons import Reason

T0 = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def _obs(ready=2):
    return Observed(generation=3, desired_replicas=2,
                    deployment={"metadata": {}, "spec": {"replicas": 2}, "status": {"readyReplicas": ready, "replicas": 2}})


def _desired(current, verdict, ready=2, now=T0):
    return st.desired_status(current, verdict, _obs(ready), endpoint="http://x.ns.svc.cluster.local:8080/v1",
                             config_hash="abc", prompt=None, now=now)


READY = Verdict(True, Reason.READY, "2 of 2 replicas ready and up to date")
NOT_READY = Verdict(False, Reason.PODS_NOT_READY, "1 of 2 replicas ready", reconciling=True)


def test_ready_status_fields():
    s = _desired({}, READY)
    assert s["phase"] == "Ready" and s["readyText"] == "2/2" and s["observedGeneration"] == 3
    conds = {c["type"]: c for c in s["conditions"]}
    assert conds["Ready"]["status"] == "True" and conds["Reconciling"]["status"] == "False"
    assert conds["Stalled"]["status"] == "False" and conds["Available"]["status"] == "True"
    assert all(c["observedGeneration"] == 3 for c in s["conditions"])


def test_no_change_means_no_patch_and_no_event():
    first = _desired({}, READY)
    again = _desired(first, READY, now=T0 + timedelta(minutes=5))
    assert st.changed_fields(first, again) == {}
    assert st.events(first, again) == []


def test_transition_time_moves_only_on_flip():
    first = _desired({}, READY)
    later = _desired(first, NOT_READY, ready=1, now=T0 + timedelta(minutes=5))
    ready = lambda s: next(c for c in s["conditions"] if c["type"] == "Ready")  # noqa: E731
    assert ready(later)["lastTransitionTime"] != ready(first)["lastTransitionTime"]
    assert later["phase"] == "Degraded"
    assert set(st.changed_fields(first, later)) >= {"conditions", "phase", "readyReplicas", "readyText"}


def test_conditions_of_others_are_kept():
    current = {"conditions": [{"type": "BudgetExceeded", "status": "False", "reason": "WithinBudget",
                               "message": "", "lastTransitionTime": "2026-11-01T00:00:00Z"}]}
    s = _desired(current, READY)
    assert [c["type"] for c in s["conditions"]][0] == "BudgetExceeded"


def test_events_on_problems_and_recovery_but_not_on_the_normal_way_to_ready():
    starting = _desired({}, NOT_READY, ready=1)
    assert st.events({}, starting) == []
    ready = _desired(starting, READY)
    assert st.events(starting, ready) == []          # creation: the status says it, no event
    unsched = _desired(ready, Verdict(False, Reason.UNSCHEDULABLE, "no GPUs", stalled=True), ready=0)
    ev = st.events(ready, unsched)
    assert ev and ev[0].type == "Warning" and ev[0].reason == "Unschedulable"
    assert unsched["phase"] == "Pending"
    back = _desired(unsched, READY)
    assert [(e.type, e.reason) for e in st.events(unsched, back)] == [("Normal", "Ready")]
    rolling = _desired(ready, Verdict(False, Reason.ROLLING_UPDATE, "1 of 2 updated", reconciling=True))
    assert [(e.type, e.reason) for e in st.events(ready, rolling)] == [("Normal", "RollingUpdate")]


def test_the_pod_selector_is_on_the_status_for_the_scale_subresource():
    s = st.desired_status({}, READY, _obs(), endpoint="e", config_hash=None, prompt=None, now=T0,
                          selector="llmops.dev/deployment=x")
    assert s["selector"] == "llmops.dev/deployment=x"
