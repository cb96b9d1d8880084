"""Machine check for the gateway benchmark's c=1 tail: how much slower does a fixed unit of
CPU work get, now and then, on each core?

One process per core repeats the same unit of pure-Python work (JSON round trip and a regex
scan of ~2 KB, ~0.5-1 ms) for --duration seconds, with a short sleep between units like a
proxy waiting for its next request. It prints, per core, the unit's p50/p99/max wall time, the
units that took more than 4x the median ("slow"; how many of them were CPU time, not waiting),
and the slow episodes (slow units less than 0.3 s apart) with their start, so that episodes
on the two cores can be compared: if they start together, the whole machine slowed down.

    python3 bench/gateway/cpu_noise.py [--cores 0,1] [--duration 6]

A request of the gateway is a similar chunk of CPU work, so its p99 at c=1 is roughly its
median times the p99/p50 ratio seen here (see docs/benchmarks.md, "## Gateway").
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import time

_TEXT = ("My email is jane.doe@example.com, card 4111 1111 1111 1111. " * 40)[:2400]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def unit() -> None:
    for _ in range(4):
        json.loads(json.dumps({"a": _TEXT, "b": list(range(50))}))
        _EMAIL.findall(_TEXT)


def measure(core: int, duration: float, gap: float) -> list[tuple[float, float, float]]:
    """(start, wall seconds, CPU seconds) of each unit, on `core`."""
    os.sched_setaffinity(0, {core})
    samples = []
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        t0, c0 = time.perf_counter(), time.thread_time()
        unit()
        samples.append((t0, time.perf_counter() - t0, time.thread_time() - c0))
        if gap:
            time.sleep(gap)
    return samples


def summarize(samples: list[tuple[float, float, float]], factor: float = 4.0, episode_gap: float = 0.3) -> dict:
    walls = sorted(s[1] for s in samples)
    n = len(walls)
    median = walls[n // 2]
    slow = [s for s in samples if s[1] > factor * median]
    episodes: list[list[float]] = []
    for start, wall, _ in slow:
        if episodes and start - episodes[-1][1] <= episode_gap:
            episodes[-1][1] = start + wall
        else:
            episodes.append([start, start + wall])
    return {
        "units": n,
        "p50_ms": round(median * 1e3, 3),
        "p99_ms": round(walls[min(n - 1, int(n * 0.99))] * 1e3, 3),
        "max_ms": round(walls[-1] * 1e3, 3),
        "slow": len(slow),
        "slow_cpu_bound": sum(1 for s in slow if s[2] > 0.8 * s[1]),
        "episodes": [(round(a, 3), round((b - a) * 1e3, 1)) for a, b in episodes],
    }


def _run(args: tuple[int, float, float]) -> dict:
    return summarize(measure(*args))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cores", default="1", help="comma-separated cores, measured at the same time")
    parser.add_argument("--duration", type=float, default=6.0)
    parser.add_argument("--gap", type=float, default=0.0001, help="seconds of sleep between units")
    args = parser.parse_args()
    cores = [int(c) for c in args.cores.split(",")]
    with multiprocessing.Pool(len(cores)) as pool:
        results = pool.map(_run, [(c, args.duration, args.gap) for c in cores])
    print(f"load average {os.getloadavg()[0]:.2f}")
    for core, r in zip(cores, results):
        print(f"core {core}: {json.dumps(r)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
