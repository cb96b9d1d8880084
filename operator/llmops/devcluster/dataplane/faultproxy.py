"""A small HTTP/1.1 proxy in front of a pod's simulator that applies the namespace's fault
profiles live (latency, errors, cut streams). It listens on the engine's port inside the pod;
the simulator listens on that port + SIM_PORT_OFFSET. Requests are read whole (they are small);
answers are relayed as they arrive, chunk by chunk for streams."""

from __future__ import annotations

import asyncio
import random
import socket
from typing import Callable

from llmops.devcluster.dataplane import faults
from llmops.devcluster.dataplane.netns import NamespaceThread
from llmops.devcluster.dataplane.proxy import connect_in

SIM_PORT_OFFSET = 10000
MAX_HEAD = 64 * 1024
MAX_BODY = 32 * 1024 * 1024


class _Closed(Exception):
    pass


def _headers(head: bytes) -> tuple[bytes, dict[str, str]]:
    lines = head.split(b"\r\n")
    out = {}
    for line in lines[1:]:
        if b":" in line:
            k, v = line.split(b":", 1)
            out[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    return lines[0], out


async def _read_head(r: asyncio.StreamReader) -> bytes:
    try:
        return await r.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError) as e:
        raise _Closed() from e


async def _read_chunked(r: asyncio.StreamReader, relay: Callable[[bytes], None] | None = None) -> bytes:
    body = bytearray()
    while True:
        size_line = await r.readuntil(b"\r\n")
        size = int(size_line.split(b";")[0].strip() or b"0", 16)
        data = await r.readexactly(size + 2)
        if relay is not None:
            relay(size_line + data)
        else:
            body += data[:-2]
        if size == 0:
            return bytes(body)
        if len(body) > MAX_BODY:
            raise _Closed()


class FaultProxy:
    def __init__(self, listen: socket.socket, cns: NamespaceThread, upstream: tuple[str, int], deployment: str,
                 profiles: Callable[[], list[faults.Fault]]) -> None:
        self.listen_sock, self.cns, self.upstream = listen, cns, upstream
        self.deployment, self.profiles = deployment, profiles
        self.server: asyncio.AbstractServer | None = None
        self.injected = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, sock=self.listen_sock, limit=MAX_HEAD)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
        self.listen_sock.close()

    async def _handle(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        up: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                head = await _read_head(r)
                start, h = _headers(head)
                if "chunked" in h.get("transfer-encoding", "").lower():
                    body = await _read_chunked(r)
                    head = b"\r\n".join(line for line in head.split(b"\r\n")
                                        if not line.lower().startswith(b"transfer-encoding:")).rstrip(b"\r\n")
                    head += f"\r\ncontent-length: {len(body)}\r\n\r\n".encode()
                else:
                    n = int(h.get("content-length", "0") or 0)
                    if n > MAX_BODY:
                        raise _Closed()
                    body = await r.readexactly(n) if n else b""
                fault = faults.choose(self.profiles(), self.deployment, body) if start.startswith(b"POST") else None
                if fault and fault.latency:
                    await asyncio.sleep(fault.latency)
                if fault and fault.error_rate and random.random() < fault.error_rate:
                    self.injected += 1
                    payload = faults.error_body(fault.error_status)
                    w.write(f"HTTP/1.1 {fault.error_status} Injected Fault\r\ncontent-type: application/json\r\n"
                            f"content-length: {len(payload)}\r\n\r\n".encode() + payload)
                    await w.drain()
                    continue
                if up is None:
                    up = await connect_in(self.cns, *self.upstream)
                up[1].write(head + body)
                await up[1].drain()
                if not await self._relay_response(up[0], w, fault.cut_stream_after if fault else None):
                    return
        except (_Closed, asyncio.IncompleteReadError, ConnectionError, OSError, ValueError):
            return
        finally:
            w.close()
            if up is not None:
                up[1].close()

    async def _relay_response(self, ur: asyncio.StreamReader, w: asyncio.StreamWriter, cut_after: int | None) -> bool:
        """Relay one answer; False when the connection must close (cut, or close-delimited)."""
        head = await _read_head(ur)
        _, h = _headers(head)
        w.write(head)
        if "chunked" in h.get("transfer-encoding", "").lower():
            chunks = 0
            while True:
                size_line = await ur.readuntil(b"\r\n")
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                data = await ur.readexactly(size + 2)
                if cut_after is not None and size and chunks >= cut_after:
                    self.injected += 1
                    await w.drain()
                    return False  # the stream is cut mid-answer, as a dying engine would
                w.write(size_line + data)
                await w.drain()
                chunks += 1
                if size == 0:
                    return True
        if "content-length" in h:
            w.write(await ur.readexactly(int(h["content-length"])))
            await w.drain()
            return h.get("connection", "").lower() != "close"
        while data := await ur.read(65536):
            w.write(data)
            await w.drain()
        return False
