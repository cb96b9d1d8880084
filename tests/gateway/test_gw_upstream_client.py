"""The upstream client seen from the gateway: answers of every framing arrive whole, and the
raw client keeps one keep-alive connection for sequential requests, streamed or not."""

from __future__ import annotations

import pytest

from gateway_harness import MODEL, Reply, base_config, client, wait_until


@pytest.mark.parametrize("raw", [True, False], ids=["raw", "aiohttp"])
def test_sequential_requests_share_one_connection(stub, make_gateway, raw):
    gw = make_gateway(base_config(stub.url), raw_upstream_client=raw)
    c = client(gw)
    messages = [{"role": "user", "content": "x"}]
    pool = gw.state.client.raw

    def connection_back() -> bool:  # a streamed answer's terminator may follow its last event
        return pool is None or gw.server.call(lambda: sum(len(idle) for idle in pool._idle.values())) == 1

    for _ in range(3):
        stub.replies = [Reply(text="plain answer")]
        assert c.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content == "plain answer"
        stub.replies = [Reply(text="one two three")]
        pieces = [ch.choices[0].delta.content or "" for ch in c.chat.completions.create(model=MODEL, messages=messages, stream=True) if ch.choices]
        assert "".join(pieces) == "one two three "
        assert wait_until(connection_back)
    assert stub.hits == 6
    if raw:
        assert pool.opened == 1, "streamed answers read to their end give the connection back"
    else:
        assert pool is None


def test_answer_goes_out_before_the_bookkeeping(stub, make_gateway, caplog):
    """The answer is sent before metrics and the audit record are written: a failing audit
    sink cannot spoil an answer already produced, and the connection stays usable."""
    import httpx

    gw = make_gateway(base_config(stub.url))
    calls = []

    def broken_sink(line: str) -> None:
        calls.append(line)
        raise OSError("audit pipe closed")

    gw.state.audit._sink = broken_sink
    with httpx.Client() as http:
        for _ in range(2):  # the same keep-alive connection both times
            response = http.post(f"{gw.url}/v1/chat/completions", json={"model": MODEL, "messages": [{"role": "user", "content": "x"}]})
            assert response.status_code == 200
            assert response.json()["choices"][0]["message"]["content"] == "Hello from the stub."
    gw.server.call(lambda: None)
    assert len(calls) == 2
    assert "audit trail: 1 line(s) could not be written" in caplog.text
    from gateway_harness import metric
    assert metric(gw.metrics(), "llmops_gateway_audit_write_errors_total") == 2, "a lost line is counted, never silent"
