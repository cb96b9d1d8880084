"""Fixtures for tests against the real local control plane.

The session starts one cluster (etcd, kube-apiserver, kube-controller-manager, kube-scheduler,
kwok with simulated GPU nodes) from the cached binaries, and stops it at the end even when tests
fail. Each test gets a fresh namespace. When the control plane cannot be built or started the
tests fail and say why: they never skip.

LLMOPS_TEST_KUBECONFIG=path uses an existing cluster instead (e.g. kind) and starts nothing.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from kubernetes import client, config

from llmops.devcluster import build, cluster as devcluster, kubectl

from helpers import fresh_namespace
from operator_proc import start_operator
from prometheus_proc import Prometheus

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Cluster:
    kubeconfig: str
    logs_dir: Path | None
    api_client: client.ApiClient

    def kubectl(self, *args: str, input: str | None = None, check: bool = True,
                timeout: float = 120) -> subprocess.CompletedProcess:
        return kubectl.run(self.kubeconfig, *args, input=input, check=check, timeout=timeout)


_LOGS: list[Path] = []


@pytest.fixture(scope="session")
def cluster(tmp_path_factory) -> Cluster:
    existing = os.environ.get("LLMOPS_TEST_KUBECONFIG")
    if existing:
        yield Cluster(existing, None, config.new_client_from_config(config_file=existing))
        return
    try:
        build.build_all(with_helm=False)
    except build.BuildError as e:
        pytest.fail(f"the control plane could not be built: {e}", pytrace=False)
    state = tmp_path_factory.mktemp("cluster")
    try:
        st = devcluster.up(state, nodes=2, gpus_per_node=8)
    except devcluster.ClusterError as e:
        pytest.fail(f"the control plane could not be started: {e}", pytrace=False)
    _LOGS.append(st.logs_dir)
    try:
        yield Cluster(st.kubeconfig, st.logs_dir,
                      config.new_client_from_config(config_file=st.kubeconfig))
    finally:
        devcluster.down(state)


@pytest.fixture(scope="session")
def crds(cluster: Cluster) -> list[str]:
    return kubectl.apply_crds(cluster.kubeconfig, REPO / "crds")


@pytest.fixture
def namespace(cluster: Cluster, request) -> str:
    with fresh_namespace(cluster.api_client, "t", request.node.name, {"llmops.dev/test": "true"}) as name:
        yield name


@pytest.fixture
def operator(cluster: Cluster, crds, namespace, tmp_path):
    """The real operator process watching the test's namespace."""
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    yield op
    op.stop()


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/integration" in str(item.fspath) or "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if exitstatus != 0 and _LOGS:
        terminalreporter.write_line(f"control-plane logs of this run: {', '.join(map(str, _LOGS))}")


@pytest.fixture
def prom(tmp_path):
    """A real Prometheus of its own (remote-write receiver on), for the spend, budget and auth tests."""
    p = Prometheus(tmp_path / "prom").start()
    yield p
    p.stop()
