"""Request and answer bodies of the benchmark (the same for every target)."""

from __future__ import annotations

import json

MODEL = "bench-model"

# About 2 KB of user text with a few entities for the redaction to find.
PROMPT_TEXT = (
    "Hello, I am writing about my order. My email is jane.doe@example.com and my phone is +1 415 555 2671. "
    "I paid with card 4111 1111 1111 1111 and the invoice mentions IBAN DE89 3704 0044 0532 0130 00. "
    + "The parcel was supposed to arrive last week but the tracking page has not changed since Monday. " * 19
    + "Please tell me what happened and when I can expect it."
)


def chat_request(stream: bool = False) -> bytes:
    body = {"model": MODEL, "messages": [{"role": "user", "content": PROMPT_TEXT}], "max_tokens": 64}
    if stream:
        body["stream"] = True
    return json.dumps(body).encode()


ANSWER = json.dumps({
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 1, "model": MODEL,
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Your parcel is on its way and should arrive tomorrow."},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 520, "completion_tokens": 12, "total_tokens": 532},
})


def stream_answer() -> str:
    words = "Your parcel is on its way and should arrive tomorrow.".split(" ")
    events = [{"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    events += [{"choices": [{"index": 0, "delta": {"content": w + " "}, "finish_reason": None}]} for w in words]
    events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    events.append({"choices": [], "usage": {"prompt_tokens": 520, "completion_tokens": len(words), "total_tokens": 520 + len(words)}})
    out = ""
    for e in events:
        e.update({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1, "model": MODEL})
        out += "data: " + json.dumps(e) + "\n\n"
    return out + "data: [DONE]\n\n"
