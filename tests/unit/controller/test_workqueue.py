import asyncio

from llmops.controller.workqueue import WorkQueue


def run(coro):
    return asyncio.run(coro)


def test_duplicates_collapse_and_in_flight_keys_come_back_once():
    async def go():
        q = WorkQueue()
        q.add("a"); q.add("a"); q.add("b")
        assert len(q) == 2
        k = await q.get()
        assert k == "a"
        q.add("a"); q.add("a")           # while processing: marked dirty once
        q.done("a")
        order = [await q.get(), await q.get()]
        return order
    assert run(go()) == ["b", "a"]


def test_failures_back_off_exponentially():
    async def go():
        q = WorkQueue(base_delay=0.01, max_delay=0.04)
        delays = []
        for _ in range(4):
            q.add("x") if not len(q) else None
            k = await q.get()
            delays.append(q.done(k, failed=True))
        ok = await q.get()
        q.done(ok)
        return delays, q._failures
    delays, failures = run(go())
    assert delays == [0.01, 0.02, 0.04, 0.04]
    assert failures == {}


def test_lower_ranks_first_and_fifo_within_a_rank():
    async def go():
        q = WorkQueue(priority=lambda k: 0 if k.startswith("policy") else 1)
        for k in ("llmd-1", "llmd-2", "policy-1", "llmd-3", "policy-2"):
            q.add(k)
        return [await q.get() for _ in range(5)]
    assert run(go()) == ["policy-1", "policy-2", "llmd-1", "llmd-2", "llmd-3"]


def test_requeues_of_a_key_keep_one_timer_the_earliest():
    """A key that requeues itself on every reconcile (a budget's poll) and also gets events must
    not pile up timer chains: one timer per key, the earliest wins."""
    async def go():
        q = WorkQueue()
        loop = asyncio.get_running_loop()
        q.add_after("k", 0.2)
        q.add_after("k", 0.05)   # earlier: replaces the first
        q.add_after("k", 0.1)    # later than the pending one: redundant
        q.add_after("j", 0.05)
        assert len(q._timers) == 2
        t0 = loop.time()
        got = {await q.get(), await q.get()}
        waited = loop.time() - t0
        q.done("k"); q.done("j")
        await asyncio.sleep(0.25)  # the replaced 0.2 s timer must not fire
        return got, waited, len(q), q._timers
    got, waited, left, timers = run(go())
    assert got == {"k", "j"} and waited < 0.15 and left == 0 and timers == {}
