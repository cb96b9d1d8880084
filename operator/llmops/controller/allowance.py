"""Splitting what remains of a budget into grants, one per gateway process. Pure.

Contract (see `api/budget_grants.py` for the wire form):

- A process `p` (pod, epoch) has spent `spent_p` (its own cumulative cost, as last observed)
  and may act on the ceiling `held_p` it was last given (or says it enforces). Whatever a
  process may still spend, `max(ceiling, held) - spent`, is committed.
- The result keeps  committed_spend + sum_p (max(new_p, held_p) - spent_p)^+  <= limit,  where
  `committed_spend` is the window's spend as counted (every process' observed cost and the
  replica cost). A ceiling that is lowered still counts at its old height until the gateway
  says it enforces the new one, so taking a share back from an idle replica frees it for
  others only once that replica has let go of it.
- Processes that are gone (pod deleted, restarted: new epoch) and were granted more than was
  observed of them count their unobserved rest as spent (a SIGKILL may have spent it).
- Shares of what remains go by recent spend rate: a busy replica gets more, an idle one keeps
  a floor (an equal share of `IDLE_FLOOR`) so its first request is not refused.
- Hysteresis: the previous grants stay (no rewrite) unless a live process has none, one is
  gone, they break the bound (the replica cost also eats the remainder), or some process has
  less than `LOW_WATER` of its target share left unused.
- On stale metrics nothing more is handed out: the previous grants stay, lowered if needed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["IDLE_FLOOR", "LOW_WATER", "Process", "committed", "split"]

IDLE_FLOOR = Decimal("0.2")   # this share of what remains is spread evenly, the rest by spend rate
LOW_WATER = Decimal("0.25")   # rewrite when a process has less than this of its target share left

Key = tuple[str, str]  # (pod, epoch)


@dataclass(frozen=True)
class Process:
    pod: str
    epoch: str
    spent: Decimal                 # cumulative cost of this process, as observed
    rate: Decimal = Decimal(0)     # its recent spend per second
    held: Decimal | None = None    # the ceiling it may be acting on (last granted or reported)
    live: bool = True              # still running (a pod of the Deployment with this epoch)

    @property
    def key(self) -> Key:
        return (self.pod, self.epoch)


def _pos(d: Decimal) -> Decimal:
    return d if d > 0 else Decimal(0)


def committed(procs: list[Process], grants: dict[Key, Decimal]) -> Decimal:
    """What the processes may still spend on top of what was observed of them."""
    return sum((_pos(max(grants.get(p.key, Decimal(0)), p.held or Decimal(0)) - p.spent) for p in procs), Decimal(0))


def _targets(remaining: Decimal, live: list[Process]) -> dict[Key, Decimal]:
    total_rate = sum((_pos(p.rate) for p in live), Decimal(0))
    out = {}
    for p in live:
        by_rate = _pos(p.rate) / total_rate if total_rate > 0 else Decimal(1) / len(live)
        share = IDLE_FLOOR / len(live) + (1 - IDLE_FLOOR) * by_rate
        out[p.key] = p.spent + remaining * share
    return out


def split(limit: Decimal, spend: Decimal, procs: list[Process], previous: dict[Key, Decimal],
          stale: bool = False) -> dict[Key, Decimal]:
    """The grants to hand out (ceilings per live process), or `previous` itself when no rewrite
    is due. `spend` is the window's spend as counted (it includes every process' `spent`)."""
    live = [p for p in procs if p.live]
    gone = [p for p in procs if not p.live]
    held = {p.key: max(previous.get(p.key, Decimal(0)), p.held or Decimal(0)) for p in procs}
    # what remains once the gone processes' unobserved grants count as spent
    remaining = _pos(limit - spend - sum((_pos(held[p.key] - p.spent) for p in gone), Decimal(0)))
    live_previous = {k: v for k, v in previous.items() if k in {p.key for p in live}}
    over = committed(live, live_previous) > remaining

    if stale or not live:
        if not over:
            return previous if not gone else live_previous
        # never more on stale data; lower what must be lowered (each at least what it spent)
        return _lowered(live, live_previous, remaining)

    target = _targets(remaining, live)
    due = over or bool(gone) or any(p.key not in previous for p in live) or any(
        previous[p.key] - p.spent < LOW_WATER * (target[p.key] - p.spent) for p in live)
    if not due:
        return previous

    new: dict[Key, Decimal] = {}
    lowered = [p for p in live if target[p.key] < held[p.key]]
    raised = [p for p in live if target[p.key] >= held[p.key]]
    for p in lowered:
        new[p.key] = max(target[p.key], p.spent)
    # a lowered ceiling counts at its old height until the process lets go of it
    available = remaining - sum((_pos(held[p.key] - p.spent) for p in lowered), Decimal(0))
    start = {p.key: max(held[p.key], p.spent) for p in raised}  # what a raised process may already spend
    base = sum((start[p.key] - p.spent for p in raised), Decimal(0))
    wanted = sum((_pos(target[p.key] - start[p.key]) for p in raised), Decimal(0))
    k = Decimal(1) if wanted <= 0 else min(Decimal(1), _pos(available - base) / wanted)
    for p in raised:
        new[p.key] = start[p.key] + _pos(target[p.key] - start[p.key]) * k
    if committed(live, new) > remaining:  # the held ceilings alone are over: hand out nothing more
        return _lowered(live, new, remaining)
    return new


def _lowered(live: list[Process], grants: dict[Key, Decimal], remaining: Decimal) -> dict[Key, Decimal]:
    """Scale every process' unspent grant down so that together they fit in `remaining`."""
    unspent = {p.key: _pos(grants.get(p.key, p.spent) - p.spent) for p in live}
    total = sum(unspent.values(), Decimal(0))
    k = Decimal(1) if total <= remaining else (remaining / total if total > 0 else Decimal(0))
    return {p.key: p.spent + unspent[p.key] * k for p in live}
