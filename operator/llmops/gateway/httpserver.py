"""The gateway's HTTP/1.1 server, on an asyncio Protocol.

Why not aiohttp's server: at one request at a time its per-request machinery (the parser
callbacks, Request and Response objects, header multidicts, the payload writer) took ~80 us of
CPU on this project's benchmark machine against ~20 us for a protocol that reads a request and
writes an answer; at concurrency 1 the gateway's p99 follows its CPU time per request. The
gateway serves a handful of fixed paths with JSON bodies, so this server does only what that
needs, strictly:

- requests are read whole (Content-Length or chunked) before the handler runs, up to a body
  limit asked per request (the active config's); a larger body is not read: the handler is
  told (`Request.too_large`) so the refusal is an ordinary, metered answer, and the
  connection closes after it;
- a request is refused with 400 when it is ambiguous or malformed (both Content-Length and
  Transfer-Encoding, a bad length, obsolete line folding, whitespace before a colon, bare
  CR or LF, a request line that is not `METHOD target HTTP/1.x`), 431 when its head exceeds
  64 KiB, 501 for a transfer coding other than chunked, 505 for another HTTP version, and
  the connection then closes;
- `Expect: 100-continue` is answered before the body is read (curl sends it for bodies over
  1 KiB);
- keep-alive (HTTP/1.1, unless `Connection: close`), requests pipelined on one connection
  answered in order, reading paused while a request is being served and more than one
  request head of data is waiting;
- answers are written whole (`send`) or streamed with chunked encoding
  (`start_stream` / `write` / `end_stream`, honouring the transport's flow control); a client
  that went away makes these raise ConnectionResetError;
- idle keep-alive connections close after `keepalive_timeout`, a request not fully received
  within `read_timeout` gets 408; both are checked by one periodic sweep, not a timer per
  request;
- `shutdown` stops accepting, closes idle connections, lets requests in flight finish within
  a grace period, then closes what is left.

A handler is `async def handler(request: Request, out) -> None`, where `out` is the
connection (`send`, `start_stream`, `write`, `end_stream`); `aiohttp_server.py` gives the
same interface on aiohttp for `--server aiohttp`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
import time
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from http import HTTPStatus

from llmops.gateway.errors import error_body

log = logging.getLogger("llmops.gateway.http")

MAX_HEAD = 64 * 1024
_MAX_CHUNK_LINE = 4096

# RFC 9110 token characters; a header line is `token ":" OWS value OWS` with no CR, LF or NUL.
_TOKEN = rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_REQUEST_LINE = re.compile(rb"(" + _TOKEN + rb") ([^\x00-\x20\x7f]+) HTTP/(\d)\.(\d)")
_FIELDS = re.compile(rb"(?:" + _TOKEN + rb":[^\r\n\x00]*\r\n)*")
_TRAILER = re.compile(_TOKEN + rb":[^\r\n\x00]*")
# A chunk size line: hex size, optional extensions (ignored, but a bare CR or LF in them is
# refused: a proxy that ends the line there would see a different body).
_CHUNK_SIZE = re.compile(rb"[ \t]*([0-9A-Fa-f]{1,15})[ \t]*(?:;[^\r\n\x00]*)?")
_REASONS = {s.value: s.phrase for s in HTTPStatus}


class Request:
    """One request, read whole. Header names are lower-case; repeated fields are joined with
    ", " (RFC 9110 5.3)."""

    __slots__ = ("method", "path", "query", "headers", "body", "remote", "too_large", "version")

    def __init__(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes,
                 remote: str | None, too_large: bool = False, version: str = "1.1") -> None:
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.remote = remote
        self.too_large = too_large  # the body was over the limit and was not read
        self.version = version


Handler = Callable[[Request, "Connection"], Awaitable[None]]


class HttpError(Exception):
    """A request the server itself refuses (malformed, too large a head, ...)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Date:
    """The Date header, formatted once per second."""

    second = -1
    value = b""

    @classmethod
    def get(cls) -> bytes:
        now = int(time.time())
        if now != cls.second:
            cls.second = now
            cls.value = formatdate(now, usegmt=True).encode()
        return cls.value


def _head(status: int, headers: dict[str, str] | None, extra: bytes) -> bytearray:
    out = bytearray(b"HTTP/1.1 %d %s\r\nDate: %s\r\n" % (status, _REASONS.get(status, "Unknown").encode(), _Date.get()))
    if headers:
        out += "".join([f"{name}: {value}\r\n" for name, value in headers.items()]).encode("latin-1")
    out += extra
    return out


