"""Operator at scale: apply N LLMDeployments at once on simulated GPU nodes and measure
- seconds until all are Ready (operator) vs. until all Deployments are ready when a bare script
  writes the same children directly with the same client (the floor);
- write requests per LLMDeployment at creation (operator's own API-request metric);
- write requests during one idle resync period;
- the operator's peak RSS (VmHWM).

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
from llmops.render.common import Owner  # noqa: E402
from llmops.render.llmdeployment import RenderSettings, render  # noqa: E402

NS = "bench"
SPEC = {"model": {"uri": "hf://meta-llama/Llama-3.1-8B-Instruct"}, "engine": {"type": "vLLM"},
        "replicas": 1, "resources": {"gpu": {"count": 1}}}


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def llmd(i: int) -> dict:
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
            "metadata": {"name": f"m{i:04d}", "namespace": NS}, "spec": SPEC}


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


def create_llmds(api: client.ApiClient, n: int, threads: int = 8) -> None:
    co = client.CustomObjectsApi(api)
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda i: co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "llmdeployments",
                                                                   llmd(i)), range(n)))


def count_ready_llmds(api: client.ApiClient) -> int:
    items = client.CustomObjectsApi(api).list_namespaced_custom_object(
        "llmops.dev", "v1alpha1", NS, "llmdeployments")["items"]
    return sum(1 for o in items for c in (o.get("status") or {}).get("conditions") or []
               if c["type"] == "Ready" and c["status"] == "True")


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
            say(f"operator: creating {n} LLMDeployments")
            start = time.monotonic()
            create_llmds(api, n)
            took = wait_all(lambda: count_ready_llmds(api), n, start)
            time.sleep(3)  # the last status echoes
            writes = op.writes() - base_writes
            by_verb = op.writes_by_verb()
            idle_before = op.writes()
            say(f"idle: waiting one resync period ({resync:.0f}s) plus margin")
            time.sleep(resync + 5)
            idle = op.writes() - idle_before
            rss = peak_rss_mib(op.proc.pid)
            op.stop()
            return {"n": n, "seconds_to_all_ready": round(took, 1), "writes_per_llmd": round(writes / n, 2),
                    "idle_resync_writes": idle, "operator_peak_rss_mib": round(rss, 1),
                    "requests_by_verb": by_verb}
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
            say(f"floor: creating {n} LLMDeployments and writing their children directly")
            start = time.monotonic()
            co = client.CustomObjectsApi(api)

            def one(i: int) -> None:
                obj = co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "llmdeployments", llmd(i))
                for m in render(Owner.of(obj), spec, RenderSettings()).manifests:
                    kube.apply(m)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(one, range(n)))
            took = wait_all(lambda: count_ready_deployments(api), n, start)
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
    print("| N | floor (s) | operator (s) | ratio | writes/LLMD at creation | idle resync writes | operator peak RSS (MiB) |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['n']} | {r['floor_seconds']} | {r['seconds_to_all_ready']} | {r['ratio_to_floor']} | "
              f"{r['writes_per_llmd']} | {r['idle_resync_writes']:.0f} | {r['operator_peak_rss_mib']} |")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
