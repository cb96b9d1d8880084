"""The PromptRelease controller on the real runtime's event mapping, with an in-memory API
client: group keys, status writes of every version of a prompt, the LLMDeployment's ConfigMap
following the weights through the status seam. Against the real API server:
tests/integration/test_prompt_release.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import yaml
from fake_kube import World

from llmops.controller.contract import Key
from llmops.controller.promptrelease import PromptReleaseController
from llmops.controller.release import ABORT, PROMOTE
from llmops.controller.runtime import OperatorConfig, Runtime

NS = "team-a"
T0 = datetime(2026, 12, 1, 10, 0, 0, tzinfo=UTC)
KEY = Key("PromptRelease", NS, "support")


class ReleaseWorld(World):
    def __init__(self) -> None:
        super().__init__()
        ctrl = PromptReleaseController(self.kube, self.store, self.controllers["LLMDeployment"].recorder)
        self.controllers["PromptRelease"] = ctrl
        self.runtime = Runtime(OperatorConfig(workers=1), self.kube, self.runtime.metrics, self.store,
                               list(self.controllers.values()))

    def settle(self, *keys: Key, now: datetime = T0, rounds: int = 6) -> list:
        """Reconcile keys and what their writes concern, as the runtime's workers do."""
        outs, todo = [], list(keys)
        for _ in range(rounds):
            nxt = set()
            for k in dict.fromkeys(todo):
                c = self.controllers[k.kind]
                out = c.reconcile(k.namespace, k.name, now=now)
                outs.append((k, out))
                for kind, before, after in out.written:
                    nxt |= {rk for rk in self.runtime.related(kind, before, after) if rk != k}
            self.sync_children()
            todo = list(nxt)
            if not todo:
                break
        return outs

    def weights(self) -> dict[str, int]:
        cfg = yaml.safe_load(self.kube.objects[("ConfigMap", NS, "support-llm-gateway")]["data"]["gateway.yaml"])
        return {v["name"]: v["weight"] for v in cfg["prompt"]["versions"]}

    def phase(self, name: str) -> str:
        return self.status("PromptVersion", NS, name).get("phase")


def llmd():
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
            "metadata": {"name": "support-llm", "namespace": NS},
            "spec": {"model": {"uri": "hf://org/m"}, "engine": {"type": "vLLM"}, "replicas": 1,
                     "gateway": {"prompt": "support"}}}


def pver(name, minute, release=None, annotations=None):
    spec = {"prompt": "support", "template": {"messages": [{"role": "system", "content": f"You are {name}."}]}}
    if release:
        spec["release"] = release
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "PromptVersion",
            "metadata": {"name": name, "namespace": NS, "creationTimestamp": f"2026-12-01T09:{minute:02d}:00Z",
                         "annotations": annotations or {}},
            "spec": spec}


def test_a_version_event_maps_to_the_group_key_of_its_prompt():
    w = ReleaseWorld()
    keys = w.put(pver("v1", 0))
    assert KEY in keys
    keys = w.put(llmd())
    assert KEY in keys


def test_a_canary_walks_to_100_percent_in_the_gateway_config_and_writes_nothing_when_idle():
    w = ReleaseWorld()
    w.put(llmd())
    w.put(pver("v1", 0))
    w.settle(KEY, Key("LLMDeployment", NS, "support-llm"))
    assert w.phase("v1") == "Promoted" and w.weights() == {"v1": 100}
    assert w.status("PromptVersion", NS, "v1")["targets"] == ["support-llm"]
    w.put(pver("v2", 1, {"strategy": "Canary", "steps": [{"weight": 20, "pause": "30s"}]}))
    outs = w.settle(KEY)
    assert dict(outs)[KEY].requeue_after == 30
    assert w.weights() == {"v2": 20, "v1": 80}
    assert w.status("LLMDeployment", NS, "support-llm")["prompt"] == {"stable": "v1", "canary": "v2", "canaryWeight": 20}
    ready = w.condition("PromptVersion", NS, "v2", "Ready")
    assert (ready["status"], ready["reason"]) == ("False", "CanaryProgressing")
    assert w.condition("PromptVersion", NS, "v2", "Reconciling")["status"] == "True"
    # idle: nothing due, nothing written
    before = len(w.kube.writes())
    w.settle(KEY, now=T0 + timedelta(seconds=10))
    assert len(w.kube.writes()) == before
    w.settle(KEY, now=T0 + timedelta(seconds=31))
    assert (w.phase("v1"), w.phase("v2")) == ("Superseded", "Promoted")
    assert w.weights() == {"v2": 100}
    assert w.status("PromptVersion", NS, "v1")["targets"] == []
    assert ("EVENT", "Promoted", "v2") in w.kube.calls and ("EVENT", "Superseded", "v1") in w.kube.calls
    # the new stable was written before the old one was superseded
    patches = [c[2] for c in w.kube.calls if c[0] == "PATCH_STATUS" and c[1] == "PromptVersion"]
    assert patches[-2:] == ["v2", "v1"]


def test_manual_promote_and_abort_through_annotations():
    w = ReleaseWorld()
    w.put(llmd())
    w.put(pver("v1", 0))
    w.put(pver("v2", 1, {"strategy": "Manual"}))
    w.settle(KEY, Key("LLMDeployment", NS, "support-llm"))
    assert (w.phase("v2"), w.weights()) == ("Pending", {"v1": 100})
    assert w.condition("PromptVersion", NS, "v2", "Ready")["reason"] == "AwaitingPromotion"
    w.settle(*w.put(pver("v2", 1, {"strategy": "Manual"}, {PROMOTE: "1733050000"})))
    assert (w.phase("v1"), w.phase("v2"), w.weights()) == ("Superseded", "Promoted", {"v2": 100})
    w.put(pver("v3", 2, {"strategy": "Canary", "steps": [{"weight": 10, "pause": "1h"}]}))
    w.settle(KEY)
    assert w.weights() == {"v3": 10, "v2": 90}
    w.settle(*w.put(pver("v3", 2, {"strategy": "Canary", "steps": [{"weight": 10, "pause": "1h"}]}, {ABORT: "x"})))
    assert (w.phase("v3"), w.weights()) == ("RolledBack", {"v2": 100})
    ready = w.condition("PromptVersion", NS, "v3", "Ready")
    assert (ready["reason"], w.condition("PromptVersion", NS, "v3", "Stalled")["status"]) == ("Aborted", "True")


def test_analysis_without_prometheus_holds_the_canary_and_says_why():
    w = ReleaseWorld()
    w.put(llmd())
    w.put(pver("v1", 0))
    rel = {"strategy": "Canary", "steps": [{"weight": 10, "pause": "30s"}],
           "analysis": {"interval": "10s", "metrics": [{"name": "ErrorRate", "max": "0.05"}]}}
    w.put(pver("v2", 1, rel))
    w.settle(KEY, Key("LLMDeployment", NS, "support-llm"))
    w.settle(KEY, now=T0 + timedelta(minutes=5))
    assert w.phase("v2") == "Progressing" and w.weights() == {"v2": 10, "v1": 90}
    ready = w.condition("PromptVersion", NS, "v2", "Ready")
    assert ready["reason"] == "PrometheusNotConfigured" and "--prometheus-url" in ready["message"]
