"""The gateway's per-process budget grants through the real `openai` client, with LiteLLM's
race cases: concurrent admission at the edge of a grant, streams cut mid-answer (by the client
and by the upstream), retries; a reload that keeps the accounting; the process' metrics; a
budget fallback answered elsewhere (served-by, a hop marker, no second fallback)."""

from __future__ import annotations

import concurrent.futures as cf
from decimal import Decimal as D

import httpx
import openai
import pytest

from gateway_harness import MODEL, Reply, base_config, client, metric, wait_until

PRICES = {"inputPerMillionTokens": "1000000", "outputPerMillionTokens": "1000000"}  # 1 per token


def budgeted(stub, action="Throttle", **extra):
    return base_config(stub.url, pricing=PRICES, **{"budget": {"action": action}, **extra})


def ask(gw, content="hi", **kw):
    try:
        return client(gw).chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": content}], **kw)
    finally:
        gw.audit  # the answer goes out before the bookkeeping: one turn of the loop lets it finish


def worst_of(gw, content="hi", max_tokens=10):
    """What the gateway reserves for `ask(gw, content, max_tokens=...)` (reservation.py)."""
    from llmops.gateway.reservation import worst_case

    body = {"model": MODEL, "messages": [{"role": "user", "content": content}], "max_tokens": max_tokens}
    raw = len(httpx.Request("POST", "http://x", json=body).content)
    return worst_case(gw.state.runtime.prices, "chat", body, raw, None, 32768)


def test_a_process_without_a_grant_refuses_and_one_with_a_grant_serves(stub, make_gateway):
    gw = make_gateway(budgeted(stub), grants=True)
    with pytest.raises(openai.RateLimitError) as err:
        ask(gw, max_tokens=10)
    assert err.value.code == "budget_exceeded" and "no grant yet" in err.value.message
    assert err.value.response.headers["retry-after"] == "5" and stub.hits == 0
    gw.write_grants("100000")
    assert ask(gw, max_tokens=10).http_response.status_code == 200
    ledger = gw.state.process_ledger
    assert ledger.spent == 18 and ledger.reserved == 0  # settled on the upstream's usage (11 + 7)
    m = gw.metrics()
    labels = {"deployment": "test-llm", "epoch": ledger.epoch}
    assert metric(m, "llmops_gateway_process_info", **labels) == 1
    assert metric(m, "llmops_gateway_budget_spent", **labels) == 18
    assert metric(m, "llmops_gateway_budget_ceiling", **labels) == 100000
    assert metric(m, "llmops_gateway_budget_reserved", **labels) == 0


def test_a_new_grant_or_config_never_resets_the_accounting_nor_empties_the_cache(stub, make_gateway):
    gw = make_gateway(budgeted(stub, cache={"enabled": True, "ttl": "10m", "maxEntries": 10}), grants=True)
    gw.write_grants("100000")
    ask(gw, "same", max_tokens=10, temperature=0)
    cache = gw.state.cache
    gw.write_grants("200000", serial=2)
    assert gw.state.process_ledger.spent == 18 and gw.state.cache is cache
    assert ask(gw, "same", max_tokens=10, temperature=0).headers.get("x-llmops-cache") == "hit"
    gw.write_config(budgeted(stub, cache={"enabled": True, "ttl": "10m", "maxEntries": 10}, rateLimit={"requestsPerMinute": 1000}))
    assert wait_until(lambda: gw.state.runtime.config.rate_limit.requests_per_minute == 1000)
    ask(gw, "other", max_tokens=10)
    assert gw.state.process_ledger.spent == 36  # one ledger for the process' life


def test_concurrent_admission_at_the_edge_of_the_grant_never_passes_it(stub, make_gateway):
    # LiteLLM 34732/40095: concurrent requests each see the budget unspent and all go through
    stub.default = Reply(delay=2.0, usage_numbers=(11, 10))  # all in flight together
    gw = make_gateway(budgeted(stub), grants=True)
    worst = worst_of(gw, max_tokens=10)
    gw.write_grants(str(worst * 5 + worst / 2))  # room for 5 worst cases, not 6
    with cf.ThreadPoolExecutor(24) as pool:
        results = list(pool.map(lambda _: _status(lambda: ask(gw, max_tokens=10)), range(24)))
    assert results.count(200) == 5 and results.count(429) == 19
    ledger = gw.state.process_ledger
    assert ledger.reserved == 0 and ledger.spent == 5 * 21 <= ledger.ceiling


def test_streams_cut_by_the_client_or_the_upstream_are_charged(stub, make_gateway):
    # LiteLLM 37923/36168: a stream that does not end normally loses its spend
    gw = make_gateway(budgeted(stub), grants=True)
    gw.write_grants("100000")
    ledger = gw.state.process_ledger
    stub.replies = [Reply(text="one two three four five six", chunk_delay=0.05)]
    with httpx.Client(base_url=f"{gw.url}/v1") as h:
        with h.stream("POST", "/chat/completions", json={"model": MODEL, "stream": True, "max_tokens": 50,
                                                         "messages": [{"role": "user", "content": "hi"}]}) as r:
            next(r.iter_raw())  # the client goes away after the first bytes
    assert wait_until(lambda: ledger.reserved == 0)
    after_client_cut = ledger.spent
    assert after_client_cut > 0  # charged (estimated from what was relayed: the usage never came)
    stub.replies = [Reply(text="one two three four five six", cut_after=2)]
    with pytest.raises(Exception):
        list(client(gw).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}],
                                                 stream=True, max_tokens=50))
    assert wait_until(lambda: ledger.reserved == 0)
    assert ledger.spent > after_client_cut


