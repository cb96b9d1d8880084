"""Benchmarks of the local cluster's data plane. Each prints its figures; none is asserted.

    python bench/dataplane/bench_dataplane.py devup            # `llmops dev up` to the first answered request
    python bench/dataplane/bench_dataplane.py reload [--rounds 10] [--delay 0]
                                                               # kubectl apply -> first request under the new config
    python bench/dataplane/bench_dataplane.py scale [--deployments 50] [--replicas 2] [--rate 200] [--seconds 30]
                                                               # processes, RSS, `dev traffic` at a rate
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

from llmops.devcluster import build, cluster, kubectl, operatorproc, traffic
from llmops.devcluster.dataplane import control

REPO = Path(__file__).resolve().parents[2]


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def llmd(name: str, rpm: int, replicas: int = 1) -> dict:
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment", "metadata": {"name": name},
            "spec": {"model": {"name": name, "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                     "engine": {"type": "vLLM"}, "replicas": replicas, "resources": {"gpu": {"count": 1}},
                     "gateway": {"rateLimit": {"requestsPerMinute": rpm}},
                     "pricing": {"currency": "USD", "inputPerMillionTokens": "1", "outputPerMillionTokens": "2"}}}


def apply(kc: str, ns: str, *objs: dict) -> None:
    kubectl.run(kc, "apply", "-n", ns, "--server-side", "--field-manager=bench", "-f", "-",
                input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def status_of(url: str, model: str) -> int:
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "x"}], "max_tokens": 2}).encode()
    req = urllib.request.Request(f"{url}/chat/completions", body, {"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0


class Env:
    """A fresh cluster with its data plane and the operator watching one opted-in namespace."""

    def __init__(self, ns: str, nodes: int = 2, gpus: int = 8, pods: int = 110, delay: float = 0.0) -> None:
        build.build_all(log=lambda _m: None, with_helm=False)
        self.dir = Path(tempfile.mkdtemp(prefix="llmops-bench-dp-"))
        self.st = cluster.up(self.dir, nodes=nodes, gpus_per_node=gpus, pods_per_node=pods,
                             data_plane=control.Options(propagation_delay=delay), log=lambda _m: None)
        self.kc, self.ns = self.st.kubeconfig, ns
        kubectl.apply_crds(self.kc, REPO / "crds")
        kubectl.run(self.kc, "create", "namespace", ns)
        kubectl.run(self.kc, "label", "namespace", ns, "llmops.dev/data-plane=enabled")
        operatorproc.start(self.st, namespaces=[ns])

    def url(self, name: str) -> str | None:
        return next((e["url"] for e in control.endpoints(self.dir)["endpoints"] if e["name"] == name), None)

    def ready(self, names: list[str]) -> bool:
        out = kubectl.run(self.kc, "get", "llmd", "-n", self.ns, "-o", "json").stdout
        ok = {i["metadata"]["name"] for i in json.loads(out)["items"]
              if any(c["type"] == "Ready" and c["status"] == "True" for c in (i.get("status") or {}).get("conditions") or [])}
        return set(names) <= ok

    def close(self) -> None:
        operatorproc.stop(self.st)
        cluster.down(self.dir, purge=True, log=lambda _m: None)


def bench_devup(_a) -> None:
    state = Path(tempfile.mkdtemp(prefix="llmops-bench-devup-"))
    env = dict(os.environ, LLMOPS_STATE=str(state))
    say("llmops dev up (warm cache, fresh state directory)")
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-m", "llmops.cli", "dev", "up"], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    answered = None
    for line in p.stderr:
        if "answered at" in line and answered is None:
            answered = time.monotonic() - t0
    p.wait()
    total = time.monotonic() - t0
    subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "down"], env=env, capture_output=True)
    print(json.dumps({"bench": "devup", "first_answer_s": round(answered, 2) if answered else None,
                      "command_s": round(total, 2), "exit": p.returncode}))


def bench_reload(a) -> None:
    e = Env("bench-reload", delay=a.delay)
    try:
        apply(e.kc, e.ns, llmd("chat", 100000))
        deadline = time.monotonic() + 120
        while not (e.ready(["chat"]) and e.url("chat")) and time.monotonic() < deadline:
            time.sleep(0.5)
        url = e.url("chat")
        times = []
        for i in range(a.rounds):
            # alternate: a limit of 1/min (the 2nd request is a 429) and a generous one (a 200 again)
            strict = i % 2 == 0
            t0 = time.monotonic()
            apply(e.kc, e.ns, llmd("chat", 1 if strict else 100000))
            while time.monotonic() - t0 < 60:
                code = status_of(url, "chat")
                if (strict and code == 429) or (not strict and code == 200):
                    break
                time.sleep(0.02)
            times.append(time.monotonic() - t0)
            say(f"round {i + 1}: {times[-1]:.2f}s ({'1/min' if strict else 'unlimited'})")
            time.sleep(1.2)
        print(json.dumps({"bench": "reload", "propagation_delay_s": a.delay, "rounds": len(times),
                          "median_s": round(statistics.median(times), 2), "max_s": round(max(times), 2),
                          "min_s": round(min(times), 2)}))
    finally:
        e.close()


def _rss_kib(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            total += int(next(line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                              if line.startswith("VmRSS:")))
        except (OSError, StopIteration):
            pass
    return total


def bench_scale(a) -> None:
    n, reps = a.deployments, a.replicas
    gpus = n * reps
    e = Env("bench-scale", nodes=max(1, (gpus + 127) // 128), gpus=128, pods=256)
    try:
        names = [f"m{i:03d}" for i in range(n)]
        t0 = time.monotonic()
        apply(e.kc, e.ns, *[llmd(x, 1_000_000, reps) for x in names])
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            have = sum(1 for x in names if e.url(x))
            if have == n and e.ready(names):
                break
            say(f"waiting: {have}/{n} endpoints, {len(control.tagged_processes(e.dir))} processes")
            time.sleep(5)
        ready_s = time.monotonic() - t0
        pids = control.tagged_processes(e.dir)
        rss = _rss_kib(pids)
        say(f"all Ready in {ready_s:.0f}s: {len(pids)} processes, RSS {rss / 1024:.0f} MiB; traffic at {a.rate}/s")
        out = io.StringIO()
        stats = asyncio.run(traffic.run([e.url(x) for x in names], a.rate, a.seconds, concurrency=64, out=out))
        print(json.dumps({"bench": "scale", "deployments": n, "replicas": reps, "ready_s": round(ready_s, 1),
                          "processes": len(pids), "rss_mib": round(rss / 1024), "rss_per_pod_mib": round(rss / 1024 / gpus, 1),
                          "traffic_rate": a.rate, "traffic_seconds": a.seconds, "sent": stats.sent,
                          "achieved_rps": round(stats.sent / a.seconds, 1), "codes": dict(stats.codes),
                          "errors": dict(stats.errors)}))
    finally:
        e.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="which", required=True)
    sub.add_parser("devup")
    r = sub.add_parser("reload")
    r.add_argument("--rounds", type=int, default=10)
    r.add_argument("--delay", type=float, default=0.0)
    s = sub.add_parser("scale")
    s.add_argument("--deployments", type=int, default=50)
    s.add_argument("--replicas", type=int, default=2)
    s.add_argument("--rate", type=float, default=200)
    s.add_argument("--seconds", type=float, default=30)
    a = p.parse_args()
    {"devup": bench_devup, "reload": bench_reload, "scale": bench_scale}[a.which](a)


if __name__ == "__main__":
    main()
