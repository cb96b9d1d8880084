"""Budgets across replicas on the local data plane: three gateway processes under concurrent
load through the real `openai` client against a small limit, grants from the real operator
reading the real Prometheus that scrapes them. The metered spend ends within 0.9-1.01 of the
limit; then 429 budget_exceeded with the reset time."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
import urllib.request

import openai
import yaml
from kubernetes import client

from helpers import get_llmd, wait_for
from operator_proc import start_operator

GROUP, VERSION = "llmops.dev", "v1alpha1"
LIMIT = 12.0  # 0.001 per token: ~700 requests of the simulator's answers; a worst case is ~0.15


def _prom(base: str, query: str) -> list[dict]:
    url = f"{base}/api/v1/query?{urllib.parse.urlencode({'query': query})}"
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)["data"]["result"]


def _ready_pods(dp, ns, name):
    pods = client.CoreV1Api(dp.api_client).list_namespaced_pod(ns, label_selector=f"llmops.dev/deployment={name}").items
    return [p for p in pods if any(c.type == "Ready" and c.status == "True" for c in p.status.conditions or [])]


def test_three_replicas_under_load_spend_the_limit_and_no_more_then_throttle(dp_cluster, dp_namespace, tmp_path):
    dp, ns = dp_cluster, dp_namespace
    prom = dp.endpoints()["prometheus"]
    op = start_operator(dp.kubeconfig, [ns], tmp_path, extra_args=(f"--prometheus-url={prom}",),
                        env={"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "2"})
    try:
        dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-", input=yaml.safe_dump({
            "apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment", "metadata": {"name": "chat"},
            "spec": {"model": {"name": "chat-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
                     "engine": {"type": "vLLM"}, "replicas": 3, "resources": {"gpu": {"count": 1}},
                     "pricing": {"inputPerMillionTokens": "1000", "outputPerMillionTokens": "1000"},
                     "budget": {"limit": str(LIMIT), "action": "Throttle"}}}))
        wait_for(lambda: len(_ready_pods(dp, ns, "chat")) == 3, 120, what="3 Ready pods")
        url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL")
        # every process has a grant once the operator has seen it scraped
        wait_for(lambda: len(_prom(prom, f'llmops_gateway_budget_ceiling{{namespace="{ns}"}}')) == 3, 60,
                 what="a grant enforced by each of the 3 gateway processes")

        oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=30)
        counts = {"ok": 0, "refused": 0}
        refusals: list[openai.RateLimitError] = []
        stop = threading.Event()
        lock = threading.Lock()

        def load():
            while not stop.is_set():
                try:
                    oa.chat.completions.create(model="chat-model", max_tokens=8,
                                               messages=[{"role": "user", "content": "tell me something"}])
                    key = "ok"
                except openai.RateLimitError as e:
                    key = "refused"
                    with lock:
                        refusals.append(e)
                    time.sleep(0.05)
                with lock:
                    counts[key] += 1

        threads = [threading.Thread(target=load, daemon=True) for _ in range(8)]
        print(f"[budget e2e] 8 clients against a limit of {LIMIT}", flush=True)
        for t in threads:
            t.start()
        try:
            def spent_most():
                s = (get_llmd(dp, ns, "chat").get("status") or {}).get("spend") or {}
                print(f"[budget e2e] {counts} spend {s.get('amount')}", flush=True)
                return float(s.get("percentOfLimit") or 0) >= 90
            wait_for(spent_most, 240, interval=2, what="90% of the limit spent")
            time.sleep(8)  # keep pushing at the edge: the grants must hold it there
        finally:
            stop.set()
            for t in threads:
                t.join(30)

        # every scrape of the last requests counted: the spend holds still at its final figure
        metered = lambda: sum(float(r["value"][1]) for r in _prom(prom, f'llmops_gateway_cost_total{{namespace="{ns}"}}'))
        def settled():
            first = metered()
            time.sleep(2)  # two scrapes later
            return first == metered() and first
        total = wait_for(settled, 60, interval=0, what="the metered spend to hold still")
        print(f"[budget e2e] metered {total:.4f} of {LIMIT}: {total / LIMIT:.4f}; {counts}", flush=True)
        assert 0.9 * LIMIT <= total <= 1.01 * LIMIT

        with_reset = [e for e in refusals if e.code == "budget_exceeded" and "Resets at" in e.message]
        assert with_reset and all(e.response.headers.get("retry-after") for e in with_reset)
        # one client alone uses up what the grants still leave (less than a few worst cases),
        # then is refused with the reset time; the spend still within the bound
        refused = None
        for _ in range(300):
            try:
                oa.chat.completions.create(model="chat-model", max_tokens=8, messages=[{"role": "user", "content": "x"}])
            except openai.RateLimitError as e:
                refused = e
                break
        assert refused is not None and refused.code == "budget_exceeded" and "Resets at" in refused.message
        assert int(refused.response.headers["retry-after"]) > 0
        time.sleep(2)  # scraped
        assert metered() <= 1.01 * LIMIT
    finally:
        op.stop()


def _llmd(name, replicas, budget=None, model=None):
    spec = {"model": {"name": model or f"{name}-model", "uri": "hf://meta-llama/Llama-3.1-8B-Instruct"},
            "engine": {"type": "vLLM"}, "replicas": replicas, "resources": {"gpu": {"count": 1}},
            "pricing": {"inputPerMillionTokens": "1000", "outputPerMillionTokens": "1000"}}
    if budget:
        spec["budget"] = budget
    return {"apiVersion": f"{GROUP}/{VERSION}", "kind": "LLMDeployment", "metadata": {"name": name}, "spec": spec}


def test_fallback_is_answered_by_the_fallback_deployment_and_alert_keeps_serving(dp_cluster, dp_namespace, tmp_path):
    dp, ns = dp_cluster, dp_namespace
    prom = dp.endpoints()["prometheus"]
    op = start_operator(dp.kubeconfig, [ns], tmp_path, extra_args=(f"--prometheus-url={prom}",),
                        env={"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "2"})
    try:
        objs = [_llmd("small", 1), _llmd("big", 2, {"limit": "2", "action": "Fallback", "fallbackTo": {"name": "small"}}),
                _llmd("alerted", 1, {"limit": "0.5", "action": "Alert"})]
        dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-",
                   input="\n---\n".join(yaml.safe_dump(o) for o in objs))
        for name, n in (("small", 1), ("big", 2), ("alerted", 1)):
            wait_for(lambda: len(_ready_pods(dp, ns, name)) == n, 120, what=f"{name}: {n} Ready pods")
        big = openai.OpenAI(base_url=wait_for(lambda: dp.url_of(ns, "big"), what="big's URL"), api_key="x",
                            max_retries=0, timeout=30)
        alerted = openai.OpenAI(base_url=wait_for(lambda: dp.url_of(ns, "alerted"), what="alerted's URL"),
                                api_key="x", max_retries=0, timeout=30)
        # every process with a grant above 0: a process whose grant was lowered counts at its
        # older grant until it reports the lower one, so the first split can leave the other at 0
        wait_for(lambda: sum(float(r["value"][1]) > 0 for r in _prom(
            prom, f'llmops_gateway_budget_ceiling{{namespace="{ns}"}}')) == 3, 60,
                 what="grants above 0 for big's and alerted's processes")

        served_by: dict[str, int] = {}

        def big_until_served_elsewhere():
            r = big.chat.completions.with_raw_response.create(
                model="big-model", max_tokens=8, messages=[{"role": "user", "content": "tell me something"}])
            by = r.headers.get("x-llmops-served-by", "big")
            served_by[by] = served_by.get(by, 0) + 1
            return served_by.get("small", 0) >= 20
        wait_for(big_until_served_elsewhere, 240, interval=0, what="20 answers from the fallback deployment")
        print(f"[budget e2e] big's answers by who served them: {served_by}", flush=True)
        assert served_by.get("big", 0) > 0  # it served until its grants ran out

        def cost(name):
            return sum(float(r["value"][1]) for r in _prom(
                prom, f'llmops_gateway_cost_total{{namespace="{ns}", deployment="{name}"}}'))
        assert wait_for(lambda: cost("small") > 0, 30, what="the fallback's requests metered there")
        assert cost("big") <= 2 * 1.01  # metered where served: big's counters stop at its limit

        # Alert: past the limit it keeps serving and says so
        for _ in range(60):
            alerted.chat.completions.create(model="alerted-model", max_tokens=8,
                                            messages=[{"role": "user", "content": "tell me something"}])
        obj = wait_for(lambda: (o := get_llmd(dp, ns, "alerted"))["status"].get("phase") == "BudgetExceeded" and o,
                       60, what="alerted: BudgetExceeded")
        assert alerted.chat.completions.with_raw_response.create(
            model="alerted-model", max_tokens=8, messages=[{"role": "user", "content": "x"}]).http_response.status_code == 200
        cond = next(c for c in obj["status"]["conditions"] if c["type"] == "BudgetExceeded")
        assert cond["status"] == "True" and "action Alert" in cond["message"]
    finally:
        op.stop()


def test_scale_to_zero_empties_the_deployment_until_the_rollover_then_serves_again(dp_cluster, dp_namespace, tmp_path):
    from datetime import UTC, datetime, timedelta

    dp, ns = dp_cluster, dp_namespace
    now = datetime.now(UTC)
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    # Day windows on an offset clock whose midnight comes ~80 s from now; 2 replicas at 7.2 per
    # hour (0.004 per second) run a limit of 0.1 out in ~25 s of both being ready, in each window
    op = start_operator(dp.kubeconfig, [ns], tmp_path, extra_args=(f"--prometheus-url={dp.endpoints()['prometheus']}",),
                        env={"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "2",
                             "LLMOPS_DEV_CLOCK_OFFSET_SECONDS": str((midnight - now).total_seconds() - 80)})
    try:
        obj = _llmd("gpu", 2, {"limit": "0.1", "period": "Day", "action": "ScaleToZero"})
        # tokens nearly free here: one request's worst case must fit in a limit this small
        obj["spec"]["pricing"] = {"inputPerMillionTokens": "1", "outputPerMillionTokens": "1", "replicaPerHour": "7.2"}
        dp.kubectl("apply", "-n", ns, "--server-side", "--field-manager=test-user", "-f", "-", input=yaml.safe_dump(obj))
        wait_for(lambda: len(_ready_pods(dp, ns, "gpu")) == 2, 120, what="2 Ready pods")
        url = wait_for(lambda: dp.url_of(ns, "gpu"), what="the local URL")
        oa = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=5)

        def dep_replicas():
            return client.AppsV1Api(dp.api_client).read_namespaced_deployment(name="gpu", namespace=ns).spec.replicas
        wait_for(lambda: dep_replicas() == 0, 60, what="the Deployment scaled to 0 by the budget")
        wait_for(lambda: not client.CoreV1Api(dp.api_client).list_namespaced_pod(
            ns, label_selector="llmops.dev/deployment=gpu").items, 90, what="no pods")
        llmd_obj = get_llmd(dp, ns, "gpu")
        assert llmd_obj["spec"]["replicas"] == 2 and llmd_obj["status"]["phase"] == "BudgetExceeded"
        # meanwhile the Service has no endpoints: callers get a connection error (a router: Unavailable)
        try:
            oa.chat.completions.create(model="gpu-model", max_tokens=8, messages=[{"role": "user", "content": "x"}])
            outcome = "answered"
        except openai.APIConnectionError:
            outcome = "connection error"
        except openai.APIStatusError as e:
            outcome = f"status {e.status_code}"
        print(f"[budget e2e] while scaled to zero a caller gets: {outcome}", flush=True)
        assert outcome != "answered"

        # the offset clock's midnight: back at its replicas, serving (until the replica cost runs
        # the new window's limit out again)
        wait_for(lambda: dep_replicas() == 2, 90, what="the Deployment back at 2 after the rollover")
        wait_for(lambda: len(_ready_pods(dp, ns, "gpu")) == 2, 120, what="2 Ready pods again")
        answer = wait_for(lambda: _try(lambda: oa.chat.completions.create(
            model="gpu-model", max_tokens=8, messages=[{"role": "user", "content": "x"}])), 25, what="an answer")
        assert answer.choices[0].message.content
    finally:
        op.stop()


def _try(call):
    try:
        return call()
    except openai.OpenAIError:
        return None
