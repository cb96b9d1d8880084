"""The pure release step machine: strategies, steps, pauses, analysis verdicts, annotations,
the one-stable invariant, the queue. Each call starts from the status alone (as a restarted
operator does), so these also show that the state needs nothing but the status."""

from __future__ import annotations

import copy

import pytest
from datetime import UTC, datetime, timedelta

from llmops.controller.analysis import Run, RunVerdict, Why
from llmops.controller.release import ABORT, PROMOTE, Version, decide

T0 = datetime(2026, 12, 1, 10, 0, 0, tzinfo=UTC)


def canary(*steps, analysis=None):
    rel = {"strategy": "Canary", "steps": [dict(weight=w, **({"pause": p} if p else {})) for w, p in steps]}
    if analysis:
        rel["analysis"] = analysis
    return {"release": rel}


class Prompt:
    """The PromptVersions of one prompt as the API server keeps them between reconciles."""

    def __init__(self):
        self.objs: dict[str, dict] = {}
        self.runs: list[tuple[str, str, datetime, datetime]] = []
        self.verdict = lambda c, s, since, now: Run(RunVerdict.PASSED, "AnalysisPassed", "ok", (500, 500))

    def add(self, name, spec=None, created=None, annotations=None):
        self.objs[name] = {"created": created or f"2026-12-01T09:{len(self.objs):02d}:00Z", "spec": spec or {},
                           "status": {}, "annotations": annotations or {}}

    def annotate(self, name, key, value):
        self.objs[name]["annotations"][key] = value

    def reconcile(self, now):
        def analyse(c, s, since, t):
            self.runs.append((c, s, since, t))
            return self.verdict(c, s, since, t)
        vs = [Version(n, o["created"], o["spec"], copy.deepcopy(o["status"]), dict(o["annotations"]))
              for n, o in self.objs.items()]
        d = decide("support", vs, now, analyse)
        self.last = {v.name: v for v in d.versions}
        for v in d.versions:
            self.objs[v.name]["status"] = v.status
        return d

    def phase(self, name):
        return self.objs[name]["status"].get("phase")

    def weights(self):
        return {n: o["status"].get("weight") for n, o in self.objs.items()}

    def events(self, name):
        return [e.reason for e in self.last[name].events]


def test_immediate_promotes_at_once_and_supersedes_the_old_stable():
    p = Prompt()
    p.add("v1")  # no release: Immediate
    p.reconcile(T0)
    assert p.phase("v1") == "Promoted" and p.weights() == {"v1": 100}
    p.add("v2", {"release": {"strategy": "Immediate"}})
    p.reconcile(T0 + timedelta(seconds=5))
    assert (p.phase("v1"), p.phase("v2")) == ("Superseded", "Promoted")
    assert p.weights() == {"v1": 0, "v2": 100}
    assert p.events("v1") == ["Superseded"] and p.last["v1"].verdict.ready


def test_first_canary_is_promoted_at_once_with_an_event():
    p = Prompt()
    p.add("v1", canary((10, "1m")))
    d = p.reconcile(T0)
    assert p.phase("v1") == "Promoted" and p.events("v1") == ["PromotedWithoutCanary"]
    assert "first version" in p.last["v1"].events[0].message and d.requeue_after is None


def test_manual_waits_at_weight_zero_and_the_promote_token_acts_once():
    p = Prompt()
    p.add("v1")
    p.add("v2", {"release": {"strategy": "Manual"}})
    p.reconcile(T0)
    assert (p.phase("v2"), p.weights()["v2"], p.last["v2"].verdict.reason) == ("Pending", 0, "AwaitingPromotion")
    p.annotate("v2", PROMOTE, "tok-1")
    p.reconcile(T0 + timedelta(seconds=1))
    assert (p.phase("v1"), p.phase("v2")) == ("Superseded", "Promoted")
    assert p.objs["v2"]["status"]["actions"] == {"promote": "tok-1"}
    # the same token again (e.g. a resync, an operator restart) does nothing more
    p.annotate("v1", PROMOTE, "old")  # v1 promoted back by hand: a manual rollback
    p.reconcile(T0 + timedelta(seconds=2))
    assert (p.phase("v1"), p.phase("v2")) == ("Promoted", "Superseded")
    p.reconcile(T0 + timedelta(seconds=3))
    assert (p.phase("v1"), p.phase("v2")) == ("Promoted", "Superseded")


