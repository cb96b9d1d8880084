"""Canary analysis at scale: N prompts with a canary each under analysis at once on one
operator, synthetic gateway series pushed into a real Prometheus through its remote-write
receiver (live traffic for 100 prompts does not fit a 2-core machine). Prints
- PromQL queries per analysis interval (Prometheus' own count of /api/v1/query requests);
- the PromptRelease reconcile time (mean, from the operator's reconcile histogram: it includes
  the analysis queries) and how far apart the N canaries' runs of one interval land;
- the operator's CPU (cores) and RSS during the steady state;
- seconds from the moment one canary's error rate crosses its threshold (computed from the
  pushed counts) to its gateway ConfigMap serving it 0%.

Usage:  python bench/release/bench_canaries.py [N] [--interval 10] [--measure 60]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path

from kubernetes import client, config

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))

from operator_proc import start_operator  # noqa: E402
from test_prompt_release_prometheus import Prom, Traffic  # noqa: E402

from llmops.devcluster import build, cluster as devcluster, kubectl  # noqa: E402

NS = "bench"
MAX_ERROR = 0.05


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pver(name: str, prompt: str, release: dict | None = None) -> dict:
    spec = {"prompt": prompt, "template": {"messages": [{"role": "system", "content": f"You are {name}."}]}}
    if release:
        spec["release"] = release
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "PromptVersion",
            "metadata": {"name": name, "namespace": NS}, "spec": spec}


def canary(name: str, prompt: str, interval: int) -> dict:
    return pver(name, prompt, {"strategy": "Canary", "steps": [{"weight": 50, "pause": "1h"}],
                               "analysis": {"interval": f"{interval}s", "minSamples": 20, "failureLimit": 0,
                                            "metrics": [{"name": "ErrorRate", "max": str(MAX_ERROR)}]}})


def prom_queries(prom: Prom) -> float:
    text = urllib.request.urlopen(f"{prom.url}/metrics", timeout=5).read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("prometheus_http_requests_total{") and 'handler="/api/v1/query"' in line)


def proc_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime + stime, in clock ticks of 1/100 s


def proc_rss_mib(pid: int, key: str = "VmRSS:") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return float("nan")


def reconcile_results(op) -> dict[str, float]:
    return {dict(labels)["result"]: v for (name, labels), v in op.metrics().items()
            if name == "llmops_operator_reconcile_total" and dict(labels).get("kind") == "PromptRelease"}


def reconcile_seconds(op) -> tuple[float, float]:
    m = op.metrics()
    key = (("kind", "PromptRelease"),)
    return (m.get(("llmops_operator_reconcile_duration_seconds_sum", key), 0.0),
            m.get(("llmops_operator_reconcile_duration_seconds_count", key), 0.0))


def served_versions(api, deployment: str) -> dict[str, int]:
    import yaml

    cm = client.CoreV1Api(api).read_namespaced_config_map(f"{deployment}-gateway", NS)
    return {v["name"]: v["weight"] for v in (yaml.safe_load(cm.data["gateway.yaml"]).get("prompt") or {})
            .get("versions") or []}


def run(n: int, interval: int, measure: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        st = devcluster.up(Path(tmp) / "cluster", nodes=1, gpus_per_node=8, log=say)
        try:
            kubectl.apply_crds(st.kubeconfig, REPO / "crds")
            api = config.new_client_from_config(config_file=st.kubeconfig)
            client.CoreV1Api(api).create_namespace({"metadata": {"name": NS}})
            (Path(tmp) / "prom").mkdir()
            prom = Prom(Path(tmp) / "prom")
            prom.start()
            op = start_operator(st.kubeconfig, [NS], Path(tmp) / "op", extra_args=(f"--prometheus-url={prom.url}",))
            co = client.CustomObjectsApi(api)
            try:
                prompts = [f"p{i:03d}" for i in range(n)]
                rates = {f"{p}-{v}": (5.0, 0.0) for p in prompts for v in ("v1", "v2")}
                with Traffic(prom, NS, rates) as traffic:
                    say(f"{n} prompts: stable versions, one LLMDeployment serving {prompts[0]}")
                    llmd = {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
                            "metadata": {"name": "support-llm", "namespace": NS},
                            "spec": {"model": {"uri": "hf://org/m"}, "engine": {"type": "vLLM"}, "replicas": 1,
                                     "resources": {"gpu": {"count": 1}}, "gateway": {"prompt": prompts[0]}}}
                    co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "llmdeployments", llmd)
                    for p in prompts:
                        co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "promptversions",
                                                           pver(f"{p}-v1", p))
                    time.sleep(3)
                    say(f"{n} canaries at 50% under analysis every {interval}s")
                    for p in prompts:
                        co.create_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "promptversions",
                                                           canary(f"{p}-v2", p, interval))

                    def canaries():
                        return [o.get("status") or {} for o in co.list_namespaced_custom_object(
                            "llmops.dev", "v1alpha1", NS, "promptversions")["items"] if o["metadata"]["name"].endswith("-v2")]

                    deadline = time.monotonic() + 120 + 2 * interval
                    while time.monotonic() < deadline:
                        done = sum((s.get("analysis") or {}).get("verdict") == "Passed" for s in canaries())
                        if done == n:
                            break
                        time.sleep(1)
                    say(f"{done}/{n} canaries analysed and passing; measuring {measure:.0f}s of steady state")
                    r0 = reconcile_results(op)
                    q0, cpu0, (rs0, rc0), t0 = prom_queries(prom), proc_cpu_seconds(op.proc.pid), reconcile_seconds(op), \
                        time.monotonic()
                    time.sleep(measure)
                    q1, cpu1, (rs1, rc1), t1 = prom_queries(prom), proc_cpu_seconds(op.proc.pid), reconcile_seconds(op), \
                        time.monotonic()
                    r1 = reconcile_results(op)
                    runs = [datetime.fromisoformat(s["analysis"]["lastRunAt"].replace("Z", "+00:00")).timestamp()
                            for s in canaries() if s.get("analysis", {}).get("lastRunAt")]
                    intervals = (t1 - t0) / interval
                    row = {"n": n, "interval_s": interval,
                           "queries_per_interval": round((q1 - q0) / intervals, 1),
                           "reconcile_ms_mean": round(1000 * (rs1 - rs0) / max(rc1 - rc0, 1), 1),
                           "reconciles_per_interval": round((rc1 - rc0) / intervals, 1),
                           "noop_reconciles_per_interval": round((r1.get("noop", 0) - r0.get("noop", 0)) / intervals, 1),
                           "last_runs_spread_s": round(max(runs) - min(runs), 1) if runs else None,
                           "operator_cpu_cores": round((cpu1 - cpu0) / (t1 - t0), 3),
                           "operator_rss_mib": round(proc_rss_mib(op.proc.pid), 1),
                           "operator_peak_rss_mib": round(proc_rss_mib(op.proc.pid, "VmHWM:"), 1)}
                    say(json.dumps(row))

                    bad = f"{prompts[0]}-v2"
                    bad_status = co.get_namespaced_custom_object("llmops.dev", "v1alpha1", NS, "promptversions",
                                                                 bad)["status"]
                    step_start = datetime.fromisoformat(bad_status["stepStartedAt"].replace("Z", "+00:00")).timestamp()
                    say(f"{bad}: half of its requests fail from now on")
                    t_bad = time.time()
                    traffic.rates[bad] = (5.0, 0.5)
                    # cumulative error rate since the step's start crosses MAX_ERROR when
                    # 0.5 (t - t_bad) = MAX_ERROR (t - step_start), at equal request rates
                    t_cross = (0.5 * t_bad - MAX_ERROR * step_start) / (0.5 - MAX_ERROR)
                    wait_until = time.monotonic() + 10 * interval
                    while time.monotonic() < wait_until and bad in served_versions(api, "support-llm"):
                        time.sleep(0.1)
                    t_zero = time.time()
                    row["threshold_to_gateway_zero_s"] = round(t_zero - t_cross, 1)
                    row["bad_traffic_to_gateway_zero_s"] = round(t_zero - t_bad, 1)
                    say(json.dumps(row))
                    return row
            finally:
                op.stop()
                prom.stop()
        finally:
            devcluster.down(st.dir, log=lambda _m: None)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("n", nargs="?", type=int, default=100)
    p.add_argument("--interval", type=int, default=10)
    p.add_argument("--measure", type=float, default=60.0)
    args = p.parse_args()
    build.build_all(with_helm=False)
    row = run(args.n, args.interval, args.measure)
    print(json.dumps(row))


if __name__ == "__main__":
    main()
