"""The local control plane: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and
kwok as plain processes on 127.0.0.1, with simulated GPU nodes.

Everything lives in one state directory: `state.json` (ports, PIDs, versions), `pki/`,
`etcd/`, `logs/<component>.log` and `kubeconfig`. `down` stops exactly the PIDs it recorded.
"""

from __future__ import annotations

import json
import shutil
import ssl
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

from llmops.devcluster import build, pki, processes
from llmops.devcluster.dataplane import control as dataplane
from llmops.devcluster.processes import Proc
from llmops.devcluster.versions import KubeVersion

Log = Callable[[str], None]

SERVICE_CIDR = "10.96.0.0/12"
POD_CIDR = "10.244.0.0/16"
FAKE_NODE_ANNOTATION = ("kwok.x-k8s.io/node", "fake")
KEPT_ACROSS_RESTARTS = "prometheus"   # its TSDB: history survives `cluster down` + `up`


class ClusterError(RuntimeError):
    """The cluster could not be started; the message says which component and shows its log."""


def _say(msg: str) -> None:
    print(f"[llmops cluster {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


@dataclass
class ClusterState:
    dir: str
    kube_version: str = ""
    ports: dict[str, int] = field(default_factory=dict)
    procs: list[Proc] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)

    @property
    def kubeconfig(self) -> str:
        return str(Path(self.dir) / "kubeconfig")

    @property
    def logs_dir(self) -> Path:
        return Path(self.dir) / "logs"

    @property
    def server(self) -> str:
        return f"https://127.0.0.1:{self.ports['apiserver']}"

    def save(self) -> None:
        (Path(self.dir) / "state.json").write_text(json.dumps(asdict(self), indent=2))

    @classmethod
    def load(cls, directory: str | Path) -> "ClusterState | None":
        f = Path(directory) / "state.json"
        if not f.exists():
            return None
        data = json.loads(f.read_text())
        data["procs"] = [Proc(**p) for p in data.get("procs", [])]
        return cls(**data)

    def running(self) -> dict[str, bool]:
        return {p.name: p.alive() for p in self.procs}


def _ssl_context(p: pki.Pki) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(p.ca_crt))
    ctx.load_cert_chain(str(p.admin_crt), str(p.admin_key))
    return ctx


def _wait_http(url: str, what: str, proc: Proc, timeout: float, ctx: ssl.SSLContext | None = None,
               log: Log = _say) -> None:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if not proc.alive():
            raise ClusterError(f"{what} exited during start-up; last lines of {proc.log}:\n"
                               f"{processes.tail(proc.log, 30)}")
        try:
            with urllib.request.urlopen(url, timeout=2, context=ctx) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError) as e:
            last = str(e)
        time.sleep(0.25)
    raise ClusterError(f"{what} not ready at {url} after {timeout:.0f}s ({last}); "
                       f"last lines of {proc.log}:\n{processes.tail(proc.log, 30)}")


def _kwok_config(state_dir: Path) -> Path:
    dst = state_dir / "kwok.yaml"
    dst.write_text(resources.files("llmops.devcluster").joinpath("data/kwok-stages.yaml").read_text())
    return dst


def _binaries() -> tuple[KubeVersion, dict[str, Path]]:
    v = build.find_kubernetes()
    if v is None:
        raise ClusterError("the control-plane binaries are not built yet: run `llmops dev cluster build`")
    bins = dict(build.kube_binaries(v))
    for name, fn in (("etcd", build.build_etcd), ("kwok", build.build_kwok)):
        bins[name] = fn(log=lambda _m: None)
    return v, bins


