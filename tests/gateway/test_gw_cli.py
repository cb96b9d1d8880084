"""`llmops gateway` as a process: it serves, and on SIGTERM it lets the request in flight finish,
writes its audit line, stops accepting and exits 0 (what Kubernetes expects of a container)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import urllib.request

import pytest
from gateway_harness import MODEL, Reply, free_port, wait_until

import openai


@pytest.mark.parametrize("server", ["raw", "aiohttp"])
def test_sigterm_drains_the_request_in_flight_then_exits(stub, server):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llmops.cli", "gateway", "--upstream", stub.url, "--model", MODEL,
         "--listen", f"127.0.0.1:{port}", "--server", server, "--shutdown-grace", "10"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def up() -> bool:
            try:
                return urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200
            except OSError:
                return False

        assert wait_until(up, timeout=30), proc.stderr.read() if proc.poll() is not None else "gateway did not come up"
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0, timeout=20)
        assert client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}]).choices[0].message.content

        stub.default = Reply(text="slow answer", delay=1.0)
        answers: list[str] = []
        slow = threading.Thread(target=lambda: answers.append(
            client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "wait"}]).choices[0].message.content))
        slow.start()
        assert wait_until(lambda: stub.hits == 2)  # the slow request reached the upstream
        proc.send_signal(signal.SIGTERM)
        slow.join(20)
        assert answers == ["slow answer"]
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [r["code"] for r in records] == [200, 200]  # the drained request's audit line is written too
    assert not up()  # and nothing listens any more


def test_a_budgeted_gateway_waits_at_sigterm_for_a_last_scrape_of_its_final_spend(stub, tmp_path):
    import os
    import re

    import yaml

    port = free_port()
    config = tmp_path / "gateway.yaml"
    config.write_text(yaml.safe_dump({"deployment": "d", "models": [MODEL], "upstreams": [{"name": "e", "url": stub.url}],
                                      "pricing": {"inputPerMillionTokens": "1000000"}, "budget": {"action": "Throttle"}}))
    grants = tmp_path / "grants.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "llmops.cli", "gateway", "--config", str(config), "--listen", f"127.0.0.1:{port}",
         "--shutdown-grace", "20", "--reload-interval", "0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "POD_NAME": "pod-a", "LLMOPS_GATEWAY_GRANTS": str(grants)})

    def scrape() -> str:
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
        except OSError:
            return ""
    try:
        assert wait_until(lambda: "llmops_gateway_process_info" in scrape(), timeout=30)
        epoch = re.search(r'llmops_gateway_process_info\{deployment="d",epoch="([0-9a-f]+)"\} 1', scrape()).group(1)
        grants.write_text(yaml.safe_dump({"deployment": "d", "window": "w", "resetsAt": "2099-01-01T00:00:00+00:00",
                                          "serial": 1, "grants": [{"pod": "pod-a", "epoch": epoch, "ceiling": "100000"}]}))
        assert wait_until(lambda: "llmops_gateway_budget_ceiling{" in scrape())
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0, timeout=20)
        client.chat.completions.create(model=MODEL, max_tokens=10, messages=[{"role": "user", "content": "hi"}])
        stub.default = Reply(text="slow answer", delay=1.0)
        slow = threading.Thread(target=lambda: client.chat.completions.create(
            model=MODEL, max_tokens=10, messages=[{"role": "user", "content": "wait"}]))
        slow.start()
        assert wait_until(lambda: stub.hits == 2)
        proc.send_signal(signal.SIGTERM)
        slow.join(20)
        # still listening, now with its spend final: info 0 and the ceiling at what it spent (11 + 11)
        assert wait_until(lambda: f'llmops_gateway_process_info{{deployment="d",epoch="{epoch}"}} 0.0' in scrape())
        last = scrape()
        assert f'llmops_gateway_budget_ceiling{{deployment="d",epoch="{epoch}"}} 22.0' in last
        out, err = proc.communicate(timeout=20)  # the scrape seen, it stops
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "final spend 22 scraped" in err
