"""`llmops gateway`: run the OpenAI-compatible gateway from a config file (or a quick start
from a single upstream URL)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import signal
import sys
import time
import urllib.request

from llmops.api.gateway_config import GatewayConfig, Upstream
from llmops.gateway.reload import describe, load_runtime
from llmops.gateway.runtime import Runtime, build_runtime


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def _setup_logging(fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if fmt == "json" else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def _upstream_models(url: str) -> list[str]:
    with urllib.request.urlopen(url.rstrip("/") + "/models", timeout=10) as response:
        return [m["id"] for m in json.load(response)["data"]]


def quick_start_runtime(upstream: str, model: str | None) -> Runtime:
    models = [model] if model else _upstream_models(upstream)
    config = GatewayConfig(models=models, upstreams=[Upstream(name="upstream", url=upstream)])
    return build_runtime(config)


def _parse_listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host or "0.0.0.0", int(port)


def _event_loop_factory(choice: str):
    if choice in ("auto", "uvloop"):
        try:
            import uvloop
        except ImportError:
            if choice == "uvloop":
                raise SystemExit("--loop uvloop: the uvloop package is not installed") from None
            return None
        return uvloop.new_event_loop
    return None


def _tune_gc() -> None:
    """Keep the collector off the request path. Everything alive now (modules, the config,
    compiled patterns) lives as long as the process: freeze it so no collection walks it again.
    A request allocates a few hundred containers that reference counting frees on its own, so
    the youngest generation is collected every 20 000 allocations instead of every 700: a
    collection pause then comes once per many requests, not once per request or two."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="llmops gateway", description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--config", help="gateway.yaml (watched and reloaded when it changes)")
    source.add_argument("--upstream", help="quick start: one OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    parser.add_argument("--model", help="with --upstream: the model name to serve (default: ask the upstream)")
    parser.add_argument("--listen", default="0.0.0.0:8080", help="HOST:PORT (default 0.0.0.0:8080)")
    parser.add_argument("--log-format", choices=("text", "json"), default="text")
    parser.add_argument("--reload-interval", type=float, default=1.0, help="seconds between config file checks")
    parser.add_argument("--loop", choices=("auto", "asyncio", "uvloop"), default="auto",
                        help="event loop: uvloop when installed (auto), or the standard one")
    parser.add_argument("--server", choices=("raw", "aiohttp"), default="raw",
                        help="HTTP server: the gateway's own HTTP/1.1 server (raw) or aiohttp's")
    parser.add_argument("--shutdown-grace", type=float, default=25.0,
                        help="seconds requests in flight get to finish after SIGTERM (default 25)")
    parser.add_argument("--upstream-client", choices=("raw", "aiohttp"), default="raw",
                        help="plain-http upstreams: the gateway's keep-alive client (raw) or aiohttp's; https always uses aiohttp")
    parser.add_argument("--api-keys", default=os.environ.get("LLMOPS_GATEWAY_API_KEYS") or None,
                        help="the callers' keys Secret (a mounted directory, or a Secret manifest), watched and "
                        "reloaded: every request must carry one of its keys (default $LLMOPS_GATEWAY_API_KEYS; "
                        "unset: anyone may call)")
    parser.add_argument("--upstream-key-file", default=os.environ.get("LLMOPS_GATEWAY_UPSTREAM_KEY_FILE") or None,
                        help="a router's own key towards its targets, re-read when it changes "
                        "(default $LLMOPS_GATEWAY_UPSTREAM_KEY_FILE)")
    parser.add_argument("--grants", default=os.environ.get("LLMOPS_GATEWAY_GRANTS") or None,
                        help="the operator's budget grants file, watched and reloaded: each gateway process "
                        "spends within its own grant (default $LLMOPS_GATEWAY_GRANTS; unset: the config's allowance)")
    args = parser.parse_args(argv)
    _setup_logging(args.log_format)
    log = logging.getLogger("llmops.gateway")
    try:
        runtime = load_runtime(args.config) if args.config else quick_start_runtime(args.upstream, args.model)
    except (ValueError, OSError) as exc:
        log.error("cannot start: %s", describe(exc))
        return 2

    from llmops.gateway.app import create_app
    from llmops.gateway.auth import Authenticator, UpstreamKey

    # A key set that does not load is no reason to stop: the gateway answers 503 auth_unavailable
    # (fail closed) and /readyz says why until a good one arrives.
    auth = Authenticator(args.api_keys) if args.api_keys else None
    upstream_key = UpstreamKey(args.upstream_key_file) if args.upstream_key_file else None
    host, port = _parse_listen(args.listen)
    app = create_app(runtime, config_path=args.config, reload_interval=args.reload_interval,
                     raw_upstream_client=args.upstream_client == "raw", auth=auth, upstream_key=upstream_key,
                     grants_path=args.grants)
    factory = _event_loop_factory(args.loop)
    loop = factory() if factory else asyncio.new_event_loop()
    _tune_gc()
    log.info("gateway (%s server) listening on %s:%d, config hash %s, models %s, API keys %s",
             args.server, host, port, runtime.hash, sorted(runtime.models),
             f"from {args.api_keys}" if auth else "off (anyone may call)")
    if args.server == "aiohttp":
        from aiohttp import web

        from llmops.gateway.aiohttp_server import aiohttp_app

        web.run_app(aiohttp_app(app), host=host, port=port, access_log=None, print=None, loop=loop,
                    shutdown_timeout=args.shutdown_grace)
        return 0
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_serve(app, host, port, args.shutdown_grace))
    finally:
        loop.close()
    return 0


async def _serve(app, host: str, port: int, grace: float) -> None:
    """Serve until SIGTERM or SIGINT, then drain: stop accepting, let requests in flight finish
    (up to `grace` seconds), close the upstream client, flush the audit trail."""
    from llmops.gateway.httpserver import HttpServer

    log = logging.getLogger("llmops.gateway")
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    server = HttpServer(app.routes, app.body_limit)
    await app.startup()
    try:
        await server.start(host, port)
        await stop.wait()
        deadline = time.monotonic() + grace
        ledger = app.state.process_ledger
        if ledger is not None:  # budget grants: let the operator see this process' final spend
            from llmops.gateway.grants import last_scrape

            log.info("shutting down: settling requests in flight, then waiting for a last scrape")
            seen = await last_scrape(ledger, lambda: any(c.busy for c in server.connections), deadline)
            log.info("final spend %s %s", ledger.spent, "scraped" if seen else "not scraped before the grace ran out")
        log.info("shutting down: finishing requests in flight (up to %gs)", grace)
        await server.shutdown(max(0.0, deadline - time.monotonic()))
    finally:
        await app.cleanup()
