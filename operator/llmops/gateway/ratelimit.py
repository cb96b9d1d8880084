"""Per-caller rate limits: requests and tokens per minute, as token buckets.

A bucket refills continuously (limit/60 per second) up to the per-minute limit, so a caller
can burst up to one minute's worth and then goes at the limit's pace. Requests are taken at
admission; tokens are taken after the answer, from the real usage, and a caller whose token
bucket is empty is refused until it refills above zero.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_KEYS = 100_000  # bound on remembered callers; the oldest is forgotten first


@dataclass(frozen=True, slots=True)
class Refusal:
    limit: str  # requests | tokens | budget
    message: str
    retry_after: float  # seconds

    def headers(self) -> dict[str, str]:
        return {"retry-after": str(max(1, math.ceil(self.retry_after)))}


class RateLimiter:
    def __init__(self, requests_per_minute: int, tokens_per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._buckets: dict[str, list[float]] = {}  # key -> [requests, tokens, last refill]
        self.configure(requests_per_minute, tokens_per_minute)

    def configure(self, requests_per_minute: int, tokens_per_minute: int) -> None:
        """New limits from a reloaded config; buckets carry over."""
        self.rpm = requests_per_minute
        self.tpm = tokens_per_minute

    @property
    def active(self) -> bool:
        return bool(self.rpm or self.tpm)

    def _bucket(self, key: str, rpm: int, tpm: int) -> list[float]:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_KEYS:
                del self._buckets[next(iter(self._buckets))]
            bucket = self._buckets[key] = [float(rpm), float(tpm), now]
            return bucket
        elapsed = now - bucket[2]
        bucket[2] = now
        if rpm:
            bucket[0] = min(float(rpm), bucket[0] + elapsed * rpm / 60.0)
        if tpm:
            bucket[1] = min(float(tpm), bucket[1] + elapsed * tpm / 60.0)
        return bucket

    def admit(self, key: str, limits: tuple[int, int] | None = None) -> Refusal | None:
        """Take one request from the caller's bucket, or say which limit refuses and for how long.
        `limits` (requests, tokens per minute) replace the configured ones for this caller: an
        API key's own, already capped by the deployment's (auth.Principal.limits)."""
        rpm, tpm = limits if limits is not None else (self.rpm, self.tpm)
        if not (rpm or tpm):
            return None
        bucket = self._bucket(key, rpm, tpm)
        if rpm and bucket[0] < 1.0:
            wait = (1.0 - bucket[0]) * 60.0 / rpm
            return Refusal(
                "requests",
                f"Rate limit reached: {rpm} requests per minute for this caller. Resets in {wait:.1f}s.",
                wait,
            )
        if tpm and bucket[1] <= 0.0:
            wait = (1.0 - bucket[1]) * 60.0 / tpm
            return Refusal(
                "tokens",
                f"Rate limit reached: {tpm} tokens per minute for this caller. Resets in {wait:.1f}s.",
                wait,
            )
        if rpm:
            bucket[0] -= 1.0
        return None

    def record_tokens(self, key: str, tokens: int, limits: tuple[int, int] | None = None) -> None:
        rpm, tpm = limits if limits is not None else (self.rpm, self.tpm)
        if tpm and tokens:
            self._bucket(key, rpm, tpm)[1] -= tokens
