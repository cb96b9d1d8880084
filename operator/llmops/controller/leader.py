"""Leader election on a coordination.k8s.io Lease, with the timings controllers commonly use
(client-go's defaults: a 15 s lease, a 10 s renew deadline, a 2 s retry period).

Every replica runs its watches and keeps its cache warm; only the leader's workers run (the
runtime's gate). Expiry is judged by this process's own monotonic clock from when it last saw
the lease record change, never by comparing clocks across machines. The leader stops its
workers at the renew deadline, before the lease can expire for the others, and the client's
write fence refuses every write once the deadline has passed, so a process that was frozen
(SIGSTOP, a long GC, a VM pause) and wakes up after a standby took over writes nothing: its
monotonic clock moved on while it was stopped. On shutdown the lease is released so a standby
takes over at once."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from llmops.kube.client import ApiException

log = logging.getLogger("llmops.operator.leader")


@dataclass(frozen=True)
class Timings:
    lease_seconds: float = 15.0
    renew_deadline: float = 10.0
    retry_period: float = 2.0


def _now_micro() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class LeaderElector:
    def __init__(self, kube, namespace: str, name: str, identity: str, timings: Timings = Timings(),
                 on_started=None, on_stopped=None, clock=time.monotonic) -> None:
        self.kube, self.namespace, self.name, self.identity = kube, namespace, name, identity
        self.t, self.clock = timings, clock
        self.on_started, self.on_stopped = on_started, on_stopped
        self.leading = False
        self._renewed_at = float("-inf")   # monotonic time of our last successful acquire/renew
        self._observed: tuple | None = None  # (holder, renewTime, resourceVersion) last seen
        self._observed_at = float("-inf")

    # -- the fence the client asks before every write ----------------------------------------

    def may_write(self) -> bool:
        return self.leading and self.clock() - self._renewed_at < self.t.renew_deadline

    # -- one attempt (sync: runs in a thread) ------------------------------------------------

    def _record(self, holder: str, acquire: str | None, transitions: int) -> dict:
        return {"holderIdentity": holder, "leaseDurationSeconds": int(self.t.lease_seconds),
                "acquireTime": acquire or _now_micro(), "renewTime": _now_micro(), "leaseTransitions": transitions}

    def try_acquire_or_renew(self) -> bool:
        """True when this process holds the lease after the attempt."""
        now = self.clock()
        lease = self.kube.get_lease(self.namespace, self.name)
        if lease is None:
            body = {"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                    "metadata": {"name": self.name, "namespace": self.namespace},
                    "spec": self._record(self.identity, None, 0)}
            try:
                self.kube.create_lease(self.namespace, body)
            except ApiException as e:
                if e.status == 409:  # another candidate created it first
                    return False
                raise
            self._renewed_at = now
            return True
        spec = lease.get("spec") or {}
        holder = spec.get("holderIdentity") or ""
        seen = (holder, spec.get("renewTime"), lease["metadata"].get("resourceVersion"))
        if seen != self._observed:
            self._observed, self._observed_at = seen, now
        duration = float(spec.get("leaseDurationSeconds") or self.t.lease_seconds)
        if holder and holder != self.identity and now - self._observed_at < duration:
            return False  # held by another, not expired as far as we have watched it
        transitions = int(spec.get("leaseTransitions") or 0) + (0 if holder == self.identity else 1)
        acquire = spec.get("acquireTime") if holder == self.identity else None
        lease["spec"] = self._record(self.identity, acquire, transitions)
        try:
            self.kube.replace_lease(self.namespace, lease)
        except ApiException as e:
            if e.status == 409:  # someone else updated it since we read it
                return False
            raise
        self._renewed_at = now
        return True

    def release(self) -> None:
        """Give the lease up (on shutdown): a standby takes over without waiting for expiry."""
        if not self.leading:
            return
        self.leading = False
        try:
            lease = self.kube.get_lease(self.namespace, self.name)
            if lease and (lease.get("spec") or {}).get("holderIdentity") == self.identity:
                lease["spec"] = {**lease["spec"], "holderIdentity": "", "leaseDurationSeconds": 1,
                                 "renewTime": _now_micro()}
                self.kube.replace_lease(self.namespace, lease)
        except ApiException as e:
            log.warning("could not release the leader lease: %s", e.reason)

    # -- the loop (on the event loop; API calls in threads) ------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                held = await loop.run_in_executor(None, self.try_acquire_or_renew)
            except Exception as e:  # the API server unreachable: keep trying; the deadline decides
                log.warning("leader lease %s/%s: %s", self.namespace, self.name, e)
                held = False
            if held and not self.leading:
                self.leading = True
                log.info("became the leader (%s)", self.identity)
                if self.on_started:
                    self.on_started()
            elif self.leading and not self.may_write():
                self.leading = False
                log.warning("lost the leader lease (no renewal within %.0fs): stopping workers", self.t.renew_deadline)
                if self.on_stopped:
                    self.on_stopped()
            await asyncio.sleep(self.t.retry_period)
