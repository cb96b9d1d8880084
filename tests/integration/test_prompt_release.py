"""PromptVersion releases against the real control plane, with the real operator process:
Immediate, Manual promotion by `kubectl annotate`, a canary walking its steps to 100% in the
LLMDeployment's ConfigMap, and an operator SIGKILLed mid-step resuming the same step."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import yaml
from kubernetes import client

from helpers import GROUP, VERSION, apply, condition, events_for, get_llmd, llmd, wait_for
from operator_proc import start_operator


def pver(name: str, release: dict | None = None, prompt: str = "support") -> dict:
    spec = {"prompt": prompt, "template": {"messages": [{"role": "system", "content": f"You are {name}."}]}}
    if release:
        spec["release"] = release
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "PromptVersion", "metadata": {"name": name}, "spec": spec}


def get_pver(cluster, namespace, name) -> dict:
    return client.CustomObjectsApi(cluster.api_client).get_namespaced_custom_object(
        GROUP, VERSION, namespace, "promptversions", name)


def status(cluster, namespace, name) -> dict:
    return get_pver(cluster, namespace, name).get("status") or {}


def served(cluster, namespace, deployment="support-llm") -> dict[str, int] | None:
    try:
        cm = client.CoreV1Api(cluster.api_client).read_namespaced_config_map(f"{deployment}-gateway", namespace)
    except client.ApiException:
        return None
    prompt = yaml.safe_load(cm.data["gateway.yaml"]).get("prompt") or {}
    return {v["name"]: v["weight"] for v in prompt.get("versions") or []}


def serving_llmd():
    return llmd("support-llm", gateway={"prompt": "support"})


def test_a_canary_walks_its_steps_to_100_percent_and_supersedes_the_stable(cluster, namespace, operator):
    apply(cluster, namespace, serving_llmd(), pver("v1"))
    wait_for(lambda: served(cluster, namespace) == {"v1": 100}, what="v1 served at 100%")
    assert status(cluster, namespace, "v1")["phase"] == "Promoted"
    assert status(cluster, namespace, "v1")["targets"] == ["support-llm"]
    apply(cluster, namespace, pver("v2", {"strategy": "Canary",
                                          "steps": [{"weight": 20, "pause": "4s"}, {"weight": 60, "pause": "4s"}]}))
    seen = []

    def walked():
        w = served(cluster, namespace)
        if w and (not seen or seen[-1] != w):
            seen.append(w)
        return w == {"v2": 100}
    wait_for(walked, timeout=60, interval=0.2, what="v2 at 100%")
    assert seen[-3:] == [{"v2": 20, "v1": 80}, {"v2": 60, "v1": 40}, {"v2": 100}]
    assert (status(cluster, namespace, "v1")["phase"], status(cluster, namespace, "v2")["phase"]) == \
        ("Superseded", "Promoted")
    assert status(cluster, namespace, "v1")["weight"] == 0
    wait_for(lambda: (get_llmd(cluster, namespace, "support-llm").get("status") or {}).get("prompt") == {"stable": "v2"},
             what="the LLMDeployment's status.prompt")
    reasons = {e["reason"] for e in events_for(cluster, namespace, "v2")}
    assert {"CanaryStarted", "StepAdvanced", "Promoted"} <= reasons
    assert condition(get_pver(cluster, namespace, "v2"), "Ready")["status"] == "True"


def test_manual_waits_until_kubectl_annotate_promotes_it(cluster, namespace, operator):
    apply(cluster, namespace, serving_llmd(), pver("v1"), pver("v2", {"strategy": "Manual"}))
    wait_for(lambda: status(cluster, namespace, "v2").get("phase") == "Pending", what="v2 Pending")
    assert served(cluster, namespace) == {"v1": 100}
    assert condition(get_pver(cluster, namespace, "v2"), "Ready")["reason"] == "AwaitingPromotion"
    cluster.kubectl("annotate", "-n", namespace, "promptversion", "v2", "llmops.dev/promote=t1")
    wait_for(lambda: served(cluster, namespace) == {"v2": 100}, what="v2 served at 100% after the annotation")
    assert status(cluster, namespace, "v1")["phase"] == "Superseded"
    assert status(cluster, namespace, "v2")["actions"] == {"promote": "t1"}
    # the old version back by hand (a rollback), once per token
    cluster.kubectl("annotate", "-n", namespace, "promptversion", "v1", "llmops.dev/promote=back")
    wait_for(lambda: served(cluster, namespace) == {"v1": 100}, what="v1 promoted back")
    assert status(cluster, namespace, "v2")["phase"] == "Superseded"


def llmops(cluster, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "llmops.cli", *args, "--kubeconfig", cluster.kubeconfig],
                          capture_output=True, text=True, timeout=60)


def test_llmops_prompt_promote_and_abort(cluster, namespace, operator):
    apply(cluster, namespace, serving_llmd(), pver("v1"),
          pver("v2", {"strategy": "Canary", "steps": [{"weight": 10}, {"weight": 50, "pause": "1h"}]}))
    wait_for(lambda: served(cluster, namespace) == {"v2": 10, "v1": 90}, what="the canary paused at 10%")
    assert status(cluster, namespace, "v2")["phase"] == "Paused"
    r = llmops(cluster, "prompt", "promote", "v2", "-n", namespace)
    assert r.returncode == 0 and "v2: phase Progressing, weight 50%" in r.stdout, r.stderr
    assert served(cluster, namespace) == {"v2": 50, "v1": 50} or \
        wait_for(lambda: served(cluster, namespace) == {"v2": 50, "v1": 50}, what="step 2")
    r = llmops(cluster, "prompt", "abort", "v2", "-n", namespace)
    assert r.returncode == 0 and "v2: phase RolledBack, weight 0%" in r.stdout, r.stderr
    wait_for(lambda: served(cluster, namespace) == {"v1": 100}, what="the stable alone after the abort")
    r = llmops(cluster, "prompt", "promote", "nope", "-n", namespace)
    assert r.returncode == 1 and "404" in r.stderr


def test_an_operator_killed_mid_step_resumes_the_same_step(cluster, namespace, operator, tmp_path):
    apply(cluster, namespace, serving_llmd(), pver("v1"),
          pver("v2", {"strategy": "Canary", "steps": [{"weight": 10, "pause": "15s"}, {"weight": 30, "pause": "1h"}]}))
    wait_for(lambda: served(cluster, namespace) == {"v2": 10, "v1": 90}, what="the canary at 10%")
    before = status(cluster, namespace, "v2")
    operator.stop(signal.SIGKILL)
    time.sleep(1)
    again = start_operator(cluster.kubeconfig, [namespace], tmp_path / "again")
    try:
        time.sleep(2)
        after = status(cluster, namespace, "v2")
        assert (after["currentStep"], after["stepStartedAt"]) == (0, before["stepStartedAt"])
        wait_for(lambda: status(cluster, namespace, "v2").get("currentStep") == 1, timeout=40,
                 what="step 2 after the first pause")
        second = status(cluster, namespace, "v2")
        started = datetime.fromisoformat(before["stepStartedAt"].replace("Z", "+00:00"))
        moved = datetime.fromisoformat(second["stepStartedAt"].replace("Z", "+00:00"))
        assert (moved - started).total_seconds() >= 15  # the pause counted from the step's first start
        wait_for(lambda: served(cluster, namespace) == {"v2": 30, "v1": 70}, what="the canary at 30%")
    finally:
        again.stop()


def test_spec_prompt_is_immutable(cluster, namespace, operator):
    apply(cluster, namespace, pver("v1"))
    r = cluster.kubectl("patch", "-n", namespace, "promptversion", "v1", "--type=merge",
                        "-p", '{"spec":{"prompt":"other"}}', check=False)
    assert r.returncode != 0 and "spec.prompt is immutable" in r.stderr


def test_the_chart_passes_prometheus_url_and_refuses_a_bad_one():
    from llmops.devcluster import build

    helm = str(build.build_helm(log=lambda _m: None))
    chart = str(Path(__file__).resolve().parents[2] / "charts" / "llmops-operator")
    out = subprocess.run([helm, "template", "llmops", chart, "--set", "prometheus.url=http://prom.monitoring:9090"],
                         capture_output=True, text=True, check=True).stdout
    assert "- --prometheus-url=http://prom.monitoring:9090" in out
    assert "--prometheus-url" not in subprocess.run([helm, "template", "llmops", chart], capture_output=True,
                                                    text=True, check=True).stdout
    bad = subprocess.run([helm, "template", "llmops", chart, "--set", "prometheus.url=not a url"],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "prometheus" in bad.stderr
