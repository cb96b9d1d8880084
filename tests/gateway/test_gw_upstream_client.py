"""The upstream client seen from the gateway: answers of every framing arrive whole, and the
raw client keeps one keep-alive connection for sequential requests, streamed or not."""

from __future__ import annotations

import pytest

from gateway_harness import MODEL, Reply, base_config, client


@pytest.mark.parametrize("raw", [True, False], ids=["raw", "aiohttp"])
def test_sequential_requests_share_one_connection(stub, make_gateway, raw):
    gw = make_gateway(base_config(stub.url), raw_upstream_client=raw)
    c = client(gw)
    messages = [{"role": "user", "content": "x"}]
    for _ in range(3):
        stub.replies = [Reply(text="plain answer")]
        assert c.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content == "plain answer"
        stub.replies = [Reply(text="one two three")]
        pieces = [ch.choices[0].delta.content or "" for ch in c.chat.completions.create(model=MODEL, messages=messages, stream=True) if ch.choices]
        assert "".join(pieces) == "one two three "
    assert stub.hits == 6
    pool = gw.state.client.raw
    if raw:
        assert pool.opened == 1, "streamed answers read to their end give the connection back"
    else:
        assert pool is None
