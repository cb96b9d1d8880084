"""The operator's own metrics, in one registry per process."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class OperatorMetrics:
    registry: CollectorRegistry
    reconciles: Counter
    reconcile_errors: Counter
    reconcile_duration: Histogram
    queue_depth: Gauge
    store_objects: Gauge
    leader: Gauge

    @classmethod
    def create(cls, registry: CollectorRegistry) -> "OperatorMetrics":
        return cls(
            registry=registry,
            reconciles=Counter("llmops_operator_reconcile_total", "Reconciles by kind and result.",
                               ["kind", "result"], registry=registry),
            reconcile_errors=Counter("llmops_operator_reconcile_errors_total", "Reconciles that raised.",
                                     ["kind"], registry=registry),
            reconcile_duration=Histogram("llmops_operator_reconcile_duration_seconds", "Time per reconcile.",
                                         ["kind"], registry=registry,
                                         buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)),
            queue_depth=Gauge("llmops_operator_workqueue_depth", "Keys waiting or being reconciled.",
                              ["kind"], registry=registry),
            store_objects=Gauge("llmops_operator_cached_objects", "Objects held in the watch cache.",
                                registry=registry),
            leader=Gauge("llmops_operator_leader", "1 while this process may reconcile and write (it holds the "
                         "leader lease, or leader election is off).", registry=registry),
        )
