"""The operator's moving parts, shared by every controller: watch cache, work queue, workers,
requeue, resync, metrics.

kopf delivers watch events (handlers in main.py only forward them here); reconciles run in a
thread pool because the kubernetes client is synchronous, never on the event loop."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from llmops.controller.children import controller_of
from llmops.controller.contract import Controller, Key
from llmops.controller.metrics import OperatorMetrics
from llmops.controller.store import Store, pod_owner
from llmops.controller.workqueue import WorkQueue
from llmops.kube.client import Kube, NotLeader
from llmops.kube.resources import WATCHED
from llmops.render.gatewaypod import RenderSettings

log = logging.getLogger("llmops.operator")

# Which kinds of key go first when many wait: a policy's or a release's decision is an input of many renders,
# and a router needs its targets' Available first. Unlisted kinds come after these.
KIND_ORDER = ("GuardrailPolicy", "PromptRelease", "LLMDeployment", "RoutingPolicy")


@dataclass
class OperatorConfig:
    namespaces: tuple[str, ...] = ()
    workers: int = 8
    resync_period: float = 300.0
    render: RenderSettings = field(default_factory=RenderSettings)
    prometheus_url: str | None = None  # where the gateways' metrics are queried (budgets)


class Runtime:
    def __init__(self, cfg: OperatorConfig, kube: Kube, metrics: OperatorMetrics, store: Store,
                 controllers: list[Controller], elector=None) -> None:
        self.cfg, self.kube, self.metrics, self.store = cfg, kube, metrics, store
        self.elector = elector  # a LeaderElector, or None: this process always works
        self.controllers = {c.kind: c for c in controllers}
        self.queue: WorkQueue | None = None
        self.pool = ThreadPoolExecutor(max_workers=cfg.workers, thread_name_prefix="reconcile")
        # Workers run only while the gate is open (leader election closes it on a standby).
        self.gate = asyncio.Event()
        self.gate.set()
        self._tasks: list[asyncio.Task] = []

    # -- events from kopf ------------------------------------------------------------------

    def on_event(self, kind: str, event: dict) -> None:
        obj = event.get("object") or {}
        md = obj.get("metadata") or {}
        if not md.get("name"):
            return
        ns = md.get("namespace", "")
        old = self.store.get(kind, ns, md["name"])
        if event.get("type") == "DELETED":
            self.store.delete(kind, ns, md["name"], md.get("resourceVersion"))
            if kind in self.controllers:
                self.controllers[kind].forget(obj)
            new = None
        elif not self.store.upsert(kind, obj):
            return  # older than what we hold (e.g. the echo of our own write): nothing new
        else:
            new = obj
        for key in self.keys_for(kind, obj, old, new):
            self.enqueue(key)

    def keys_for(self, kind: str, obj: dict, old: dict | None, new: dict | None) -> set[Key]:
        ns = obj["metadata"].get("namespace", "")
        keys: set[Key] = set()
        if kind in self.controllers:
            keys.add(Key(kind, ns, obj["metadata"]["name"]))
        elif kind == "Pod":  # owned by a ReplicaSet: the owner label of its template names ours
            if (owner := pod_owner(obj)) and owner[0] in self.controllers:
                keys.add(Key(owner[0], ns, owner[1]))
        elif (ref := controller_of(obj)) and ref.get("kind") in self.controllers:
            keys.add(Key(ref["kind"], ns, ref["name"]))
        keys.update(self.related(kind, old, new))
        return keys

    def related(self, kind: str, old: dict | None, new: dict | None) -> set[Key]:
        """What the controllers say an object's change concerns, across kinds."""
        keys: set[Key] = set()
        for c in self.controllers.values():
            keys.update(c.related(kind, old, new))
        return keys

    def after_reconcile(self, key: Key, out) -> None:
        """Status the reconcile wrote: tell the other controllers (its watch echo is dropped)."""
        for kind, before, after in out.written:
            for k in self.related(kind, before, after):
                if k != key:
                    self.enqueue(k)

    def enqueue(self, key: Key) -> None:
        if self.queue is not None:
            self.queue.add(key)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
        self.queue = WorkQueue(priority=lambda key: rank.get(key.kind, len(rank)))
        self.metrics.leader.set(0 if self.elector else 1)
        if self.elector is not None:
            # A standby watches and caches like the leader, but neither reconciles nor writes.
            self.gate.clear()
            self.kube.write_fence = self.elector.may_write
            self.elector.on_started, self.elector.on_stopped = self._became_leader, self._lost_leadership
        await asyncio.get_running_loop().run_in_executor(self.pool, self.prime_cache)
        for i in range(self.cfg.workers):
            self._tasks.append(asyncio.create_task(self._worker(), name=f"reconcile-worker-{i}"))
        self._tasks.append(asyncio.create_task(self._resync(), name="resync"))
        if self.elector is not None:
            self._tasks.append(asyncio.create_task(self.elector.run(), name="leader-election"))
        self._enqueue_all()

    def _became_leader(self) -> None:
        self.metrics.leader.set(1)
        self.gate.set()
        self._enqueue_all()  # what changed while standing by is in the cache: reconcile it all

    def _lost_leadership(self) -> None:
        self.metrics.leader.set(0)
        self.gate.clear()

    async def stop(self) -> None:
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.elector is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.elector.release)
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _enqueue_all(self) -> None:
        for c in self.controllers.values():
            for key in c.keys():
                self.enqueue(key)

    def prime_cache(self) -> None:
        """List every watched kind and make the cache agree with it. Before the first reconcile,
        so a restarted operator compares against the cluster instead of re-applying everything;
        and on each resync, as a safety net for deletions a watch never delivered. Reads only."""
        scopes = self.cfg.namespaces or ("",)
        for r in WATCHED:
            for ns in scopes:
                # A LIST's items carry no apiVersion/kind; the desired children do, so without them
                # every child failed the subset check after a restart and was applied again.
                pages = self.kube.list_pages(r.path(ns or None), label_selector=r.selector,
                                             api_version=r.api_version, kind=r.kind)
                for _kind, k_ns, k_name in self.store.sync(r.kind, ns or None, pages):
                    log.info("%s %s/%s is gone (found by re-listing)", r.kind, k_ns, k_name)
        log.info("watch cache holds %d objects", len(self.store))

    async def _worker(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self.gate.wait()
            key = await self.queue.get()
            self.metrics.queue_depth.labels(kind=key.kind).set(len(self.queue))
            start = time.perf_counter()
            failed, requeue = False, None
            try:
                ctrl = self.controllers[key.kind]
                out = await loop.run_in_executor(self.pool, ctrl.reconcile, key.namespace, key.name)
                failed, requeue = out.retry, out.requeue_after
                self.after_reconcile(key, out)
                self.metrics.reconciles.labels(kind=key.kind, result="changed" if out.changed else "noop").inc()
                if out.applied or out.deleted:
                    log.info("reconciled %s: applied %s deleted %s", key, out.applied, out.deleted)
            except asyncio.CancelledError:
                raise
            except NotLeader:  # the lease may have expired: the write was never sent
                failed = True
                log.info("reconcile of %s stopped: not the leader any more", key)
            except Exception:  # one object's failure must not stop the others; retried with backoff
                failed = True
                self.metrics.reconcile_errors.labels(kind=key.kind).inc()
                log.exception("reconcile of %s failed", key)
            finally:
                self.metrics.reconcile_duration.labels(kind=key.kind).observe(time.perf_counter() - start)
                delay = self.queue.done(key, failed=failed)
                if delay is not None:
                    log.info("retrying %s in %.1fs", key, delay)
                elif requeue is not None:
                    self.queue.add_after(key, requeue)
                self.metrics.store_objects.set(len(self.store))

    async def _resync(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.cfg.resync_period)
            try:
                await loop.run_in_executor(self.pool, self.prime_cache)
            except Exception:  # a failed re-list must not stop the resync; the watches still run
                log.exception("re-listing during the resync failed")
            for kind, c in self.controllers.items():
                c.forget_missing({o["metadata"].get("uid") for o in self.store.list(kind)})
            self._enqueue_all()
