"""Run the operator as a local process beside the dev cluster (what `llmops dev up` does)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

from llmops.devcluster import kubectl, processes
from llmops.devcluster.cluster import ClusterState
from llmops.devcluster.processes import Proc


def _record(st: ClusterState) -> Path:
    return Path(st.dir) / "operator.json"


def start(st: ClusterState, namespaces: list[str] | None = None, prometheus_url: str | None = None) -> Proc:
    """`prometheus_url`: the data plane's Prometheus, which canary analysis, spend and budget
    grants read (without it a budget with Throttle or Fallback admits nothing)."""
    stop(st)
    port, live = processes.free_port(), processes.free_port()
    argv = [sys.executable, "-m", "llmops.cli", "operator", "--bind-address=127.0.0.1",
            f"--metrics-port={port}", f"--liveness-port={live}"]
    for ns in namespaces or []:
        argv.append(f"--namespace={ns}")
    if prometheus_url:
        argv.append(f"--prometheus-url={prometheus_url}")
    env = dict(os.environ, KUBECONFIG=st.kubeconfig)
    proc = processes.start("operator", argv, st.logs_dir, env=env)
    _record(st).write_text(json.dumps({**proc.__dict__, "metrics_port": port}))
    return proc


def data_plane_prometheus(st: ClusterState, timeout: float = 30) -> str | None:
    """The data plane's Prometheus URL, once its stand-in has written it (None if it does not)."""
    from llmops.devcluster.dataplane import control

    deadline = time.monotonic() + timeout
    while True:
        url = control.endpoints(Path(st.dir)).get("prometheus")
        if url or time.monotonic() >= deadline:
            return url
        time.sleep(0.5)


def stop(st: ClusterState) -> None:
    f = _record(st)
    if f.exists():
        data = json.loads(f.read_text())
        data.pop("metrics_port", None)
        processes.stop(Proc(**data))
        f.unlink()


def wait_ready(kubeconfig: str, namespace: str, log: Callable[[str], None], timeout: int = 180) -> bool:
    """Wait for every LLMDeployment in namespace to be Ready, printing progress."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        out = kubectl.run(kubeconfig, "get", "llmdeployments", "-n", namespace, "-o",
                          "jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=='Ready')].status} {end}",
                          check=False).stdout.split()
        pending = [kv.split("=")[0] for kv in out if not kv.endswith("=True")]
        if out and not pending:
            log(f"all {len(out)} LLMDeployments are Ready")
            return True
        log(f"waiting for {len(pending)} LLMDeployment(s) to become Ready: {', '.join(pending[:5])}")
        time.sleep(3)
    log("not every LLMDeployment became Ready in time; see the table and `kubectl describe llmd`")
    return False
