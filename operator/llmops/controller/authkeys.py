"""`AuthKeysValid`: did the gateways of an LLMDeployment (or a RoutingPolicy's router) accept
the key set of their keys Secret? Read from what the gateways report to Prometheus
(`llmops_gateway_auth_last_reload_success`, `llmops_gateway_auth_key_set_active`): the operator never
reads the Secret.

One query per poll interval answers every deployment and router at once (grouped by the scrape's
`namespace` and `llmops_dev_deployment` / `llmops_dev_routingpolicy` labels), shared by both
controllers; a failed query is kept for the interval too, so a dead Prometheus is asked once per
interval, not once per object. Each controller writes the condition onto its own kind's status.

No data never flips the condition: Prometheus unreachable, or no gateway of the object reporting
(pods starting, scrapes not in yet), leaves it as it was; only a first observation sets it
Unknown. Ready is changed only when no reporting gateway has a good key set (every request is
answered 503 `auth_unavailable`): a gateway that keeps its last good set still serves."""

from __future__ import annotations

import logging
import os
import threading
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from llmops.api.apikeys import AuthMode, GatewayAuth
from llmops.api.conditions import get_condition, set_condition
from llmops.api.meta import Condition
from llmops.controller.kstatus import Event, Verdict
from llmops.controller.promql import Prometheus, PrometheusError
from llmops.controller.reasons import ConditionType as T, Reason

log = logging.getLogger("llmops.controller.authkeys")

__all__ = ["AuthReports", "Report", "POLL_ENV", "condition", "events", "merge", "parse", "report_query", "secret_of", "verdict"]

VALID = "llmops_gateway_auth_last_reload_success"  # 0: the last load of the key set was refused
ACTIVE = "llmops_gateway_auth_key_set_active"        # 0: no good set ever loaded (every request 503)
POLL_ENV = "LLMOPS_AUTH_POLL_SECONDS"
# the scrape's labels naming the object a gateway pod belongs to (the pods' llmops.dev/* labels)
OWNER_LABELS = {"LLMDeployment": "llmops_dev_deployment", "RoutingPolicy": "llmops_dev_routingpolicy"}
_BY = "namespace, " + ", ".join(OWNER_LABELS.values())


def report_query() -> str:
    """Per object: its gateways reporting, refusing the current key set, and refusing it with no
    good set to keep (answering 503 to every request). The two gauges of one gateway carry the
    same target labels, so `and` pairs them per pod."""
    def count(expr: str, state: str) -> str:
        return f'label_replace(count by ({_BY}) ({expr}), "state", "{state}", "", "")'
    return " or ".join((count(VALID, "reporting"), count(f"{VALID} == 0", "refused"),
                        count(f"({VALID} == 0) and ({ACTIVE} == 0)", "unavailable")))


@dataclass(frozen=True)
class Report:
    """What an object's gateways said about its key set."""

    reporting: int = 0    # gateways that report at all
    refused: int = 0      # refused the Secret's current content (malformed)
    unavailable: int = 0  # of those, with no good set to keep: they answer 503 auth_unavailable


def parse(result: list[dict]) -> dict[tuple[str, str, str], Report]:
    """(namespace, kind, name) -> Report."""
    counts: dict[tuple[str, str, str], dict[str, int]] = {}
    for s in result:
        m = s["metric"]
        for kind, label in OWNER_LABELS.items():
            if m.get(label) and m.get("state") in ("reporting", "refused", "unavailable"):
                key = (m.get("namespace", ""), kind, m[label])
                counts.setdefault(key, {})[m["state"]] = round(s["value"])
    return {k: Report(**v) for k, v in counts.items()}