def test_canary_walks_its_steps_then_is_promoted_without_analysis():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "30s"), (50, "1m")))
    d = p.reconcile(T0)
    s = p.objs["v2"]["status"]
    assert (s["phase"], s["currentStep"], s["canaryWeight"], s["stepStartedAt"]) == \
        ("Progressing", 0, 10, "2026-12-01T10:00:00Z")
    assert p.weights() == {"v1": 90, "v2": 10} and d.requeue_after == 30
    assert p.events("v2") == ["CanaryStarted"]
    p.reconcile(T0 + timedelta(seconds=29))
    assert p.objs["v2"]["status"]["currentStep"] == 0
    d = p.reconcile(T0 + timedelta(seconds=31))
    assert (p.objs["v2"]["status"]["currentStep"], p.weights()) == (1, {"v1": 50, "v2": 50})
    assert p.objs["v2"]["status"]["stepStartedAt"] == "2026-12-01T10:00:31Z" and d.requeue_after == 60
    assert p.events("v2") == ["StepAdvanced"]
    p.reconcile(T0 + timedelta(seconds=92))
    assert (p.phase("v1"), p.phase("v2"), p.weights()) == ("Superseded", "Promoted", {"v1": 0, "v2": 100})
    assert p.events("v2") == ["Promoted"] and "canaryWeight" not in p.objs["v2"]["status"]


def test_a_restart_mid_step_resumes_the_same_step_and_start_time():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "10m")))
    p.reconcile(T0)
    before = copy.deepcopy(p.objs["v2"]["status"])
    for minutes in (1, 3, 7):  # any number of reconciles from the status alone, as after restarts
        p.reconcile(T0 + timedelta(minutes=minutes))
    assert p.objs["v2"]["status"] == before


def test_a_step_without_pause_waits_paused_for_the_promotion():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((20, None), (60, "1m")))
    p.reconcile(T0)
    assert p.phase("v2") == "Paused" and p.last["v2"].verdict.reason == "AwaitingPromotion"
    p.reconcile(T0 + timedelta(hours=5))
    assert p.phase("v2") == "Paused"
    p.annotate("v2", PROMOTE, "a")
    p.reconcile(T0 + timedelta(hours=5, seconds=1))
    assert (p.phase("v2"), p.objs["v2"]["status"]["currentStep"], p.weights()["v1"]) == ("Progressing", 1, 40)


def test_analysis_must_pass_after_the_pause_to_advance():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "90s"), analysis={"interval": "1m", "minSamples": 10, "failureLimit": 1,
                                              "metrics": [{"name": "ErrorRate", "max": "0.1"}]}))
    p.reconcile(T0)
    assert p.runs == []  # no run at the step's start: nothing to measure yet
    p.verdict = lambda *a: Run(RunVerdict.INCONCLUSIVE, Why.INSUFFICIENT_SAMPLES, "3 requests", (3, 40))
    d = p.reconcile(T0 + timedelta(seconds=60))
    assert len(p.runs) == 1 and p.runs[0][2] == T0 and d.requeue_after == 30  # the pause ends before the next run
    p.reconcile(T0 + timedelta(seconds=90))  # the pause is over: one more run, still inconclusive: hold
    assert len(p.runs) == 2 and p.phase("v2") == "Progressing"
    assert p.objs["v2"]["status"]["analysis"]["samples"] == {"canary": 3, "stable": 40}
    p.verdict = lambda *a: Run(RunVerdict.PASSED, "AnalysisPassed", "ErrorRate 0", (50, 400))
    p.reconcile(T0 + timedelta(seconds=150))
    assert p.phase("v2") == "Promoted"


