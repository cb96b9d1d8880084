"""The grants step of the LLMDeployment reconcile: from the window's spend and what each gateway
process reports, the grants ConfigMap `<name>-gateway-grants` (a child, applied with the others).

- Live processes: a pod of the deployment whose gateway process (epoch) is scraped at the
  poll's grid point and still admits requests. A pod whose process has not been seen yet has
  no grant: its gateway refuses budgeted requests until the next poll after its first scrape.
- Gone processes (their pod deleted, or a new epoch in the same pod): one that drained at
  shutdown (process_info 0, seen by a last scrape) has spent what it reported; one that did not
  (SIGKILL, OOM, node lost) may have spent its whole grant: the rest beyond what was seen of it
  is added to `unobserved`, counted as spent when splitting, kept in the grants (written
  together with the grants it frees, so an operator restart loses neither) and shown on the
  status (`spend.unobserved`).
- The split itself (shares by spend rate, the bound, hysteresis) is `allowance.split`; the
  grants are rewritten only when it says so, the window rolls over or a process went.
- Stale figures (Prometheus unreachable, spend stale): nothing more is handed out, no process
  is declared gone; the grants in force stay unless they must be lowered."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal

from llmops.api import budget_grants as bg
from llmops.controller.allowance import Process, split
from llmops.controller.children import Child
from llmops.controller.processes import ProcessReports, Reported
from llmops.controller.promql import PrometheusError
from llmops.controller.store import expand
from llmops.render.common import Owner
from llmops.render.grants import grants_config_map, grants_config_map_name

_CENT = Decimal("0.000001")  # ceilings are rounded down to this: rounding never breaks the bound

Key = tuple[str, str]


@dataclass(frozen=True)
class Inputs:
    """What the budget step knows this reconcile."""

    window: str
    resets_at: str
    action: str
    limit: Decimal
    amount: Decimal          # the window's spend as counted (in memory, ahead of the status)
    stale: bool
    until: datetime | None   # the grid point the counters are counted up to (None: no Prometheus)
    exceeded: bool = False   # BudgetExceeded (amount + unobserved at the limit)


@dataclass
class _State:
    grants: bg.Grants | None = None
    child: Child | None = None
    seen: dict[Key, tuple[Decimal, float]] = field(default_factory=dict)  # spent, at (for rates)
    rates: dict[Key, Decimal] = field(default_factory=dict)


def _floor(d: Decimal) -> Decimal:
    return d.quantize(_CENT, rounding=ROUND_FLOOR)


def _holds(r: Reported) -> Decimal | None:
    """What a process may reach: its ceiling, or more when requests it admitted under an older,
    higher ceiling are still in flight (a lowered ceiling does not take their reservations back)."""
    if r.ceiling is None and not r.reserved:
        return None
    return max(r.ceiling or Decimal(0), r.spent + r.reserved)


def decide(previous: bg.Grants | None, deployment: str, inp: Inputs, reports: dict[Key, Reported] | None,
           pods: set[str], rates: dict[Key, Decimal]) -> bg.Grants:
    """The grants to write (`previous` itself when no rewrite is due). Pure.
    `reports`: this deployment's processes, None when they cannot be read (stale)."""
    same_window = previous is not None and previous.window == inp.window
    unobserved = previous.unobserved if same_window else Decimal(0)
    held = {(g.pod, g.epoch): g.ceiling for g in previous.grants} if previous else {}
    stale = inp.stale or reports is None
    reports = reports or {}
    if stale:  # nobody is declared gone on data that cannot be read
        live_keys = set(held)
    else:
        live_keys = {k for k, r in reports.items() if r.present and r.serving and k[0] in pods}
    dropped = False
    for key in [k for k in held if k not in live_keys]:
        r = reports.get(key)
        if r is None or r.serving:  # not seen draining: what it may have spent unseen counts as spent
            unobserved += max(Decimal(0), max(held[key], _holds(r) if r else Decimal(0)) - (r.spent if r else Decimal(0)))
        del held[key]
        dropped = True
    procs = [Process(pod, epoch, (r := reports.get((pod, epoch)) or Reported()).spent,
                     rates.get((pod, epoch), Decimal(0)), _holds(r)) for pod, epoch in sorted(live_keys)]
    new = split(inp.limit, inp.amount + unobserved, procs, held, stale=stale)
    if new is held and not dropped and same_window and previous.action == inp.action \
            and previous.resets_at == inp.resets_at and previous.exceeded == inp.exceeded:
        return previous
    grants = [bg.Grant(pod=p, epoch=e, ceiling=_floor(c)) for (p, e), c in sorted(new.items())]
    return bg.Grants(deployment=deployment, window=inp.window, resets_at=inp.resets_at, action=inp.action,
                     serial=(previous.serial + 1) if previous else 1, grants=grants, unobserved=unobserved,
                     exceeded=inp.exceeded)


class GrantsStep:
    def __init__(self, reports: ProcessReports | None, store) -> None:
        self.reports, self.store = reports, store
        self._state: dict[str, _State] = {}
        self._lock = threading.Lock()

    def forget(self, uid: str) -> None:
        with self._lock:
            self._state.pop(uid, None)

    def forget_missing(self, live_uids: set[str]) -> None:
        with self._lock:
            for uid in [u for u in self._state if u not in live_uids]:
                del self._state[uid]

    def unobserved(self, uid: str) -> Decimal:
        with self._lock:
            st = self._state.get(uid)
        return st.grants.unobserved if st and st.grants else Decimal(0)

    def _previous(self, owner: Owner) -> bg.Grants | None:
        """A restarted operator resumes from the ConfigMap it wrote (its own child)."""
        cm = self.store.get("ConfigMap", owner.namespace, grants_config_map_name(owner.name))
        if cm is None:
            return None
        try:
            return bg.load_yaml((expand(cm).get("data") or {}).get(bg.GRANTS_KEY, ""))
        except ValueError:
            return None  # not ours to trust: the split starts over (nothing is granted twice: no process holds it)

    def child(self, owner: Owner, inp: Inputs) -> Child:
        with self._lock:
            st = self._state.setdefault(owner.uid, _State())
        if st.grants is None:
            st.grants = self._previous(owner)
        reports = None
        if self.reports is not None and inp.until is not None:
            try:
                reports = self.reports.at(inp.until).get((owner.namespace, owner.name), {})
            except PrometheusError:
                reports = None
        if reports is not None:
            _update_rates(st, reports, inp.until.timestamp())
        pods = {p["metadata"]["name"] for p in self.store.pods_of(owner.namespace, owner.name)}
        grants = decide(st.grants, owner.name, inp, reports, pods, st.rates)
        if grants is not st.grants or st.child is None:
            st.grants, st.child = grants, Child.of(grants_config_map(owner, grants))
        return st.child


def _update_rates(st: _State, reports: dict[Key, Reported], t: float) -> None:
    """Spend per second of each process between the last two grid points it was seen at."""
    for key, r in reports.items():
        before = st.seen.get(key)
        if before is not None and t <= before[1]:
            continue  # another reconcile of the same poll
        if before is not None:
            st.rates[key] = max(Decimal(0), (r.spent - before[0]) / Decimal(repr(t - before[1])))
        st.seen[key] = (r.spent, t)
    for key in [k for k in st.seen if k not in reports]:
        st.seen.pop(key, None)
        st.rates.pop(key, None)
