"""Deadline: the upstream call's timeout (a cheaper asyncio.timeout)."""

from __future__ import annotations

import asyncio

import pytest

from llmops.gateway.deadline import Deadline


def test_body_that_finishes_in_time_is_untouched():
    async def main() -> int:
        async with Deadline(30):
            await asyncio.sleep(0)
            value = 7
        await asyncio.sleep(0)  # no cancellation left pending on the task
        return value

    assert asyncio.run(main()) == 7


def test_expiry_becomes_timeout_error_and_the_task_goes_on():
    async def main() -> str:
        never = asyncio.Event()
        with pytest.raises(TimeoutError):
            async with Deadline(0.001):
                await never.wait()
        await asyncio.sleep(0)  # the task is usable afterwards: not cancelled any more
        return "after"

    assert asyncio.run(main()) == "after"


def test_cancellation_from_outside_stays_cancelled_error():
    async def main() -> None:
        entered = asyncio.Event()

        async def body() -> None:
            async with Deadline(30):
                entered.set()
                await asyncio.Event().wait()

        task = asyncio.create_task(body())
        await entered.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())


def test_outside_cancellation_wins_over_an_expiry_in_the_same_turn():
    async def main() -> None:
        entered = asyncio.Event()
        holder: list[Deadline] = []

        async def body() -> None:
            async with Deadline(30) as deadline:
                holder.append(deadline)
                entered.set()
                await asyncio.Event().wait()

        task = asyncio.create_task(body())
        await entered.wait()
        holder[0]._fire()  # the deadline passes ...
        task.cancel()  # ... and the client goes away in the same turn
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())


def test_outside_a_task_is_refused():
    with pytest.raises(RuntimeError):
        asyncio.run(_enter_outside())


async def _enter_outside() -> None:
    # run_until_complete wraps this in a task; call __aenter__ from a plain callback instead
    loop = asyncio.get_running_loop()
    future: asyncio.Future[None] = loop.create_future()

    def callback() -> None:
        coro = Deadline(1).__aenter__()
        try:
            coro.send(None)
        except StopIteration:
            future.set_result(None)
        except RuntimeError as exc:
            future.set_exception(exc)

    loop.call_soon(callback)
    await future
