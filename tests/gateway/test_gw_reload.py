"""Hot reload: a ConfigMap-style symlink swap takes effect without a restart and without
failing requests in flight; an invalid config is refused and reported."""

from __future__ import annotations

import json
import threading
import urllib.request

from gateway_harness import MODEL, Reply, base_config, client, metric, wait_until


def prompt(version: str) -> dict:
    return {"name": "p", "stickyBy": None, "versions": [{"name": version, "weight": 100}]}


def served_version(gw) -> str:
    raw = client(gw).chat.completions.with_raw_response.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    return raw.headers["x-llmops-prompt-version"]


def readyz(gw) -> dict:
    return json.load(urllib.request.urlopen(f"{gw.url}/readyz"))


def test_reload_under_load_fails_nothing(stub, make_gateway):
    stub.default = Reply(chunk_delay=0.002)
    gw = make_gateway(base_config(stub.url, prompt=prompt("v1")))
    errors: list[BaseException] = []
    versions: list[str] = []
    stop = threading.Event()

    def load(stream: bool):
        c = client(gw)
        for _ in range(400):
            if stop.is_set():
                return
            try:
                if stream:
                    chunks = list(c.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}], stream=True))
                    assert chunks[-1].choices[0].finish_reason == "stop"
                else:
                    raw = c.chat.completions.with_raw_response.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
                    versions.append(raw.headers["x-llmops-prompt-version"])
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=load, args=(i % 2 == 0,)) for i in range(4)]
    for t in threads:
        t.start()
    try:
        for generation in range(2, 7):
            gw.write_config(base_config(stub.url, prompt=prompt(f"v{generation}")))
            assert wait_until(lambda g=generation: f"v{g}" in versions[-4:] or served_version(gw) == f"v{g}")
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    assert served_version(gw) == "v6"
    m = gw.metrics()
    assert metric(m, "llmops_gateway_config_reloads_total", result="loaded") >= 6
    assert metric(m, "llmops_gateway_requests_total") == metric(m, "llmops_gateway_requests_total", code="200")
    # the series of the versions no longer served went at each reload (bounded cardinality); a
    # request still in flight across a reload counts again from 0 (Prometheus: a reset)
    audited = [line["promptVersion"] for line in gw.audit]
    assert metric(m, "llmops_gateway_requests_total", prompt_version="v6") == audited.count("v6") > 0
    assert metric(m, "llmops_gateway_requests_total") <= len(audited)


def test_invalid_config_is_refused_and_reported(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, prompt=prompt("good")))
    good_hash = readyz(gw)["configHash"]
    bad = base_config(stub.url, guardrails=[{"name": "g", "input": {"deny": [{"name": "x", "pattern": "(oops"}]}}])
    gw.write_config(bad)
    assert wait_until(lambda: "lastReloadError" in readyz(gw))
    ready = readyz(gw)
    assert ready["configHash"] == good_hash and "not valid RE2 syntax" in ready["lastReloadError"]
    assert served_version(gw) == "good"
    m = gw.metrics()
    assert metric(m, "llmops_gateway_config_last_reload_success") == 0
    assert metric(m, "llmops_gateway_config_reloads_total", result="refused") == 1
    gw.write_config("models: [unterminated")
    assert wait_until(lambda: metric(gw.metrics(), "llmops_gateway_config_reloads_total", result="refused") == 2)
    gw.write_config(base_config(stub.url, prompt=prompt("better")))
    assert wait_until(lambda: "lastReloadError" not in readyz(gw))
    assert served_version(gw) == "better"
    assert metric(gw.metrics(), "llmops_gateway_config_last_reload_success") == 1
