"""Budgets at scale: N LLMDeployments with a budget, their gateways' cost counters in a real
Prometheus (pushed through its remote-write receiver), the real operator counting them.

Prints, for an idle period (spend does not change) and for two spend changes (one below the
0.1% write step, one across it):
- status writes (the operator's own API-request metric): 0 when nothing moved, N at a step;
- Prometheus queries the operator sent (Prometheus' own request counter), per poll and per
  reconcile;
- the operator's CPU seconds over the period and its RSS (VmRSS, peak VmHWM).

Usage:  python bench/operator/bench_budget.py 1000 [--poll 10] [--idle 60]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kubernetes import client

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import NS, SPEC, create, peak_rss_mib, prepared_cluster, say  # noqa: E402
from operator_proc import start_operator  # noqa: E402
from prometheus_proc import Prometheus  # noqa: E402

from llmops.devcluster import build, cluster as devcluster  # noqa: E402

LIMIT = 100.0


def llmd(i: int) -> dict:
    spec = {**SPEC, "pricing": {"currency": "USD", "inputPerMillionTokens": "1"},
            "budget": {"limit": str(int(LIMIT)), "action": "Alert"}}
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment",
            "metadata": {"name": f"m{i:04d}", "namespace": NS}, "spec": spec}


def push(prom: Prometheus, n: int, value: float) -> None:
    t = time.time()
    prom.push([({"__name__": "llmops_gateway_cost_total", "namespace": NS, "deployment": f"m{i:04d}",
                 "pod": f"m{i:04d}-0", "currency": "USD", "model": "m", "prompt_version": ""}, [(t, value)])
               for i in range(n)])


def prom_queries(prom: Prometheus) -> float:
    text = urllib.request.urlopen(f"{prom.url}/metrics", timeout=5).read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("prometheus_http_requests_total") and 'handler="/api/v1/query"' in line)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def amounts(api) -> list[float]:
    items = client.CustomObjectsApi(api).list_namespaced_custom_object("llmops.dev", "v1alpha1", NS,
                                                                       "llmdeployments")["items"]
    return [float(((o.get("status") or {}).get("spend") or {}).get("amount", -1)) for o in items]


def wait_amounts(api, n: int, value: float, timeout: float = 600) -> float:
    start, last = time.monotonic(), -1
    while time.monotonic() - start < timeout:
        done = sum(1 for a in amounts(api) if abs(a - value) < 1e-6)
        if done != last:
            say(f"  {done}/{n} show spend {value} after {time.monotonic() - start:.1f}s")
            last = done
        if done >= n:
            return time.monotonic() - start
        time.sleep(2)
    raise RuntimeError(f"not every spend reached {value} in {timeout}s")


def status_writes(op) -> float:
    return op.writes_by_verb().get("PATCH llmdeployments/status", 0.0)


def measure(op, prom, seconds: float, poll: float) -> dict:
    pid = op.proc.pid
    w0, r0, q0, c0, s0 = op.writes(), op.reconciles(), prom_queries(prom), cpu_seconds(pid), status_writes(op)
    time.sleep(seconds)
    w1, r1, q1, c1, s1 = op.writes(), op.reconciles(), prom_queries(prom), cpu_seconds(pid), status_writes(op)
    return {"seconds": seconds, "writes": w1 - w0, "status_writes": s1 - s0, "reconciles": r1 - r0,
            "prometheus_queries": q1 - q0,
            "queries_per_poll": round((q1 - q0) / (seconds / poll), 2),
            "queries_per_reconcile": round((q1 - q0) / max(1, r1 - r0), 4),
            "operator_cpu_seconds": round(c1 - c0, 2), "operator_cpu_percent": round(100 * (c1 - c0) / seconds, 1),
            "operator_rss_mib": round(rss_mib(pid), 1)}


def run(n: int, poll: float, idle: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        st, api = prepared_cluster(n, tmp)
        prom = Prometheus(Path(tmp) / "prom").start()
        try:
            push(prom, n, 0.0)
            op = start_operator(st.kubeconfig, [NS], Path(tmp) / "logs", extra_args=(f"--prometheus-url={prom.url}",),
                                env={"LLMOPS_SPEND_POLL_SECONDS": str(poll), "LLMOPS_SPEND_SETTLE_SECONDS": "2"})
            say(f"creating {n} LLMDeployments with budgets (limit {LIMIT:g})")
            create(api, [llmd(i) for i in range(n)])
            push(prom, n, 1.0)
            took = wait_amounts(api, n, 1.0)
            time.sleep(poll)
            say(f"idle: spend does not change, measuring {idle:.0f}s")
            idle_row = measure(op, prom, idle, poll)
            say(json.dumps(idle_row))
            push(prom, n, 1.05)  # +0.05% of the limit: below the 0.1% step
            say("spend moves by 0.05% of the limit (below a step)")
            small = measure(op, prom, 3 * poll, poll)
            say(json.dumps(small))
            push(prom, n, 1.15)  # now 1.15: a step crossed (1.1)
            say("spend moves across a 0.1% step")
            step = measure(op, prom, 3 * poll, poll)
            say(json.dumps(step))
            wait_amounts(api, n, 1.15)
            rss = peak_rss_mib(op.proc.pid)
            op.stop()
            say("operator restart: it resumes every spend from the status")
            op = start_operator(st.kubeconfig, [NS], Path(tmp) / "logs2", extra_args=(f"--prometheus-url={prom.url}",),
                                env={"LLMOPS_SPEND_POLL_SECONDS": str(poll), "LLMOPS_SPEND_SETTLE_SECONDS": "2"})
            restart = measure(op, prom, 3 * poll, poll)
            restart["requests_by_verb"] = {k: v for k, v in op.writes_by_verb().items()
                                           if k.split()[0] in ("POST", "PUT", "PATCH", "DELETE")}
            say(json.dumps(restart))
            after = sorted(set(amounts(api)))
            op.stop()
            return {"n": n, "poll_seconds": poll, "seconds_to_first_spend": round(took, 1), "idle": idle_row,
                    "below_step": small, "across_step": step, "operator_peak_rss_mib": round(rss, 1),
                    "after_restart": restart, "amounts_after_restart": after}
        finally:
            prom.stop()
            devcluster.down(st.dir, log=lambda _m: None)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sizes", nargs="*", type=int, default=[1000])
    p.add_argument("--poll", type=float, default=10.0)
    p.add_argument("--idle", type=float, default=60.0)
    args = p.parse_args()
    build.build_all(with_helm=False)
    rows = [run(n, args.poll, args.idle) for n in args.sizes]
    print("| N | poll (s) | idle writes | Prometheus queries per poll (idle) | queries per reconcile | "
          "operator CPU idle (%) | writes below a step | writes across a step | RSS (MiB) | peak RSS (MiB) | "
          "after a restart: queries, status writes, amounts |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        i = r["idle"]
        print(f"| {r['n']} | {r['poll_seconds']:g} | {i['writes']:.0f} | {i['queries_per_poll']} | "
              f"{i['queries_per_reconcile']} | {i['operator_cpu_percent']} | {r['below_step']['writes']:.0f} | "
              f"{r['across_step']['writes']:.0f} | {i['operator_rss_mib']} | {r['operator_peak_rss_mib']} | "
              f"{r['after_restart']['prometheus_queries']:.0f}, {r['after_restart']['status_writes']:.0f}, "
              f"{r['amounts_after_restart']} |")
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
