"""The request mix of `llmops dev traffic` (pure part)."""

from __future__ import annotations

import random

from llmops.devcluster import traffic


def test_the_mix_has_every_kind_of_request_and_is_reproducible():
    mix = [traffic.plan(i, random.Random(7 + i), "m") for i in range(400)]
    again = [traffic.plan(i, random.Random(7 + i), "m") for i in range(400)]
    assert mix == again
    assert {p.caller for p in mix} == set(traffic.CALLERS)
    share = lambda pred: sum(map(pred, mix)) / len(mix)  # noqa: E731
    assert 0.1 < share(lambda p: p.pii) < 0.3
    assert 0.2 < share(lambda p: p.stream) < 0.4
    assert share(lambda p: p.feedback == "positive") > share(lambda p: p.feedback == "negative") > 0
    assert all(p.body["max_tokens"] == 32 and p.body["model"] == "m" for p in mix)
    assert all(any(x in p.body["messages"][0]["content"] for x in ("@", "4111", "555")) == p.pii for p in mix)
