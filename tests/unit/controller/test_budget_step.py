"""The budget step of the reconcile, over a fake Prometheus answering with chosen increases
(the real one is in tests/integration/test_spend_prometheus.py)."""

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.controller import budget as b
from llmops.controller.metered import MeteredSpend, increase_query, parse
from llmops.controller.promql import PrometheusError

T = datetime(2026, 12, 10, 12, 0, 0, tzinfo=UTC)


class FakeProm:
    """Answers every increase query with the same per-interval cost for deployment ns/d."""

    def __init__(self, cost=0.5):
        self.cost, self.queries, self.down = cost, [], False
        self.report_queries = []  # the gateway processes' reports (controller/processes.py)
        self.order = []
        self.lock = threading.Lock()

    def instant(self, query, at):
        with self.lock:
            (self.report_queries if "llmops_gateway_process_info" in query else self.queries).append((query, at))
            self.order.append("reports" if "llmops_gateway_process_info" in query else "spend")
        if self.down:
            raise PrometheusError("Prometheus at http://x could not be queried: refused")
        if "llmops_gateway_process_info" in query:
            return []
        return [{"metric": {"namespace": "ns", "deployment": "d", "currency": "USD", "type": "cost"}, "value": self.cost},
                {"metric": {"namespace": "ns", "deployment": "d", "type": "input"}, "value": 100.0},
                {"metric": {"namespace": "ns", "deployment": "d", "type": "output"}, "value": 10.0},
                {"metric": {"namespace": "ns", "deployment": "other", "currency": "USD", "type": "cost"}, "value": 9.0}]


def body(budget=None, status=None, per_hour="0", name="d"):
    spec = {"model": {"uri": "hf://o/m"}, "engine": {"type": "vLLM"},
            "pricing": {"currency": "USD", "replicaPerHour": per_hour},
            "budget": {"limit": "10", "warnAtPercent": 80, "action": "Throttle", **(budget or {})}}
    return {"metadata": {"name": name, "namespace": "ns", "uid": f"u-{name}", "creationTimestamp": "2026-11-01T00:00:00Z"},
            "spec": spec, "status": status or {}}


def step(prom=None, interval=30, settle=0):
    return b.BudgetStep(MeteredSpend(prom or FakeProm(), interval=interval, settle=settle))


def observe(s, obj, now, ready=0):
    return s.observe(obj, LLMDeploymentSpec.model_validate(obj["spec"]), ready, now)


def test_query_is_one_batched_exact_increase():
    q = increase_query(T - timedelta(seconds=30), T)
    assert "increase(llmops_gateway_cost_total[30000ms] anchored)" in q and "llmops_gateway_tokens_total" in q
    inc = parse(FakeProm().instant(q, T))
    assert inc.of("ns", "d", "USD").cost == D("0.5") and inc.of("ns", "d", "EUR").cost == 0
    assert inc.of("ns", "d", "USD").input_tokens == 100 and inc.of("ns", "missing", "USD").cost == 0


def test_first_observation_counts_from_the_window_start_then_polls_on_the_grid():
    prom = FakeProm()
    s = step(prom)
    v = observe(s, body(), T)
    assert v.spend["window"] == "2026-12" and v.spend["amount"] == "0.5" and v.spend["countedUntil"] == "2026-12-10T12:00:00Z"
    assert prom.queries[0][0].count("[820800000ms]") == 2  # Dec 1 00:00 to Dec 10 12:00, once
    obj = body(status={"spend": v.spend})
    v2 = observe(s, obj, T + timedelta(seconds=10))  # same grid point: no query, nothing added
    assert len(prom.queries) == 1 and v2.spend == v.spend
    v3 = observe(s, obj, T + timedelta(seconds=31))
    assert "[30000ms]" in prom.queries[1][0] and v3.spend["amount"] == "1"


