"""Step 1 of the request path: parse and bound the request body. Pure functions over bytes
and dicts; every refusal is a GatewayError with the OpenAI shape and a status.
"""

from __future__ import annotations

from typing import Any

from llmops.gateway import jsoncodec
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


# The deepest JSON the gateway reads, from a client or an upstream. json's C decoder recurses
# and raises RecursionError near 1000 levels, and so would every walk over the value after it
# (guardrails, json.dumps, the audit encoder); an OpenAI body with tool schemas nests ~15 deep.
MAX_JSON_DEPTH = 64


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether `value` nests dicts and lists more than `limit` levels (level by level: no
    recursion, and only containers are kept)."""
    level = [value]
    depth = 1
    while level:
        if depth > limit:
            return True
        below = []
        for item in level:
            for child in (item.values() if type(item) is dict else item):
                kind = type(child)
                if kind is dict or kind is list:
                    below.append(child)
        level = below
        depth += 1
    return False


def loads(raw: bytes) -> Any:
    """The JSON value of `raw` (jsoncodec.loads: BOMs and UTF-16/32 included), bounded to
    MAX_JSON_DEPTH (ValueError beyond)."""
    try:
        value = jsoncodec.loads(raw)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    # The walk visits containers only (~1 us for a chat body; cheaper than counting brackets).
    if isinstance(value, (dict, list)) and _deeper_than(value, MAX_JSON_DEPTH):
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        body = loads(raw)
    except ValueError as exc:  # UnicodeDecodeError is one
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


def requested_output_tokens(body: dict[str, Any]) -> int | None:
    value = body.get("max_completion_tokens", body.get("max_tokens"))
    return value if isinstance(value, int) else None


# --- what an upstream answers -----------------------------------------------------------------

MAX_UPSTREAM_BODY = 32 * 1024 * 1024  # a complete answer above this is refused (502 upstream_invalid)


def _choice_problem(choice: Any, holder_key: str | None, text_key: str) -> str | None:
    if not isinstance(choice, dict):
        return "a choice is not an object"
    index = choice.get("index", 0)
    if not isinstance(index, int) or isinstance(index, bool):
        return "a choice's 'index' is not an integer"
    holder = choice.get(holder_key) if holder_key else choice
    if holder is None and holder_key:
        return None
    if not isinstance(holder, dict):
        return f"'{holder_key}' is not an object"
    for key in (text_key, "refusal", "reasoning_content"):
        value = holder.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' is not a string"
    calls = holder.get("tool_calls")
    if calls is not None:
        if not isinstance(calls, list):
            return "'tool_calls' is not a list"
        for call in calls:
            if not isinstance(call, dict):
                return "a tool call is not an object"
            if not isinstance(call.get("index", 0), int) or isinstance(call.get("index", 0), bool):
                return "a tool call's 'index' is not an integer"
            function = call.get("function")
            if function is not None and (not isinstance(function, dict) or not isinstance(function.get("arguments", ""), str)
                                         or not isinstance(function.get("name", ""), str)):
                return "a tool call's function is not an object with string name and arguments"
    function = holder.get("function_call")
    if function is not None and (not isinstance(function, dict) or not isinstance(function.get("arguments", ""), str)):
        return "'function_call' is not an object with string arguments"
    return None


def answer_problem(answer: Any, endpoint: str, stream: bool = False) -> str | None:
    """Why an upstream answer (or, `stream`, one chunk of it) cannot be used; None when it can.
    Every field the gateway reads is checked here, before it is read."""
    if not isinstance(answer, dict):
        return "the answer is not a JSON object"
    usage = answer.get("usage")
    if usage is not None and not isinstance(usage, dict):
        return "'usage' is not an object"
    if endpoint == EMBEDDINGS:
        return None
    choices = answer.get("choices")
    if choices is None:
        return None if stream else "the answer has no 'choices'"
    if not isinstance(choices, list):
        return "'choices' is not a list"
    holder_key = ("delta" if stream else "message") if endpoint == CHAT else None
    for choice in choices:
        problem = _choice_problem(choice, holder_key, "content" if endpoint == CHAT else "text")
        if problem is not None:
            return problem
    return None
