"""The budget step of the LLMDeployment reconcile: spend in the window, BudgetExceeded, the
phase while it holds, the Events at the warn level and the limit, the requeue time (next
poll, the rollover, or the moment the replica cost runs the budget out), and the operator's
spend and limit gauges.

The ledger of each deployment lives in memory between two status writes (`spend.py` decides
when one is due); a restarted operator resumes from the status. The LLMDeployment's status
stays written by its controller alone: this step only adds its fields to the desired status."""

from __future__ import annotations

import contextlib
import os
import threading
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from prometheus_client import CollectorRegistry, Gauge

from llmops.api.conditions import set_condition
from llmops.api.llmdeployment import LLMDeploymentPhase as Phase, LLMDeploymentSpec, Spend
from llmops.controller import spend as sp
from llmops.controller.budget_window import resets_at, window_at, zone
from llmops.controller.grants import Inputs
from llmops.controller.kstatus import Event, parse_conditions, wire_conditions
from llmops.controller.metered import MeteredSpend
from llmops.controller.processes import ProcessReports
from llmops.controller.promql import Prometheus, PrometheusError
from llmops.controller.reasons import ConditionType as T, Reason


CLOCK_OFFSET_ENV = "LLMOPS_DEV_CLOCK_OFFSET_SECONDS"  # development: budget windows on a shifted clock
POLL_ENV, SETTLE_ENV = "LLMOPS_SPEND_POLL_SECONDS", "LLMOPS_SPEND_SETTLE_SECONDS"
_KEEPS_PHASE = {Phase.FAILED, Phase.PENDING}


@dataclass
class BudgetView:
    spend: dict                       # status.spend to have (the written one unless a write is due)
    exceeded: bool
    message: str
    requeue_after: float | None
    events: list[Event] = field(default_factory=list)
    grants: Inputs | None = None      # what the grants step splits


