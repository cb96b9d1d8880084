"""The Helm chart renders, lints, validates its values, and what it renders is accepted by the
real API server (server-side dry run), together with the CRDs it ships."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from llmops.devcluster import build

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "llmops-operator"


@pytest.fixture(scope="module")
def helm() -> str:
    return str(build.build_helm(log=lambda _m: None))


def _template(helm: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([helm, "template", "llmops", str(CHART), "--namespace", "llmops-system",
                           "--kube-version", "1.37.2", "--include-crds", *args],
                          capture_output=True, text=True, check=check)


def test_chart_lints(helm):
    r = subprocess.run([helm, "lint", str(CHART)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_values_schema_rejects_bad_values(helm):
    r = _template(helm, "--set", "workers=0", check=False)
    assert r.returncode != 0 and "workers" in r.stderr
    r = _template(helm, "--set", "logFormat=xml", check=False)
    assert r.returncode != 0 and "logFormat" in r.stderr


def test_rendered_chart_is_accepted_by_the_api_server(cluster, helm):
    docs = [d for d in yaml.safe_load_all(_template(helm).stdout) if d]
    kinds = sorted({d["kind"] for d in docs})
    assert kinds == ["ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "Deployment",
                     "Service", "ServiceAccount"]
    cluster.kubectl("create", "namespace", "llmops-system", check=False)
    crds = "\n---\n".join(yaml.safe_dump(d) for d in docs if d["kind"] == "CustomResourceDefinition")
    cluster.kubectl("apply", "--server-side", "--force-conflicts", "-f", "-", input=crds)
    rest = "\n---\n".join(yaml.safe_dump(d) for d in docs if d["kind"] != "CustomResourceDefinition")
    r = cluster.kubectl("apply", "--dry-run=server", "--validate=strict", "-f", "-", input=rest, check=False)
    assert r.returncode == 0, r.stderr
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
