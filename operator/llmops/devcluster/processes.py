"""Start and stop the control plane's processes by PID, and find free loopback ports."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """n distinct free loopback ports (all sockets held open until every port is chosen)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@dataclass(frozen=True)
class Proc:
    name: str
    pid: int
    binary: str
    log: str

    def alive(self) -> bool:
        """True when the PID still runs our binary (a recycled PID is not ours)."""
        try:
            cmdline = Path(f"/proc/{self.pid}/cmdline").read_bytes().split(b"\0")[0].decode()
        except OSError:
            return False
        if cmdline != self.binary:
            return False
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except OSError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] != "Z"


def start(name: str, argv: list[str], log_dir: Path, env: dict[str, str] | None = None) -> Proc:
    """Start argv in its own session with stdout+stderr to log_dir/<name>.log."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{name}.log"
    with open(log, "ab") as out:
        p = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, env=env, close_fds=True,
        )
    proc = Proc(name=name, pid=p.pid, binary=argv[0], log=str(log))
    # Between fork and exec the child still shows Python's command line; wait for the exec so
    # that alive() (which checks the command line against recycled PIDs) is meaningful.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and p.poll() is None and not proc.alive():
        time.sleep(0.01)
    return proc


def stop(proc: Proc, timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after `timeout`; only if the PID is still ours."""
    if not proc.alive():
        _reap(proc.pid)
        return
    try:
        os.kill(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _reap(proc.pid)
        if not proc.alive():
            return
        time.sleep(0.1)
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and proc.alive():  # reap it, so no zombie is left behind
        _reap(proc.pid)
        time.sleep(0.05)


def _reap(pid: int) -> None:
    """Collect a child's exit status so that it does not linger as a zombie."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def tail(path: str | Path, lines: int = 20) -> str:
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
