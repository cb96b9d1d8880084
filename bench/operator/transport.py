"""Why the operator uses kopf only as its watch transport: the same N LLMDeployments handled by
ours (`llmops operator`: watch cache, work queue, child applier) and by the idiomatic kopf
operator in bench/operator/kopf_native.py (create/update/resume handlers with kopf's default
diff-base and progress storage, a resync timer, a Deployment event handler for Ready).

For each variant, on a fresh local control plane:
- seconds until all N are Ready;
- writes per LLMDeployment at creation, by verb and resource, counted inside the operator
  (our counted client; for kopf-native also kopf's own aiohttp requests) and, the same way for
  both, from the API server's `apiserver_request_total` (every client: the controller-manager,
  scheduler and kwok write the same for both variants, so the difference is the operator's);
- writes during an idle period (default 60 s, one resync period when --resync is 60);
- the operator's peak RSS (VmHWM).

Usage:  python bench/operator/transport.py [N ...] [--resync 60] [--idle 60] [--variants ours kopf]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from bench_scale import NS, REPO, count_ready, create, llmd, peak_rss_mib, prepared_cluster, say, wait_all
from operator_proc import WRITE_VERBS, OperatorProcess, start_operator

from llmops.devcluster import cluster as devcluster
from llmops.devcluster.processes import free_port

KOPF_NATIVE = Path(__file__).resolve().parent / "kopf_native.py"
CLIENT_METRICS = ("llmops_operator_api_requests_total", "kopf_api_requests_total")
APISERVER_READS = frozenset({"GET", "LIST", "WATCH", "CONNECT"})


def start_kopf_native(kubeconfig: str, log_dir: Path, resync: float, extra: tuple[str, ...] = (),
                      timeout: float = 60) -> OperatorProcess:
    metrics_port, liveness_port = free_port(), free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / "kopf-native.log"
    args = [sys.executable, str(KOPF_NATIVE), *extra, f"--namespace={NS}", f"--metrics-port={metrics_port}",
            f"--liveness-port={liveness_port}", f"--resync-period={resync}"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, KUBECONFIG=kubeconfig))
    op = OperatorProcess(proc, metrics_port, liveness_port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kopf-native exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{liveness_port}/healthz", timeout=1).status == 200:
                return op
        except OSError:
            pass
        time.sleep(0.2)
    op.stop()
    raise RuntimeError(f"kopf-native did not become live in {timeout}s:\n{log.read_text()[-3000:]}")


def client_writes(op: OperatorProcess) -> dict[str, float]:
    """The operator's own write requests by 'VERB resource' (both of kopf-native's counters)."""
    out: dict[str, float] = {}
    for (name, labels), v in op.metrics().items():
        d = dict(labels)
        if name in CLIENT_METRICS and d["verb"] in WRITE_VERBS:
            key = f"{d['verb']} {d['resource']}" + (" (kopf)" if name.startswith("kopf_") else "")
            out[key] = out.get(key, 0) + v
    return out


def writes_by_handler(op: OperatorProcess) -> dict[str, float]:
    """kopf-native only: our client's writes by the handler that made them."""
    out: dict[str, float] = {}
    for (name, labels), v in op.metrics().items():
        if name == "kopf_native_writes_total":
            h = dict(labels)["handler"]
            out[h] = out.get(h, 0) + v
    return out


def apiserver_writes(api) -> dict[str, float]:
    """Write requests the API server has served, by 'VERB resource[/subresource]', every client."""
    _, url, headers, _, _ = api.param_serialize(method="GET", resource_path="/metrics",
                                                header_params={"Accept": "text/plain"}, auth_settings=["BearerToken"])
    resp = api.call_api("GET", url, header_params=headers, _request_timeout=30)
    text = (resp.read() if hasattr(resp, "read") else resp.data).decode()
    out: dict[str, float] = {}
    for fam in text_string_to_metric_families(text):
        if fam.name != "apiserver_request":
            continue
        for s in fam.samples:
            d = s.labels
            if s.name != "apiserver_request_total" or d.get("verb") in APISERVER_READS:
                continue
            key = f"{d['verb']} {d.get('resource', '')}" + (f"/{d['subresource']}" if d.get("subresource") else "")
            out[key] = out.get(key, 0) + s.value
    return out


