"""Build the control-plane binaries from Go modules into the version-keyed cache.

kind, envtest downloads and Docker are unavailable on the machines this project runs on; the
Go module proxy is. So every server component is compiled from its module, once per version:

- kube-apiserver, kube-controller-manager, kube-scheduler and kubectl from k8s.io/kubernetes,
  through a small generated tools module that replaces each staging module by its published tag
  (k8s.io/kubernetes's own go.mod points them at ./staging, which `go install` cannot follow);
- etcd from its server module, in a second tools module so that it does not raise the
  apiserver's etcd client version;
- kwok and helm with plain `go install`;
- for the data plane, Prometheus (`-tags remove_all_sd`: only static and file discovery, about
  two thirds of the packages) and llm-d-inference-sim, also with `go install`.

One builder at a time: `build_all` holds an exclusive lock on `<cache>/.build.lock` (fcntl), so
two worktrees or test runs sharing the cache wait for each other instead of racing.

Only what is missing is built. Every step prints what it is doing; a build prints a heartbeat
while the Go compiler is silent.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from llmops.devcluster import versions
from llmops.devcluster.versions import KubeVersion

Log = Callable[[str], None]


class BuildError(RuntimeError):
    """A component could not be built; the message says which and why."""


def _say(msg: str) -> None:
    print(f"[llmops build {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CGO_ENABLED="0",
        GOWORK="off",
        GOFLAGS="-mod=mod",
        # The checksum database is not reachable from these machines; modules still come from
        # the proxy over TLS and are pinned in each tools module's go.sum.
        GOSUMDB=env.get("GOSUMDB", "off"),
        GOTOOLCHAIN=env.get("GOTOOLCHAIN", "local"),
    )
    return env


def _run(cmd: list[str], cwd: Path, what: str, log: Log = _say, env: dict[str, str] | None = None) -> None:
    """Run a go command, printing a heartbeat every 30 s and the tail of its output on failure."""
    log(f"{what}: {' '.join(cmd[:3])} ...")
    start = time.monotonic()
    done = threading.Event()

    def heartbeat() -> None:
        while not done.wait(30):
            log(f"  ... still {what} ({time.monotonic() - start:.0f}s)")

    t = threading.Thread(target=heartbeat, daemon=True)
    t.start()
    try:
        proc = subprocess.run(cmd, cwd=cwd, env={**go_env(), **(env or {})}, capture_output=True, text=True)
    finally:
        done.set()
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
        raise BuildError(f"{what} failed (exit {proc.returncode}):\n{tail}")
    log(f"  {what}: done in {time.monotonic() - start:.0f}s")


def _ldflags_kube(v: KubeVersion) -> str:
    flags = ["-s", "-w"]
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        flags += [
            f"-X {pkg}.gitVersion={v.tag}",
            f"-X {pkg}.gitMajor=1",
            f"-X {pkg}.gitMinor={v.minor}",
            f"-X {pkg}.gitTreeState=clean",
        ]
    return " ".join(flags)


def kube_tools_gomod(v: KubeVersion) -> str:
    """The go.mod of the tools module that builds k8s.io/kubernetes at version v."""
    lines = ["module llmops.dev/tools/kubernetes", "", "go 1.26", "", f"require k8s.io/kubernetes {v.tag}", ""]
    lines += [f"replace k8s.io/{m} => k8s.io/{m} {v.staging_tag}" for m in v.staging_modules()]
    return "\n".join(lines) + "\n"


def _tools_go(imports: list[str]) -> str:
    body = "\n".join(f'\t_ "{i}"' for i in imports)
    return f"//go:build tools\n\npackage tools\n\nimport (\n{body}\n)\n"


def _prepare_module(workdir: Path, gomod: str, imports: list[str]) -> bool:
    """Write the tools module; returns True when go.mod changed (then `go mod tidy` must run)."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "tools.go").write_text(_tools_go(imports))
    marker = workdir / "go.mod.in"
    if marker.exists() and marker.read_text() == gomod and (workdir / "go.sum").exists():
        return False
    (workdir / "go.mod").write_text(gomod)
    marker.write_text(gomod)
    return True


