"""The one upstream client of the process, owned by the app's lifecycle: the raw keep-alive
pool (rawhttp.py) for plain-http upstreams, aiohttp's ClientSession for https ones (and for
all of them when the raw client is turned off). Both answer with the same small interface:
`status`, `read()`, `chunk()`, `release()`, `close()`; their failures are `UpstreamIOError`.
"""

from __future__ import annotations

import aiohttp

from llmops.gateway.rawhttp import HttpClientError, RawPool, RawResponse

# What a failed upstream exchange raises, whichever client carried it.
UpstreamIOError = (HttpClientError, aiohttp.ClientError, OSError)


class AiohttpResponse:
    """aiohttp's ClientResponse behind the raw client's interface."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status = response.status

    async def read(self) -> bytes:
        try:
            return await self._response.read()
        finally:
            self._response.release()

    async def chunk(self) -> bytes:
        try:
            return await self._response.content.readany()
        except aiohttp.ClientError as exc:  # a cut stream: one error type for the relay
            raise HttpClientError(f"{type(exc).__name__}: {exc}") from None

    def release(self) -> None:
        self._response.release()

    def close(self) -> None:
        self._response.close()


class UpstreamClient:
    def __init__(self, raw: bool = True) -> None:
        self.raw = RawPool() if raw else None
        self._session: aiohttp.ClientSession | None = None

    def _aiohttp(self) -> aiohttp.ClientSession:
        if self._session is None:  # created on first use, inside the running loop
            connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=60, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=None), auto_decompress=True)
        return self._session

    async def post(self, base_url: str, path: str, body: bytes, headers: dict[str, str]) -> RawResponse | AiohttpResponse:
        if self.raw is not None and base_url.startswith("http://"):
            return await self.raw.post(base_url, path, body, headers)
        response = await self._aiohttp().post(base_url + path, data=body, headers=headers)
        return AiohttpResponse(response)

    async def close(self) -> None:
        if self.raw is not None:
            self.raw.close()
        if self._session is not None:
            await self._session.close()