def delta(after: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    d = {k: v - before.get(k, 0) for k, v in after.items()}
    return {k: v for k, v in sorted(d.items()) if v}


def per(d: dict[str, float], n: int) -> dict[str, float]:
    return {k: round(v / n, 2) for k, v in d.items()}


def snapshot(op: OperatorProcess, api) -> tuple[dict, dict, dict]:
    return client_writes(op), apiserver_writes(api), writes_by_handler(op)


def window(op: OperatorProcess, api, before: tuple[dict, dict, dict]) -> dict:
    after = snapshot(op, api)
    c, a, h = (delta(x, y) for x, y in zip(after, before))
    return {"operator": c, "operator_total": sum(c.values()), "apiserver": a, "apiserver_total": sum(a.values()),
            "by_handler": h}


def run(variant: str, n: int, resync: float, idle: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        st, api = prepared_cluster(n, tmp)
        try:
            logs = Path(tmp) / "logs"
            op = (start_operator(st.kubeconfig, [NS], logs, resync=resync) if variant == "ours"
                  else start_kopf_native(st.kubeconfig, logs, resync))
            time.sleep(3)  # the first list of every watch is done
            load_before = os.getloadavg()[0]
            base = snapshot(op, api)
            say(f"{variant}: creating {n} LLMDeployments")
            start = time.monotonic()
            create(api, [llmd(i) for i in range(n)])
            took = wait_all(lambda: count_ready(api), n, start)
            time.sleep(5)  # the last status echoes
            creation = window(op, api, base)
            say(f"{variant}: all Ready in {took:.1f}s; {creation['operator_total'] / n:.2f} operator writes per "
                f"LLMDeployment; idle for {idle:.0f}s")
            idle_windows = []
            for seconds in dict.fromkeys([idle, resync]):  # one window when they are equal
                before = snapshot(op, api)
                time.sleep(seconds)
                idle_windows.append({"seconds": seconds, **window(op, api, before)})
                say(f"{variant}: {idle_windows[-1]['operator_total']:.0f} operator writes in {seconds:.0f}s idle")
            rss = peak_rss_mib(op.proc.pid)
            op.stop()
            timer = creation["by_handler"].get("timer", 0)
            return {"variant": variant, "n": n, "resync_seconds": resync, "seconds_to_all_ready": round(took, 1),
                    "writes_per_llmd": round(creation["operator_total"] / n, 2),
                    # kopf-native's resync timers that fell inside the creation window
                    "timer_writes_per_llmd_at_creation": round(timer / n, 2),
                    "writes_per_llmd_by_verb": per(creation["operator"], n),
                    "apiserver_writes_per_llmd": round(creation["apiserver_total"] / n, 2),
                    "apiserver_writes_per_llmd_by_verb": per(creation["apiserver"], n),
                    "creation_writes_by_handler": creation["by_handler"],
                    "idle": idle_windows, "peak_rss_mib": round(rss, 1),
                    # other work on the machine competes for its cores: the 1-minute load average
                    "loadavg_at_start_and_end": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
        finally:
            devcluster.down(st.dir, log=lambda _m: None)


def main_verbs(d: dict[str, float], top: int = 6) -> str:
    return ", ".join(f"{k} {v:g}" for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:top])


def table(results: list[dict]) -> str:
    lines = ["| variant | N | s to all Ready | operator writes/LLMD at creation (main verbs) | of which resync timer | "
             "apiserver writes/LLMD (all clients) | idle operator writes (window) | idle apiserver writes | "
             "peak RSS MiB | load avg |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        idle = "; ".join(f"{w['operator_total']:.0f} in {w['seconds']:.0f}s" for w in r["idle"])
        idle_api = "; ".join(f"{w['apiserver_total']:.0f}" for w in r["idle"])
        lines.append(f"| {r['variant']} | {r['n']} | {r['seconds_to_all_ready']} | {r['writes_per_llmd']} "
                     f"({main_verbs(r['writes_per_llmd_by_verb'])}) | {r['timer_writes_per_llmd_at_creation']} | "
                     f"{r['apiserver_writes_per_llmd']} | {idle} | {idle_api} | {r['peak_rss_mib']} | "
                     f"{r['loadavg_at_start_and_end'][0]}-{r['loadavg_at_start_and_end'][1]} |")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sizes", nargs="*", type=int, default=[200])
    p.add_argument("--resync", type=float, default=60.0, help="resync period of ours and timer interval of kopf's")
    p.add_argument("--idle", type=float, default=60.0, help="seconds of the idle window")
    p.add_argument("--variants", nargs="+", default=["ours", "kopf"], choices=["ours", "kopf"])
    args = p.parse_args()
    results = []
    for n in args.sizes:
        for variant in args.variants:
            results.append(run(variant, n, args.resync, args.idle))
            say(json.dumps(results[-1]))
    print(table(results))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
