"""What lives as long as the process: the active runtime (swapped on reload), the shared
upstream client, metrics, and the stateful stages (rate limiter, cache, budget ledger)."""

from __future__ import annotations

import logging

from llmops.api.gateway_config import parse_duration
from llmops.gateway import requestid
from llmops.gateway.audit import AuditLog
from llmops.gateway.auth import Authenticator, UpstreamKey
from llmops.gateway.budget import BudgetLedger
from llmops.gateway.grants import ProcessLedger
from llmops.gateway.spendseries import export_at_zero
from llmops.gateway.client import UpstreamClient
from llmops.gateway.cache import AnswerCache
from llmops.gateway.metrics import NO_VERSION, GatewayMetrics
from llmops.gateway.ratelimit import RateLimiter
from llmops.gateway.runtime import Runtime

log = logging.getLogger("llmops.gateway")


class GatewayState:
    def __init__(self, runtime: Runtime, metrics: GatewayMetrics, audit: AuditLog,
                 auth: Authenticator | None = None, upstream_key: UpstreamKey | None = None,
                 process_ledger: ProcessLedger | None = None) -> None:
        self.metrics = metrics
        # with the operator's grants: this process' ledger, kept across reloads (grants.py)
        self.process_ledger = process_ledger
        # API keys (None: auth mode None, anyone may call) and a router's own key to its targets
        self.auth = auth
        self.upstream_key = upstream_key
        self.audit = audit
        audit.on_error = lambda lines: metrics.audit_write_errors.inc_at((), lines)
        self.client: UpstreamClient | None = None
        self.reload_error: str | None = None
        # the prompt versions of every config this process has served: what /v1/feedback
        # counts (request ids name their version: requestid.py); a handful of names
        self.prompt_versions: set[str] = {NO_VERSION}
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
        served = [v.name for v in config.prompt.versions] if config.prompt is not None else []
        self.prompt_versions.update(served)
        self.metrics.serve_versions(runtime.deployment, config.models, served, {*served, NO_VERSION},
                                    runtime.prices.currency, bool(runtime.input_guards or runtime.output_guards))
        export_at_zero(self.metrics, runtime)  # and the tokens', and without a prompt (spendseries.py)
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
        elif self.process_ledger is not None:  # a reload never resets what this process spent
            self.ledger = self.process_ledger
            self.ledger.deployment = runtime.deployment
            self.ledger.configure(config.budget.action)
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
        m.auth_active.set(1 if auth.ready else 0)
        m.auth_keys.set(len(auth.store) if auth.store is not None else 0)

    def feedback_version(self, request_id: str) -> str | None:
        """The prompt version an answer's request id names, if this gateway serves or has served
        it (None: not one of our ids, or a version unknown here)."""
        ours, version = requestid.parse(request_id)
        if not ours:
            return None
        version = version or NO_VERSION
        return version if version in self.prompt_versions else None
