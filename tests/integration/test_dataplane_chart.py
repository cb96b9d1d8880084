"""The chart's PodMonitor gives a real cluster's Prometheus the labels the local cluster's gives."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from llmops.devcluster import build
from llmops.devcluster.dataplane import prometheus

CHART = Path(__file__).resolve().parents[2] / "charts" / "llmops-operator"


@pytest.fixture(scope="module")
def helm() -> str:
    return str(build.build_helm(log=lambda _m: None))


def _render(helm: str, *sets: str, check: bool = True) -> subprocess.CompletedProcess:
    args = [a for s in sets for a in ("--set", s)]
    return subprocess.run([helm, "template", "llmops", str(CHART), "--namespace", "llmops-system",
                           "--kube-version", "1.37.2", *args], capture_output=True, text=True, check=check)


def _podmonitors(out: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(out) if d and d.get("kind") == "PodMonitor"]


def test_no_podmonitor_by_default(helm):
    assert _podmonitors(_render(helm).stdout) == []


def test_the_podmonitor_selects_the_gateways_with_the_local_clusters_labels(helm):
    [pm] = _podmonitors(_render(helm, "gatewayMetrics.podMonitor.enabled=true",
                                "gatewayMetrics.podMonitor.engineMetrics=true",
                                "gatewayMetrics.podMonitor.labels.release=kube-prometheus").stdout)
    assert pm["metadata"]["labels"]["release"] == "kube-prometheus"
    assert pm["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/managed-by": "llmops-operator"}
    assert pm["spec"]["namespaceSelector"] == {"any": True}
    assert [e["port"] for e in pm["spec"]["podMetricsEndpoints"]] == ["http", "engine"]
    [relabel] = pm["spec"]["podMetricsEndpoints"][0]["relabelings"]
    # What the labelmap makes of a pod label is exactly the local cluster's name for it.
    meta = "__meta_kubernetes_pod_label_" + re.sub(r"[^a-zA-Z0-9_]", "_", "llmops.dev/deployment")
    m = re.fullmatch(relabel["regex"], meta)
    assert m and relabel["replacement"].replace("$1", m.group(1)) == prometheus.label_name("llmops.dev/deployment")


def test_watched_namespaces_narrow_the_podmonitor_and_bad_values_are_refused(helm):
    [pm] = _podmonitors(_render(helm, "gatewayMetrics.podMonitor.enabled=true", "watchNamespaces={team-a,team-b}").stdout)
    assert pm["spec"]["namespaceSelector"] == {"matchNames": ["team-a", "team-b"]}
    r = _render(helm, "gatewayMetrics.podMonitor.interval=often", check=False)
    assert r.returncode != 0 and "interval" in r.stderr
