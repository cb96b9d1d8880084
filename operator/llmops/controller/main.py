"""`llmops operator`: settings, logging, metrics endpoint, and the kopf wiring.

Handlers only forward watch events to the runtime; nothing is registered at import time
(the registry is built in `build_registry`)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket

import kopf
from prometheus_client import CollectorRegistry, start_http_server

from llmops.controller.authkeys import AuthReports
from llmops.controller.budget import BudgetStep
from llmops.controller.events import Recorder
from llmops.controller.guardrailpolicy import GuardrailPolicyController
from llmops.controller.leader import LeaderElector, Timings
from llmops.controller.llmdeployment import LLMDeploymentController
from llmops.controller.metrics import OperatorMetrics
from llmops.controller.prometheus import Analyst, PromClient
from llmops.controller.promptrelease import PromptReleaseController
from llmops.controller.routingpolicy import RoutingPolicyController
from llmops.controller.runtime import OperatorConfig, Runtime
from llmops.controller.store import Store
from llmops.kube.client import Kube, make_api_client
from llmops.kube.resources import WATCHED
from llmops.render.gatewaypod import DEFAULT_GATEWAY_IMAGE, RenderSettings

log = logging.getLogger("llmops.operator")


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="llmops operator", description="Run the llmops operator.")
    p.add_argument("--namespace", action="append", default=[],
                   help="watch only this namespace (repeatable); default: all namespaces")
    p.add_argument("--log-format", choices=("text", "json"), default="text")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--bind-address", default="0.0.0.0", help="address of the liveness and metrics endpoints")
    p.add_argument("--liveness-port", type=int, default=8081, help="kopf liveness endpoint /healthz (0: off)")
    p.add_argument("--metrics-port", type=int, default=8082, help="Prometheus /metrics (0: off)")
    p.add_argument("--workers", type=int, default=8, help="concurrent reconciles")
    p.add_argument("--resync-period", type=float, default=300.0,
                   help="seconds between full resyncs of every object (level-based safety net)")
    p.add_argument("--watch-timeout", type=int, default=300,
                   help="server-side watch timeout; the client gives up 30s later, so a silent "
                        "stream can never hang the operator")
    p.add_argument("--gateway-image", default=DEFAULT_GATEWAY_IMAGE)
    p.add_argument("--leader-elect", action="store_true",
                   help="run as one of several replicas: only the holder of a coordination.k8s.io Lease "
                        "reconciles and writes; the others keep their watches warm")
    p.add_argument("--leader-election-namespace", default=os.environ.get("POD_NAMESPACE", ""),
                   help="namespace of the Lease (default: $POD_NAMESPACE, else the first --namespace)")
    p.add_argument("--leader-election-id", default="llmops-operator", help="name of the Lease")
    p.add_argument("--lease-duration", type=float, default=15.0)
    p.add_argument("--renew-deadline", type=float, default=10.0)
    p.add_argument("--retry-period", type=float, default=2.0)
    p.add_argument("--prometheus-url", default=None,
                   help="Prometheus HTTP API base URL holding the gateways' metrics: the PromptVersion canary "
                        "analysis (without it a canary with an analysis holds, never promoted blind) and the "
                        "budget spend (without it only replica cost is counted)")
    return p.parse_args(argv)


def configure_settings(settings: kopf.OperatorSettings, args: argparse.Namespace) -> None:
    settings.peering.standalone = True
    settings.posting.enabled = False            # events go through our counted client
    settings.watching.server_timeout = args.watch_timeout
    settings.watching.client_timeout = args.watch_timeout + 30
    settings.watching.connect_timeout = 10
    settings.networking.request_timeout = 60
    for r in WATCHED:
        if r.selector:
            settings.watching.label_selectors[(r.group, r.plural) if r.group else r.plural] = r.selector


def build_registry(runtime: Runtime, args: argparse.Namespace) -> kopf.OperatorRegistry:
    registry = kopf.OperatorRegistry()

    @kopf.on.startup(registry=registry)
    async def startup(settings: kopf.OperatorSettings, **_):
        configure_settings(settings, args)
        await runtime.start()

    @kopf.on.cleanup(registry=registry)
    async def cleanup(**_):
        await runtime.stop()

    kopf.on.login(registry=registry)(kopf.login_via_client)

    def forward(kind: str):
        async def handler(event, **_):
            runtime.on_event(kind, event)
        handler.__name__ = f"watch_{kind.lower()}"
        return handler

    for r in WATCHED:
        resource = (r.group, r.version, r.plural) if r.group else (r.version, r.plural)
        kopf.on.event(*resource, registry=registry)(forward(r.kind))
    return registry


def build_elector(args: argparse.Namespace, kube: Kube) -> LeaderElector | None:
    if not args.leader_elect:
        return None
    namespace = args.leader_election_namespace or (args.namespace[0] if args.namespace else "")
    if not namespace:
        raise SystemExit("llmops operator: --leader-elect needs --leader-election-namespace (or $POD_NAMESPACE)")
    identity = os.environ.get("POD_NAME") or f"{socket.gethostname()}_{os.getpid()}"
    return LeaderElector(kube, namespace, args.leader_election_id, identity,
                         Timings(args.lease_duration, args.renew_deadline, args.retry_period))


def build_runtime(cfg: OperatorConfig, kube: Kube, metrics: OperatorMetrics, elector=None,
                  prometheus_url: str | None = None) -> Runtime:
    """The runtime with every controller on it, sharing one cache and one event recorder."""
    store, recorder = Store(), Recorder(kube)
    analyst = Analyst(PromClient(prometheus_url)) if prometheus_url else None
    auth = AuthReports.create(cfg.prometheus_url)  # one query per poll for deployments and routers alike
    controllers = [
        LLMDeploymentController(kube, store, cfg.render, recorder,
                                BudgetStep.create(cfg.prometheus_url, metrics.registry), auth),
        GuardrailPolicyController(kube, store, recorder),
        RoutingPolicyController(kube, store, cfg.render, recorder, auth),
        PromptReleaseController(kube, store, recorder, analyst,
                                on_rollback=lambda ns, prompt, version: metrics.prompt_rollbacks.labels(
                                    namespace=ns, prompt=prompt, version=version).inc()),
    ]
    return Runtime(cfg, kube, metrics, store, controllers, elector)


def limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each thread that allocates its own malloc arena; with a pool of reconcile
    threads parsing watch events, idle arenas hold tens of MiB. Two arenas are plenty for an
    operator that is mostly waiting on I/O. Must run before the threads start."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):
        log.debug("mallopt not available; keeping the default malloc arenas")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    limit_malloc_arenas()
    kopf.configure(verbose=args.verbose,
                   log_format=kopf.LogFormat.JSON if args.log_format == "json" else kopf.LogFormat.FULL)
    if not args.verbose:
        # kopf logs every watch-event handler call at INFO: one line per event is noise at scale
        logging.getLogger("kopf.objects").setLevel(logging.WARNING)
    prom = CollectorRegistry()
    metrics = OperatorMetrics.create(prom)
    kube = Kube(make_api_client(prom))
    cfg = OperatorConfig(namespaces=tuple(args.namespace), workers=args.workers, resync_period=args.resync_period,
                         render=RenderSettings(gateway_image=args.gateway_image), prometheus_url=args.prometheus_url)
    runtime = build_runtime(cfg, kube, metrics, build_elector(args, kube), prometheus_url=args.prometheus_url)
    if args.metrics_port:
        start_http_server(args.metrics_port, addr=args.bind_address, registry=prom)
        log.info("metrics on :%d/metrics", args.metrics_port)
    registry = build_registry(runtime, args)
    asyncio.run(kopf.operator(
        registry=registry,
        clusterwide=not args.namespace,
        namespaces=args.namespace,
        standalone=True,
        liveness_endpoint=f"http://{args.bind_address}:{args.liveness_port}/healthz" if args.liveness_port else None,
    ))
    return 0
