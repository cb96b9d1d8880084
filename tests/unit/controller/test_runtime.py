"""The generic runtime: keys carry their kind, outcomes can ask for a requeue, workers wait on
the gate (leader election will close it on a standby)."""

from __future__ import annotations

import asyncio

from fake_kube import FakeKube
from prometheus_client import CollectorRegistry

from llmops.controller.children import Outcome
from llmops.controller.contract import Key
from llmops.controller.metrics import OperatorMetrics
from llmops.controller.runtime import OperatorConfig, Runtime
from llmops.controller.store import Store


class Counting:
    """A controller of a group kind: it reconciles per (namespace, group name)."""

    kind = "PromptRelease"

    def __init__(self, requeue_first: float | None = None) -> None:
        self.calls: list[tuple[str, str]] = []
        self.requeue_first = requeue_first

    def keys(self):
        return []

    def related(self, kind, old, new):
        return []

    def forget(self, obj):
        pass

    def forget_missing(self, live):
        pass

    def reconcile(self, namespace, name):
        self.calls.append((namespace, name))
        return Outcome(requeue_after=self.requeue_first if len(self.calls) == 1 else None)


def _runtime(ctrl) -> Runtime:
    return Runtime(OperatorConfig(workers=2, resync_period=3600), FakeKube(), OperatorMetrics.create(CollectorRegistry()),
                   Store(), [ctrl])


def test_an_outcome_can_ask_to_be_reconciled_again_after_a_delay():
    ctrl = Counting(requeue_first=0.1)

    async def scenario():
        rt = _runtime(ctrl)
        await rt.start()
        rt.enqueue(Key("PromptRelease", "ns", "support-assistant"))
        await asyncio.sleep(0.05)
        first = len(ctrl.calls)
        await asyncio.sleep(0.3)
        await rt.stop()
        return first

    first = asyncio.run(scenario())
    assert first == 1
    assert ctrl.calls == [("ns", "support-assistant")] * 2


def test_workers_wait_while_the_gate_is_closed():
    ctrl = Counting()

    async def scenario():
        rt = _runtime(ctrl)
        rt.gate.clear()
        await rt.start()
        rt.enqueue(Key("PromptRelease", "ns", "p"))
        await asyncio.sleep(0.2)
        while_closed = list(ctrl.calls)
        rt.gate.set()
        await asyncio.sleep(0.2)
        await rt.stop()
        return while_closed

    assert asyncio.run(scenario()) == []
    assert ctrl.calls == [("ns", "p")]


def test_a_child_maps_to_the_owner_in_its_controller_reference():
    ctrl = Counting()
    ctrl.kind = "RoutingPolicy"
    rt = _runtime(ctrl)
    cm = {"kind": "ConfigMap", "metadata": {"name": "chat-router-gateway", "namespace": "ns", "ownerReferences": [
        {"kind": "RoutingPolicy", "name": "chat", "controller": True, "uid": "u"},
        {"kind": "LLMDeployment", "name": "other", "uid": "v"}]}}
    assert rt.keys_for("ConfigMap", cm, None, cm) == {Key("RoutingPolicy", "ns", "chat")}
    stray = {"kind": "ConfigMap", "metadata": {"name": "x", "namespace": "ns"}}
    assert rt.keys_for("ConfigMap", stray, None, stray) == set()
