"""Run the real operator (`llmops operator`) as a process against the test cluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from llmops.devcluster.processes import free_port

WRITE_VERBS = ("POST", "PUT", "PATCH", "DELETE")


@dataclass
class OperatorProcess:
    proc: subprocess.Popen
    metrics_port: int
    liveness_port: int
    log: Path

    def metrics(self) -> dict[tuple[str, tuple], float]:
        text = urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=5).read().decode()
        out = {}
        for fam in text_string_to_metric_families(text):
            for s in fam.samples:
                out[(s.name, tuple(sorted(s.labels.items())))] = s.value
        return out

    def writes(self, exclude: tuple[str, ...] = ()) -> float:
        """Write requests sent, by the process's own metric (resources in `exclude` left out)."""
        return sum(v for (name, labels), v in self.metrics().items()
                   if name == "llmops_operator_api_requests_total" and dict(labels).get("verb") in WRITE_VERBS
                   and dict(labels).get("resource") not in exclude)

    def gauge(self, name: str) -> float | None:
        return next((v for (n, _), v in self.metrics().items() if n == name), None)

    def writes_by_verb(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for (name, labels), v in self.metrics().items():
            if name == "llmops_operator_api_requests_total":
                d = dict(labels)
                out[f"{d['verb']} {d['resource']}"] = out.get(f"{d['verb']} {d['resource']}", 0) + v
        return out

    def reconciles(self) -> float:
        return sum(v for (name, _), v in self.metrics().items() if name == "llmops_operator_reconcile_total")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start_operator(kubeconfig: str, namespaces: list[str], log_dir: Path, resync: float = 300,
                   timeout: float = 60, extra_args: tuple[str, ...] = (), env: dict | None = None) -> OperatorProcess:
    metrics_port, liveness_port = free_port(), free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"operator-{int(time.time() * 1000)}.log"
    args = [sys.executable, "-m", "llmops.cli", "operator", "--bind-address=127.0.0.1",
            f"--metrics-port={metrics_port}", f"--liveness-port={liveness_port}", f"--resync-period={resync}",
            *[f"--namespace={ns}" for ns in namespaces], *extra_args]
    return launch(args, kubeconfig, metrics_port, liveness_port, log, timeout, "operator", env)


def launch(args: list[str], kubeconfig: str, metrics_port: int, liveness_port: int, log: Path,
           timeout: float = 60, what: str = "operator", env: dict | None = None) -> OperatorProcess:
    """Start an operator process (ours, or another for comparison) and wait until it is live."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT,
                                env=dict(os.environ, KUBECONFIG=kubeconfig, **(env or {})))
    op = OperatorProcess(proc, metrics_port, liveness_port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{liveness_port}/healthz", timeout=1).status == 200:
                return op
        except OSError:
            pass
        time.sleep(0.2)
    op.stop()
    raise RuntimeError(f"{what} did not become live in {timeout}s:\n{log.read_text()[-3000:]}")
