"""A deduplicating work queue of object keys (the client-go workqueue idea, on asyncio).

A key is never processed by two workers at once; a key added while it is being processed is
processed again afterwards; failures come back after an exponential backoff. Keys of a lower
`priority(key)` rank are handed out first (FIFO within a rank): a GuardrailPolicy's decision
feeds the renders of many deployments, so deciding it first saves rendering them twice."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Hashable


class WorkQueue:
    def __init__(self, base_delay: float = 0.5, max_delay: float = 300.0,
                 priority: Callable[[Hashable], int] = lambda _key: 0) -> None:
        self._queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self._priority = priority
        self._seq = itertools.count()
        self._queued: set[Hashable] = set()
        self._processing: set[Hashable] = set()
        self._dirty: set[Hashable] = set()
        self._failures: dict[Hashable, int] = {}
        self._base, self._max = base_delay, max_delay

    def add(self, key: Hashable) -> None:
        if key in self._processing:
            self._dirty.add(key)
        elif key not in self._queued:
            self._queued.add(key)
            self._queue.put_nowait((self._priority(key), next(self._seq), key))

    def add_after(self, key: Hashable, delay: float) -> None:
        asyncio.get_running_loop().call_later(delay, self.add, key)

    async def get(self) -> Hashable:
        _rank, _seq, key = await self._queue.get()
        self._queued.discard(key)
        self._processing.add(key)
        return key

    def done(self, key: Hashable, *, failed: bool = False) -> float | None:
        """Finish a key; returns the backoff delay when it failed (it is then re-added)."""
        self._processing.discard(key)
        delay = None
        if failed:
            n = self._failures.get(key, 0)
            self._failures[key] = n + 1
            delay = min(self._base * (2 ** n), self._max)
            self.add_after(key, delay)
        else:
            self._failures.pop(key, None)
        if key in self._dirty:
            self._dirty.discard(key)
            self.add(key)
        return delay

    def __len__(self) -> int:
        return len(self._queued) + len(self._processing)
