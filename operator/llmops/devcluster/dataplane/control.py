"""Start, stop and inspect the data plane of a local cluster (used by cluster.up/down and the CLI)."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from llmops.devcluster import build, processes
from llmops.devcluster.dataplane import netns
from llmops.devcluster.dataplane.pods import MARKER_ENV
from llmops.devcluster.processes import Proc

Log = Callable[[str], None]


@dataclass(frozen=True)
class Options:
    """How the data plane runs. Tests shorten the scrape interval and the back-off."""

    enabled: bool = True
    scrape_interval: str = "5s"
    backoff_base: float = 10.0         # the kubelet's crash-loop back-off starts at 10 s
    probe_period_cap: float = 1.0
    propagation_delay: float = 0.0     # a real kubelet takes up to about a minute


def simulator() -> tuple[str, str]:
    """llm-d-inference-sim when it is built, else PyPI's xpyd-sim."""
    sim = build.inference_sim_binary()
    if sim.exists():
        return "llm-d-inference-sim", str(sim)
    exe = Path(sys.executable).with_name("xpyd-sim")
    return "xpyd-sim", str(exe) if exe.exists() else "xpyd-sim"


def start(state_dir: Path, kubeconfig: str, logs_dir: Path, opts: Options, log: Log,
          timeout: float = 30) -> Proc | None:
    if not opts.enabled:
        return None
    if not netns.can_create():
        log("the data plane needs root (network and mount namespaces): running without one; "
            "pods stay as kwok makes them")
        return None
    kind, binary = simulator()
    prom = build.prometheus_binary()
    argv = [sys.executable, "-m", "llmops.devcluster.dataplane.standin", "--state-dir", str(state_dir),
            "--kubeconfig", kubeconfig, "--simulator", kind, "--simulator-binary", binary,
            "--scrape-interval", opts.scrape_interval, "--backoff-base", str(opts.backoff_base),
            "--probe-period-cap", str(opts.probe_period_cap), "--propagation-delay", str(opts.propagation_delay)]
    if prom.exists():
        argv += ["--prometheus-binary", str(prom)]
    else:
        log("Prometheus is not built (`llmops dev cluster build`): the data plane runs without it")
    log(f"starting the data plane (simulator {kind}{', Prometheus' if prom.exists() else ''})")
    proc = processes.start("dataplane", argv, logs_dir, env={**os.environ, MARKER_ENV: str(state_dir)})
    ready = state_dir / "dataplane" / "ready"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready.exists():
            return proc
        if not proc.alive():
            break
        time.sleep(0.1)
    tail = processes.tail(proc.log, 30)
    processes.stop(proc)
    raise RuntimeError(f"the data plane did not start; last lines of {proc.log}:\n{tail}")


def tagged_processes(state_dir: Path) -> list[int]:
    """Every process whose environment names this state directory (what `down` must stop)."""
    want = f"{MARKER_ENV}={Path(state_dir).resolve()}".encode()
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            env = (d / "environ").read_bytes().split(b"\0")
            state = (d / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if want in env and state != "Z":
            out.append(int(d.name))
    return out


def sweep(state_dir: Path, log: Log) -> int:
    """After the stand-in stopped: kill whatever still carries its tag, remove its namespaces."""
    left = tagged_processes(state_dir)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in left:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and (left := tagged_processes(state_dir)):
            time.sleep(0.1)
        if not left:
            break
    names = netns.listed(f"llmops-{netns.tag_of(state_dir)}-")
    for name in names:
        netns.delete(name)
    if names:
        log(f"removed {len(names)} network namespace(s) of the data plane")
    return len(names)


def endpoints(state_dir: Path) -> dict:
    try:
        return json.loads((Path(state_dir) / "dataplane" / "endpoints.json").read_text())
    except (OSError, ValueError):
        return {"prometheus": None, "endpoints": []}
