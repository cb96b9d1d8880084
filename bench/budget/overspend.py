"""Overspend and unspent-at-throttle of the budget grants, replicas x concurrency.

An in-process, simulated-time run of the real parts that decide them: each replica's gateway
process is the gateway's own `ProcessLedger` (admission: spent + reserved + worst case under its
ceiling), the operator's split is `controller.grants.decide` (the same function the reconcile
calls); what connects them is modelled: closed-loop clients spread over the replicas (a
Service), requests lasting 0.2-1.0 s that cost 20-100% of their worst case, Prometheus scraping
every second, the operator polling every 2 s what was scraped 2 s before (the settle), and each
gateway loading a new grants file 0-1.5 s after it was written (kubelet propagation, the 1 s
watch). The network and the HTTP servers are not in it: the 3-replica e2e
(tests/e2e/test_budget_replicas.py) runs the same contract on the local data plane.

    python bench/budget/overspend.py [--limit 1000] [--worst 0.15] [--seeds 3]

Regime: the limit is large against concurrency x worst case (the default: 1000 against
64 x 0.15 = 9.6). Figures, as fractions of the limit:
- overspend: how far the spend ended above the limit (the goal: <= 1%);
- unspent at first refusal: what was still unspent when the first request was refused for
  budget after every replica had its first grant (the goal: <= 10%);
- unspent at the end: what was left when the budget throttled for good."""

from __future__ import annotations

import argparse
import heapq
import random
from decimal import Decimal as D

from llmops.controller.grants import Inputs, decide
from llmops.controller.processes import Reported
from llmops.gateway.grants import ProcessLedger

STEP = 0.01  # s of simulated time per tick


def run(replicas: int, clients: int, limit: D, worst: D, seed: int) -> dict:
    rnd = random.Random(seed)
    gws = [ProcessLedger("bench", pod=f"pod-{i}", epoch="e") for i in range(replicas)]
    pods = {g.pod for g in gws}
    grants = None
    pending: list[tuple[float, int, object]] = []  # (time a gateway loads it, gateway, grants)
    scrapes: list[tuple[float, dict, D]] = []       # (time, reports, total cost)
    inflight: list[tuple[float, int, int, D, D]] = []  # (end, id, gateway, reserved, actual)
    ready_at = [0.0] * clients
    t, n, first_refusal, last_admit, all_granted = 0.0, 0, None, 0.0, None
    next_scrape = next_poll = 0.0
    while t < 3600:
        t += STEP
        while inflight and inflight[0][0] <= t:
            _, _, i, reserved, actual = heapq.heappop(inflight)
            gws[i].settle(reserved, actual)
        while pending and pending[0][0] <= t:
            _, i, g = heapq.heappop(pending)
            gws[i].load(g)
        if all_granted is None and all(g.ceiling is not None for g in gws):
            all_granted = t
        for c in range(clients):
            if ready_at[c] > t:
                continue
            i = rnd.randrange(replicas)
            if gws[i].try_reserve(worst):
                n += 1
                last_admit = t
                dur = rnd.uniform(0.2, 1.0)
                heapq.heappush(inflight, (t + dur, n, i, worst, worst * D(rnd.randint(20, 100)) / 100))
                ready_at[c] = t + dur
            else:
                if all_granted is not None and first_refusal is None:
                    first_refusal = sum((g.spent + g.reserved for g in gws), D(0))
                ready_at[c] = t + 0.1
        if t >= next_scrape:
            next_scrape += 1.0
            reports = {(g.pod, g.epoch): Reported(g.spent, g.reserved, g.ceiling, True, True) for g in gws}
            scrapes.append((t, reports, sum((g.spent for g in gws), D(0))))
        if t >= next_poll:
            next_poll += 2.0
            seen = [s for s in scrapes if s[0] <= t - 2.0]
            if seen:
                _, reports, amount = seen[-1]
                new = decide(grants, "bench", Inputs("w", "r", "Throttle", limit, amount, False, None),
                             reports, pods, {})
                if new is not grants:
                    grants = new
                    for i in range(replicas):
                        heapq.heappush(pending, (t + rnd.uniform(0.0, 1.5), i, grants))
        if not inflight and t - last_admit > 10 and all_granted is not None:
            break
    spent = sum((g.spent for g in gws), D(0))
    return {"overspend": max(D(0), spent - limit) / limit, "unspent_end": max(D(0), limit - spent) / limit,
            "unspent_first_refusal": (limit - first_refusal) / limit if first_refusal is not None else D(0),
            "requests": n, "rewrites": grants.serial if grants else 0, "seconds": round(t)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--limit", default="1000")
    p.add_argument("--worst", default="0.15")
    p.add_argument("--seeds", type=int, default=3)
    a = p.parse_args()
    limit, worst = D(a.limit), D(a.worst)
    print(f"limit {limit}, worst case {worst}; the worst of {a.seeds} seeds per cell")
    print(f"{'replicas':>8} {'clients':>7} {'overspend':>10} {'unspent@1st429':>15} {'unspent@end':>12} "
          f"{'requests':>9} {'rewrites':>9}")
    for replicas in (1, 3, 10):
        for clients in (8, 64):
            rs = [run(replicas, clients, limit, worst, seed) for seed in range(a.seeds)]
            print(f"{replicas:>8} {clients:>7} {max(r['overspend'] for r in rs):>10.4%} "
                  f"{max(r['unspent_first_refusal'] for r in rs):>15.2%} {max(r['unspent_end'] for r in rs):>12.2%} "
                  f"{rs[0]['requests']:>9} {rs[0]['rewrites']:>9}", flush=True)


if __name__ == "__main__":
    main()
