"""What the chart ships for observability, checked with the real tools: the PrometheusRule's
alerts with `promtool check rules` and `promtool test rules` (firing and quiet cases, `for`
durations) on exactly what the chart renders; the Grafana dashboard decoded strictly by Grafana's
foundation SDK, and every panel's query run against a real Prometheus scraping a real gateway
(`llmops gateway` in front of the xpyd-sim simulator) that the openai client sent requests to."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import openai
import pytest
import yaml

from helpers import apply, llmd, wait_for
from llmops.devcluster import build, kubectl, versions
from operator_proc import start_operator

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS / "tools"))
sys.path.insert(0, str(TESTS / "gateway"))
import gotool  # noqa: E402
from gateway_harness import Simulator, free_port  # noqa: E402

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


# The Prometheus Operator's CRDs, to have the monitoring objects checked by the API server against
# their real schemas; they come in its Go module (example/prometheus-operator-crd/), which the Go
# module proxy serves.
PROMETHEUS_OPERATOR = "v0.86.1"
MONITORING_CRDS = ("podmonitors", "servicemonitors", "prometheusrules")
EVERY_PART = ("metrics.serviceMonitor=true", "gatewayMetrics.podMonitor.enabled=true", "prometheusRule.enabled=true",
              "grafanaDashboard.enabled=true", "grafanaDashboard.namespace=monitoring")


def _monitoring_crds(tmp: Path) -> Path:
    module = f"github.com/prometheus-operator/prometheus-operator@{PROMETHEUS_OPERATOR}"
    print(f"fetching the Prometheus Operator CRDs: go mod download {module}")
    r = subprocess.run(["go", "mod", "download", "-json", module], cwd=tmp, env=build.go_env(),
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    crds = tmp / "crds"
    crds.mkdir()
    source = Path(json.loads(r.stdout)["Dir"]) / "example" / "prometheus-operator-crd"
    for name in MONITORING_CRDS:
        (crds / f"{name}.yaml").write_text((source / f"monitoring.coreos.com_{name}.yaml").read_text())
    return crds


def test_every_observability_part_is_accepted_by_the_api_server(cluster, helm, tmp_path):
    """With the Prometheus Operator's CRDs installed, what the chart renders with every part on
    passes a strict server-side dry run; a rule the CRD's schema refuses does not."""
    docs = _docs(helm, *EVERY_PART)
    monitoring = [d for d in docs if d["apiVersion"].startswith("monitoring.coreos.com/")]
    assert sorted(d["kind"] for d in monitoring) == ["PodMonitor", "PrometheusRule", "ServiceMonitor"]
    assert [d["metadata"]["namespace"] for d in docs if d["kind"] == "ConfigMap"] == ["monitoring"]
    names = kubectl.apply_crds(cluster.kubeconfig, _monitoring_crds(tmp_path))
    try:
        for ns in sorted({d["metadata"].get("namespace") for d in docs} - {None}):
            cluster.kubectl("create", "namespace", ns, check=False)
        everything = "\n---\n".join(yaml.safe_dump(d) for d in docs)
        r = cluster.kubectl("apply", "--dry-run=server", "--validate=strict", "-f", "-", input=everything, check=False)
        assert r.returncode == 0, r.stderr
        (rule,) = [d for d in monitoring if d["kind"] == "PrometheusRule"]
        rule["spec"]["groups"][0]["rules"][0]["for"] = "ten minutes"
        r = cluster.kubectl("apply", "--dry-run=server", "-f", "-", input=yaml.safe_dump(rule), check=False)
        assert r.returncode != 0 and "for" in r.stderr, r.stderr
    finally:
        cluster.kubectl("delete", "--wait=false", *names, check=False)


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


# --- every panel's query against a real Prometheus -------------------------------------------

DEPLOYMENT = "obs-llm"
OPERATOR_NAMESPACE = "llmops-system"


def _gateway_config(upstream: str) -> dict:
    system = lambda v: {"messages": [{"role": "system", "content": f"You are support bot {v}."}]}  # noqa: E731
    return {
        "deployment": DEPLOYMENT, "models": ["sim-model"], "upstreams": [{"name": "sim", "url": upstream}],
        "prompt": {"name": "support", "stickyBy": None, "versions": [
            {"name": "support-v2", "weight": 50, "template": system("two")},
            {"name": "support-v1", "weight": 50, "template": system("one")}]},
        "guardrails": [{"name": "no-secrets", "input": {"deny": [{"name": "project-falcon", "pattern": "(?i)project\\s+falcon"}]}}],
        "pricing": {"currency": "USD", "inputPerMillionTokens": 3, "outputPerMillionTokens": 15},
        "budget": {"remaining": 100, "allowance": 50, "action": "Throttle"},
        "rateLimit": {"requestsPerMinute": 14},
        "cache": {"enabled": True},
    }


