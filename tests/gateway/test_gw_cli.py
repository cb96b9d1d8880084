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
