"""The Helm chart renders (with helm's defaults, no --kube-version), lints, validates its values,
and what it renders with each optional part on is accepted by the real API server (server-side
dry run), together with the CRDs it ships; it installs into the local control plane; and the
CRD upgrade path (`llmops crds apply`, since `helm upgrade` never updates CRDs) works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from llmops.devcluster import build, kubectl

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "llmops-operator"


@pytest.fixture(scope="module")
def helm() -> str:
    return str(build.build_helm(log=lambda _m: None))


def _template(helm: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    # No --kube-version: rendering must work with helm's defaults, as Argo CD and CI render it.
    return subprocess.run([helm, "template", "llmops", str(CHART), "--namespace", "llmops-system",
                           "--include-crds", *args],
                          capture_output=True, text=True, check=check)


def _docs(helm: str, *args: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(_template(helm, *args).stdout) if d]


def _dry_run_accepted(cluster, docs: list[dict]) -> None:
    crds = "\n---\n".join(yaml.safe_dump(d) for d in docs if d["kind"] == "CustomResourceDefinition")
    cluster.kubectl("apply", "--server-side", "--force-conflicts", "-f", "-", input=crds)
    for ns in sorted({d["metadata"].get("namespace") for d in docs} - {None}):
        cluster.kubectl("create", "namespace", ns, check=False)
    rest = "\n---\n".join(yaml.safe_dump(d) for d in docs if d["kind"] != "CustomResourceDefinition")
    r = cluster.kubectl("apply", "--dry-run=server", "--validate=strict", "-f", "-", input=rest, check=False)
    assert r.returncode == 0, r.stderr


def test_chart_lints(helm):
    r = subprocess.run([helm, "lint", str(CHART)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_values_schema_rejects_bad_values(helm):
    r = _template(helm, "--set", "workers=0", check=False)
    assert r.returncode != 0 and "workers" in r.stderr
    r = _template(helm, "--set", "logFormat=xml", check=False)
    assert r.returncode != 0 and "logFormat" in r.stderr


def test_rendered_chart_is_accepted_by_the_api_server(cluster, helm):
    docs = _docs(helm)
    kinds = sorted({d["kind"] for d in docs})
    assert kinds == ["ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "Deployment",
                     "PodDisruptionBudget", "Role", "RoleBinding",  # HA: leader-election Lease, operator PDB
                     "Service", "ServiceAccount"]
    _dry_run_accepted(cluster, docs)
    dep = next(d for d in docs if d["kind"] == "Deployment")
    args = dep["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[0] == "operator" and "--log-format=json" in args


def test_namespaced_install_uses_roles(helm):
    docs = [d for d in yaml.safe_load_all(_template(helm, "--set", "watchNamespaces={team-a,team-b}").stdout) if d]
    roles = [d for d in docs if d["kind"] == "Role" and not d["metadata"]["name"].endswith("-leader-election")]
    assert sorted(r["metadata"]["namespace"] for r in roles) == ["team-a", "team-b"]
    assert not [d for d in docs if d["kind"] == "ClusterRole" and not d["metadata"]["name"].endswith("discovery")]
    args = next(d for d in docs if d["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--namespace=team-a" in args and "--namespace=team-b" in args


def test_the_kubernetes_minimum_is_checked_against_a_real_cluster_only(cluster, helm, tmp_path):
    """Offline rendering never fails on helm's built-in default version; an install into a cluster
    older than the minimum does. (The local cluster is 1.37: a copy of the chart asks for 1.99.)"""
    chart = tmp_path / "chart"
    shutil.copytree(CHART, chart)
    gate = chart / "templates" / "kubeversion.yaml"
    gate.write_text(gate.read_text().replace('$minimum := "1.30"', '$minimum := "1.99"'))
    offline = subprocess.run([helm, "template", "x", str(chart)], capture_output=True, text=True)
    assert offline.returncode == 0, offline.stderr
    env = dict(os.environ, KUBECONFIG=cluster.kubeconfig)
    install = subprocess.run([helm, "install", "x", str(chart), "--dry-run=server", "-n", "default"],
                             capture_output=True, text=True, env=env)
    assert install.returncode != 0 and "needs Kubernetes 1.99 or newer" in install.stderr, install.stderr
    assert "this cluster runs v1.37" in install.stderr
    current = subprocess.run([helm, "install", "x", str(CHART), "--dry-run=server", "-n", "default"],
                             capture_output=True, text=True, env=env)
    assert current.returncode == 0, current.stderr


NETWORK_POLICY = ("--set", "networkPolicy.enabled=true", "--set", "watchNamespaces={team-a,team-b}",
                  "--set", "networkPolicy.allowNamespaces={frontend}", "--set", "networkPolicy.metricsNamespaces={monitoring}")


def test_network_policy_is_accepted_by_the_api_server(cluster, helm):
    docs = _docs(helm, *NETWORK_POLICY)
    policies = [d for d in docs if d["kind"] == "NetworkPolicy"]
    assert sorted(p["metadata"]["namespace"] for p in policies) == ["team-a", "team-b"]
    gateway_rule, metrics_rule = policies[0]["spec"]["ingress"]
    assert gateway_rule["ports"] == [{"port": "http", "protocol": "TCP"}]
    assert gateway_rule["from"] == [{"podSelector": {}},
                                    {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "frontend"}}}]
    assert metrics_rule == {"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]}
    assert policies[0]["spec"]["podSelector"] == {"matchLabels": {"app.kubernetes.io/managed-by": "llmops-operator"}}
    _dry_run_accepted(cluster, docs)


def test_network_policy_without_sources_denies_instead_of_admitting_all(helm):
    docs = _docs(helm, "--set", "networkPolicy.enabled=true", "--set", "networkPolicy.namespaces={team-a}",
                 "--set", "networkPolicy.allowSameNamespace=false")
    (policy,) = [d for d in docs if d["kind"] == "NetworkPolicy"]
    assert not policy["spec"].get("ingress") and policy["spec"]["policyTypes"] == ["Ingress"]


def test_network_policy_needs_namespaces_when_watching_all(helm):
    r = _template(helm, "--set", "networkPolicy.enabled=true", check=False)
    assert r.returncode != 0 and "networkPolicy.namespaces" in r.stderr


def test_service_monitor_renders(helm):
    (monitor,) = [d for d in _docs(helm, "--set", "metrics.serviceMonitor=true") if d["kind"] == "ServiceMonitor"]
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1" and monitor["spec"]["endpoints"][0]["port"] == "metrics"
    assert monitor["spec"]["endpoints"][0]["honorLabels"] is True  # budget/release metrics keep their namespace label


def test_prometheus_url_reaches_the_operator(helm):
    def args(*extra):
        (dep,) = [d for d in _docs(helm, *extra) if d["kind"] == "Deployment"]
        return dep["spec"]["template"]["spec"]["containers"][0]["args"]
    assert not any(a.startswith("--prometheus-url") for a in args())
    assert "--prometheus-url=http://prometheus.monitoring:9090" in args(
        "--set", "prometheus.url=http://prometheus.monitoring:9090")
    r = _template(helm, "--set", "prometheus.url=prometheus:9090", check=False)
    assert r.returncode != 0 and "prometheus" in r.stderr


def test_values_schema_covers_every_value(helm):
    """Every key of values.yaml is declared in values.schema.json (which refuses unknown keys)."""
    schema = json.loads((CHART / "values.schema.json").read_text())
    values = yaml.safe_load((CHART / "values.yaml").read_text())

    def walk(vals: dict, node: dict, path: str):
        assert node.get("additionalProperties") is False or "properties" not in node, path
        for key, value in vals.items():
            assert key in node.get("properties", {}), f"{path}{key} is not in values.schema.json"
            if isinstance(value, dict) and "properties" in node["properties"][key]:
                walk(value, node["properties"][key], f"{path}{key}.")

    walk(values, schema, "")
    for bad in ("networkPolicy.allowNamespaces={Not_A_Namespace}", "resources.requests.cpu=lots",
                "networkPolicy.enabled=maybe", "networkPolicy.portz=1"):
        r = _template(helm, "--set", bad, check=False)
        assert r.returncode != 0 and bad.split("=")[0].split(".")[0] in r.stderr, (bad, r.stderr)


def _llmops(*args: str, kubeconfig: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "llmops.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ, KUBECONFIG=kubeconfig), timeout=120)


def test_helm_install_then_the_crd_upgrade_path(cluster, helm, tmp_path):
    """helm install into the local control plane; then a CRD made stale (as an older release left it)
    stays stale through `helm upgrade`, and `llmops crds apply` brings it up to date."""
    env = dict(os.environ, KUBECONFIG=cluster.kubeconfig)
    release = ["llmops-it", str(CHART), "--namespace", "llmops-it", "--set", "watchNamespaces={llmops-it}"]
    r = subprocess.run([helm, "install", *release, "--create-namespace", "--wait", "--timeout", "90s"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    try:
        assert "helm upgrade` never updates CRDs" in r.stdout and "llmops crds apply" in r.stdout  # NOTES.txt
        assert "Watching: llmops-it" in r.stdout
        dep = json.loads(cluster.kubectl("get", "deployment", "llmops-it", "-n", "llmops-it", "-o", "json").stdout)
        assert dep["status"].get("readyReplicas") == 2  # two replicas by default, one active (issue 13)

        crd = "crd/llmdeployments.llmops.dev"
        cluster.kubectl("patch", crd, "--type=json", "-p",
                        '[{"op": "remove", "path": "/spec/versions/0/subresources/scale"}]')
        r = subprocess.run([helm, "upgrade", *release, "--wait", "--timeout", "90s"], capture_output=True,
                           text=True, env=env)
        assert r.returncode == 0, r.stdout + r.stderr
        scale = "jsonpath={.spec.versions[0].subresources.scale.specReplicasPath}"
        assert cluster.kubectl("get", crd, "-o", scale).stdout == ""  # helm left the CRD as it was

        r = _llmops("crds", "apply", f"--kubectl={kubectl.binary()}", kubeconfig=cluster.kubeconfig)
        assert r.returncode == 0, r.stderr
        assert "condition met" in r.stdout
        assert cluster.kubectl("get", crd, "-o", scale).stdout == ".spec.replicas"
    finally:
        subprocess.run([helm, "uninstall", "llmops-it", "--namespace", "llmops-it", "--wait"],
                       capture_output=True, text=True, env=env)
        kubectl.apply_crds(cluster.kubeconfig, REPO / "crds")  # whatever happened, leave current CRDs


def test_the_default_image_tag_is_the_packages_version():
    """The chart's default image tag (appVersion) is the version the wheel in that image carries."""
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["appVersion"] == version
    assert yaml.safe_load((CHART / "values.yaml").read_text())["image"]["tag"] == ""  # i.e. appVersion


