"""Cache keys cover what changes the answer; entries expire and are bounded."""

from __future__ import annotations

from llmops.gateway.cache import AnswerCache, cache_key

BASE = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0}


def test_key_changes_with_anything_that_changes_the_answer():
    key = cache_key("chat", BASE)
    variants = [
        {**BASE, "model": "n"},
        {**BASE, "messages": [{"role": "user", "content": "hi!"}]},
        {**BASE, "temperature": 0.5},
        {**BASE, "max_tokens": 10},
        {**BASE, "seed": 1},
        {**BASE, "tools": [{"type": "function", "function": {"name": "f"}}]},
        {**BASE, "response_format": {"type": "json_object"}},
    ]
    keys = {cache_key("chat", v) for v in variants}
    assert key not in keys and len(keys) == len(variants)
    assert cache_key("completions", BASE) != key


def test_key_ignores_what_does_not():
    key = cache_key("chat", BASE)
    assert cache_key("chat", {**BASE, "user": "u1"}) == key
    assert cache_key("chat", {**BASE, "stream": False}) == key
    assert cache_key("chat", dict(reversed(list(BASE.items())))) == key


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_ttl_and_size_bound():
    clock = Clock()
    cache = AnswerCache(ttl=10, max_entries=2, clock=clock)
    cache.put("a", b"A")
    cache.put("b", b"B")
    assert cache.get("a") == b"A"  # a is now most recent
    cache.put("c", b"C")
    assert cache.get("b") is None and cache.get("a") == b"A" and len(cache) == 2
    clock.now = 10.5
    assert cache.get("a") is None and cache.get("c") is None
