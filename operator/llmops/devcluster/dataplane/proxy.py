"""TCP forwarding for Services (kube-proxy's job) and for the host's 127.0.0.1 ports.

A listener accepts in one namespace and connects to a backend from inside the cluster's
namespace (through NamespaceThread), round-robin over the backends it holds now; a backend that
refuses is skipped for the next one, as a client retrying would see.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import socket

from llmops.devcluster.dataplane.netns import NamespaceThread

log = logging.getLogger("llmops.dataplane.proxy")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            if writer.can_write_eof():
                writer.write_eof()
        except (OSError, RuntimeError):
            pass


async def connect_in(ns: NamespaceThread, host: str, port: int, timeout: float = 3.0):
    loop = asyncio.get_running_loop()
    sock = await ns.socket()
    try:
        await asyncio.wait_for(loop.sock_connect(sock, (host, port)), timeout)
    except BaseException:
        sock.close()
        raise
    return await asyncio.open_connection(sock=sock)


class Forward:
    """One listening socket that relays each connection to one of `backends`."""

    def __init__(self, ns: NamespaceThread, listen: socket.socket, backends: tuple[tuple[str, int], ...]) -> None:
        self.ns, self.listen_sock = ns, listen
        self.backends = backends
        self._rr = itertools.count()
        self.server: asyncio.AbstractServer | None = None

    @property
    def port(self) -> int:
        return self.listen_sock.getsockname()[1]

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, sock=self.listen_sock)

    async def _handle(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        backends = self.backends
        upstream = None
        if backends:
            first = next(self._rr)
            for i in range(len(backends)):
                host, port = backends[(first + i) % len(backends)]
                try:
                    upstream = await connect_in(self.ns, host, port)
                    break
                except (OSError, asyncio.TimeoutError):
                    continue
        if upstream is None:
            w.close()  # no ready endpoint: the connection is refused, as kube-proxy would
            return
        ur, uw = upstream
        try:
            await asyncio.gather(_pipe(r, uw), _pipe(ur, w))
        finally:
            for x in (w, uw):
                x.close()

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            try:
                await asyncio.wait_for(self.server.wait_closed(), 2)
            except asyncio.TimeoutError:
                pass
        self.listen_sock.close()


def host_listener(port: int) -> socket.socket:
    """A 127.0.0.1 listener on the host (OSError when the port is taken)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        s.listen(512)
    except OSError:
        s.close()
        raise
    s.setblocking(False)
    return s