def test_the_image_runs_as_the_user_the_chart_requires(helm):
    """runAsNonRoot with runAsUser: the Dockerfile's USER must be that same non-root user."""
    user = next(line.split()[1] for line in (REPO / "Dockerfile").read_text().splitlines() if line.startswith("USER "))
    dep = next(d for d in _docs(helm) if d["kind"] == "Deployment")
    pod = dep["spec"]["template"]["spec"]["securityContext"]
    assert pod["runAsNonRoot"] is True and user.split(":")[0] == str(pod["runAsUser"]) != "0"


def test_two_replicas_by_default_with_leader_election_rbac_and_a_disruption_budget(helm):
    docs = {(d["kind"], d["metadata"]["name"]): d for d in _docs(helm)}
    dep = docs[("Deployment", "llmops")]
    assert dep["spec"]["replicas"] == 2 and dep["spec"]["strategy"]["type"] == "RollingUpdate"
    container = dep["spec"]["template"]["spec"]["containers"][0]
    assert "--leader-elect" in container["args"]
    assert "--leader-election-namespace=$(POD_NAMESPACE)" in container["args"]
    assert "--leader-election-id=llmops" in container["args"]  # one Lease per release
    assert {e["name"] for e in container["env"]} >= {"POD_NAME", "POD_NAMESPACE"}
    assert "podAntiAffinity" in dep["spec"]["template"]["spec"]["affinity"]
    role = docs[("Role", "llmops-leader-election")]
    assert role["metadata"]["namespace"] == "llmops-system"
    assert role["rules"] == [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                              "verbs": ["get", "create", "update"]}]
    assert docs[("RoleBinding", "llmops-leader-election")]["roleRef"]["name"] == "llmops-leader-election"
    assert docs[("PodDisruptionBudget", "llmops")]["spec"]["minAvailable"] == 1


def test_one_replica_without_leader_election_and_never_two_active(helm):
    one = {(d["kind"], d["metadata"]["name"]): d for d in _docs(helm, "--set", "replicas=1",
                                                                 "--set", "leaderElection.enabled=false")}
    dep = one[("Deployment", "llmops")]
    assert dep["spec"]["replicas"] == 1 and dep["spec"]["strategy"] == {"type": "Recreate"}
    assert "--leader-elect" not in dep["spec"]["template"]["spec"]["containers"][0]["args"]
    assert ("PodDisruptionBudget", "llmops") not in one and ("Role", "llmops-leader-election") not in one
    r = _template(helm, "--set", "leaderElection.enabled=false", check=False)
    assert r.returncode != 0 and "needs leaderElection.enabled" in r.stderr
