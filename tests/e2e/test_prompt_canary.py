"""Prompt canaries on the local data plane, judged on what the real gateways export and the real
Prometheus scrapes (every second): sticky callers sent through the real `openai` client, with
feedback through the real /v1/feedback. A healthy canary walks its short steps and is Promoted,
every gateway ending at 100% on it; a canary made worse by a fault profile (its template's
requests answered 500 by the simulated engine half of the time) is rolled back by the run that
takes its failed runs past failureLimit once minSamples is reached, read from status.analysis;
its weight goes back to 0 in the gateway config while the stable keeps serving, and the Event
gives the measured error rate."""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.parse
import urllib.request

import openai
import pytest
import yaml
from kubernetes import client

from helpers import events_for, wait_for
from operator_proc import start_operator

GROUP, VERSION = "llmops.dev", "v1alpha1"
DEPLOYMENT = "greeter-llm"
MIN_SAMPLES = 20


def _apply(dp, ns, *objs):
    dp.kubectl("apply", "-n", ns, "--server-side", "--force-conflicts", "--field-manager=test-user", "-f", "-",
               input="\n---\n".join(yaml.safe_dump(o) for o in objs))


def _pver(name, text, release):
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "PromptVersion", "metadata": {"name": name},
            "spec": {"prompt": "greeter", "template": {"messages": [{"role": "system", "content": text}]},
                     "release": release}}


def _canary(steps, metrics, failure_limit=1):
    return {"strategy": "Canary", "stickyBy": "Header:x-user-id", "steps": steps,
            "analysis": {"interval": "2s", "minSamples": MIN_SAMPLES, "failureLimit": failure_limit, "metrics": metrics}}


def _get(dp, ns, plural, name):
    return client.CustomObjectsApi(dp.api_client).get_namespaced_custom_object(GROUP, VERSION, ns, plural, name)


def _status(dp, ns, name):
    return _get(dp, ns, "promptversions", name).get("status") or {}


def _served(dp, ns):
    """The prompt weights in the gateways' ConfigMap (what every gateway loads)."""
    try:
        cm = client.CoreV1Api(dp.api_client).read_namespaced_config_map(f"{DEPLOYMENT}-gateway", ns)
    except client.ApiException:
        return None
    return {v["name"]: v["weight"] for v in (yaml.safe_load(cm.data["gateway.yaml"]).get("prompt") or {}).get("versions") or []}


def _prom(base, query):
    with urllib.request.urlopen(f"{base}/api/v1/query?{urllib.parse.urlencode({'query': query})}", timeout=5) as r:
        return json.load(r)["data"]["result"]


def _gateways_on_config(dp, ns, prom, pods):
    """Whether every gateway pod exports the config hash the operator rendered (status.gatewayConfigHash)."""
    want = (_get(dp, ns, "llmdeployments", DEPLOYMENT).get("status") or {}).get("gatewayConfigHash")
    rows = _prom(prom, f'llmops_gateway_config_info{{namespace="{ns}", hash="{want}"}}') if want else []
    return {r["metric"].get("pod") for r in rows} == set(pods)


class Traffic:
    """Callers user-0..199 through the deployment's local URL, one request at a time, and a
    positive feedback (on whichever gateway the service picks) for every fifth answer."""

    def __init__(self, url):
        self.oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
        self.answers: list[tuple[str, str | None, int]] = []  # (caller, version, status)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        rng = random.Random(7)
        while not self.stop.is_set():
            caller = f"user-{rng.randrange(200)}"
            try:
                raw = self.oa.chat.completions.with_raw_response.create(
                    model="chat-model", max_tokens=4, messages=[{"role": "user", "content": "hello"}],
                    extra_headers={"x-user-id": caller})
                self.answers.append((caller, raw.headers.get("x-llmops-prompt-version"), 200))
                if len(self.answers) % 5 == 0:
                    self.oa.post("/feedback", cast_to=object,
                                 body={"request_id": raw.headers["x-llmops-request-id"], "value": "positive"})
            except openai.APIStatusError as e:
                self.answers.append((caller, e.response.headers.get("x-llmops-prompt-version"), e.status_code))
            except openai.APIConnectionError:
                pass
            time.sleep(0.03)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(15)


