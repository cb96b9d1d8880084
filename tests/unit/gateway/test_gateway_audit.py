"""The audit trail's output: one whole JSON line per request, serialised and written once per
turn of the event loop (after the answers of that turn went out), at once when no loop runs."""

from __future__ import annotations

import asyncio
import io
import json

from llmops.gateway.audit import AuditLog, hash_caller


class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def lines(stream: CountingStream) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_without_a_loop_every_line_is_flushed():
    stream = CountingStream()
    log = AuditLog(stream=stream)
    log.write({"requestId": "a"})
    log.write({"requestId": "b", "text": "é"})
    assert stream.flushes == 2
    assert lines(stream) == [{"requestId": "a"}, {"requestId": "b", "text": "é"}]


def test_in_a_loop_lines_of_one_turn_share_one_flush():
    stream = CountingStream()
    log = AuditLog(stream=stream)

    async def burst() -> tuple[int, int, str]:
        for i in range(3):
            log.write({"requestId": str(i)})
        before, written = stream.flushes, stream.getvalue()
        await asyncio.sleep(0)  # one turn of the loop
        after = stream.flushes
        log.write({"requestId": "3"})
        await asyncio.sleep(0)
        return before, after, written

    before, after, written_in_turn = asyncio.run(burst())
    assert (before, after, written_in_turn) == (0, 1, "")
    assert stream.flushes == 2
    assert [r["requestId"] for r in lines(stream)] == ["0", "1", "2", "3"]


def test_flush_on_shutdown_writes_what_is_pending():
    stream = CountingStream()
    log = AuditLog(stream=stream)

    async def write_and_stop() -> None:
        log.write({"requestId": "last"})
        log.flush()  # what the app's cleanup does

    asyncio.run(write_and_stop())
    assert lines(stream) == [{"requestId": "last"}]


def test_sink_gets_each_line_and_callers_are_hashed():
    got: list[str] = []
    AuditLog(sink=got.append).write({"caller": hash_caller("sk-secret")})
    assert len(got) == 1 and "sk-secret" not in got[0]
    assert len(json.loads(got[0])["caller"]) == 16
    assert hash_caller(None) is None and hash_caller("") is None


def test_timestamps_are_utc_with_milliseconds():
    from llmops.gateway.audit import timestamp

    assert timestamp(0.0) == "1970-01-01T00:00:00.000Z"
    assert timestamp(1.5) == "1970-01-01T00:00:01.500Z"
    assert timestamp(1764328123.0456) == "2025-11-28T11:08:43.045Z"
    assert timestamp(1764328124.25) == "2025-11-28T11:08:44.250Z"  # the next second is not the cached one
