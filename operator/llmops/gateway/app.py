"""The gateway as an application: its state, routes and lifecycle, and the small endpoints.
The inference path lives in handlers.py; the HTTP server in httpserver.py (or aiohttp, through
aiohttp_server.py)."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import math
from pathlib import Path

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from llmops.gateway import grants, reload
from llmops.gateway.audit import AuditLog
from llmops.gateway.auth import Authenticator, UpstreamKey, guard
from llmops.gateway.client import UpstreamClient
from llmops.gateway.errors import GatewayError
from llmops.gateway.grants import ProcessLedger
from llmops.gateway.handlers import make_handler
from llmops.gateway.httpserver import Handler, Request
from llmops.gateway.metrics import FEEDBACK_VALUES, GatewayMetrics
from llmops.gateway.record import feedback_line
from llmops.gateway.runtime import Runtime
from llmops.gateway.state import GatewayState
from llmops.gateway.validate import CHAT, COMPLETIONS, EMBEDDINGS

_FEEDBACK_VALUES = frozenset(FEEDBACK_VALUES)


class GatewayApp:
    """The gateway without its HTTP server: state, routes (`{path: {method: handler}}`, each
    handler `async (request, out) -> None`), and what starts and stops with it (the upstream
    client, the config watcher, the audit flush). Served by httpserver.HttpServer, or by
    aiohttp through aiohttp_server.py."""

    def __init__(self, runtime: Runtime, *, config_path: str | Path | None = None, reload_interval: float = 1.0,
                 audit: AuditLog | None = None, raw_upstream_client: bool = True,
                 auth: Authenticator | None = None, upstream_key: UpstreamKey | None = None,
                 grants_path: str | Path | None = None) -> None:
        metrics = GatewayMetrics(auth=auth is not None)
        metrics.config_reloads.labels("loaded").inc()
        ledger = None
        if grants_path is not None:  # the operator's pods: grants per process (grants.py)
            ledger = ProcessLedger(runtime.deployment)
            ledger.load_file(grants_path)
            metrics.registry.register(ledger)
        self.grants_path = grants_path
        self.state = state = GatewayState(runtime, metrics, audit or AuditLog(), auth, upstream_key, ledger)
        state.auth_loaded("loaded" if auth is not None and auth.ready else "refused")
        self.config_path = config_path
        self.reload_interval = reload_interval
        self.raw_upstream_client = raw_upstream_client
        self._watcher: asyncio.Task | None = None
        self._key_watchers: list[asyncio.Task] = []
        s = state
        models_route = functools.partial(models, s)
        feedback_route = functools.partial(feedback, s)
        if auth is not None:  # the inference routes authenticate in handlers.serve
            models_route, feedback_route = guard(auth, models_route), guard(auth, feedback_route)
        self.routes: dict[str, dict[str, Handler]] = {
            "/v1/chat/completions": {"POST": make_handler(s, CHAT, "/chat/completions")},
            "/v1/completions": {"POST": make_handler(s, COMPLETIONS, "/completions")},
            "/v1/embeddings": {"POST": make_handler(s, EMBEDDINGS, "/embeddings")},
            "/v1/models": {"GET": models_route},
            "/v1/feedback": {"POST": feedback_route},
            "/healthz": {"GET": healthz},
            "/readyz": {"GET": functools.partial(readyz, s)},
            "/metrics": {"GET": functools.partial(metrics_endpoint, s)},
        }

    def body_limit(self) -> int:
        return self.state.runtime.max_body_bytes

    async def startup(self) -> None:
        state = self.state
        state.client = UpstreamClient(raw=self.raw_upstream_client)
        if self.config_path is not None:
            self._watcher = asyncio.create_task(
                reload.watch(
                    self.config_path,
                    self.reload_interval,
                    current_hash=lambda: state.runtime.hash,
                    on_new=state.swap,
                    on_refused=state.refuse,
                    on_event=lambda result: state.metrics.config_reloads.labels(result).inc(),
                )
            )
        if state.auth is not None:
            self._key_watchers.append(asyncio.create_task(state.auth.watch(self.reload_interval, state.auth_loaded)))
        if state.upstream_key is not None:
            self._key_watchers.append(asyncio.create_task(_watch_upstream_key(state.upstream_key, self.reload_interval)))
        if state.process_ledger is not None:
            self._key_watchers.append(asyncio.create_task(
                grants.watch(state.process_ledger, self.grants_path, self.reload_interval)))

    async def cleanup(self) -> None:
        for task in self._key_watchers:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._key_watchers.clear()
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
            self._watcher = None
        if self.state.client is not None:
            await self.state.client.close()
        self.state.audit.flush()


async def _watch_upstream_key(key: UpstreamKey, interval: float) -> None:
    """Re-read a router's own key when its Secret changes (the check is a stat; the read only then)."""
    while True:
        await asyncio.sleep(interval)
        key.reload()


