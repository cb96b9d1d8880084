"""The audit trail: one JSON line per request on stdout, collected by the cluster's log pipeline.

Caller keys are hashed (the trail must not leak API keys); bodies appear only after
redaction, and only when the config asks for them.

Records are taken as they come but serialised and written once per turn of the event loop
(one whole line per record, all of the turn's lines in one write and one flush): that work then
happens after the answers of the turn have gone out instead of before. Outside a running loop
every record is written at once, and the app flushes on shutdown. A `sink` (tests, embedding)
gets each line synchronously.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO


def hash_caller(key: str | None) -> str | None:
    if not key:
        return None
    return _sha256_16(key)


@functools.lru_cache(maxsize=4096)  # callers repeat: most requests skip the hash
def _sha256_16(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class AuditLog:
    def __init__(self, stream: TextIO | None = None, sink: Callable[[str], None] | None = None) -> None:
        self._stream = stream or sys.stdout
        self._sink = sink
        self._pending: list[dict[str, Any]] = []  # records not written yet (never mutated after write)

    def write(self, record: dict[str, Any]) -> None:
        if self._sink is not None:
            self._sink(_line(record))
            return
        self._pending.append(record)
        if len(self._pending) > 1:
            return  # a flush is already scheduled for this turn
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (tools, tests): nothing to batch with
            self.flush()
            return
        loop.call_soon(self.flush)

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self._stream.write("".join([_line(r) + "\n" for r in pending]))
        self._stream.flush()


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False, default=str)


def timestamp(epoch: float | None = None) -> str:
    t = time.time() if epoch is None else epoch
    return _second(int(t)) + f".{int(t % 1 * 1000):03d}Z"


@functools.lru_cache(maxsize=4)  # strftime once per second, not once per request
def _second(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
