"""CPU per authentication of the gateway's API-key stage (`llmops.gateway.auth`), in process:
`KeyStore.authenticate(header)` over a key set of --keys records, for each outcome the stage
has (the right key, a router key naming its caller, a wrong secret for a known id, an unknown
id, a header that is not a key, no header). Target: <= 5 us of CPU per request.

CPU time (process_time) of --calls authentications in a row, the minimum of --repeats runs
(the least disturbed by the other work on a shared machine); also the time to load the key set
from a mounted Secret volume (the reload, off the event loop).

    python3 bench/gateway/auth_stage.py [--keys 1000] [--calls 200000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from llmops.api import apikeys
from llmops.api.apikeys import KeyRecord
from llmops.gateway.auth import AuthError, KeyStore


def key_set(n: int) -> tuple[dict[str, str], dict[str, str]]:
    plain, records = {}, {}
    for i in range(n):
        key_id = f"key-{i:05d}" if i else "router-chat"
        plain[key_id] = apikeys.new_key(key_id)
        records[key_id] = apikeys.record_json(KeyRecord(sha256=apikeys.key_digest(plain[key_id]), team=f"team-{i % 40}",
                                                        rpm=600, router=(i == 0)))
    return plain, records


def cpu_per_call(store: KeyStore, header: str | None, caller: str | None, calls: int, repeats: int) -> float:
    authenticate = store.authenticate
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for _ in range(calls):
            authenticate(header, caller)
        best = min(best, time.process_time() - start)
    return best / calls * 1e6


def load_time(records: dict[str, str], repeats: int) -> float:
    with tempfile.TemporaryDirectory() as d:
        gen = Path(d) / "..2026_12_01"
        gen.mkdir()
        for k, v in records.items():
            (gen / k).write_text(v)
        os.symlink(gen.name, Path(d) / "..data")
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            KeyStore.load(d)
            best = min(best, time.process_time() - start)
    return best * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keys", type=int, default=1000)
    ap.add_argument("--calls", type=int, default=200_000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    plain, records = key_set(args.keys)
    store = KeyStore.from_entries(records)
    some = plain[f"key-{args.keys // 2:05d}"]
    cases = [
        ("right key", f"Bearer {some}", None),
        ("router key + caller header", f"Bearer {plain['router-chat']}", "alice/support"),
        ("wrong secret, known id", "Bearer " + some[:-64] + "0" * 64, None),
        ("unknown id", "Bearer llmops_nobody_" + "0" * 64, None),
        ("not a key (sk-...)", "Bearer sk-" + "x" * 48, None),
        ("no Authorization header", None, None),
    ]
    print(f"auth stage: {args.keys} keys, {args.calls} calls x {args.repeats} repeats (min), CPU per call")
    worst = 0.0
    for name, header, caller in cases:
        result = store.authenticate(header, caller)
        outcome = result.result if isinstance(result, AuthError) else f"ok as {result.key_id}"
        us = cpu_per_call(store, header, caller, args.calls, args.repeats)
        worst = max(worst, us)
        print(f"  {name:28} {us:6.2f} us   ({outcome})")
    print(f"  worst case: {worst:.2f} us per request (target <= 5 us): {'met' if worst <= 5 else 'NOT met'}")
    print(f"  loading {args.keys} keys from a Secret volume: {load_time(records, args.repeats):.1f} ms CPU "
          "(a reload, in a thread)")


if __name__ == "__main__":
    main()
