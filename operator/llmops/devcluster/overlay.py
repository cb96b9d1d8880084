"""The dev overlay: what `llmops dev up` changes in the examples so the local cluster needs
nothing outside this machine. Pure.

An External LLMDeployment (say `gpt-4o-mini` at api.openai.com) is created pointing at a
stand-in provider instead: an LLMDeployment `<name>-provider` serving the same model name from
the data plane's simulator, over plain http inside the cluster. The example files stay as a
user would apply them to a real cluster; only what `dev up` creates (once, when absent) differs,
so nothing a user applied is ever overwritten."""

from __future__ import annotations

import copy

STAND_IN_LABEL = "llmops.dev/dev-stand-in"
PROVIDER_PORT = 8080  # the stand-in's gateway port


def _is_external(obj: dict) -> bool:
    spec = obj.get("spec") or {}
    return (obj.get("kind") == "LLMDeployment" and (spec.get("engine") or {}).get("type") == "External"
            and ".svc.cluster.local" not in ((spec.get("external") or {}).get("baseURL") or ""))


def stand_in(obj: dict, namespace: str) -> tuple[dict, dict]:
    """(the External deployment pointed at its stand-in, the stand-in provider)."""
    name = obj["metadata"]["name"]
    model = ((obj.get("spec") or {}).get("model") or {}).get("name") or name
    provider = f"{name}-provider"
    patched = copy.deepcopy(obj)
    original = patched["spec"]["external"]["baseURL"]
    patched["spec"]["external"]["baseURL"] = f"http://{provider}.{namespace}.svc.cluster.local:{PROVIDER_PORT}/v1"
    patched["metadata"].setdefault("annotations", {})["llmops.dev/dev-overlay"] = (
        f"baseURL {original} replaced by the local stand-in {provider} (llmops dev up)")
    stand = {
        "apiVersion": obj["apiVersion"], "kind": "LLMDeployment",
        "metadata": {"name": provider, "labels": {STAND_IN_LABEL: "true"},
                     "annotations": {"llmops.dev/dev-overlay": f"stands in for {original} for {name}"}},
        "spec": {"model": {"name": model, "uri": f"hf://llmops-dev/{model}"}, "engine": {"type": "vLLM"},
                 "replicas": 1, "gateway": {"port": PROVIDER_PORT}},
    }
    return patched, stand


def dev_overlay(objs: list[tuple[object, dict]], namespace: str) -> list[tuple[object, dict]]:
    """The examples as `dev up` creates them: stand-in providers first, then everything else."""
    providers, out = [], []
    for where, obj in objs:
        if _is_external(obj):
            patched, stand = stand_in(obj, namespace)
            providers.append((where, stand))
            out.append((where, patched))
        else:
            out.append((where, obj))
    return providers + out
