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


def test_with_interval_zero_lines_of_one_turn_share_one_flush():
    stream = CountingStream()
    log = AuditLog(stream=stream, interval=0)

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


def test_lines_wait_at_most_the_interval_and_a_full_buffer_goes_at_once():
    stream = CountingStream()
    log = AuditLog(stream=stream, interval=0.05, max_pending=1000)

    async def scenario() -> tuple[int, int, int, list[str]]:
        log.write("a" * 10)
        log.write("b" * 10)
        await asyncio.sleep(0)
        still_waiting = stream.flushes
        await asyncio.sleep(0.2)  # past the interval
        after_interval = stream.flushes
        log.write("c" * 600)
        log.write("d" * 600)  # over max_pending: written now, without waiting
        at_once = stream.flushes
        await asyncio.sleep(0.2)  # the cancelled timer does not flush again
        return still_waiting, after_interval, at_once, stream.getvalue().splitlines()

    still_waiting, after_interval, at_once, written = asyncio.run(scenario())
    assert (still_waiting, after_interval, at_once) == (0, 1, 2)
    assert stream.flushes == 2
    assert written == ["a" * 10, "b" * 10, "c" * 600, "d" * 600]


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


def _exchange(**fields):
    from llmops.gateway.guardrails.policy import Hit
    from llmops.gateway.record import Exchange

    ex = Exchange("req_1", "chat")
    ex.wall = 1.25
    ex.hits = [Hit("pii", "Enforce", "pii.Email", "Redact", 3, 9, "[EMAIL]"), Hit("deny", "Audit", 'deny.a"b', "Block")]
    for name, value in fields.items():
        setattr(ex, name, value)
    return ex


def test_audit_line_is_the_documented_record():
    from decimal import Decimal

    from llmops.gateway.metering import Usage
    from llmops.gateway.record import audit_line

    ex = _exchange(model='m"odel\n', prompt_version="v2", prompt="support", caller="sk-secret", upstream="main", code=200)
    line = audit_line(ex, Usage(10, 3, estimated=True), Decimal("0.000150"), 0.0123456, "EUR",
                      tail=',"request":[{"role":"user","content":"hi"}],"response":"ok"')
    assert "\n" not in line and "sk-secret" not in line
    assert json.loads(line) == {
        "type": "llmops.audit", "time": "1970-01-01T00:00:01.250Z", "requestId": "req_1", "endpoint": "chat",
        "caller": hash_caller("sk-secret"), "model": 'm"odel\n', "promptVersion": "v2", "prompt": "support", "upstream": "main",
        "code": 200, "outcome": "ok", "cached": False, "inputTokens": 10, "outputTokens": 3, "tokensEstimated": True,
        "cost": "0.00015", "currency": "EUR",
        "guardrails": [{"policy": "pii", "rule": "pii.Email", "action": "Redact", "mode": "Enforce"},
                       {"policy": "deny", "rule": 'deny.a"b', "action": "Block", "mode": "Audit"}],
        "durationMs": 12.346, "request": [{"role": "user", "content": "hi"}], "response": "ok",
    }


def test_audit_line_of_a_refused_request_without_usage():
    from decimal import Decimal

    from llmops.gateway.record import audit_line

    record = json.loads(audit_line(_exchange(code=429, error="budget_exceeded", hits=[], model="é"), None, Decimal(0), 0.0, "USD"))
    assert (record["outcome"], record["error"], record["model"], record["caller"], record["upstream"]) == ("refused", "budget_exceeded", "é", None, None)
    assert (record["inputTokens"], record["outputTokens"], record["tokensEstimated"], record["cost"], record["guardrails"]) == (0, 0, False, "0", [])
    assert "request" not in record and "prompt" not in record  # no version chosen: no prompt


def test_a_lone_surrogate_loses_no_line_and_the_stream_stays_utf8():
    import io
    from llmops.gateway.audit import AuditLog
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    log = AuditLog(stream=stream)
    log.write({"requestId": "a", "request": "x\ud800y"})  # json.loads('"\\ud800"') gives such a str
    log.write({"requestId": "b", "request": "caf\u00e9"})
    log.flush()
    lines = raw.getvalue().decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
    assert [json.loads(line)["requestId"] for line in lines] == ["a", "b"]
    assert json.loads(lines[0])["request"] == "x\ud800y", "the same value, as a JSON escape"


def test_lines_are_utf8_whatever_the_stream_encoding():
    import io
    from llmops.gateway.audit import AuditLog
    raw = io.BytesIO()
    log = AuditLog(stream=io.TextIOWrapper(raw, encoding="ascii"))  # a C-locale stdout
    log.write({"requestId": "a", "model": "mod\u00e8le"})
    log.flush()
    assert json.loads(raw.getvalue().decode("utf-8"))["model"] == "mod\u00e8le"


def test_a_write_failure_is_counted_and_logged(caplog):
    from llmops.gateway.audit import AuditLog

    class Broken:
        def write(self, data):
            raise OSError("disk full")

        def flush(self):
            pass

    log = AuditLog(stream=Broken())
    lost = []
    log.on_error = lost.append
    log.write({"a": 1})
    log.write({"b": 2})
    log.flush()
    assert sum(lost) >= 1 and log.failed_lines == sum(lost)
    assert "could not be written" in caplog.text
