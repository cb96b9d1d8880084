"""This gateway process' budget: a ceiling, granted by the operator per (pod, epoch), on its own
cumulative spend (settled + reserved) since it started (docs/budgets.md).

- The epoch is picked at start; the pod name comes from `POD_NAME` (downward API). Both are in
  `llmops_gateway_process_info{deployment,epoch}` and the budget gauges, which the operator
  reads to re-balance.
- The grants file (`LLMOPS_GATEWAY_GRANTS`, its own ConfigMap) is watched apart from the
  config: a new grant changes one number here, never the cache or the compiled guardrails, and
  never the accounting (spent and reserved live as long as the process).
- No grant for this process (a new pod the operator has not seen yet, a file that does not
  parse): budgeted requests are refused (or fall back) until one arrives.
- At shutdown, once requests in flight have settled, `close()` makes the process admit nothing
  more and report `process_info` 0: the operator, seeing it in a last scrape, knows its spend is
  final and frees the rest of its grant. The gauges are computed at scrape time (a collector):
  nothing per request."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from prometheus_client.core import GaugeMetricFamily

from llmops.api import budget_grants as bg
from llmops.gateway.budget import Reservations
from llmops.gateway.reload import describe, file_identity

log = logging.getLogger("llmops.gateway.grants")

GRANTS_ENV = "LLMOPS_GATEWAY_GRANTS"
POD_NAME_ENV = "POD_NAME"


class ProcessLedger(Reservations):
    def __init__(self, deployment: str, pod: str | None = None, epoch: str | None = None) -> None:
        super().__init__()
        self.deployment = deployment
        self.pod = pod or os.environ.get(POD_NAME_ENV) or socket.gethostname()
        self.epoch = epoch or secrets.token_hex(4)
        self.ceiling: Decimal | None = None   # None: no grant for this process
        self.serial: int | None = None
        self.resets_at: str | None = None
        self.exceeded = False                  # the whole budget is spent (not only this grant)
        self.action = "Throttle"               # from the config's budget section (configure)
        self.closed = False
        self.scraped_at = 0.0                  # monotonic time of the last scrape (for the shutdown)

    # -- admission (the same surface as budget.BudgetLedger) ----------------------------------

    def try_reserve(self, worst_case: Decimal) -> bool:
        c = self.ceiling
        return not self.closed and c is not None and self._reserve_within(worst_case, c)

    @property
    def remaining(self) -> Decimal:
        return max(Decimal(0), (self.ceiling or Decimal(0)) - self.spent - self.reserved)

    def refusal_message(self) -> str:
        resets = self.resets_at or "the start of the next budget period"
        if self.ceiling is None:
            return (f"Budget: this gateway process ({self.pod}, epoch {self.epoch}) has no grant yet; "
                    f"retry shortly. Resets at {resets}.")
        if self.exceeded:
            return f"Budget exhausted: the limit of this budget window is spent. Resets at {resets}."
        return (f"Budget: this replica's share ({self.ceiling}) is used up; the operator re-balances what is left "
                f"of the budget shortly. Resets at {resets}.")

    def retry_after(self, now: float | None = None) -> int:
        """Seconds to the rollover when the whole budget is spent (60 when it is not known). A
        process without a grant yet, or with its share used up before the limit, is worth
        retrying sooner: the operator re-balances every poll."""
        if self.ceiling is None or not self.exceeded:
            return 5
        if self.resets_at is None:
            return 60
        try:
            at = datetime.fromisoformat(self.resets_at).timestamp()
        except ValueError:
            return 60
        return max(1, int(at - (time.time() if now is None else now)) + 1)

    # -- the grants file -----------------------------------------------------------------------

    def configure(self, action: str) -> None:
        self.action = action

    def load(self, grants: bg.Grants | None) -> None:
        """A new grants file (None: none could be read: no grant)."""
        self.ceiling = grants.ceiling(self.pod, self.epoch) if grants is not None else None
        self.serial = grants.serial if grants is not None else None
        self.resets_at = grants.resets_at if grants is not None else None
        self.exceeded = grants.exceeded if grants is not None else False

    def load_file(self, path: str | Path) -> None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            self.load(None)  # the optional volume before the operator wrote anything
            return
        try:
            self.load(bg.load_yaml(text))
        except ValueError as exc:  # keep the grant in force: the operator's next write fixes the file
            log.error("grants %s refused, keeping the grant in force: %s", path, describe(exc))

    def close(self) -> None:
        """Shutting down, requests in flight settled: admit nothing more, report the spend as final."""
        self.closed = True

    # -- metrics (computed when scraped) -------------------------------------------------------

    def collect(self):
        self.scraped_at = time.monotonic()
        labels = ("deployment", "epoch")
        key = (self.deployment, self.epoch)
        info = GaugeMetricFamily("llmops_gateway_process_info", "This gateway process (value 1; 0 once drained "
                                 "at shutdown: its spend is final).", labels=labels)
        info.add_metric(key, 0 if self.closed else 1)
        yield info
        for name, doc, value in (
                ("llmops_gateway_budget_spent", "This process' settled cost since it started.", self.spent),
                ("llmops_gateway_budget_reserved", "What requests in flight hold reserved.", self.reserved)):
            g = GaugeMetricFamily(name, doc, labels=labels)
            g.add_metric(key, float(value))
            yield g
        g = GaugeMetricFamily("llmops_gateway_budget_ceiling", "The grant this process enforces (absent: none).",
                              labels=labels)
        ceiling = self.spent + self.reserved if self.closed else self.ceiling
        if ceiling is not None:
            g.add_metric(key, float(ceiling))
        yield g


async def watch(ledger: ProcessLedger, path: str | Path, interval: float) -> None:
    """Re-read the grants when the file changes (a stat per interval; the read only then)."""
    seen = file_identity(path)
    while True:
        await asyncio.sleep(interval)
        identity = file_identity(path)
        if identity == seen:
            continue
        seen = identity
        ledger.load_file(path)
        log.info("grants %s: serial %s, ceiling %s for %s/%s", path, ledger.serial, ledger.ceiling,
                 ledger.pod, ledger.epoch)


async def last_scrape(ledger: ProcessLedger, busy, deadline: float, max_wait: float = 30.0) -> bool:
    """At shutdown: wait (until `deadline`, monotonic) for requests in flight (`busy()` true), then
    close the ledger and wait for one more scrape, so its final spend is seen; True if it was."""
    end = min(deadline, time.monotonic() + max_wait)
    idle_by = time.monotonic() + (end - time.monotonic()) / 2  # half for the requests, half for the scrape
    while busy() and time.monotonic() < idle_by:
        await asyncio.sleep(0.05)
    ledger.close()
    closed_at = time.monotonic()
    while ledger.scraped_at <= closed_at and time.monotonic() < end:
        await asyncio.sleep(0.05)
    return ledger.scraped_at > closed_at
