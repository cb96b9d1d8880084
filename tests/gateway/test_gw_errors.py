"""Bad input and bad upstreams: each gets an OpenAI-shaped error with the right status,
nothing crashes, and each request is metered exactly once. Every test runs with both upstream
clients: the raw keep-alive one (plain http) and aiohttp's (https, or the raw one turned off)."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from gateway_harness import MODEL, Reply, base_config, client, free_port, metric, wait_until


def post(gw, body: bytes | dict, path: str = "/v1/chat/completions") -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(f"{gw.url}{path}", content=content, headers={"content-type": "application/json"})


def assert_openai_error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "code"}
    assert error["code"] == code and error["message"]
    return error


def chat(**extra) -> dict:
    return {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **extra}


@pytest.fixture(params=["raw", "aiohttp"])
def upstream_client(request) -> bool:
    return request.param == "raw"


@pytest.fixture
def gw(stub, make_gateway, upstream_client):
    return make_gateway(base_config(stub.url, limits={"maxBodyBytes": 2048, "maxOutputTokens": 100},
                                    timeouts={"request": "500ms", "firstToken": "300ms"}), raw_upstream_client=upstream_client)


def test_bad_requests_get_400_404_413(gw, stub):
    assert_openai_error(post(gw, b"{not json"), 400, "invalid_json")
    assert_openai_error(post(gw, b"[1, 2]"), 400, "invalid_json")
    assert_openai_error(post(gw, {"messages": [{"role": "user", "content": "x"}]}), 400, "missing_required_parameter")
    assert_openai_error(post(gw, chat(model="nope")), 404, "model_not_found")
    assert_openai_error(post(gw, chat(messages=[{"role": "user", "content": "x" * 4096}])), 413, "request_too_large")
    assert_openai_error(post(gw, chat(max_tokens=101)), 400, "max_tokens_too_large")
    assert_openai_error(post(gw, chat(max_tokens="ten")), 400, "invalid_value")
    assert_openai_error(post(gw, chat(bogus_parameter=1)), 400, "unsupported_parameter")
    assert_openai_error(post(gw, chat(messages=[])), 400, "missing_required_parameter")
    assert stub.hits == 0, "nothing invalid reaches the upstream"
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total") == 9
    assert metric(m, "llmops_gateway_requests_total", code="400") == 7
    assert metric(m, "llmops_gateway_requests_total", code="404", model="unknown") == 1
    assert metric(m, "llmops_gateway_requests_total", code="413") == 1
    assert len(gw.audit) == 9


def test_openai_client_sees_typed_errors(gw):
    c = client(gw)
    with pytest.raises(openai.NotFoundError) as err:
        c.chat.completions.create(model="other", messages=[{"role": "user", "content": "x"}])
    assert err.value.code == "model_not_found"
    with pytest.raises(openai.BadRequestError) as err:
        c.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}], extra_body={"bogus": True})
    assert err.value.code == "unsupported_parameter"


@pytest.mark.parametrize(
    ("reply", "status", "code"),
    [
        (Reply(status=500), 502, "upstream_error"),
        (Reply(status=503), 502, "upstream_error"),
        (Reply(status=429), 429, "upstream_rate_limited"),
        (Reply(delay=2.0), 504, "upstream_timeout"),
    ],
)
def test_upstream_failures(gw, stub, reply, status, code):
    stub.replies = [reply]
    error = assert_openai_error(post(gw, chat()), status, code)
    assert "main" in error["message"]
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total") == 1
    assert metric(m, "llmops_gateway_requests_total", code=str(status)) == 1
    assert metric(m, "llmops_gateway_tokens_total") == 0


def test_upstream_client_error_passes_through(gw, stub):
    stub.replies = [Reply(status=400, body=b'{"error": {"message": "context too long", "type": "invalid_request_error", "code": "context_length_exceeded"}}')]
    error = assert_openai_error(post(gw, chat()), 400, "context_length_exceeded")
    assert error["message"] == "context too long"
    stub.replies = [Reply(status=422, body=b"plain text refusal")]
    assert_openai_error(post(gw, chat()), 422, "upstream_refused")
    assert metric(gw.metrics(), "llmops_gateway_requests_total") == 2


def test_upstream_refusing_connections(make_gateway, upstream_client):
    gw = make_gateway(base_config(f"http://127.0.0.1:{free_port()}/v1"), raw_upstream_client=upstream_client)
    with pytest.raises(openai.InternalServerError) as err:
        client(gw).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == 502 and err.value.code == "upstream_unavailable"
    assert metric(gw.metrics(), "llmops_gateway_requests_total", code="502") == 1


def test_first_token_timeout_on_streams(gw, stub):
    stub.replies = [Reply(delay=2.0)]
    with pytest.raises(openai.APIStatusError) as err:
        list(client(gw).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}], stream=True))
    assert err.value.status_code == 504
    assert metric(gw.metrics(), "llmops_gateway_requests_total", code="504") == 1


def test_upstream_cutting_a_stream(gw, stub):
    stub.replies = [Reply(text="one two three four five", cut_after=2)]
    received = []
    with pytest.raises(openai.APIError) as err:
        for chunk in client(gw).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}], stream=True):
            received.append(chunk.choices[0].delta.content or "")
    assert "ended the stream early" in str(err.value)
    assert "".join(received) == "one two "
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total") == 1
    assert metric(m, "llmops_gateway_requests_total", code="502") == 1
    assert metric(m, "llmops_gateway_tokens_total", type="output", source="estimate") == 2
    assert metric(m, "llmops_gateway_tokens_total", source="usage") == 0
    assert gw.audit[-1]["tokensEstimated"] is True


def test_client_disconnecting_mid_stream(gw, stub):
    stub.replies = [Reply(text=" ".join(["word"] * 40), chunk_delay=0.01)]
    with httpx.stream("POST", f"{gw.url}/v1/chat/completions", json=chat(stream=True)) as response:
        for line in response.iter_lines():
            if "word" in line:
                break  # leave after the first token
    assert wait_until(lambda: metric(gw.metrics(), "llmops_gateway_requests_total") == 1)
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", code="499") == 1
    assert metric(m, "llmops_gateway_tokens_total", type="output", source="estimate") >= 1
    assert gw.audit[-1]["outcome"] == "client_disconnected"
