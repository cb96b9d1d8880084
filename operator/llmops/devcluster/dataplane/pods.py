"""One pod run by the stand-in: its network namespace, projected volumes, hosts file, env and
containers, and the pod status that follows from them."""

from __future__ import annotations

import asyncio
import logging
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from llmops.devcluster.dataplane import envresolve, netns, podspec, projection
from llmops.devcluster.dataplane.containers import Backoff, Container, now_rfc3339
from llmops.devcluster.dataplane.envresolve import ConfigError
from llmops.devcluster.dataplane.faultproxy import SIM_PORT_OFFSET, FaultProxy

log = logging.getLogger("llmops.dataplane.pods")

MARKER_ENV = "LLMOPS_DATAPLANE_STATE"   # names the state directory in every process we start


@dataclass(frozen=True)
class Settings:
    state_dir: Path
    tag: str
    simulator: tuple[str, str]          # (kind, binary)
    backoff_base: float = 10.0
    probe_period_cap: float = 1.0
    propagation_delay: float = 0.0      # seconds a changed ConfigMap/Secret waits before projection


@dataclass
class Sources:
    """The ConfigMaps, Secrets and node allocatable the pod's spec refers to (one snapshot)."""

    configmaps: dict[tuple[str, str], dict]
    secrets: dict[tuple[str, str], dict]
    allocatable: dict[str, dict] = field(default_factory=dict)   # node -> allocatable

    def cm(self, ns: str, name: str) -> dict | None:
        return self.configmaps.get((ns, name))

    def secret(self, ns: str, name: str) -> dict | None:
        return self.secrets.get((ns, name))


def volume_payload(vol: dict, ns: str, src: Sources) -> dict[str, bytes] | None:
    """The files of a configMap/secret volume, or None when its source is missing (and not
    optional: then the pod cannot start, as with a kubelet's FailedMount)."""
    if "configMap" in vol:
        ref, obj, binary = vol["configMap"], src.cm(ns, vol["configMap"]["name"]), False
    elif "secret" in vol:
        ref, obj, binary = vol["secret"], src.secret(ns, vol["secret"]["secretName"]), True
    else:
        return {}
    if obj is None:
        return {} if ref.get("optional") else None
    return projection.payload_of(obj, ref.get("items"), binary)


