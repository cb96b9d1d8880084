"""The main job, end to end: `llmops dev up` on a fresh state directory builds nothing new (the
session already built), starts a cluster, installs the CRDs, runs the operator, applies every
example and ends with the status table in which the example deployments are Ready, then the
local endpoints, one of which has answered, and how to call it. `llmops dev down` stops every
process the data plane started (counted by their tag) and removes its network namespaces."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import openai

from llmops.devcluster import kubectl
from llmops.devcluster.dataplane import control, netns

REPO = Path(__file__).resolve().parents[2]


def test_dev_up_shows_the_examples_ready_then_down_stops_everything(tmp_path):
    state = tmp_path / "dev"
    env = dict(os.environ, LLMOPS_STATE=str(state))
    up = subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "up"], env=env, capture_output=True,
                        text=True, timeout=600)
    try:
        assert up.returncode == 0, up.stderr[-4000:]
        assert "5/5 applying the examples" in up.stderr
        # the four examples and the dev overlay's local stand-in for OpenAI
        assert "all 5 LLMDeployments are Ready" in up.stderr, up.stderr[-3000:]
        table = up.stdout
        for name in ("support-llm", "gpt-4o-mini", "summarizer-llm", "analytics-llm", "gpt-4o-mini-provider"):
            line = next(line for line in table.splitlines() if line.startswith(f"llmdeployment.llmops.dev/{name} "))
            assert " Ready " in line, line
        assert "promptversion.llmops.dev/summarizer-v2" in table
        assert "guardrailpolicy.llmops.dev/pii-strict" in table
        status = json.loads(subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "cluster", "status"],
                                           env=env, capture_output=True, text=True).stdout)
        assert status["running"] is True
        pids = [p["pid"] for p in status["processes"].values()]
        assert "Prometheus: http://127.0.0.1:" in table and "curl -s http://127.0.0.1:" in table
        assert "answered at http://127.0.0.1:" in up.stderr, up.stderr[-3000:]
        eps = json.loads(subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "endpoints", "-o", "json"],
                                        env=env, capture_output=True, text=True).stdout)
        assert {e["name"] for e in eps["endpoints"]} >= {"support-llm", "summarizer-llm", "analytics-llm", "gpt-4o-mini",
                                                         "support-chat"}
        sent = subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "traffic", "--target", "support-llm",
                               "--rate", "10", "--duration", "4"], env=env, capture_output=True, text=True, timeout=60)
        assert sent.returncode == 0, sent.stderr[-2000:]
        last = sent.stderr.strip().splitlines()[-1]
        assert "errors" not in last, last
        ok, feedback = re.search(r" codes 200:(\d+)", last), re.search(r" feedback (\d+)", last)
        assert ok and int(ok.group(1)) >= 30 and feedback and int(feedback.group(1)) > 0, last
        # The real openai client at the example's local URL, then every request read back from
        # the cluster's Prometheus with the pod-discovery labels.
        url = next(e["url"] for e in eps["endpoints"] if e["name"] == "support-llm")
        oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
        raw = oa.chat.completions.with_raw_response.create(
            model="llama-3.1-8b-instruct", messages=[{"role": "user", "content": "Hello"}], max_tokens=8)
        assert raw.parse().choices[0].message.content and "x-llmops-prompt-version" in raw.headers
        total = int(ok.group(1)) + 1
        query = ('sum(llmops_gateway_requests_total{namespace="llmops-demo", '
                 'llmops_dev_deployment="support-llm", code="200"})')

        def scraped():
            q = urllib.parse.urlencode({"query": query})
            try:
                rows = json.load(urllib.request.urlopen(f"{eps['prometheus']}/api/v1/query?{q}", timeout=5))
            except OSError:
                return False
            res = rows["data"]["result"]
            return bool(res) and float(res[0]["value"][1]) >= total

        deadline = time.monotonic() + 40  # dev up scrapes every 5 s
        while not scraped():
            assert time.monotonic() < deadline, f"Prometheus never counted {total} requests of support-llm"
            time.sleep(1)
        # The operator reads the data plane's Prometheus: the budgeted example's spend is counted
        # from the gateways' counters (stale without it, and its Throttle grants nothing).
        assert re.search(r"Prometheus for analysis and budgets: http://127\.0\.0\.1:\d+", up.stderr), up.stderr[-3000:]
        kubeconfig = re.search(r"export KUBECONFIG=(\S+)", table).group(1)

        def analytics_spend():
            got = kubectl.run(kubeconfig, "-n", "llmops-demo", "get", "llmd", "analytics-llm", "-o", "json", check=False)
            spend = json.loads(got.stdout).get("status", {}).get("spend") if got.returncode == 0 else None
            return spend if spend and "staleSince" not in spend else None

        deadline = time.monotonic() + 60
        while not analytics_spend():
            assert time.monotonic() < deadline, "analytics-llm's spend stayed stale: no Prometheus for the operator"
            time.sleep(1)
        tagged = control.tagged_processes(state)
        assert len(tagged) >= 2 + 2 * 3  # stand-in, Prometheus, and two containers per self-hosted example
    finally:
        down = subprocess.run([sys.executable, "-m", "llmops.cli", "dev", "down"], env=env, capture_output=True,
                              text=True, timeout=120)
    assert down.returncode == 0, down.stderr
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    assert not state.exists()
    assert control.tagged_processes(state) == []
    tag = netns.tag_of(state)
    assert not [n for n in subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout.split()
                if n.startswith(f"llmops-{tag}-")]
