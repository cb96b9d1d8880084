"""Pricing in Decimal, token estimates, usage parsing."""

from __future__ import annotations

from decimal import Decimal

from llmops.api.gateway_config import Pricing
from llmops.gateway.metering import Usage, compile_pricing, estimate_tokens, price, usage_from


def prices(i="0.15", o="0.60"):
    return compile_pricing(Pricing(inputPerMillionTokens=i, outputPerMillionTokens=o))


def test_price_exact():
    p = prices()
    assert price(p, 1_000_000, 0) == Decimal("0.15")
    assert price(p, 0, 1_000_000) == Decimal("0.60")
    assert price(p, 1, 1) == Decimal("0.00000075")
    assert price(p, 1200, 300) == Decimal("0.00036")


def test_many_small_requests_add_up_exactly():
    p = prices("0.10", "0.30")
    total = sum((price(p, 7, 3) for _ in range(1_000_000)), Decimal(0))
    assert total == Decimal("1.6")  # 7e6 * 0.1/1e6 + 3e6 * 0.3/1e6


def test_free_pricing_costs_nothing():
    assert price(prices("0", "0"), 10**9, 10**9) == 0


def test_estimate_rounds_up():
    assert [estimate_tokens(n) for n in (0, 1, 4, 5, 8)] == [0, 1, 1, 2, 2]


def test_usage_from_answers():
    assert usage_from({"usage": {"prompt_tokens": 3, "completion_tokens": 5}}) == Usage(3, 5)
    assert usage_from({"usage": {"prompt_tokens": 3}}) == Usage(3, 0)  # embeddings
    assert usage_from({"usage": None}) is None
    assert usage_from({"usage": {"prompt_tokens": "3"}}) is None
    assert usage_from([]) is None
