"""The stand-in for the kubelet's container runtime: a daemon beside kwok.

    python -m llmops.devcluster.dataplane.standin --state-dir D --kubeconfig K [settings]

It is the kubelet of every pod that carries the gateway container (kwok only gives those pods an
IP and Running): in namespaces labelled llmops.dev/data-plane=enabled it runs their processes
(pods.PodRuntime) and writes their readiness from the probes; elsewhere it marks them Ready at
once, as kwok would, so large simulated fleets stay cheap. It also serves the Services of the
opted-in namespaces, runs the cluster's Prometheus and keeps `dataplane/endpoints.json` for
`llmops dev endpoints`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

from kubernetes import client, config, watch

from llmops.devcluster.dataplane import faults, netns, podspec, prometheus, services
from llmops.devcluster.dataplane.faultproxy import SIM_PORT_OFFSET
from llmops.devcluster.dataplane.containers import now_rfc3339
from llmops.devcluster.dataplane.pods import MARKER_ENV, PodRuntime, Settings, Sources
from llmops.devcluster.dataplane.proxy import Forward, host_listener

log = logging.getLogger("llmops.dataplane")
PROMETHEUS_PORT = 9090
RESYNC = 2.0


def _raw(resp) -> dict:
    return json.loads(resp.data)


class Standin:
    def __init__(self, s: Settings, kubeconfig: str, prometheus_bin: str | None, scrape_interval: str) -> None:
        self.s = s
        self.core = client.CoreV1Api(config.new_client_from_config(config_file=kubeconfig))
        self.dir = s.state_dir / "dataplane"
        self.cluster_name = f"llmops-{s.tag}-c"
        self.prometheus_bin, self.scrape_interval = prometheus_bin, scrape_interval
        self.pods: dict[str, PodRuntime] = {}
        self.null_ready: set[str] = set()
        self.deleting: set[str] = set()
        self.forwards: dict[str, tuple[Forward, Forward]] = {}
        self.ports = services.PortAllocator(self._load("ports.json", {}))
        self.written: dict[str, str] = {}
        self.index = 0
        self.svcs: list[dict] = []
        self.dirty = asyncio.Event()
        self.status_dirty = asyncio.Event()
        self.stopping = asyncio.Event()
        self.prom_proc: asyncio.subprocess.Process | None = None
        self.prom_forward: Forward | None = None
        self._alloc_cache: tuple[float, dict] = (0.0, {})
        self.faults: dict[str, list[faults.Fault]] = {}
        self.delays: dict[str, float | None] = {}
        self._faults_text: dict[str, str] = {}

    def _load(self, name: str, default):
        try:
            return json.loads((self.dir / name).read_text())
        except (OSError, ValueError):
            return default

    def _write(self, name: str, data) -> None:
        text = json.dumps(data, indent=2, sort_keys=True)
        if self.written.get(name) == text:
            return
        tmp = self.dir / f".{name}.tmp"
        tmp.write_text(text)
        tmp.rename(self.dir / name)
        self.written[name] = text

    # --- lifecycle --------------------------------------------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stopping.set)
        self.dir.mkdir(parents=True, exist_ok=True)
        netns.create_cluster(self.cluster_name)
        self.cns = netns.NamespaceThread(self.cluster_name)
        if self.prometheus_bin:
            await self._start_prometheus()
        for kind in ("pod", "config_map", "service", "namespace", "secret"):
            threading.Thread(target=self._watch, args=(kind, loop), daemon=True, name=f"watch-{kind}").start()
        self._write_endpoints([])
        (self.dir / "ready").write_text(str(os.getpid()))
        log.info("data plane ready (cluster namespace %s)", self.cluster_name)
        tasks = [asyncio.create_task(self._reconcile_loop()), asyncio.create_task(self._status_loop())]
        await self.stopping.wait()
        for t in tasks:
            t.cancel()
        await self.shutdown()

    def _watch(self, kind: str, loop: asyncio.AbstractEventLoop) -> None:
        fn = getattr(self.core, f"list_{kind}_for_all_namespaces" if kind != "namespace" else "list_namespace")
        while True:
            try:
                for _ in watch.Watch().stream(fn, timeout_seconds=300, _request_timeout=330):
                    loop.call_soon_threadsafe(self.dirty.set)
            except Exception as e:  # noqa: BLE001 - a watch that breaks is restarted, never fatal
                log.debug("watch %s restarted: %s", kind, e)
                time.sleep(1)

    async def _reconcile_loop(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self.dirty.wait(), RESYNC)
            except asyncio.TimeoutError:
                pass
            self.dirty.clear()
            try:
                await self.reconcile()
            except Exception:  # noqa: BLE001 - logged; the next round retries from the level
                log.exception("reconcile failed")
            await asyncio.sleep(0.1)

    async def _status_loop(self) -> None:
        while True:
            await self.status_dirty.wait()
            self.status_dirty.clear()
            try:
                await self.flush_status()
            except Exception:  # noqa: BLE001
                log.exception("status flush failed")
            await asyncio.sleep(0.05)

    def _changed(self) -> None:
        self.status_dirty.set()

    # --- reconcile --------------------------------------------------------------------------

    async def _lists(self):
        nss = _raw(await asyncio.to_thread(self.core.list_namespace, _preload_content=False))["items"]
        opted = {n["metadata"]["name"] for n in nss if podspec.namespace_opted_in(n)}
        self.delays = {n["metadata"]["name"]: podspec.propagation_delay(n) for n in nss}
        pods = _raw(await asyncio.to_thread(self.core.list_pod_for_all_namespaces, _preload_content=False))["items"]
        if not opted:
            return opted, pods, [], Sources({}, {})
        svcs = _raw(await asyncio.to_thread(self.core.list_service_for_all_namespaces, _preload_content=False))["items"]
        cms = _raw(await asyncio.to_thread(self.core.list_config_map_for_all_namespaces, _preload_content=False))["items"]
        secs = _raw(await asyncio.to_thread(self.core.list_secret_for_all_namespaces, _preload_content=False))["items"]
        key = (lambda o: (o["metadata"]["namespace"], o["metadata"]["name"]))
        src = Sources({key(c): c for c in cms if c["metadata"]["namespace"] in opted},
                      {key(s): s for s in secs if s["metadata"]["namespace"] in opted},
                      await self._allocatable())
        return opted, pods, [s for s in svcs if s["metadata"]["namespace"] in opted], src

    async def _allocatable(self) -> dict:
        at, cached = self._alloc_cache
        if time.monotonic() - at > 30:
            nodes = _raw(await asyncio.to_thread(self.core.list_node, _preload_content=False))["items"]
            cached = {n["metadata"]["name"]: (n.get("status") or {}).get("allocatable") or {} for n in nodes}
            self._alloc_cache = (time.monotonic(), cached)
        return cached

    async def reconcile(self) -> None:
        opted, pods, svcs, src = await self._lists()
        self.svcs = svcs
        self._load_faults(opted, src)
        svc_names = [(s["metadata"]["namespace"], s["metadata"]["name"], s["spec"]["clusterIP"])
                     for s in svcs if s.get("spec", {}).get("clusterIP") not in (None, "", "None")]
        seen = set()
        for pod in pods:
            md, st = pod["metadata"], pod.get("status") or {}
            if not podspec.carries_gateway(pod) or not (pod.get("spec") or {}).get("nodeName"):
                continue
            uid = md["uid"]
            seen.add(uid)
            rt = self.pods.get(uid)
            if md.get("deletionTimestamp"):
                if uid not in self.deleting:
                    self.deleting.add(uid)
                    asyncio.create_task(self._delete(pod, rt))
                continue
            if not st.get("podIP"):
                continue  # kwok has not given it an address yet
            if md["namespace"] not in opted:
                if uid not in self.null_ready:
                    await self._mark_ready_without_processes(pod)
                continue
            if rt is None:
                self.index += 1
                rt = self.pods[uid] = PodRuntime(pod, self.index, self.s, self.cns, self._changed,
                                                 profiles=lambda ns=md["namespace"]: self.faults.get(ns, []))
            rt.pod = pod
            try:
                rt.try_start(src, svc_names)
                if rt.containers:
                    rt.sync_volumes(src, time.time(), self.delays.get(md["namespace"]))
                    rt.write_hosts(svc_names)
            except Exception:  # noqa: BLE001 - one broken pod never stops the others
                log.exception("pod %s/%s could not start", md["namespace"], md["name"])
        for uid in [u for u in self.pods if u not in seen and u not in self.deleting]:
            rt = self.pods.pop(uid)
            asyncio.create_task(rt.terminate(2.0))  # force-deleted: nothing to wait for
        self.null_ready &= seen
        self.deleting &= seen | set(self.pods)
        self._changed()

    def _load_faults(self, opted: set[str], src: Sources) -> None:
        """Fault profiles per namespace, applied live; an invalid edit keeps the last good ones."""
        for ns in opted:
            cm = src.cm(ns, faults.CONFIG_MAP)
            text = ((cm or {}).get("data") or {}).get(faults.KEY, "")
            if self._faults_text.get(ns) == text:
                continue
            self._faults_text[ns] = text
            try:
                self.faults[ns] = faults.parse(text)
                log.info("fault profiles of %s: %d", ns, len(self.faults[ns]))
            except (faults.FaultConfigError, ValueError) as e:
                log.warning("fault profiles of %s refused, keeping the last good ones: %s", ns, e)

    async def _mark_ready_without_processes(self, pod: dict) -> None:
        t = now_rfc3339()
        cs = [{"name": c["name"], "image": c.get("image", ""), "imageID": "", "ready": True, "started": True,
               "restartCount": 0, "state": {"running": {"startedAt": t}}} for c in pod["spec"]["containers"]]
        conds = [{"type": k, "status": "True", "lastTransitionTime": t}
                 for k in ("Initialized", "Ready", "ContainersReady", "PodScheduled")]
        await self._patch_status(pod["metadata"]["namespace"], pod["metadata"]["name"],
                                 {"conditions": conds, "containerStatuses": cs})
        self.null_ready.add(pod["metadata"]["uid"])

    async def _patch_status(self, ns: str, name: str, status: dict) -> bool:
        try:
            await asyncio.to_thread(self.core.patch_namespaced_pod_status, name, ns, {"status": status},
                                    _content_type="application/strategic-merge-patch+json", _preload_content=False)
            return True
        except client.ApiException as e:
            if e.status != 404:
                log.warning("status of %s/%s not written: %s", ns, name, e.reason)
            return False

    async def _delete(self, pod: dict, rt: PodRuntime | None) -> None:
        md = pod["metadata"]
        if rt is not None:
            grace = podspec.grace_seconds(pod)
            log.info("pod %s/%s deleted: SIGTERM, up to %gs grace", md["namespace"], md["name"], grace)
            await rt.terminate(grace)
            self.pods.pop(md["uid"], None)
        try:
            await asyncio.to_thread(self.core.delete_namespaced_pod, md["name"], md["namespace"],
                                    grace_period_seconds=0,
                                    body=client.V1DeleteOptions(grace_period_seconds=0,
                                                                preconditions={"uid": md["uid"]}),
                                    _preload_content=False)
        except client.ApiException as e:
            if e.status not in (404, 409):
                log.warning("pod %s/%s not deleted: %s", md["namespace"], md["name"], e.reason)
        self._changed()

    # --- status, Services, Prometheus targets -----------------------------------------------

    async def flush_status(self) -> None:
        for uid, rt in list(self.pods.items()):
            if rt.terminating:
                continue
            st = rt.status()
            text = json.dumps(st, sort_keys=True)
            if self.written.get(uid) != text and await self._patch_status(rt.ns, rt.name, st):
                self.written[uid] = text
        await self.sync_routes()
        self._write_targets()
        self._write("processes.json", self.processes())

    def processes(self) -> list[dict]:
        procs = [{"pod": "", "container": "standin", "pid": os.getpid()}]
        if self.prom_proc is not None and self.prom_proc.returncode is None:
            procs.append({"pod": "", "container": "prometheus", "pid": self.prom_proc.pid})
        for rt in self.pods.values():
            procs += rt.processes()
        return procs

    def pod_views(self) -> list[services.PodView]:
        out = []
        for rt in self.pods.values():
            ports = {n: p for plan in rt.plans for n, p in plan.ports.items()}
            out.append(services.PodView(rt.ns, rt.name, rt.pod["metadata"].get("labels") or {}, rt.ip,
                                        rt.ready, ports))
        return out

    async def sync_routes(self) -> None:
        routes = services.routes(self.svcs, self.pod_views())
        want = {r.key: r for r in routes}
        for key in [k for k in self.forwards if k not in want]:
            for f in self.forwards.pop(key):
                await f.stop()
            self.ports.release(key)
        for key, r in want.items():
            if key in self.forwards:
                for f in self.forwards[key]:
                    f.backends = r.backends
                continue
            try:
                inner = Forward(self.cns, self.cns.listener(r.cluster_ip, r.port), r.backends)
            except OSError as e:
                log.warning("service %s: cannot listen on %s:%d: %s", key, r.cluster_ip, r.port, e)
                continue
            outer = Forward(self.cns, self._host_socket(key), r.backends)
            await inner.start()
            await outer.start()
            self.forwards[key] = (inner, outer)
            log.info("service %s: %s:%d in the cluster, 127.0.0.1:%d on the host", key, r.cluster_ip, r.port, outer.port)
        self._write("ports.json", self.ports.by_key)
        self._write_endpoints(routes)

    def _host_socket(self, key: str):
        port = self.ports.get(key)
        for _ in range(50):
            try:
                return host_listener(port)
            except OSError:
                port = self.ports.refuse(key)  # taken by another program: the next one
        raise OSError(f"no free host port for {key}")

    def _write_endpoints(self, routes: list[services.Route]) -> None:
        prom = f"http://127.0.0.1:{self.prom_forward.port}" if self.prom_forward else None
        self._write("endpoints.json", {"prometheus": prom, "endpoints": services.endpoints(
            routes, {k: f[1].port for k, f in self.forwards.items()})})

    def _write_targets(self) -> None:
        pods = []
        for rt in self.pods.values():
            if rt.terminating or not rt.containers:
                continue
            ann = rt.pod["metadata"].get("annotations") or {}
            conts = {}
            for plan in rt.plans:
                if plan.role == "gateway":
                    port = plan.ports.get("http") or next(iter(plan.ports.values()), 8080)
                    conts[plan.name] = (port, ann.get("prometheus.io/path", "/metrics"))
                elif plan.role == "engine":
                    conts[plan.name] = (podspec.engine_port(plan) + SIM_PORT_OFFSET, "/metrics")
            pods.append({"namespace": rt.ns, "name": rt.name, "ip": rt.ip,
                         "labels": rt.pod["metadata"].get("labels") or {}, "containers": conts})
        self._write(prometheus.TARGETS_FILE, prometheus.targets(pods))

    async def _start_prometheus(self) -> None:
        pdir = self.s.state_dir / "prometheus"
        (pdir / "data").mkdir(parents=True, exist_ok=True)
        self._write(prometheus.TARGETS_FILE, [])
        cfg = pdir / "prometheus.yml"
        cfg.write_text(prometheus.config(str(self.dir / prometheus.TARGETS_FILE), self.scrape_interval))
        argv = [sys.executable, "-m", "llmops.devcluster.dataplane.sandbox", "--netns", self.cluster_name, "--",
                self.prometheus_bin, f"--config.file={cfg}", f"--storage.tsdb.path={pdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{PROMETHEUS_PORT}", "--web.enable-lifecycle",
                "--storage.tsdb.retention.time=7d", "--log.level=warn"]
        logs = self.s.state_dir / "logs"
        logs.mkdir(exist_ok=True)
        with open(logs / "prometheus.log", "ab") as out:
            self.prom_proc = await asyncio.create_subprocess_exec(
                *argv, stdout=out, stderr=asyncio.subprocess.STDOUT, stdin=asyncio.subprocess.DEVNULL,
                env={**os.environ, MARKER_ENV: str(self.s.state_dir)}, start_new_session=True)
        self.prom_forward = Forward(self.cns, self._host_socket("prometheus"), (("127.0.0.1", PROMETHEUS_PORT),))
        await self.prom_forward.start()
        log.info("prometheus on 127.0.0.1:%d (scrape interval %s)", self.prom_forward.port, self.scrape_interval)

    async def shutdown(self) -> None:
        log.info("stopping %d pod(s)", len(self.pods))
        await asyncio.gather(*(rt.terminate(min(podspec.grace_seconds(rt.pod), 3.0)) for rt in self.pods.values()),
                             return_exceptions=True)
        for pair in self.forwards.values():
            for f in pair:
                await f.stop()
        if self.prom_forward:
            await self.prom_forward.stop()
        if self.prom_proc is not None and self.prom_proc.returncode is None:
            self.prom_proc.terminate()
            try:
                await asyncio.wait_for(self.prom_proc.wait(), 5)
            except asyncio.TimeoutError:
                self.prom_proc.kill()
        for name in netns.listed(f"llmops-{self.s.tag}-"):
            netns.delete(name)
        (self.dir / "ready").unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="llmops-dataplane")
    p.add_argument("--state-dir", type=Path, required=True)
    p.add_argument("--kubeconfig", required=True)
    p.add_argument("--simulator", default="xpyd-sim", choices=("xpyd-sim", "llm-d-inference-sim"))
    p.add_argument("--simulator-binary", required=True)
    p.add_argument("--prometheus-binary")
    p.add_argument("--scrape-interval", default="5s")
    p.add_argument("--backoff-base", type=float, default=10.0)
    p.add_argument("--probe-period-cap", type=float, default=1.0)
    p.add_argument("--propagation-delay", type=float, default=0.0)
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    s = Settings(state_dir=a.state_dir.resolve(), tag=netns.tag_of(a.state_dir),
                 simulator=(a.simulator, a.simulator_binary), backoff_base=a.backoff_base,
                 probe_period_cap=a.probe_period_cap, propagation_delay=a.propagation_delay)
    asyncio.run(Standin(s, a.kubeconfig, a.prometheus_binary, a.scrape_interval).run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
