"""`llmops dev ...`: the local development cluster and the main job, `llmops dev up`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from llmops.devcluster import build, cluster


def default_state_dir() -> Path:
    if env := os.environ.get("LLMOPS_STATE"):
        return Path(env)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "llmops" / "dev-cluster"


def repo_root() -> Path:
    """The checkout this package runs from (editable install): operator/llmops/devcluster/cli.py."""
    return Path(__file__).resolve().parents[3]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="llmops dev", description="Local development cluster.")
    p.add_argument("--state-dir", type=Path, default=default_state_dir(),
                   help="where the cluster keeps PKI, etcd data, logs and state (default: %(default)s)")
    sub = p.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("up", help="build what is missing, start the cluster, install the CRDs, "
                                   "run the operator, apply the examples and show their status")
    up.add_argument("--nodes", type=int, default=2, help="simulated GPU nodes (default 2)")
    up.add_argument("--gpus-per-node", type=int, default=8)
    up.add_argument("--examples", type=Path, default=repo_root() / "examples")
    up.add_argument("--namespace", default="llmops-demo", help="namespace for the examples")
    up.add_argument("--no-operator", action="store_true", help="do not start the operator")
    sub.add_parser("down", help="stop the operator and the cluster, remove the state")
    ep = sub.add_parser("endpoints", help="the local URL of every LLMDeployment and router, and Prometheus's")
    ep.add_argument("-o", "--output", choices=("table", "json"), default="table")
    sub.add_parser("traffic", add_help=False, help="send a steady mix of requests to the local endpoints "
                                                   "(`llmops dev traffic --help`)")

    cl = sub.add_parser("cluster", help="only the control plane")
    csub = cl.add_subparsers(dest="ccmd", required=True)
    b = csub.add_parser("build", help="build the control-plane binaries that are missing")
    b.add_argument("--no-helm", action="store_true")
    cu = csub.add_parser("up", help="start etcd, apiserver, controller-manager, scheduler, kwok")
    cu.add_argument("--nodes", type=int, default=2)
    cu.add_argument("--gpus-per-node", type=int, default=8)
    cu.add_argument("--no-data-plane", action="store_true",
                    help="do not run gateways and simulators for the pods (kwok only)")
    cu.add_argument("--propagation-delay", type=float, default=0.0,
                    help="seconds a changed ConfigMap/Secret waits before pods see it (a kubelet: up to ~60)")
    csub.add_parser("down", help="stop exactly the processes that `up` started")
    csub.add_parser("status", help="print the cluster's state as JSON")
    return p


def main(argv: list[str]) -> int:
    parser = _parser()
    args, rest = parser.parse_known_args(argv)
    if rest and args.cmd != "traffic":
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        if args.cmd == "cluster":
            return _cluster(args)
        if args.cmd == "up":
            from llmops.devcluster import devup

            return devup.up(args)
        if args.cmd == "down":
            from llmops.devcluster import devup

            return devup.down(args)
        if args.cmd == "endpoints":
            return _endpoints(args)
        if args.cmd == "traffic":
            from llmops.devcluster import traffic
            from llmops.devcluster.dataplane import control

            return traffic.main(rest, control.endpoints(Path(args.state_dir)))
    except (build.BuildError, cluster.ClusterError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 2


def _cluster(args: argparse.Namespace) -> int:
    if args.ccmd == "build":
        build.build_all(with_helm=not args.no_helm)
        return 0
    if args.ccmd == "up":
        from llmops.devcluster.dataplane.control import Options

        opts = Options(enabled=not args.no_data_plane, propagation_delay=args.propagation_delay)
        st = cluster.up(args.state_dir, nodes=args.nodes, gpus_per_node=args.gpus_per_node, data_plane=opts)
        print(f"export KUBECONFIG={st.kubeconfig}")
        return 0
    if args.ccmd == "down":
        cluster.down(args.state_dir)
        return 0
    if args.ccmd == "status":
        s = cluster.status(args.state_dir)
        print(json.dumps(s, indent=2))
        return 0 if s.get("running") else 3
    return 2


def endpoints_table(data: dict) -> str:
    """The table `llmops dev endpoints` prints (and `llmops dev up` ends with)."""
    rows = [("NAMESPACE", "KIND", "NAME", "URL")]
    rows += [(e["namespace"], e["kind"], e["name"], e["url"]) for e in data.get("endpoints") or []]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    if len(rows) == 1:
        lines.append("(no endpoints yet: is the data plane running, and the namespace labelled "
                     "llmops.dev/data-plane=enabled?)")
    lines.append(f"Prometheus: {data.get('prometheus') or '(not running)'}")
    return "\n".join(lines)


def _endpoints(args: argparse.Namespace) -> int:
    from llmops.devcluster.dataplane import control

    st = cluster.ClusterState.load(args.state_dir)
    if st is None or not all(st.running().values()):
        print(f"error: no running cluster in {args.state_dir}", file=sys.stderr)
        return 3
    data = control.endpoints(Path(st.dir))
    print(json.dumps(data, indent=2) if args.output == "json" else endpoints_table(data))
    return 0