def create_app(runtime: Runtime, **kwargs) -> GatewayApp:
    return GatewayApp(runtime, **kwargs)


async def _json(out, status: int, payload: object) -> None:
    await out.send(status, json.dumps(payload).encode())


async def models(state: GatewayState, request: Request, out) -> None:
    await out.send(200, state.runtime.models_body)


async def healthz(request: Request, out) -> None:
    await _json(out, 200, {"status": "ok"})


async def readyz(state: GatewayState, request: Request, out) -> None:
    """Ready while a valid config is active. A refused reload does not make the pod unready
    (the last good config still serves), but it is reported here until a good one arrives.
    With API keys: not ready (503) while no good key set was ever loaded (every request would
    get 503 auth_unavailable), so a rolling update stalls with the old pods serving."""
    payload = {"status": "ready", "configHash": state.runtime.hash, "configVersion": state.runtime.config.version}
    if state.reload_error:
        payload["lastReloadError"] = state.reload_error
    status = 200
    if state.auth is not None:
        payload["auth"] = state.auth.status()
        if not state.auth.ready:
            payload["status"], status = "not ready", 503
    if state.upstream_key is not None:
        key = state.upstream_key
        payload["upstreamKey"] = {"keyId": key.key_id, **({"lastReloadError": key.error} if key.error else {})}
    await _json(out, status, payload)


async def metrics_endpoint(state: GatewayState, request: Request, out) -> None:
    await out.send(200, generate_latest(state.metrics.registry), content_type=CONTENT_TYPE_LATEST)


async def feedback(state: GatewayState, request: Request, out) -> None:
    """Score an answer by its request id: {"request_id": "...", "value": "positive"} or {"score": -1..1}."""
    if request.too_large:
        return await _error(out, GatewayError(413, "Request body is too large.", code="request_too_large"))
    try:
        body = json.loads(request.body)
    except ValueError:
        return await _error(out, GatewayError(400, "Request body is not valid JSON.", code="invalid_json"))
    if not isinstance(body, dict) or not isinstance(body.get("request_id"), str):
        return await _error(out, GatewayError(400, "Missing required parameter: 'request_id'.", code="missing_required_parameter", param="request_id"))
    value = body.get("value")
    score = body.get("score")
    if not isinstance(score, (int, float)) or isinstance(score, bool):
        score = None
    elif not math.isfinite(score):  # NaN or 1e999 (json.loads takes both): no JSON line could hold it
        return await _error(out, GatewayError(400, "'score' must be a finite number.", code="invalid_value", param="score"))
    if value is None and score is not None:
        value = "positive" if score > 0 else "negative" if score < 0 else "neutral"
    if value not in _FEEDBACK_VALUES:
        return await _error(out, GatewayError(400, "Give 'value' (positive, negative, neutral) or a numeric 'score'.", code="invalid_value", param="value"))
    version = state.feedback_version(body["request_id"])
    if version is None:
        return await _error(out, GatewayError(404, "No answer of this gateway has this request id.", code="request_not_found", param="request_id"))
    state.metrics.feedback.labels(version, value).inc()
    if state.runtime.audit_enabled:  # the dataset export joins answers with their feedback by request id
        state.audit.write(feedback_line(body["request_id"], version, value, score))
    await _json(out, 200, {"request_id": body["request_id"], "prompt_version": version, "value": value})


async def _error(out, err: GatewayError) -> None:
    await out.send(err.status, err.body(), err.headers)