def test_many_deployments_on_the_grid_share_one_query():
    prom = FakeProm()
    s = step(prom)
    objs = [body(name=f"d{i}") for i in range(20)]
    for o in objs:
        observe(s, o, T)
    # from the window start (9.5 days): one query per deployment, selecting its own series
    assert len(prom.queries) == 20 and all('deployment="d' in q for q, _ in prom.queries)
    threads = [threading.Thread(target=observe, args=(s, o, T + timedelta(seconds=31))) for o in objs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(prom.queries) == 21  # then one for the next interval, for all 20
    assert len(prom.report_queries) == 2  # and one of the processes' reports per grid point, for all
    assert prom.report_queries[-1][1] == prom.queries[-1][1]  # at the same instant
    # read before the spend: a sample landing between the two queries must not be granted again
    assert prom.order.index("reports") < prom.order.index("spend")
    assert "deployment=" not in prom.queries[-1][0]


def test_no_write_between_steps_and_the_written_figure_is_what_the_status_keeps():
    prom = FakeProm(cost=0.004)  # 0.04% of the limit per poll
    s = step(prom)
    v = observe(s, body(), T)
    obj = body(status={"spend": v.spend})
    v2 = observe(s, obj, T + timedelta(seconds=30))
    assert v2.spend is obj["status"]["spend"]  # 0.008 < 0.01: nothing to write
    v3 = observe(s, obj, T + timedelta(seconds=60))
    assert v3.spend["amount"] == "0.012"  # a step of 0.1% crossed


def test_exceeded_sets_condition_phase_and_events_once():
    s = step(FakeProm(cost=8.5))
    v = observe(s, body(), T)
    desired = b.apply({"phase": "Ready", "conditions": []}, v, 1, T)
    cond = next(c for c in desired["conditions"] if c["type"] == "BudgetExceeded")
    assert cond["status"] == "False" and cond["reason"] == "WithinBudget" and desired["phase"] == "Ready"
    evs = b.events({}, desired, 80)
    assert [(e.type, e.reason) for e in evs] == [("Warning", "BudgetWarning")]
    v2 = observe(s, body(status=desired), T + timedelta(seconds=30))
    desired2 = b.apply({"phase": "Ready", "conditions": desired["conditions"]}, v2, 1, T + timedelta(seconds=30))
    cond = next(c for c in desired2["conditions"] if c["type"] == "BudgetExceeded")
    assert cond["status"] == "True" and cond["reason"] == "LimitReached" and desired2["phase"] == "BudgetExceeded"
    assert "until the window rolls over at 2027-01-01T00:00:00+00:00" in cond["message"]
    assert [e.reason for e in b.events(desired, desired2, 80)] == ["BudgetExceeded"]
    assert b.events(desired2, desired2, 80) == []  # once


def test_prometheus_down_keeps_the_figure_and_says_since_when():
    prom = FakeProm()
    s = step(prom)
    v = observe(s, body(), T)
    prom.down = True
    v2 = observe(s, body(status={"spend": v.spend}), T + timedelta(seconds=31))
    assert v2.spend["amount"] == "0.5" and v2.spend["staleSince"].startswith("2026-12-10T12:00:31")
    prom.down = False
    v3 = observe(s, body(status={"spend": v2.spend}), T + timedelta(seconds=61))
    assert "staleSince" not in v3.spend and v3.spend["amount"] == "1"  # the whole gap counted, once


def test_the_replica_cost_alone_requeues_at_the_run_out():
    s = b.BudgetStep(None)  # no Prometheus at all: only the replica cost (tokens' cost stale)
    obj = body(per_hour="36", budget={"limit": "1"})  # 1 replica: 0.01 per second, 1 in 100 s
    v = observe(s, {**obj, "metadata": {**obj["metadata"], "creationTimestamp": T.isoformat()}}, T, ready=1)
    assert v.spend["amount"] == "0" and v.spend["staleSince"]
    v2 = observe(s, obj, T + timedelta(seconds=40), ready=1)
    assert v2.spend["amount"] == "0.4" and abs(v2.requeue_after - 60) < 0.01
    v3 = observe(s, obj, T + timedelta(seconds=100), ready=1)
    assert v3.exceeded and v3.spend["percentOfLimit"] == 100.0


def test_rollover_starts_at_zero_and_a_clock_offset_brings_it_sooner():
    s = b.BudgetStep(None, offset=timedelta(days=21, hours=11, minutes=59, seconds=50))  # Dec 31 23:59:50
    obj = body(per_hour="3600", budget={"limit": "100"})
    obj["metadata"]["creationTimestamp"] = T.isoformat()
    v = observe(s, obj, T, ready=1)
    assert v.spend["window"] == "2026-12" and 9.5 < v.requeue_after <= 10  # the rollover in 10 s
    v2 = observe(s, body(per_hour="3600", budget={"limit": "100"}, status={"spend": v.spend}),
                 T + timedelta(seconds=12), ready=1)
    assert v2.spend["window"] == "2027-01" and v2.spend["amount"] == "2"  # 2 s of the new window at 1/s


def test_removing_the_budget_removes_spend_and_the_condition():
    s = step()
    v = observe(s, body(), T)
    desired = b.apply({"conditions": []}, v, 1, T)
    obj = body()
    del obj["spec"]["budget"]
    assert s.observe(obj, LLMDeploymentSpec.model_validate(obj["spec"]), 0, T) is None
    cleared = b.apply({"conditions": desired["conditions"]}, None, 1, T)
    assert "spend" not in cleared and all(c["type"] != "BudgetExceeded" for c in cleared["conditions"])


def test_an_invalid_edit_keeps_the_last_spend_and_the_condition():
    s = step(FakeProm(cost=10.5))
    v = observe(s, body(), T)
    current = b.apply({"phase": "Ready", "conditions": []}, v, 1, T)
    desired = {"phase": "Failed", "conditions": current["conditions"]}  # what desired_status carries over
    kept = b.keep(desired, current)
    assert kept["spend"] == current["spend"]
    assert next(c for c in kept["conditions"] if c["type"] == "BudgetExceeded")["status"] == "True"


def test_polls_are_spread_over_half_the_interval_by_uid():
    s = step(FakeProm(), interval=30, settle=0)
    delays = {observe(s, body(name=f"d{i}"), T).requeue_after for i in range(40)}
    assert all(30 <= d < 45 for d in delays) and max(delays) - min(delays) > 5


def test_the_batched_query_splits_by_team_and_the_totals_stay_the_same():
    q = increase_query(T - timedelta(seconds=30), T)
    assert "sum by (namespace, deployment, currency, team)" in q and "sum by (namespace, deployment, type, team)" in q
    answer = [{"metric": {"namespace": "ns", "deployment": "d", "currency": "USD", "team": "support", "type": "cost"}, "value": 1.5},
              {"metric": {"namespace": "ns", "deployment": "d", "currency": "USD", "team": "ml", "type": "cost"}, "value": 0.5},
              {"metric": {"namespace": "ns", "deployment": "d", "currency": "EUR", "team": "ml", "type": "cost"}, "value": 7.0},
              {"metric": {"namespace": "ns", "deployment": "d", "currency": "USD", "type": "cost"}, "value": 0.25},
              {"metric": {"namespace": "ns", "deployment": "d", "team": "ml", "type": "input"}, "value": 40.0},
              {"metric": {"namespace": "ns", "deployment": "d", "team": "support", "type": "input"}, "value": 60.0},
              {"metric": {"namespace": "ns", "deployment": "d", "team": "support", "type": "output"}, "value": 6.0}]
    m = parse(answer).of("ns", "d", "USD")
    assert (m.cost, m.input_tokens, m.output_tokens) == (D("2.25"), 100, 6)
    assert m.teams == {"ml": b.sp.TeamSpend(D("0.5"), 40, 0), "none": b.sp.TeamSpend(D("0.25"), 0, 0),
                       "support": b.sp.TeamSpend(D("1.5"), 60, 6)}  # a series without the label: none


def test_team_rows_reach_the_status_with_the_amount_and_only_at_its_steps():
    class TeamProm(FakeProm):
        def instant(self, query, at):
            self.queries.append((query, at))
            return [{"metric": {"namespace": "ns", "deployment": "d", "currency": "USD", "team": t, "type": "cost"},
                     "value": v} for t, v in (("support", self.cost), ("ml", self.cost / 4))]
    prom = TeamProm(cost=0.4)
    s = step(prom)
    v = observe(s, body(), T)
    assert v.spend["amount"] == "0.5" and v.spend["teams"] == [
        {"name": "support", "amount": "0.4", "inputTokens": 0, "outputTokens": 0},
        {"name": "ml", "amount": "0.1", "inputTokens": 0, "outputTokens": 0}]
    prom.cost = 0.004  # 0.05% of the limit: below the step, so the written rows stay as written
    v2 = observe(s, body(status={"spend": v.spend}), T + timedelta(seconds=31))
    assert v2.spend == v.spend
