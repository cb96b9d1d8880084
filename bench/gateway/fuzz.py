"""The long fuzz run of the gateway: the property-based tests' strategies (tests/gateway/hostile.py)
for many more inputs, through the real handler in process (no sockets), counting what the
normal test run only samples.

    python3 bench/gateway/fuzz.py [--inputs 100000] [--seed 1]

Inputs are split between request bodies (any bytes, JSON of any shape, deep nesting, planted
PII with evasions), upstream answers (any bytes, wrong shapes, absurd usage) and upstream
streams (events of any shape, non-JSON data lines, comments, cuts). For each input: the status
is not 500 (and a stream ends with [DONE] or an error event), one audit line is written, valid
UTF-8 JSON, holding none of the planted PII values raw or normalised. Prints the inputs tried
per kind, the failures per check and the first few failing inputs; exit status 1 on any.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests" / "gateway"))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import hostile  # noqa: E402

ANSWER = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 1, "completion_tokens": 1}}).encode()
BODY = json.dumps({"model": hostile.MODEL, "messages": [{"role": "user", "content": "hi"}]}).encode()
STREAM_BODY = json.dumps({"model": hostile.MODEL, "stream": True, "messages": [{"role": "user", "content": "hi"}]}).encode()


class Tally:
    def __init__(self) -> None:
        self.tried: dict[str, int] = {}
        self.failures: dict[str, int] = {}
        self.examples: list[str] = []
        self.statuses: dict[str, int] = {}

    def fail(self, check: str, detail: str) -> None:
        first = check not in self.failures
        self.failures[check] = self.failures.get(check, 0) + 1
        if len(self.examples) < 8:
            self.examples.append(f"{check}: {detail[:300]}")
        if first:
            print(f"  first failure of {check!r}: {detail[:900]}", flush=True)


def check(tally: Tally, gw: hostile.InProcessGateway, kind: str, body: bytes, answer: tuple[int, bytes, list[bytes]], what: object) -> None:
    tally.tried[kind] = tally.tried.get(kind, 0) + 1
    before = len(gw.lines)
    try:
        out = gw.call(body, answer)
    except Exception as exc:  # the handler itself must never raise
        tally.fail("handler raised", f"{type(exc).__name__}: {exc} <- {what!r}")
        return
    tally.statuses[str(out.status)] = tally.statuses.get(str(out.status), 0) + 1
    if out.status == 500 or not 200 <= out.status < 600:
        tally.fail("status 500", f"{out.status} {bytes(out.body or out.streamed)[:200]!r} <- {what!r}")
    if out.streamed:
        tail = bytes(out.streamed).rstrip(b"\n").rsplit(b"\n\n", 1)[-1]
        if tail != b"data: [DONE]" and b'"error"' not in tail:
            tally.fail("stream not terminated", f"{tail[-200:]!r} <- {what!r}")
        for block in bytes(out.streamed).split(b"\n\n"):
            if block.startswith(b"data: ") and block != b"data: [DONE]":
                try:
                    json.loads(block[6:])
                except ValueError:
                    tally.fail("non-JSON data line sent", f"{block[:200]!r} <- {what!r}")
    if len(gw.lines) != before + 1:
        tally.fail("audit lines != requests", f"{len(gw.lines) - before} lines <- {what!r}")
        return
    line = gw.lines[-1]
    try:
        hostile.valid_line(line)
    except Exception as exc:
        tally.fail("invalid audit line", f"{type(exc).__name__} <- {what!r}")
        return
    leaked = hostile.leaked(line)
    if leaked:
        tally.fail("PII in the audit line", f"{leaked}: ...{line[-700:]}")


def run(kind: str, strategy, examples: int, run_one, seed_value: int) -> None:
    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def property_(value) -> None:
        run_one(value)

    property_()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tally = Tally()
    gw = hostile.InProcessGateway()
    share = {"request": 0.4, "answer": 0.3, "stream": 0.3}
    started = time.perf_counter()
    kinds = {
        "request": (hostile.request_bytes, lambda body: check(tally, gw, "request", body, (200, ANSWER, []), body[:200])),
        "answer": (st.tuples(hostile.answers, st.sampled_from([200, 200, 200, 400, 429, 500, 503])),
                   lambda v: check(tally, gw, "answer", BODY, (v[1], v[0], []), v)),
        "stream": (st.tuples(hostile.stream_events, st.booleans()),
                   lambda v: check(tally, gw, "stream", STREAM_BODY,
                                   (200, b"", [hostile.stream_of(v[0])] + ([] if v[1] else [b"data: [DONE]\n\n"])), v)),
    }
    for kind, (strategy, one) in kinds.items():
        n = int(args.inputs * share[kind])
        # hypothesis stops a run after its own budget of examples; runs of at most 5000 with
        # seeds of their own reach the count
        done = 0
        part = 0
        while done < n:
            step = min(5000, n - done)
            run(kind, strategy, step, one, args.seed * 1000 + part)
            done = tally.tried.get(kind, 0)
            part += 1
            print(f"[fuzz {time.perf_counter() - started:6.0f}s] {kind}: {done} inputs, failures so far {sum(tally.failures.values())}", flush=True)
    gw.close()
    total = sum(tally.tried.values())
    print(json.dumps({"inputs": total, "by_kind": tally.tried, "statuses": tally.statuses, "failures": tally.failures,
                      "seconds": round(time.perf_counter() - started, 1)}, indent=1))
    for example in tally.examples:
        print("  ", example)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