@pytest.fixture
def operator_with_prometheus(dp_cluster, dp_namespace):
    prom = dp_cluster.endpoints()["prometheus"]
    if not prom:
        pytest.fail("the data plane runs without Prometheus (`llmops dev cluster build`)", pytrace=False)
    op = start_operator(dp_cluster.kubeconfig, [dp_namespace], dp_cluster.logs_dir,
                        extra_args=(f"--prometheus-url={prom}",))
    yield prom
    op.stop()


def test_a_healthy_canary_is_promoted_and_a_worse_one_rolled_back(dp_cluster, dp_namespace, operator_with_prometheus):
    dp, ns, prom = dp_cluster, dp_namespace, operator_with_prometheus
    t0 = time.monotonic()
    llmd = {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment",
            "metadata": {"name": DEPLOYMENT, "labels": {"team": "greeter"}},
            "spec": {"model": {"name": "chat-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                     "engine": {"type": "vLLM"}, "replicas": 2, "resources": {"gpu": {"count": 1}},
                     "gateway": {"prompt": "greeter"},
                     "pricing": {"currency": "USD", "inputPerMillionTokens": "1", "outputPerMillionTokens": "2"}}}
    policy = {"apiVersion": f"{GROUP}/{VERSION}", "kind": "GuardrailPolicy", "metadata": {"name": "codenames"},
              "spec": {"selector": {"matchLabels": {"team": "greeter"}},
                       "input": {"deny": [{"name": "codenames", "pattern": "(?i)project\\s+falcon"}]}}}
    _apply(dp, ns, policy, llmd, _pver("greeter-v1", "You greet people.", {"strategy": "Immediate"}))
    url = wait_for(lambda: dp.url_of(ns, DEPLOYMENT), timeout=90, what="the local URL")
    pods = wait_for(lambda: (p := [x.metadata.name for x in client.CoreV1Api(dp.api_client).list_namespaced_pod(
        ns, label_selector=f"llmops.dev/deployment={DEPLOYMENT}").items]) and len(p) == 2 and p, what="2 pods")
    wait_for(lambda: _gateways_on_config(dp, ns, prom, pods), timeout=90, what="both gateways on v1's config, scraped")
    print(f"\nv1 served by 2 gateways: {time.monotonic() - t0:.1f}s")

    with Traffic(url) as traffic:
        # -- a healthy canary walks 30% and 70% (4 s each, a passed run after each pause), then 100%
        t1 = time.monotonic()
        _apply(dp, ns, _pver("greeter-v2", "You greet people warmly.", _canary(
            [{"weight": 30, "pause": "4s"}, {"weight": 70, "pause": "4s"}],
            [{"name": "ErrorRate", "max": "0.05"}, {"name": "LatencyP95", "max": "4s"},
             {"name": "GuardrailViolationRate", "maxIncrease": "0.05"}, {"name": "NegativeFeedbackRate", "max": "0.2"},
             {"name": "CostPerRequest", "maxIncreasePercent": "50"}])))
        weights = []

        def walked():
            w = _served(dp, ns)
            if w and (not weights or weights[-1] != w):
                weights.append(w)
            return w == {"greeter-v2": 100}
        wait_for(walked, timeout=120, interval=0.2, what="greeter-v2 at 100%")
        assert weights[-3:] == [{"greeter-v2": 30, "greeter-v1": 70}, {"greeter-v2": 70, "greeter-v1": 30},
                                {"greeter-v2": 100}]
        v2 = _status(dp, ns, "greeter-v2")
        assert (v2["phase"], _status(dp, ns, "greeter-v1")["phase"]) == ("Promoted", "Superseded")
        results = {r["metric"]: r for r in v2["analysis"]["results"]}
        assert v2["analysis"]["verdict"] == "Passed" and v2["analysis"]["samples"]["canary"] >= MIN_SAMPLES
        assert set(results) == {"ErrorRate", "LatencyP95", "GuardrailViolationRate", "NegativeFeedbackRate",
                                "CostPerRequest"} and all(r["passed"] for r in results.values())
        assert float(results["ErrorRate"]["value"]) == 0 and float(results["CostPerRequest"]["value"]) > 0
        wait_for(lambda: _gateways_on_config(dp, ns, prom, pods), timeout=60, what="both gateways on the 100% config")
        mark = len(traffic.answers)
        wait_for(lambda: len(traffic.answers) >= mark + 40, timeout=60, what="40 answers at 100%")
        assert {v for _, v, _ in traffic.answers[mark:]} == {"greeter-v2"}
        positive = _prom(prom, f'sum(llmops_gateway_feedback_total{{namespace="{ns}", value="positive"}})')
        assert positive and float(positive[0]["value"][1]) > 0  # the feedback reached the analysis' series
        print(f"healthy canary promoted: {time.monotonic() - t1:.1f}s")

        # -- a worse canary: the engine answers its template's requests 500 half of the time
        t2 = time.monotonic()
        faults = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "llmops-dev-faults"},
                  "data": {"faults.yaml": yaml.safe_dump({"profiles": [
                      {"deployment": DEPLOYMENT, "match": "(?i)greet people badly", "errorRate": 0.5, "errorStatus": 500}]})}}
        _apply(dp, ns, faults, _pver("greeter-v3", "You greet people badly.", _canary(
            [{"weight": 50, "pause": "1h"}], [{"name": "ErrorRate", "max": "0.05"}])))
        seen = []

        def rolled_back():
            st = _status(dp, ns, "greeter-v3")
            a = st.get("analysis") or {}
            seen.append(((a.get("samples") or {}).get("canary"), a.get("failures"), a.get("verdict"), a.get("lastRunAt")))
            return st.get("phase") == "RolledBack"
        wait_for(rolled_back, timeout=120, interval=0.2, what="greeter-v3 rolled back")
        v3 = _status(dp, ns, "greeter-v3")
        a = v3["analysis"]
        # the run that rolled it back is the one that took the failures past failureLimit (1)
        assert (v3["weight"], a["failures"], a["verdict"]) == (0, 2, "Failed") and a["samples"]["canary"] >= MIN_SAMPLES
        assert all(f in (None, 0) for s, f, _, _ in seen if s is not None and s < MIN_SAMPLES), seen
        assert all(f in (None, 0, 1) for _, f, _, _ in seen[:-1]), seen  # not rolled back before
        measured = next(r for r in a["results"] if r["metric"] == "ErrorRate")
        assert not measured["passed"] and float(measured["value"]) > 0.05
        event = next(e for e in events_for(dp, ns, "greeter-v3") if e["reason"] == "RolledBack")
        assert f"ErrorRate {measured['value']}" in event["message"], event["message"]
        wait_for(lambda: _served(dp, ns) == {"greeter-v2": 100}, timeout=60, what="greeter-v3 out of the gateway config")
        wait_for(lambda: _gateways_on_config(dp, ns, prom, pods), timeout=60, what="both gateways back on the stable")
        mark = len(traffic.answers)
        wait_for(lambda: len(traffic.answers) >= mark + 40, timeout=60, what="40 answers after the rollback")
        assert {(v, code) for _, v, code in traffic.answers[mark:]} == {("greeter-v2", 200)}
        assert _status(dp, ns, "greeter-v2")["phase"] == "Promoted"
        print(f"worse canary rolled back: {time.monotonic() - t2:.1f}s ({len(traffic.answers)} requests in all)")
    # Gone before a later test counts the cluster's processes (test_dataplane.py).
    client.CustomObjectsApi(dp.api_client).delete_namespaced_custom_object(GROUP, VERSION, ns, "llmdeployments", DEPLOYMENT)
    wait_for(lambda: not client.CoreV1Api(dp.api_client).list_namespaced_pod(
        ns, label_selector=f"llmops.dev/deployment={DEPLOYMENT}").items, timeout=60, what="the pods to be gone")