def test_prometheus_unreachable_holds_with_a_reason_and_never_promotes():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m"), analysis={"interval": "30s", "metrics": [{"name": "ErrorRate", "max": "0.1"}]}))
    p.reconcile(T0)
    p.verdict = lambda *a: Run(RunVerdict.INCONCLUSIVE, Why.UNREACHABLE, "connection refused")
    for s in (30, 60, 90, 600):
        p.reconcile(T0 + timedelta(seconds=s))
        assert p.phase("v2") == "Progressing" and p.weights()["v2"] == 10
    v = p.last["v2"].verdict
    assert (v.ready, v.reason) == (False, "PrometheusUnavailable") and "connection refused" in v.message
    p.verdict = lambda *a: Run(RunVerdict.PASSED, "AnalysisPassed", "ok", (500, 500))
    p.reconcile(T0 + timedelta(seconds=630))
    assert p.phase("v2") == "Promoted"


def test_an_invalid_query_stalls_the_canary_at_its_weight():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m"), analysis={"interval": "30s", "metrics": [
        {"name": "q", "prometheus": {"query": "sum("}, "max": "1"}]}))
    p.reconcile(T0)
    p.verdict = lambda *a: Run(RunVerdict.INCONCLUSIVE, Why.INVALID_QUERY, "q: parse error")
    p.reconcile(T0 + timedelta(seconds=30))
    v = p.last["v2"].verdict
    assert (v.reason, v.stalled, p.weights()["v2"]) == ("InvalidQuery", True, 10)
    assert p.events("v2") == ["InvalidQuery"]
    p.reconcile(T0 + timedelta(seconds=60))
    assert p.events("v2") == []  # said once, not at every run


def test_failures_counted_in_total_roll_back_past_the_failure_limit():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m"), (50, "10m"),
                       analysis={"interval": "30s", "failureLimit": 1, "metrics": [{"name": "ErrorRate", "max": "0.1"}]}))
    p.reconcile(T0)
    fail = lambda *a: Run(RunVerdict.FAILED, "AnalysisFailed", "ErrorRate 0.4 (above max 0.1)", (300, 300))
    ok = lambda *a: Run(RunVerdict.PASSED, "AnalysisPassed", "ok", (300, 300))
    p.verdict = fail
    p.reconcile(T0 + timedelta(seconds=30))  # failure 1: tolerated
    assert p.phase("v2") == "Progressing" and p.objs["v2"]["status"]["analysis"]["failures"] == 1
    p.verdict = ok
    p.reconcile(T0 + timedelta(seconds=60))  # passes after the pause: step 2, failures kept
    assert p.objs["v2"]["status"]["currentStep"] == 1 and p.objs["v2"]["status"]["analysis"]["failures"] == 1
    p.verdict = fail
    p.reconcile(T0 + timedelta(seconds=90))  # failure 2 > failureLimit 1, though not in a row
    s = p.objs["v2"]["status"]
    assert (s["phase"], s["weight"], s["canaryWeight"], p.weights()["v1"]) == ("RolledBack", 0, 0, 100)
    assert s["currentStep"] == 1 and s["analysis"]["failures"] == 2  # kept for the record
    assert "RolledBack" in p.events("v2")
    msg = next(e.message for e in p.last["v2"].events if e.reason == "RolledBack")
    assert "ErrorRate 0.4" in msg and p.phase("v1") == "Promoted"
    p.reconcile(T0 + timedelta(hours=1))
    assert p.phase("v2") == "RolledBack" and p.events("v2") == []


def test_abort_rolls_back_a_canary_and_is_refused_on_the_stable():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m")))
    p.reconcile(T0)
    p.annotate("v1", ABORT, "x")
    p.annotate("v2", ABORT, "y")
    p.reconcile(T0 + timedelta(seconds=1))
    assert (p.phase("v1"), p.phase("v2"), p.weights()) == ("Promoted", "RolledBack", {"v1": 100, "v2": 0})
    assert p.events("v1") == ["AbortRefused"] and p.events("v2") == ["Aborted"]