class PodRuntime:
    def __init__(self, pod: dict, index: int, s: Settings, cluster_ns: netns.NamespaceThread,
                 on_change: Callable[[], None], profiles: Callable[[], list] = list) -> None:
        md = pod["metadata"]
        self.ns, self.name, self.uid = md["namespace"], md["name"], md["uid"]
        self.pod = pod
        self.ip = pod["status"]["podIP"]
        self.s, self.cluster_ns, self._notify = s, cluster_ns, on_change
        self.netns_name = f"llmops-{s.tag}-p{index}"
        self.veth = f"vp{index}"
        self.dir = s.state_dir / "dataplane" / "pods" / f"{self.ns}_{self.name}_{self.uid[:8]}"
        self.plans = podspec.plan(pod)
        self.containers: dict[str, Container] = {}
        self.waiting: dict[str, dict] = {c.name: {"reason": "ContainerCreating"} for c in self.plans}
        self.tasks: list[asyncio.Task] = []
        self.terminating = False
        self.created = False
        self._pending: dict[str, tuple[dict[str, bytes], float]] = {}   # volume -> (payload, first seen)
        self.conditions_since: dict[str, tuple[str, str]] = {}
        self.profiles = profiles
        self.fault_proxy: FaultProxy | None = None

    # --- set-up -----------------------------------------------------------------------------

    @property
    def pod_ref(self) -> str:
        return f"{self.ns}/{self.name}({self.uid})"

    def volume_dir(self, vol: str) -> Path:
        return self.dir / "volumes" / vol

    def sync_volumes(self, src: Sources, now: float, delay: float | None = None) -> list[str]:
        """Project every configMap/secret volume (a change only after the propagation delay:
        the cluster's setting, or the namespace's annotation). Returns the names of volumes
        whose source is missing."""
        delay = self.s.propagation_delay if delay is None else delay
        missing = []
        for name, vol in podspec.volumes(self.pod).items():
            if "emptyDir" in vol:
                self.volume_dir(name).mkdir(parents=True, exist_ok=True)
                continue
            if "configMap" not in vol and "secret" not in vol:
                continue
            try:
                payload = volume_payload(vol, self.ns, src)
            except projection.ProjectionError as e:
                log.warning("%s: volume %s: %s", self.pod_ref, name, e)
                missing.append(name)
                continue
            if payload is None:
                missing.append(name)
                continue
            d = self.volume_dir(name)
            first = projection.current(d) is None
            if first or delay <= 0:
                projection.project(d, payload)
                continue
            if projection.current(d) == payload:
                self._pending.pop(name, None)
                continue
            seen = self._pending.get(name)
            if seen is None or seen[0] != payload:
                self._pending[name] = (payload, now)
            elif now - seen[1] >= delay:
                projection.project(d, payload)
                self._pending.pop(name, None)
        return missing

    def write_hosts(self, services: list[tuple[str, str, str]]) -> None:
        from llmops.devcluster.dataplane.services import hosts_file

        text = hosts_file(self.ip, self.name, self.ns, services)
        f = self.dir / "hosts"
        # Rewritten in place: the file is bind-mounted, so a rename would not be seen.
        if not f.exists() or f.read_text() != text:
            with open(f, "w") as out:
                out.write(text)

    def _argv(self, plan: podspec.ContainerPlan) -> list[str]:
        inner = (podspec.gateway_argv({"args": list(plan.args)}) if plan.role == "gateway"
                 else podspec.simulator_argv(*self.s.simulator, podspec.engine_port(plan) + SIM_PORT_OFFSET,
                                             plan.models))
        wrap = [sys.executable, "-m", "llmops.devcluster.dataplane.sandbox", "--netns", self.netns_name,
                "--hostname", self.name[:63], "--hosts", str(self.dir / "hosts"),
                "--scratch", str(self.dir / "overlay" / plan.name)]
        vols = podspec.volumes(self.pod)
        for m in plan.mounts if plan.role == "gateway" else ():
            v = vols.get(m.volume, {})
            if any(k in v for k in podspec.PROJECTED_VOLUMES):
                src = self.volume_dir(m.volume) / m.sub_path if m.sub_path else self.volume_dir(m.volume)
                ro = ":ro" if ("configMap" in v or "secret" in v) else ""
                wrap += ["--bind", f"{src}:{m.path}{ro}"]
        return [*wrap, "--", *inner]

    def _env(self, plan: podspec.ContainerPlan, src: Sources) -> dict[str, str]:
        spec_c = next(c for c in self.pod["spec"]["containers"] if c["name"] == plan.name)
        env = envresolve.resolve(self.pod, spec_c, src.cm, src.secret,
                                 src.allocatable.get(self.pod["spec"].get("nodeName", ""), {}))
        base = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "HOME": "/tmp", "LANG": "C.UTF-8", "HOSTNAME": self.name}
        return {**base, **env, MARKER_ENV: str(self.s.state_dir), "LLMOPS_DATAPLANE_POD": f"{self.ns}/{self.name}"}

    def try_start(self, src: Sources, services: list[tuple[str, str, str]]) -> None:
        """Create what the pod needs and start its containers; what cannot start yet waits
        with the kubelet's reason (ContainerCreating, CreateContainerConfigError)."""
        if self.terminating or self.containers:
            return
        missing = self.sync_volumes(src, time.time())
        if missing:
            msg = f"MountVolume.SetUp failed for volume {missing[0]!r}: its ConfigMap/Secret was not found"
            self._set_waiting({c.name: {"reason": "ContainerCreating", "message": msg} for c in self.plans})
            return
        envs: dict[str, dict[str, str]] = {}
        errors: dict[str, dict] = {}
        for plan in self.plans:
            if plan.role == "other":
                continue
            try:
                envs[plan.name] = self._env(plan, src)
            except ConfigError as e:
                errors[plan.name] = {"reason": "CreateContainerConfigError", "message": str(e)}
        if errors:
            self._set_waiting({**{c.name: {"reason": "ContainerCreating"} for c in self.plans}, **errors})
            return
        if not self.created:
            self.dir.mkdir(parents=True, exist_ok=True)
            (self.dir / "logs").mkdir(exist_ok=True)
            self.write_hosts(services)
            netns.create_pod(f"llmops-{self.s.tag}-c", self.netns_name, self.veth, self.ip)
            self.created = True
            self._start_fault_proxy()
        for plan in self.plans:
            if plan.role == "other":
                continue
            c = Container(plan=plan, argv=self._argv(plan), env=envs[plan.name],
                          log_path=self.dir / "logs" / f"{plan.name}.log", pod_ref=self.pod_ref,
                          on_change=self._notify, backoff=Backoff(base=self.s.backoff_base),
                          probe_period_cap=self.s.probe_period_cap)
            self.containers[plan.name] = c
            self.tasks.append(asyncio.create_task(c.run(self.cluster_ns, self.ip)))
        self.waiting = {}
        self._notify()

    def _start_fault_proxy(self) -> None:
        """The engine's port inside the pod is the fault proxy's; the simulator sits behind it."""
        engine = next((p for p in self.plans if p.role == "engine"), None)
        if engine is None:
            return
        port = podspec.engine_port(engine)
        pod_ns = netns.NamespaceThread(self.netns_name)
        try:
            sock = pod_ns.listener("0.0.0.0", port)
        finally:
            pod_ns.close()
        dep = (self.pod["metadata"].get("labels") or {}).get("llmops.dev/deployment", "")
        self.fault_proxy = FaultProxy(sock, self.cluster_ns, (self.ip, port + SIM_PORT_OFFSET), dep, self.profiles)
        self.tasks.append(asyncio.create_task(self.fault_proxy.start()))

    def _set_waiting(self, waiting: dict[str, dict]) -> None:
        if waiting != self.waiting:
            self.waiting = waiting
            self._notify()

    # --- status -----------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        run = [c for c in self.plans if c.role != "other"]
        return (not self.terminating and bool(self.containers) and len(self.containers) == len(run)
                and all(c.ready for c in self.containers.values()))

    def status(self) -> dict:
        statuses = []
        for plan in self.plans:
            c = self.containers.get(plan.name)
            if c is not None:
                statuses.append(c.status())
            elif plan.role == "other":  # not simulated: shown running, as kwok would
                statuses.append({"name": plan.name, "image": plan.image, "imageID": "", "ready": True,
                                 "started": True, "restartCount": 0,
                                 "state": {"running": {"startedAt": now_rfc3339()}}})
            else:
                statuses.append({"name": plan.name, "image": plan.image, "imageID": "", "ready": False,
                                 "started": False, "restartCount": 0,
                                 "state": {"waiting": self.waiting.get(plan.name, {"reason": "ContainerCreating"})}})
        ready = "True" if self.ready else "False"
        conds = []
        for type_, st in (("Initialized", "True"), ("Ready", ready), ("ContainersReady", ready), ("PodScheduled", "True")):
            prev = self.conditions_since.get(type_)
            if prev is None or prev[0] != st:
                self.conditions_since[type_] = (st, now_rfc3339())
            c = {"type": type_, "status": st, "lastTransitionTime": self.conditions_since[type_][1]}
            if st == "False":
                c["reason"] = "ContainersNotReady"
                c["message"] = "containers with unready status: [" + " ".join(
                    s["name"] for s in statuses if not s["ready"]) + "]"
            conds.append(c)
        return {"conditions": conds, "containerStatuses": statuses}

    def processes(self) -> list[dict]:
        return [{"pod": f"{self.ns}/{self.name}", "container": n, "pid": c.proc.pid, "start": c.pid_start}
                for n, c in self.containers.items() if c.proc is not None and c.proc.returncode is None]

    # --- tear-down --------------------------------------------------------------------------

    async def terminate(self, grace: float) -> None:
        """SIGTERM every container, wait up to `grace`, SIGKILL; then remove the namespace."""
        self.terminating = True
        self._notify()
        await asyncio.gather(*(c.stop(grace) for c in self.containers.values()), return_exceptions=True)
        for t in self.tasks:
            t.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.fault_proxy is not None:
            await self.fault_proxy.stop()
        netns.delete(self.netns_name)
        shutil.rmtree(self.dir / "overlay", ignore_errors=True)
