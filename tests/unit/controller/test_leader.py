"""Leader election over a Lease with optimistic concurrency, on a fake clock. The real thing,
with SIGKILL and SIGSTOP of a leader process: tests/integration/test_leader_election.py."""

from __future__ import annotations

import copy

import pytest

from llmops.controller.leader import LeaderElector, Timings
from llmops.kube.client import ApiException, Kube, NotLeader


class Leases:
    """One namespace's leases, with resourceVersion checks like the API server's."""

    def __init__(self) -> None:
        self.leases: dict[str, dict] = {}
        self.rv = 0

    def get_lease(self, namespace, name):
        lease = self.leases.get(name)
        return copy.deepcopy(lease) if lease else None

    def create_lease(self, namespace, lease):
        if lease["metadata"]["name"] in self.leases:
            raise ApiException(status=409, reason="AlreadyExists")
        self.rv += 1
        lease = copy.deepcopy(lease)
        lease["metadata"]["resourceVersion"] = str(self.rv)
        self.leases[lease["metadata"]["name"]] = lease
        return lease

    def replace_lease(self, namespace, lease):
        held = self.leases[lease["metadata"]["name"]]
        if held["metadata"]["resourceVersion"] != lease["metadata"].get("resourceVersion"):
            raise ApiException(status=409, reason="Conflict")
        self.rv += 1
        lease = copy.deepcopy(lease)
        lease["metadata"]["resourceVersion"] = str(self.rv)
        self.leases[lease["metadata"]["name"]] = lease
        return lease


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def pair():
    store, clock = Leases(), Clock()
    a = LeaderElector(store, "ops", "llmops", "a", Timings(15, 10, 2), clock=clock)
    b = LeaderElector(store, "ops", "llmops", "b", Timings(15, 10, 2), clock=clock)
    return store, clock, a, b


def test_the_first_candidate_leads_and_the_other_waits():
    store, clock, a, b = pair()
    assert a.try_acquire_or_renew()
    a.leading = True
    assert not b.try_acquire_or_renew()
    assert store.leases["llmops"]["spec"]["holderIdentity"] == "a"
    clock.t += 2
    assert a.try_acquire_or_renew() and a.may_write()


def test_a_standby_takes_over_only_after_the_lease_expired_on_its_own_clock():
    store, clock, a, b = pair()
    a.try_acquire_or_renew()
    a.leading = True
    assert not b.try_acquire_or_renew()          # b starts watching the record now
    clock.t += 14
    assert not b.try_acquire_or_renew()          # the record has not changed for 14 s < 15 s
    clock.t += 2
    assert b.try_acquire_or_renew()
    spec = store.leases["llmops"]["spec"]
    assert spec["holderIdentity"] == "b" and spec["leaseTransitions"] == 1


def test_a_leader_that_was_frozen_past_its_renew_deadline_may_not_write():
    store, clock, a, b = pair()
    a.try_acquire_or_renew()
    a.leading = True
    clock.t += 9.9
    assert a.may_write()
    clock.t += 0.2                               # SIGSTOP: the monotonic clock goes on
    assert not a.may_write()
    kube = Kube(api=None, write_fence=a.may_write)
    with pytest.raises(NotLeader):
        kube.apply({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "ops"}})


def test_renew_deadline_comes_before_expiry_for_the_others():
    store, clock, a, b = pair()
    a.try_acquire_or_renew()
    a.leading = True
    b.try_acquire_or_renew()
    clock.t += 12                                # a has not renewed: it stopped writing at 10 s
    assert not a.may_write() and not b.try_acquire_or_renew()   # b still waits until 15 s: no overlap


def test_a_released_lease_is_taken_at_once():
    store, clock, a, b = pair()
    a.try_acquire_or_renew()
    a.leading = True
    b.try_acquire_or_renew()
    a.release()
    assert b.try_acquire_or_renew()
    assert store.leases["llmops"]["spec"]["holderIdentity"] == "b"


def test_two_candidates_racing_on_the_same_version_only_one_wins():
    store, clock, a, b = pair()
    a.try_acquire_or_renew()
    a.leading = True
    a.release()
    stale = store.get_lease("ops", "llmops")
    assert b.try_acquire_or_renew()
    # a writes with the version it read before b's update: refused by optimistic concurrency
    stale["spec"]["holderIdentity"] = "a"
    with pytest.raises(ApiException):
        store.replace_lease("ops", stale)
