"""One container's process: started in its pod's sandbox, restarted with the kubelet's back-off,
probed, and described as a `containerStatuses` entry."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from llmops.devcluster.dataplane import probes
from llmops.devcluster.dataplane.netns import NamespaceThread
from llmops.devcluster.dataplane.podspec import ContainerPlan, Probe

log = logging.getLogger("llmops.dataplane.containers")


def now_rfc3339(t: float | None = None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() if t is None else t))


@dataclass
class Backoff:
    """The kubelet's crash-loop back-off: base, doubling to a cap, reset after a long run."""

    base: float = 10.0
    cap: float = 300.0
    reset_after: float = 600.0
    n: int = 0

    def next(self, ran_for: float) -> float:
        if ran_for >= self.reset_after:
            self.n = 0
        delay = min(self.base * (2 ** self.n), self.cap)
        self.n += 1
        return delay


def _start_time(pid: int) -> int:
    """The kernel's start time of pid (clock ticks since boot): a PID with it is unambiguous."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return 0


@dataclass
class Container:
    plan: ContainerPlan
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    pod_ref: str                       # ns/name(uid), for the back-off message
    on_change: Callable[[], None]
    backoff: Backoff = field(default_factory=Backoff)
    probe_period_cap: float = 1.0
    restart_count: int = 0
    ready: bool = False
    state: dict = field(default_factory=lambda: {"waiting": {"reason": "ContainerCreating"}})
    last_state: dict = field(default_factory=dict)
    proc: asyncio.subprocess.Process | None = None
    pid_start: int = 0
    _stopping: bool = False
    _wake: asyncio.Event = field(default_factory=asyncio.Event)

    def status(self) -> dict:
        s = {"name": self.plan.name, "image": self.plan.image, "imageID": "", "ready": self.ready,
             "started": "running" in self.state, "restartCount": self.restart_count, "state": self.state}
        if self.last_state:
            s["lastState"] = self.last_state
        if self.proc is not None and "running" in self.state:
            s["containerID"] = f"llmops://{self.proc.pid}"
        return s

    async def run(self, ns: NamespaceThread, pod_ip: str) -> None:
        """Run, and restart after every exit, until stop()."""
        while not self._stopping:
            started = time.monotonic()
            with open(self.log_path, "ab") as out:
                self.proc = await asyncio.create_subprocess_exec(
                    *self.argv, env=self.env, stdout=out, stderr=asyncio.subprocess.STDOUT,
                    stdin=asyncio.subprocess.DEVNULL, start_new_session=True)
            self.pid_start = _start_time(self.proc.pid)
            self.state = {"running": {"startedAt": now_rfc3339()}}
            self.on_change()
            probe_tasks = [asyncio.create_task(self._probe_loop(ns, pod_ip, p, kind))
                           for p, kind in ((self.plan.readiness, "readiness"), (self.plan.liveness, "liveness"))
                           if p is not None]
            if self.plan.readiness is None:
                self._set_ready(True)
            rc = await self.proc.wait()
            for t in probe_tasks:
                t.cancel()
            self._set_ready(False)
            if self._stopping:
                self.state = {"terminated": {"exitCode": rc, "reason": "Completed" if rc == 0 else "Error",
                                             "finishedAt": now_rfc3339()}}
                self.on_change()
                return
            self.restart_count += 1
            self.last_state = {"terminated": {"exitCode": rc, "reason": "Completed" if rc == 0 else "Error",
                                              "startedAt": self.state["running"]["startedAt"],
                                              "finishedAt": now_rfc3339()}}
            delay = self.backoff.next(time.monotonic() - started)
            self.state = {"waiting": {"reason": "CrashLoopBackOff", "message":
                                      f"back-off {delay:g}s restarting failed container={self.plan.name} "
                                      f"pod={self.pod_ref}"}}
            log.info("%s: container %s exited with %s; restarting in %gs", self.pod_ref, self.plan.name, rc, delay)
            self.on_change()
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), delay)
            except asyncio.TimeoutError:
                pass

    def _set_ready(self, ready: bool) -> None:
        if ready != self.ready:
            self.ready = ready
            self.on_change()

    async def _probe_loop(self, ns: NamespaceThread, pod_ip: str, probe: Probe, kind: str) -> None:
        await asyncio.sleep(probe.initial_delay)
        ok_run = fail_run = 0
        # Until the first success the probe runs quickly, so a pod is Ready soon after its
        # processes are; afterwards at the pod's own period (capped: see docs/devcluster.md).
        period = min(probe.period, self.probe_period_cap)
        while True:
            ok = await probes.run(ns, pod_ip, probe)
            ok_run, fail_run = (ok_run + 1, 0) if ok else (0, fail_run + 1)
            if kind == "readiness":
                if ok_run >= probe.success_threshold:
                    self._set_ready(True)
                elif fail_run >= probe.failure_threshold or not self.ready:
                    self._set_ready(False)
            elif fail_run >= probe.failure_threshold and self.proc is not None:
                log.info("%s: liveness probe of %s failed %d times: killing it", self.pod_ref, self.plan.name, fail_run)
                self._signal(signal.SIGKILL)
                return
            await asyncio.sleep(probe.period if kind == "liveness" else period if self.ready else min(period, 0.25))

    def _signal(self, sig: int) -> None:
        if self.proc is not None and self.proc.returncode is None:
            try:
                os.kill(self.proc.pid, sig)
            except ProcessLookupError:
                pass

    async def stop(self, grace: float) -> None:
        """SIGTERM, `grace` seconds, then SIGKILL (what a deleted pod's containers get)."""
        self._stopping = True
        self._wake.set()
        if self.proc is None or self.proc.returncode is not None:
            return
        self._signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.proc.wait(), grace)
        except asyncio.TimeoutError:
            self._signal(signal.SIGKILL)
            await self.proc.wait()
