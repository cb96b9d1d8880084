"""Request ids: random, unique, read from the OS in batches."""

from __future__ import annotations

import re

from llmops.gateway.handlers import _RequestIds


def test_ids_are_unique_hex_across_batches():
    ids = _RequestIds(batch=4)
    got = [ids() for _ in range(1000)]
    assert len(set(got)) == 1000
    assert all(re.fullmatch(r"req_[0-9a-f]{24}", i) for i in got)