def _go_build(workdir: Path, pkg: str, out: Path, ldflags: str, what: str, log: Log) -> None:
    tmp = out.with_suffix(".tmp")
    _run(
        ["go", "build", "-trimpath", "-tags", "selinux,notest", "-ldflags", ldflags, "-o", str(tmp), pkg],
        workdir, what, log,
    )
    tmp.rename(out)


def kube_binaries(v: KubeVersion) -> dict[str, Path]:
    d = versions.bin_dir("k8s", v.tag)
    return {name: d / name for name in versions.KUBERNETES_BINARIES}


def build_kubernetes(v: KubeVersion, log: Log = _say) -> dict[str, Path]:
    bins = kube_binaries(v)
    missing = [n for n, p in bins.items() if not p.exists()]
    if not missing:
        log(f"kubernetes {v.tag}: cached in {next(iter(bins.values())).parent}")
        return bins
    workdir = versions.cache_root() / "build" / f"kubernetes-{v.tag}"
    imports = [f"k8s.io/kubernetes/cmd/{n}" for n in versions.KUBERNETES_BINARIES]
    if _prepare_module(workdir, kube_tools_gomod(v), imports):
        _run(["go", "mod", "tidy"], workdir, f"resolving k8s.io/kubernetes {v.tag} modules", log)
    next(iter(bins.values())).parent.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(missing, 1):
        _go_build(workdir, f"k8s.io/kubernetes/cmd/{name}", bins[name], _ldflags_kube(v),
                  f"building {name} {v.tag} [{i}/{len(missing)}]", log)
    return bins


def build_etcd(version: str = versions.ETCD_VERSION, log: Log = _say) -> Path:
    out = versions.bin_dir("etcd", version) / "etcd"
    if out.exists():
        log(f"etcd {version}: cached")
        return out
    workdir = versions.cache_root() / "build" / f"etcd-{version}"
    gomod = f"module llmops.dev/tools/etcd\n\ngo 1.26\n\nrequire go.etcd.io/etcd/server/v3 {version}\n"
    if _prepare_module(workdir, gomod, ["go.etcd.io/etcd/server/v3"]):
        _run(["go", "mod", "tidy"], workdir, f"resolving etcd {version} modules", log)
    out.parent.mkdir(parents=True, exist_ok=True)
    _go_build(workdir, "go.etcd.io/etcd/server/v3", out, "-s -w", f"building etcd {version}", log)
    return out


def _go_install(component: str, pkg: str, version: str, log: Log, tags: str = "") -> Path:
    d = versions.bin_dir(component, version)
    out = d / Path(pkg).name
    if out.exists():
        log(f"{component} {version}: cached")
        return out
    d.mkdir(parents=True, exist_ok=True)
    cmd = ["go", "install", "-trimpath", "-ldflags", "-s -w", *(["-tags", tags] if tags else []), f"{pkg}@{version}"]
    _run(cmd, d, f"installing {component} {version}", log, env={"GOBIN": str(d)})
    return out


def build_kwok(version: str = versions.KWOK_VERSION, log: Log = _say) -> Path:
    return _go_install("kwok", "sigs.k8s.io/kwok/cmd/kwok", version, log)


def build_helm(version: str = versions.HELM_VERSION, log: Log = _say) -> Path:
    return _go_install("helm", "helm.sh/helm/v3/cmd/helm", version, log)


def build_prometheus(version: str = versions.PROMETHEUS_VERSION, log: Log = _say) -> Path:
    return _go_install("prometheus", "github.com/prometheus/prometheus/cmd/prometheus", version, log,
                       tags="remove_all_sd")


