"""AuthKeysValid: the pure parts (query, parse, condition, Ready, events) and the two reconciles
that write it, over a fake Prometheus answering the batched report query. Against a real
Prometheus and the real control plane: tests/integration/test_auth_condition.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fake_kube import World
from test_reconcile_policies import NS, llmd, make_ready, rp

from llmops.api.conditions import get_condition, set_condition
from llmops.controller import authkeys as ak
from llmops.controller.kstatus import Verdict, wire_conditions
from llmops.controller.promql import PrometheusError

T = datetime(2026, 12, 10, 12, 0, 0, tzinfo=UTC)
FIELD = "spec.gateway.auth.apiKeysSecretRef.name"


def cond(conds):
    return get_condition(conds, "AuthKeysValid")


def test_one_query_counts_reporting_refusing_and_unavailable_gateways_per_object():
    q = ak.report_query()
    assert q.count("count by (namespace, llmops_dev_deployment, llmops_dev_routingpolicy)") == 3
    assert "(llmops_gateway_auth_last_reload_success == 0) and (llmops_gateway_auth_key_set_active == 0)" in q
    answer = [{"metric": {"namespace": "a", "llmops_dev_deployment": "d", "state": "reporting"}, "value": 3.0},
              {"metric": {"namespace": "a", "llmops_dev_deployment": "d", "state": "refused"}, "value": 2.0},
              {"metric": {"namespace": "a", "llmops_dev_deployment": "d", "state": "unavailable"}, "value": 1.0},
              {"metric": {"namespace": "a", "llmops_dev_routingpolicy": "d", "state": "reporting"}, "value": 2.0},
              {"metric": {"namespace": "a", "state": "reporting"}, "value": 9.0},  # a pod of neither: ignored
              {"metric": {"namespace": "a", "llmops_dev_deployment": "x", "state": "bogus"}, "value": 1.0}]
    assert ak.parse(answer) == {("a", "LLMDeployment", "d"): ak.Report(3, 2, 1),
                                ("a", "RoutingPolicy", "d"): ak.Report(2, 0, 0)}


def test_the_condition_from_each_kind_of_report():
    ok = cond(ak.condition([], "keys", FIELD, ak.Report(2), 3, T))
    assert (ok.status.value, ok.reason, ok.observed_generation) == ("True", "KeySetLoaded", 3)
    assert 'Secret "keys"' in ok.message and FIELD in ok.message

    bad = cond(ak.condition([], "keys", FIELD, ak.Report(3, 2, 1), 3, T))
    assert (bad.status.value, bad.reason) == ("False", "KeySetInvalid")
    assert 'Secret "keys"' in bad.message and FIELD in bad.message and "2 of 3 gateways" in bad.message
    assert "1 keep their last good set" in bad.message and "1 never had one" in bad.message

    none = cond(ak.condition([], "keys", FIELD, ak.Report(2, 2, 2), 3, T))
    assert (none.status.value, none.reason) == ("False", "KeySetUnavailable")
    assert "503 auth_unavailable" in none.message and FIELD in none.message


def test_no_data_never_flips_it_and_a_first_look_without_data_says_unknown():
    bad = ak.condition([], "keys", FIELD, ak.Report(1, 1, 0), 1, T)
    later = T + timedelta(minutes=5)
    assert ak.condition(bad, "keys", FIELD, None, 2, later) == bad              # Prometheus unreachable
    assert ak.condition(bad, "keys", FIELD, ak.Report(), 2, later) == bad       # no gateway reports
    assert ak.condition([], "keys", FIELD, None, 1, T) == []                    # nothing known yet
    unknown = cond(ak.condition([], "keys", FIELD, ak.Report(), 1, T))
    assert (unknown.status.value, unknown.reason) == ("Unknown", "AwaitingGatewayReports")
    assert ak.condition(bad, None, FIELD, ak.Report(1), 1, T) == []             # auth None: it goes


def test_last_transition_moves_only_on_a_flip():
    bad = ak.condition([], "keys", FIELD, ak.Report(3, 1, 0), 1, T)
    worse = ak.condition(bad, "keys", FIELD, ak.Report(3, 2, 0), 1, T + timedelta(minutes=1))
    assert cond(worse).last_transition_time == cond(bad).last_transition_time and "2 of 3" in cond(worse).message
    fixed = ak.condition(worse, "keys", FIELD, ak.Report(3), 1, T + timedelta(minutes=2))
    assert cond(fixed).last_transition_time == T + timedelta(minutes=2)


@pytest.mark.parametrize("report, ready", [(ak.Report(2, 2, 2), False), (ak.Report(2, 2, 1), True),
                                           (ak.Report(2, 1, 0), True), (ak.Report(2), True)])
def test_ready_turns_false_only_when_no_gateway_has_a_good_set(report, ready):
    conds = ak.condition([], "keys", FIELD, report, 1, T)
    v = ak.verdict(conds, Verdict(True, "Ready", "2 of 2 replicas ready"))
    assert v.ready is ready
    if not ready:
        assert v.stalled and v.reason == "KeySetUnavailable" and FIELD in v.message
    earlier = Verdict(False, "InvalidSpec", "x", stalled=True)
    assert ak.verdict(conds, earlier) is earlier  # an earlier failure of the chain stays the reason


def test_merge_keeps_the_conditions_place():
    base = set_condition(None, "Ready", True, "Ready", "", 1, T)
    base = set_condition(base, "AuthKeysValid", True, "KeySetLoaded", "", 1, T)
    base = set_condition(base, "BudgetExceeded", False, "WithinBudget", "", 1, T)
    observed = ak.condition(base, "keys", FIELD, ak.Report(1, 1, 0), 1, T)
    assert [c.type for c in ak.merge(base, observed)] == ["Ready", "AuthKeysValid", "BudgetExceeded"]
    assert cond(ak.merge(base, observed)).reason == "KeySetInvalid"
    assert [c.type for c in ak.merge(base, [])] == ["Ready", "BudgetExceeded"]
    assert [c.type for c in ak.merge(base[:1], observed)] == ["Ready", "AuthKeysValid"]


def test_one_warning_when_it_turns_bad_and_a_normal_when_it_recovers():
    def st(report, prev=()):
        return {"conditions": wire_conditions(ak.condition(list(prev), "keys", FIELD, report, 1, T))}
    good, bad = st(ak.Report(1)), st(ak.Report(1, 1, 0))
    assert [(e.type, e.reason) for e in ak.events(good, bad)] == [("Warning", "KeySetInvalid")]
    assert [(e.type, e.reason) for e in ak.events({}, bad)] == [("Warning", "KeySetInvalid")]
    assert ak.events(bad, bad) == []
    worse = {"conditions": wire_conditions(ak.condition(ak.condition([], "keys", FIELD, ak.Report(1, 1, 0), 1, T),
                                                        "keys", FIELD, ak.Report(1, 1, 1), 1, T))}
    assert ak.events(bad, worse) == []  # still False: told once
    assert [(e.type, e.reason) for e in ak.events(bad, good)] == [("Normal", "KeySetLoaded")]
    assert ak.events({}, good) == []


# -- the reconciles -------------------------------------------------------------------------


class Prom:
    """Answers the report query with per-object counts set by the test; `down` refuses."""

    def __init__(self):
        self.reports: dict[tuple[str, str], tuple[int, int, int]] = {}
        self.queries, self.down = [], False

    def instant(self, query, at):
        self.queries.append((query, at))
        if self.down:
            raise PrometheusError("Prometheus at http://x could not be queried: refused")
        out = []
        for (label, name), counts in self.reports.items():
            for state, n in zip(("reporting", "refused", "unavailable"), counts):
                if n:
                    out.append({"metric": {"namespace": NS, label: name, "state": state}, "value": float(n)})
        return out


def world(prom):
    w = World()
    reports = ak.AuthReports(prom, interval=30)
    w.controllers["LLMDeployment"].auth = reports
    w.controllers["RoutingPolicy"].auth = reports
    return w


AUTH = {"gateway": {"auth": {"mode": "APIKeys", "apiKeysSecretRef": {"name": "support-keys"}}}}


def events(w):
    return [c[1] for c in w.kube.calls if c[0] == "EVENT"]


def test_llmdeployment_condition_ready_event_and_one_query_per_poll_for_every_object():
    prom = Prom()
    w = world(prom)
    c = w.controllers["LLMDeployment"]
    for name in ("d", "e"):
        w.put(llmd(name, **AUTH))
        c.reconcile(NS, name, now=T)
        w.sync_children()
        make_ready(w, name)
    w.put(llmd("plain"))
    prom.reports = {("llmops_dev_deployment", "d"): (2, 0, 0), ("llmops_dev_deployment", "e"): (1, 0, 0)}
    at = T + timedelta(seconds=30)
    for name in ("d", "e", "plain"):
        out = c.reconcile(NS, name, now=at + timedelta(seconds=1))
        w.sync_children()
        assert (out.requeue_after is not None) is (name != "plain")  # polled again only with auth
    assert len(prom.queries) == 2  # one at T, one at T+30 s for both deployments
    assert w.condition("LLMDeployment", NS, "d", "AuthKeysValid")["reason"] == "KeySetLoaded"
    assert w.condition("LLMDeployment", NS, "plain", "AuthKeysValid") is None

    prom.reports[("llmops_dev_deployment", "d")] = (2, 1, 0)  # one gateway refused a new version
    c.reconcile(NS, "d", now=at + timedelta(seconds=31))
    w.sync_children()
    got = w.condition("LLMDeployment", NS, "d", "AuthKeysValid")
    assert got["status"] == "False" and got["reason"] == "KeySetInvalid" and "support-keys" in got["message"]
    assert w.condition("LLMDeployment", NS, "d", "Ready")["status"] == "True"  # the last good set serves
    assert events(w).count("KeySetInvalid") == 1

    prom.down = True  # no data: nothing flips, nothing written
    writes = len(w.kube.writes())
    out = c.reconcile(NS, "d", now=at + timedelta(seconds=61))
    assert not out.status_patched and len(w.kube.writes()) == writes

    prom.down = False
    prom.reports[("llmops_dev_deployment", "d")] = (2, 2, 2)  # new pods, none with a good set
    c.reconcile(NS, "d", now=at + timedelta(seconds=91))
    w.sync_children()
    ready = w.condition("LLMDeployment", NS, "d", "Ready")
    assert (ready["status"], ready["reason"]) == ("False", "KeySetUnavailable")
    assert w.condition("LLMDeployment", NS, "d", "Stalled")["status"] == "True"
    assert events(w).count("KeySetInvalid") == 1 and events(w).count("KeySetUnavailable") == 1  # once, not twice

    prom.reports[("llmops_dev_deployment", "d")] = (2, 0, 0)
    c.reconcile(NS, "d", now=at + timedelta(seconds=121))
    w.sync_children()
    assert w.condition("LLMDeployment", NS, "d", "AuthKeysValid")["status"] == "True"
    assert w.condition("LLMDeployment", NS, "d", "Ready")["status"] == "True"
    writes = len(w.kube.writes())
    out = c.reconcile(NS, "d", now=at + timedelta(seconds=151))  # the same again: no write
    assert not out.status_patched and len(w.kube.writes()) == writes


def test_routingpolicy_with_auth_gets_the_condition_on_its_own_status():
    prom = Prom()
    w = world(prom)
    w.put(llmd("t"))
    w.controllers["LLMDeployment"].reconcile(NS, "t", now=T)
    w.sync_children()
    w.put(rp("chat", [{"name": "t", "weight": 100}],
             auth={"mode": "APIKeys", "apiKeysSecretRef": {"name": "chat-keys"}}))
    prom.reports = {("llmops_dev_routingpolicy", "chat"): (2, 1, 0),
                    ("llmops_dev_deployment", "chat"): (1, 0, 0)}  # an LLMDeployment's pods: not the router's
    out = w.controllers["RoutingPolicy"].reconcile(NS, "chat", now=T)
    w.sync_children()
    got = w.condition("RoutingPolicy", NS, "chat", "AuthKeysValid")
    assert got["reason"] == "KeySetInvalid" and "spec.auth.apiKeysSecretRef.name" in got["message"]
    assert 'Secret "chat-keys"' in got["message"] and out.requeue_after is not None
    assert "KeySetInvalid" in events(w)
    assert w.condition("LLMDeployment", NS, "t", "AuthKeysValid") is None  # each writes its own only