def up(state_dir: str | Path, nodes: int = 2, gpus_per_node: int = 8, log: Log = _say,
       pods_per_node: int = 110, data_plane: dataplane.Options | None = None) -> ClusterState:
    """Start a fresh control plane in state_dir (which must not hold a running one)."""
    d = Path(state_dir).resolve()
    old = ClusterState.load(d)
    if old and any(old.running().values()):
        raise ClusterError(f"a cluster is already running from {d}; run `llmops dev cluster down` first")
    if d.exists() and any(d.iterdir()):
        if not (d / "state.json").exists():
            raise ClusterError(f"{d} is not empty and holds no cluster state; refusing to delete it. "
                               "Choose another --state-dir.")
        for child in d.iterdir():  # a fresh cluster; Prometheus's data is kept across restarts
            if child.name == KEPT_ACROSS_RESTARTS:
                continue
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    d.mkdir(parents=True, exist_ok=True)
    v, bins = _binaries()
    st = ClusterState(dir=str(d), kube_version=v.tag)
    names = ("etcd", "etcd_peer", "apiserver", "controller_manager", "scheduler", "kwok")
    st.ports = dict(zip(names, processes.free_ports(len(names))))
    started = time.monotonic()
    try:
        _start_all(st, bins, log)
        _create_nodes(st, nodes, gpus_per_node, log, pods_per_node)
        _start_data_plane(st, data_plane or dataplane.Options(), log)
    except BaseException:
        log(f"start-up failed; stopping what was started (logs stay in {st.logs_dir})")
        _stop_all(st, log=lambda _m: None)
        raise
    log(f"cluster ready in {time.monotonic() - started:.1f}s: kubeconfig {st.kubeconfig}")
    return st


def _start_all(st: ClusterState, bins: dict[str, Path], log: Log) -> None:
    d, p = Path(st.dir), st.ports
    keys = pki.generate(d / "pki")
    pki.write_kubeconfig(keys, st.server, Path(st.kubeconfig))
    ctx = _ssl_context(keys)

    log(f"starting etcd on 127.0.0.1:{p['etcd']}")
    etcd = processes.start("etcd", [
        str(bins["etcd"]), "--name=n0", f"--data-dir={d / 'etcd'}",
        f"--listen-client-urls=http://127.0.0.1:{p['etcd']}",
        f"--advertise-client-urls=http://127.0.0.1:{p['etcd']}",
        f"--listen-peer-urls=http://127.0.0.1:{p['etcd_peer']}",
        f"--initial-advertise-peer-urls=http://127.0.0.1:{p['etcd_peer']}",
        f"--initial-cluster=n0=http://127.0.0.1:{p['etcd_peer']}",
        "--unsafe-no-fsync=true", "--quota-backend-bytes=4294967296", "--log-level=warn",
    ], st.logs_dir)
    st.procs.append(etcd)
    st.save()
    _wait_http(f"http://127.0.0.1:{p['etcd']}/health", "etcd", etcd, 30, log=log)

    log(f"starting kube-apiserver {st.kube_version} on 127.0.0.1:{p['apiserver']}")
    apiserver = processes.start("kube-apiserver", [
        str(bins["kube-apiserver"]),
        f"--etcd-servers=http://127.0.0.1:{p['etcd']}",
        # loopback is refused by the endpoint reconciler; nothing in-cluster dials the apiserver
        "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--endpoint-reconciler-type=none",
        f"--secure-port={p['apiserver']}", f"--cert-dir={d / 'pki'}",
        f"--tls-cert-file={keys.apiserver_crt}", f"--tls-private-key-file={keys.apiserver_key}",
        f"--client-ca-file={keys.ca_crt}",
        "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
        f"--service-account-key-file={keys.sa_pub}",
        f"--service-account-signing-key-file={keys.sa_key}",
        f"--service-cluster-ip-range={SERVICE_CIDR}",
        "--authorization-mode=Node,RBAC", "--allow-privileged=true",
        "--profiling=false", "--v=1",
    ], st.logs_dir)
    st.procs.append(apiserver)
    st.save()
    _wait_http(f"{st.server}/readyz", "kube-apiserver", apiserver, 120, ctx, log)

    common = [f"--kubeconfig={st.kubeconfig}", f"--authentication-kubeconfig={st.kubeconfig}",
              f"--authorization-kubeconfig={st.kubeconfig}", "--leader-elect=false",
              "--bind-address=127.0.0.1", "--profiling=false", "--v=1"]
    log("starting kube-controller-manager and kube-scheduler")
    kcm = processes.start("kube-controller-manager", [
        str(bins["kube-controller-manager"]), *common,
        f"--secure-port={p['controller_manager']}",
        f"--service-account-private-key-file={keys.sa_key}", f"--root-ca-file={keys.ca_crt}",
        f"--service-cluster-ip-range={SERVICE_CIDR}", f"--cluster-cidr={POD_CIDR}",
        "--use-service-account-credentials=false",
        "--controllers=*,-bootstrapsigner,-tokencleaner,-nodeipam",
        "--concurrent-deployment-syncs=10", "--concurrent-replicaset-syncs=10",
        "--concurrent-gc-syncs=20", "--kube-api-qps=200", "--kube-api-burst=400",
    ], st.logs_dir)
    st.procs.append(kcm)
    sched = processes.start("kube-scheduler", [
        str(bins["kube-scheduler"]), *common, f"--secure-port={p['scheduler']}",
        "--kube-api-qps=200", "--kube-api-burst=400",
    ], st.logs_dir)
    st.procs.append(sched)
    st.save()
    insecure = ssl.create_default_context()
    insecure.check_hostname = False
    insecure.verify_mode = ssl.CERT_NONE
    _wait_http(f"https://127.0.0.1:{p['controller_manager']}/healthz", "kube-controller-manager",
               kcm, 60, insecure, log)
    _wait_http(f"https://127.0.0.1:{p['scheduler']}/healthz", "kube-scheduler", sched, 60, insecure, log)

    log("starting kwok (simulated nodes and pods)")
    kwok = processes.start("kwok", [
        str(bins["kwok"]), f"--kubeconfig={st.kubeconfig}", f"--config={_kwok_config(d)}",
        "--manage-all-nodes=false",
        f"--manage-nodes-with-annotation-selector={'='.join(FAKE_NODE_ANNOTATION)}",
        f"--cidr={POD_CIDR}", "--node-ip=127.0.0.1",
        f"--server-address=127.0.0.1:{p['kwok']}",
    ], st.logs_dir)
    st.procs.append(kwok)
    st.save()
    _wait_http(f"http://127.0.0.1:{p['kwok']}/healthz", "kwok", kwok, 30, log=log)


