"""The reservation is a real upper bound: never below what a request can cost."""

from decimal import Decimal as D

from hypothesis import given, settings, strategies as s

from llmops.gateway import jsoncodec
from llmops.gateway.metering import compile_pricing
from llmops.api.gateway_config import Pricing
from llmops.gateway.reservation import PER_MESSAGE, PER_REQUEST, input_bound, output_bound, worst_case

ONE = compile_pricing(Pricing(input_per_million_tokens=D(1_000_000), output_per_million_tokens=D(1_000_000)))


class Version:
    def __init__(self, *contents):
        self.messages = [{"role": "system", "content": c} for c in contents]


@settings(max_examples=300, deadline=None)
@given(s.lists(s.text(max_size=200), min_size=1, max_size=6), s.lists(s.text(max_size=100), max_size=2),
       s.one_of(s.none(), s.integers(1, 4096)))
def test_never_below_a_token_per_byte_plus_the_template(contents, template, max_tokens):
    body = {"model": "m", "messages": [{"role": "user", "content": c} for c in contents]}
    if max_tokens is not None:
        body["max_tokens"] = max_tokens
    raw = len(jsoncodec.dumps(body))
    version = Version(*template) if template else None
    n_messages = len(contents) + len(template)
    visible = sum(len(c.encode()) for c in contents + template)
    worst = worst_case(ONE, "chat", {**body, "messages": body["messages"] + (version.messages if version else [])},
                       raw, version, 1000)
    # the costliest tokenizer: a token per byte, plus a chat template's markers per message
    actual_most = visible + 8 * n_messages + 16 + (max_tokens or 1000)
    assert worst >= actual_most


def test_the_old_estimate_would_have_undercounted_a_dense_prompt():
    text = "😀" * 100  # 400 UTF-8 bytes: up to 400 tokens
    assert input_bound(len(text.encode()) + 40, 0, 1) >= 400 + PER_MESSAGE + PER_REQUEST
    assert (len(text.encode()) + 40 + 3) // 4 < 400  # bytes/4: what was reserved before


def test_output_is_max_tokens_else_the_cap_times_choices_and_prompts():
    assert output_bound({"max_tokens": 50}, 1000) == 50
    assert output_bound({"max_completion_tokens": 60, "max_tokens": 50}, 1000) == 60
    assert output_bound({}, 1000) == 1000
    assert output_bound({"max_tokens": 50, "n": 3}, 1000) == 150
    assert output_bound({"max_tokens": 50, "prompt": ["a", "b"]}, 1000) == 100
    assert output_bound({"max_tokens": 50, "prompt": [1, 2, 3]}, 1000) == 50  # one prompt of token ids
    assert worst_case(ONE, "embeddings", {"input": "x"}, 20, None, 1000) == 20 + PER_MESSAGE + PER_REQUEST
