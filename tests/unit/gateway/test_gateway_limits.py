"""Rate limits (token buckets) and budget reservations."""

from __future__ import annotations

from decimal import Decimal

from llmops.api.gateway_config import Budget
from llmops.gateway.budget import BudgetLedger
from llmops.gateway.ratelimit import RateLimiter


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_requests_per_minute_refuse_and_say_when():
    clock = Clock()
    limiter = RateLimiter(3, 0, clock)
    assert [limiter.admit("k") for _ in range(3)] == [None, None, None]
    refusal = limiter.admit("k")
    assert refusal.limit == "requests" and "3 requests per minute" in refusal.message
    assert 19 < refusal.retry_after <= 20 and refusal.headers()["retry-after"] == "20"
    assert limiter.admit("other") is None  # per key
    clock.now += 20
    assert limiter.admit("k") is None


def test_tokens_per_minute():
    clock = Clock()
    limiter = RateLimiter(0, 1000, clock)
    assert limiter.admit("k") is None
    limiter.record_tokens("k", 1500)
    refusal = limiter.admit("k")
    assert refusal.limit == "tokens" and refusal.retry_after > 30
    clock.now += 31
    assert limiter.admit("k") is None


def test_unlimited_when_zero():
    limiter = RateLimiter(0, 0)
    assert all(limiter.admit("k") is None for _ in range(1000))


def test_a_callers_own_limits_replace_the_configured_ones_for_its_bucket_only():
    clock = Clock()
    limiter = RateLimiter(0, 0, clock)  # the deployment: unlimited
    assert [limiter.admit("alice", (2, 0)) for _ in range(2)] == [None, None]
    refusal = limiter.admit("alice", (2, 0))
    assert refusal.limit == "requests" and "2 requests per minute" in refusal.message
    assert limiter.admit("bob") is None  # others keep the configured limits
    assert limiter.admit("carol", (0, 100)) is None
    limiter.record_tokens("carol", 150, (0, 100))
    assert limiter.admit("carol", (0, 100)).limit == "tokens"
    limiter.record_tokens("bob", 10**6)  # no configured tokens limit: nothing taken
    assert limiter.admit("bob") is None


def test_budget_reserves_worst_case_then_settles():
    ledger = BudgetLedger(Budget(remaining="10", allowance="1.00"))
    assert ledger.try_reserve(Decimal("0.60"))
    assert not ledger.try_reserve(Decimal("0.50"))  # 0.60 reserved + 0.50 > 1.00
    ledger.settle(Decimal("0.60"), Decimal("0.10"))
    assert ledger.try_reserve(Decimal("0.50"))
    ledger.settle(Decimal("0.50"), Decimal("0.50"))
    assert ledger.spent == Decimal("0.60") and ledger.reserved == 0
    assert ledger.remaining == Decimal("9.40")
    assert not ledger.try_reserve(Decimal("0.41"))
    assert "allowance of 1.00" in ledger.refusal_message()


def test_budget_with_nothing_remaining_refuses():
    assert not BudgetLedger(Budget(remaining="0", allowance="5")).try_reserve(Decimal("0.01"))
