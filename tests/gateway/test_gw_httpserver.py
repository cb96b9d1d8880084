"""The gateway's own HTTP/1.1 server (httpserver.py) on loopback. Raw sockets drive it so the
bytes on the wire are checked exactly; httpx drives it for ordinary use. Each test serves on its
own event loop in a thread, once on the standard loop and once on uvloop (the gateway's default
when installed). Waits are bounded by socket and future timeouts; no test asserts a duration."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import json
import queue
import socket
import struct
import threading
from dataclasses import dataclass

import httpx
import pytest

from llmops.gateway.httpserver import MAX_HEAD, HttpServer, Request

try:
    import uvloop
except ImportError:  # pragma: no cover - uvloop is a dependency on Linux
    uvloop = None

LOOPS = {"asyncio": asyncio.new_event_loop}
if uvloop is not None:
    LOOPS["uvloop"] = uvloop.new_event_loop

LIMIT = 1024  # the body limit of every server here
WAIT = 5.0  # the bound on any single wait


# --- handlers ----------------------------------------------------------------------------


def describe(request: Request) -> bytes:
    return json.dumps({
        "method": request.method, "path": request.path, "query": request.query, "version": request.version,
        "headers": request.headers, "body": request.body.decode("latin-1"), "too_large": request.too_large,
    }).encode()


async def echo(request: Request, out) -> None:
    await out.send(200, describe(request), headers={"X-Served-By": "echo"})


async def slow_echo(request: Request, out) -> None:
    await asyncio.sleep(int(request.query or "50") / 1000)
    await out.send(200, describe(request))


async def stream(request: Request, out) -> None:
    await out.start_stream(200, {"Content-Type": "text/plain"})
    for piece in (b"hello", b"", b" ", b"world" * 10):
        await out.write(piece)
    await out.end_stream()


ROUTES = {
    "/echo": {"GET": echo, "POST": echo},
    "/slow": {"GET": slow_echo, "POST": slow_echo},
    "/stream": {"GET": stream},
}


# --- the server in a thread, and a raw client -------------------------------------------


class Served:
    """An HttpServer on its own event loop in a thread. Errors the loop reports (an exception
    out of a protocol callback, say) are kept in `loop_errors`."""

    def __init__(self, new_loop, routes, **kwargs) -> None:
        self.loop = new_loop()
        self.loop_errors: list[dict] = []
        self.loop.set_exception_handler(lambda loop, context: self.loop_errors.append(context))
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server = HttpServer(routes, lambda: LIMIT, **kwargs)
        self.run(self.server.start("127.0.0.1", 0))
        self.port = self.server.port
        self.url = f"http://127.0.0.1:{self.port}"

    def submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro):
        return self.submit(coro).result(WAIT)

    def connections(self) -> int:
        async def count() -> int:
            return len(self.server.connections)
        return self.run(count())

    def open_connections_after_settling(self) -> int:
        """The server's open connections, once none is left or after a second."""
        async def count() -> int:
            for _ in range(100):
                if not self.server.connections:
                    break
                await asyncio.sleep(0.01)
            return len(self.server.connections)
        return self.run(count())

    def connect(self) -> Raw:
        return Raw(self.port)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.run(self.server.shutdown(0.5))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(WAIT)
        self.loop.close()


@dataclass
class Reply:
    status: int
    head: bytes  # status line and fields, as sent
    headers: dict[str, str]  # lower-case names, repeats joined
    body: bytes  # decoded
    wire_body: bytes  # as sent (chunked framing included)

    def json(self):
        return json.loads(self.body)