def build_inference_sim(version: str = versions.INFERENCE_SIM_VERSION, log: Log = _say) -> Path:
    """Through a tools module: the proxy refuses this module's version list, which
    `go install pkg@version` reads (for deprecations); a pinned require does not."""
    out = inference_sim_binary(version)
    if out.exists():
        log(f"llm-d-inference-sim {version}: cached")
        return out
    mod = "github.com/llm-d/llm-d-inference-sim"
    workdir = versions.cache_root() / "build" / f"llm-d-inference-sim-{version}"
    gomod = f"module llmops.dev/tools/inference-sim\n\ngo 1.26\n\nrequire {mod} {version}\n"
    if _prepare_module(workdir, gomod, [f"{mod}/cmd/llm-d-inference-sim"]):
        _run(["go", "mod", "tidy"], workdir, f"resolving llm-d-inference-sim {version} modules", log)
    out.parent.mkdir(parents=True, exist_ok=True)
    _go_build(workdir, f"{mod}/cmd/llm-d-inference-sim", out, "-s -w", f"building llm-d-inference-sim {version}", log)
    return out


def prometheus_binary() -> Path:
    return versions.bin_dir("prometheus", versions.PROMETHEUS_VERSION) / "prometheus"


def inference_sim_binary(version: str = versions.INFERENCE_SIM_VERSION) -> Path:
    return versions.bin_dir("llm-d-inference-sim", version) / "llm-d-inference-sim"


@contextlib.contextmanager
def cache_lock(log: Log = _say):
    """Hold the cache's build lock; say so while another builder holds it."""
    root = versions.cache_root()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".build.lock", "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            log(f"another build holds {root / '.build.lock'} ({f.read().strip() or 'unknown'}); waiting for it")
            start = time.monotonic()
            fcntl.flock(f, fcntl.LOCK_EX)
            log(f"  the other build finished after {time.monotonic() - start:.0f}s")
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}\n")
        f.flush()
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


MIN_GO = (1, 26)


def check_go_version() -> None:
    """Kubernetes 1.35+ needs Go 1.26; say so plainly instead of failing every version."""
    out = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, env=go_env()).stdout.strip()
    parts = out.removeprefix("go").split(".")
    try:
        have = (int(parts[0]), int(parts[1]))
    except (IndexError, ValueError):
        return  # a development toolchain: let the build speak for itself
    if have < MIN_GO:
        raise BuildError(f"Go {MIN_GO[0]}.{MIN_GO[1]} or newer is needed to build the control plane; "
                         f"found {out}. Install a newer Go, or set GOTOOLCHAIN=go1.26.8 to let go fetch one.")


def find_kubernetes() -> KubeVersion | None:
    """The newest Kubernetes version whose binaries are all in the cache."""
    for tag in versions.KUBERNETES_VERSIONS:
        v = KubeVersion(tag)
        if all(p.exists() for p in kube_binaries(v).values()):
            return v
    return None


def build_all(log: Log = _say, with_helm: bool = True, with_dataplane: bool = True) -> dict[str, Path]:
    """Build every missing binary, one builder at a time (the cache lock)."""
    with cache_lock(log):
        return _build_all(log, with_helm, with_dataplane)


def _build_all(log: Log, with_helm: bool, with_dataplane: bool) -> dict[str, Path]:
    """Fall back to an older Kubernetes when a newer one fails."""
    if shutil.which("go") is None:
        raise BuildError("the Go toolchain is not on PATH; it is needed to build the control plane")
    check_go_version()
    paths: dict[str, Path] = {}
    failures: list[str] = []
    for tag in versions.KUBERNETES_VERSIONS:
        v = KubeVersion(tag)
        try:
            paths.update(build_kubernetes(v, log))
            break
        except BuildError as e:
            failures.append(f"{tag}: {e}")
            log(f"kubernetes {tag} did not build; falling back to the next older version. Reason:\n{e}")
    else:
        raise BuildError("no Kubernetes version could be built:\n" + "\n".join(failures))
    paths["etcd"] = build_etcd(log=log)
    paths["kwok"] = build_kwok(log=log)
    if with_helm:
        paths["helm"] = build_helm(log=log)
    if with_dataplane:
        paths["prometheus"] = build_prometheus(log=log)
        try:
            paths["llm-d-inference-sim"] = build_inference_sim(log=log)
        except BuildError as e:  # optional: the data plane falls back to PyPI's xpyd-sim
            log(f"llm-d-inference-sim did not build; pods will run xpyd-sim instead. Reason:\n{e}")
    log("all control-plane binaries are ready")
    return paths
