"""The budget step inside the LLMDeployment reconcile, with an in-memory API client and a fake
Prometheus: status writes only at steps, the merge patch holds only what moved, the requeue is
asked for. The same against the real API server and Prometheus: tests/integration/test_budget.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fake_kube import World
from test_budget_step import FakeProm
from test_reconcile_policies import NS, llmd, make_ready

from llmops.controller.budget import BudgetStep
from llmops.controller.metered import MeteredSpend

T = datetime(2026, 12, 10, 12, 0, 0, tzinfo=UTC)


class Prom(FakeProm):
    """Increase per interval for deployment NS/d, set by the test."""

    def instant(self, query, at):
        if "llmops_gateway_process_info" in query:
            self.report_queries.append((query, at))
            return []
        self.queries.append((query, at))
        return [{"metric": {"namespace": NS, "deployment": "d", "currency": "USD", "type": "cost"}, "value": self.cost}]


def world(prom):
    w = World()
    w.controllers["LLMDeployment"].budget = BudgetStep(MeteredSpend(prom, interval=30, settle=0))
    return w


def status_writes(w):
    return [c for c in w.kube.writes() if c[0] == "PATCH_STATUS"]


def test_spend_is_written_in_steps_with_only_its_own_fields():
    prom = Prom(cost=0.5)
    w = world(prom)
    w.put(llmd("d", budget={"limit": "10"}))
    w.controllers["LLMDeployment"].reconcile(NS, "d", now=T)
    w.sync_children()
    make_ready(w, "d")
    out = w.controllers["LLMDeployment"].reconcile(NS, "d", now=T + timedelta(seconds=5))  # same grid point
    assert len(prom.queries) == 1 and w.status("LLMDeployment", NS, "d")["spend"]["amount"] == "0.5"
    assert out.requeue_after is not None and 0 < out.requeue_after <= 30 + 15  # the next poll, spread by uid

    prom.cost = 0.004  # 0.04% of the limit per poll: below the 0.1% step
    before = len(status_writes(w))
    for i in range(1, 3):
        out = w.controllers["LLMDeployment"].reconcile(NS, "d", now=T + timedelta(seconds=30 * i))
        assert not out.status_patched
    assert len(status_writes(w)) == before
    patches = []
    real = w.kube.patch_status
    w.kube.patch_status = lambda *a: patches.append(a[-1]) or real(*a)
    w.controllers["LLMDeployment"].reconcile(NS, "d", now=T + timedelta(seconds=90))  # 0.512: a step
    assert len(status_writes(w)) == before + 1
    assert list(patches[0]) == ["spend"]
    assert set(patches[0]["spend"]) == {"amount", "percentOfLimit", "updatedAt", "countedUntil"}
    s = w.status("LLMDeployment", NS, "d")["spend"]
    assert s["amount"] == "0.512" and s["countedUntil"] == "2026-12-10T12:01:30Z"
    assert {c["type"]: c["reason"] for c in w.status("LLMDeployment", NS, "d")["conditions"]}["BudgetExceeded"] \
        == "WithinBudget"
