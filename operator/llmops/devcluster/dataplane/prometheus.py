"""The cluster's Prometheus: its config and its scrape targets, with the labels that
Kubernetes pod discovery plus the usual relabelling would give (pure functions)."""

from __future__ import annotations

import re

import yaml

TARGETS_FILE = "targets.json"


def label_name(pod_label: str) -> str:
    """`llmops.dev/deployment` -> `llmops_dev_deployment`: what `labelmap` over
    `__meta_kubernetes_pod_label_(.+)` gives; never the metrics' own `deployment`."""
    return re.sub(r"[^a-zA-Z0-9_]", "_", pod_label)


def config(targets_path: str, scrape_interval: str = "5s") -> str:
    return yaml.safe_dump({
        "global": {"scrape_interval": scrape_interval, "evaluation_interval": scrape_interval},
        "scrape_configs": [{
            "job_name": "prometheus", "static_configs": [{"targets": ["127.0.0.1:9090"]}],
        }, {
            "job_name": "llmops-pods",
            "file_sd_configs": [{"files": [targets_path], "refresh_interval": "1s"}],
        }],
    }, sort_keys=False)


def targets(pods: list[dict]) -> list[dict]:
    """One target per running gateway and simulator: `pods` are
    {namespace, name, ip, labels, containers: {container: (port, path)}}."""
    out = []
    for p in sorted(pods, key=lambda p: (p["namespace"], p["name"])):
        base = {"namespace": p["namespace"], "pod": p["name"]}
        for k, v in sorted((p.get("labels") or {}).items()):
            if k.startswith("llmops.dev/"):
                base[label_name(k)] = v
        for container, (port, path) in sorted(p["containers"].items()):
            out.append({"targets": [f"{p['ip']}:{port}"],
                        "labels": {**base, "container": container, "__metrics_path__": path}})
    return out
