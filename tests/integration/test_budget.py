"""Budgets on the real control plane with a real Prometheus: the gateways' counters are pushed
with chosen timestamps (remote write), the operator counts them into status.spend."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


from helpers import apply, condition, events_for, get_llmd, llmd, wait_for
from operator_proc import start_operator

COST, TOKENS = "llmops_gateway_cost_total", "llmops_gateway_tokens_total"
POLL = {"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "1"}


class Gateway:
    """The counters of one gateway process, pushed as Prometheus would have scraped them."""

    def __init__(self, prom, namespace, deployment, pod):
        self.prom, self.ns, self.dep, self.pod = prom, namespace, deployment, pod
        self.cost = self.inp = self.out = 0.0
        self.last = 0.0

    def _labels(self, name, **extra):
        return {"__name__": name, "namespace": self.ns, "deployment": self.dep, "pod": self.pod, "model": "m",
                "prompt_version": "", **extra}

    def scrape(self, at=None):
        t = max(at or time.time(), self.last + 0.01)  # one sample per instant, as scrapes are
        self.last = t
        self.prom.push([(self._labels(COST, currency="USD"), [(t, self.cost)]),
                        (self._labels(TOKENS, type="input", source="usage"), [(t, self.inp)]),
                        (self._labels(TOKENS, type="output", source="usage"), [(t, self.out)])])

    def spend(self, cost, inp=0, out=0, scraped=True):
        self.cost += cost
        self.inp += inp
        self.out += out
        if scraped:
            self.scrape()

    def restart(self):  # a new process: its counters start again at 0
        self.cost = self.inp = self.out = 0.0
        self.scrape()


def spend_of(cluster, ns, name):
    return (get_llmd(cluster, ns, name).get("status") or {}).get("spend") or {}


def amount_is(cluster, ns, name, value):
    return lambda: (s := spend_of(cluster, ns, name)) and abs(float(s.get("amount", -1)) - value) < 1e-6 and s


def budget_events(cluster, ns, name):
    return {e["reason"]: e.get("count", 1) for e in events_for(cluster, ns, name)
            if e["reason"].startswith("Budget")}


def start(cluster, ns, tmp_path, prom, **env):
    return start_operator(cluster.kubeconfig, [ns], tmp_path, extra_args=(f"--prometheus-url={prom.url}",),
                          env={**POLL, **env})


def test_spend_from_the_gateways_counters_warns_exceeds_and_survives_restarts(cluster, crds, namespace, tmp_path, prom):
    gw = Gateway(prom, namespace, "support-llm", "support-llm-abc12")
    gw.scrape(time.time() - 5)  # the process exports its counters at 0 from config load
    op = start(cluster, namespace, tmp_path, prom)
    try:
        apply(cluster, namespace, llmd("support-llm", pricing={"inputPerMillionTokens": "1"},
                                       budget={"limit": "10", "warnAtPercent": 80, "action": "Throttle"}),
              llmd("bad-zone", pricing={}, budget={"limit": "1", "timeZone": "Mars/Olympus_Mons"}))
        gw.spend(1.25, inp=1000, out=200)
        s = wait_for(amount_is(cluster, namespace, "support-llm", 1.25), 30, what="spend 1.25")
        assert s["window"] == datetime.now(UTC).strftime("%Y-%m") and s["currency"] == "USD"
        assert (s["inputTokens"], s["outputTokens"], s["percentOfLimit"]) == (1000, 200, 12.5)
        assert "staleSince" not in s
        table = cluster.kubectl("get", "llmd", "support-llm", "-n", namespace).stdout
        assert "SPEND%" in table and "12.5" in table
        gauges = op.metrics()
        labels = (("currency", "USD"), ("deployment", "support-llm"), ("namespace", namespace))
        assert gauges[("llmops_operator_budget_spend", labels)] == 1.25
        assert gauges[("llmops_operator_budget_limit", labels)] == 10
        assert gauges[("llmops_operator_budget_warn_ratio", (("deployment", "support-llm"), ("namespace", namespace)))] == 0.8

        bad = wait_for(lambda: (c := condition(get_llmd(cluster, namespace, "bad-zone"), "Ready")) and
                       c["status"] == "False" and c, 30, what="bad-zone Ready=False")
        assert bad["reason"] == "InvalidSpec" and "spec.budget.timeZone" in bad["message"]

        # no idle writes: polls go on, nothing moved, nothing written
        time.sleep(1)
        before = op.writes()
        time.sleep(5)  # two polls and more
        assert op.writes() == before

        gw.spend(7.0)  # 8.25: past the warn level
        wait_for(amount_is(cluster, namespace, "support-llm", 8.25), 30, what="spend 8.25")
        wait_for(lambda: budget_events(cluster, namespace, "support-llm").get("BudgetWarning") == 1, 15,
                 what="a BudgetWarning event")
        obj = get_llmd(cluster, namespace, "support-llm")
        assert condition(obj, "BudgetExceeded")["status"] == "False" and obj["status"]["phase"] == "Ready"

        # the operator restarts between two polls: nothing lost, nothing counted twice
        op.stop()
        gw.spend(0.5)  # spent while the operator was away
        op = start(cluster, namespace, tmp_path, prom)
        wait_for(amount_is(cluster, namespace, "support-llm", 8.75), 30, what="spend 8.75 after the restart")
        time.sleep(5)
        assert float(spend_of(cluster, namespace, "support-llm")["amount"]) == 8.75

        # Prometheus restarts; meanwhile the gateway restarts too (its counter resets)
        prom.stop()
        stale = wait_for(lambda: spend_of(cluster, namespace, "support-llm").get("staleSince"), 30,
                         what="staleSince while Prometheus is down")
        assert float(spend_of(cluster, namespace, "support-llm")["amount"]) == 8.75  # the last figure holds
        gw.spend(0.25, scraped=False)  # 0.25 more, never scraped before the restart: lost by any Prometheus
        prom.start()
        gw.restart()
        gw.spend(1.5)  # 8.75 + 1.5 on the new process (its first sample was 0)
        s = wait_for(amount_is(cluster, namespace, "support-llm", 10.25), 30, what="spend 10.25 after restarts")
        assert "staleSince" not in s and stale

        obj = wait_for(lambda: (o := get_llmd(cluster, namespace, "support-llm"))["status"]["phase"] == "BudgetExceeded"
                       and o, 15, what="phase BudgetExceeded")
        c = condition(obj, "BudgetExceeded")
        assert c["status"] == "True" and c["reason"] == "LimitReached" and "Throttle until" in c["message"]
        wait_for(lambda: budget_events(cluster, namespace, "support-llm").get("BudgetExceeded") == 1, 15,
                 what="a BudgetExceeded event")
        time.sleep(5)
        assert budget_events(cluster, namespace, "support-llm") == {"BudgetWarning": 1, "BudgetExceeded": 1}
    finally:
        op.stop()


def _transition(obj, type_):
    c = condition(obj, type_)
    return c and c["status"] == "True" and datetime.fromisoformat(c["lastTransitionTime"].replace("Z", "+00:00"))


def test_replica_cost_alone_runs_the_budget_out_on_time_and_the_rollover_restores(cluster, crds, namespace,
                                                                                   tmp_path, prom):
    # Day windows on a clock offset so that today ends ~20 s from now; polls every 300 s, so an
    # exceeded budget seen within a few seconds of its run-out (and the rollover) were acted on at
    # the moment the operator had asked to be requeued for
    now = datetime.now(UTC)
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    offset = (midnight - now).total_seconds() - 20
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path, extra_args=(f"--prometheus-url={prom.url}",),
                        env={"LLMOPS_SPEND_POLL_SECONDS": "300", "LLMOPS_SPEND_SETTLE_SECONDS": "1",
                             "LLMOPS_DEV_CLOCK_OFFSET_SECONDS": str(offset)})
    try:
        # 2 replicas at 36 per hour: 0.02 per second, a limit of 0.1 lasts 5 s of both being ready
        apply(cluster, namespace, llmd("gpu", replicas=2, pricing={"replicaPerHour": "36"},
                                       budget={"limit": "0.1", "period": "Day", "action": "Alert"}))
        wait_for(lambda: (get_llmd(cluster, namespace, "gpu").get("status") or {}).get("readyReplicas") == 2, 60,
                 what="2 ready replicas")
        obj = wait_for(lambda: _transition(o := get_llmd(cluster, namespace, "gpu"), "BudgetExceeded") and o, 40,
                       what="BudgetExceeded from replica cost")
        s = obj["status"]["spend"]
        exceeded_at = _transition(obj, "BudgetExceeded")
        updated = datetime.fromisoformat(s["updatedAt"].replace("Z", "+00:00"))
        assert float(s["amount"]) >= 0.1 and s["inputTokens"] == 0
        # acted on at the run-out: at most 2 s of replica cost past the limit (a poll would be minutes late)
        assert float(s["amount"]) < 0.1 + 0.02 * 2 and (exceeded_at - updated).total_seconds() < 2
        assert obj["status"]["phase"] == "BudgetExceeded"
        window = s["window"]

        # the offset clock's midnight: a new window, spend from zero, service back by itself
        def rolled():
            o = get_llmd(cluster, namespace, "gpu")
            sp = o["status"].get("spend") or {}
            return sp.get("window") != window and condition(o, "BudgetExceeded")["status"] == "False" and o
        obj = wait_for(rolled, 60, what="the rollover")
        assert obj["status"]["phase"] == "Ready" and float(obj["status"]["spend"]["amount"]) < 0.1
        assert datetime.fromisoformat(obj["status"]["spend"]["window"]) > datetime.fromisoformat(window)
        wait_for(lambda: "BudgetWindowStarted" in budget_events(cluster, namespace, "gpu"), 15,
                 what="a BudgetWindowStarted event")
    finally:
        op.stop()
