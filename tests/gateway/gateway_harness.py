"""Test harness: servers on loopback in background threads (the gateway itself and an aiohttp
stub upstream with exact control of its answers), the xpyd-sim simulator as a subprocess, and
a /metrics parser."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
import yaml
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families


MODEL = "test-model"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """Runs a server on 127.0.0.1 in its own event loop and thread: an aiohttp app from
    `make_app`, or whatever a subclass starts in `_start` and stops in `_stop`."""

    def __init__(self, make_app: Callable[[], web.Application] | None = None) -> None:
        self.port = 0
        self._make_app = make_app
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("server did not start")
        if self._error:
            raise self._error

    async def _start(self) -> None:
        self.runner = web.AppRunner(self._make_app(), access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        await self.runner.cleanup()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._start())
        except BaseException as exc:  # reported to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(self._stop())
        self.loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run fn in the server's loop thread and return its result."""
        async def run() -> Any:
            return fn()
        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


# --- the stub upstream ------------------------------------------------------------------------


@dataclass
class Reply:
    """What the stub answers to one request."""

    status: int = 200
    text: str = "Hello from the stub."
    chunks: list[str] | None = None  # streamed content pieces (default: words of text)
    usage: bool = True  # send usage (non-stream: in the body; stream: when asked)
    delay: float = 0.0  # before the headers
    chunk_delay: float = 0.0
    cut_after: int | None = None  # close the stream after this many content chunks
    body: bytes | None = None  # raw body instead of a completion
    stream_body: bytes | None = None  # raw event-stream bytes instead of a streamed completion
    usage_numbers: tuple[int, int] = (11, 7)


@dataclass
class Stub:
    replies: list[Reply] = field(default_factory=list)  # consumed in order; then `default`
    default: Reply = field(default_factory=Reply)
    received: list[dict] = field(default_factory=list)
    hits: int = 0

    def next_reply(self) -> Reply:
        return self.replies.pop(0) if self.replies else self.default


def stub_app(stub: Stub) -> web.Application:
    async def completion(request: web.Request) -> web.StreamResponse:
        stub.hits += 1
        body = await request.json()
        body["_path"] = request.path
        body["_headers"] = dict(request.headers)
        stub.received.append(body)
        reply = stub.next_reply()
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.body is not None or reply.status != 200:
            return web.Response(status=reply.status, body=reply.body or b'{"error": {"message": "stub says no", "type": "server_error"}}', content_type="application/json")
        chat = request.path.endswith("/chat/completions")
        if request.path.endswith("/embeddings"):
            return web.json_response({"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
                                      "model": body["model"], "usage": {"prompt_tokens": reply.usage_numbers[0], "total_tokens": reply.usage_numbers[0]}})
        usage = {"prompt_tokens": reply.usage_numbers[0], "completion_tokens": reply.usage_numbers[1],
                 "total_tokens": sum(reply.usage_numbers)}
        if not body.get("stream"):
            choice = ({"index": 0, "message": {"role": "assistant", "content": reply.text}, "finish_reason": "stop"} if chat
                      else {"index": 0, "text": reply.text, "finish_reason": "stop"})
            answer = {"id": "cmpl-stub", "object": "chat.completion" if chat else "text_completion", "created": 1,
                      "model": body["model"], "choices": [choice]}
            if reply.usage:
                answer["usage"] = usage
            return web.json_response(answer)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if reply.stream_body is not None:
            await response.write(reply.stream_body)
            return response
        pieces = reply.chunks if reply.chunks is not None else [w + " " for w in reply.text.split(" ")]

        def event(delta: dict | None, finish: str | None = None, extra: dict | None = None) -> bytes:
            choice = {"index": 0, "finish_reason": finish}
            if chat:
                choice["delta"] = delta or {}
            else:
                choice["text"] = (delta or {}).get("content", "")
            chunk = {"id": "cmpl-stub", "object": "chat.completion.chunk", "created": 1, "model": body["model"], "choices": [choice]}
            chunk.update(extra or {})
            return b"data: " + json.dumps(chunk).encode() + b"\n\n"

        if chat:
            await response.write(event({"role": "assistant", "content": ""}))
        for i, piece in enumerate(pieces):
            if reply.cut_after is not None and i >= reply.cut_after:
                request.transport.close()
                return response
            if reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
            await response.write(event({"content": piece}))
        await response.write(event({}, "stop"))
        if reply.usage and (body.get("stream_options") or {}).get("include_usage"):
            chunk = {"id": "cmpl-stub", "object": "chat.completion.chunk", "created": 1, "model": body["model"], "choices": [], "usage": usage}
            await response.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        await response.write(b"data: [DONE]\n\n")
        return response

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completion)
    app.router.add_post("/v1/completions", completion)
    app.router.add_post("/v1/embeddings", completion)
    return app


# --- the simulator ----------------------------------------------------------------------------