def parse_head(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    """`METHOD target HTTP/x.y CRLF fields` (without the blank line) -> (method, target,
    version, headers). Raises HttpError for anything malformed or ambiguous."""
    line, _, fields = head.partition(b"\r\n")
    m = _REQUEST_LINE.fullmatch(line)
    if m is None:
        raise HttpError(400, "Malformed request line.")
    method, target, major, minor = m.groups()
    if major != b"1" or minor not in (b"0", b"1"):
        raise HttpError(505, "Only HTTP/1.0 and HTTP/1.1 are served.")
    headers: dict[str, str] = {}
    if fields:
        fields += b"\r\n"
        if _FIELDS.fullmatch(fields) is None:
            raise HttpError(400, "Malformed header field (bare CR or LF, line folding, or whitespace before the colon).")
        # validated above: decode the block once and split it as text
        for raw in fields[:-2].decode("latin-1").split("\r\n"):
            name, _, value = raw.partition(":")
            key = name.lower()
            text = value.strip(" \t")
            if key in headers:
                text = headers[key] + ", " + text
            headers[key] = text
    return method.decode("ascii"), target.decode("latin-1"), f"{major.decode()}.{minor.decode()}", headers


def body_framing(headers: dict[str, str]) -> int | None:
    """The body's length from Content-Length, or None for chunked. Raises HttpError when the
    framing is ambiguous or unsupported."""
    te = headers.get("transfer-encoding")
    cl = headers.get("content-length")
    if te is not None:
        if cl is not None:
            raise HttpError(400, "Both Content-Length and Transfer-Encoding are set.")
        codings = [c.strip().lower() for c in te.split(",")]
        if codings[-1] != "chunked":
            raise HttpError(400, "Transfer-Encoding does not end in chunked: the body length is unknown.")
        if len(codings) > 1:
            raise HttpError(501, f"Transfer-Encoding {te!r} is not supported (only chunked).")
        return None
    if cl is None:
        return 0
    if "," in cl:  # repeated fields were joined: they must agree
        values = {v.strip() for v in cl.split(",")}
        if len(values) != 1:
            raise HttpError(400, "Conflicting Content-Length values.")
        value = values.pop()
    else:
        value = cl.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise HttpError(400, "Invalid Content-Length.")
    return int(value)


class ChunkedReader:
    """Incremental decoder of a chunked body. `feed(buffer, at)` consumes what it can and
    returns the offset reached; `done` when the last chunk and trailers were read."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.too_large = False
        self.done = False
        self._need = -1  # bytes of chunk data still to read; 0: its CRLF; -1: a size line comes next
        self._trailers = False

    def feed(self, buf: bytes | bytearray, at: int) -> int:
        while not self.done:
            if self._trailers:
                end = buf.find(b"\r\n", at)
                if end < 0:
                    if len(buf) - at > MAX_HEAD:
                        raise HttpError(400, "Trailer section too large.")
                    if buf.find(b"\n", at) >= 0:
                        raise HttpError(400, "Trailer line ended by a bare LF (CRLF required).")
                    return at
                if end == at:  # an empty line ends the trailers
                    self.done = True
                elif _TRAILER.fullmatch(buf, at, end) is None:
                    raise HttpError(400, "Malformed trailer field.")
                at = end + 2
            elif self._need < 0:
                end = buf.find(b"\r\n", at, at + _MAX_CHUNK_LINE)
                if end < 0:
                    if len(buf) - at >= _MAX_CHUNK_LINE:
                        raise HttpError(400, "Chunk size line too long.")
                    if buf.find(b"\n", at) >= 0:  # a line ended by a bare LF: refused now, not at the timeout
                        raise HttpError(400, "Chunk size line ended by a bare LF (CRLF required).")
                    return at
                m = _CHUNK_SIZE.fullmatch(buf, at, end)
                if m is None:
                    raise HttpError(400, "Invalid chunk size.")
                at = end + 2
                size = int(m.group(1), 16)
                if size == 0:
                    self._trailers = True
                    continue
                self._need = size
            elif self._need:
                take = min(len(buf) - at, self._need)
                if take <= 0:
                    return at
                self.size += take
                if self.size > self.limit:
                    self.too_large = True
                elif not self.too_large:
                    self.parts.append(bytes(buf[at : at + take]))
                at += take
                self._need -= take
            else:  # the CRLF after the data, checked whole (it may arrive split across reads)
                if len(buf) - at < 2:
                    return at
                if buf[at : at + 2] != b"\r\n":
                    raise HttpError(400, "Chunk data not followed by CRLF.")
                at += 2
                self._need = -1
        return at


class Connection(asyncio.Protocol):
    """One client connection: parses requests, runs their handler one at a time, writes the
    answers. Also the `out` object handed to handlers."""

    def __init__(self, server: HttpServer) -> None:
        self.server = server
        self.loop = server.loop
        self.transport: asyncio.Transport | None = None
        self.remote: str | None = None
        self.buf = b""
        self.busy = False  # a handler is running
        self.lost = False
        self.last = 0.0  # loop time of the last byte or answer
        self.request_started: float | None = None  # first byte of a request not yet complete
        self._scan = 0  # where to resume looking for the end of the head
        self._pending: tuple[str, str, str, str, dict[str, str], int | None, bool] | None = None
        self._chunked: ChunkedReader | None = None
        self._continue_sent = False
        self._keep_alive = True
        self._started = False  # the answer's head is out
        self._ended = False  # the whole answer is out
        self._chunked_out = True
        self._version = "1.1"
        self._paused = False
        self._drain: asyncio.Future | None = None
        self._reading = True
        self._eof = False  # the client half-closed: no request follows what is in the buffer
        self.task: asyncio.Task | None = None

    # --- transport callbacks -------------------------------------------------------------

    def connection_made(self, transport) -> None:
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.remote = peer[0] if isinstance(peer, tuple) else None
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.last = self.loop.time()
        self.server.connections.add(self)

    def data_received(self, data: bytes) -> None:
        if self.buf:
            if type(self.buf) is bytes:  # more than one read: grow in place from now on
                self.buf = bytearray(self.buf)
            self.buf += data
        else:
            self.buf = data
            if not self.busy:
                self.last = self.loop.time()
                if self._pending is None:  # a new request (not more of a body whose head was read)
                    self.request_started = self.last
        if self.busy:
            if len(self.buf) > MAX_HEAD and self._reading:  # a pipelining client ahead of us
                self._reading = False
                self.transport.pause_reading()
            return
        self._parse()

    def eof_received(self) -> bool:
        # Half-closed by the client: answer the requests already received, then close.
        self._eof = True
        if not self.busy:
            self.transport.close()
        return True

    def connection_lost(self, exc: BaseException | None) -> None:
        self.lost = True
        self.server.connections.discard(self)
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_exception(ConnectionResetError("client disconnected"))

    def pause_writing(self) -> None:
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_result(None)

    # --- reading requests ----------------------------------------------------------------

    def _parse(self) -> None:
        # A loop, not recursion through _refuse: a client may pipeline thousands of requests
        # that the server answers itself (404, 405).
        while True:
            try:
                request = self._next_request()
            except HttpError as err:
                self._refuse(err.status, err.message)
                return
            if request is None:
                return
            self._dispatch(request)
            if self.busy or not self.buf or self.transport.is_closing():
                return

    def _next_request(self) -> Request | None:
        buf = self.buf
        if self._pending is None:
            end = buf.find(b"\r\n\r\n", self._scan)
            if end < 0:
                if len(buf) > MAX_HEAD:
                    raise HttpError(431, "Request head larger than 64 KiB.")
                # A head whose lines end in bare LF ends in LF LF and would wait for a CRLF CRLF
                # that never comes (until the 60 s timeout): it is refused as soon as it is whole.
                # (RFC 9112 2.2 lets a server accept bare LF; this one refuses it, as it refuses
                # bare CR and LF inside fields, the ambiguity request smuggling lives on.)
                if buf.find(b"\n\n", max(0, self._scan - 1)) >= 0:
                    raise HttpError(400, "Request head lines end in a bare LF (CRLF required).")
                self._scan = max(0, len(buf) - 3)
                return None
            if end > MAX_HEAD:
                raise HttpError(431, "Request head larger than 64 KiB.")
            self._scan = 0
            method, target, version, headers = parse_head(bytes(buf[:end]))
            length = body_framing(headers)
            path, _, query = target.partition("?")
            if not path.startswith("/"):  # absolute form: http://host/path
                scheme, sep, rest = path.partition("://")
                if not sep or not scheme.isalpha():
                    raise HttpError(400, "Malformed request target.")
                path = "/" + rest.partition("/")[2]
            expect = headers.get("expect")
            if expect is not None and expect.lower() != "100-continue":
                raise HttpError(417, f"Expectation {expect!r} is not supported.")
            connection = headers.get("connection", "").lower()
            keep = version == "1.1" and "close" not in connection
            self._pending = (method, path, query, version, headers, length, keep)
            self.buf = buf = buf[end + 4 :]
            self._continue_sent = False
            if length is None:
                self._chunked = ChunkedReader(self.server.body_limit())
        method, path, query, version, headers, length, keep = self._pending
        limit = self.server.body_limit()
        if length is None:  # chunked
            reader = self._chunked
            at = reader.feed(buf, 0)
            self.buf = buf[at:]
            if reader.too_large:
                return self._complete(b"", too_large=True)
            if not reader.done:
                self._maybe_continue(headers, version)
                return None
            return self._complete(b"".join(reader.parts))
        if length > limit:
            return self._complete(b"", too_large=True)
        if len(buf) < length:
            self._maybe_continue(headers, version)
            return None
        if length:
            body = bytes(buf[:length])
            self.buf = buf[length:]
        else:
            body = b""
        return self._complete(body)

    def _complete(self, body: bytes, too_large: bool = False) -> Request:
        method, path, query, version, headers, _, keep = self._pending
        self._pending = None
        self._chunked = None
        self._keep_alive = keep and not too_large  # an unread body: the connection cannot be reused
        return Request(method, path, query, headers, body, self.remote, too_large, version)

    def _maybe_continue(self, headers: dict[str, str], version: str) -> None:
        if not self._continue_sent and version == "1.1" and headers.get("expect", "").lower() == "100-continue":
            self._continue_sent = True
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def _dispatch(self, request: Request) -> None:
        methods = self.server.routes.get(request.path)
        if methods is None:
            self._refuse(404, f"No such endpoint: {request.path}.", keep=self._keep_alive, code="not_found")
            return
        handler = methods.get(request.method)
        if handler is None:
            allow = ", ".join(sorted(methods))
            self._refuse(405, f"Method {request.method} is not allowed on {request.path} (allowed: {allow}).",
                         keep=self._keep_alive, headers={"Allow": allow}, code="method_not_allowed")
            return
        self.busy = True
        self.request_started = None
        self._started = self._ended = False
        self._version = request.version
        self.task = self.loop.create_task(self._run(handler, request))

    async def _run(self, handler: Handler, request: Request) -> None:
        try:
            await handler(request, self)
        except ConnectionError:
            pass
        except Exception:
            log.exception("unhandled error serving %s %s", request.method, request.path)
        finally:
            self._after(request)

    def _after(self, request: Request) -> None:
        self.task = None
        if not self.lost:
            if not self._started:
                self._keep_alive = False
                self._write_error(500, "Internal gateway error.", "server_error", "internal_error")
            elif not self._ended:  # a stream the handler did not finish: the client must not wait
                self._keep_alive = False
        self.busy = False
        if self.lost:
            return
        if not self._keep_alive or request.version != "1.1":
            self.transport.close()
            return
        self.last = self.loop.time()
        if not self._reading:
            self._reading = True
            self.transport.resume_reading()
        if self.buf:
            self.request_started = self.last
            self._parse()
        if self._eof and not self.busy:
            self.transport.close()

    def _refuse(self, status: int, message: str, keep: bool = False, headers: dict[str, str] | None = None,
                code: str | None = None) -> None:
        """An answer from the server itself; closes the connection unless `keep`."""
        if not keep:
            self._keep_alive = False
        self._write_error(status, message, "invalid_request_error", code or f"http_{status}", headers)
        if not self._keep_alive:
            self.transport.close()
            return
        self.last = self.loop.time()
        self.request_started = self.last if self.buf else None

    def _write_error(self, status: int, message: str, type_: str, code: str, headers: dict[str, str] | None = None) -> None:
        body = error_body(message, type_, code)
        extra = b"Content-Type: application/json\r\nContent-Length: %d\r\n%s\r\n" % (
            len(body), b"" if self._keep_alive else b"Connection: close\r\n")
        self.transport.write(bytes(_head(status, headers, extra)) + body)
        self._started = self._ended = True

    # --- writing answers (the handler's `out`) ---------------------------------------------

    async def send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                   content_type: str = "application/json") -> None:
        """The whole answer, in one write."""
        if self.lost or self.transport.is_closing():
            raise ConnectionResetError("client disconnected")
        if self._started:
            raise RuntimeError("the answer was already started")
        self._started = self._ended = True
        extra = b"Content-Type: %s\r\nContent-Length: %d\r\n%s\r\n" % (
            content_type.encode("latin-1"), len(body), b"" if self._keep_alive else b"Connection: close\r\n")
        head = _head(status, headers, extra)
        head += body
        self.transport.write(head)

    async def start_stream(self, status: int, headers: dict[str, str]) -> None:
        """Send the head of an answer whose body follows in `write` calls."""
        if self.lost or self.transport.is_closing():
            raise ConnectionResetError("client disconnected")
        if self._started:
            raise RuntimeError("the answer was already started")
        self._started = True
        if self._version != "1.1":  # an HTTP/1.0 client reads the body until the connection closes
            self._chunked_out = False
            extra = b"Connection: close\r\n\r\n"
        else:
            self._chunked_out = True
            extra = b"Transfer-Encoding: chunked\r\n\r\n" if self._keep_alive else b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        self.transport.write(bytes(_head(status, headers, extra)))

    async def write(self, data: bytes) -> None:
        if self.lost or self.transport.is_closing():
            raise ConnectionResetError("client disconnected")
        if not data:
            return
        self.transport.write(b"%x\r\n%s\r\n" % (len(data), data) if self._chunked_out else data)
        if self._paused:
            await self._wait_drain()

    async def end_stream(self) -> None:
        if self._ended:
            return
        if self.lost or self.transport.is_closing():
            raise ConnectionResetError("client disconnected")
        self._ended = True
        if self._chunked_out:
            self.transport.write(b"0\r\n\r\n")

    async def _wait_drain(self) -> None:
        self._drain = self.loop.create_future()
        try:
            await self._drain
        finally:
            self._drain = None

    # --- housekeeping ----------------------------------------------------------------------

    def sweep(self, now: float) -> None:
        if self.busy or self.lost:
            return
        if self.request_started is not None:  # a request partly received (head, or head and part of the body)
            if now - self.request_started > self.server.read_timeout:
                self._keep_alive = False
                self._write_error(408, "The request was not received in time.", "invalid_request_error", "request_timeout")
                self.transport.close()
        elif now - self.last > self.server.keepalive_timeout:
            self.transport.close()


class HttpServer:
    """Routes: {path: {method: handler}}. `body_limit()` is asked for each request."""

    def __init__(self, routes: dict[str, dict[str, Handler]], body_limit: Callable[[], int], *,
                 keepalive_timeout: float = 75.0, read_timeout: float = 60.0, sweep_interval: float = 5.0) -> None:
        self.routes = routes
        self.body_limit = body_limit
        self.keepalive_timeout = keepalive_timeout
        self.read_timeout = read_timeout
        self.sweep_interval = sweep_interval
        self.connections: set[Connection] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._sweeper: asyncio.TimerHandle | None = None

    async def start(self, host: str, port: int) -> None:
        self.loop = asyncio.get_running_loop()
        self._server = await self.loop.create_server(lambda: Connection(self), host, port, reuse_address=True, backlog=1024)
        self._sweeper = self.loop.call_later(self.sweep_interval, self._sweep)

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.sockets[0].getsockname()[1]

    def _sweep(self) -> None:
        now = self.loop.time()
        for conn in list(self.connections):
            conn.sweep(now)
        self._sweeper = self.loop.call_later(self.sweep_interval, self._sweep)

    async def shutdown(self, grace: float = 25.0) -> None:
        """Stop accepting; let requests in flight finish (up to `grace` seconds); close the rest."""
        if self._sweeper is not None:
            self._sweeper.cancel()
        if self._server is not None:
            self._server.close()
        for conn in list(self.connections):
            conn._keep_alive = False
            if not conn.busy:
                conn.transport.close()
        deadline = self.loop.time() + grace
        while self.connections and self.loop.time() < deadline:  # handlers running, answers being flushed
            await asyncio.sleep(0.05)
        for conn in list(self.connections):
            # abort, not close: close would wait for a client that does not read to take the
            # rest of the answer. Before the cancel, so the handler's end sees a lost connection.
            conn.transport.abort()
            if conn.task is not None:
                conn.task.cancel()
        if self._server is not None:
            await self._server.wait_closed()