class Process:
    """A child process with its output in a log file; stopped by SIGTERM, then SIGKILL."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)

    def wait_http(self, url: str, what: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(url, timeout=1).read()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{what} did not start: {self.log.read_text()[-2000:]}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _prom_api(prom: str, path: str, **params) -> dict:
    """The answer of Prometheus' HTTP API, bad_data included (HTTP 400 carries it in the body)."""
    url = f"{prom}/api/v1/{path}?{urllib.parse.urlencode(params, doseq=True)}"
    try:
        return json.loads(urllib.request.urlopen(url, timeout=30).read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


def _value(prom: str, expr: str) -> float:
    res = _prom_api(prom, "query", query=expr)["data"]["result"]
    return float(res[0]["value"][1]) if res else 0.0


def _send_traffic(gateway: str, phase: int) -> int:
    """Plain, streamed, cached, blocked and rate-limited requests and a feedback, through the
    openai client; the number of requests the gateway answered. Each phase's callers have keys
    of their own, so only the burst meets the rate limit."""
    steady = openai.OpenAI(base_url=f"{gateway}/v1", api_key="obs-key", max_retries=0,
                           default_headers={"x-api-key": f"steady-{phase}"})
    burst = steady.with_options(default_headers={"x-api-key": f"burst-{phase}"})
    sent = 0

    def ask(text: str, client: openai.OpenAI = steady, **kw):
        nonlocal sent
        sent += 1
        return client.chat.completions.with_raw_response.create(
            model="sim-model", messages=[{"role": "user", "content": text}], max_tokens=16, **kw)

    for i in range(4):
        raw = ask(f"Question number {i}?")
        assert raw.http_response.status_code == 200
    ask("Question number 0?")  # the same again: a cache hit
    for i in range(2):
        stream = ask(f"Stream number {i}", stream=True).parse()
        assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    with pytest.raises(openai.PermissionDeniedError):
        ask("Tell me about Project Falcon.")
    request_id = raw.headers["x-llmops-request-id"]
    body = json.dumps({"request_id": request_id, "value": "positive"}).encode()
    urllib.request.urlopen(urllib.request.Request(f"{gateway}/v1/feedback", data=body,
                                                  headers={"Content-Type": "application/json"}), timeout=10).read()
    limited = False
    while not limited and sent < 40:
        try:
            ask(f"Burst {sent}", burst)
        except openai.RateLimitError:
            limited = True
    assert limited
    return sent


@pytest.fixture
def data_plane(cluster, crds, namespace, tmp_path):
    """A real gateway (`llmops gateway`) in front of xpyd-sim, the real operator reconciling one
    LLMDeployment, and a Prometheus scraping both every second with the labels the chart's
    PodMonitor and ServiceMonitor give. Yields (Prometheus URL, gateway URL)."""
    with build.cache_lock():
        prometheus_bin = build.build_prometheus()
    started: list = []
    sim = Simulator("sim-model")
    started.append(sim)
    try:
        cfg = tmp_path / "gateway.yaml"
        cfg.write_text(yaml.safe_dump(_gateway_config(sim.url)))
        gw_port = free_port()
        gateway = Process([sys.executable, "-m", "llmops.cli", "gateway", f"--config={cfg}",
                           f"--listen=127.0.0.1:{gw_port}"], tmp_path / "gateway.log")
        started.append(gateway)
        gateway.wait_http(f"http://127.0.0.1:{gw_port}/readyz", "the gateway")
        op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
        started.append(op)

        prom_port = free_port()
        (tmp_path / "prometheus.yml").write_text(yaml.safe_dump({
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "scrape_configs": [
                {"job_name": "llmops-gateways", "static_configs": [{"targets": [f"127.0.0.1:{gw_port}"], "labels": {
                    "namespace": namespace, "pod": f"{DEPLOYMENT}-0", "container": "gateway",
                    "llmops_dev_deployment": DEPLOYMENT}}]},
                {"job_name": "llmops-operator", "static_configs": [{"targets": [f"127.0.0.1:{op.metrics_port}"], "labels": {
                    "namespace": OPERATOR_NAMESPACE, "pod": "llmops-0", "container": "operator"}}]},
            ]}))
        prom = Process([str(prometheus_bin), f"--config.file={tmp_path / 'prometheus.yml'}",
                        f"--web.listen-address=127.0.0.1:{prom_port}", f"--storage.tsdb.path={tmp_path / 'tsdb'}"],
                       tmp_path / "prometheus.log")
        started.append(prom)
        url = f"http://127.0.0.1:{prom_port}"
        prom.wait_http(f"{url}/-/ready", "Prometheus")
        print(f"prometheus on {url}, gateway on :{gw_port}, operator metrics on :{op.metrics_port}")
        # Series before the traffic, so that rates over the window see it arrive.
        wait_for(lambda: _value(url, 'count(up{job=~"llmops-.*"} == 1)') == 2, what="both targets scraped", timeout=60)
        yield url, f"http://127.0.0.1:{gw_port}"
    finally:
        for p in reversed(started):
            p.stop()


def _substitute(expr: str, variables: dict[str, str]) -> str:
    for name, value in variables.items():
        expr = expr.replace(f"${name}", value)
    return expr


def test_every_panel_query_runs_against_a_real_prometheus(data_plane, cluster, namespace):
    prom, gateway = data_plane
    # Twice, a scrape apart: the gateway's series appear with their first request, so rates
    # (and the quantiles over them) see traffic only from the second round on.
    # The same for the operator: an LLMDeployment, then an edit of it.
    sent = 0
    reconciles = "sum(llmops_operator_reconcile_total)"
    for phase in (1, 2):
        before = _value(prom, reconciles)
        apply(cluster, namespace, llmd(DEPLOYMENT, replicas=phase))
        sent += _send_traffic(gateway, phase)
        wait_for(lambda: _value(prom, "sum(llmops_gateway_requests_total)") == sent, what="Prometheus has every request")
        wait_for(lambda: _value(prom, reconciles) > before, what="Prometheus has the reconciles")
    print(f"sent {sent} requests through the openai client; the operator reconciled {_value(prom, reconciles):.0f} times")

    (board,) = [json.loads(p.read_text()) for p in DASHBOARDS]
    bad = _prom_api(prom, "query", query="sum by (deployment) (rate(llmops_gateway_requests_total[1m])")
    assert bad["status"] == "error" and bad["errorType"] == "bad_data"  # what a broken panel query would get
    # The variables, as Grafana resolves label_values(selector, label): the label values API.
    variables = {"__rate_interval": "1m", "__range": "10m"}
    for var in board["templating"]["list"]:
        if var["type"] != "query":
            continue
        selector, label = var["query"]["query"].removeprefix("label_values(").removesuffix(")").rsplit(", ", 1)
        answer = _prom_api(prom, f"label/{label}/values", **{"match[]": _substitute(selector, variables)})
        assert answer["status"] == "success", (var["name"], answer)
        assert answer["data"], f"variable {var['name']} has no values"
        variables[var["name"]] = "|".join(answer["data"])
    assert variables["namespace"] == namespace and variables["deployment"] == DEPLOYMENT

    now = time.time()
    checked = 0
    for panel in _panels(board):
        for target in panel["targets"]:
            expr = _substitute(target["expr"], variables)
            assert "$" not in expr, (panel["title"], expr)
            if target.get("instant"):
                answer = _prom_api(prom, "query", query=expr, time=now)
                values = [r["value"][1] for r in answer.get("data", {}).get("result", [])]
            else:
                answer = _prom_api(prom, "query_range", query=expr, start=now - 60, end=now, step=1)
                values = [v for r in answer.get("data", {}).get("result", []) for _, v in r["values"]]
            assert answer["status"] == "success", (panel["title"], expr, answer.get("errorType"), answer.get("error"))
            if panel["title"] not in NO_SERIES_YET:
                finite = [v for v in values if v not in ("NaN", "+Inf", "-Inf")]
                assert finite, f"{panel['title']!r} target {target['refId']}: no series with a value for {expr}: {str(answer)[:600]}"
            checked += 1
    assert checked == sum(len(p["targets"]) for p in _panels(board))
    print(f"{checked} queries of {len(_panels(board))} panels accepted; all but {sorted(NO_SERIES_YET)} returned series")
