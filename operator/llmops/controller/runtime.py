"""The operator's moving parts: watch cache, work queue, workers, resync, metrics.

kopf delivers watch events (handlers in main.py only forward them here); reconciles run in a
thread pool because the kubernetes client is synchronous, never on the event loop."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from llmops.controller.events import Recorder
from llmops.controller.llmdeployment import KIND, LLMDeploymentReconciler
from llmops.controller.metrics import OperatorMetrics
from llmops.controller.store import Store
from llmops.controller.workqueue import WorkQueue
from llmops.kube.client import Kube
from llmops.render.common import DEPLOYMENT_LABEL, MANAGED_BY
from llmops.render.llmdeployment import RenderSettings

log = logging.getLogger("llmops.operator")

# The children the operator watches: (kopf group, version, plural, store kind, list path).
CHILD_RESOURCES = (
    ("apps", "v1", "deployments", "Deployment", "/apis/apps/v1"),
    ("", "v1", "services", "Service", "/api/v1"),
    ("", "v1", "configmaps", "ConfigMap", "/api/v1"),
    ("", "v1", "pods", "Pod", "/api/v1"),
    ("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", "/apis/autoscaling/v2"),
    ("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", "/apis/policy/v1"),
)
CHILD_SELECTOR = f"app.kubernetes.io/managed-by={MANAGED_BY}"


@dataclass
class OperatorConfig:
    namespaces: tuple[str, ...] = ()
    workers: int = 8
    resync_period: float = 300.0
    render: RenderSettings = RenderSettings()


class Runtime:
    def __init__(self, cfg: OperatorConfig, kube: Kube, metrics: OperatorMetrics) -> None:
        self.cfg, self.kube, self.metrics = cfg, kube, metrics
        self.store = Store()
        self.queue: WorkQueue | None = None
        self.reconciler = LLMDeploymentReconciler(kube, self.store, cfg.render, Recorder(kube))
        self.pool = ThreadPoolExecutor(max_workers=cfg.workers, thread_name_prefix="reconcile")
        self._tasks: list[asyncio.Task] = []

    # -- events from kopf ------------------------------------------------------------------

    def on_event(self, kind: str, event: dict) -> None:
        obj = event.get("object") or {}
        md = obj.get("metadata") or {}
        if not md.get("name"):
            return
        if event.get("type") == "DELETED":
            self.store.delete(kind, md.get("namespace", ""), md["name"], md.get("resourceVersion"))
            if kind == KIND:
                self.reconciler.forget(md.get("uid", ""), md.get("namespace", ""), md["name"])
        elif not self.store.upsert(kind, obj):
            return  # older than what we hold (e.g. the echo of our own write): nothing new
        for key in self._owners_of(kind, obj, event.get("type")):
            self.enqueue(key)

    def _owners_of(self, kind: str, obj: dict, event_type: str | None) -> list[tuple[str, str]]:
        md = obj["metadata"]
        ns = md.get("namespace", "")
        if kind == KIND:
            keys = [(ns, md["name"])]
            if event_type in ("ADDED", "DELETED"):  # it may be the target of another's reference
                keys += [(ns, d["metadata"]["name"]) for d in self.store.list(KIND, ns)
                         if (((d.get("spec") or {}).get("budget") or {}).get("fallbackTo") or {}).get("name")
                         == md["name"]]
            return keys
        if kind == "PromptVersion":
            prompt = (obj.get("spec") or {}).get("prompt")
            return [(ns, d["metadata"]["name"]) for d in self.store.list(KIND, ns)
                    if ((d.get("spec") or {}).get("gateway") or {}).get("prompt") == prompt]
        owner = (md.get("labels") or {}).get(DEPLOYMENT_LABEL)
        return [(ns, owner)] if owner else []

    def enqueue(self, key: tuple[str, str]) -> None:
        if self.queue is not None:
            self.queue.add(key)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        self.queue = WorkQueue()
        await asyncio.get_running_loop().run_in_executor(self.pool, self.prime_cache)
        for i in range(self.cfg.workers):
            self._tasks.append(asyncio.create_task(self._worker(), name=f"reconcile-worker-{i}"))
        self._tasks.append(asyncio.create_task(self._resync(), name="resync"))
        for ns, name in self.store.keys(KIND):
            self.enqueue((ns, name))

    async def stop(self) -> None:
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.pool.shutdown(wait=False, cancel_futures=True)

    def prime_cache(self) -> None:
        """List every watched kind and make the cache agree with it. Before the first reconcile,
        so a restarted operator compares against the cluster instead of re-applying everything;
        and on each resync, as a safety net for deletions a watch never delivered (every
        LLMDeployment is reconciled after it). Reads only."""
        scopes = self.cfg.namespaces or ("",)
        kinds = [(prefix, plural, kind, CHILD_SELECTOR, None) for _g, _v, plural, kind, prefix in CHILD_RESOURCES]
        kinds += [("/apis/llmops.dev/v1alpha1", plural, kind, None, "llmops.dev/v1alpha1")
                  for plural, kind in (("llmdeployments", KIND), ("promptversions", "PromptVersion"))]
        for prefix, plural, kind, selector, api_version in kinds:
            for ns in scopes:
                path = f"{prefix}/namespaces/{ns}/{plural}" if ns else f"{prefix}/{plural}"
                pages = self.kube.list_pages(path, label_selector=selector, api_version=api_version, kind=kind)
                for _kind, k_ns, k_name in self.store.sync(kind, ns or None, pages):
                    log.info("%s %s/%s is gone (found by re-listing)", kind, k_ns, k_name)
        log.info("watch cache holds %d objects", len(self.store))

    async def _worker(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            key = await self.queue.get()
            self.metrics.queue_depth.labels(kind=KIND).set(len(self.queue))
            start = time.perf_counter()
            failed = False
            try:
                out = await loop.run_in_executor(self.pool, self.reconciler.reconcile, *key)
                failed = out.retry
                result = "changed" if (out.applied or out.deleted or out.status_patched) else "noop"
                self.metrics.reconciles.labels(kind=KIND, result=result).inc()
                if out.applied or out.deleted:
                    log.info("reconciled %s/%s: applied %s deleted %s", *key, out.applied, out.deleted)
            except asyncio.CancelledError:
                raise
            except Exception:  # one object's failure must not stop the others; retried with backoff
                failed = True
                self.metrics.reconcile_errors.labels(kind=KIND).inc()
                log.exception("reconcile of %s/%s failed", *key)
            finally:
                self.metrics.reconcile_duration.labels(kind=KIND).observe(time.perf_counter() - start)
                delay = self.queue.done(key, failed=failed)
                if delay is not None:
                    log.info("retrying %s/%s in %.1fs", *key, delay)
                self.metrics.store_objects.set(len(self.store))

    async def _resync(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.cfg.resync_period)
            try:
                await loop.run_in_executor(self.pool, self.prime_cache)
            except Exception:  # a failed re-list must not stop the resync; the watches still run
                log.exception("re-listing during the resync failed")
            keys = self.store.keys(KIND)
            log.debug("periodic resync of %d LLMDeployments", len(keys))
            self.reconciler.forget_missing({o["metadata"].get("uid") for o in self.store.list(KIND)})
            for key in keys:
                self.enqueue(key)
