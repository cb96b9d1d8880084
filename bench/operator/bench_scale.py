"""Operator at scale: apply N LLMDeployments, N/10 GuardrailPolicies (each selecting 10 of
them) and N/10 RoutingPolicies (2 targets each) at once on simulated GPU nodes and measure
- seconds until all are Ready (operator) vs. until all Deployments, routers included, are ready
  when a bare script writes the same children directly with the same client (the floor);
- write requests per LLMDeployment at creation (operator's own API-request metric);
- write requests during one idle resync period;
- the operator's peak RSS (VmHWM);
- one GuardrailPolicy edit that selects 200 deployments: seconds until all 200 ConfigMaps carry it.

Each (N, variant) gets a fresh local control plane, so garbage collection of a previous run
never competes. Usage:  python bench/operator/bench_scale.py 100 500 1000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kubernetes import client, config

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))

from operator_proc import start_operator  # noqa: E402

from llmops.api.llmdeployment import LLMDeploymentSpec  # noqa: E402
from llmops.devcluster import build, cluster as devcluster, kubectl  # noqa: E402
from llmops.kube.client import Kube, make_api_client  # noqa: E402
from llmops.api.routingpolicy import RoutingPolicySpec  # noqa: E402
from llmops.render.common import Owner  # noqa: E402
from llmops.render.gatewaypod import RenderSettings  # noqa: E402
from llmops.render.llmdeployment import render  # noqa: E402
from llmops.render.router import TargetInfo, plan, render_router, router_config  # noqa: E402

NS = "bench"
SPEC = {"model": {"uri": "hf://meta-llama/Llama-3.1-8B-Instruct"}, "engine": {"type": "vLLM"},
        "replicas": 1, "resources": {"gpu": {"count": 1}}}


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def llmd(i: int) -> dict:
    # group: the GuardrailPolicy selecting it (10 per policy); band: 200 per band (the edit)
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
            "metadata": {"name": f"m{i:04d}", "namespace": NS,
                         "labels": {"group": f"g{i // 10:03d}", "band": f"b{i // 200}"}}, "spec": SPEC}


def guardrail(j: int, selector: dict | None = None, word: str = "falcon") -> dict:
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "GuardrailPolicy",
            "metadata": {"name": f"gp{j:03d}", "namespace": NS},
            "spec": {"selector": selector or {"matchLabels": {"group": f"g{j:03d}"}},
                     "input": {"pii": {"entities": ["Email", "CreditCard"]},
                               "deny": [{"name": "codenames", "pattern": f"(?i)project\\s+{word}"}]}}}


def routing(j: int) -> dict:
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "RoutingPolicy",
            "metadata": {"name": f"rp{j:03d}", "namespace": NS},
            "spec": {"model": f"virtual-{j}", "targets": [{"name": f"m{2 * j:04d}", "weight": 50},
                                                           {"name": f"m{2 * j + 1:04d}", "weight": 50}]}}


def policies(n: int) -> tuple[list[dict], list[dict]]:
    return [guardrail(j) for j in range(n // 10)], [routing(j) for j in range(n // 10)]


def fresh_cluster(n: int, state: Path) -> devcluster.ClusterState:
    nodes = max(2, (n + 99) // 100)
    return devcluster.up(state, nodes=nodes, gpus_per_node=128, pods_per_node=128, log=say)


def prepared_cluster(n: int, tmp: str) -> tuple[devcluster.ClusterState, client.ApiClient]:
    """A fresh cluster with the CRDs and the bench namespace."""
    st = fresh_cluster(n, Path(tmp) / "cluster")
    api = config.new_client_from_config(config_file=st.kubeconfig)
    kubectl.apply_crds(st.kubeconfig, REPO / "crds")
    client.CoreV1Api(api).create_namespace({"metadata": {"name": NS}})
    return st, api


PLURALS = {"LLMDeployment": "llmdeployments", "GuardrailPolicy": "guardrailpolicies", "RoutingPolicy": "routingpolicies"}


def create(api: client.ApiClient, objs: list[dict], threads: int = 8) -> list[dict]:
    co = client.CustomObjectsApi(api)
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda o: co.create_namespaced_custom_object(
            "llmops.dev", "v1alpha1", NS, PLURALS[o["kind"]], o), objs))


def create_all(api: client.ApiClient, n: int) -> None:
    gps, rps = policies(n)
    create(api, [llmd(i) for i in range(n)] + gps + rps)


def count_ready(api: client.ApiClient) -> int:
    """LLMDeployments, GuardrailPolicies and RoutingPolicies with Ready=True."""
    co = client.CustomObjectsApi(api)
    total = 0
    for plural in PLURALS.values():
        items = co.list_namespaced_custom_object("llmops.dev", "v1alpha1", NS, plural)["items"]
        total += sum(1 for o in items for c in (o.get("status") or {}).get("conditions") or []
                     if c["type"] == "Ready" and c["status"] == "True")
    return total


def time_policy_edit(api: client.ApiClient, n: int, word: str) -> tuple[int, float]:
    """gp000 selects band b0 (200 deployments) with a new pattern: time until every one of
    their ConfigMaps carries it."""
    selected = [f"m{i:04d}-gateway" for i in range(min(n, 200))]
    edit = guardrail(0, {"matchLabels": {"band": "b0"}}, word=word)
    co = client.CustomObjectsApi(api)
    current = co.get_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "guardrailpolicies", "gp000")
    edit["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"]
    start = time.monotonic()
    co.replace_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "guardrailpolicies", "gp000", edit)
    core = client.CoreV1Api(api)
    while time.monotonic() - start < 300:
        cms = {c.metadata.name: c for c in core.list_namespaced_config_map(NS).items}
        done = sum(1 for name in selected if name in cms and word in (cms[name].data or {}).get("gateway.yaml", ""))
        if done == len(selected):
            return done, time.monotonic() - start
        time.sleep(0.2)
    raise RuntimeError("the policy edit did not reach every selected ConfigMap in 300 s")


def count_ready_deployments(api: client.ApiClient) -> int:
    return sum(1 for d in client.AppsV1Api(api).list_namespaced_deployment(NS).items
               if (d.status.ready_replicas or 0) >= 1)


def wait_all(fn, n: int, start: float, timeout: float = 1800) -> float:
    last = -1
    while time.monotonic() - start < timeout:
        k = fn()
        if k != last:
            say(f"  {k}/{n} ready after {time.monotonic() - start:.1f}s")
            last = k
        if k >= n:
            return time.monotonic() - start
        time.sleep(1)
    raise RuntimeError(f"not all ready after {timeout}s")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_operator(n: int, resync: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        st, api = prepared_cluster(n, tmp)
        try:
            op = start_operator(st.kubeconfig, [NS], Path(tmp) / "logs", resync=resync)
            base_writes = op.writes()
            gps, rps = policies(n)
            total = n + len(gps) + len(rps)
            say(f"operator: creating {n} LLMDeployments, {len(gps)} GuardrailPolicies, {len(rps)} RoutingPolicies")
            start = time.monotonic()
            create_all(api, n)
            took = wait_all(lambda: count_ready(api), total, start)
            time.sleep(3)  # the last status echoes
            writes = op.writes() - base_writes
            by_verb = op.writes_by_verb()
            idle_before = op.writes()
            say(f"idle: waiting one resync period ({resync:.0f}s) plus margin")
            time.sleep(resync + 5)
            idle = op.writes() - idle_before
            edits = []
            for word in ("osprey", "kestrel", "merlin"):  # three edits: one may overlap a resync's re-list
                say(f"editing one GuardrailPolicy (selecting 200 deployments) to deny {word!r}")
                edited, seconds = time_policy_edit(api, n, word)
                say(f"  all {edited} ConfigMaps carry it after {seconds:.2f}s")
                edits.append(round(seconds, 2))
                time.sleep(2)
            rss = peak_rss_mib(op.proc.pid)
            op.stop()
            return {"n": n, "policies": len(gps), "routers": len(rps), "seconds_to_all_ready": round(took, 1),
                    "writes_per_llmd": round(writes / n, 2), "idle_resync_writes": idle,
                    "operator_peak_rss_mib": round(rss, 1), "policy_edit_configmaps": edited,
                    "policy_edit_seconds": edits, "requests_by_verb": by_verb}
        finally:
            devcluster.down(st.dir, log=lambda _m: None)


def run_floor(n: int) -> dict:
    """The same children, rendered by the same pure functions, written directly: no watch, no
    status, no operator. What creating the objects and getting pods Ready costs by itself."""
    with tempfile.TemporaryDirectory() as tmp:
        st, api = prepared_cluster(n, tmp)
        try:
            kube = Kube(make_api_client(kubeconfig=st.kubeconfig))
            spec = LLMDeploymentSpec.model_validate(SPEC)
            gps, rps = policies(n)
            say(f"floor: creating {n} LLMDeployments, {len(gps)} + {len(rps)} policies and writing the children "
                "(routers included) directly")
            start = time.monotonic()
            co = client.CustomObjectsApi(api)

            def one(i: int) -> None:
                obj = co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "llmdeployments", llmd(i))
                for m in render(Owner.of(obj), spec, RenderSettings()).manifests:
                    kube.apply(m)

            def router(rp: dict) -> None:
                obj = co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "routingpolicies", rp)
                rspec = RoutingPolicySpec.model_validate(rp["spec"])
                infos = {t.name: TargetInfo(t.name, True, f"http://{t.name}.{NS}.svc.cluster.local:8080/v1",
                                            t.name, 0) for t in rspec.targets}
                config = router_config(rp["metadata"]["name"], rspec, plan(rspec, infos), infos)
                for m in render_router(Owner.of(obj), rspec, config, RenderSettings()):
                    kube.apply(m)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(one, range(n)))
                list(pool.map(router, rps))
                create(api, gps)
            took = wait_all(lambda: count_ready_deployments(api), n + len(rps), start)
            return {"n": n, "seconds_to_all_ready": round(took, 1)}
        finally:
            devcluster.down(st.dir, log=lambda _m: None)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sizes", nargs="*", type=int, default=[100, 500, 1000])
    p.add_argument("--resync", type=float, default=30.0)
    args = p.parse_args()
    build.build_all(with_helm=False)
    results = []
    for n in args.sizes:
        floor = run_floor(n)
        op = run_operator(n, args.resync)
        row = {**op, "floor_seconds": floor["seconds_to_all_ready"],
               "ratio_to_floor": round(op["seconds_to_all_ready"] / floor["seconds_to_all_ready"], 2)}
        results.append(row)
        say(json.dumps(row))
    print("| N (+GP +RP) | floor (s) | operator (s) | ratio | writes/LLMD at creation | idle resync writes | "
          "operator peak RSS (MiB) | policy edit -> 200 ConfigMaps (s) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['n']} (+{r['policies']} +{r['routers']}) | {r['floor_seconds']} | {r['seconds_to_all_ready']} | "
              f"{r['ratio_to_floor']} | {r['writes_per_llmd']} | {r['idle_resync_writes']:.0f} | "
              f"{r['operator_peak_rss_mib']} | {' / '.join(map(str, r['policy_edit_seconds']))} |")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