def test_a_retried_request_is_charged_once(stub, make_gateway):
    stub.replies = [Reply(status=500), Reply(status=500)]
    gw = make_gateway(budgeted(stub, routing={"retries": {"attempts": 2, "backoff": "1ms"}}), grants=True)
    gw.write_grants("100000")
    assert ask(gw, max_tokens=10).http_response.status_code == 200 and stub.hits == 3
    assert gw.state.process_ledger.spent == 18 and gw.state.process_ledger.reserved == 0


def test_fallback_is_served_and_metered_elsewhere_and_never_bounces_back(stub, stubs, make_gateway):
    small = stubs()
    b = make_gateway(base_config(small.url, model="small-llm", deployment="small", pricing=PRICES,
                                 budget={"action": "Fallback", "fallbackUpstream": {"name": "big", "url": stub.url}}),
                     grants=True)
    b.write_grants("100000")
    a = make_gateway(budgeted(stub, "Fallback", budget={"action": "Fallback", "fallbackUpstream": {
        "name": "small", "url": f"{b.url}/v1", "model": "small-llm"}}), grants=True)
    a.write_grants("0")
    r = ask(a, max_tokens=10)
    assert r.http_response.status_code == 200 and r.headers["x-llmops-served-by"] == "small"
    assert small.received[-1]["_headers"].get("X-Llmops-Budget-Hop") is None  # B's upstream sees no marker
    assert a.state.process_ledger.spent == 0 and b.state.process_ledger.spent == 18  # metered where served
    assert metric(a.metrics(), "llmops_gateway_cost_total") == 0 and metric(b.metrics(), "llmops_gateway_cost_total") == 18
    # B spent too: a request A sends it is refused there, not sent back to A
    b.write_grants("18", serial=2)
    hits = stub.hits
    with pytest.raises(openai.RateLimitError) as err:
        ask(a, max_tokens=10)
    assert err.value.code == "budget_exceeded" and stub.hits == hits


def test_retry_after_is_soon_for_a_used_share_and_the_rollover_once_the_limit_is_spent(stub, make_gateway):
    gw = make_gateway(budgeted(stub), grants=True)
    gw.write_grants("0")
    with pytest.raises(openai.RateLimitError) as err:
        ask(gw, max_tokens=10)
    assert err.value.response.headers["retry-after"] == "5" and "re-balances" in err.value.message
    gw.write_grants("0", serial=2, exceeded=True)
    with pytest.raises(openai.RateLimitError) as err:
        ask(gw, max_tokens=10)
    assert int(err.value.response.headers["retry-after"]) > 3600 and "limit of this budget window is spent" in \
        err.value.message and "Resets at 2027-01-01T00:00:00+00:00" in err.value.message


def test_shutdown_waits_for_a_last_scrape_with_the_spend_final(stub, make_gateway):
    import asyncio
    import time

    from llmops.gateway.grants import last_scrape

    gw = make_gateway(budgeted(stub), grants=True)
    gw.write_grants("100000")
    ask(gw, max_tokens=10)
    ledger = gw.state.process_ledger
    fut = asyncio.run_coroutine_threadsafe(last_scrape(ledger, lambda: False, time.monotonic() + 20), gw.server.loop)
    assert wait_until(lambda: ledger.closed)
    assert not fut.done()  # waiting for the scrape
    m = gw.metrics()
    assert fut.result(10) is True
    labels = {"deployment": "test-llm", "epoch": ledger.epoch}
    assert metric(m, "llmops_gateway_process_info", **labels) == 0
    assert metric(m, "llmops_gateway_budget_ceiling", **labels) == 18  # it lets go of the rest of its grant
    with pytest.raises(openai.InternalServerError) as err:
        ask(gw, max_tokens=10)
    assert err.value.status_code == 503


def _status(call):
    try:
        return call().http_response.status_code
    except openai.APIStatusError as e:
        return e.status_code


def test_reservation_is_never_below_the_cost_of_a_token_per_byte(stub, make_gateway):
    # the worst tokenizer spends a token per byte: emoji and CJK prompts cost ~4 tokens a character
    text = "😀漢字 " * 200
    cost = len(text.encode()) + 10 + 10  # every byte a token, 10 of template, 10 of answer
    stub.default = Reply(usage_numbers=(cost - 10, 10), delay=0.5)
    gw = make_gateway(budgeted(stub), grants=True)
    gw.write_grants("100000")
    ledger = gw.state.process_ledger
    with cf.ThreadPoolExecutor(1) as pool:
        answer = pool.submit(ask, gw, text, max_tokens=10)
        assert wait_until(lambda: ledger.reserved > 0)
        held = ledger.reserved  # what the request holds while in flight
        assert answer.result().http_response.status_code == 200
    assert held >= cost and D(ledger.spent) == cost


def test_cost_and_token_series_exist_at_0_from_config_load(stub, make_gateway):
    from gateway_harness import parse_metrics
    import urllib.request

    gw = make_gateway(budgeted(stub))
    text = urllib.request.urlopen(f"{gw.url}/metrics").read().decode()
    samples = parse_metrics(text)
    cost = [v for (n, ls), v in samples.items() if n == "llmops_gateway_cost_total" and ("model", MODEL) in ls]
    tokens = {dict(ls)["type"]: v for (n, ls), v in samples.items() if n == "llmops_gateway_tokens_total"}
    assert cost == [0] and tokens == {"input": 0, "output": 0}
