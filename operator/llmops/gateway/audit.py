"""The audit trail: one JSON line per request on stdout, collected by the cluster's log pipeline.

Caller keys are hashed (the trail must not leak API keys); bodies appear only after
redaction, and only when the config asks for them.

Lines are written whole, one per request, but flushed once per turn of the event loop rather
than once per line: the flush (a write system call) then happens after the answer has gone out,
and a burst of requests shares one. Outside a running loop every line is flushed at once, and
the app flushes on shutdown.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO


def hash_caller(key: str | None) -> str | None:
    if not key:
        return None
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class AuditLog:
    def __init__(self, stream: TextIO | None = None, sink: Callable[[str], None] | None = None) -> None:
        self._stream = stream or sys.stdout
        self._sink = sink
        self._flush_scheduled = False

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, separators=(",", ":"), ensure_ascii=False, default=str)
        if self._sink is not None:
            self._sink(line)
            return
        self._stream.write(line + "\n")
        if self._flush_scheduled:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (tools, tests): nothing to batch with
            self._stream.flush()
            return
        self._flush_scheduled = True
        loop.call_soon(self.flush)

    def flush(self) -> None:
        self._flush_scheduled = False
        self._stream.flush()


def timestamp(epoch: float | None = None) -> str:
    t = time.time() if epoch is None else epoch
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t % 1 * 1000):03d}Z"
