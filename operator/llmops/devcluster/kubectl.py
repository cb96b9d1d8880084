"""Run the project's own kubectl (built with the control plane) against a kubeconfig."""

from __future__ import annotations

import subprocess
from pathlib import Path

from llmops.devcluster import build


class KubectlError(RuntimeError):
    pass


def binary() -> Path:
    v = build.find_kubernetes()
    if v is None:
        raise KubectlError("kubectl is not built yet: run `llmops dev cluster build`")
    return build.kube_binaries(v)["kubectl"]


def run(kubeconfig: str, *args: str, input: str | None = None, check: bool = True,
        timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = [str(binary()), f"--kubeconfig={kubeconfig}", *args]
    proc = subprocess.run(cmd, input=input, capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise KubectlError(f"kubectl {' '.join(args)} failed (exit {proc.returncode}):\n"
                           f"{proc.stderr.strip() or proc.stdout.strip()}")
    return proc


def apply_crds(kubeconfig: str, crd_dir: Path, timeout: str = "60s") -> list[str]:
    """Server-side apply every CRD in crd_dir and wait until each is Established."""
    files = sorted(crd_dir.glob("*.yaml"))
    if not files:
        raise KubectlError(f"no CRDs in {crd_dir}: run `llmops crds`")
    for f in files:
        run(kubeconfig, "apply", "--server-side", "--field-manager=llmops-dev", "--force-conflicts",
            "-f", str(f))
    names = [run(kubeconfig, "get", "-f", str(f), "-o", "name").stdout.strip() for f in files]
    run(kubeconfig, "wait", "--for=condition=Established", f"--timeout={timeout}", *names)
    return names