class Raw:
    """A blocking socket with a read buffer; every read times out after WAIT."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        self.buf = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _more(self) -> None:
        data = self.sock.recv(1 << 16)
        if not data:
            raise EOFError(f"connection closed; unread: {self.buf[:200]!r}")
        self.buf += data

    def read_until(self, sep: bytes) -> bytes:
        while (i := self.buf.find(sep)) < 0:
            self._more()
        out, self.buf = self.buf[: i + len(sep)], self.buf[i + len(sep) :]
        return out

    def read_exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            self._more()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def read_to_close(self) -> bytes:
        with contextlib.suppress(EOFError):
            while True:
                self._more()
        out, self.buf = self.buf, b""
        return out

    def reply(self) -> Reply:
        head = self.read_until(b"\r\n\r\n")[:-4]
        status_line, *fields = head.split(b"\r\n")
        version, status, _ = status_line.split(b" ", 2)
        assert version == b"HTTP/1.1"
        headers: dict[str, str] = {}
        for field in fields:
            name, _, value = field.decode("latin-1").partition(":")
            key = name.lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
        code = int(status)
        if code < 200:
            return Reply(code, head, headers, b"", b"")
        if headers.get("transfer-encoding") == "chunked":
            assert "content-length" not in headers
            body: list[bytes] = []
            wire: list[bytes] = []
            while True:
                line = self.read_until(b"\r\n")
                size = int(line[:-2], 16)
                data = self.read_exactly(size + 2)
                assert data[-2:] == b"\r\n"
                wire += (line, data)
                body.append(data[:-2])
                if size == 0:
                    return Reply(code, head, headers, b"".join(body), b"".join(wire))
        if "content-length" in headers:
            body = self.read_exactly(int(headers["content-length"]))
            return Reply(code, head, headers, body, body)
        body = self.read_to_close()  # HTTP/1.0 style: the body ends with the connection
        return Reply(code, head, headers, body, body)

    def expect_closed(self) -> None:
        """The server closes the connection (FIN or reset) without sending anything more."""
        with contextlib.suppress(ConnectionResetError):
            while data := self.sock.recv(1 << 16):
                self.buf += data
        assert self.buf == b"", f"unexpected bytes before the close: {self.buf[:300]!r}"

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(params=list(LOOPS))
def serve(request):
    """serve(routes=ROUTES, **HttpServer options) -> Served; everything is stopped afterwards,
    and the loop must not have reported an error."""
    started: list[Served] = []
    clients: list[Raw] = []

    def make(routes=None, **kwargs) -> Served:
        served = Served(LOOPS[request.param], ROUTES if routes is None else routes, **kwargs)
        original = served.connect

        def connect() -> Raw:
            raw = original()
            clients.append(raw)
            return raw

        served.connect = connect
        started.append(served)
        return served

    yield make
    for raw in clients:
        raw.close()
    for served in started:
        served.close()
    for served in started:
        assert served.loop_errors == [], served.loop_errors


def get(path: str, extra: bytes = b"", version: bytes = b"1.1") -> bytes:
    return b"GET %s HTTP/%s\r\nHost: gw\r\n%s\r\n" % (path.encode(), version, extra)


def post(path: str, body: bytes, extra: bytes = b"") -> bytes:
    return b"POST %s HTTP/1.1\r\nHost: gw\r\nContent-Length: %d\r\n%s\r\n%s" % (path.encode(), len(body), extra, body)


def chunked_post(path: str, *pieces: bytes, extra: bytes = b"") -> bytes:
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces if p) + b"0\r\n\r\n"
    return b"POST %s HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n%s\r\n%s" % (path.encode(), extra, body)


def error_of(reply: Reply) -> dict:
    assert reply.headers["content-type"] == "application/json"
    assert int(reply.headers["content-length"]) == len(reply.body)
    payload = reply.json()
    assert set(payload) == {"error"}
    assert payload["error"]["message"]
    return payload["error"]


# --- ordinary use ------------------------------------------------------------------------


def test_httpx_get_and_post_on_one_keep_alive_connection(serve):
    s = serve()
    with httpx.Client(base_url=s.url, timeout=WAIT) as client:
        r = client.get("/echo", params={"q": "1"})
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/json"
        assert r.headers["x-served-by"] == "echo"
        assert r.headers["date"].endswith(" GMT")
        assert r.json()["query"] == "q=1" and r.json()["method"] == "GET"
        r = client.post("/echo", json={"model": "m", "x": "\u00e9"})
        assert json.loads(r.json()["body"].encode("latin-1")) == {"model": "m", "x": "\u00e9"}
        assert r.json()["headers"]["content-type"] == "application/json"
        r = client.post("/echo", content=iter([b"chu", b"nked"]))  # httpx sends an iterator chunked
        assert r.json()["body"] == "chunked"
        assert r.json()["headers"]["transfer-encoding"] == "chunked"
        assert s.connections() == 1  # all three on the same connection


def test_httpx_reads_a_streamed_answer(serve):
    s = serve()
    with httpx.Client(base_url=s.url, timeout=WAIT) as client:
        with client.stream("GET", "/stream") as r:
            assert r.headers["transfer-encoding"] == "chunked"
            assert b"".join(r.iter_bytes()) == b"hello world" + b"world" * 9
        assert client.get("/echo").status_code == 200


# --- connection management ---------------------------------------------------------------


def test_keep_alive_serves_several_requests_on_one_connection(serve):
    s = serve()
    c = s.connect()
    for i in range(5):
        c.send(post("/echo", b"body %d" % i))
        reply = c.reply()
        assert reply.status == 200
        assert "connection" not in reply.headers
        assert reply.json()["body"] == f"body {i}"
    assert s.connections() == 1


def test_pipelined_requests_are_served_one_at_a_time_and_answered_in_order(serve):
    events: list[str] = []

    async def tracked(request: Request, out) -> None:
        events.append("start " + request.body.decode())
        await asyncio.sleep(int(request.query) / 1000)  # the first one is the slowest
        events.append("end " + request.body.decode())
        await out.send(200, request.body)

    s = serve({"/t": {"POST": tracked}, "/echo": {"POST": echo}})
    c = s.connect()
    c.send(post("/t?60", b"one") + chunked_post("/echo", b"tw", b"o") + get("/missing") + post("/t?0", b"three")
           + post("/t?20", b"four"))
    assert c.reply().body == b"one"
    assert c.reply().json()["body"] == "two"
    assert c.reply().status == 404
    assert c.reply().body == b"three"
    assert c.reply().body == b"four"
    assert events == ["start one", "end one", "start three", "end three", "start four", "end four"]
    c.send(get("/echo"))  # still open
    assert c.reply().status == 405


def test_thousands_of_pipelined_requests_the_server_answers_itself(serve):
    # 404s are answered without a handler; they must not nest one call per request.
    s = serve()
    c = s.connect()
    count = 2000
    c.send(get("/missing") * count + get("/echo"))
    statuses = [c.reply().status for _ in range(count + 1)]
    assert statuses == [404] * count + [200]
    c.send(get("/echo"))
    assert c.reply().status == 200


def test_a_pipelining_client_far_ahead_of_the_server_gets_every_answer(serve):
    # More than a request head of data waiting: reading pauses while a request is served and
    # resumes after; nothing is lost or reordered.
    s = serve()
    c = s.connect()
    bodies = [(b"%04d" % i) * 200 for i in range(300)]  # 800 bytes each, ~250 KiB in all
    sender = threading.Thread(target=c.send, args=(b"".join(post("/slow?0", b) for b in bodies),))
    sender.start()
    got = [c.reply().json()["body"].encode() for _ in bodies]
    sender.join(WAIT)
    assert got == bodies


def test_connection_close_is_answered_then_closed(serve):
    s = serve()
    c = s.connect()
    c.send(get("/echo", b"Connection: close\r\n"))
    reply = c.reply()
    assert reply.status == 200
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_http_1_0_is_answered_then_closed(serve):
    s = serve()
    c = s.connect()
    c.send(get("/echo", b"Connection: keep-alive\r\n", version=b"1.0"))
    reply = c.reply()
    assert reply.status == 200
    assert reply.json()["version"] == "1.0"
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_streamed_answer_to_http_1_0_is_not_chunked_and_ends_with_the_connection(serve):
    s = serve()
    c = s.connect()
    c.send(get("/stream", version=b"1.0"))
    reply = c.reply()  # no length, no chunking: read to the close
    assert reply.status == 200
    assert "transfer-encoding" not in reply.headers and "content-length" not in reply.headers
    assert reply.headers["connection"] == "close"
    assert reply.wire_body == b"hello world" + b"world" * 9


def test_half_closed_client_gets_every_pipelined_answer_then_the_close(serve):
    s = serve()
    c = s.connect()
    c.send(get("/slow?30") + get("/slow?0") + get("/missing"))
    c.sock.shutdown(socket.SHUT_WR)
    assert [c.reply().status for _ in range(3)] == [200, 200, 404]
    c.expect_closed()


def test_half_closed_client_with_an_incomplete_request_is_closed(serve):
    s = serve()
    c = s.connect()
    c.send(post("/echo", b"full") + b"POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nhalf")
    c.sock.shutdown(socket.SHUT_WR)
    assert c.reply().json()["body"] == "full"
    c.expect_closed()


def test_absolute_form_target_is_routed_by_its_path(serve):
    s = serve()
    c = s.connect()
    c.send(b"GET http://gw.example:8080/echo?x=1 HTTP/1.1\r\nHost: gw.example\r\n\r\n")
    reply = c.reply()
    assert (reply.json()["path"], reply.json()["query"]) == ("/echo", "x=1")


# --- request bodies ----------------------------------------------------------------------


def test_expect_100_continue_is_answered_before_the_body_is_sent(serve):
    s = serve()
    c = s.connect()
    c.send(b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n")
    assert c.read_until(b"\r\n\r\n") == b"HTTP/1.1 100 Continue\r\n\r\n"
    c.send(b"hello world")
    reply = c.reply()
    assert reply.status == 200 and reply.json()["body"] == "hello world"
    c.send(get("/echo"))  # the connection goes on
    assert c.reply().status == 200


def test_expect_100_continue_with_a_chunked_body(serve):
    s = serve()
    c = s.connect()
    c.send(b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\nExpect: 100-Continue\r\n\r\n")
    assert c.read_until(b"\r\n\r\n") == b"HTTP/1.1 100 Continue\r\n\r\n"
    c.send(b"3\r\nabc\r\n0\r\n\r\n")
    assert c.reply().json()["body"] == "abc"


def test_expect_100_continue_with_too_large_a_body_gets_the_handlers_answer_and_close(serve):
    s = serve()
    c = s.connect()
    c.send(b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n" % (LIMIT + 1))
    reply = c.reply()
    assert reply.status == 200  # the handler's answer, not "100 Continue"
    assert reply.json()["too_large"] is True and reply.json()["body"] == ""
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_body_at_the_limit_is_read_and_one_over_it_is_not(serve):
    s = serve()
    c = s.connect()
    c.send(post("/echo", b"x" * LIMIT))
    reply = c.reply()
    assert reply.json()["too_large"] is False and len(reply.json()["body"]) == LIMIT
    c.send(post("/echo", b"x" * (LIMIT + 1)))
    reply = c.reply()
    assert reply.json()["too_large"] is True and reply.json()["body"] == ""
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_chunked_body_over_the_limit_is_too_large_and_closes(serve):
    s = serve()
    c = s.connect()
    c.send(chunked_post("/echo", b"a" * 1000, b"b" * 1000))
    reply = c.reply()
    assert reply.json()["too_large"] is True and reply.json()["body"] == ""
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_chunked_body_arriving_in_pieces(serve):
    s = serve()
    c = s.connect()
    wire = chunked_post("/echo", b"hello", b" ", b"chunked world", extra=b"Trailer: X-Sum\r\n")
    wire = wire.replace(b"1\r\n \r\n", b"1;ext=1\r\n \r\n").replace(b"0\r\n\r\n", b"0\r\nX-Sum: 7\r\n\r\n")
    for i in range(0, len(wire), 7):  # small writes; the server may see them in any grouping
        c.send(wire[i : i + 7])
    reply = c.reply()
    assert reply.json()["body"] == "hello chunked world"
    c.send(get("/echo"))
    assert c.reply().status == 200


def test_chunked_body_split_between_cr_and_lf_after_data(serve):
    s = serve()
    c = s.connect()
    head = b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n"
    c.send(head + b"5\r\nhello\r")
    assert s.run(asyncio.sleep(0.05, "settled")) == "settled"  # the server has read the piece alone
    c.send(b"\n0\r\n\r\n")
    assert c.reply().json()["body"] == "hello"


# --- refusals ----------------------------------------------------------------------------

SMUGGLED = get("/echo", b"X-Smuggled: yes\r\n")
SMUGGLING = {
    "cl-and-te": b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "te-and-cl": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\nContent-Length: 40\r\n\r\n0\r\n\r\n",
    "two-lengths": b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: 0\r\nContent-Length: 22\r\n\r\n",
    "te-not-chunked-last": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
    "te-space-before-colon": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
    "te-folded": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n",
    "bare-lf-in-head": b"POST /echo HTTP/1.1\r\nHost: gw\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "bare-lf-in-chunk-ext": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n2;x\n00\r\nab\r\n0\r\n\r\n",
    "bare-lf-in-trailer": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\nZ: w\r\n\r\n",
    "chunk-size-overflow": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
    "negative-length": b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: -1\r\n\r\n",
    "nul-in-target": b"GET /echo\x00x HTTP/1.1\r\nHost: gw\r\n\r\n",
}


@pytest.mark.parametrize("attempt", list(SMUGGLING))
def test_smuggling_attempts_are_400_and_the_connection_closes(serve, attempt):
    calls: list[Request] = []

    async def recording(request: Request, out) -> None:
        calls.append(request)
        await out.send(200, b"{}")

    s = serve({"/echo": {"GET": recording, "POST": recording}})
    c = s.connect()
    c.send(SMUGGLING[attempt] + SMUGGLED)
    reply = c.reply()
    assert reply.status == 400
    assert reply.headers["connection"] == "close"
    assert error_of(reply)["code"] == "http_400"
    c.expect_closed()  # the request behind it is never answered
    assert calls == []


@pytest.mark.parametrize("wire, status", [
    (b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501),
    (b"GET /echo HTTP/2.0\r\nHost: gw\r\n\r\n", 505),
    (b"GET /echo HTTP/1.1\r\nHost: gw\r\nExpect: 200-ok\r\n\r\n", 417),
    (b"GET /echo\r\n\r\n", 400),
    (b"get  /echo HTTP/1.1\r\n\r\n", 400),
    (b"GET echo HTTP/1.1\r\n\r\n", 400),
])
def test_unsupported_requests_get_their_status_and_close(serve, wire, status):
    s = serve()
    c = s.connect()
    c.send(wire + SMUGGLED)
    reply = c.reply()
    assert reply.status == status
    assert error_of(reply)["code"] == f"http_{status}"
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_404_and_405_are_json_errors_and_keep_the_connection(serve):
    s = serve()
    c = s.connect()
    c.send(get("/nowhere?x=1"))
    reply = c.reply()
    assert reply.status == 404
    assert "connection" not in reply.headers
    assert error_of(reply) == {"message": "No such endpoint: /nowhere.", "type": "invalid_request_error",
                               "code": "not_found", "param": None}
    c.send(b"DELETE /echo HTTP/1.1\r\nHost: gw\r\n\r\n")
    reply = c.reply()
    assert reply.status == 405
    assert reply.headers["allow"] == "GET, POST"
    assert error_of(reply)["code"] == "method_not_allowed"
    c.send(post("/nowhere", b"a body that is read and dropped") + get("/echo"))
    assert c.reply().status == 404
    assert c.reply().status == 200


def test_head_over_64_kib_is_431(serve):
    s = serve()
    c = s.connect()
    c.send(b"GET /echo HTTP/1.1\r\nHost: gw\r\nX-Big: " + b"a" * MAX_HEAD + b"\r\n\r\n")
    reply = c.reply()
    assert reply.status == 431
    assert reply.headers["connection"] == "close"
    c.expect_closed()


def test_head_over_64_kib_is_431_before_its_end_arrives(serve):
    s = serve()
    c = s.connect()
    c.send(b"GET /echo HTTP/1.1\r\nX-Big: " + b"a" * (MAX_HEAD + 10))  # no blank line, ever
    assert c.reply().status == 431
    c.expect_closed()


def test_head_just_under_64_kib_is_served(serve):
    s = serve()
    c = s.connect()
    head = b"GET /echo HTTP/1.1\r\nHost: gw\r\nX-Big: "
    c.send(head + b"a" * (MAX_HEAD - len(head)) + b"\r\n\r\n")
    assert c.reply().status == 200


# --- answers -----------------------------------------------------------------------------


def test_streamed_answer_has_exact_chunked_framing(serve):
    s = serve()
    c = s.connect()
    c.send(get("/stream"))
    reply = c.reply()
    assert reply.head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert reply.headers["transfer-encoding"] == "chunked"
    assert reply.headers["content-type"] == "text/plain"
    # an empty write sends nothing (an empty chunk would end the body)
    assert reply.wire_body == b"5\r\nhello\r\n1\r\n \r\n32\r\n" + b"world" * 10 + b"\r\n0\r\n\r\n"
    c.send(get("/stream"))  # and the connection goes on
    assert c.reply().body == b"hello world" + b"world" * 9


def test_send_writes_content_type_and_length(serve):
    async def text(request: Request, out) -> None:
        await out.send(201, b"created", headers={"Location": "/x"}, content_type="text/plain; charset=utf-8")

    s = serve({"/t": {"GET": text}})
    c = s.connect()
    c.send(get("/t"))
    reply = c.reply()
    assert reply.head.startswith(b"HTTP/1.1 201 Created\r\nDate: ")
    assert reply.headers["location"] == "/x"
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.headers["content-length"] == "7" and reply.body == b"created"


def test_a_second_answer_is_refused_to_the_handler(serve):
    seen: queue.Queue = queue.Queue()

    async def twice(request: Request, out) -> None:
        await out.send(200, b"first")
        for second in (out.send(200, b"second"), out.start_stream(200, {})):
            try:
                await second
            except RuntimeError as exc:
                seen.put(exc)

    s = serve({"/t": {"GET": twice}})
    c = s.connect()
    c.send(get("/t"))
    assert c.reply().body == b"first"
    assert isinstance(seen.get(timeout=WAIT), RuntimeError)
    assert isinstance(seen.get(timeout=WAIT), RuntimeError)
    c.send(get("/t"))  # the connection is still fine
    assert c.reply().body == b"first"


def test_handler_that_raises_gets_500_and_close(serve):
    async def broken(request: Request, out) -> None:
        raise ValueError("boom")

    s = serve({"/b": {"GET": broken}})
    c = s.connect()
    c.send(get("/b") + get("/b"))
    reply = c.reply()
    assert reply.status == 500
    assert reply.headers["connection"] == "close"
    assert error_of(reply) == {"message": "Internal gateway error.", "type": "server_error", "code": "internal_error",
                               "param": None}
    c.expect_closed()  # the pipelined request is not served on a connection in doubt


def test_handler_that_returns_without_answering_gets_500(serve):
    async def silent(request: Request, out) -> None:
        return None

    s = serve({"/q": {"GET": silent}})
    c = s.connect()
    c.send(get("/q"))
    reply = c.reply()
    assert reply.status == 500 and error_of(reply)["code"] == "internal_error"
    assert reply.headers["connection"] == "close"
    c.expect_closed()


@pytest.mark.parametrize("ending", ["raises", "returns"])
def test_stream_the_handler_does_not_finish_is_cut_off(serve, ending):
    async def unfinished(request: Request, out) -> None:
        await out.start_stream(200, {})
        await out.write(b"partial")
        if ending == "raises":
            raise RuntimeError("upstream broke")

    s = serve({"/u": {"GET": unfinished}})
    c = s.connect()
    c.send(get("/u"))
    head = c.read_until(b"\r\n\r\n")
    assert b"Transfer-Encoding: chunked" in head
    rest = c.read_to_close()
    assert rest == b"7\r\npartial\r\n"  # no last chunk: the client can tell the body is incomplete


@pytest.mark.parametrize("where", ["between writes", "blocked in a write"])
def test_client_gone_mid_stream_makes_write_raise_connection_reset(serve, where):
    outcome: queue.Queue = queue.Queue()
    piece = b"x" * (64 * 1024) if where == "blocked in a write" else b"data: tick\n\n"

    async def ticking(request: Request, out) -> None:
        await out.start_stream(200, {"Content-Type": "text/event-stream"})
        written = 0
        try:
            for _ in range(2000):
                await out.write(piece)
                written += len(piece)
                if where == "between writes":
                    await asyncio.sleep(0.005)
        except BaseException as exc:
            outcome.put((exc, written))
            raise
        outcome.put((None, written))

    s = serve({"/s": {"GET": ticking}})
    c = s.connect()
    c.send(get("/s"))
    c.read_until(b"\r\n\r\n")
    c.read_exactly(1)
    if where == "blocked in a write":  # let the send buffers fill so the handler waits for a drain
        assert s.run(asyncio.sleep(0.1, "waited")) == "waited"
    c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset on close
    c.close()
    exc, written = outcome.get(timeout=WAIT)
    assert isinstance(exc, ConnectionResetError), exc
    assert written < 2000 * len(piece)

    assert s.open_connections_after_settling() == 0


def test_large_streamed_answer_to_a_slow_reader_arrives_whole_with_bounded_buffering(serve):
    pieces = 256
    size = 64 * 1024
    buffered: list[int] = []

    async def big(request: Request, out) -> None:
        await out.start_stream(200, {"Content-Type": "application/octet-stream"})
        for i in range(pieces):
            await out.write(i.to_bytes(4, "big") * (size // 4))
            buffered.append(out.transport.get_write_buffer_size())
        await out.end_stream()

    expected = hashlib.sha256()
    for i in range(pieces):
        expected.update(i.to_bytes(4, "big") * (size // 4))

    s = serve({"/big": {"GET": big}, "/echo": {"GET": echo}})
    c = s.connect()
    c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    c.send(get("/big"))
    assert s.run(asyncio.sleep(0.1, "waited")) == "waited"  # the reader is late: the buffers fill up
    reply = c.reply()
    assert len(reply.body) == pieces * size
    assert hashlib.sha256(reply.body).hexdigest() == expected.hexdigest()
    # 16 MiB went out, yet the server never held more than a few pieces: it waited for drains
    assert max(buffered) <= 4 * size
    c.send(get("/echo"))
    assert c.reply().status == 200


# --- timeouts ----------------------------------------------------------------------------

TIMEOUTS = {"keepalive_timeout": 0.1, "read_timeout": 0.1, "sweep_interval": 0.02}


def test_idle_keep_alive_connection_is_closed(serve):
    s = serve(**TIMEOUTS)
    never_used = s.connect()
    c = s.connect()
    c.send(get("/echo"))
    assert c.reply().status == 200
    c.expect_closed()  # nothing sent: an idle connection is not a timed-out request
    never_used.expect_closed()


PARTIAL_REQUESTS = [
    b"GET /echo HTTP/1.1\r\nHost:",  # part of the head
    b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: 10\r\n\r\n",  # the head, no body
    b"POST /echo HTTP/1.1\r\nHost: gw\r\nContent-Length: 10\r\n\r\nabc",  # part of the body
    b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",  # chunks, no end
    b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n",  # chunked head, nothing more
]


def test_request_not_received_in_time_gets_408(serve):
    s = serve(**TIMEOUTS)
    clients = [s.connect() for _ in PARTIAL_REQUESTS]
    for c, partial in zip(clients, PARTIAL_REQUESTS):
        c.send(get("/echo"))  # a first request, answered: the timeout is per request
        assert c.reply().status == 200
        c.send(partial)
    for c, partial in zip(clients, PARTIAL_REQUESTS):
        reply = c.reply()
        assert reply.status == 408, partial
        assert error_of(reply)["code"] == "request_timeout"
        assert reply.headers["connection"] == "close"
        c.expect_closed()


def test_request_trickling_in_still_gets_408(serve):
    s = serve(**TIMEOUTS)
    c = s.connect()
    c.send(b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n")
    with pytest.raises((EOFError, ConnectionError)):
        for _ in range(200):  # one byte of chunk data at a time, more often than the timeouts
            c.send(b"1\r\nx\r\n")
            with contextlib.suppress(TimeoutError):
                c.sock.settimeout(0.02)
                c._more()
    assert c.buf.startswith(b"HTTP/1.1 408 Request Timeout\r\n")


def test_a_slow_handler_is_not_cut_by_the_timeouts(serve):
    s = serve(**TIMEOUTS)
    c = s.connect()
    c.send(get("/slow?250"))
    reply = c.reply()
    assert reply.status == 200 and "connection" not in reply.headers


# --- shutdown ----------------------------------------------------------------------------


def refused(port: int) -> bool:
    """Whether new connections are refused, waiting up to WAIT for it."""
    for _ in range(int(WAIT / 0.02)):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=WAIT).close()
        except ConnectionRefusedError:
            return True
        threading.Event().wait(0.02)
    return False


def test_shutdown_lets_a_request_in_flight_finish_and_refuses_new_connections(serve):
    entered = threading.Event()
    release: queue.Queue = queue.Queue()

    async def held(request: Request, out) -> None:
        entered.set()
        while release.empty():
            await asyncio.sleep(0.01)
        await out.send(200, b"finished")

    s = serve({"/held": {"GET": held}, "/echo": {"GET": echo}})
    idle = s.connect()
    idle.send(get("/echo"))
    assert idle.reply().status == 200
    busy = s.connect()
    busy.send(get("/held"))
    assert entered.wait(WAIT)
    done = s.submit(s.server.shutdown(WAIT))
    idle.expect_closed()
    assert refused(s.port)
    assert not done.done()  # still waiting for the request in flight
    release.put(True)
    reply = busy.reply()
    assert reply.body == b"finished"
    assert reply.headers["connection"] == "close"
    busy.expect_closed()
    done.result(WAIT)


def test_shutdown_cuts_a_handler_still_running_after_the_grace(serve):
    outcome: queue.Queue = queue.Queue()

    async def stuck(request: Request, out) -> None:
        try:
            await asyncio.Event().wait()
        except BaseException as exc:
            outcome.put(exc)
            raise

    s = serve({"/stuck": {"GET": stuck}})
    c = s.connect()
    c.send(get("/stuck"))
    assert s.run(asyncio.sleep(0.05, "waited")) == "waited"
    s.run(s.server.shutdown(0.1))
    assert isinstance(outcome.get(timeout=WAIT), asyncio.CancelledError)
    c.expect_closed()
    assert s.connections() == 0


def test_shutdown_does_not_wait_forever_for_a_client_that_does_not_read(serve):
    async def endless(request: Request, out) -> None:
        await out.start_stream(200, {})
        while True:
            await out.write(b"z" * 65536)

    s = serve({"/endless": {"GET": endless}})
    c = s.connect()
    c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    c.send(get("/endless"))
    c.read_until(b"\r\n\r\n")  # and then never reads again
    assert s.run(asyncio.sleep(0.05, "waited")) == "waited"
    s.run(s.server.shutdown(0.1))

    assert s.open_connections_after_settling() == 0  # the connection was dropped, not left waiting to flush


BARE_LF = {
    "head": b"GET /echo HTTP/1.1\nHost: gw\n\n",
    "head-mixed": b"GET /echo HTTP/1.1\r\nHost: gw\n\n",
    "chunk-size": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\n0\n\n",
    "trailer": b"POST /echo HTTP/1.1\r\nHost: gw\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\n\n",
}


@pytest.mark.parametrize("where", list(BARE_LF))
def test_bare_lf_framing_is_answered_at_once(serve, where):
    """Nothing follows these requests: the server must see by itself that the head (or chunk
    line) ended with bare LF, instead of waiting for a CRLF until the 60 s request timeout
    (the socket's WAIT would expire first and fail this test)."""
    s = serve({"/echo": {"GET": _ok, "POST": _ok}})
    c = s.connect()
    c.send(BARE_LF[where])
    reply = c.reply()
    assert reply.status == 400 and "bare LF" in error_of(reply)["message"]
    c.expect_closed()


async def _ok(request: Request, out) -> None:
    await out.send(200, b"{}")
