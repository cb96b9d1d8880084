"""Spend of one LLMDeployment in its budget window, accumulated. Pure: no I/O, `now` passed in.

A window lasts up to a month, longer than Prometheus keeps data by default, so the spend is not
asked for as a month-long range: the status carries the amount and the instants it is counted
up to, and each poll adds what happened since.

- `countedUntil`: the gateways' cost and token counters are counted up to this instant (an
  increase over (countedUntil, T] is added, then countedUntil = T). Each interval is counted
  once, so a repeated poll, an operator restart (it resumes from the status) or a Prometheus
  restart (the samples before and after the gap are compared) never counts a sample twice;
  counter resets are Prometheus' own business (`increase` adds what a restarted counter shows).
- `updatedAt`: the replica cost (`pricing.replicaPerHour` x ready replicas) is counted up to
  this instant. It grows with time, so the operator knows in advance when it runs the budget
  out and asks to be reconciled at that moment.

The amount only grows within a window; at the rollover it starts again from zero. The status
is written in steps (every 0.1% of the limit, at the warn level, at the limit, at the
rollover, when the figure turns stale or fresh), never on every poll: between two writes the
ledger lives in memory, and an operator restart recounts from the last written pair, so
nothing is lost and nothing counted twice.

`teams` splits the tokens' cost (and tokens) by the gateways' bounded `team` label, accumulated
the same way from the same increases. The status holds the top `TOP_TEAMS` by amount and the
rest summed as `other`; a restarted operator goes on from those rows (a team that was folded
into `other` starts again from 0 under its own name, its earlier spend staying in `other`), so
the rows always add up to what was counted, once. The replica cost is the deployment's, not a
team's: it is in `amount` only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import ROUND_FLOOR, Decimal

from llmops.controller.budget_window import Window

__all__ = ["Ledger", "Metered", "OTHER_TEAM", "STEP", "TOP_TEAMS", "TeamSpend", "advance", "due_write",
           "NO_TEAM", "run_out_at", "start", "to_status", "top_teams", "warn_at"]

STEP = Decimal("0.001")  # write the spend every 0.1% of the limit
_PLACES = Decimal("0.000001")
TOP_TEAMS = 10           # teams named in status.spend.teams; the rest are summed as `other`
OTHER_TEAM = "other"     # the gateways' own overflow value of the team label, and ours
NO_TEAM = "none"         # the team label of a gateway without auth


@dataclass(frozen=True)
class TeamSpend:
    """One team's share of the tokens' cost and tokens."""

    cost: Decimal = Decimal(0)
    input_tokens: int = 0
    output_tokens: int = 0

    def plus(self, other: TeamSpend) -> TeamSpend:
        return TeamSpend(self.cost + max(other.cost, Decimal(0)), self.input_tokens + max(other.input_tokens, 0),
                         self.output_tokens + max(other.output_tokens, 0))


@dataclass(frozen=True)
class Metered:
    """What one deployment's gateways metered over an interval (increases of their counters),
    in total and by team."""

    cost: Decimal = Decimal(0)
    input_tokens: int = 0
    output_tokens: int = 0
    teams: Mapping[str, TeamSpend] = field(default_factory=dict)


@dataclass(frozen=True)
class Ledger:
    window: str
    amount: Decimal
    input_tokens: int
    output_tokens: int
    counted_until: datetime    # gateway counters counted up to here
    replicas_until: datetime   # replica cost counted up to here
    ready: int                 # ready replicas since replicas_until
    stale_since: datetime | None = None  # the counters could not be read since then
    teams: Mapping[str, TeamSpend] = field(default_factory=dict)  # team -> its share since the window start


def _parse_time(s) -> datetime | None:
    if isinstance(s, datetime):
        return s
    try:
        return datetime.fromisoformat(str(s).replace("Z", "+00:00")) if s else None
    except ValueError:
        return None


def start(status_spend: dict | None, ready: int, w: Window, created: datetime | None = None) -> Ledger:
    """The ledger to go on from: the status' figure when it is of this window (an operator
    restart), else a new window from its start (or from the object's creation, if later)."""
    s = status_spend or {}
    counted, updated = _parse_time(s.get("countedUntil")), _parse_time(s.get("updatedAt"))
    if s.get("window") == w.name and counted is not None and w.start <= counted <= w.end:
        try:
            amount = Decimal(str(s.get("amount", "0")))
        except ArithmeticError:
            amount = None
        if amount is not None and amount.is_finite() and amount >= 0:
            return Ledger(w.name, amount, int(s.get("inputTokens") or 0), int(s.get("outputTokens") or 0),
                          counted, max(updated or counted, w.start), ready, _parse_time(s.get("staleSince")),
                          _teams_of(s.get("teams")))
    begin = max(w.start, created) if created else w.start
    return Ledger(w.name, Decimal(0), 0, 0, w.start, min(begin, w.end), ready)


def _teams_of(rows) -> dict[str, TeamSpend]:
    """The written rows, to go on from; a row that cannot be read is dropped (its share of the
    amount stays in the amount)."""
    out: dict[str, TeamSpend] = {}
    for row in rows or []:
        try:
            cost = Decimal(str(row["amount"]))
            name = str(row["name"])
            if cost.is_finite() and cost >= 0 and name:
                out[name] = out.get(name, TeamSpend()).plus(
                    TeamSpend(cost, int(row.get("inputTokens") or 0), int(row.get("outputTokens") or 0)))
        except (KeyError, TypeError, ValueError, ArithmeticError):
            continue
    return out


def replica_cost(ready: int, seconds: float, per_hour: Decimal) -> Decimal:
    return Decimal(ready) * per_hour * Decimal(str(max(seconds, 0.0))) / Decimal(3600)


def advance(led: Ledger, w: Window, now: datetime, ready: int, per_hour: Decimal,
            metered: Metered | None, metered_until: datetime | None, failed_at: datetime | None = None) -> Ledger:
    """Add what happened since the ledger's instants. `metered` is the counters' increase over
    (led.counted_until, metered_until], or None when they could not be read (the figure keeps
    its last value and turns stale; the replica cost, known here, still grows). `ready` is the
    number of ready replicas from now on: the time since the last count is charged at the
    count seen then (a reconcile follows every change of the Deployment's ready replicas)."""
    if led.window != w.name:
        raise ValueError(f"ledger of window {led.window} advanced in window {w.name}: start a new one")
    upto = min(max(now, led.replicas_until), w.end)
    amount = led.amount + replica_cost(led.ready, (upto - led.replicas_until).total_seconds(), per_hour)
    led = replace(led, amount=amount, replicas_until=upto, ready=ready)
    if metered is None:
        return replace(led, stale_since=led.stale_since or failed_at or now)
    if metered_until is None or metered_until <= led.counted_until:
        return replace(led, stale_since=None)
    teams = dict(led.teams)
    for team, share in metered.teams.items():
        teams[team] = teams.get(team, TeamSpend()).plus(share)
    return replace(led, amount=led.amount + max(metered.cost, Decimal(0)),
                   input_tokens=led.input_tokens + max(metered.input_tokens, 0),
                   output_tokens=led.output_tokens + max(metered.output_tokens, 0),
                   counted_until=min(metered_until, w.end), stale_since=None, teams=teams)


def _steps(amount: Decimal, limit: Decimal) -> Decimal:
    return (amount / (limit * STEP)).to_integral_value(ROUND_FLOOR)


def warn_at(limit: Decimal, warn_percent: int) -> Decimal:
    return limit * Decimal(warn_percent) / Decimal(100)


def due_write(written: dict | None, led: Ledger, limit: Decimal, warn_percent: int, currency: str = "") -> bool:
    """Is this ledger worth a status write, against the spend the status holds? Only in steps:
    a new window, every 0.1% of the limit, crossing the warn level or the limit, turning stale
    or fresh, a changed limit or currency. A figure that did not move is never written (no idle
    writes)."""
    if not written or written.get("window") != led.window or "countedUntil" not in written:
        return True
    if (written.get("staleSince") is None) != (led.stale_since is None):
        return True
    if currency and written.get("currency") != currency:
        return True
    try:
        before = Decimal(str(written.get("amount", "0")))
    except ArithmeticError:
        return True
    if written.get("percentOfLimit") != round(float(before / limit * 100), 2):
        return True  # the limit was changed: the same amount is another share of it
    if led.amount <= before:
        return False
    warn = warn_at(limit, warn_percent)
    return (_steps(before, limit) != _steps(led.amount, limit)
            or (before < warn <= led.amount) or (before < limit <= led.amount))


def _money(d: Decimal) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rfc3339(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def top_teams(teams: Mapping[str, TeamSpend], n: int = TOP_TEAMS) -> list[tuple[str, TeamSpend]]:
    """The `n` teams that spent most (ties by name), then `other`: the rest summed with what the
    gateways already labelled `other`. Teams that spent nothing are left out, and so is the
    whole list when no team but `none` spent (a deployment without auth: one row saying so
    would say nothing)."""
    teams = {t: s for t, s in teams.items() if s != TeamSpend()}  # series exported at 0 are no spend
    if not teams or set(teams) <= {NO_TEAM}:
        return []
    named = sorted(((t, s) for t, s in teams.items() if t != OTHER_TEAM), key=lambda ts: (-ts[1].cost, ts[0]))
    rest = teams.get(OTHER_TEAM)
    for _, share in named[n:]:
        rest = (rest or TeamSpend()).plus(share)
    return named[:n] + ([(OTHER_TEAM, rest)] if rest is not None else [])


def to_status(led: Ledger, limit: Decimal, currency: str) -> dict:
    """The wire form of status.spend (through the Spend model by the caller)."""
    amount = led.amount.quantize(_PLACES)  # the percentage of the written amount, as due_write recomputes it
    out = {"window": led.window, "amount": _money(amount), "currency": currency,
           "percentOfLimit": round(float(amount / limit * 100), 2),
           "inputTokens": led.input_tokens, "outputTokens": led.output_tokens,
           "updatedAt": _rfc3339(led.replicas_until), "countedUntil": _rfc3339(led.counted_until)}
    if led.stale_since is not None:
        out["staleSince"] = _rfc3339(led.stale_since)
    if rows := top_teams(led.teams):
        out["teams"] = [{"name": t, "amount": _money(s.cost.quantize(_PLACES)), "inputTokens": s.input_tokens,
                         "outputTokens": s.output_tokens} for t, s in rows]
    return out


def run_out_at(led: Ledger, limit: Decimal, per_hour: Decimal) -> datetime | None:
    """When the replica cost alone takes the amount to the limit, at today's ready replicas;
    None when it never does (no replicas, no price, already there)."""
    rate = Decimal(led.ready) * per_hour  # per hour
    if rate <= 0 or led.amount >= limit:
        return None
    return led.replicas_until + timedelta(seconds=float((limit - led.amount) / rate * 3600))
