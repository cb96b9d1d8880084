"""Run the project's own kubectl (built with the control plane) against a kubeconfig."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from llmops.devcluster import build


class KubectlError(RuntimeError):
    """kubectl failed; the message is one line: the command and kubectl's own first error line.
    `output` keeps all of kubectl's stderr (and stdout) for whoever needs more."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(message)
        self.output = output


def binary() -> Path:
    v = build.find_kubernetes()
    if v is None:
        raise KubectlError("kubectl is not built yet: run `llmops dev cluster build`")
    return build.kube_binaries(v)["kubectl"]


def first_error_line(text: str) -> str:
    """kubectl's message on one line: its first line, and the `* field: why` items that an
    "is invalid:" first line introduces (they name the field)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "no output"
    items = [line.removeprefix("* ") for line in lines[1:] if line.startswith("* ")]
    return " ".join([lines[0], "; ".join(items)]) if items and lines[0].endswith(":") else lines[0]


def run(kubeconfig: str, *args: str, input: str | None = None, check: bool = True,
        timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = [str(binary()), f"--kubeconfig={kubeconfig}", *args]
    try:
        proc = subprocess.run(cmd, input=input, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise KubectlError(f"kubectl {' '.join(args[:3])} did not answer in {timeout:.0f}s") from None
    if check and proc.returncode != 0:
        raise KubectlError(f"kubectl {' '.join(args[:3])} failed: {first_error_line(proc.stderr or proc.stdout)}",
                           output=proc.stderr + proc.stdout)
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


def context_namespace(kubeconfig: str) -> str:
    """The namespace of the kubeconfig's current context ("" when it names none)."""
    return run(kubeconfig, "config", "view", "--minify", "-o", "jsonpath={.contexts[0].context.namespace}").stdout.strip()


def set_context_namespace(kubeconfig: str, namespace: str) -> None:
    """Make `namespace` the default of the kubeconfig's current context, so that a plain
    `kubectl apply -f examples/...` lands where the dev operator watches."""
    run(kubeconfig, "config", "set-context", "--current", f"--namespace={namespace}")


def manifests(directory: Path) -> list[tuple[Path, dict]]:
    """Every object of every YAML file under directory (recursively, sorted), with its file."""
    out = []
    for path in sorted(directory.rglob("*.yaml")):
        out += [(path, doc) for doc in yaml.safe_load_all(path.read_text()) if doc]
    return out


def create_if_absent(kubeconfig: str, namespace: str, obj: dict) -> bool:
    """Create the object unless one of that kind and name exists; True when created.

    Never an apply: an object that exists may carry the user's change (a real API key in the
    example Secret, a tuned spec), and re-running `llmops dev up` must keep it.
    """
    result = run(kubeconfig, "create", "-n", namespace, "-f", "-", input=yaml.safe_dump(obj), check=False)
    if result.returncode == 0:
        return True
    if "AlreadyExists" in result.stderr:
        return False
    raise KubectlError(f"creating {obj.get('kind')}/{obj.get('metadata', {}).get('name')} failed: "
                       f"{first_error_line(result.stderr or result.stdout)}", output=result.stderr + result.stdout)
