"""A local cluster with its data plane for the end-to-end tests: real gateways and simulators
behind the simulated pods, a real Prometheus scraping them every second, and the real operator.

The cluster is this directory's own (the integration tests' cluster runs with the data plane's
defaults); a short scrape interval and crash-loop back-off keep the tests quick. When anything
cannot be built or started the tests fail and say why.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from kubernetes import client, config

from llmops.devcluster import build, cluster as devcluster, kubectl
from llmops.devcluster.dataplane import control

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))  # operator_proc, helpers

from helpers import fresh_namespace, wait_for  # noqa: E402
from operator_proc import start_operator  # noqa: E402


@dataclass
class DataPlaneCluster:
    state_dir: Path
    kubeconfig: str
    logs_dir: Path
    api_client: client.ApiClient

    def kubectl(self, *args: str, input: str | None = None, check: bool = True):
        return kubectl.run(self.kubeconfig, *args, input=input, check=check)

    def endpoints(self) -> dict:
        return control.endpoints(self.state_dir)

    def url_of(self, namespace: str, name: str, kind: str = "LLMDeployment") -> str | None:
        return next((e["url"] for e in self.endpoints()["endpoints"]
                     if (e["namespace"], e["kind"], e["name"]) == (namespace, kind, name)), None)


@pytest.fixture(scope="session")
def dp_cluster(tmp_path_factory) -> DataPlaneCluster:
    try:
        build.build_all(with_helm=False)
    except build.BuildError as e:
        pytest.fail(f"the control plane could not be built: {e}", pytrace=False)
    state = tmp_path_factory.mktemp("dataplane-cluster")
    opts = control.Options(scrape_interval="1s", backoff_base=1.0)
    try:
        st = devcluster.up(state, nodes=2, gpus_per_node=8, data_plane=opts)
    except devcluster.ClusterError as e:
        pytest.fail(f"the local cluster could not be started: {e}", pytrace=False)
    try:
        kubectl.apply_crds(st.kubeconfig, REPO / "crds")
        yield DataPlaneCluster(Path(st.dir), st.kubeconfig, st.logs_dir,
                               config.new_client_from_config(config_file=st.kubeconfig))
    finally:
        devcluster.down(state)


@pytest.fixture
def dp_namespace(dp_cluster: DataPlaneCluster, request) -> str:
    """A fresh namespace that opts into the data plane. Afterwards its pods' processes are gone
    before the next test starts (the tests that count the data plane's processes see only theirs)."""
    with fresh_namespace(dp_cluster.api_client, "dp", request.node.name, {"llmops.dev/data-plane": "enabled"}) as name:
        yield name
    # the stand-in and Prometheus stay; every container process of the namespace goes with its pod
    wait_for(lambda: len(control.tagged_processes(dp_cluster.state_dir)) <= 2, timeout=120, interval=0.5,
             what=f"the processes of {name}'s pods to be gone")


@pytest.fixture
def dp_operator(dp_cluster: DataPlaneCluster, dp_namespace: str):
    op = start_operator(dp_cluster.kubeconfig, [dp_namespace], dp_cluster.logs_dir)
    yield op
    op.stop()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if exitstatus != 0:
        terminalreporter.write_line("data-plane pod logs are under <cluster state>/dataplane/pods/*/logs")