class BudgetStep:
    def __init__(self, metered: MeteredSpend | None, registry: CollectorRegistry | None = None,
                 offset: timedelta = timedelta(0)) -> None:
        self.metered, self.offset = metered, offset
        # what each gateway process reports (for the grants), from the same Prometheus
        self.reports = ProcessReports(metered.prom) if metered is not None else None
        self._ledgers: dict[str, sp.Ledger] = {}
        self._labels: dict[str, tuple[str, str, str]] = {}  # uid -> gauge labels
        self._lock = threading.Lock()
        self.spend_gauge = Gauge("llmops_operator_budget_spend", "Spend in the current budget window (in memory, "
                                 "ahead of the status between its step writes).", ["namespace", "deployment", "currency"],
                                 registry=registry)
        self.limit_gauge = Gauge("llmops_operator_budget_limit", "budget.limit of the window.",
                                 ["namespace", "deployment", "currency"], registry=registry)
        # the chart's alerts compare spend/limit with this (budget.warnAtPercent / 100)
        self.warn_gauge = Gauge("llmops_operator_budget_warn_ratio", "budget.warnAtPercent as a ratio of the limit.",
                                ["namespace", "deployment"], registry=registry)

    @classmethod
    def create(cls, prometheus_url: str | None, registry: CollectorRegistry | None) -> BudgetStep:
        metered = None
        if prometheus_url:
            metered = MeteredSpend(Prometheus(prometheus_url), interval=float(os.environ.get(POLL_ENV, "30")),
                                   settle=float(os.environ.get(SETTLE_ENV, "30")))
        offset = timedelta(seconds=float(os.environ.get(CLOCK_OFFSET_ENV, "0")))
        return cls(metered, registry, offset)

    def forget(self, uid: str) -> None:
        """A deployment is gone or has no budget any more: drop its ledger and its gauges."""
        with self._lock:
            self._ledgers.pop(uid, None)
            labels = self._labels.pop(uid, None)
        if labels is not None:
            self._remove_gauges(labels)

    def forget_missing(self, live_uids: set[str]) -> None:
        with self._lock:
            gone = [u for u in self._ledgers if u not in live_uids]
        for uid in gone:
            self.forget(uid)

    def _remove_gauges(self, labels: tuple[str, str, str]) -> None:
        for g, values in ((self.spend_gauge, labels), (self.limit_gauge, labels), (self.warn_gauge, labels[:2])):
            try:
                g.remove(*values)
            except KeyError:
                pass

    def observe(self, body: dict, spec: LLMDeploymentSpec, ready: int, now: datetime,
                unobserved: Decimal = Decimal(0)) -> BudgetView | None:
        """`unobserved`: what gone gateway processes may have spent unseen (the grants step's
        figure): counted as spent for enforcement, shown as `spend.unobserved`."""
        md = body["metadata"]
        budget, pricing = spec.budget, spec.pricing
        if budget is None or pricing is None:
            self.forget(md.get("uid", ""))
            return None
        status = body.get("status") or {}
        written = status.get("spend")
        w = window_at(now, budget.period, budget.time_zone, self.offset)
        limit, per_hour = Decimal(budget.limit), Decimal(pricing.replica_per_hour)
        with self._lock:
            led = self._ledgers.get(md["uid"])
        if led is None or led.window != w.name:
            gap_ready = led.ready if led is not None else int(status.get("readyReplicas") or 0)
            led = sp.start(written if led is None else None, gap_ready, w,
                           _created(md.get("creationTimestamp")))
        if self.reports is not None:
            # The processes' reports are read before the counters, never after: a sample that
            # lands in Prometheus between the two queries is then in the (later) spend and not
            # yet in a process' reported spend, which only makes the split stricter. The other
            # order would count it as neither spent nor committed, and grant it again.
            with contextlib.suppress(PrometheusError):
                self.reports.at(min(self.metered.until(now), w.end))
        metered, until, failed_at = self._metered(md, pricing.currency, led, w, now)
        led = sp.advance(led, w, now, ready, per_hour, metered, until, failed_at)
        labels = (md["namespace"], md["name"], pricing.currency)
        with self._lock:
            self._ledgers[md["uid"]] = led
            old = self._labels.get(md["uid"])
            self._labels[md["uid"]] = labels
        if old is not None and old != labels:  # the currency changed
            self._remove_gauges(old)
        self.spend_gauge.labels(*labels).set(float(led.amount))
        self.limit_gauge.labels(*labels).set(float(limit))
        self.warn_gauge.labels(*labels[:2]).set(budget.warn_at_percent / 100)

        fresh = Spend.model_validate(sp.to_status(led, limit, pricing.currency)).to_api()
        desired = fresh if sp.due_write(written, led, limit, budget.warn_at_percent, pricing.currency) else written
        if unobserved > 0 or (desired or {}).get("unobserved"):
            desired = {**desired, "unobserved": str(unobserved)} if unobserved > 0 else \
                {k: v for k, v in desired.items() if k != "unobserved"}
        exceeded = Decimal(str(desired.get("amount", "0"))) + unobserved >= limit
        resets = resets_at(w, budget.time_zone, self.offset)
        unseen = f" (of which {unobserved} {pricing.currency} unobserved, from gateways gone without a last " \
                 "scrape)" if unobserved > 0 else ""
        if exceeded:
            message = (f"The {w.name} budget of {budget.limit} {pricing.currency} is spent{unseen}; action "
                       f"{budget.action.value} until the window rolls over at {resets}")
        else:
            message = f"Within the {w.name} budget of {budget.limit} {pricing.currency}{unseen} (resets at {resets})"
        inputs = Inputs(w.name, w.end.astimezone(zone(budget.time_zone)).isoformat(), budget.action.value, limit,
                        led.amount, led.stale_since is not None,
                        min(self.metered.until(now), w.end) if self.metered is not None else None, exceeded)
        return BudgetView(desired, exceeded, message,
                          self._requeue(led, w, now, limit, per_hour, exceeded, md["uid"]), grants=inputs)

    def _metered(self, md: dict, currency: str, led: sp.Ledger, w, now: datetime):
        """The counters' increase since the ledger's countedUntil, or None with the failure time."""
        if self.metered is None:
            return None, None, now  # no Prometheus configured: the tokens' cost cannot be counted
        until = min(self.metered.until(now), w.end)
        if until <= led.counted_until:
            return sp.Metered(), led.counted_until, None
        try:
            only = None if self.metered.batched(led.counted_until, until) else (md["namespace"], md["name"])
            inc = self.metered.increases(led.counted_until, until, only)
        except PrometheusError:  # logged once per interval by MeteredSpend, not once per deployment
            return None, None, now
        return inc.of(md["namespace"], md["name"], currency), until, None

    def _requeue(self, led: sp.Ledger, w, now: datetime, limit: Decimal, per_hour: Decimal,
                 exceeded: bool, uid: str) -> float:
        """Reconcile again at the next poll, at the rollover, or when the replica cost alone runs
        the budget out, whichever comes first (so the limit is acted on at that moment). Polls
        are spread over the first half of the interval by the object's uid, so a thousand
        deployments do not all reconcile in the same instant (they still share one query)."""
        times = [(w.end - now).total_seconds()]
        if self.metered is not None:
            spread = zlib.crc32(uid.encode()) % 1000 / 1000 * self.metered.interval / 2
            times.append(self.metered.next_poll(now) + spread)
        if not exceeded and (out := sp.run_out_at(led, limit, per_hour)) is not None:
            times.append((out - now).total_seconds())
        return max(0.5, min(times))


