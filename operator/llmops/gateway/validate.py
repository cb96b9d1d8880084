"""Step 1 of the request path: parse and bound the request body. Pure functions over bytes
and dicts; every refusal is a GatewayError with the OpenAI shape and a status.
"""

from __future__ import annotations

import json
from typing import Any

from llmops.gateway.errors import GatewayError, bad_request

CHAT, COMPLETIONS, EMBEDDINGS = "chat", "completions", "embeddings"

_SAMPLING = frozenset({
    "temperature", "top_p", "n", "stop", "max_tokens", "presence_penalty", "frequency_penalty", "logit_bias",
    "logprobs", "user", "seed", "stream", "stream_options", "metadata", "service_tier", "store",
    # vLLM / TGI sampling extensions that OpenAI-compatible servers accept
    "top_k", "min_p", "repetition_penalty", "length_penalty", "stop_token_ids", "ignore_eos", "min_tokens",
    "skip_special_tokens", "spaces_between_special_tokens", "include_stop_str_in_output",
    "guided_json", "guided_regex", "guided_choice", "guided_grammar", "truncate_prompt_tokens",
})
SUPPORTED: dict[str, frozenset[str]] = {
    CHAT: _SAMPLING | {
        "model", "messages", "max_completion_tokens", "top_logprobs", "tools", "tool_choice",
        "parallel_tool_calls", "response_format", "reasoning_effort", "modalities", "prediction",
        "chat_template_kwargs", "add_generation_prompt", "continue_final_message", "echo",
        "prompt_cache_key", "safety_identifier", "verbosity",
    },
    COMPLETIONS: _SAMPLING | {"model", "prompt", "suffix", "echo", "best_of"},
    EMBEDDINGS: frozenset({"model", "input", "encoding_format", "dimensions", "user", "truncate_prompt_tokens"}),
}
_REQUIRED = {CHAT: "messages", COMPLETIONS: "prompt", EMBEDDINGS: "input"}


def loads(raw: bytes) -> Any:
    """json.loads for a body that is almost always UTF-8 starting with "{": decoded directly,
    without json's encoding detection (a Python function per call); anything else goes
    through json.loads as it is (BOMs, UTF-16/32)."""
    if raw[:1] == b"{":
        return json.loads(raw.decode())
    return json.loads(raw)


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        body = loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"Request body is not valid JSON: {exc}", code="invalid_json") from None
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object.", code="invalid_json")
    return body


def check_request(body: dict[str, Any], endpoint: str, models: frozenset[str], max_output_tokens: int) -> str:
    """Refuse what the gateway will not forward; return the model name."""
    model = body.get("model")
    if model is None:
        raise bad_request("Missing required parameter: 'model'.", code="missing_required_parameter", param="model")
    if not isinstance(model, str):
        raise bad_request("'model' must be a string.", param="model")
    if model not in models:
        raise GatewayError(
            404,
            f"The model '{model}' does not exist here. Available: {', '.join(sorted(models))}.",
            code="model_not_found",
            param="model",
        )
    unsupported = body.keys() - SUPPORTED[endpoint]
    if unsupported:
        name = sorted(unsupported)[0]
        raise bad_request(f"Unsupported parameter: '{name}' is not supported on this endpoint.", code="unsupported_parameter", param=name)
    required = _REQUIRED[endpoint]
    value = body.get(required)
    if value is None or (isinstance(value, (list, str)) and len(value) == 0 and endpoint == CHAT):
        raise bad_request(f"Missing required parameter: '{required}'.", code="missing_required_parameter", param=required)
    if endpoint == CHAT and not (isinstance(value, list) and all(isinstance(m, dict) for m in value)):
        raise bad_request("'messages' must be a list of message objects.", param="messages")
    for name in ("max_tokens", "max_completion_tokens"):
        limit = body.get(name)
        if limit is None:
            continue
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise bad_request(f"'{name}' must be a positive integer.", code="invalid_value", param=name)
        if limit > max_output_tokens:
            raise bad_request(
                f"'{name}' is {limit}, above this deployment's cap of {max_output_tokens}.", code="max_tokens_too_large", param=name
            )
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean.", param="stream")
    if stream and endpoint == EMBEDDINGS:
        raise bad_request("Embeddings cannot be streamed.", param="stream")
    return model


def text_slots(body: dict[str, Any], endpoint: str) -> list[tuple[Any, Any]]:
    """(container, key) of every string a person wrote in the request, for guardrails to read
    and rewrite in place: message contents and text parts, prompts, embedding inputs."""
    slots: list[tuple[Any, Any]] = []
    if endpoint == CHAT:
        for message in body["messages"]:
            content = message.get("content")
            if isinstance(content, str):
                slots.append((message, "content"))
            elif isinstance(content, list):
                slots.extend((part, "text") for part in content if isinstance(part, dict) and isinstance(part.get("text"), str))
    else:
        key = _REQUIRED[endpoint]
        value = body[key]
        if isinstance(value, str):
            slots.append((body, key))
        elif isinstance(value, list):
            slots.extend((value, i) for i, item in enumerate(value) if isinstance(item, str))
    return slots


def requested_output_tokens(body: dict[str, Any]) -> int | None:
    value = body.get("max_completion_tokens", body.get("max_tokens"))
    return value if isinstance(value, int) else None
