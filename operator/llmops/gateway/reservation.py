"""The worst case a request can cost, reserved against the budget before it is forwarded. Pure.

It must never be below what the request really costs, or concurrent requests overspend a grant:
- input: the UTF-8 bytes of every model-visible text, plus an allowance per message and per
  request for what the chat template adds. A token of a byte-level BPE (GPT, Llama, Qwen, ...)
  or of a SentencePiece vocabulary with byte fallback covers at least one byte, so there are
  never more tokens than bytes. The client's text is all inside the raw body (JSON escaping
  only adds bytes), so its length bounds it without walking the body; the prompt version's
  messages are added as the UTF-8 bytes they are;
- output: `max_tokens` (or `max_completion_tokens`) of the request, else of the prompt version
  (already filled in by then), else the gateway's cap; times `n` choices, and per prompt of a
  batched completions request.
The real cost is settled on the upstream's `usage` afterwards."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from llmops.gateway.metering import price
from llmops.gateway.validate import EMBEDDINGS, requested_output_tokens

PER_MESSAGE = 16   # role markers, separators, a name: over what any common chat template adds
PER_REQUEST = 32   # the template's start, the assistant turn, tool-definition framing


def input_bound(raw_bytes: int, template_bytes: int, messages: int) -> int:
    return raw_bytes + template_bytes + PER_MESSAGE * messages + PER_REQUEST


def output_bound(body: dict[str, Any], cap: int) -> int:
    n = body.get("n")
    choices = n if isinstance(n, int) and n > 1 else 1
    prompt = body.get("prompt")
    prompts = len(prompt) if isinstance(prompt, list) and prompt and not isinstance(prompt[0], int) else 1
    return (requested_output_tokens(body) or cap) * choices * prompts


def worst_case(prices, endpoint: str, body: dict[str, Any], raw_bytes: int, version, cap: int) -> Decimal:
    """`version`: the prompt version applied to the body (None: none)."""
    template = sum(len(m["content"].encode()) for m in version.messages) if version is not None else 0
    messages = body.get("messages")
    inp = input_bound(raw_bytes, template, len(messages) if isinstance(messages, list) else 1)
    return price(prices, inp, 0 if endpoint == EMBEDDINGS else output_bound(body, cap))