def _create_nodes(st: ClusterState, count: int, gpus: int, log: Log, pods: int = 110) -> None:
    from llmops.devcluster import nodes

    st.nodes = nodes.create_gpu_nodes(st.kubeconfig, count, gpus, log, pods=pods)
    st.save()


def _start_data_plane(st: ClusterState, opts: dataplane.Options, log: Log) -> None:
    try:
        proc = dataplane.start(Path(st.dir), st.kubeconfig, st.logs_dir, opts, log)
    except RuntimeError as e:
        raise ClusterError(str(e)) from None
    if proc is not None:
        st.procs.append(proc)
        st.save()


def _stop_all(st: ClusterState, log: Log) -> None:
    for proc in reversed(st.procs):
        if proc.alive():
            log(f"stopping {proc.name} (pid {proc.pid})")
        # the data plane stops its pods (SIGTERM, a short grace) before it exits
        processes.stop(proc, timeout=30 if proc.name == "dataplane" else 10)
    dataplane.sweep(Path(st.dir), log)


def down(state_dir: str | Path, log: Log = _say, purge: bool = False) -> bool:
    """Stop exactly the processes recorded in state_dir. Returns False when there was nothing."""
    st = ClusterState.load(Path(state_dir).resolve())
    if st is None:
        log(f"no cluster state in {state_dir}")
        return False
    _stop_all(st, log)
    if purge:
        shutil.rmtree(st.dir, ignore_errors=True)
    log("cluster stopped" + (" and its state removed" if purge else f"; logs kept in {st.logs_dir}"))
    return True


def status(state_dir: str | Path) -> dict:
    st = ClusterState.load(Path(state_dir).resolve())
    if st is None:
        return {"state_dir": str(state_dir), "running": False}
    run = st.running()
    return {
        "state_dir": st.dir, "kubernetes": st.kube_version,
        "running": bool(run) and all(run.values()),
        "server": st.server if st.ports else None, "kubeconfig": st.kubeconfig,
        "logs": str(st.logs_dir), "processes": {p.name: {"pid": p.pid, "alive": run[p.name], "log": p.log}
                                               for p in st.procs},
        "nodes": st.nodes,
    }
