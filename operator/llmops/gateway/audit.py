"""The audit trail: one JSON line per request on stdout, collected by the cluster's log pipeline.

Caller keys are hashed (the trail must not leak API keys); bodies appear only after
redaction, and only when the config asks for them.

Lines are taken as they come (built after the answer went out, see record.finish) and written
together: at most 0.1 s after the first of them, or at once when 64 KiB are waiting, in one
write and one flush (a write per request was ~3% of the gateway's CPU at one request at a
time). Outside a running loop every line is written at once, and the app flushes on shutdown
(SIGTERM included). A `sink` (tests, embedding) gets each line synchronously.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import re
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

import orjson


log = logging.getLogger("llmops.gateway")

# A Python str can hold a lone surrogate (a JSON body may carry "\ud800" escapes): UTF-8 cannot
# encode it, and one such line would fail the write of its whole batch. In a line every such
# character sits inside a JSON string literal, so it is written as its \u escape instead: the
# line stays valid JSON with the same value, and the stream valid UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_line(line: str) -> str:
    """`line` with lone surrogates as JSON escapes (see _SURROGATE); most lines are unchanged."""
    if line.isascii():
        return line
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


def hash_caller(key: str | None) -> str | None:
    if not key:
        return None
    return _sha256_16(key)


@functools.lru_cache(maxsize=4096)  # callers repeat: most requests skip the hash
def _sha256_16(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class AuditLog:
    """`interval`: the longest a line waits before it is written (seconds; 0: at the end of the
    loop's turn). `max_pending`: characters that are written at once, whatever the wait."""

    def __init__(self, stream: TextIO | None = None, sink: Callable[[str], None] | None = None,
                 interval: float = 0.1, max_pending: int = 64 * 1024) -> None:
        self._stream = stream or sys.stdout
        self._sink = sink
        self.interval = interval
        self.max_pending = max_pending
        self._pending: list[str] = []  # lines not written yet
        self._size = 0
        self._timer: asyncio.TimerHandle | asyncio.Handle | None = None
        # called with the number of lines lost when a write fails (the app counts them in
        # llmops_gateway_audit_write_errors_total); the failure is logged as well
        self.on_error: Callable[[int], None] | None = None
        self.failed_lines = 0

    def write(self, record: dict[str, Any] | str) -> None:
        """Take one record: a dict, or a line already encoded (record.audit_line)."""
        line = safe_line(record if isinstance(record, str) else _line(record))
        if self._sink is not None:
            try:
                self._sink(line)
            except Exception:
                self._failed(1)
            return
        self._pending.append(line)
        self._size += len(line)
        if self._size >= self.max_pending:
            self.flush()
            return
        if self._timer is not None:
            return  # a flush is already scheduled
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (tools, tests): nothing to batch with
            self.flush()
            return
        self._timer = loop.call_later(self.interval, self.flush) if self.interval > 0 else loop.call_soon(self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, []
        self._size = 0
        try:
            if pending:
                pending.append("")
                data = "\n".join(pending)
                # UTF-8 whatever the locale says stdout is: a C-locale stream would refuse
                # non-ASCII text (lines are already free of lone surrogates)
                binary = getattr(self._stream, "buffer", None)
                if binary is not None:
                    self._stream.flush()
                    binary.write(data.encode("utf-8"))
                    binary.flush()
                else:
                    self._stream.write(data)
            self._stream.flush()
        except Exception:  # a full disk, a closed pipe: counted and logged, never silent
            self._failed(max(len(pending) - 1, 0))

    def _failed(self, lines: int) -> None:
        self.failed_lines += lines
        log.exception("audit trail: %d line(s) could not be written", lines)
        if self.on_error is not None:
            self.on_error(lines)


# The standard library's encoder, for what orjson refuses (lone surrogates: safe_line escapes
# them); one for every line, as json.dumps with options builds a new JSONEncoder per call.
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode


def encode(value: Any) -> str:
    """Compact JSON text of `value`, non-ASCII as it is, anything else JSON lacks as str()."""
    try:
        return orjson.dumps(value, default=str).decode()
    except (orjson.JSONEncodeError, OverflowError):
        return _ENCODE(value)


def _line(record: dict[str, Any]) -> str:
    return _ENCODE(record)


def timestamp(epoch: float | None = None) -> str:
    t = time.time() if epoch is None else epoch
    return _second(int(t)) + f".{int(t % 1 * 1000):03d}Z"


@functools.lru_cache(maxsize=4)  # strftime once per second, not once per request
def _second(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
