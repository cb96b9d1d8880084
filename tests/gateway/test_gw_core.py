"""The core path with the real openai client (sync, async, streaming) in front of xpyd-sim,
and /metrics counting each request exactly once."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import openai
import pytest

from gateway_harness import async_client, base_config, client, metric


@pytest.fixture
def gw(simulator, make_gateway):
    return make_gateway(base_config(simulator.url, model="sim-model"))


def test_chat_completion_through_simulator(gw):
    raw = client(gw).chat.completions.with_raw_response.create(
        model="sim-model", messages=[{"role": "user", "content": "Say something"}], max_tokens=5
    )
    answer = raw.parse()
    assert answer.choices[0].message.content
    assert raw.headers["x-llmops-request-id"].startswith("req_")
    assert raw.headers["x-llmops-prompt-version"] == "none"
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", model="sim-model", code="200") == 1
    assert metric(m, "llmops_gateway_tokens_total", type="input", source="usage") == answer.usage.prompt_tokens
    assert metric(m, "llmops_gateway_tokens_total", type="output", source="usage") == answer.usage.completion_tokens


def test_streaming_strips_usage_the_client_did_not_ask_for(gw):
    chunks = list(client(gw).chat.completions.create(
        model="sim-model", messages=[{"role": "user", "content": "Stream please"}], max_tokens=4, stream=True
    ))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text
    assert all(c.usage is None for c in chunks), "the usage chunk was asked for by the gateway, not the client"
    assert all(c.choices for c in chunks)
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", code="200") == 1
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert metric(m, "llmops_gateway_tokens_total", type="output", source="usage") == len(pieces) == 4
    assert metric(m, "llmops_gateway_time_to_first_token_seconds_count") == 1


def test_streaming_keeps_usage_when_the_client_asks(gw):
    chunks = list(client(gw).chat.completions.create(
        model="sim-model", messages=[{"role": "user", "content": "x"}], max_tokens=3, stream=True,
        stream_options={"include_usage": True},
    ))
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 3


def test_async_client_concurrent_requests_metered_once_each(gw):
    async def run():
        c = async_client(gw)
        plain = [c.chat.completions.create(model="sim-model", messages=[{"role": "user", "content": f"q{i}"}], max_tokens=3)
                 for i in range(8)]

        async def streamed(i):
            stream = await c.chat.completions.create(model="sim-model", messages=[{"role": "user", "content": f"s{i}"}],
                                                     max_tokens=3, stream=True)
            return "".join([ch.choices[0].delta.content or "" async for ch in stream if ch.choices])

        results = await asyncio.gather(*plain, *(streamed(i) for i in range(8)))
        await c.close()
        return results

    results = asyncio.run(run())
    assert all(results[8:])
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total") == 16
    assert metric(m, "llmops_gateway_requests_total", code="200") == 16
    assert len(gw.audit) == 16
    assert len({a["requestId"] for a in gw.audit}) == 16


def test_completions_embeddings_and_models(gw):
    c = client(gw)
    completion = c.completions.create(model="sim-model", prompt="Once upon a time", max_tokens=3)
    assert completion.choices[0].text
    streamed = "".join(ch.choices[0].text for ch in c.completions.create(model="sim-model", prompt="Hi", max_tokens=3, stream=True) if ch.choices)
    assert streamed
    embedding = c.embeddings.create(model="sim-model", input="hello")
    assert len(embedding.data[0].embedding) > 0
    assert [m.id for m in c.models.list()] == ["sim-model"]
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", code="200") == 3


def test_health_ready_and_audit_record(gw):
    assert json.load(urllib.request.urlopen(f"{gw.url}/healthz"))["status"] == "ok"
    ready = json.load(urllib.request.urlopen(f"{gw.url}/readyz"))
    assert ready["status"] == "ready" and len(ready["configHash"]) == 16
    client(gw, default_headers={"x-api-key": "secret-key-1"}).chat.completions.create(
        model="sim-model", messages=[{"role": "user", "content": "audit me"}], max_tokens=2)
    record = gw.audit[-1]
    assert record["outcome"] == "ok" and record["model"] == "sim-model"
    assert record["caller"] and "secret-key-1" not in json.dumps(record)
    assert record["inputTokens"] > 0 and record["request"][0]["content"] == "audit me"


def test_feedback_counts_by_prompt_version(gw):
    raw = client(gw).chat.completions.with_raw_response.create(
        model="sim-model", messages=[{"role": "user", "content": "rate me"}], max_tokens=2)
    request_id = raw.headers["x-llmops-request-id"]
    c = client(gw)
    ok = c.post("/feedback", body={"request_id": request_id, "value": "negative"}, cast_to=object)
    assert ok["prompt_version"] == "none"
    with pytest.raises(openai.NotFoundError):
        c.post("/feedback", body={"request_id": "req_unknown", "value": "positive"}, cast_to=object)
    with pytest.raises(openai.BadRequestError):
        c.post("/feedback", body={"request_id": request_id, "value": "great"}, cast_to=object)
    assert metric(gw.metrics(), "llmops_gateway_feedback_total", prompt_version="none", value="negative") == 1
