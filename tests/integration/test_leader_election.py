"""Two operator replicas, one active, through a coordination.k8s.io Lease: a SIGKILLed leader is
replaced after the lease expires (take-over time printed), and a leader frozen by SIGSTOP past its
renew deadline writes nothing once it wakes, counted from each process's own request metric."""

from __future__ import annotations

import signal
import time

from helpers import apply, is_ready, llmd, wait_for
from operator_proc import start_operator

LEASE_REQUESTS = ("leases",)


def _pair(cluster, namespace, tmp_path, *timings: str):
    args = ("--leader-elect", f"--leader-election-namespace={namespace}", *timings)
    return [start_operator(cluster.kubeconfig, [namespace], tmp_path / f"op{i}", extra_args=args) for i in range(2)]


def _leader(ops):
    leaders = [op for op in ops if op.proc.poll() is None and op.gauge("llmops_operator_leader") == 1]
    return leaders[0] if len(leaders) == 1 else None


def test_a_killed_leader_is_replaced_and_the_standby_never_wrote_before(cluster, namespace, crds, tmp_path):
    ops = _pair(cluster, namespace, tmp_path)
    try:
        leader = wait_for(lambda: _leader(ops), timeout=30, what="one leader")
        standby = next(op for op in ops if op is not leader)
        apply(cluster, namespace, llmd("first"))
        wait_for(lambda: is_ready(cluster, namespace, "first"), what="Ready under the first leader")
        assert standby.writes(exclude=LEASE_REQUESTS) == 0     # it watched, it never wrote
        leader.proc.send_signal(signal.SIGKILL)
        leader.proc.wait(10)
        t0 = time.monotonic()
        wait_for(lambda: standby.gauge("llmops_operator_leader") == 1, timeout=40, interval=0.2,
                 what="the standby takes over")
        print(f"\nleader SIGKILLed -> standby leading after {time.monotonic() - t0:.1f}s (lease 15 s, retry 2 s)")
        apply(cluster, namespace, llmd("second"))
        wait_for(lambda: is_ready(cluster, namespace, "second"), what="Ready under the new leader")
    finally:
        for op in ops:
            op.stop()


def test_a_frozen_leader_writes_nothing_after_it_wakes(cluster, namespace, crds, tmp_path):
    ops = _pair(cluster, namespace, tmp_path, "--lease-duration=6", "--renew-deadline=4", "--retry-period=1")
    try:
        leader = wait_for(lambda: _leader(ops), timeout=30, what="one leader")
        standby = next(op for op in ops if op is not leader)
        apply(cluster, namespace, llmd("before"))
        wait_for(lambda: is_ready(cluster, namespace, "before"), what="Ready under the first leader")
        time.sleep(2)  # its last status echo
        frozen_writes = leader.writes(exclude=LEASE_REQUESTS)
        leader.proc.send_signal(signal.SIGSTOP)
        wait_for(lambda: standby.gauge("llmops_operator_leader") == 1, timeout=30, interval=0.2,
                 what="the standby takes over from the frozen leader")
        # work the frozen leader will see in its watch stream when it wakes
        apply(cluster, namespace, llmd("during"))
        wait_for(lambda: is_ready(cluster, namespace, "during"), what="Ready under the new leader")
        leader.proc.send_signal(signal.SIGCONT)
        wait_for(lambda: leader.gauge("llmops_operator_leader") == 0, timeout=15, interval=0.2,
                 what="the old leader steps down")
        apply(cluster, namespace, llmd("after"))
        wait_for(lambda: is_ready(cluster, namespace, "after"), what="Ready after the old leader woke")
        time.sleep(3)
        assert leader.writes(exclude=LEASE_REQUESTS) == frozen_writes
        assert standby.writes(exclude=LEASE_REQUESTS) > 0
    finally:
        for op in ops:
            if op.proc.poll() is None:
                op.proc.send_signal(signal.SIGCONT)
            op.stop()
