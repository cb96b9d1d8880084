"""Which versions of the control-plane components we build, and where they are cached.

Kubernetes is tried newest first; when a version does not build, the builder falls back to the
next one and says so. The cache is keyed by component and version, so switching versions never
rebuilds what is already there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Newest first. The staging modules are published as v0.<minor>.<patch> for k8s v1.<minor>.<patch>.
KUBERNETES_VERSIONS = ("v1.37.2", "v1.36.3", "v1.35.4")
ETCD_VERSION = "v3.6.16"
KWOK_VERSION = "v0.8.0"
HELM_VERSION = "v3.22.0"
# The data plane: Prometheus 3.16 (module tags are v0.3xx.y) and the llm-d inference simulator.
PROMETHEUS_VERSION = "v0.316.0"
INFERENCE_SIM_VERSION = "v0.10.2"

KUBERNETES_BINARIES = ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl")

# Staging modules of k8s.io/kubernetes: its go.mod requires them at v0.0.0 with replace
# directives into ./staging, so a consumer module must replace each with its published tag.
_STAGING = (
    "api", "apiextensions-apiserver", "apimachinery", "apiserver", "cli-runtime", "client-go",
    "cloud-provider", "cluster-bootstrap", "code-generator", "component-base",
    "component-helpers", "controller-manager", "cri-api", "cri-client", "csi-translation-lib",
    "dynamic-resource-allocation", "endpointslice", "externaljwt", "kms", "kube-aggregator",
    "kube-controller-manager", "kube-proxy", "kube-scheduler", "kubectl", "kubelet", "metrics",
    "mount-utils", "pod-security-admission", "sample-apiserver", "sample-cli-plugin",
    "sample-controller",
)
_STAGING_SINCE_1_36 = ("cri-streaming", "streaming")


@dataclass(frozen=True)
class KubeVersion:
    """A Kubernetes release, e.g. v1.37.2."""

    tag: str

    @property
    def minor(self) -> int:
        return int(self.tag.lstrip("v").split(".")[1])

    @property
    def patch(self) -> int:
        return int(self.tag.lstrip("v").split(".")[2])

    @property
    def staging_tag(self) -> str:
        return f"v0.{self.minor}.{self.patch}"

    def staging_modules(self) -> tuple[str, ...]:
        extra = _STAGING_SINCE_1_36 if self.minor >= 36 else ()
        return tuple(sorted(_STAGING + extra))


def cache_root() -> Path:
    """Where built binaries live: $LLMOPS_CACHE, else $XDG_CACHE_HOME/llmops, else ~/.cache/llmops."""
    if env := os.environ.get("LLMOPS_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llmops"


def bin_dir(component: str, version: str) -> Path:
    return cache_root() / component / version / "bin"
