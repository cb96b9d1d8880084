"""Streamed tool-call arguments through the gateway, read with the real openai client: held per
call until complete, then redacted per JSON string value and sent as one piece (toolargs.py)."""

from __future__ import annotations

import json

from gateway_harness import MODEL, Reply, base_config, client

CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
PII = [{"name": "pii", "output": {"pii": {"entities": ["Email"]}}}]


def sse(*events) -> bytes:
    return b"".join(b"data: " + (e if isinstance(e, bytes) else json.dumps(e).encode()) + b"\n\n" for e in events)


def call_events(*calls: tuple[str, list[str]]) -> bytes:
    """An upstream stream of tool calls: per call its first delta (id, name), then its pieces."""
    events = [{**CHUNK, "choices": [{"index": 0, "delta": {"role": "assistant", "content": None}, "finish_reason": None}]}]
    for i, (name, pieces) in enumerate(calls):
        events.append({**CHUNK, "choices": [{"index": 0, "finish_reason": None, "delta": {"tool_calls": [
            {"index": i, "id": f"call_{i}", "type": "function", "function": {"name": name, "arguments": ""}}]}}]})
        events.extend({**CHUNK, "choices": [{"index": 0, "finish_reason": None, "delta": {"tool_calls": [
            {"index": i, "function": {"arguments": p}}]}}]} for p in pieces)
    events.append({**CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    return sse(*events, b"[DONE]")


def streamed_calls(gw) -> tuple[dict[int, dict], list[tuple[int, str]], str | None]:
    """What the openai client reads: the calls (id, name, arguments joined), every argument
    piece as it came (call index, piece), and the finish reason."""
    calls: dict[int, dict] = {}
    pieces: list[tuple[int, str]] = []
    finish = None
    stream = client(gw).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "go"}], stream=True)
    for chunk in stream:
        for choice in chunk.choices:
            finish = choice.finish_reason or finish
            for call in choice.delta.tool_calls or ():
                entry = calls.setdefault(call.index, {"id": None, "name": None, "arguments": ""})
                entry["id"] = call.id or entry["id"]
                if call.function is not None:
                    entry["name"] = call.function.name or entry["name"]
                    if call.function.arguments:
                        entry["arguments"] += call.function.arguments
                        pieces.append((call.index, call.function.arguments))
    return calls, pieces, finish


def test_an_address_hidden_by_a_json_escape_is_redacted(stub, make_gateway):
    # raw text reads "jo\u0040example.com": no "@" to find; the parsed value is an address
    gw = make_gateway(base_config(stub.url, guardrails=PII))
    stub.replies = [Reply(stream_body=call_events(("send", ['{"to": "jo\\u00', '40exam', 'ple.com", "n": 1}'])))]
    calls, pieces, finish = streamed_calls(gw)
    assert json.loads(calls[0]["arguments"]) == {"to": "[EMAIL]", "n": 1}
    assert calls[0]["id"] == "call_0" and calls[0]["name"] == "send" and finish == "tool_calls"
    assert len(pieces) == 1  # the arguments come in one piece, once complete
    assert gw.audit[-1]["guardrails"] == [{"policy": "pii", "rule": "pii.Email", "action": "Redact", "mode": "Enforce"}]


def test_a_redaction_never_breaks_the_json_the_tool_parses(stub, make_gateway):
    # as raw text, `token=\S+` runs on over the quote and comma after the value
    gw = make_gateway(base_config(stub.url, guardrails=[
        {"name": "secrets", "output": {"deny": [{"name": "token", "pattern": r"token=\S+", "action": "Redact"}]}}]))
    stub.replies = [Reply(stream_body=call_events(("search", ['{"q": "tok', 'en=abc123', '", "n', '": 1}'])))]
    calls, _, _ = streamed_calls(gw)
    assert json.loads(calls[0]["arguments"]) == {"q": "[token]", "n": 1}


def test_each_call_of_a_choice_is_sent_when_complete(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=PII))
    stub.replies = [Reply(stream_body=call_events(
        ("first", ['{"a": "x@exa', 'mple.com"}']),
        ("second", ['{"b": [1, ', '"y@example.org"]}']),
        ("third", ['{"c": "no address', ' here', ", a longer text" * 12 + '"}'])))]
    calls, pieces, _ = streamed_calls(gw)
    third = {"c": "no address here" + ", a longer text" * 12}
    assert [json.loads(calls[i]["arguments"]) for i in range(3)] == [{"a": "[EMAIL]"}, {"b": [1, "[EMAIL]"]}, third]
    assert [i for i, _ in pieces] == [0, 1, 2]  # one piece per call (longer than any hold-back window)
    assert pieces[2][1] == json.dumps(third)  # nothing found: the upstream's text as it was


def test_arguments_that_are_not_json_are_redacted_as_text(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=PII))
    stub.replies = [Reply(stream_body=call_events(("note", ["mail jo", "@example.com today"])))]
    calls, _, _ = streamed_calls(gw)
    assert calls[0]["arguments"] == "mail [EMAIL] today"


def test_unfinished_json_is_redacted_as_text_when_the_choice_ends(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=PII))
    stub.replies = [Reply(stream_body=call_events(("send", ['{"to": "jo@exa', 'mple.com"'])))]
    calls, _, _ = streamed_calls(gw)
    assert calls[0]["arguments"] == '{"to": "[EMAIL]"'


def test_a_blocked_value_stops_the_answer(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, guardrails=[
        {"name": "secrets", "output": {"deny": [{"name": "key", "pattern": r"sk-[a-z0-9]{8}", "action": "Block"}]}}]))
    stub.replies = [Reply(stream_body=call_events(("store", ['{"k": "sk-\\u0061bc', 'def12"}'])))]
    calls, pieces, finish = streamed_calls(gw)
    assert finish == "content_filter" and pieces == []
    assert "sk-abcdef12" not in json.dumps(calls)
