"""Serving the gateway with aiohttp's server instead of httpserver.py (`--server aiohttp`):
each route's handler gets the same Request and `out` interface it gets from the own server."""

from __future__ import annotations

from aiohttp import web

from llmops.gateway.app import GatewayApp
from llmops.gateway.httpserver import Handler, Request

# Room above the largest configurable body limit: the active config's limit is applied per request.
_CLIENT_MAX_SIZE = 256 * 1024 * 1024


class _Out:
    """httpserver.Connection's answer-writing interface over aiohttp responses."""

    def __init__(self, request: web.Request) -> None:
        self.request = request
        self.response: web.StreamResponse | None = None

    async def send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                   content_type: str = "application/json") -> None:
        if self.response is not None:
            raise RuntimeError("the answer was already started")
        response = self.response = web.Response(status=status, body=body, headers=headers)
        response.headers["Content-Type"] = content_type
        await response.prepare(self.request)
        await response.write_eof()

    async def start_stream(self, status: int, headers: dict[str, str]) -> None:
        if self.response is not None:
            raise RuntimeError("the answer was already started")
        self.response = web.StreamResponse(status=status, headers=headers)
        await self.response.prepare(self.request)

    async def write(self, data: bytes) -> None:
        await self.response.write(data)

    async def end_stream(self) -> None:
        await self.response.write_eof()


def _adapt(app: GatewayApp, handler: Handler):
    async def view(request: web.Request) -> web.StreamResponse:
        limit = app.body_limit()
        too_large = request.content_length is not None and request.content_length > limit
        body = b"" if too_large else await request.read()
        if len(body) > limit:
            too_large, body = True, b""
        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            key = name.lower()
            headers[key] = headers[key] + ", " + value if key in headers else value
        version = f"{request.version.major}.{request.version.minor}"
        out = _Out(request)
        await handler(Request(request.method, request.path, request.query_string, headers, body, request.remote, too_large, version), out)
        if out.response is None:
            raise web.HTTPInternalServerError()
        return out.response

    return view


def aiohttp_app(app: GatewayApp) -> web.Application:
    web_app = web.Application(client_max_size=_CLIENT_MAX_SIZE)

    async def startup(_: web.Application) -> None:
        await app.startup()

    async def cleanup(_: web.Application) -> None:
        await app.cleanup()

    web_app.on_startup.append(startup)
    web_app.on_cleanup.append(cleanup)
    for path, methods in app.routes.items():
        for method, handler in methods.items():
            web_app.router.add_route(method, path, _adapt(app, handler))
    return web_app
