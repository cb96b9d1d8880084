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


def usage_from(body: Any) -> Usage | None:
    """The upstream's `usage` object, if it sent a usable one."""
    if not isinstance(body, dict):
        return None
    usage = body.get("usage")
    if not isinstance(usage, dict):
        return None
    prompt = usage.get("prompt_tokens")
    completion = usage.get("completion_tokens", 0) or 0
    if not isinstance(prompt, int) or not isinstance(completion, int):
        return None
    return Usage(prompt, completion)
