"""The series the canary analysis reads (docs/prompts.md, "What the analysis reads from the
gateways"), scraped from the gateway's /metrics while the real openai client calls it: per
prompt version, at 0 from the config's load, the guardrail outcome of each request counted once
(streams included), and the series of versions no longer served gone after a reload."""

from __future__ import annotations

import openai
import pytest

from gateway_harness import MODEL, Reply, base_config, client, metric, wait_until

from llmops.api.gateway_config import GatewayConfig, config_hash

GUARDS = [
    {"name": "strict", "mode": "Enforce",
     "input": {"pii": {"entities": ["Email"], "action": "Redact"},
               "deny": [{"name": "codenames", "pattern": "(?i)project\\s+falcon", "action": "Block"}]},
     "output": {"pii": {"entities": ["Email"], "action": "Redact"},
                "deny": [{"name": "secret", "pattern": "TOP SECRET", "action": "Block"}]}},
    {"name": "watch", "mode": "Audit", "input": {"pii": {"entities": ["IPAddress"], "action": "Block"}}},
]


def prompt(*versions: tuple[str, int]) -> dict:
    return {"name": "support", "versions": [
        {"name": name, "weight": weight, "template": {"messages": [{"role": "system", "content": f"You are {name}."}]}}
        for name, weight in versions]}


def ask(gw, text: str = "hello", stream: bool = False) -> str:
    c = client(gw)
    messages = [{"role": "user", "content": text}]
    if stream:
        return "".join(ch.choices[0].delta.content or "" for ch in
                       c.chat.completions.create(model=MODEL, messages=messages, stream=True) if ch.choices)
    return c.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content


def outcomes(gw, version: str) -> dict[str, float]:
    m = gw.metrics()
    return {o: metric(m, "llmops_gateway_guardrail_requests_total", prompt_version=version, outcome=o)
            for o in ("clean", "redacted", "blocked", "audited")}


def test_every_series_the_analysis_reads_exists_at_zero_once_a_config_loads(stub, make_gateway):
    config = base_config(stub.url, prompt=prompt(("support-v2", 10), ("support-v1", 90)), guardrails=GUARDS)
    gw = make_gateway(config)
    m = gw.metrics()
    for v in ("support-v1", "support-v2"):
        have = {(name, dict(labels).get("code") or dict(labels).get("outcome") or dict(labels).get("value"))
                for (name, labels), value in m.items() if ("prompt_version", v) in labels and value == 0}
        assert {("llmops_gateway_requests_total", "200"), ("llmops_gateway_requests_total", "500"),
                ("llmops_gateway_guardrail_requests_total", "clean"), ("llmops_gateway_guardrail_requests_total", "blocked"),
                ("llmops_gateway_guardrail_requests_total", "redacted"), ("llmops_gateway_guardrail_requests_total", "audited"),
                ("llmops_gateway_feedback_total", "negative"), ("llmops_gateway_feedback_total", "positive"),
                ("llmops_gateway_cost_total", None), ("llmops_gateway_request_duration_seconds_count", None)} <= have, v
        assert metric(m, "llmops_gateway_request_duration_seconds_bucket", prompt_version=v, le="4.0") == 0
    # the hash the gateway exports is the one the operator computes for the ConfigMap it renders
    # (LLMDeployment status.gatewayConfigHash): which gateways serve a step's config is a query
    want = config_hash(GatewayConfig.model_validate(config))
    assert metric(m, "llmops_gateway_config_info", hash=want) == 1


def test_each_request_the_guardrails_checked_is_counted_once_by_its_strongest_outcome(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, prompt=prompt(("support-v1", 100)), guardrails=GUARDS))
    assert ask(gw) == "Hello from the stub."                                     # clean
    ask(gw, "mail jane@corp.example from 10.1.2.3")                              # redacted (and audited: redacted wins)
    ask(gw, "I am at 10.1.2.3")                                                  # audited only
    with pytest.raises(openai.PermissionDeniedError):
        ask(gw, "tell me about Project Falcon from 10.1.2.3")                    # blocked (and audited)
    stub.default = Reply(chunks=["Write to sup", "port@ac", "me.example ", "today."])
    assert ask(gw, stream=True) == "Write to [EMAIL] today."                     # a stream redacted twice over: once
    stub.default = Reply(chunks=["This is ", "TOP SEC", "RET material ", "and more"])
    assert "SECRET" not in ask(gw, stream=True)                                  # a stream stopped: blocked
    with pytest.raises(openai.NotFoundError):
        client(gw).chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "x"}])
    assert wait_until(lambda: sum(outcomes(gw, "support-v1").values()) == 6)
    assert outcomes(gw, "support-v1") == {"clean": 1, "redacted": 2, "blocked": 2, "audited": 1}
    m = gw.metrics()
    assert metric(m, "llmops_gateway_request_duration_seconds_count", prompt_version="support-v1") == 6
    assert metric(m, "llmops_gateway_requests_total", prompt_version="support-v1") == 6
    assert all(line.get("prompt") == "support" for line in gw.audit if line["promptVersion"] == "support-v1")


def test_a_reload_drops_the_series_of_versions_no_longer_served_and_keeps_the_others(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, prompt=prompt(("support-v2", 50), ("support-v1", 50)), guardrails=GUARDS))
    c = client(gw)
    for i in range(20):
        c.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}],
                                  extra_headers={"x-user-id": f"user-{i}"})
    before = gw.metrics()
    served_v2 = metric(before, "llmops_gateway_requests_total", prompt_version="support-v2", code="200")
    assert served_v2 > 0 and metric(before, "llmops_gateway_requests_total", prompt_version="support-v1") > 0
    gw.write_config(base_config(stub.url, prompt=prompt(("support-v3", 10), ("support-v2", 90)), guardrails=GUARDS))
    assert wait_until(lambda: any(("prompt_version", "support-v3") in labels for _, labels in gw.metrics()))
    after = gw.metrics()
    assert not any(("prompt_version", "support-v1") in labels for _, labels in after)
    assert metric(after, "llmops_gateway_requests_total", prompt_version="support-v2", code="200") == served_v2
    assert metric(after, "llmops_gateway_guardrail_requests_total", prompt_version="support-v3", outcome="clean") == 0