class Simulator:
    """xpyd-sim (PyPI), an OpenAI-compatible inference simulator, as a subprocess."""

    def __init__(self, model: str = "sim-model") -> None:
        self.port = free_port()
        self.model = model
        exe = Path(sys.executable).with_name("xpyd-sim")
        cmd = [str(exe) if exe.exists() else "xpyd-sim", "serve", "--host", "127.0.0.1", "--port", str(self.port),
               "--model", model, "--prefill-delay-ms", "0", "--decode-delay-per-token-ms", "0", "--eos-min-ratio", "1.0"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/models", timeout=1).read()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    err = self.proc.stderr.read().decode() if self.proc.poll() is not None else ""
                    self.stop()
                    raise RuntimeError(f"xpyd-sim did not start: {err[-2000:]}") from None
                time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# --- the gateway ------------------------------------------------------------------------------


class GatewayThread(ServerThread):
    """A GatewayApp served by the gateway's own HTTP server ("raw") or by aiohttp's ("aiohttp")."""

    def __init__(self, app, server: str = "raw") -> None:
        from llmops.gateway.aiohttp_server import aiohttp_app

        self.app = app
        self.kind = server
        super().__init__(lambda: aiohttp_app(app))

    async def _start(self) -> None:
        if self.kind == "aiohttp":
            await super()._start()
            return
        from llmops.gateway.httpserver import HttpServer
        self.http = HttpServer(self.app.routes, self.app.body_limit)
        await self.app.startup()
        await self.http.start("127.0.0.1", 0)
        self.port = self.http.port

    async def _stop(self) -> None:
        if self.kind == "aiohttp":
            await super()._stop()
            return
        await self.http.shutdown(5)
        await self.app.cleanup()


class Gateway:
    """The gateway app from a config dict, reading its config from a file it watches. Served by
    the gateway's own HTTP server unless `server="aiohttp"` (or $LLMOPS_TEST_GATEWAY_SERVER)."""

    def __init__(self, config: dict[str, Any], directory: Path, reload_interval: float = 0.05, raw_upstream_client: bool = True,
                 server: str | None = None, grants: bool = False) -> None:
        from llmops.gateway.app import create_app
        from llmops.gateway.audit import AuditLog
        from llmops.gateway.reload import load_runtime

        self.directory = directory
        self.config_path = directory / "gateway.yaml"
        self.generation = 0
        self.write_config(config, atomic_symlink=True)
        self._audit: list[dict] = []
        runtime = load_runtime(self.config_path)
        # grants: per-process budget grants from a file (written with write_grants), as in a pod
        self.grants_path = directory / "grants" / "grants.yaml" if grants else None
        self.app = create_app(runtime, config_path=self.config_path, reload_interval=reload_interval,
                              audit=AuditLog(sink=lambda line: self._audit.append(json.loads(line))),
                              raw_upstream_client=raw_upstream_client, grants_path=self.grants_path)
        self.server = GatewayThread(self.app, server or os.environ.get("LLMOPS_TEST_GATEWAY_SERVER", "raw"))

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def audit(self) -> list[dict]:
        """The audit records so far. The gateway sends an answer before it writes the record,
        so a client can hold the answer a moment before the record exists: one turn of the
        server's loop first lets the handlers of the answers already received finish."""
        self.server.call(lambda: None)
        return self._audit

    @property
    def state(self):
        return self.app.state

    def write_config(self, config: dict[str, Any] | str, atomic_symlink: bool = True) -> None:
        """Swap the config the way kubelet updates a mounted ConfigMap: a new timestamped
        directory, then an atomic rename of the `..data` symlink."""
        self.generation += 1
        text = config if isinstance(config, str) else yaml.safe_dump(config)
        gen_dir = self.directory / f"..gen_{self.generation}"
        gen_dir.mkdir()
        (gen_dir / "gateway.yaml").write_text(text)
        tmp_link = self.directory / "..data_tmp"
        if tmp_link.is_symlink():
            tmp_link.unlink()
        os.symlink(gen_dir.name, tmp_link)
        os.replace(tmp_link, self.directory / "..data")
        if not self.config_path.is_symlink():
            os.symlink("..data/gateway.yaml", self.config_path)

    def write_grants(self, ceiling: str | None, serial: int = 1, **extra: Any) -> None:
        """Grant this process `ceiling` (None: a grants file without a grant for it), then wait
        until the gateway enforces it."""
        ledger = self.state.process_ledger
        grants = [{"pod": ledger.pod, "epoch": ledger.epoch, "ceiling": ceiling}] if ceiling is not None else []
        doc = {"deployment": "test-llm", "window": "2026-12", "resetsAt": "2027-01-01T00:00:00+00:00",
               "serial": serial, "grants": grants, **extra}
        self.grants_path.parent.mkdir(exist_ok=True)
        tmp = self.grants_path.with_suffix(".tmp")
        tmp.write_text(yaml.safe_dump(doc))
        os.replace(tmp, self.grants_path)
        if not wait_until(lambda: ledger.serial == serial, 10):
            raise AssertionError(f"the gateway did not load grants serial {serial}")

    def metrics(self) -> dict[tuple[str, frozenset], float]:
        text = urllib.request.urlopen(f"{self.url}/metrics").read().decode()
        return parse_metrics(text)

    def stop(self) -> None:
        self.server.stop()


def parse_metrics(text: str) -> dict[tuple[str, frozenset], float]:
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def metric(samples: dict, name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include `labels`."""
    want = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and want <= ls)


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Poll until true (no timing assertion: the timeout is only a bound on a hang)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def base_config(upstream_url: str, model: str = MODEL, **extra) -> dict:
    config = {"deployment": "test-llm", "models": [model], "upstreams": [{"name": "main", "url": upstream_url}],
              "audit": {"enabled": True, "bodies": "Redacted"}}
    config.update(extra)
    return config


def client(gw: Gateway, **kwargs) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gw.url}/v1", api_key="test-key", max_retries=0, **kwargs)


def async_client(gw: Gateway, **kwargs) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=f"{gw.url}/v1", api_key="test-key", max_retries=0, **kwargs)
