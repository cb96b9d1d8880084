"""A small keep-alive HTTP/1.1 client for plain-http upstreams, on an asyncio Protocol.

Why not aiohttp's ClientSession: for a 2 KB JSON round trip on loopback its per-request
bookkeeping (URL objects, header multidicts, tracing hooks, the connector's waiters) was the
largest single item in the gateway's profile. The gateway only ever sends one kind of request
(a POST of JSON bytes it already holds) and reads one kind of answer, so this client does just
that: one write per request, the status line and headers parsed from one buffer, bodies by
Content-Length, chunked, or until the upstream closes; streamed bodies handed on piece by
piece as they arrive. https upstreams still go through aiohttp (see client.py).

A connection goes back to the pool only when its answer was read to the end and the upstream
did not ask to close it. An idle connection the upstream closed is noticed (EOF arrives while
it waits in the pool) and dropped; a request written to a reused connection that gets no byte
back is sent once more on a fresh one (the upstream closed it as we wrote: it never saw it).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from collections import deque
from dataclasses import dataclass

_MAX_HEAD = 64 * 1024
_READ_SIZE = 64 * 1024


class HttpClientError(Exception):
    """The upstream closed, reset, or answered with something that is not HTTP/1.x."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    prefix: bytes  # path of the base URL, e.g. b"/v1"
    host_header: bytes


def parse_endpoint(base_url: str) -> Endpoint:
    """`http://host:port/v1` -> Endpoint. Only plain http is handled here."""
    if not base_url.startswith("http://"):
        raise ValueError(f"not a plain http URL: {base_url}")
    rest = base_url[len("http://") :]
    authority, slash, path = rest.partition("/")
    if authority.startswith("["):  # [::1]:8000
        host, _, port_text = authority[1:].partition("]")
        port_text = port_text.removeprefix(":")
    else:
        host, _, port_text = authority.partition(":")
    port = int(port_text) if port_text else 80
    return Endpoint(host, port, (slash + path).rstrip("/").encode(), authority.encode("idna"))


