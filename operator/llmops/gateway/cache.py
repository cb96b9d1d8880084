"""Exact-match answer cache, bounded by entries and time to live."""

from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Fields that do not change the answer. Everything else (model, messages after prompt and
# redaction, every sampling parameter, tools, response_format, ...) is part of the key.
_NOT_IN_KEY = frozenset({"stream", "stream_options", "user"})


def cache_key(endpoint: str, body: dict[str, Any]) -> str:
    """Key over the exact request the upstream would see, minus fields that don't change the answer."""
    material = {k: v for k, v in body.items() if k not in _NOT_IN_KEY}
    canonical = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(f"{endpoint}\0{canonical}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    body: bytes
    expires: float


class AnswerCache:
    def __init__(self, ttl: float, max_entries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, CachedAnswer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires <= self.clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry.body

    def put(self, key: str, body: bytes) -> None:
        self._entries[key] = CachedAnswer(body, self.clock() + self.ttl)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
