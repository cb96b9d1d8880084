"""Network namespaces of the local cluster, created and removed by name with `ip`.

One cluster namespace holds a bridge that every pod's veth joins, the Services' ClusterIPs (a
local route for the service CIDR) and Prometheus. Each pod gets its own namespace with `eth0`
at its pod IP and a default route to the bridge. No address of the cluster ever exists in the
host's namespace: the host reaches it only through sockets that a thread opens from inside the
cluster namespace (Linux binds a socket to the namespace of the thread that creates it).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ctypes
import hashlib
import os
import socket
import subprocess
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWNET = 0x40000000
NETNS_DIR = Path("/run/netns")
GATEWAY_IP = "169.254.1.1"  # the pods' next hop (as Calico does): outside every pod CIDR
POD_CIDR = "10.244.0.0/16"
SERVICE_CIDR = "10.96.0.0/12"

_libc = ctypes.CDLL(None, use_errno=True)


class NetnsError(RuntimeError):
    """A namespace or link could not be set up; the message has ip's own words."""


def setns(fd: int, nstype: int) -> None:
    if _libc.setns(fd, nstype) != 0:
        e = ctypes.get_errno()
        raise OSError(e, f"setns: {os.strerror(e)}")


def unshare(flags: int) -> None:
    if _libc.unshare(flags) != 0:
        e = ctypes.get_errno()
        raise OSError(e, f"unshare: {os.strerror(e)}")


def can_create() -> bool:
    """Root (CAP_SYS_ADMIN) and `ip` are what the data plane needs."""
    return os.geteuid() == 0 and subprocess.run(["ip", "-V"], capture_output=True).returncode == 0


def tag_of(state_dir: str | Path) -> str:
    """A short tag naming one cluster's namespaces, derived from its state directory."""
    return hashlib.sha1(str(Path(state_dir).resolve()).encode()).hexdigest()[:6]


def ip(*args: str) -> None:
    p = subprocess.run(["ip", *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise NetnsError(f"ip {' '.join(args)}: {p.stderr.strip()}")


def exists(name: str) -> bool:
    return (NETNS_DIR / name).exists()


def listed(prefix: str) -> list[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines() if line.split() and line.split()[0].startswith(prefix)]


def delete(name: str) -> None:
    """Remove a namespace; its veth ends go with it."""
    if exists(name):
        subprocess.run(["ip", "netns", "del", name], capture_output=True)


def create_cluster(name: str) -> None:
    delete(name)
    ip("netns", "add", name)
    ip("-n", name, "link", "set", "lo", "up")
    ip("-n", name, "link", "add", "br0", "type", "bridge")
    ip("-n", name, "link", "set", "br0", "up")
    ip("-n", name, "addr", "add", f"{GATEWAY_IP}/32", "dev", "br0")
    ip("-n", name, "route", "add", POD_CIDR, "dev", "br0", "scope", "link")
    # Every ClusterIP is a local address here, so a Service's proxy can bind it without
    # assigning each one.
    ip("-n", name, "route", "add", "local", SERVICE_CIDR, "dev", "lo")


def create_pod(cluster: str, name: str, veth: str, pod_ip: str) -> None:
    """A pod's namespace: lo, eth0 at pod_ip on the pod CIDR, default route via the bridge."""
    delete(name)
    ip("netns", "add", name)
    try:
        ip("-n", cluster, "link", "del", veth) if _link_exists(cluster, veth) else None
        ip("-n", cluster, "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", name)
        ip("-n", cluster, "link", "set", veth, "master", "br0", "up")
        ip("-n", name, "link", "set", "lo", "up")
        ip("-n", name, "addr", "add", f"{pod_ip}/{POD_CIDR.split('/')[1]}", "dev", "eth0")
        ip("-n", name, "link", "set", "eth0", "up")
        ip("-n", name, "route", "add", GATEWAY_IP, "dev", "eth0", "scope", "link")
        ip("-n", name, "route", "add", "default", "via", GATEWAY_IP, "dev", "eth0")
    except NetnsError:
        delete(name)
        raise


def _link_exists(ns: str, link: str) -> bool:
    return subprocess.run(["ip", "-n", ns, "link", "show", link], capture_output=True).returncode == 0


class NamespaceThread:
    """One thread that lives inside a network namespace: it opens sockets that belong there."""

    def __init__(self, name: str) -> None:
        self.name = name

        def enter() -> None:
            fd = os.open(NETNS_DIR / name, os.O_RDONLY)
            try:
                setns(fd, CLONE_NEWNET)
            finally:
                os.close(fd)

        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=f"netns-{name}", initializer=enter)

    def call(self, fn, *args):
        return self._pool.submit(fn, *args).result()

    async def acall(self, fn, *args):
        return await asyncio.wrap_future(self._pool.submit(fn, *args))

    async def socket(self) -> socket.socket:
        s = await self.acall(socket.socket, socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        return s

    def listener(self, host: str, port: int) -> socket.socket:
        def make() -> socket.socket:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
            s.listen(512)
            s.setblocking(False)
            return s
        return self.call(make)

    def close(self) -> None:
        self._pool.shutdown(wait=False)
