"""The LLMDeployment operator written the idiomatic kopf way, for comparison only (see
bench/operator/transport.py): what a competent kopf user would write to do the same work per
object, with kopf's default persistence.

- `@kopf.on.create/update/resume` on LLMDeployment: render the children with the same pure
  function as ours and server-side apply them with the same counted client. kopf keeps its
  diff-base (annotation `kopf.zalando.org/last-handled-configuration`) and handler progress
  (annotations + `status.kopf`, its default SmartProgressStorage) on the object itself.
- `@kopf.timer` on LLMDeployment: the periodic level-based resync. With no cache to compare
  against, the idempotent way to restore drift is to apply every child again.
- `@kopf.on.event` on the children Deployments (watched with a server-side label selector), a
  `@kopf.index` of the LLMDeployments' status and the Deployment's memo: Ready is patched once
  the Deployment is ready, and only when it differs from what the object already says.
- No `@kopf.on.delete`: ownerReferences let the garbage collector delete the children. (kopf
  still adds its finalizer to every LLMDeployment: timers require one.)

Every request is counted by verb and resource: ours through `make_api_client(registry)`
(`llmops_operator_api_requests_total`), kopf's own through an aiohttp trace config on the
session kopf is given at login (`kopf_api_requests_total`). Writes are also counted by the
handler that made them (`kopf_native_writes_total{handler}`), so that timer writes falling
inside a measured window can be told apart.

Usage:  KUBECONFIG=... python bench/operator/kopf_native.py --namespace NS --metrics-port P
        --liveness-port L [--resync-period 60]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from datetime import UTC, datetime

import aiohttp
import kopf
from prometheus_client import CollectorRegistry, Counter, start_http_server
from pydantic import ValidationError

from llmops.api.llmdeployment import LLMDeploymentSpec
from llmops.api.meta import MANAGED_BY
from llmops.controller.main import limit_malloc_arenas
from llmops.kube.client import Kube, _resource_of, make_api_client
from llmops.render.common import Owner, endpoint
from llmops.render.gatewaypod import RenderSettings
from llmops.render.llmdeployment import render

GROUP, VERSION, PLURAL = "llmops.dev", "v1alpha1", "llmdeployments"
API_VERSION = f"{GROUP}/{VERSION}"
CHILD_LABELS = {"app.kubernetes.io/managed-by": MANAGED_BY}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="kopf-native LLMDeployment operator (benchmark comparison)")
    p.add_argument("--namespace", action="append", required=True)
    p.add_argument("--metrics-port", type=int, required=True)
    p.add_argument("--liveness-port", type=int, required=True)
    p.add_argument("--bind-address", default="127.0.0.1")
    p.add_argument("--resync-period", type=float, default=60.0, help="interval of the resync timer")
    p.add_argument("--workers", type=int, default=8, help="threads for the synchronous handlers (ours: 8)")
    p.add_argument("--verbose", action="store_true", help="kopf's debug log: every patch it sends")
    return p.parse_args(argv)


def counting_trace(counter: Counter) -> aiohttp.TraceConfig:
    """Counts every request kopf's own aiohttp session sends, labelled like our client's."""
    trace = aiohttp.TraceConfig()

    async def on_request_start(_session, _ctx, params: aiohttp.TraceRequestStartParams) -> None:
        counter.labels(verb=params.method.upper(), resource=_resource_of(str(params.url))).inc()

    trace.on_request_start.append(on_request_start)
    return trace


def ready_status(deployment: dict | None, generation: int, name: str, namespace: str) -> dict:
    """The status fields this operator owns, from the Deployment as last seen (None: not yet)."""
    spec, st = (deployment or {}).get("spec") or {}, (deployment or {}).get("status") or {}
    want = spec.get("replicas", 1)
    ready = st.get("readyReplicas", 0)
    rolled = (deployment is not None
              and st.get("observedGeneration", 0) >= deployment["metadata"].get("generation", 0)
              and st.get("updatedReplicas", 0) >= want)
    is_ready = rolled and ready >= want
    reason = "Ready" if is_ready else "WaitingForDeployment"
    return {"observedGeneration": generation, "phase": "Ready" if is_ready else "Progressing",
            "replicas": st.get("replicas", 0), "readyReplicas": ready, "readyText": f"{ready}/{want}",
            "endpoint": endpoint(name, namespace, 8080),
            "conditions": [{"type": "Ready", "status": "True" if is_ready else "False", "reason": reason,
                            "message": f"{ready}/{want} replica(s) ready", "observedGeneration": generation,
                            "lastTransitionTime": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}]}


def summary(status: dict) -> tuple:
    """What decides whether status must be written again (not the timestamps)."""
    conds = {c.get("type"): c.get("status") for c in status.get("conditions") or []}
    return (status.get("observedGeneration"), status.get("phase"), status.get("replicas"),
            status.get("readyReplicas"), conds.get("Ready"))


class Work:
    """The per-object work, shared by every handler; synchronous (kopf runs it in its executor)."""

    def __init__(self, kube: Kube, writes: Counter, settings: RenderSettings) -> None:
        self.kube, self.writes, self.settings = kube, writes, settings

    def _count(self, handler: str, verb: str, resource: str) -> None:
        self.writes.labels(handler=handler, verb=verb, resource=resource).inc()

    def rendered(self, body):
        try:
            spec = LLMDeploymentSpec.model_validate(dict(body.get("spec") or {}))
        except ValidationError as e:
            raise kopf.PermanentError(f"invalid spec: {e.errors()[0]['msg']}") from e
        return render(Owner.of(dict(body)), spec, self.settings)

    def apply_children(self, body, handler: str, delete_absent: bool = False) -> dict | None:
        """Apply every child; returns the Deployment as stored."""
        children = self.rendered(body)
        deployment = None
        for m in children.manifests:
            applied = self.kube.apply(m)
            self._count(handler, "PATCH", m["kind"].lower() + "s")
            if m["kind"] == "Deployment":
                deployment = applied
        if delete_absent:  # only on a spec change: e.g. the PDB after scaling down to one replica
            for api_version, kind, name in children.absent:
                self.kube.delete(api_version, kind, body["metadata"]["namespace"], name)
                self._count(handler, "DELETE", kind.lower() + "s")
        return deployment

    def patch_status(self, handler: str, namespace: str, name: str, status: dict) -> None:
        self.kube.patch_status(API_VERSION, "LLMDeployment", namespace, name, status)
        self._count(handler, "PATCH", "llmdeployments/status")


def build_registry(args: argparse.Namespace, work: Work, kopf_requests: Counter) -> kopf.OperatorRegistry:
    registry = kopf.OperatorRegistry()

    @kopf.on.startup(registry=registry)
    def configure(settings: kopf.OperatorSettings, **_):
        settings.peering.standalone = True  # one replica, as ours
        settings.execution.max_workers = args.workers
        # the children are watched server-side filtered, as ours does
        settings.watching.label_selectors[("apps", "deployments")] = \
            ",".join(f"{k}={v}" for k, v in CHILD_LABELS.items())

    @kopf.on.login(registry=registry)
    async def login(**kwargs):
        """kopf's own client-library login, on a session that counts its requests (kopf's
        documented hook for custom aiohttp sessions)."""
        info = kopf.login_via_client(**kwargs)
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ssl=info.as_ssl_context()),
            headers=info.as_http_headers(), trace_configs=[counting_trace(kopf_requests)])
        return kopf.AiohttpSession(server=info.server, default_namespace=info.default_namespace,
                                   aiohttp_session=session)

    @kopf.index(GROUP, VERSION, PLURAL, id="llmd_status", registry=registry)
    def llmd_status(namespace, name, meta, status, **_):
        return {(namespace, name): (meta.get("generation", 1), summary(dict(status or {})))}

    # Status is not written here: kopf sends a handler's `patch` only after the handler returns,
    # by which time the Deployment's first events may already have written a newer status, which
    # this one would overwrite. The Deployment's event handler is the one writer of status.
    @kopf.on.create(GROUP, VERSION, PLURAL, id="create", registry=registry)
    def create(body, **_):
        work.apply_children(body, "create")

    @kopf.on.update(GROUP, VERSION, PLURAL, id="update", registry=registry)
    def update(body, **_):
        work.apply_children(body, "update", delete_absent=True)

    @kopf.on.resume(GROUP, VERSION, PLURAL, id="resume", registry=registry)
    def resume(body, patch, status, **_):
        deployment = work.apply_children(body, "resume")
        md = body["metadata"]
        desired = ready_status(deployment, md.get("generation", 1), md["name"], md["namespace"])
        if summary(desired) != summary(dict(status or {})):
            patch.status.update(desired)

    @kopf.timer(GROUP, VERSION, PLURAL, interval=args.resync_period, initial_delay=args.resync_period,
                id="resync", registry=registry)
    def resync(body, patch, status, **_):
        """Level-based: restore any drifted child, correct Ready if it is wrong."""
        deployment = work.apply_children(body, "timer")
        md = body["metadata"]
        desired = ready_status(deployment, md.get("generation", 1), md["name"], md["namespace"])
        if summary(desired) != summary(dict(status or {})):
            patch.status.update(desired)  # kopf sends it after the handler (counted as kopf's too)
            work.writes.labels(handler="timer", verb="PATCH", resource="llmdeployments/status").inc()

    @kopf.on.event("apps", "v1", "deployments", labels=CHILD_LABELS, id="deployment_event", registry=registry)
    def deployment_event(type, body, memo: kopf.Memo, llmd_status: kopf.Index, **_):
        if type == "DELETED" or not body.get("status"):
            return  # gone, or not yet seen by the Deployment controller
        md = body["metadata"]
        owner = next((r for r in md.get("ownerReferences") or []
                      if r.get("controller") and r.get("kind") == "LLMDeployment"), None)
        if owner is None:
            return
        key = (md["namespace"], owner["name"])
        if key not in llmd_status:
            return  # its owner is not indexed yet: the owner's next event comes soon
        generation, current = next(iter(llmd_status[key]))
        desired = ready_status(dict(body), generation, owner["name"], md["namespace"])
        # The index learns of our write only from the watch; the Deployment's next event may come
        # first, so its per-object memo remembers what was just written.
        if summary(desired) != current and summary(desired) != memo.get("written"):
            work.patch_status("deployment_event", md["namespace"], owner["name"], desired)
            memo["written"] = summary(desired)

    return registry


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    limit_malloc_arenas()  # the same glibc setting as ours, so RSS compares the designs
    kopf.configure(verbose=args.verbose)
    if not args.verbose:
        logging.getLogger("kopf.objects").setLevel(logging.WARNING)  # as ours: no line per handler call
    prom = CollectorRegistry()
    kopf_requests = Counter("kopf_api_requests_total", "Requests kopf itself made to the API server.",
                            ["verb", "resource"], registry=prom)
    writes = Counter("kopf_native_writes_total", "Writes made by this operator's handlers, by handler.",
                     ["handler", "verb", "resource"], registry=prom)
    work = Work(Kube(make_api_client(prom)), writes, RenderSettings())
    start_http_server(args.metrics_port, addr=args.bind_address, registry=prom)
    registry = build_registry(args, work, kopf_requests)
    asyncio.run(kopf.operator(
        registry=registry, namespaces=args.namespace, clusterwide=False, standalone=True,
        liveness_endpoint=f"http://{args.bind_address}:{args.liveness_port}/healthz"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
