"""CPU per request of the gateway's request path, in one process and without sockets: the
bench's request runs through the real handler (every stage, the bookkeeping and the audit line
included) against an upstream stub that answers at once; `out` keeps the answer. What it leaves
out: the HTTP server's parsing, the socket calls and the event loop's wake-ups.

Steadier than the c=1 load test on a noisy machine (the minimum of several repeats of a few
thousand requests), so it is the figure to compare code changes by; the load test
(run.py) is the figure the targets are judged by.

    python3 bench/gateway/inproc.py [--requests 3000] [--repeats 7] [--cpu] [--auth]

--cpu times the thread's CPU (time.thread_time) instead of the wall clock: on a machine shared
with other work, time spent descheduled is then not counted. Paired comparisons of two commits
run this script of each commit in turn (see docs/benchmarks.md).

--auth puts the API-key stage in front (a key set of 1000 records in a Secret-shaped directory,
the request carrying one of them; keys without limits of their own, so the rate limits are the
deployment's as without auth): the difference is what the stage adds to the whole path.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from bodies import ANSWER, chat_request  # noqa: E402

from llmops.api.gateway_config import GatewayConfig  # noqa: E402
from llmops.gateway.app import create_app  # noqa: E402
from llmops.gateway.audit import AuditLog  # noqa: E402
from llmops.gateway.httpserver import Request  # noqa: E402
from llmops.gateway.runtime import build_runtime  # noqa: E402

HEADERS = {"content-type": "application/json", "authorization": f"Bearer {run.API_KEY}", "x-api-key": "bench-key",
           "x-user-id": "user-42", "host": "127.0.0.1:19004", "content-length": str(len(chat_request()))}


class _Answer:
    status = 200

    async def read(self) -> bytes:
        return ANSWER.encode()

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Upstream:
    async def post(self, base_url: str, path: str, body: bytes, headers: dict[str, str]) -> _Answer:
        return _Answer()

    async def close(self) -> None:
        pass


class _Out:
    def __init__(self) -> None:
        self.status = 0

    async def send(self, status: int, body: bytes, headers=None, content_type: str = "application/json") -> None:
        self.status = status


def _key_set(directory: str, n: int = 1000) -> str:
    """A keys Secret of n records as a directory; the key of one of them."""
    from llmops.api import apikeys
    from llmops.api.apikeys import KeyRecord

    key = ""
    for i in range(n):
        plain = apikeys.new_key(f"key-{i:05d}")
        key = key or plain
        Path(directory, f"key-{i:05d}").write_text(
            apikeys.record_json(KeyRecord(sha256=apikeys.key_digest(plain), team=f"team-{i % 40}")))
    return key


async def _measure(features: bool, requests: int, repeats: int, clock=time.perf_counter,
                   keys: tuple[str, str] | None = None) -> float:
    """`keys`: (the keys directory, a key in it) to measure with the API-key stage."""
    sink = io.StringIO()
    headers = dict(HEADERS)
    auth = None
    if keys is not None:
        from llmops.gateway.auth import Authenticator
        auth = Authenticator(keys[0])
        headers["authorization"] = f"Bearer {keys[1]}"
    extra = {"auth": auth} if auth is not None else {}  # an older tree's create_app has no auth
    app = create_app(build_runtime(GatewayConfig.model_validate(run.gateway_config(features))), audit=AuditLog(stream=sink), **extra)
    app.state.client = _Upstream()
    handler = app.routes["/v1/chat/completions"]["POST"]
    body = chat_request()
    best = float("inf")
    for _ in range(repeats):
        out = _Out()
        started = clock()
        for _ in range(requests):
            await handler(Request("POST", "/v1/chat/completions", "", dict(headers), body, "127.0.0.1"), out)
            if out.status != 200:
                raise RuntimeError(f"status {out.status}")
        await asyncio.sleep(0)  # the audit lines of the last turn
        best = min(best, (clock() - started) / requests)
        sink.seek(0)
        sink.truncate()
    return best * 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--cpu", action="store_true", help="thread CPU time instead of wall time")
    parser.add_argument("--auth", action="store_true", help="with the API-key stage (1000 keys)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as directory:
        keys = (directory, _key_set(directory)) if args.auth else None
        _run(args, keys)
    return 0


def _run(args: argparse.Namespace, keys: tuple[str, str] | None) -> None:
    clock = time.thread_time if args.cpu else time.perf_counter
    try:
        import uvloop
        loop = uvloop.new_event_loop()
    except ImportError:
        loop = asyncio.new_event_loop()
    for features in (False, True):
        us = loop.run_until_complete(_measure(features, args.requests, args.repeats, clock, keys))
        what = "CPU" if args.cpu else "wall"
        label = ("every feature on" if features else "features off") + (", API keys" if keys else "")
        print(f"{label}: {us:.1f} us {what} per request (best of {args.repeats} x {args.requests})")


if __name__ == "__main__":
    sys.exit(main())
