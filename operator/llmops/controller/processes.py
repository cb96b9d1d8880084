"""What each gateway process reports of its budget, for every deployment, in one Prometheus
query per poll (on the spend's grid, shared by every reconcile of that poll).

A gateway process exports (DESIGN.md §7, docs/budgets.md):
- `llmops_gateway_process_info{deployment, epoch}`: 1 while it admits requests, 0 once it has
  drained at shutdown (its spend is final: nothing of its grant is left to spend);
- `llmops_gateway_budget_spent{deployment, epoch}`: its own cumulative settled cost;
- `llmops_gateway_budget_reserved{deployment, epoch}`: what requests in flight hold;
- `llmops_gateway_budget_ceiling{deployment, epoch}`: the grant it enforces (absent: none).
The scrape adds `namespace` and `pod`.

The query reads the last value of each over a lookback (a process that is gone keeps its last
word: drained, or what it had spent when it was last seen) and which processes are present at
the grid point (a target that disappears gets staleness markers, so a gone process is absent)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from llmops.controller.promql import Prometheus, PrometheusError

log = logging.getLogger("llmops.controller.processes")

INFO, SPENT, RESERVED, CEILING = ("llmops_gateway_process_info", "llmops_gateway_budget_spent",
                                  "llmops_gateway_budget_reserved", "llmops_gateway_budget_ceiling")
LOOKBACK = "15m"
_BY = "max by (namespace, deployment, pod, epoch)"
_LAST = {"info": INFO, "spent": SPENT, "reserved": RESERVED, "ceiling": CEILING}


def process_query() -> str:
    parts = [f'label_replace({_BY} (last_over_time({m}{{epoch!=""}}[{LOOKBACK}])), "series", "{k}", "", "")'
             for k, m in _LAST.items()]
    parts.append(f'label_replace({_BY} ({INFO}{{epoch!=""}}), "series", "present", "", "")')
    return " or ".join(parts)


@dataclass
class Reported:
    """One process' last word."""

    spent: Decimal = Decimal(0)
    reserved: Decimal = Decimal(0)
    ceiling: Decimal | None = None
    serving: bool = True     # process_info 1 (0: drained at shutdown)
    present: bool = False    # scraped at the grid point


Key = tuple[str, str]  # (pod, epoch)


def parse(result: list[dict]) -> dict[tuple[str, str], dict[Key, Reported]]:
    """(namespace, deployment) -> (pod, epoch) -> Reported."""
    out: dict[tuple[str, str], dict[Key, Reported]] = {}
    for s in result:
        m, v = s["metric"], s["value"]
        ns, dep, pod, epoch, series = (m.get(k, "") for k in ("namespace", "deployment", "pod", "epoch", "series"))
        if not (dep and pod and epoch) or v < 0:
            continue
        r = out.setdefault((ns, dep), {}).setdefault((pod, epoch), Reported())
        if series == "present":
            r.present = True
        elif series == "info":
            r.serving = v >= 1
        elif series in ("spent", "reserved", "ceiling"):
            setattr(r, series, Decimal(repr(v)))
    return out


class ProcessReports:
    """The answer per grid point, asked for once (a failure too: a dead Prometheus is asked
    once per poll, not once per deployment)."""

    def __init__(self, prom: Prometheus) -> None:
        self.prom = prom
        self._lock = threading.Lock()
        self._at: datetime | None = None
        self._answer: dict | PrometheusError | None = None

    def at(self, until: datetime) -> dict[tuple[str, str], dict[Key, Reported]]:
        """Raises PrometheusError when the reports cannot be read."""
        with self._lock:  # reconciles of the same poll wait for one query
            if until != self._at:
                try:
                    self._answer = parse(self.prom.instant(process_query(), until))
                except PrometheusError as e:
                    log.warning("gateway processes' budget reports could not be read: %s", e)
                    self._answer = e
                self._at = until
            answer = self._answer
        if isinstance(answer, PrometheusError):
            raise answer
        return answer