def apply(desired: dict, view: BudgetView | None, generation: int, now: datetime) -> dict:
    """Put the budget's fields into the desired status (wire form)."""
    conds = parse_conditions(desired)
    if view is None:
        desired["conditions"] = wire_conditions([c for c in conds if c.type != T.BUDGET_EXCEEDED])
        return desired
    desired["spend"] = view.spend
    conds = set_condition(conds, T.BUDGET_EXCEEDED, view.exceeded,
                          Reason.LIMIT_REACHED if view.exceeded else Reason.WITHIN_BUDGET, view.message,
                          generation, now)
    desired["conditions"] = wire_conditions(conds)
    if view.exceeded and desired.get("phase") not in _KEEPS_PHASE:
        desired["phase"] = Phase.BUDGET_EXCEEDED.value
    return desired


def keep(desired: dict, current: dict) -> dict:
    """The spec cannot be read (an invalid edit): the spend written last stays, and so does
    BudgetExceeded (carried over with the other conditions this step does not set)."""
    if current.get("spend"):
        desired["spend"] = current["spend"]
    return desired


def events(current: dict, desired: dict, warn_percent: int | None) -> list[Event]:
    """Once at the warn level and once at the limit per window (decided from the written
    spend, so a restarted operator does not tell them again); Normal when a window starts
    after an exceeded one."""
    before, after = current.get("spend") or {}, desired.get("spend") or {}
    if not after or warn_percent is None:
        return []
    same = before.get("window") == after.get("window")
    p0, p1 = float(before.get("percentOfLimit") or 0) if same else 0.0, float(after.get("percentOfLimit") or 0)
    out = []
    if p0 < 100 <= p1:
        out.append(Event("Warning", Reason.BUDGET_EXCEEDED,
                         f"Spent {after['amount']} {after.get('currency', '')} in {after['window']}: "
                         f"{p1:g}% of the limit"))
    elif p0 < warn_percent <= p1:
        out.append(Event("Warning", Reason.BUDGET_WARNING,
                         f"Spent {after['amount']} {after.get('currency', '')} in {after['window']}: "
                         f"{p1:g}% of the limit (warn at {warn_percent}%)"))
    if before and not same and float(before.get("percentOfLimit") or 0) >= 100:
        out.append(Event("Normal", Reason.BUDGET_RESET, f"Budget window {after['window']} started: spend is 0 again"))
    return out


def _created(ts) -> datetime | None:
    try:
        return datetime.fromisoformat(str(ts).replace("Z", "+00:00")) if ts else None
    except ValueError:
        return None
