"""The Helm chart renders (with helm's defaults, no --kube-version), lints, validates its values,
and what it renders with each optional part on is accepted by the real API server (server-side
dry run), together with the CRDs it ships; it installs into the local control plane; and the
CRD upgrade path (`llmops crds apply`, since `helm upgrade` never updates CRDs) works."""

from __future__ import annotations

import json
import os
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
                     "Service", "ServiceAccount"]
    _dry_run_accepted(cluster, docs)
    dep = next(d for d in docs if d["kind"] == "Deployment")
    args = dep["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[0] == "operator" and "--log-format=json" in args


def test_namespaced_install_uses_roles(helm):
    docs = [d for d in yaml.safe_load_all(_template(helm, "--set", "watchNamespaces={team-a,team-b}").stdout) if d]
    roles = [d for d in docs if d["kind"] == "Role"]
    assert sorted(r["metadata"]["namespace"] for r in roles) == ["team-a", "team-b"]
    assert not [d for d in docs if d["kind"] == "ClusterRole" and not d["metadata"]["name"].endswith("discovery")]
    args = next(d for d in docs if d["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--namespace=team-a" in args and "--namespace=team-b" in args


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
        assert dep["status"].get("readyReplicas") == 1

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