class AuthReports:
    """The gateways' key-set reports, one batched query per poll interval (thread-safe:
    concurrent reconciles wait for the query in flight instead of sending their own)."""

    def __init__(self, prom: Prometheus, interval: float = 30.0) -> None:
        self.prom, self.interval = prom, interval
        self._lock = threading.Lock()
        self._fetch = threading.Lock()
        self._at: datetime | None = None
        self._answer: dict | PrometheusError | None = None

    @classmethod
    def create(cls, prometheus_url: str | None) -> AuthReports | None:
        if not prometheus_url:
            return None
        return cls(Prometheus(prometheus_url), float(os.environ.get(POLL_ENV, "30")))

    def grid(self, now: datetime) -> datetime:
        return datetime.fromtimestamp(now.timestamp() // self.interval * self.interval, UTC)

    def report(self, kind: str, namespace: str, name: str, now: datetime) -> Report | None:
        """This object's report at the current grid point; Report() when none of its gateways
        reports; None when Prometheus cannot be read."""
        at = self.grid(now)
        with self._fetch:
            with self._lock:
                answer = self._answer if self._at == at else None
            if answer is None:
                try:
                    answer = parse(self.prom.instant(report_query(), at))
                except PrometheusError as e:
                    log.warning("the gateways' key-set reports cannot be read; AuthKeysValid stays as it is: %s", e)
                    answer = e
                with self._lock:
                    self._at, self._answer = at, answer
        if isinstance(answer, PrometheusError):
            return None
        return answer.get((namespace, kind, name), Report())

    def requeue_after(self, uid: str, now: datetime) -> float:
        """Seconds to the next grid point, spread over the first half of the interval by uid
        (the objects still share one query)."""
        nxt = self.grid(now) + timedelta(seconds=self.interval)
        spread = zlib.crc32(uid.encode()) % 1000 / 1000 * self.interval / 2
        return max(0.5, (nxt - now).total_seconds() + spread)


def secret_of(auth: GatewayAuth | None) -> str | None:
    """The keys Secret of an auth spec, None without API keys."""
    if auth is None or auth.mode != AuthMode.API_KEYS or auth.api_keys_secret_ref is None:
        return None
    return auth.api_keys_secret_ref.name


def condition(conds: list[Condition], secret: str | None, field: str, report: Report | None,
              generation: int, now: datetime) -> list[Condition]:
    """AuthKeysValid from the report. `secret` None (auth None): the condition goes. No data
    (report None: Prometheus unreadable; or no gateway reporting) leaves it as it was; a first
    observation without data sets it Unknown."""
    if secret is None:
        return [c for c in conds if c.type != T.AUTH_KEYS_VALID]
    named = f'Secret "{secret}" ({field})'
    if report is None or report.reporting == 0:
        if get_condition(conds, T.AUTH_KEYS_VALID) is not None:
            return conds
        if report is None:
            return conds  # nothing known, and Prometheus not read: nothing to say yet
        return set_condition(conds, T.AUTH_KEYS_VALID, "Unknown", Reason.AWAITING_KEY_REPORTS,
                             f"No gateway has reported loading the key set of {named} yet", generation, now)
    if report.refused == 0:
        return set_condition(conds, T.AUTH_KEYS_VALID, True, Reason.KEY_SET_LOADED,
                             f"{_gateways(report.reporting)} loaded the key set of {named}", generation, now)
    fix = ("Fix the Secret (`llmops keys list` shows its records); a gateway's /readyz names the refused "
           "entry (auth.lastReloadError)")
    if report.unavailable >= report.reporting:
        return set_condition(conds, T.AUTH_KEYS_VALID, False, Reason.KEY_SET_UNAVAILABLE,
                             f"{named} holds a malformed key set and no gateway has a good one: every request is "
                             f"answered 503 auth_unavailable. {fix}", generation, now)
    kept = report.refused - report.unavailable
    detail = f"{kept} keep their last good set" if kept else ""
    if report.unavailable:
        detail += (", " if detail else "") + f"{report.unavailable} never had one and answer 503 auth_unavailable"
    return set_condition(conds, T.AUTH_KEYS_VALID, False, Reason.KEY_SET_INVALID,
                         f"{named} holds a malformed key set: {report.refused} of {_gateways(report.reporting)} "
                         f"refused it ({detail}). {fix}", generation, now)


def _gateways(n: int) -> str:
    return f"{n} gateway{'s' if n != 1 else ''}"


def merge(conds: list[Condition], observed: list[Condition]) -> list[Condition]:
    """`conds` with AuthKeysValid as `observed` has it: in its place (a move would be a change
    to write), appended when new, dropped when gone."""
    mine = get_condition(observed, T.AUTH_KEYS_VALID)
    out = [c for c in (mine if c.type == T.AUTH_KEYS_VALID else c for c in conds) if c is not None]
    if mine is not None and get_condition(out, T.AUTH_KEYS_VALID) is None:
        out.append(mine)
    return out


def verdict(conds: list[Condition], v: Verdict) -> Verdict:
    """Ready=False (stalled: it needs a fixed Secret) while no gateway has a good key set; else
    the readiness chain's verdict stands (a gateway keeping its last good set still serves)."""
    c = get_condition(conds, T.AUTH_KEYS_VALID)
    if v.ready and c is not None and c.reason == Reason.KEY_SET_UNAVAILABLE:
        return Verdict(False, Reason.KEY_SET_UNAVAILABLE, c.message, stalled=True)
    return v


def events(current: dict, desired: dict) -> list[Event]:
    """A Warning when the condition turns False, a Normal when it turns True again after that
    (decided from the written status, so a restarted operator does not repeat them)."""
    def of(status: dict) -> dict:
        return next((c for c in status.get("conditions") or [] if c.get("type") == T.AUTH_KEYS_VALID), {})
    before, after = of(current), of(desired)
    if after.get("status") == before.get("status"):
        return []
    if after.get("status") == "False":
        return [Event("Warning", after["reason"], after["message"])]
    if after.get("status") == "True" and before.get("status") == "False":
        return [Event("Normal", after["reason"], after["message"])]
    return []
