"""The aiohttp shell: routes, the app's lifecycle (one upstream client, the reload watcher)
and the small endpoints. The inference path lives in handlers.py."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from llmops.gateway import reload
from llmops.gateway.audit import AuditLog
from llmops.gateway.client import UpstreamClient
from llmops.gateway.errors import GatewayError
from llmops.gateway.handlers import STATE, make_handler
from llmops.gateway.metrics import GatewayMetrics
from llmops.gateway.runtime import Runtime
from llmops.gateway.state import GatewayState
from llmops.gateway.validate import CHAT, COMPLETIONS, EMBEDDINGS

_FEEDBACK_VALUES = {"positive", "negative", "neutral"}
# Room above the largest configurable body limit: the per-config limit is checked in handlers.
_CLIENT_MAX_SIZE = 256 * 1024 * 1024


def create_app(
    runtime: Runtime,
    *,
    config_path: str | Path | None = None,
    reload_interval: float = 1.0,
    audit: AuditLog | None = None,
    raw_upstream_client: bool = True,
) -> web.Application:
    metrics = GatewayMetrics()
    metrics.config_reloads.labels("loaded").inc()
    state = GatewayState(runtime, metrics, audit or AuditLog())
    app = web.Application(client_max_size=_CLIENT_MAX_SIZE)
    app[STATE] = state
    app.cleanup_ctx.append(_upstream_client(raw_upstream_client))
    app.on_cleanup.append(_flush_audit)
    if config_path is not None:
        app.cleanup_ctx.append(_watcher(config_path, reload_interval))
    app.router.add_post("/v1/chat/completions", make_handler(CHAT, "/chat/completions"))
    app.router.add_post("/v1/completions", make_handler(COMPLETIONS, "/completions"))
    app.router.add_post("/v1/embeddings", make_handler(EMBEDDINGS, "/embeddings"))
    app.router.add_get("/v1/models", models)
    app.router.add_post("/v1/feedback", feedback)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_endpoint)
    return app


def _upstream_client(raw: bool):
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        client = app[STATE].client = UpstreamClient(raw=raw)
        yield
        await client.close()

    return ctx


async def _flush_audit(app: web.Application) -> None:
    app[STATE].audit.flush()


def _watcher(path: str | Path, interval: float):
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        state = app[STATE]
        task = asyncio.create_task(
            reload.watch(
                path,
                interval,
                current_hash=lambda: state.runtime.hash,
                on_new=state.swap,
                on_refused=state.refuse,
                on_event=lambda result: state.metrics.config_reloads.labels(result).inc(),
            )
        )
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    return ctx


def _json(status: int, payload: object) -> web.Response:
    return web.Response(status=status, body=json.dumps(payload).encode(), content_type="application/json")


async def models(request: web.Request) -> web.Response:
    return web.Response(body=request.app[STATE].runtime.models_body, content_type="application/json")


async def healthz(request: web.Request) -> web.Response:
    return _json(200, {"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """Ready while a valid config is active. A refused reload does not make the pod unready
    (the last good config still serves), but it is reported here until a good one arrives."""
    state = request.app[STATE]
    payload = {"status": "ready", "configHash": state.runtime.hash, "configVersion": state.runtime.config.version}
    if state.reload_error:
        payload["lastReloadError"] = state.reload_error
    return _json(200, payload)


async def metrics_endpoint(request: web.Request) -> web.Response:
    data = generate_latest(request.app[STATE].metrics.registry)
    return web.Response(body=data, headers={"Content-Type": CONTENT_TYPE_LATEST})


async def feedback(request: web.Request) -> web.Response:
    """Score an answer by its request id: {"request_id": "...", "value": "positive"} or {"score": -1..1}."""
    state = request.app[STATE]
    try:
        body = json.loads(await request.read())
    except ValueError:
        return _error(GatewayError(400, "Request body is not valid JSON.", code="invalid_json"))
    if not isinstance(body, dict) or not isinstance(body.get("request_id"), str):
        return _error(GatewayError(400, "Missing required parameter: 'request_id'.", code="missing_required_parameter", param="request_id"))
    value = body.get("value")
    score = body.get("score")
    if value is None and isinstance(score, (int, float)) and not isinstance(score, bool):
        value = "positive" if score > 0 else "negative" if score < 0 else "neutral"
    if value not in _FEEDBACK_VALUES:
        return _error(GatewayError(400, "Give 'value' (positive, negative, neutral) or a numeric 'score'.", code="invalid_value", param="value"))
    version = state.recall(body["request_id"])
    if version is None:
        return _error(GatewayError(404, "No recent answer has this request id.", code="request_not_found", param="request_id"))
    state.metrics.feedback.labels(version, value).inc()
    return _json(200, {"request_id": body["request_id"], "prompt_version": version, "value": value})


def _error(err: GatewayError) -> web.Response:
    return web.Response(status=err.status, body=err.body(), content_type="application/json")
