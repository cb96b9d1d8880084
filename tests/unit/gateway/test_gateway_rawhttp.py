"""The raw keep-alive HTTP/1.1 client (rawhttp.py) against a scripted upstream on loopback:
each test says byte for byte what the upstream answers, and when."""

from __future__ import annotations

import asyncio
import gzip
import socket
from collections.abc import Awaitable, Callable

import pytest

from llmops.gateway.rawhttp import HttpClientError, RawPool, parse_endpoint

Script = Callable[[int, int, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[bool]]


class Upstream:
    """Answers each request with `script(connection number, request number on it, reader,
    writer)`; the script returns False to stop serving that connection."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.requests: list[bytes] = []

    async def __aenter__(self) -> Upstream:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/v1"
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        on_this = 0
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
                self.requests.append(head + await reader.readexactly(length))
                on_this += 1
                if not await self.script(number, on_this, reader, writer):
                    return
        finally:
            writer.close()


def answer(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s" % (len(body), extra, body)


def chunked(*pieces: bytes, trailer: bytes = b"") -> bytes:
    out = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    for piece in pieces:
        out += b"%x;ext=1\r\n%s\r\n" % (len(piece), piece)
    return out + b"0\r\n" + trailer + b"\r\n"


def reply_with(data: bytes, keep: bool = True) -> Script:
    async def script(conn, n, reader, writer) -> bool:
        writer.write(data)
        await writer.drain()
        return keep
    return script


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(test())


def test_endpoint_parsing():
    assert parse_endpoint("http://vllm:8000/v1") == parse_endpoint("http://vllm:8000/v1/")
    ep = parse_endpoint("http://vllm:8000/v1")
    assert (ep.host, ep.port, ep.prefix, ep.host_header) == ("vllm", 8000, b"/v1", b"vllm:8000")
    assert parse_endpoint("http://svc").port == 80 and parse_endpoint("http://svc").prefix == b""
    v6 = parse_endpoint("http://[::1]:9000/x")
    assert (v6.host, v6.port, v6.prefix) == ("::1", 9000, b"/x")
    with pytest.raises(ValueError):
        parse_endpoint("https://api.example.com/v1")


def test_content_length_body_and_the_request_sent():
    async def test():
        async with Upstream(reply_with(answer(b'{"ok": true}'))) as up:
            pool = RawPool()
            response = await pool.post(up.url, "/chat/completions", b'{"model": "m"}', {"Content-Type": "application/json", "X-Request-Id": "req_1"})
            assert response.status == 200
            assert await response.read() == b'{"ok": true}'
            sent = up.requests[0]
            assert sent.startswith(b"POST /v1/chat/completions HTTP/1.1\r\n")
            assert b"\r\nHost: 127.0.0.1:" in sent and b"\r\nContent-Length: 14\r\n" in sent and b"\r\nX-Request-Id: req_1\r\n" in sent
            assert sent.endswith(b'\r\n\r\n{"model": "m"}')
            pool.close()
    run(test)


def test_chunked_body_with_extensions_and_trailers_split_byte_by_byte():
    data = chunked(b'{"a": ', b'"hello"}', trailer=b"X-Trailer: 1\r\n")

    async def dribble(conn, n, reader, writer) -> bool:
        for i in range(len(data)):
            writer.write(data[i : i + 1])
            await writer.drain()
        return True

    async def test():
        async with Upstream(dribble) as up:
            pool = RawPool()
            first = await pool.post(up.url, "/x", b"{}", {})
            assert await first.read() == b'{"a": "hello"}'
            second = await pool.post(up.url, "/x", b"{}", {})
            assert await second.read() == b'{"a": "hello"}'
            assert up.connections == 1 and pool.opened == 1, "the terminator and trailer were consumed: the connection was reused"
            pool.close()
    run(test)


def test_keep_alive_reuses_one_connection():
    async def test():
        async with Upstream(reply_with(answer(b"{}"))) as up:
            pool = RawPool()
            for _ in range(5):
                response = await pool.post(up.url, "/x", b"{}", {})
                assert await response.read() == b"{}"
            assert up.connections == 1 and pool.opened == 1 and len(up.requests) == 5
            pool.close()
    run(test)


def test_connection_close_answer_is_not_reused():
    async def test():
        async with Upstream(reply_with(answer(b"{}", b"Connection: close\r\n"), keep=False)) as up:
            pool = RawPool()
            for _ in range(2):
                assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"{}"
            assert up.connections == 2
            pool.close()
    run(test)


def test_upstream_closing_an_idle_connection_is_noticed():
    async def test():
        # answers without saying so, then closes: the pool must not hand that connection out
        async with Upstream(reply_with(answer(b"{}"), keep=False)) as up:
            pool = RawPool()
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"{}"
            await asyncio.sleep(0)  # let the loop deliver the EOF (no timing is asserted)
            for _ in range(20):
                if up.connections == 1 and not pool._idle[("127.0.0.1", int(up.url.split(":")[2].split("/")[0]))][-1].usable:
                    break
                await asyncio.sleep(0.01)
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"{}"
            assert up.connections == 2 and len(up.requests) == 2
            pool.close()
    run(test)


def test_reused_connection_closed_without_an_answer_is_retried_once_on_a_fresh_one():
    async def script(conn, n, reader, writer) -> bool:
        if conn == 1 and n == 2:
            writer.transport.abort()  # read the request, answered nothing (an idle-timeout race)
            return False
        writer.write(answer(b'{"n": %d}' % conn))
        await writer.drain()
        return True

    async def test():
        async with Upstream(script) as up:
            pool = RawPool()
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b'{"n": 1}'
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b'{"n": 2}'
            assert up.connections == 2
            pool.close()
    run(test)


def test_fresh_connection_closed_without_an_answer_is_an_error():
    async def script(conn, n, reader, writer) -> bool:
        return False

    async def test():
        async with Upstream(script) as up:
            pool = RawPool()
            with pytest.raises(HttpClientError):
                await pool.post(up.url, "/x", b"{}", {})
            assert up.connections == 1, "a request on a fresh connection is never sent twice"
    run(test)


def test_body_cut_short_is_an_error():
    async def test():
        async with Upstream(reply_with(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial", keep=False)) as up:
            response = await RawPool().post(up.url, "/x", b"{}", {})
            with pytest.raises(HttpClientError):
                await response.read()
        async with Upstream(reply_with(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc", keep=False)) as up:
            response = await RawPool().post(up.url, "/x", b"{}", {})
            with pytest.raises(HttpClientError):
                await response.read()
    run(test)


def test_body_until_close_and_http_1_0():
    async def test():
        async with Upstream(reply_with(b"HTTP/1.1 200 OK\r\n\r\nuntil the end", keep=False)) as up:
            pool = RawPool()
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"until the end"
            assert not any(pool._idle.values())
        async with Upstream(reply_with(answer(b"{}").replace(b"HTTP/1.1", b"HTTP/1.0"))) as up:
            pool = RawPool()
            for _ in range(2):
                assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"{}"
            assert up.connections == 2, "HTTP/1.0 without keep-alive closes"
    run(test)


def test_streaming_passes_pieces_through_as_they_arrive():
    async def test():
        seen = asyncio.Event()

        async def script(conn, n, reader, writer) -> bool:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            writer.write(b"%x\r\n%s\r\n" % (len(b"data: one\n\n"), b"data: one\n\n"))
            await writer.drain()
            await seen.wait()  # the second piece only goes out once the client has the first
            writer.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(b"data: two\n\n"), b"data: two\n\n"))
            await writer.drain()
            return True

        async with Upstream(script) as up:
            pool = RawPool()
            response = await pool.post(up.url, "/x", b"{}", {})
            assert await response.chunk() == b"data: one\n\n"
            seen.set()
            assert await response.chunk() == b"data: two\n\n"
            assert await response.chunk() == b""
            response.release()
            again = await pool.post(up.url, "/x", b"{}", {})
            seen.set()
            assert await again.read() == b"data: one\n\ndata: two\n\n"
            assert up.connections == 1
            pool.close()
    run(test)


def test_release_after_the_last_event_keeps_the_connection_when_the_terminator_is_buffered():
    async def test():
        async with Upstream(reply_with(chunked(b"data: [DONE]\n\n"))) as up:
            pool = RawPool()
            response = await pool.post(up.url, "/x", b"{}", {})
            assert await response.chunk() == b"data: [DONE]\n\n"
            for _ in range(20):  # the terminator may come in its own packet
                if up.requests and response._conn is not None and response._conn.buffer.endswith(b"0\r\n\r\n"):
                    break
                await asyncio.sleep(0.01)
            response.release()
            assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"data: [DONE]\n\n"
            assert up.connections == 1
            pool.close()
    run(test)


async def until(predicate, turns: int = 500) -> None:
    """Let the loop run until predicate() holds (bounded; no timing is asserted)."""
    for _ in range(turns):
        if predicate():
            return
        await asyncio.sleep(0.002)


def idle_count(pool: RawPool) -> int:
    return sum(len(idle) for idle in pool._idle.values())


def test_terminator_arriving_after_release_is_read_in_the_background():
    async def test():
        later = asyncio.Event()

        async def script(conn, n, reader, writer) -> bool:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\ne\r\ndata: [DONE]\n\n\r\n")
            await writer.drain()
            await later.wait()  # the terminator only once the client has released the answer
            later.clear()
            writer.write(b"0\r\n\r\n")
            await writer.drain()
            return True

        async with Upstream(script) as up:
            pool = RawPool()
            for _ in range(2):
                response = await pool.post(up.url, "/x", b"{}", {})
                assert await response.chunk() == b"data: [DONE]\n\n"
                response.release()
                assert idle_count(pool) == 0, "not back before its terminator"
                later.set()
                await until(lambda: idle_count(pool) == 1)
                assert idle_count(pool) == 1
            assert up.connections == 1
            pool.close()
    run(test)


def test_a_released_answer_that_never_ends_loses_its_connection():
    async def test():
        async def script(conn, n, reader, writer) -> bool:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\ne\r\ndata: [DONE]\n\n\r\n")
            await writer.drain()
            await reader.read()  # never sends the terminator
            return False

        async with Upstream(script) as up:
            pool = RawPool()
            pool.finish_timeout = 0.01
            response = await pool.post(up.url, "/x", b"{}", {})
            assert await response.chunk() == b"data: [DONE]\n\n"
            response.release()
            await until(lambda: not pool._finishing)
            assert not pool._finishing and idle_count(pool) == 0
            assert await (await pool.post(up.url, "/x", b"{}", {})).chunk() == b"data: [DONE]\n\n"
            assert up.connections == 2
            pool.close()
    run(test)


def test_close_mid_body_drops_the_connection():
    async def test():
        async with Upstream(reply_with(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345")) as up:
            pool = RawPool()
            response = await pool.post(up.url, "/x", b"{}", {})
            assert await response.chunk() == b"12345"
            response.close()
            assert not any(pool._idle.values())
            with pytest.raises(HttpClientError):
                await response.chunk()
    run(test)


def test_gzip_body_is_decoded_and_interim_answers_skipped():
    packed = gzip.compress(b'{"zipped": true}')

    async def test():
        data = b"HTTP/1.1 100 Continue\r\n\r\n" + answer(packed, b"Content-Encoding: gzip\r\n")
        async with Upstream(reply_with(data)) as up:
            response = await RawPool().post(up.url, "/x", b"{}", {})
            assert response.status == 200
            assert await response.read() == b'{"zipped": true}'
    run(test)


def test_no_body_statuses_and_error_statuses():
    async def test():
        async with Upstream(reply_with(b"HTTP/1.1 204 No Content\r\n\r\n")) as up:
            response = await RawPool().post(up.url, "/x", b"{}", {})
            assert response.status == 204 and await response.read() == b""
        async with Upstream(reply_with(answer(b'{"error": "no"}').replace(b"200 OK", b"503 Service Unavailable"))) as up:
            response = await RawPool().post(up.url, "/x", b"{}", {})
            assert response.status == 503 and await response.read() == b'{"error": "no"}'
    run(test)


@pytest.mark.parametrize("data", [b"SSH-2.0-OpenSSH\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n",
                                  b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 2\r\n\r\n{}"])
def test_not_http_or_unreadable_is_an_error(data):
    async def test():
        async with Upstream(reply_with(data, keep=False)) as up:
            pool = RawPool()
            with pytest.raises(HttpClientError):
                await pool.post(up.url, "/x", b"{}", {})
            assert not any(pool._idle.values())
    run(test)


def test_connection_refused_is_an_os_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def test():
        with pytest.raises(OSError):
            await RawPool().post(f"http://127.0.0.1:{port}/v1", "/x", b"{}", {})
    run(test)


def test_cancelled_while_waiting_drops_the_connection():
    async def test():
        async def silent(conn, n, reader, writer) -> bool:
            await reader.read()  # never answers; returns when the client closes
            return False

        async with Upstream(silent) as up:
            pool = RawPool()
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.05):
                    await pool.post(up.url, "/x", b"{}", {})
            assert not any(pool._idle.values())
    run(test)


def test_connections_idle_past_the_timeout_are_not_reused():
    async def test():
        async with Upstream(reply_with(answer(b"{}"))) as up:
            pool = RawPool(idle_timeout=0.0)  # every idle connection is already too old
            for _ in range(2):
                assert await (await pool.post(up.url, "/x", b"{}", {})).read() == b"{}"
            assert up.connections == 2 and pool.opened == 2
            pool.close()
    run(test)