def test_a_second_canary_queues_behind_the_running_one():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m")))
    p.reconcile(T0)
    p.add("v3", canary((25, "1m")))
    p.reconcile(T0 + timedelta(seconds=10))
    assert (p.phase("v2"), p.phase("v3"), p.last["v3"].verdict.reason) == ("Progressing", "Pending", "Queued")
    assert "v2" in p.last["v3"].verdict.message and p.weights()["v3"] == 0
    # a promote annotation on another version while a canary runs is refused (and acted on once)
    p.annotate("v3", PROMOTE, "t")
    p.reconcile(T0 + timedelta(seconds=20))
    assert p.events("v3") == ["PromoteRefused"] and p.phase("v3") == "Pending"
    p.reconcile(T0 + timedelta(seconds=61))  # v2 is promoted, v3 starts against it in the same pass
    assert (p.phase("v1"), p.phase("v2"), p.phase("v3")) == ("Superseded", "Promoted", "Progressing")
    assert p.weights() == {"v1": 0, "v2": 75, "v3": 25}


def test_all_canaries_rolled_back_keep_the_stable_serving():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m")))
    p.add("v3", canary((10, "1m")))
    p.reconcile(T0)
    for name in ("v2", "v3"):
        p.annotate(name, ABORT, "stop")
        p.reconcile(T0 + timedelta(seconds=5))
    assert (p.phase("v2"), p.phase("v3")) == ("RolledBack", "RolledBack")
    assert p.weights() == {"v1": 100, "v2": 0, "v3": 0}


def test_two_promoted_after_a_crash_between_writes_keeps_the_latest_promotion():
    p = Prompt()
    p.add("v1")
    p.add("v2")
    p.objs["v1"]["status"] = {"phase": "Promoted", "weight": 100, "promotedAt": "2026-12-01T09:00:00Z"}
    p.objs["v2"]["status"] = {"phase": "Promoted", "weight": 100, "promotedAt": "2026-12-01T09:30:00Z"}
    p.reconcile(T0)
    assert (p.phase("v1"), p.phase("v2")) == ("Superseded", "Promoted")


def test_the_stable_deleted_under_a_canary_promotes_it():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m")))
    p.reconcile(T0)
    del p.objs["v1"]
    p.reconcile(T0 + timedelta(seconds=1))
    assert p.phase("v2") == "Promoted" and p.events("v2") == ["PromotedWithoutCanary"]


def test_release_edited_mid_canary_never_crashes_the_machine():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1m"), (20, "1m"), (30, "1m")))
    p.reconcile(T0)
    p.reconcile(T0 + timedelta(seconds=61))
    p.reconcile(T0 + timedelta(seconds=122))
    assert p.objs["v2"]["status"]["currentStep"] == 2
    p.objs["v2"]["spec"] = canary((40, "1m"))  # fewer steps than the one it is at: the last one
    p.reconcile(T0 + timedelta(seconds=150))
    assert (p.phase("v2"), p.weights()["v2"]) == ("Progressing", 30)
    p.objs["v2"]["spec"] = {"release": {"strategy": "Manual"}}  # a person takes over: the weight holds
    p.reconcile(T0 + timedelta(seconds=151))
    assert (p.phase("v2"), p.weights()["v2"], p.last["v2"].verdict.reason) == ("Paused", 30, "AwaitingPromotion")
    p.annotate("v2", PROMOTE, "go")
    p.reconcile(T0 + timedelta(seconds=152))
    assert p.phase("v2") == "Promoted"
    p.add("v3", canary((10, "1m")))
    p.reconcile(T0 + timedelta(seconds=153))
    p.objs["v3"]["spec"] = {"release": {"strategy": "Immediate"}}
    p.reconcile(T0 + timedelta(seconds=154))
    assert (p.phase("v2"), p.phase("v3")) == ("Superseded", "Promoted")


def test_runs_fall_on_a_clock_grid_of_the_interval_so_canaries_share_queries():
    p = Prompt()
    p.add("v1")
    p.add("v2", canary((10, "1h"), analysis={"interval": "30s", "metrics": [{"name": "ErrorRate", "max": "0.1"}]}))
    d = p.reconcile(T0 + timedelta(seconds=7))       # started off the grid
    assert d.requeue_after == 23                      # the next tick, T0+30, not T0+37
    p.reconcile(T0 + timedelta(seconds=29))
    assert p.runs == []
    d = p.reconcile(T0 + timedelta(seconds=30, milliseconds=400))  # a worker a little late
    assert [r[3] for r in p.runs] == [T0 + timedelta(seconds=30, milliseconds=400)]
    assert d.requeue_after == pytest.approx(29.6)     # no drift: back on the grid
