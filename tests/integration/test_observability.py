"""What the chart ships for observability, checked with the real tools: the PrometheusRule's
alerts with `promtool check rules` and `promtool test rules` (firing and quiet cases, `for`
durations) on exactly what the chart renders; the Grafana dashboard decoded strictly by Grafana's
foundation SDK, and every panel's query run against a real Prometheus scraping a real gateway
(`llmops gateway` in front of the xpyd-sim simulator) that the openai client sent requests to."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from llmops.devcluster import build, versions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import gotool  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "llmops-operator"
RULE_TESTS = Path(__file__).resolve().parent / "observability" / "alert_rules_test.yaml"
NAMESPACE = "llmops-system"  # the release namespace the rule tests' operator series carry


@pytest.fixture(scope="module")
def helm() -> str:
    return str(build.build_helm(log=lambda _m: None))


@pytest.fixture(scope="module")
def promtool() -> Path:
    # The same Prometheus version as the server the data plane runs, built from its module.
    return gotool.installed("promtool", "github.com/prometheus/prometheus/cmd/promtool",
                            versions.PROMETHEUS_VERSION, tags="remove_all_sd")


def _render(helm: str, *sets: str, check: bool = True) -> subprocess.CompletedProcess:
    args = [a for s in sets for a in ("--set", s)]
    return subprocess.run([helm, "template", "llmops", str(CHART), "--namespace", NAMESPACE, *args],
                          capture_output=True, text=True, check=check)


def _docs(helm: str, *sets: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(_render(helm, *sets).stdout) if d]


def _rule_groups(helm: str, *sets: str) -> list[dict]:
    (rule,) = [d for d in _docs(helm, "prometheusRule.enabled=true", *sets) if d["kind"] == "PrometheusRule"]
    assert rule["apiVersion"] == "monitoring.coreos.com/v1" and rule["metadata"]["namespace"] == NAMESPACE
    return rule["spec"]["groups"]


def _promtool(promtool: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(promtool), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_nothing_for_observability_is_rendered_by_default(helm):
    kinds = {(d["kind"], d["metadata"]["name"]) for d in _docs(helm)}
    assert not {k for k in kinds if k[0] in ("PrometheusRule", "ConfigMap")}


def test_the_shipped_alert_rules_pass_promtool_check_and_their_unit_tests(helm, promtool, tmp_path):
    groups = _rule_groups(helm)
    alerts = sorted(r["alert"] for g in groups for r in g["rules"])
    assert alerts == ["LLMOpsBudgetExceeded", "LLMOpsBudgetWarning", "LLMOpsCanaryRolledBack",
                      "LLMOpsGatewayConfigReloadRefused", "LLMOpsGatewayErrorRateHigh",
                      "LLMOpsOperatorNotLeading", "LLMOpsOperatorReconcileErrors"]
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": groups}, sort_keys=False))
    r = _promtool(promtool, "check", "rules", "rules.yaml", cwd=tmp_path)
    assert r.returncode == 0 and f"SUCCESS: {len(alerts)} rules found" in r.stdout, r.stdout + r.stderr

    cases = yaml.safe_load(RULE_TESTS.read_text())
    tested = {t["alertname"] for case in cases["tests"] for t in case["alert_rule_test"]}
    assert tested == set(alerts)  # every shipped alert has cases
    firing = {t["alertname"] for case in cases["tests"] for t in case["alert_rule_test"] if t["exp_alerts"]}
    assert firing == set(alerts)  # ... and each one is seen firing, not only quiet
    (tmp_path / "rules_test.yaml").write_text(yaml.safe_dump({"rule_files": ["rules.yaml"], **cases}, sort_keys=False))
    r = _promtool(promtool, "test", "rules", "rules_test.yaml", cwd=tmp_path)
    assert r.returncode == 0 and "SUCCESS" in r.stdout, r.stdout + r.stderr


def test_the_rule_tests_fail_on_a_changed_threshold(helm, promtool, tmp_path):
    """The cases pin the rendered thresholds: a 10 % error ratio no longer fires on 9 %."""
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": _rule_groups(helm, "prometheusRule.gatewayErrorRatio=0.1")}))
    cases = yaml.safe_load(RULE_TESTS.read_text())
    (tmp_path / "rules_test.yaml").write_text(yaml.safe_dump({"rule_files": ["rules.yaml"], **cases}))
    r = _promtool(promtool, "test", "rules", "rules_test.yaml", cwd=tmp_path)
    assert r.returncode != 0 and "LLMOpsGatewayErrorRateHigh, time: 15m" in r.stdout + r.stderr, r.stdout + r.stderr


def test_rule_values_are_validated_and_labels_reach_the_rule(helm):
    (rule,) = [d for d in _docs(helm, "prometheusRule.enabled=true", "prometheusRule.labels.release=kube-prometheus",
                                "prometheusRule.gatewayErrorFor=30m") if d["kind"] == "PrometheusRule"]
    assert rule["metadata"]["labels"]["release"] == "kube-prometheus"
    (error_rate,) = [r for g in rule["spec"]["groups"] for r in g["rules"] if r["alert"] == "LLMOpsGatewayErrorRateHigh"]
    assert error_rate["for"] == "30m"
    for bad in ("prometheusRule.gatewayErrorRatio=2", "prometheusRule.gatewayErrorFor=soon", "prometheusRule.enable=true"):
        r = _render(helm, bad, check=False)
        assert r.returncode != 0 and "prometheusRule" in r.stderr, (bad, r.stderr)


# --- the Grafana dashboard -------------------------------------------------------------------

DASHBOARDS = sorted((CHART / "dashboards").glob("*.json"))
# Panels over metrics nothing exports yet (the budget and release work will): their queries are
# run and must be accepted, but cannot return series. Reconcile errors: none happen here.
NO_SERIES_YET = {"Budget used", "Canary rollbacks in the time range", "Reconcile errors by kind"}


def _panels(board: dict) -> list[dict]:
    out = []
    for p in board["panels"]:
        out.extend(p.get("panels", []) if p["type"] == "row" else [p])
    return out


def test_the_dashboard_configmap_ships_the_json_for_grafanas_sidecar(helm):
    (cm,) = [d for d in _docs(helm, "grafanaDashboard.enabled=true", "grafanaDashboard.namespace=monitoring",
                              "grafanaDashboard.annotations.grafana_folder=LLMOps") if d["kind"] == "ConfigMap"]
    assert cm["metadata"]["namespace"] == "monitoring" and cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert cm["metadata"]["annotations"] == {"grafana_folder": "LLMOps"}
    assert {k: json.loads(v) for k, v in cm["data"].items()} == {p.name: json.loads(p.read_text()) for p in DASHBOARDS}
    r = _render(helm, "grafanaDashboard.enabled=true", "grafanaDashboard.namespace=Not_A_Namespace", check=False)
    assert r.returncode != 0 and "grafanaDashboard" in r.stderr


def test_the_dashboard_is_valid_for_grafanas_foundation_sdk():
    program = gotool.binary("grafana-dashboard")
    boards = [json.loads(p.read_text()) for p in DASHBOARDS]
    assert [p.name for p in DASHBOARDS] == ["llmops-overview.json"]
    broken = json.loads(json.dumps(boards[0]))
    broken["panels"][1]["targets"][0]["exprr"] = broken["panels"][1]["targets"][0].pop("expr")
    results = gotool.run_batch(program, [*boards, broken])
    for path, board, res in zip(DASHBOARDS, boards, results):
        assert res["errors"] == [], (path.name, res["errors"])
        assert res["panels"] == len(_panels(board)) > 0
    # The check can fail: a misspelt field of a Prometheus query is refused.
    assert "panels[1].targets[0].expr: required field is missing from input" in results[-1]["errors"]
