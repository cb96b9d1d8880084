"""What lives as long as the process: the active runtime (swapped on reload), the shared
upstream client, metrics, and the stateful stages (rate limiter, cache, budget ledger)."""

from __future__ import annotations

import logging
from collections import deque

from llmops.api.gateway_config import parse_duration
from llmops.gateway.audit import AuditLog
from llmops.gateway.auth import Authenticator, UpstreamKey
from llmops.gateway.budget import BudgetLedger
from llmops.gateway.client import UpstreamClient
from llmops.gateway.cache import AnswerCache
from llmops.gateway.metrics import GatewayMetrics
from llmops.gateway.ratelimit import RateLimiter
from llmops.gateway.runtime import Runtime

log = logging.getLogger("llmops.gateway")
RECENT_REQUESTS = 100_000  # request ids remembered for feedback


class GatewayState:
    def __init__(self, runtime: Runtime, metrics: GatewayMetrics, audit: AuditLog,
                 auth: Authenticator | None = None, upstream_key: UpstreamKey | None = None) -> None:
        self.metrics = metrics
        # API keys (None: auth mode None, anyone may call) and a router's own key to its targets
        self.auth = auth
        self.upstream_key = upstream_key
        self.audit = audit
        audit.on_error = lambda lines: metrics.audit_write_errors.inc_at((), lines)
        self.client: UpstreamClient | None = None
        self.reload_error: str | None = None
        # request id -> prompt version of the last RECENT_REQUESTS answers, oldest first in the
        # ring (a dict and a deque take ~2/3 of an OrderedDict's memory: ~11 vs ~16 MiB when full)
        self._recent: dict[str, str] = {}
        self._ring: deque[str] = deque()
        rl = runtime.config.rate_limit
        self.limiter = RateLimiter(rl.requests_per_minute, rl.tokens_per_minute)
        self.cache: AnswerCache | None = None
        self.ledger: BudgetLedger | None = None
        self.runtime = runtime
        self._apply(runtime, previous=None)
        metrics.config_valid.set(1)
        metrics.config_info.labels(runtime.hash).set(1)

    def swap(self, runtime: Runtime) -> None:
        """Make a new config active. Requests in flight keep the runtime they started with."""
        previous = self.runtime
        self._apply(runtime, previous)
        self.runtime = runtime
        self.reload_error = None
        self.metrics.config_valid.set(1)
        if previous.hash != runtime.hash:
            self.metrics.config_info.remove(previous.hash)
            self.metrics.config_info.labels(runtime.hash).set(1)

    def refuse(self, reason: str) -> None:
        """A new config was invalid: keep the last good one, and say why."""
        self.reload_error = reason
        self.metrics.config_valid.set(0)

    def _apply(self, runtime: Runtime, previous: Runtime | None) -> None:
        config = runtime.config
        self.metrics.route_share.source = runtime.routing.health
        self.metrics.route_share.deployment = runtime.deployment
        rl = config.rate_limit
        self.limiter.configure(rl.requests_per_minute, rl.tokens_per_minute)
        if not config.cache.enabled:
            self.cache = None
        elif previous is None or self.cache is None or previous.hash != runtime.hash:
            # Any change can change answers (prompt, guardrails, upstream): start empty.
            self.cache = AnswerCache(parse_duration(config.cache.ttl), config.cache.max_entries)
        if config.budget is None:
            self.ledger = None
        elif self.ledger is None or previous is None or previous.config.budget != config.budget:
            self.ledger = BudgetLedger(config.budget)
            self.metrics.budget_remaining.labels(runtime.deployment, runtime.prices.currency).set(float(self.ledger.remaining))

    def auth_loaded(self, result: str) -> None:
        """A load of the key set happened (`loaded` or `refused`): the llmops_gateway_auth_* gauges."""
        auth = self.auth
        if auth is None:
            return
        m = self.metrics
        m.auth_reloads.labels(result).inc()
        m.auth_valid.set(0 if auth.error else 1)
        m.auth_keys.set(len(auth.store) if auth.store is not None else 0)

    def remember(self, request_id: str, prompt_version: str) -> None:
        ring = self._ring
        if len(ring) >= RECENT_REQUESTS:
            self._recent.pop(ring.popleft(), None)
        ring.append(request_id)
        self._recent[request_id] = prompt_version

    def recall(self, request_id: str) -> str | None:
        return self._recent.get(request_id)
