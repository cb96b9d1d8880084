"""Hostile input from either side never yields a 500 or a hang: bounded JSON depth (400 for a
client, 502 for an upstream), upstream shapes checked before use, a bad stream event ends the
stream with an error event (usage seen so far metered), and the bookkeeping always completes
on absurd usage values (clamped and flagged)."""

from __future__ import annotations

import json

import httpx
import pytest

from gateway_harness import MODEL, Reply, base_config, metric

CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": MODEL}


def post(gw, body, stream=False) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(f"{gw.url}/v1/chat/completions", content=content, headers={"content-type": "application/json"}, timeout=10)


def chat(**extra) -> dict:
    return {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **extra}


def sse(*events) -> bytes:
    return b"".join(b"data: " + (e if isinstance(e, bytes) else json.dumps(e).encode()) + b"\n\n" for e in events)


def delta(text: str) -> dict:
    return {**CHUNK, "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}


@pytest.fixture
def gw(stub, make_gateway):
    return make_gateway(base_config(stub.url, pricing={"inputPerMillionTokens": "1", "outputPerMillionTokens": "1"},
                                    budget={"remaining": "100", "allowance": "100", "action": "Throttle"}))


@pytest.mark.parametrize("depth", [65, 200, 5000, 100_000])
def test_deeply_nested_request_gets_400(gw, stub, depth):
    nested = "[" * depth + "]" * depth
    raw = ('{"model": "%s", "messages": [{"role": "user", "content": "hi"}], "metadata": {"x": %s}}' % (MODEL, nested)).encode()
    r = httpx.post(f"{gw.url}/v1/chat/completions", content=raw, headers={"content-type": "application/json"})
    if len(raw) > 1_048_576:
        assert r.status_code == 413
    else:
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json", r.text
        assert "nested deeper than 64" in r.json()["error"]["message"]
    assert stub.hits == 0
    assert len(gw.audit) == 1


def test_nesting_within_the_bound_passes(gw, stub):
    nested = {"a": 1}
    for _ in range(60):
        nested = {"a": nested}
    assert post(gw, chat(metadata={"x": nested})).status_code == 200


@pytest.mark.parametrize("body", [
    b'{"choices": {"0": 1}}',
    b'{"choices": [1]}',
    b'{"choices": [{"message": "text"}]}',
    b'{"choices": [{"message": {"content": 5}}]}',
    b'{"choices": [{"message": {"content": "x", "tool_calls": {"a": 1}}}]}',
    b'{"choices": [{"index": {"x": 1}, "message": {"content": "x"}}]}',
    b'{"usage": 5, "choices": []}',
    b'[1, 2]',
    b'{"no": "choices"}',
    ('{"choices": ' + "[" * 5000 + "]" * 5000 + "}").encode(),
    b"\xff\xfe not utf-8",
])
def test_upstream_answer_of_the_wrong_shape_gets_502(gw, stub, body):
    stub.replies = [Reply(body=body)]
    r = post(gw, chat())
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_invalid", r.text
    assert gw.audit[-1]["code"] == 502
    assert gw.state.ledger.reserved == 0, "the reservation is released"


def test_usage_of_an_invalid_answer_is_still_metered(gw, stub):
    stub.replies = [Reply(body=b'{"choices": 7, "usage": {"prompt_tokens": 30, "completion_tokens": 12}}')]
    assert post(gw, chat()).status_code == 502
    m = gw.metrics()
    assert metric(m, "llmops_gateway_tokens_total", type="input", source="usage") == 30
    assert metric(m, "llmops_gateway_tokens_total", type="output", source="usage") == 12


@pytest.mark.parametrize("usage", [
    {"prompt_tokens": -5, "completion_tokens": -1_000_000},
    {"prompt_tokens": 10**30, "completion_tokens": 3},
    {"prompt_tokens": 4.5, "completion_tokens": float("1e300")},
])
def test_absurd_usage_is_clamped_and_bookkeeping_completes(gw, stub, usage):
    answer = {"id": "x", "object": "chat.completion", "created": 1, "model": MODEL,
              "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}], "usage": usage}
    stub.replies = [Reply(body=json.dumps(answer).encode())]
    r = post(gw, chat())
    assert r.status_code == 200
    line = gw.audit[-1]
    assert line["usageClamped"] is True and line["inputTokens"] >= 0 and line["outputTokens"] >= 0
    assert float(line["cost"]) >= 0
    m = gw.metrics()
    assert metric(m, "llmops_gateway_usage_clamped_total") == 1
    assert metric(m, "llmops_gateway_bookkeeping_errors_total") == 0
    assert gw.state.ledger.reserved == 0, "the reservation is released"


def stream_events(gw):
    with httpx.stream("POST", f"{gw.url}/v1/chat/completions", json=chat(stream=True), timeout=10) as r:
        assert r.status_code == 200
        return [line for line in r.iter_lines() if line]


@pytest.mark.parametrize("bad", [
    b"not json at all",
    b"[1, 2, 3]",
    json.dumps({**CHUNK, "choices": "oops"}).encode(),
    json.dumps({**CHUNK, "choices": [{"index": 0, "delta": "raw text"}]}).encode(),
    json.dumps({**CHUNK, "choices": [{"index": 0, "delta": {"content": ["x"]}}]}).encode(),
    ("[" * 3000 + "]" * 3000).encode(),
])
def test_a_bad_stream_event_ends_the_stream_with_an_error_and_usage_is_metered(gw, stub, bad):
    usage = {**CHUNK, "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 2}}
    stub.replies = [Reply(stream_body=sse(delta("Hello"), usage, bad, delta(" SECRET after the bad event"), b"[DONE]"))]
    lines = stream_events(gw)
    text = "\n".join(lines)
    assert "SECRET" not in text and "not json at all" not in text, "nothing after or in the bad event reaches the client"
    last = json.loads(lines[-1].removeprefix("data: "))
    assert last["error"]["code"] == "upstream_invalid"
    record = gw.audit[-1]
    assert record["code"] == 502 and record["error"] == "upstream_invalid"
    assert (record["inputTokens"], record["outputTokens"], record["tokensEstimated"]) == (9, 2, False)
    assert gw.state.ledger.reserved == 0


def test_comments_and_done_pass(gw, stub):
    stub.replies = [Reply(stream_body=b": keep-alive\n\n" + sse(delta("Hi"), b"[DONE]"))]
    lines = stream_events(gw)
    assert lines[0] == ": keep-alive" and lines[-1] == "data: [DONE]"
    assert gw.audit[-1]["code"] == 200


def test_an_endless_event_is_refused(gw, stub):
    stub.replies = [Reply(stream_body=sse(delta("Hi")) + b"data: " + b"x" * (1024 * 1024 + 10))]
    lines = stream_events(gw)
    assert json.loads(lines[-1].removeprefix("data: "))["error"]["code"] == "upstream_invalid"
    assert gw.audit[-1]["code"] == 502


def test_streamed_tool_call_arguments_are_redacted(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=[{"name": "pii", "output": {"pii": {"entities": ["Email"]}}}]))
    pieces = ['{"to": "jo', "hn@exam", 'ple.com", "n": 1}']
    events = [{**CHUNK, "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": p}}]}, "finish_reason": None}]}
              for p in pieces]
    events.append({**CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    stub.replies = [Reply(stream_body=sse(*events, b"[DONE]"))]
    args = ""
    for line in stream_events(gw):
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                for call in choice.get("delta", {}).get("tool_calls") or ():
                    args += call.get("function", {}).get("arguments", "")
    assert json.loads(args) == {"to": "[EMAIL]", "n": 1}


def test_answer_tool_call_arguments_are_redacted(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=[{"name": "pii", "output": {"pii": {"entities": ["Email"]}}}]))
    answer = {"id": "x", "object": "chat.completion", "created": 1, "model": MODEL, "choices": [{"index": 0, "finish_reason": "tool_calls",
              "message": {"role": "assistant", "content": None, "tool_calls": [
                  {"id": "1", "type": "function", "function": {"name": "f", "arguments": '{"to": "jo@example.com"}'}}]}}]}
    stub.replies = [Reply(body=json.dumps(answer).encode())]
    r = post(gw, chat())
    assert json.loads(r.json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == {"to": "[EMAIL]"}


def test_streamed_reasoning_and_refusal_are_redacted(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=[{"name": "pii", "output": {"pii": {"entities": ["Email"]}}}]))
    pieces = ["the user is jo", "hn@exam", "ple.com, so"]
    events = [{**CHUNK, "choices": [{"index": 0, "delta": {"reasoning_content": p}, "finish_reason": None}]} for p in pieces]
    events.append({**CHUNK, "choices": [{"index": 0, "delta": {"refusal": "cannot mail x@y.io"}, "finish_reason": None}]})
    events.append({**CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    stub.replies = [Reply(stream_body=sse(*events, b"[DONE]"))]
    got = {"reasoning_content": "", "refusal": ""}
    for line in stream_events(gw):
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                for field in got:
                    got[field] += choice.get("delta", {}).get(field) or ""
    assert got == {"reasoning_content": "the user is [EMAIL], so", "refusal": "cannot mail [EMAIL]"}
