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
        self._timers: dict[Hashable, tuple[float, asyncio.TimerHandle]] = {}  # key -> (due, timer)
        self._base, self._max = base_delay, max_delay

    def add(self, key: Hashable) -> None:
        if key in self._processing:
            self._dirty.add(key)
        elif key not in self._queued:
            self._queued.add(key)
            self._queue.put_nowait((self._priority(key), next(self._seq), key))

    def add_after(self, key: Hashable, delay: float) -> None:
        """Add `key` after `delay` seconds. One timer per key, the earliest: reconciles are by
        level and each one asks again for what it still needs, so a later timer is redundant;
        without this, every event-triggered reconcile of a key that requeues itself (budgets
        poll) would start one more timer chain, and their reconciles would multiply."""
        loop = asyncio.get_running_loop()
        due = loop.time() + delay
        pending = self._timers.get(key)
        if pending is not None:
            if pending[0] <= due:
                return
            pending[1].cancel()
        self._timers[key] = (due, loop.call_at(due, self._fire, key))

    def _fire(self, key: Hashable) -> None:
        self._timers.pop(key, None)
        self.add(key)

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
