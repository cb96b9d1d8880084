"""Tokens and money. Prices are Decimal all the way: floats would drift over millions of requests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from llmops.api.gateway_config import Pricing

_MILLION = Decimal(1_000_000)


@dataclass(slots=True)  # not frozen (a frozen __init__ costs ~3x, once per request); treated as immutable
class Usage:
    input_tokens: int
    output_tokens: int
    estimated: bool = False  # True when the upstream gave no usage and we counted ourselves
    clamped: bool = False  # True when the upstream's numbers were out of range and were clamped


@dataclass(frozen=True, slots=True)
class Prices:
    currency: str
    input_per_token: Decimal
    output_per_token: Decimal


def compile_pricing(pricing: Pricing) -> Prices:
    return Prices(
        pricing.currency,
        pricing.input_per_million_tokens / _MILLION,
        pricing.output_per_million_tokens / _MILLION,
    )


def price(prices: Prices, input_tokens: int, output_tokens: int) -> Decimal:
    """Cost of a request, exact in Decimal."""
    return prices.input_per_token * input_tokens + prices.output_per_token * output_tokens


def estimate_tokens(chars: int) -> int:
    """Rough token count from characters (about 4 per token in English), rounded up."""
    return (chars + 3) // 4


# More tokens than any one request can carry: an upstream's count above it is clamped to it.
MAX_TOKENS_PER_REQUEST = 100_000_000


def _tokens(value: Any) -> tuple[int, bool] | None:
    """(count, clamped) of one usage number; None when it is not a number at all."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return 0, True
        value = int(min(max(value, 0.0), float(MAX_TOKENS_PER_REQUEST)))
        return value, True
    if 0 <= value <= MAX_TOKENS_PER_REQUEST:
        return value, False
    return min(max(value, 0), MAX_TOKENS_PER_REQUEST), True


def usage_from(body: Any) -> Usage | None:
    """The upstream's `usage` object, if it sent a usable one. Numbers out of range (negative,
    absurdly large, fractional) are clamped into 0..MAX_TOKENS_PER_REQUEST and the usage is
    flagged `clamped`, so that the bookkeeping never sees a negative count or cost."""
    if not isinstance(body, dict):
        return None
    usage = body.get("usage")
    if not isinstance(usage, dict):
        return None
    prompt = usage.get("prompt_tokens")
    completion = usage.get("completion_tokens", 0) or 0
    if type(prompt) is int and type(completion) is int and 0 <= prompt <= MAX_TOKENS_PER_REQUEST \
            and 0 <= completion <= MAX_TOKENS_PER_REQUEST:
        return Usage(prompt, completion)  # the usual case, without the calls below
    prompt = _tokens(prompt)
    completion = _tokens(completion)
    if prompt is None or completion is None:
        return None
    return Usage(prompt[0], completion[0], clamped=prompt[1] or completion[1])
