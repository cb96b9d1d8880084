"""kstatus (sigs.k8s.io/cli-utils, what Flux and `kubectl wait` use) and the Argo CD health check
on LLMDeployments as the real operator leaves them: not yet observed, rolling, Ready, stalled."""

from __future__ import annotations

import sys
from pathlib import Path

from kubernetes import client, watch

from helpers import GROUP, VERSION, apply, condition, get_llmd, is_ready, llmd, wait_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import gotool  # noqa: E402

HEALTH_LUA = (Path(__file__).resolve().parents[2] / "deploy" / "argocd" / "resource_customizations" / "llmops.dev"
              / "LLMDeployment" / "health.lua")


def _verdicts(objects: list[dict]) -> list[tuple[str, str]]:
    """(kstatus status, Argo CD health status) of each object."""
    kstatus = gotool.run_batch(gotool.binary("kstatus"), objects)
    script = HEALTH_LUA.read_text()
    argo = gotool.run_batch(gotool.binary("argocd-health"), [{"script": script, "object": o} for o in objects])
    return [(k.get("status", k.get("error")), a.get("status", a.get("error"))) for k, a in zip(kstatus, argo)]


def _history(cluster, namespace: str, name: str, since: str, until) -> list[dict]:
    """Every version of the object written after resourceVersion `since`, up to one matching `until`
    (a watch from a resourceVersion replays what happened since, so no version is missed)."""
    w = watch.Watch()
    api = client.CustomObjectsApi(cluster.api_client)
    seen = []
    for ev in w.stream(api.list_namespaced_custom_object, GROUP, VERSION, namespace, "llmdeployments",
                       field_selector=f"metadata.name={name}", resource_version=since, timeout_seconds=30):
        seen.append(ev["object"])
        if until(ev["object"]):
            w.stop()
    return seen


def test_not_observed_rolling_and_ready(cluster, namespace, operator):
    apply(cluster, namespace, llmd("flux-llm", replicas=2))
    wait_for(lambda: is_ready(cluster, namespace, "flux-llm"), what="Ready")
    ready = get_llmd(cluster, namespace, "flux-llm")

    apply(cluster, namespace, llmd("flux-llm", replicas=2, engine={"type": "vLLM", "image": "vllm/vllm-openai:v0.12.0"}))
    generation = get_llmd(cluster, namespace, "flux-llm")["metadata"]["generation"]
    wait_for(lambda: (get_llmd(cluster, namespace, "flux-llm").get("status") or {}).get("observedGeneration")
             == generation and is_ready(cluster, namespace, "flux-llm"), what="Ready after the rollout")
    seen = _history(cluster, namespace, "flux-llm", ready["metadata"]["resourceVersion"],
                    until=lambda o: o["status"]["observedGeneration"] == generation
                    and condition(o, "Ready")["status"] == "True")

    not_observed = next(o for o in seen if o["metadata"]["generation"] == generation
                        and o["status"]["observedGeneration"] < generation)
    rolling = next(o for o in seen if o["status"]["observedGeneration"] == generation
                   and condition(o, "Reconciling")["status"] == "True")
    assert _verdicts([not_observed, rolling, ready]) == [
        ("InProgress", "Progressing"), ("InProgress", "Progressing"), ("Current", "Healthy")]


def test_stalled(cluster, namespace, operator):
    apply(cluster, namespace, llmd("flux-too-big", resources={"gpu": {"count": 16}}))
    stalled = wait_for(lambda: (o := get_llmd(cluster, namespace, "flux-too-big")) and
                       (c := condition(o, "Stalled")) and c["status"] == "True" and o, what="Stalled=True")
    assert _verdicts([stalled]) == [("Failed", "Degraded")]