class _Connection(asyncio.Protocol):
    """One TCP connection: a byte buffer filled by the loop, and a waiter woken when it grows."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future | None = None
        self.idle_since = 0.0
        self.used = 0  # requests sent on it

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False

    def connection_lost(self, exc: BaseException | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    @property
    def usable(self) -> bool:
        return not self.eof and self.transport is not None and not self.transport.is_closing()

    async def fill(self) -> None:
        """Wait for more bytes; raise when the upstream closed instead."""
        if self.eof:
            raise HttpClientError(f"upstream closed the connection ({self.error or 'EOF'})")
        self.waiter = asyncio.get_running_loop().create_future()
        try:
            await self.waiter
        finally:
            self.waiter = None

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
        self.eof = True


class RawResponse:
    """An answer being read: `read()` for the whole body, or `chunk()` piece by piece."""

    def __init__(self, pool: RawPool, key: tuple[str, int], conn: _Connection, status: int, headers: dict[bytes, bytes], no_body: bool) -> None:
        self.status = status
        self.headers = headers
        self._pool = pool
        self._key = key
        self._conn: _Connection | None = conn
        self._keep_alive = headers.get(b"connection", b"").lower() != b"close"
        self._chunked = b"chunked" in headers.get(b"transfer-encoding", b"").lower()
        length = headers.get(b"content-length")
        if no_body:
            self._remaining = 0
        elif length is not None and not self._chunked:
            if not length.isdigit():
                raise HttpClientError(f"bad Content-Length {length[:20]!r}")
            self._remaining = int(length)
        else:
            self._remaining = -1  # chunked, or until the upstream closes
        self._chunk_left = 0  # chunked: bytes left in the current chunk
        self._finishing = False  # the pool is reading the rest of the body (see release)
        self.done = self._remaining == 0
        if not self._chunked and self._remaining < 0:
            self._keep_alive = False  # the body ends when the upstream closes
        encoding = headers.get(b"content-encoding", b"identity").lower()
        self._decoder = None
        if encoding in (b"gzip", b"x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == b"deflate":
            self._decoder = zlib.decompressobj()
        elif encoding not in (b"identity", b""):
            raise HttpClientError(f"unsupported content-encoding {encoding.decode(errors='replace')}")
        if self.done:
            self.release()

    async def read(self) -> bytes:
        parts = []
        while True:
            part = await self.chunk()
            if not part:
                return b"".join(parts)
            parts.append(part)

    async def chunk(self) -> bytes:
        """The next piece of the body as it arrives; b"" once it is complete."""
        while not self.done:
            conn = self._conn
            if conn is None:
                raise HttpClientError("the response was closed")
            data = self._take(conn)
            if data is None:
                await conn.fill()
                continue
            if self.done:
                self.release()
            if data:
                return self._decoder.decompress(data) if self._decoder else data
        return self._decoder.flush() if self._decoder and not self._decoder.eof else b""

    def _take(self, conn: _Connection) -> bytes | None:
        """What the buffer holds of the body now (b"" when only framing was consumed), or None
        when more bytes are needed. Raises when the upstream closed the body short."""
        buf = conn.buffer
        if not self._chunked:
            if not buf:
                if conn.eof:
                    if self._remaining < 0:  # read-until-close body: this is its end
                        self.done = True
                        return b""
                    raise HttpClientError("upstream closed the connection before the end of the body")
                return None
            size = len(buf) if self._remaining < 0 else min(len(buf), self._remaining)
            data = bytes(buf[:size])
            del buf[:size]
            if self._remaining > 0:
                self._remaining -= size
                self.done = self._remaining == 0
            return data
        if self._chunk_left == 0:
            end = buf.find(b"\r\n")
            if end < 0:
                if conn.eof:
                    raise HttpClientError("upstream closed the connection inside a chunked body")
                return None
            size_text = bytes(buf[:end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise HttpClientError(f"bad chunk size {size_text[:20]!r}") from None
            if size == 0:  # last chunk, then trailers up to an empty line
                trailer_end = buf.find(b"\r\n\r\n", end) if buf[end + 2 : end + 4] != b"\r\n" else end
                if trailer_end < 0:
                    if conn.eof:
                        raise HttpClientError("upstream closed the connection inside the chunked trailer")
                    return None
                del buf[: trailer_end + 4]
                self.done = True
                return b""
            del buf[: end + 2]
            self._chunk_left = size + 2  # the data and its CRLF
        if not buf:
            if conn.eof:
                raise HttpClientError("upstream closed the connection inside a chunk")
            return None
        take = min(len(buf), self._chunk_left)
        data = bytes(buf[:take])
        del buf[:take]
        self._chunk_left -= take
        if self._chunk_left < 2:  # some of the trailing CRLF was taken with the data
            data = data[: len(data) - (2 - self._chunk_left)]
        return data

    def release(self) -> None:
        """Done with this answer. The connection is kept only when the body was read to its end
        (a chunked terminator already in the buffer counts) and nothing else is pending."""
        conn = self._conn
        if conn is None:
            return
        if not self.done and self._chunked:
            self._drain_buffered(conn)
            if not self.done and self._keep_alive and conn.usable and not self._finishing:
                # The last event came, its chunked terminator not yet (servers often send it
                # apart): read it in the background rather than lose the connection.
                self._finishing = True
                self._pool.finish_later(self)
                return
        self._conn = None
        if self.done and self._keep_alive and not conn.buffer and conn.usable:
            self._pool.put(self._key, conn)
        else:
            conn.close()

    def _drain_buffered(self, conn: _Connection) -> None:
        """Consume what is already buffered (typically the chunked terminator that came with
        the last event), so that a fully sent answer can give its connection back."""
        try:
            while not self.done and self._take(conn) is not None:
                continue
        except HttpClientError:
            self.done = False  # cut short: the connection is dropped by the caller

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


class RawPool:
    """Idle keep-alive connections per (host, port), most recently used first. Owned by the
    app's lifecycle: `close()` on shutdown."""

    # Below the keep-alive timeout of common model servers (uvicorn, so vLLM and SGLang: 5 s),
    # so that we drop an idle connection before the upstream does and the close-while-writing
    # race (see post) stays rare.
    def __init__(self, max_idle_per_host: int = 64, idle_timeout: float = 4.0) -> None:
        self._idle: dict[tuple[str, int], deque[_Connection]] = {}
        self._endpoints: dict[str, Endpoint] = {}
        self.max_idle_per_host = max_idle_per_host
        self.idle_timeout = idle_timeout
        self.opened = 0  # connections opened so far (tests look at reuse through it)
        self.finish_timeout = 1.0
        self._finishing: set[asyncio.Task] = set()

    def finish_later(self, response: RawResponse) -> None:
        """Read what is left of a released answer (a chunked terminator on its way), then give
        the connection back; drop it if more than a little or nothing comes within a second."""
        task = asyncio.get_running_loop().create_task(self._finish(response))
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)

    async def _finish(self, response: RawResponse) -> None:
        left = _READ_SIZE
        try:
            # A failure here only costs the connection: the answer itself was complete.
            with contextlib.suppress(HttpClientError, TimeoutError):
                async with asyncio.timeout(self.finish_timeout):
                    while left > 0:
                        data = await response.chunk()  # gives the connection back when the body ends
                        if not data:
                            return
                        left -= len(data)
        finally:
            response.close()  # a no-op when the connection went back to the pool

    def endpoint(self, base_url: str) -> Endpoint:
        found = self._endpoints.get(base_url)
        if found is None:
            if len(self._endpoints) > 1024:  # bounded: configs are small, reloads are rare
                self._endpoints.clear()
            found = self._endpoints[base_url] = parse_endpoint(base_url)
        return found

    def put(self, key: tuple[str, int], conn: _Connection) -> None:
        idle = self._idle.setdefault(key, deque())
        if len(idle) >= self.max_idle_per_host:
            conn.close()
            return
        conn.idle_since = time.monotonic()
        idle.append(conn)

    def _take_idle(self, key: tuple[str, int]) -> _Connection | None:
        idle = self._idle.get(key)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            if conn.usable and not conn.buffer and now - conn.idle_since < self.idle_timeout:
                return conn
            conn.close()
        return None

    async def _open(self, key: tuple[str, int]) -> _Connection:
        loop = asyncio.get_running_loop()
        _, conn = await loop.create_connection(_Connection, key[0], key[1])
        self.opened += 1
        return conn

    async def post(self, base_url: str, path: str, body: bytes, headers: dict[str, str]) -> RawResponse:
        """Send `POST base_url+path`; return once the status line and headers are in."""
        ep = self.endpoint(base_url)
        key = (ep.host, ep.port)
        fields = "".join([f"{name}: {value}\r\n" for name, value in headers.items()]).encode("latin-1")
        request = b"POST %s%s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n%s\r\n%s" % (
            ep.prefix, path.encode(), ep.host_header, len(body), fields, body)
        conn = self._take_idle(key)
        if conn is not None:
            try:
                return await self._exchange(key, conn, request)
            except _NothingBack:
                pass  # closed by the upstream as we reused it: it never saw the request
        return await self._exchange(key, await self._open(key), request)

    async def _exchange(self, key: tuple[str, int], conn: _Connection, request: bytes) -> RawResponse:
        reused = conn.used > 0
        conn.used += 1
        try:
            assert conn.transport is not None
            conn.transport.write(request)
            while True:
                status, headers = await _read_head(conn, reused)
                if status >= 200:
                    break
                reused = False  # 1xx interim answer: another head follows
            return RawResponse(self, key, conn, status, headers, no_body=status in (204, 304))
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        for task in self._finishing:
            task.cancel()
        for idle in self._idle.values():
            while idle:
                idle.pop().close()
        self._idle.clear()


class _NothingBack(HttpClientError):
    """A reused connection was closed before a single byte of the answer came back."""


async def _read_head(conn: _Connection, reused: bool) -> tuple[int, dict[bytes, bytes]]:
    buf = conn.buffer
    while True:
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            break
        if len(buf) > _MAX_HEAD:
            raise HttpClientError("upstream sent response headers larger than 64 KiB")
        if conn.eof and not buf and reused:
            raise _NothingBack("upstream closed the reused connection")
        await conn.fill()
    head = bytes(buf[:end])
    del buf[: end + 4]
    lines = head.split(b"\r\n")
    status_line = lines[0]
    if not status_line.startswith(b"HTTP/1.") or len(status_line) < 12:
        raise HttpClientError(f"not an HTTP/1.x answer: {status_line[:40]!r}")
    try:
        status = int(status_line[9:12])
    except ValueError:
        raise HttpClientError(f"bad status line {status_line[:40]!r}") from None
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if status_line.startswith(b"HTTP/1.0") and headers.get(b"connection", b"").lower() != b"keep-alive":
        headers[b"connection"] = b"close"
    return status, headers
