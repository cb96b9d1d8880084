"""Sticky weighted choice of prompt versions, template rendering, default parameters."""

from __future__ import annotations

import random
from collections import Counter

from llmops.api.gateway_config import Prompt
from llmops.gateway.prompts import apply_version, choose_prompt_version, compile_prompt, render_template


def prompt(canary_weight: int) -> Prompt:
    return Prompt.model_validate({
        "name": "support",
        "versions": [
            {"name": "v4", "weight": canary_weight,
             "template": {"messages": [{"role": "system", "content": "You help {{ company }} customers. {{company}}!"}],
                          "variables": {"company": "Acme"}},
             "parameters": {"temperature": 0.2, "maxTokens": 64}},
            {"name": "v3", "weight": 100 - canary_weight},
        ],
    })


def test_weighted_distribution_by_key():
    rt = compile_prompt(prompt(20))
    counts = Counter(choose_prompt_version(rt, f"user-{i}").name for i in range(20_000))
    assert 0.18 < counts["v4"] / 20_000 < 0.22


def test_weighted_distribution_without_key():
    rt = compile_prompt(prompt(30))
    rng = random.Random(7)
    counts = Counter(choose_prompt_version(rt, None, rng).name for _ in range(20_000))
    assert 0.28 < counts["v4"] / 20_000 < 0.32


def test_sticky_same_key_same_version():
    rt = compile_prompt(prompt(50))
    for i in range(200):
        first = choose_prompt_version(rt, f"u{i}").name
        assert all(choose_prompt_version(rt, f"u{i}").name == first for _ in range(5))


def test_raising_canary_weight_only_moves_users_towards_it():
    before = compile_prompt(prompt(10))
    after = compile_prompt(prompt(50))
    users = [f"user-{i}" for i in range(5000)]
    in_canary = {u for u in users if choose_prompt_version(before, u).name == "v4"}
    assert in_canary and all(choose_prompt_version(after, u).name == "v4" for u in in_canary)


def test_zero_weight_is_never_chosen():
    rt = compile_prompt(prompt(0))
    assert {choose_prompt_version(rt, f"k{i}").name for i in range(2000)} == {"v3"}


def test_render_is_substitution_only():
    assert render_template("Hi {{ name }} {{name}}", {"name": "{{ other }} __import__('os')"}) == (
        "Hi {{ other }} __import__('os') {{ other }} __import__('os')"
    )


def test_apply_version_prepends_messages_and_fills_missing_parameters():
    version = compile_prompt(prompt(100)).versions[0]
    assert version.messages[0]["content"] == "You help Acme customers. Acme!"
    body = {"messages": [{"role": "user", "content": "hello"}], "temperature": 0.9}
    apply_version(body, version)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["temperature"] == 0.9 and body["max_tokens"] == 64
    body = {"messages": [], "max_completion_tokens": 5}
    apply_version(body, version)
    assert "max_tokens" not in body
