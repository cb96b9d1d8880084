"""Router mode: weights, header rules, model rewrite, retries and ordered fallback."""

from __future__ import annotations

import openai
import pytest

from gateway_harness import Reply, client, free_port, metric


def router_config(primary, secondary, spare_url, **routing):
    return {
        "deployment": "support-chat", "mode": "Router", "models": ["support-chat"],
        "upstreams": [
            {"name": "primary", "url": primary.url, "weight": 100, "model": "llama"},
            {"name": "secondary", "url": secondary.url, "weight": 0, "model": "gpt"},
            {"name": "spare", "url": spare_url, "weight": 0},
        ],
        "timeouts": {"request": "400ms", "firstToken": "300ms"},
        "routing": routing,
    }


def ask(gw, **kwargs):
    return client(gw, **kwargs).chat.completions.create(model="support-chat", messages=[{"role": "user", "content": "hi"}])


def test_header_rule_and_model_rewrite(stubs, make_gateway):
    primary, secondary = stubs(), stubs()
    gw = make_gateway(router_config(primary, secondary, secondary.url, rules=[
        {"match": {"headers": {"x-tier": "premium"}}, "targets": [{"name": "secondary"}]}]))
    ask(gw)
    ask(gw, default_headers={"x-tier": "premium"})
    assert [b["model"] for b in primary.received] == ["llama"]
    assert [b["model"] for b in secondary.received] == ["gpt"]


@pytest.mark.parametrize("failure", [Reply(status=500), Reply(status=429), Reply(delay=1.0)])
def test_fallback_in_order_on_failures(stubs, make_gateway, failure):
    primary, secondary = stubs(), stubs()
    primary.default = failure
    dead = f"http://127.0.0.1:{free_port()}/v1"
    gw = make_gateway(router_config(primary, secondary, dead, fallback={"targets": ["spare", "secondary"]}))
    answer = ask(gw)
    assert answer.choices[0].message.content == "Hello from the stub."
    assert primary.hits == 1 and secondary.hits == 1
    m = gw.metrics()
    assert metric(m, "llmops_gateway_upstream_attempts_total", upstream="spare", result="Unavailable") == 1
    assert metric(m, "llmops_gateway_upstream_attempts_total", upstream="secondary", result="ok") == 1
    assert metric(m, "llmops_gateway_requests_total") == 1
    assert gw.audit[-1]["upstream"] == "secondary"


def test_retries_with_backoff_then_success(stubs, make_gateway):
    primary, secondary = stubs(), stubs()
    primary.replies = [Reply(status=503), Reply(status=502)]
    gw = make_gateway(router_config(primary, secondary, secondary.url, retries={"attempts": 2, "backoff": "10ms"}))
    ask(gw)
    assert primary.hits == 3 and secondary.hits == 0


def test_fallback_only_on_the_listed_failures(stubs, make_gateway):
    primary, secondary = stubs(), stubs()
    primary.default = Reply(status=429)
    gw = make_gateway(router_config(primary, secondary, secondary.url,
                                    fallback={"triggers": ["ServerError"], "targets": ["secondary"]}))
    with pytest.raises(openai.RateLimitError):
        ask(gw)
    assert secondary.hits == 0


def test_all_targets_failing_gives_the_last_failure(stubs, make_gateway):
    primary, secondary = stubs(), stubs()
    primary.default = Reply(status=500)
    secondary.default = Reply(delay=1.0)
    gw = make_gateway(router_config(primary, secondary, secondary.url, fallback={"targets": ["secondary"]}))
    with pytest.raises(openai.APIStatusError) as err:
        ask(gw)
    assert err.value.status_code == 504
    assert metric(gw.metrics(), "llmops_gateway_requests_total", code="504") == 1


def test_streams_fall_back_before_the_first_byte(stubs, make_gateway):
    primary, secondary = stubs(), stubs()
    primary.default = Reply(status=500)
    gw = make_gateway(router_config(primary, secondary, secondary.url, fallback={"targets": ["secondary"]}))
    chunks = list(client(gw).chat.completions.create(model="support-chat", messages=[{"role": "user", "content": "x"}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).strip() == "Hello from the stub."
