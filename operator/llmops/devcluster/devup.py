"""`llmops dev up` / `llmops dev down`: the main job, end to end, with visible progress."""

from __future__ import annotations

import argparse
import sys
import time

from llmops.devcluster import build, cluster, kubectl


def _say(msg: str) -> None:
    print(f"[llmops dev {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def up(args: argparse.Namespace) -> int:
    from llmops.devcluster.cli import repo_root

    _say("1/5 building the control plane binaries that are missing")
    build.build_all()

    st = cluster.ClusterState.load(args.state_dir)
    if st and st.procs and all(st.running().values()):
        _say(f"2/5 cluster already running from {st.dir}")
    else:
        _say("2/5 starting the local cluster")
        st = cluster.up(args.state_dir, nodes=args.nodes, gpus_per_node=args.gpus_per_node)
    kc = st.kubeconfig

    _say("3/5 installing the CRDs")
    for name in kubectl.apply_crds(kc, repo_root() / "crds"):
        _say(f"  established {name}")

    if args.no_operator:
        _say("4/5 operator not started (--no-operator)")
    else:
        from llmops.devcluster import operatorproc

        _say("4/5 starting the operator")
        operatorproc.start(st, namespaces=[args.namespace])

    _say(f"5/5 applying the examples into namespace {args.namespace}")
    kubectl.run(kc, "create", "namespace", args.namespace, check=False)
    out = kubectl.run(kc, "apply", "-n", args.namespace, "--server-side", "--field-manager=llmops-dev",
                      "-R", "-f", str(args.examples))
    for line in out.stdout.strip().splitlines():
        _say(f"  {line}")
    if not args.no_operator:
        from llmops.devcluster import operatorproc

        operatorproc.wait_ready(kc, args.namespace, log=_say)

    table = kubectl.run(kc, "get", "llmops", "-n", args.namespace, "-o", "wide", check=False)
    print(table.stdout or table.stderr)
    print(f"export KUBECONFIG={kc}")
    from llmops.devcluster.dataplane import devsummary

    devsummary.finish(st.dir, kc, args.namespace, _say)
    return 0


def down(args: argparse.Namespace) -> int:
    st = cluster.ClusterState.load(args.state_dir)
    if st is not None:
        from llmops.devcluster import operatorproc

        operatorproc.stop(st)
    cluster.down(args.state_dir, purge=True)
    return 0
