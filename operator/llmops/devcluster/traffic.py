"""`llmops dev traffic`: a steady, bounded mix of requests to the local endpoints, so a user sees
spend, canary weights and guardrail counts move. Several callers (x-api-key, x-user-id), some
messages with PII, some streamed, and feedback (positive and negative) on some answers.

    llmops dev traffic [--target NAME ...] [--rate 20] [--duration 60] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass

CALLERS = ("alice", "bob", "carol", "dave", "erin")
PROMPTS = (
    "Summarize our refund policy in one sentence.",
    "What are your opening hours?",
    "Write a haiku about GPUs.",
    "Explain rate limits to a new customer.",
)
PII = (
    "My email is jane.doe@example.com, please call me back.",
    "Card 4111 1111 1111 1111 was charged twice.",
    "Reach me at +1 415 555 0100 about my order.",
)


@dataclass(frozen=True)
class Planned:
    caller: str
    body: dict
    stream: bool
    pii: bool
    feedback: str | None          # "positive" | "negative" | None


def plan(i: int, rng: random.Random, model: str, pii_share: float = 0.2, stream_share: float = 0.3,
         feedback_share: float = 0.3) -> Planned:
    """The i-th request of the mix (deterministic for a seeded rng)."""
    caller = CALLERS[i % len(CALLERS)]
    pii = rng.random() < pii_share
    text = rng.choice(PII) if pii else rng.choice(PROMPTS)
    stream = rng.random() < stream_share
    body = {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 32, "stream": stream}
    fb = None
    if rng.random() < feedback_share:
        fb = "negative" if rng.random() < 0.25 else "positive"
    return Planned(caller, body, stream, pii, fb)


class Stats:
    def __init__(self) -> None:
        self.codes: Counter = Counter()
        self.sent = self.feedback = self.pii = self.streamed = 0
        self.errors: Counter = Counter()
        self.started = time.monotonic()

    def line(self) -> str:
        el = max(time.monotonic() - self.started, 1e-9)
        codes = " ".join(f"{k}:{v}" for k, v in sorted(self.codes.items()))
        errs = f" errors {dict(self.errors)}" if self.errors else ""
        return (f"{el:5.0f}s sent {self.sent} ({self.sent / el:.1f}/s) codes {codes or '-'} streamed {self.streamed} "
                f"pii {self.pii} feedback {self.feedback}{errs}")


async def _one(session, url: str, p: Planned, stats: Stats, timeout: float) -> None:
    import aiohttp

    headers = {"content-type": "application/json", "x-api-key": f"key-{p.caller}", "x-user-id": p.caller}
    stats.sent += 1
    stats.pii += p.pii
    stats.streamed += p.stream
    try:
        async with session.post(f"{url}/chat/completions", data=json.dumps(p.body), headers=headers,
                                timeout=aiohttp.ClientTimeout(total=timeout)) as r:
            await r.read()
            stats.codes[r.status] += 1
            rid = r.headers.get("x-llmops-request-id")
        if p.feedback and rid and r.status == 200:
            async with session.post(f"{url}/feedback", data=json.dumps({"request_id": rid, "value": p.feedback}),
                                    headers={"content-type": "application/json"},
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as f:
                await f.read()
                stats.feedback += f.status < 300
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as e:
        stats.errors[type(e).__name__] += 1


async def _models(session, url: str) -> str:
    async with session.get(f"{url}/models") as r:
        return (await r.json())["data"][0]["id"]


async def run(targets: list[str], rate: float, duration: float, concurrency: int, seed: int = 1,
              out=sys.stderr, timeout: float = 30) -> Stats:
    """Send `rate` requests per second for `duration` seconds, spread over `targets`."""
    import aiohttp

    rng, stats = random.Random(seed), Stats()
    conn = aiohttp.TCPConnector(limit=concurrency * 2)
    async with aiohttp.ClientSession(connector=conn) as session:
        models = {u: await _models(session, u) for u in targets}
        sem = asyncio.Semaphore(concurrency)
        tasks: set[asyncio.Task] = set()
        start = time.monotonic()
        next_line = start + 1
        i = 0
        while (now := time.monotonic()) - start < duration:
            due = int((now - start) * rate) + 1
            while i < due:
                url = targets[i % len(targets)]
                p = plan(i, rng, models[url])
                i += 1
                await sem.acquire()
                t = asyncio.create_task(_one(session, url, p, stats, timeout))
                t.add_done_callback(lambda _t: sem.release())
                tasks.add(t)
                t.add_done_callback(tasks.discard)
            if now >= next_line:
                print(stats.line(), file=out, flush=True)
                next_line += 1
            await asyncio.sleep(min(0.01, 1 / rate))
        await asyncio.gather(*tasks, return_exceptions=True)
    print(stats.line(), file=out, flush=True)
    return stats


def main(argv: list[str], endpoints: dict) -> int:
    p = argparse.ArgumentParser(prog="llmops dev traffic", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", action="append", default=[], help="an LLMDeployment or router name (default: all)")
    p.add_argument("--namespace", help="only endpoints of this namespace")
    p.add_argument("--rate", type=float, default=20.0, help="requests per second (default 20)")
    p.add_argument("--duration", type=float, default=60.0, help="seconds (default 60)")
    p.add_argument("--concurrency", type=int, default=16, help="requests in flight at most (default 16)")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    eps = [e for e in endpoints.get("endpoints") or []
           if (not a.target or e["name"] in a.target) and (not a.namespace or e["namespace"] == a.namespace)]
    if not eps:
        print("error: no matching endpoint (see `llmops dev endpoints`)", file=sys.stderr)
        return 3
    names = ", ".join(f"{e['namespace']}/{e['name']}" for e in eps)
    print(f"sending {a.rate:g} req/s for {a.duration:g}s to {names}", file=sys.stderr, flush=True)
    stats = asyncio.run(run([e["url"] for e in eps], a.rate, a.duration, a.concurrency, a.seed))
    return 0 if not stats.errors else 1
