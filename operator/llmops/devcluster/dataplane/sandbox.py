"""Enter a pod's namespaces, lay out its file system view, then exec the container's process.

    python -m llmops.devcluster.dataplane.sandbox --netns NAME [--hostname H] [--hosts FILE]
        [--bind SRC:DST[:ro]]... -- ARGV...

The process joins the pod's network namespace, gets a private mount (and UTS) namespace, sees
the pod's hosts file at /etc/hosts and each projected volume at its mount path. A mount path
that does not exist on the host (e.g. /etc/llmops) is created in an overlay of its nearest
existing parent, so the host's file system is never written. The process dies with its parent
(PR_SET_PDEATHSIG), so no container outlives the stand-in that runs it.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import sys
from pathlib import Path

from llmops.devcluster.dataplane import netns

MS_RDONLY, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 32, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)


def _mount(src: str | None, dst: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = (lambda s: s.encode() if s is not None else None)
    if _libc.mount(enc(src), enc(dst), enc(fstype), ctypes.c_ulong(flags), enc(data)) != 0:
        e = ctypes.get_errno()
        raise OSError(e, f"mount {src} -> {dst}: {os.strerror(e)}")


def _ensure_target(dst: Path, is_dir: bool, scratch: Path) -> None:
    """Make dst exist inside this mount namespace only (an overlay over its nearest parent)."""
    if dst.exists():
        return
    parent = dst.parent
    while not parent.exists():
        parent = parent.parent
    key = str(parent).strip("/").replace("/", "_") or "root"
    upper, work = scratch / key / "upper", scratch / key / "work"
    if not (scratch / key / ".mounted").exists():
        upper.mkdir(parents=True, exist_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        _mount("overlay", str(parent), "overlay", 0, f"lowerdir={parent},upperdir={upper},workdir={work}")
        (scratch / key / ".mounted").touch()
    if is_dir:
        dst.mkdir(parents=True, exist_ok=True)
    else:
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.touch()


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="sandbox")
    p.add_argument("--netns", required=True)
    p.add_argument("--hostname")
    p.add_argument("--hosts")
    p.add_argument("--scratch", help="directory for the overlays' upper layers")
    p.add_argument("--bind", action="append", default=[])
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args(argv)
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    parent = os.getppid()
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the death signal was armed
        return 1
    fd = os.open(netns.NETNS_DIR / a.netns, os.O_RDONLY)
    netns.setns(fd, netns.CLONE_NEWNET)
    os.close(fd)
    netns.unshare(netns.CLONE_NEWNS | (netns.CLONE_NEWUTS if a.hostname else 0))
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    if a.hostname:
        _libc.sethostname(a.hostname.encode(), len(a.hostname))
    scratch = Path(a.scratch) if a.scratch else None
    binds = [(b.split(":")[0], b.split(":")[1], b.endswith(":ro")) for b in a.bind]
    if a.hosts:
        binds.append((a.hosts, "/etc/hosts", False))
    for src, dst, ro in binds:
        d = Path(dst)
        if scratch is not None:
            _ensure_target(d, Path(src).is_dir(), scratch)
        _mount(src, dst, None, MS_BIND | MS_REC)
        if ro:
            _mount(None, dst, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC)
    os.chdir("/")
    os.execvp(cmd[0], cmd)
    return 127


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
